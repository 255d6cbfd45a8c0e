"""Speakers introduced after their words, as features open: "a man in a faded cap pours coffee … '…,' he says.
⏎ The man is Hussein Fakih, …", "He is Lt Col Declan Moriarty, and …", "Her name is Donna Kettleman", "She
asked to be identified only as Umm Ahmad", and broadcast style's "That was X". Every text here is invented for
the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of, said


def test_the_man_is_names_the_man_who_spoke_in_the_paragraph_before() -> None:
    body = ("On a terrace above the wadi, a man in a faded cap pours coffee. \"When I was a boy we threw stones "
            "at them,\" he says.\n\nThe man is Hassan Fakri, a 58-year-old retired schoolteacher.")
    assert said(quotes_of(body)) == [("Hassan Fakri", "When I was a boy we threw stones at them")]


def test_he_is_a_full_name_renames_the_described_officer_and_his_later_he() -> None:
    body = ("At the headquarters, a tall officer with a Cork accent walks me past the containers. \"We are not "
            "packing up yet,\" he says.\n\nHe is Lt Col Declan Morrow, and his branch will have to ship the "
            "vehicles. He says it has not yet been agreed which port they will use.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Declan Morrow"}


@pytest.mark.parametrize(("introduction", "name"), [
    ("Her name is Donna Kettle, and she was laid off in June.", "Donna Kettle"),
    ("She asked to be identified only as Umm Samir, for fear of reprisals.", "Umm Samir"),
])
def test_her_name_is_and_identified_as_name_the_woman_who_spoke(introduction: str, name: str) -> None:
    body = f"\"I delivered my own nieces in this room,\" she says.\n\n{introduction}"
    assert said(quotes_of(body))[0] == (name, "I delivered my own nieces in this room")


def test_he_is_a_job_introduces_nobody() -> None:
    body = "\"We are tired,\" he said.\n\nHe is a teacher at the village school."
    assert quotes_of(body) == []


def test_an_introduction_takes_back_a_he_that_reached_past_its_paragraph() -> None:
    body = ("The man is Hassan Fakri, a retired schoolteacher. \"We sold them cigarettes,\" he says.\n\n"
            "At the headquarters, a tall officer walks me past the containers. \"We are not packing up yet,\" he "
            "says.\n\nHe is Lt Col Declan Morrow, and his branch will ship the vehicles.")
    assert said(quotes_of(body))[-1] == ("Declan Morrow", "We are not packing up yet")


def test_a_person_met_by_first_name_after_a_place_opening_is_the_he_that_follows() -> None:
    body = ("A Western official said the convoys were slow. \"It is a mess,\" he said.\n\n"
            "Back in the queue at Kati, Amadou has turned off his engine to save fuel. He laughs at the irony. "
            "\"I carry 30,000 litres,\" he says.")
    assert said(quotes_of(body))[-1] == ("Amadou", "I carry 30,000 litres")


def test_a_relative_named_by_first_name_in_an_apposition_speaks_and_keeps_the_gender_of_the_kin_word() -> None:
    body = ("\"They are the only people who come,\" says Rima Khouri, the elder. Her sister, Joumana, shakes her "
            "head. She says the patrols never stopped a single shell.")
    assert said(quotes_of(body))[-1] == ("Joumana", "the patrols never stopped a single shell")


def test_a_silent_husband_named_in_an_apposition_is_no_she() -> None:
    body = ("In Macomia, Amina Saide, a fish trader, fled her village again. Her husband, Issufo, stayed behind "
            "to guard the boat. \"We hear that the soldiers are coming,\" she says.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Amina Saide"]


def test_asked_to_be_identified_as_a_first_name_names_the_she_that_follows() -> None:
    body = ("She is 34, a former teacher who lost her job. She asked to be identified as Parwana, because running "
            "a school is dangerous. \"They learned that before they learned English,\" she says.")
    assert said(quotes_of(body)) == [("Parwana", "They learned that before they learned English")]


def test_one_of_a_group_introduced_by_name_is_the_she_that_follows() -> None:
    body = ("American museums, answerable only to their boards, have moved case by case.\n\n"
            "One of those artists is Abena Frimpo, a sculptor from Accra whose installation will fill the room. She "
            "was at the ceremony. She told me she wept when the leopard came out of its crate.")
    assert said(quotes_of(body)) == [("Abena Frimpo", "she wept when the leopard came out of its crate")]


def test_a_first_name_given_alone_is_who_the_pronouns_after_mean() -> None:
    body = ("A spokesman for the ministry said the courses would go on.\n\n"
            "One of the recruits, a welder from Dnipro who asks that only his first name, Taras, be published, "
            "has four weeks left here.\n\n"
            "\"At home they train you in ten days,\" he says.\n\n"
            "He falls silent, then adds: \"So I listen very carefully.\"")
    assert said(quotes_of(body))[1:] == [("Taras", "At home they train you in ten days"),
                                         ("Taras", "So I listen very carefully.")]


def test_the_officer_responsible_for_something_is_a_name_introduces_that_officer() -> None:
    body = ("A spokeswoman for the agency told reporters that the base would stay open.\n\n"
            "The officer responsible for the training part of the mission is Brigadier Hans Gruber, who heads the "
            "command in Potsdam. He says the drills have changed as the war has changed.")
    assert said(quotes_of(body)) == [("spokeswoman for the agency", "the base would stay open"),
                                     ("Hans Gruber", "the drills have changed as the war has changed")]



def test_a_country_in_the_clause_a_spokesman_reports_speaks_through_him() -> None:
    body = ("The spokesman for the defence ministry, Colonel Ali Hasan, said Iraq welcomed \"a partnership between "
            "equals.\"")
    assert said(quotes_of(body)) == [("Ali Hasan", "a partnership between equals.")]


def test_a_speaker_line_names_who_answers_a_records_questions() -> None:
    body = ("2. Press Conference by the Minister (Excerpt)\n\nSpeaker: Defense Minister Taro Kimura\n\n"
            "Q: Has the activity been suspended?\n\nA: It has not been suspended. The ships are at sea.\n\n"
            "Q: Will it be extended?\n\nA: That is something the Cabinet will decide.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Taro Kimura"}


def test_an_office_before_a_name_and_a_verb_is_no_reported_clause() -> None:
    body = "The Chief of Staff, Joint Staff, General Ken Sato, reported to me yesterday on the units."
    assert quotes_of(body) == []


def test_square_bracketed_names_after_offices_label_a_transcripts_turns() -> None:
    body = ("NATO Spokesperson [Ingrid Solvang]: Good afternoon, and welcome. The Chair will make some remarks.\n\n"
            "Chair of the Military Committee [Admiral Marco Ferri]: Thank you, Ingrid. Today the chiefs met.\n\n"
            "Question [Anna Kowal, Polsat News]: Admiral, why extend it for a whole year?\n\n"
            "Admiral Marco Ferri: The threat is not going away.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Ingrid Solvang", "Marco Ferri", "Marco Ferri"]


def test_an_office_in_square_brackets_after_a_name_labels_a_transcripts_turns() -> None:
    body = ("Ingrid Solvang [Acting NATO Spokesperson]: Good afternoon. The mission has not ended.\n\n"
            "Lieutenant General Ercan Tuna [Commander, NATO Mission Iraq]: Thank you, Ingrid. My advisers are here.\n\n"
            "Question [Anna Kowal, Polsat News]: Is the adviser wrong?\n\n"
            "Ingrid Solvang [Acting NATO Spokesperson]: I will not comment on individual remarks.")
    quotes = quotes_of(body)
    assert [speaker for speaker, _ in said(quotes)] == ["Ingrid Solvang", "Ercan Tuna", "Ingrid Solvang"]
    assert quotes[0].speaker_title == "Acting NATO Spokesperson"


@pytest.mark.parametrize(("body", "name"), [
    ("On the ground, a soldier at a forward base near Eringo, who gave his name only as Mosi because he may not "
     "speak to the media, said his unit had gone out on patrol as usual. \"Nobody told us to stop,\" he said.",
     "Mosi"),
    ("A herder in Chesongo, who only gave his name as Kipto, said raiders had driven away 40 goats.", "Kipto"),
])
def test_a_name_given_only_as_is_who_speaks(body: str, name: str) -> None:
    assert {speaker for speaker, _ in said(quotes_of(body))} == {name}


def test_a_surname_in_capitals_labels_the_turns_of_the_person_named_in_full_before() -> None:
    body = ("JULIA HENNA, MINISTER FOR EMERGENCY SERVICES: Thanks everyone for coming. The fire crossed the road.\n\n"
            "HENNA: We have opened two evacuation centres.\n\n"
            "RFS COMMISSIONER TRENT MAWSON: Thanks, Minister. We have 310 firefighters on the ground.\n\n"
            "MAWSON: A volunteer was injured overnight.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Julia Henna", "Julia Henna", "Trent Mawson",
                                                                 "Trent Mawson"]


def test_a_hosts_questions_and_a_surname_after_a_titles_initials_make_a_radio_transcript() -> None:
    body = ("HOST (BRIAN OTIENO WAFULA): Good morning. With me in studio is the Cabinet Secretary for Defence, "
            "Naomi Chepkoech Rotich.\n\nCS ROTICH: Asante sana, Brian.\n\nHOST: Is KDF staying or leaving?\n\n"
            "CS ROTICH: Staying. Cabinet approved the extension.\n\nHOST: What changed?\n\n"
            "CS ROTICH: What changed is the threat.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Naomi Chepkoech Rotich"] * 3


def test_a_service_in_brackets_after_a_rank_is_part_of_the_title() -> None:
    body = ('"The operation is suspended," specified Captain (Navy) Rivo Andria, spokesman of the Malagasy Navy. '
            "According to the officer, the decision is linked to the state of the fleet.")
    quotes = quotes_of(body)
    assert [(q.speaker, q.speaker_title) for q in quotes] == [("Rivo Andria", "Captain")] * 2


def test_quotes_attributable_to_a_minister_introduce_the_quoted_paragraphs_after_them() -> None:
    body = ("Quotes attributable to the Minister for Pacific Island Affairs, Catherine Rowley:\n\n"
            '"Australia is proud of what the force has achieved. Five years ago, the capital was burning."\n\n'
            '"Our commitment does not end with this drawdown."\n\n'
            "Quotes attributable to the Minister for Defence Personnel, Daniel Morcomb:\n\n"
            '"I want to thank every member who served with the force."')
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Catherine Rowley", "Catherine Rowley",
                                                                 "Daniel Morcomb"]
