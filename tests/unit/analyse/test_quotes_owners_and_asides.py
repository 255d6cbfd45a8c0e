"""People owned by an organisation ("the Greens' Ana Pell"), people a "For X," frame is about, and asides set off
by dashes between a speaker and the verb: invented sentences, one construction each."""

from __future__ import annotations

from quoting import quotes_of, said


def test_a_person_owned_by_an_organisation_in_capitals_is_a_person() -> None:
    body = ("The PDP's Fiona Marsh won the seat by 900 votes over the Greens' Karl Marsh.\n\n"
            "The former councillor thanked her campaign team.\n\n"
            "\"I want to thank everyone who voted for the right Marsh,\" she told the count.")
    found = quotes_of(body)
    assert said(found) == [("Fiona Marsh", "I want to thank everyone who voted for the right Marsh")]
    assert found[0].speaker_org == "PDP"


def test_an_agency_owning_a_person_is_their_organisation() -> None:
    found = quotes_of("The WHO's Dmitry Orlov said the outbreak was under control.")
    assert said(found) == [("Dmitry Orlov", "the outbreak was under control")]
    assert found[0].speaker_org == "WHO"


def test_a_for_frame_without_apposition_names_who_the_next_pronoun_means() -> None:
    body = ("\"The flights have been suspended,\" department spokesperson Ines Varga said in an email. "
            "She said no decision had been taken on when they would resume.\n\n"
            "For Nora Field, the gap in the measurements is a serious blow. "
            "\"A year without flights is a year we will never get back,\" she said.")
    assert said(quotes_of(body))[-1] == ("Nora Field", "A year without flights is a year we will never get back")


def test_a_for_frame_without_apposition_is_not_recorded_as_a_view() -> None:
    assert quotes_of("For Nora Field, the season ended in a quiet week of rain and cancelled games.") == []


def test_an_aside_between_dashes_keeps_the_subject_before_it() -> None:
    body = ("Her co-author, Tom Abel of the Marine Institute — who is not related to her — said the ocean data "
            "were the most worrying part of the paper.")
    assert said(quotes_of(body)) == [("Tom Abel", "the ocean data were the most worrying part of the paper")]


def test_a_quotation_inside_a_dashed_aside_leaves_the_verb_after_it_its_own_clause() -> None:
    body = ("Her co-author, Tom Abel — who jokes that the shared name has cost the pair \"three misdirected "
            "reviews\" — said the ocean data were the most worrying part of the paper.")
    assert said(quotes_of(body)) == [
        ("Tom Abel", "three misdirected reviews"),
        ("Tom Abel", "the ocean data were the most worrying part of the paper"),
    ]


def test_the_judge_is_the_justice_named_before() -> None:
    body = ("Lady Justice Ruth Kamau, sitting in Nakuru, ruled on Monday that the petition was premature.\n\n"
            "In an affidavit, Inspector-General Paul Ochieng said the officers remained members of the police.\n\n"
            "The judge, who is not related to the petitioners, said the questions raised were \"weighty\".")
    assert [q.speaker for q in quotes_of(body)] == ["Ruth Kamau", "Paul Ochieng", "Ruth Kamau"]


def test_a_participle_before_a_titled_name_describes_it_and_opens_no_phrase() -> None:
    body = ("Ana Moura, of Faro, writes that the withdrawal is overdue.\n\n"
            "Retired Master Sergeant Jim Kell, writing from Leeds, who served four tours, is more personal.\n\n"
            "\"People ask if it was worth it,\" he writes.")
    assert said(quotes_of(body))[-1] == ("Jim Kell", "People ask if it was worth it")


def test_an_office_named_in_full_is_no_person_and_the_next_sentence_names_its_holder() -> None:
    body = ("The Norlandic forces have begun a partial withdrawal from the districts of Palma and Ponta da Serra, "
            "the Mozambican Minister of National Defence announced today.\n\n"
            "\"A first group has already returned,\" said Amadeu Fontes, speaking to journalists in Maputo.")
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Amadeu Fontes", "Amadeu Fontes"]
    assert found[0].text.startswith("The Norlandic forces have begun")


