"""Who a pronoun, a title or a description refers to, in constructions found by error analysis on fresh
outlets: an opening adverbial without its comma, the answer to a question put to someone, people named only
in the headline, an office described before its holder is named, "X quoted Y as saying". Every sentence here
is invented for the test; none comes from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analyse.quotes import extract_quotes
from bot.models import Article, Quote


def quotes_of(body: str, headline: str = "Officials weigh the next steps") -> list[Quote]:
    text = f"{headline}\n\n{body}"
    return extract_quotes(Article(id="r1", source="test", title=headline, text=text, fetched_at=datetime.now(UTC)))


def speakers(found: list[Quote]) -> list[str]:
    return [q.speaker for q in found]


# ---------------------------------------------------------- an opening adverbial without its comma
@pytest.mark.parametrize(
    "middle",
    [
        "Earlier this week she met the head of the regional force, General Tomas Varga.",
        "On Monday she visited the camp commander, Colonel Piet Drost, at his base.",
        "Later that day she briefed the envoy, Ambassador Rui Calado, on the convoy.",
    ],
)
def test_pronoun_in_an_opening_adverbial_is_the_subject_not_the_apposed_name(middle: str) -> None:
    body = (f"The aid coordinator, Lena Sørby, said trucks had been unable to reach the valley. {middle} "
            '"We need a corridor now," she said. "Families are sleeping outside."')
    found = quotes_of(body)
    assert speakers(found) == ["Lena Sørby"] * 3, [(q.speaker, q.text) for q in found]


def test_a_subordinate_clause_keeps_its_own_subject() -> None:
    body = ("The envoy, Rita Moss, arrived on Monday.\n\n"
            "After she left the talks, Omar Haddad said the parties were far apart.")
    assert speakers(quotes_of(body)) == ["Omar Haddad"]


# ---------------------------------------------------------- the answer to a question put to someone
@pytest.mark.parametrize(
    "question",
    [
        "Back in the car, I asked Marek Duda whether the team would ever go back.",
        "At the checkpoint we asked Duda if he regretted leaving.",
        "Reporters asked Duda about the missing vehicles.",
    ],
)
def test_the_one_asked_answers(question: str) -> None:
    body = ("Marek Duda, an engineer who spent four years with the monitors, crossed the border on Sunday.\n\n"
            "Ines Vidal, the foreign minister who chairs the group this year, is expected to call a meeting soon.\n\n"
            f"{question}\n\n"
            '"Not as it was," he says. "Somebody has to count what happened."')
    assert speakers(quotes_of(body)) == ["Marek Duda", "Marek Duda"]


# ---------------------------------------------------------- a title that only the headline spells out
def test_a_title_resolves_to_the_person_the_headline_names() -> None:
    headline = "Highlights of the daily briefing by Sofia Marin, Deputy Spokesperson for the Secretary-General"
    body = ("The Deputy Spokesperson said that the last engineering unit had left the port in May.\n\n"
            "Asked about the budget, the Deputy Spokesperson said the figures would be published next week.")
    found = quotes_of(body, headline)
    assert speakers(found) == ["Sofia Marin", "Sofia Marin"]


def test_a_headline_without_the_title_changes_nothing() -> None:
    body = "The Deputy Spokesperson said that the last engineering unit had left the port in May."
    assert speakers(quotes_of(body, "Port handover completed")) == ["Deputy Spokesperson"]


# ---------------------------------------------------------- an office described before its holder is named
def test_a_country_s_office_resolves_to_the_holder_named_later() -> None:
    body = ("Chile's interior minister says the curfew in the northern provinces will be lifted on Friday.\n\n"
            '"The streets are calm again," Interior Minister Andrés Vial told reporters in Santiago.')
    assert speakers(quotes_of(body)) == ["Andrés Vial", "Andrés Vial"]


def test_a_different_office_is_not_resolved_to_another_minister() -> None:
    body = ("Chile's finance minister says the budget will be cut in March.\n\n"
            '"The streets are calm again," Interior Minister Andrés Vial told reporters in Santiago.')
    assert speakers(quotes_of(body)) == ["Chile's finance minister", "Andrés Vial"]


# ---------------------------------------------------------- "X quoted Y as saying"
@pytest.mark.parametrize(
    "sentence",
    [
        'The state news agency quoted presidential adviser Karim Tahiri as saying that the deal was "final and '
        'binding."',
        'Local radio quoted Tahiri as saying the deal was "final and binding."',
    ],
)
def test_the_person_quoted_as_saying_speaks_not_the_outlet(sentence: str) -> None:
    body = f"Karim Tahiri, a presidential adviser, flew to the capital on Monday. {sentence}"
    found = quotes_of(body)
    assert found and all(q.speaker == "Karim Tahiri" for q in found), [(q.speaker, q.text) for q in found]


# ---------------------------------------------------------- organisations whose names hold "for", "and", "in"
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The observer mission closed on Friday, the Organization for Trade and Co-operation in Asia said.",
         "Organization for Trade and Co-operation in Asia"),
        ("The Office for the Coordination of Relief Affairs says that 3,000 families have left the valley.",
         "Office for the Coordination of Relief Affairs"),
        ("The talks collapsed overnight, the Institute for Peace and Security Studies said.",
         "Institute for Peace and Security Studies"),
    ],
)
def test_an_organisation_s_long_name_is_read_whole(body: str, speaker: str) -> None:
    assert speakers(quotes_of(body)) == [speaker]


def test_two_speakers_joined_by_and_are_not_one_name() -> None:
    body = "The plan is dead, Jane Ruiz and Tom Bell said on Monday."
    assert speakers(quotes_of(body)) in (["Tom Bell"], ["Jane Ruiz and Tom Bell"])


# ---------------------------------------------------------- a party-and-state tag is not a speaker
@pytest.mark.parametrize("tag", ["R-Texas", "D-Ill.", "I-Vt."])
def test_a_party_tag_after_a_legislator_is_not_the_speaker(tag: str) -> None:
    body = (f'Rep. Dana Whitlock, {tag}, a former Army officer, called the plan "a stain that will not fade." '
            "She said she would press for hearings.")
    assert speakers(quotes_of(body)) == ["Dana Whitlock", "Dana Whitlock"]


# ---------------------------------------------------------- "X and Y …" then "they said"
@pytest.mark.parametrize(
    "subject",
    ["Reps. Wong and Carl Ibsen, a Democrat from Oregon,", "Rep. Alice Wong and Sen. Carl Ibsen"],
)
def test_they_after_two_named_people_is_both(subject: str) -> None:
    body = ("Rep. Alice Wong said the airlift had ended too soon.\n\n"
            f"In a joint letter, {subject} asked the Pentagon to brief Congress.\n\n"
            '"Our allies trusted us. We owe them more than thanks," they said.')
    found = quotes_of(body)
    assert [q.speaker for q in found if q.kind == "direct"] == ["Alice Wong and Carl Ibsen"]


# ---------------------------------------------------------- irregular past forms make a reported clause
@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("She says her crew got the call to leave after midnight.", "her crew got the call to leave after midnight"),
        ("She said the repairs cost more than the new bridge.", "the repairs cost more than the new bridge"),
        ("She said the guards fled before the convoy arrived.", "the guards fled before the convoy arrived"),
    ],
)
def test_an_irregular_past_verb_makes_the_clause_a_report(sentence: str, clause: str) -> None:
    found = quotes_of(f"Nadia Perrin, a pilot, landed in Oslo on Friday. {sentence}")
    assert [(q.speaker, q.text) for q in found] == [("Nadia Perrin", clause)]


def test_a_noun_phrase_object_then_the_reporter_s_clause_is_no_report() -> None:
    body = ("Several, however, never publicly confirmed their place, and some, including Chile and Peru, chose "
            "to sail under their own flag instead.")
    assert quotes_of(body) == []


# ---------------------------------------------------------- whose figures
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("According to figures published by the Statistics Office, the harvest fell by a third this year.",
         "Statistics Office"),
        ("The harvest fell by a third this year, according to data compiled by the Grain Council.", "Grain Council"),
    ],
)
def test_according_to_figures_published_by_credits_the_publisher(body: str, speaker: str) -> None:
    assert speakers(quotes_of(body)) == [speaker]


# ---------------------------------------------------------- "the fund", "the ministry"
def test_the_fund_after_an_acronym_ending_in_f_is_that_fund() -> None:
    body = ("The crisis has brought the WMF back to the table. The fund said in a statement that its staff would "
            "visit the capital next week.")
    assert speakers(quotes_of(body)) == ["WMF"]


def test_the_ministry_is_never_one_named_further_down() -> None:
    body = ("A spokeswoman for the Finnish Interior Office, Aino Lahti, said the border would stay shut. The "
            "guards had been reinforced overnight, the ministry said.\n\n"
            "The Estonian Foreign Ministry said in a statement that it regretted the decision.")
    found = quotes_of(body)
    assert "Estonian Foreign Ministry" not in [q.speaker for q in found if "reinforced" in q.text]


def test_the_fund_is_the_acronym_named_a_few_sentences_before() -> None:
    body = ("The crisis has brought the WMF back to the table. The fund lent the country $5bn last year. A team "
            "of WMF staff met the Central Bank and the Finance Ministry this week. The fund said in a statement "
            "that its staff would visit the capital again in May.")
    assert speakers(quotes_of(body)) == ["WMF"]


def test_the_ministry_can_be_the_foreign_office_named_just_before() -> None:
    body = ("Lea Brandt, a spokeswoman for the Danish Foreign Office, told reporters that Denmark had never "
            "backed the plan. The minister had raised the issue with her Swedish counterpart last week, the "
            "ministry said.")
    found = quotes_of(body)
    assert [q.speaker for q in found if "raised" in q.text] == ["Danish Foreign Office"]


@pytest.mark.parametrize("amount", ["about 300", "around 300", "nearly 300", "roughly 300"])
def test_a_reported_clause_may_open_with_an_approximate_number(amount: str) -> None:
    body = f"Nadia Perrin, the consul, spoke on Friday. She said {amount} citizens were still waiting to leave."
    found = quotes_of(body)
    assert [(q.speaker, q.text) for q in found] == [("Nadia Perrin", f"{amount} citizens were still waiting to leave")]


# ---------------------------------------------------------- "said A and insisted B": the whole, and each part
@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("She said about 40 families were still in the camp and insisted the agency would keep looking for them.",
         "about 40 families were still in the camp", "the agency would keep looking for them"),
        ("She said that the bridge had reopened and added that the ferries would run again on Monday.",
         "the bridge had reopened", "the ferries would run again on Monday"),
    ],
)
def test_two_verbs_of_one_speaker_give_the_whole_report_and_its_parts(sentence: str, first: str, second: str) -> None:
    found = quotes_of(f"Nadia Perrin, the consul, spoke on Friday. {sentence}")
    texts = [q.text for q in found]
    assert first in texts and second in texts
    assert f"{first} and {sentence.split(' and ', 1)[1].rstrip('.')}" in texts
    assert {q.speaker for q in found} == {"Nadia Perrin"}


def test_a_second_speaker_after_and_is_not_joined() -> None:
    body = "Nadia Perrin said the bridge had reopened and the mayor said the ferries would run again on Monday."
    texts = [q.text for q in quotes_of(body)]
    assert not any("reopened and" in t for t in texts)


# ---------------------------------------------------------- a reported clause with a negative subject
@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("She said no civilians were hurt in the blast.", "no civilians were hurt in the blast"),
        ("She said no such request had been received.", "no such request had been received"),
    ],
)
def test_a_reported_clause_may_open_with_no(sentence: str, clause: str) -> None:
    found = quotes_of(f"Nadia Perrin, the consul, spoke on Friday. {sentence}")
    assert [(q.speaker, q.text) for q in found] == [("Nadia Perrin", clause)]


@pytest.mark.parametrize("sentence", ["She said no to the plan.", "She said no more than that."])
def test_saying_no_is_not_a_report(sentence: str) -> None:
    assert quotes_of(f"Nadia Perrin, the consul, spoke on Friday. {sentence}") == []


# ---------------------------------------------------------- "China supports …", "Human Rights Watch said"
@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("She said Chile supports the mission in every way it can.", "Chile supports the mission in every way it can"),
        ("She said Lima wants to end the deployment by May.", "Lima wants to end the deployment by May"),
    ],
)
def test_a_present_verb_after_a_name_makes_a_clause(sentence: str, clause: str) -> None:
    found = quotes_of(f"Nadia Perrin, the consul, spoke on Friday. {sentence}")
    assert [(q.speaker, q.text) for q in found] == [("Nadia Perrin", clause)]


@pytest.mark.parametrize("sentence", ["The ministry confirmed Iraqi reports.",
                                      "The ministry confirmed Iraqi reports of attacks on the border."])
def test_a_name_and_a_plural_noun_are_no_clause(sentence: str) -> None:
    assert quotes_of(sentence) == []


def test_watch_ends_an_organisation_s_name() -> None:
    body = "Coast Rights Watch said on Tuesday that both sides had shelled the port."
    assert speakers(quotes_of(body)) == ["Coast Rights Watch"]


# ---------------------------------------------------------- the leader of a group, and the gender of a given name
def test_a_pronoun_after_a_delegation_led_by_someone_is_the_leader() -> None:
    found = quotes_of(
        '"We expect progress," Defence Minister Yasar Guler said. The other delegation was led by Deputy '
        "Foreign Minister Sergei Vershinin. He told reporters that the conditions had not changed."
    )
    assert speakers(found) == ["Yasar Guler", "Sergei Vershinin"]


def test_a_pronoun_stays_with_the_last_subject_when_his_given_name_says_he_fits() -> None:
    found = quotes_of(
        '"We expect progress," Defence Minister Yasar Guler said. Ukraine\'s chief negotiator, Rustem Umerov, '
        'struck a cautious note. "We have seen promises before," he said.'
    )
    assert speakers(found) == ["Yasar Guler", "Rustem Umerov"]


def test_a_pronoun_skips_a_subject_whose_given_name_says_she_cannot_be_meant() -> None:
    found = quotes_of(
        '"We expect progress," Defence Minister Yasar Guler said. His deputy, Maria Kowalska, chaired the '
        'second round. "Nothing is agreed until everything is agreed," he said.'
    )
    assert speakers(found) == ["Yasar Guler", "Yasar Guler"]


def test_a_lone_surname_tells_no_gender() -> None:
    from bot.analyse.given_names import given_name_gender

    assert [given_name_gender(n) for n in ("Sergei Vershinin", "Maria Kowalska", "Martin", "Kim Jong Un")] == [
        "m", "f", None, None,
    ]


# ---------------------------------------------------------- offices and ranks
@pytest.mark.parametrize(
    "office",
    ["The Director of Defence Media Operations, Maj.-Gen. Ahmed Sule-Bakori,",
     "The Deputy Head of Mission, Ms. Ahmed Sule-Bakori,", "The Commander of the Task Force, Ahmed Sule-Bakori,"],
)
def test_an_office_of_something_before_an_apposed_name_is_held_by_that_person(office: str) -> None:
    found = quotes_of(f"{office} told journalists that the reports were false.")
    assert speakers(found) == ["Ahmed Sule-Bakori"]


def test_a_rank_used_alone_later_is_the_person_who_holds_it_beside_another_title() -> None:
    found = quotes_of(
        "The briefing was given by the Ministry's Press Adviser, Rear Admiral Selim Ozdemirci. Ozdemirci said "
        "that the talks had gone well. The Rear Admiral also noted that the minister had met his counterpart."
    )
    assert speakers(found) == ["Selim Ozdemirci", "Selim Ozdemirci"]


def test_a_quotation_over_paragraphs_nobody_is_named_for_belongs_to_who_reported_just_before() -> None:
    found = quotes_of(
        "The commander, Lt. Gen. Thomas Aldridge, said the hub would cut delivery times.\n\n"
        '"When we began, our task was simple to describe and hard to do.\n\n'
        '"And it means that mechanics can learn to repair what they receive."\n\n'
        "Romania's Minister of National Defence, Radu Stanciu-Marin, welcomed the opening. "
        '"Romania is proud to host this hub," he said.'
    )
    assert [(q.speaker, q.kind) for q in found] == [
        ("Thomas Aldridge", "indirect"), ("Thomas Aldridge", "direct"), ("Thomas Aldridge", "direct"),
        ("Radu Stanciu-Marin", "direct"),
    ]
    assert found[-1].speaker_title == "Minister of National Defence"


def test_a_live_blog_timestamp_is_not_the_subject_and_a_speech_opened_by_a_subject_is_theirs() -> None:
    found = quotes_of(
        "02:51 pm: Agency chairman S. Raghunathan addresses the media at the control centre.\n\n"
        '"The vehicle performed exactly as we expected. Every stage was nominal.\n\n'
        '"I want to thank the hundreds of engineers who worked through the monsoon."\n\n'
        "02:40 pm: Mission director Lakshmi Sundaram confirmed that the spacecraft had separated."
    )
    assert [(q.speaker, q.kind) for q in found] == [
        ("S. Raghunathan", "direct"), ("S. Raghunathan", "direct"), ("Lakshmi Sundaram", "indirect"),
    ]


def test_the_mission_is_the_acronym_named_nearby_not_an_office_with_mission_in_it() -> None:
    found = quotes_of(
        "The Deputy Head of Mission, Ingrid Vangsnes-Lie, said the civilian component had grown. "
        "UNISFA also welcomed the vote. In a statement, the mission said it stood ready to help."
    )
    assert [q.speaker for q in found] == ["Ingrid Vangsnes-Lie", "UNISFA"]


def test_an_office_full_of_commas_and_brackets_titles_the_name_after_it_and_the_office_alone_finds_them() -> None:
    found = quotes_of(
        "The Spokesperson of the UN Verification Mission in Colombia (Misión de Verificación), Martín Olivares, "
        "briefed journalists. The Spokesperson said that six offices would close. "
        "Bolivia's Minister of Cultures, Decolonization and Depatriarchalization, Rosario Quispe Lanza, said "
        "the roofs had been repaired."
    )
    assert [q.speaker for q in found] == ["Martín Olivares", "Rosario Quispe Lanza"]


def test_an_office_after_briefed_by_the_titles_the_name_and_a_country_after_of_is_no_name() -> None:
    found = quotes_of(
        "The session was chaired by Ambassador Kwame Owusu-Ansah, Permanent Representative of Ghana. The "
        "Council was briefed by the Special Representative for Somalia, Ambassador Moustapha Ould Babana. "
        '"Somalia has made real progress," the Special Representative told the Council.'
    )
    assert [q.speaker for q in found] == ["Moustapha Ould Babana"]


def test_an_epithet_is_the_person_the_story_is_on_but_the_official_stays_anonymous() -> None:
    found = quotes_of(
        "Captain Marco Ferreira sat next to his coach and backed him. "
        '"We talked all week about the first 15 minutes," the midfielder said. '
        "Asked whether he expected to return, Stefan Holmqvist smiled and said it was not the night for that. "
        'Ferreira left no doubt where he stands. "He is our coach," he said. '
        '"Talks will resume," the official said.'
    )
    assert [q.speaker for q in found] == ["Marco Ferreira", "Stefan Holmqvist", "Marco Ferreira", "official"]


def test_a_transcript_without_quotation_marks_gives_each_answer_to_the_interviewee() -> None:
    found = quotes_of(
        "Ilaria Montanari, who has led the mission since 2025, met us in Tunis.\n\n"
        "Q: Is the mission still operating?\n\n"
        "A: We are still here, in a way. Our team is in Tunis.\n\n"
        "Q: Has it been suspended?\n\n"
        "A: No decision of that kind has been communicated to me.\n\n"
        "A spokesman for the border guard said cooperation had stopped."
    )
    assert [(q.speaker, q.kind, q.text) for q in found[:2]] == [
        ("Ilaria Montanari", "direct", "We are still here, in a way. Our team is in Tunis."),
        ("Ilaria Montanari", "direct", "No decision of that kind has been communicated to me."),
    ]
    assert quotes_of("Q: Is it over?\n\nA: Yes.\n\nQ: Why?\n\nA: Because.") == []  # nobody introduced


def test_press_reports_are_nobody_in_particular() -> None:
    found = quotes_of("Press reports said on Tuesday that the talks had stalled after a night of shelling.")
    assert [q.speaker for q in found] == ["Press reports"]


def test_a_pronoun_after_a_colleague_named_in_apposition_is_that_colleague() -> None:
    found = quotes_of(
        '"It costs us another 200 million euros," said Aurélien Mercadier, a member of the committee. '
        "Mercadier's colleague on the committee, Jean-Louis Berthoud of Les Républicains, backed the strikes. "
        "He said France could not leave the fight to others. Her neighbour, Isatou Ceesay-Njie, said the soldiers had "
        "stayed too long."
    )
    assert [q.speaker for q in found] == ["Aurélien Mercadier", "Jean-Louis Berthoud", "Isatou Ceesay-Njie"]


def test_the_body_that_adopted_a_communique_is_who_the_communique_speaks_for() -> None:
    found = quotes_of(
        "In the communique adopted at the end of the session, the Council welcomed the vote. The ambassador "
        "read a statement by his government. The communique stresses that any drawdown "
        '"must not create security vacuums".'
    )
    assert "Council" in [q.speaker for q in found]


def test_a_pronoun_in_a_paragraph_that_introduces_a_person_is_that_person() -> None:
    found = quotes_of(
        "Defence Minister Clara Voss said the operation had ended at midnight.\n\n"
        "For Corporal Nadia Brandt, who served three tours, the end is bittersweet. "
        '"I left friends there," she said.'
    )
    assert [q.speaker for q in found] == ["Clara Voss", "Nadia Brandt"]


def test_a_pronoun_keeps_to_the_speaker_of_its_paragraph_over_a_person_named_in_passing() -> None:
    found = quotes_of(
        "Defence Minister Clara Voss said the operation had ended.\n\n"
        '"We met Senator Ines Varga yesterday," Voss said. "It went well," she added.'
    )
    assert [q.speaker for q in found] == ["Clara Voss", "Clara Voss", "Clara Voss"]


def test_a_family_name_written_first_refers_back_to_the_full_name() -> None:
    found = quotes_of(
        "MP Benjamin Tan Kok Meng said he had received hundreds of complaints. "
        '"The buses worked, but only just," Mr Tan said. Foreign Minister Wang Lei met his counterpart, '
        "Ravi Menon, on Monday. Wang said ties were improving."
    )
    assert [q.speaker for q in found] == ["Benjamin Tan Kok Meng", "Benjamin Tan Kok Meng", "Wang Lei"]


def test_a_single_name_shared_by_two_people_is_not_guessed() -> None:
    found = quotes_of("Wang Lei met Wang Yu and Ravi Menon on Monday. Wang said ties were improving.")
    assert [q.speaker for q in found] == ["Wang"]


def test_the_source_an_answer_came_from_is_who_the_next_pronoun_means() -> None:
    found = quotes_of(
        "The minister said he had raised the issue with the EU's foreign policy chief, Kaja Kallinen, last month.\n\n"
        "The answer came, indirectly, from the mission's political adviser. Speaking on condition of anonymity, "
        "she said equipment deliveries were handled through a separate fund."
    )
    assert all(q.speaker != "Kaja Kallinen" for q in found)


def test_the_skipper_is_an_epithet_for_the_captain_in_play() -> None:
    found = quotes_of(
        "Stand-in skipper Pooja Menon said the win showed the depth of the squad.\n\n"
        "The skipper also praised debutant pacer Anjali Kushal, 19, who took two wickets. She said the youngster "
        'had been "fearless" all day.'
    )
    assert [q.speaker for q in found][-1] == "Pooja Menon"


def test_a_chinese_name_with_a_councilor_title_keeps_her_she() -> None:
    body = ("Commissioner Wang Chien-hung told councilors that the opening had been pushed back.\n\n"
            "Taipei City Councilor Lee Pei-shan said residents had run out of patience.\n\n"
            "\"Every year we sit here, and every year we get a new date,\" she said.")
    assert speakers(quotes_of(body)) == ["Wang Chien-hung", "Lee Pei-shan", "Lee Pei-shan"]


def test_the_demonym_picks_which_of_two_ministers_is_meant() -> None:
    body = ("Lithuanian Defense Minister Rimas Vaitas said the extension was right.\n\n"
            "Estonian Defense Minister Urmo Kasko said Estonia would add instructors.\n\n"
            "The Lithuanian minister added that the three countries would coordinate.")
    assert speakers(quotes_of(body)) == ["Rimas Vaitas", "Urmo Kasko", "Rimas Vaitas"]


def test_what_he_called_is_the_sentence_subjects_words() -> None:
    body = ("Estonian Defense Minister Urmo Kasko said Estonia would add instructors.\n\n"
            "Ukraine's ambassador, Oleh Savko, thanked the countries for what he called their \"quiet, constant\" "
            "help. \"They talk about the instructors by name,\" he said.")
    assert speakers(quotes_of(body)) == ["Urmo Kasko", "Oleh Savko", "Oleh Savko"]


def test_a_ministry_cited_after_a_quotation_is_no_speaker_of_it() -> None:
    body = ("Lithuanian Defense Minister Rimas Vaitas said the extension was right. \"Europe is not tired,\" he "
            "told BNS.\n\n\"We will keep doing it for as long as it is needed.\"\n\n"
            "According to the Lithuanian Defense Ministry, about 120 instructors have served with the mission.")
    found = quotes_of(body)
    assert [q.speaker for q in found if q.text.startswith("We will keep")] == ["Rimas Vaitas"]


def test_the_head_of_another_office_is_not_the_one_head_named_before() -> None:
    body = ("District Head Usman Samsudin visited the survivors at the hospital on Sunday.\n\n"
            "The head of the SAR office said the search would be stopped after the extension period.")
    assert speakers(quotes_of(body)) == ["head of the SAR office"]


def test_common_given_names_tell_the_pronoun_who_is_meant() -> None:
    body = ("Campaign spokesperson Whitney Gallo said in a statement that the rally was a stunt.\n\n"
            "Former state Sen. Doug Prior did not respond to a request for an interview.\n\n"
            "\"He came for the free hot dogs,\" he said.")
    assert speakers(quotes_of(body))[-1] == "Doug Prior"


def test_a_sentence_opening_with_a_past_participle_keeps_its_pronoun_subject() -> None:
    body = ("Adwoa Ofosu was the first woman to lead a highlife band in Ghana.\n\n"
            "Born in Cape Coast, she was the daughter of Ama Serwa, a market trader, and Joseph Ofosu, a teacher.\n\n"
            "In 1962 she joined a cultural tour and came back, she later said, \"with three new songs and a cold.\"")
    assert speakers(quotes_of(body)) == ["Adwoa Ofosu"]


def test_a_woman_may_hold_a_chairman_title() -> None:
    body = ("Committee chairman Justice Yael Kedmon said the count had been the most scrutinized in its history.\n\n"
            "\"Every vote was counted,\" she said, speaking in Hebrew.")
    assert speakers(quotes_of(body)) == ["Yael Kedmon", "Yael Kedmon"]


def test_a_surname_inside_a_family_name_first_name_is_not_a_namesake_introduced_later() -> None:
    found = quotes_of(
        "That drew a response from the Minister, Paul Tan Wei Ming, whose party is in the coalition.\n\n"
        '"The data was sent three weeks ago," Tan said in a statement.\n\n'
        "Its secretary-general, Ivy Tan, did not respond."
    )
    assert [q.speaker for q in found] == ["Paul Tan Wei Ming"]