def test_an_untitled_person_later_in_the_story_is_not_the_office() -> None:
    body = ("Officials met on Monday to discuss the budget.\n\n"
            "The talks were long, and many delegates left early.\n\n"
            "Farmers were angry.\n\n"
            "The defence minister said the cuts would be reversed.\n\n"
            "\"We were never consulted,\" said Ana Lobo, who runs a cooperative.")
    assert [q.speaker for q in quotes_of(body)] == ["defence minister", "Ana Lobo"]


def test_guaranteed_that_reports_a_clause() -> None:
    found = quotes_of("Asked about the gas projects, Defence Minister Amadeu Fontes guaranteed that there would "
                      "be no security vacuum in the province.")
    assert said(found) == [("Amadeu Fontes", "there would be no security vacuum in the province")]


def test_an_office_with_a_place_and_no_article_titles_the_name_apposed_to_it() -> None:
    body = ("A ceremony was held at the fort today. Corps Commander Norbridge, Lieutenant General Anwar Qasim "
            "Durrani, was the chief guest. Chief Minister Bela Raman and members of the cabinet also attended.\n\n"
            "Addressing the participants, the Corps Commander said that the operation had been concluded "
            "\"on schedule\".")
    assert [q.speaker for q in quotes_of(body)] == ["Anwar Qasim Durrani"]


def test_the_words_before_an_office_must_be_in_the_holders_title() -> None:
    body = ("Chief of the Defence Staff Gen. Paul Marr said the troops would remain at their posts.\n\n"
            "The Parliamentary Budget Officer estimated in a report that the mission would cost $1-billion a year.")
    assert [q.speaker for q in quotes_of(body)] == ["Paul Marr", "Parliamentary Budget Officer"]


def test_a_shared_surname_means_the_one_named_so_far_not_one_introduced_later() -> None:
    body = ("Iqbal Khan Durrani, the member for Northtown, said the announcement was premature.\n\n"
            "\"We were promised this before,\" Durrani told the paper.\n\n"
            "Malik Gul Rehman Durrani, an elder who spoke at the ceremony, struck a more hopeful note.")
    assert [q.speaker for q in quotes_of(body)] == ["Iqbal Khan Durrani", "Iqbal Khan Durrani"]


def test_an_organisation_closing_a_persons_title_leaves_the_person_the_speaker() -> None:
    body = ("Vice Admiral Ravi Kumar Menon, Flag Officer Commanding-in-Chief, Southern Naval Command, said that the "
            "operation had shown the navy's reach.\n\n"
            "The Flag Officer also informed that the navy would keep two ships on patrol.")
    assert [q.speaker for q in quotes_of(body)] == ["Ravi Kumar Menon", "Ravi Kumar Menon"]


def test_south_asian_name_particles_join_the_name() -> None:
    body = "The Commanding Officer, Captain Farhan ud-Din Qazi, said the ship's company had spent 114 days at sea."
    assert [q.speaker for q in quotes_of(body)] == ["Farhan ud-Din Qazi"]


def test_the_mission_in_the_lead_is_the_one_the_headline_names() -> None:
    found = quotes_of("The United Nations began shrinking its force on Tuesday, sending home several hundred "
                      "soldiers, the mission said.", headline="UN begins troop cut as UNISFA sends soldiers home")
    assert [q.speaker for q in found] == ["UNISFA"]


def test_the_un_written_with_dots_is_no_mission_acronym() -> None:
    found = quotes_of("The United Nations force in the south has begun reducing its troops, the mission said on "
                      "Tuesday. UNIFIL said in a statement that the drawdown had started.",
                      headline="U.N. force starts cutting troops")
    assert "U.N." not in [q.speaker for q in found]


def test_a_rank_before_a_shared_surname_picks_the_one_holding_it() -> None:
    body = ("The Minister of the Armed Forces, General Mamadou Lamine Sall, welcomed the decision.\n\n"
            "Reached in Banjul, the commander of the force, Colonel Abdou Karim Sall, indicated that the extension "
            "would allow joint patrols.\n\n"
            "\"Morale is high,\" Col. Sall declared.\n\n"
            "General Sall said the matter \"will be settled by the cabinet\".")
    found = quotes_of(body)
    assert [q.speaker for q in found if q.kind == "direct"] == ["Abdou Karim Sall"]
    assert found[-1].speaker == "Mamadou Lamine Sall"


def test_a_state_agencys_long_office_before_a_name() -> None:
    body = ("The observers have left two of their bases, Deputy Minister of External Relations of the Kestrian "
            "Federation Sergey Volkov said at a press conference on Tuesday.\n\n"
            "\"Our view has not changed,\" the senior Kestrian diplomat said.")
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Sergey Volkov", "Sergey Volkov"]
    assert found[0].speaker_title == "Deputy Minister of External Relations of the Kestrian Federation"


def test_a_countrys_delegate_is_not_the_last_speaker() -> None:
    body = ("Kestria's representative, Geng Wei, said the mandate should respect sovereignty. The Norlandic "
            "Federation's delegate said that his country would not support the text.")
    assert [q.speaker for q in quotes_of(body)][-1] != "Geng Wei"


def test_an_aside_between_dashes_that_names_the_subject() -> None:
    body = ("\"Put that question to the ministry,\" the blogger Anton Varga wrote on his channel.\n\n"
            "Another Varga — Mikhail Varga, a retired colonel and no relative of the blogger — told the site that "
            "the guards were mostly local men.")
    assert [q.speaker for q in quotes_of(body)] == ["Anton Varga", "Mikhail Varga"]


def test_made_statements_alleging_that_and_an_initial_after_a_long_office() -> None:
    found = quotes_of("On 2 December, Deputy Minister of External Relations of the Kestrian Federation S. Volkov made "
                      "statements alleging that the observers had stopped their patrols.")
    assert [(q.speaker, q.text) for q in found] == [("S. Volkov", "the observers had stopped their patrols")]


def test_a_description_ending_in_a_party_with_a_hyphenated_modifier_apposes_the_speaker() -> None:
    found = quotes_of('A lawmaker from the pro-Kestrian Unity Party, Zora Vell, told reporters that the government '
                      'was sending "two messages at the same time".')
    assert [q.speaker for q in found] == ["Zora Vell"]


def test_two_offices_joined_by_and_before_the_name_after_the_verb() -> None:
    found = quotes_of("\"Today the mission ends its mandate,\" said the mission's outgoing head of mission and force "
                      "commander, Maj. Gen. Ivo Kest, in a short speech.")
    assert [q.speaker for q in found] == ["Ivo Kest"]


def test_the_name_after_several_offices_apposed_to_a_described_speaker_after_the_verb() -> None:
    found = quotes_of('"No training has begun," said the government spokesman, the Minister of Culture, Youth and '
                      "Relations with the Senate, Ana Lemine Vell, at the press conference.")
    assert [(q.speaker, q.speaker_title) for q in found] == [
        ("Ana Lemine Vell", "Minister of Culture, Youth and Relations with the Senate")]


def test_a_minister_delegate_is_an_office_not_a_surname() -> None:
    found = quotes_of("Norland's Minister Delegate to the Presidency in charge of National Defence, General Ivo Kest, "
                      'received the keys and called the handover "an act of sovereignty that takes nothing away".')
    assert [q.speaker for q in found] == ["Ivo Kest"]


def test_capitals_after_a_person_s_name_that_spell_nothing_of_it_are_the_party() -> None:
    found = quotes_of('"Vell is not a forgotten conflict," said the Parliamentary State Secretary to the Federal '
                      "Minister of Defence, Miriam Kest (SPD), in the debate.")
    assert [(q.speaker, q.speaker_org) for q in found] == [("Miriam Kest", "SPD")]
