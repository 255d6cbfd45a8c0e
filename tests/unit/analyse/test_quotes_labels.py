"""Speakers named by a label before a colon in a briefing transcript, titles that no noun list holds
("the commodore said"), and surnames that look like participles ("Lansing," "Browning,"). Every sentence is
invented for the test."""

from __future__ import annotations

from quoting import quotes_of as _quotes_of

from bot.models import Quote


def quotes_of(body: str) -> list[Quote]:
    return _quotes_of(body, "Officials brief reporters")


def test_answers_labelled_with_names_in_a_transcript_belong_to_those_names() -> None:
    found = quotes_of(
        "Officials briefed a small press pool by phone. Excerpts:\n\n"
        "Q: Is the operation still a combat operation?\n\n"
        "Wing Commander Petra Vance, RAF: Yes. Our aircraft are armed and they strike targets.\n\n"
        "Q: Who picked the targets?\n\n"
        "Vance: Partners on the ground. I won't go further than that.\n\n"
        "Q: Will allied aircraft join?\n\n"
        "Col. Amos Reid, task force spokesman: I am not going to forecast operations."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Petra Vance", "Yes. Our aircraft are armed and they strike targets."),
        ("Petra Vance", "Partners on the ground. I won't go further than that."),
        ("Amos Reid", "I am not going to forecast operations."),
    ]


def test_a_colon_after_a_sentence_is_no_label() -> None:
    found = quotes_of(
        "Mayor Ana Ruiz spoke to us about the flood.\n\nQ: Is the clean-up over?\n\nA: No, far from it.\n\n"
        "Minister Lea Berg said on Monday: the money will come.\n\nA: We will believe it when we see it."
    )
    assert [(q.speaker, q.kind) for q in found if q.medium == "interview"] == [
        ("Ana Ruiz", "direct"), ("Ana Ruiz", "direct")]


def test_a_title_that_no_noun_list_holds_refers_back_to_its_holder() -> None:
    found = quotes_of(
        "Air Commodore Jane Holt said crews had flown 60 sorties. "
        '"When they come out of the desert, we are there," the air commodore said.'
    )
    assert [q.speaker for q in found] == ["Jane Holt", "Jane Holt"]


def test_a_surname_ending_in_ing_opens_a_sentence_as_a_name_when_the_article_names_him_so() -> None:
    found = quotes_of(
        "Col. Derek Fleming spoke first. Fleming, asked about the coalition, said the drawdown was on schedule. "
        'He stressed that the troops remained. "Nobody should confuse the two," the colonel said.'
    )
    assert [q.speaker for q in found] == ["Derek Fleming"] * 3


def test_a_participle_opening_a_sentence_is_still_no_name() -> None:
    found = quotes_of("Accepting the award, Ines Moreau said the prize belonged to her crew.")
    assert [q.speaker for q in found] == ["Ines Moreau"]


def test_a_debate_record_credits_every_turn_and_its_continuations() -> None:
    found = quotes_of(
        "The Secretary of State for Health (Mara Lind): With permission, I will make a statement on waiting lists.\n\n"
        "Since March, more than 40,000 patients have been treated in the new surgical hubs.\n\n"
        "Mr Speaker: I call the shadow Secretary of State.\n\n"
        "Tom Varga (Eastleigh) (Con): I thank the Secretary of State for advance sight of her statement.\n\n"
        "Mara Lind: I am grateful to the hon. Gentleman.\n\n"
        "Dr Ann Ruiz (Moray West, Nairn and Strathspey) (SNP): Will the hubs open in Scotland?"
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Mara Lind", "With permission, I will make a statement on waiting lists."),
        ("Mara Lind", "Since March, more than 40,000 patients have been treated in the new surgical hubs."),
        ("Tom Varga", "I thank the Secretary of State for advance sight of her statement."),
        ("Mara Lind", "I am grateful to the hon. Gentleman."),
        ("Ann Ruiz", "Will the hubs open in Scotland?"),
    ]
    assert found[0].speaker_title == "Secretary of State for Health"


def test_a_briefing_s_turns_before_the_first_question_are_credited() -> None:
    found = quotes_of(
        "PRESS SECRETARY ANA DORN: Good afternoon. We're joined today by Maj. Gen. Leo Hart.\n\n"
        "MAJ. GEN. LEO HART: Thanks, Ana. The mission has not ended.\n\n"
        "Q: How many troops remain?\n\n"
        "GEN. HART: I won't give numbers."
    )
    assert [q.speaker for q in found] == ["Ana Dorn", "Leo Hart", "Leo Hart"]


def test_two_labels_and_a_dateline_make_no_debate_record() -> None:
    found = quotes_of(
        "WASHINGTON: The talks resumed on Monday.\n\n"
        "Mara Lind: a profile of the minister, in three parts.\n\n"
        "Tom Varga: the making of a backbencher.\n\n"
        "The minister said nothing about the hubs."
    )
    assert [q for q in found if q.medium == "interview"] == []


def test_a_press_conference_labelled_by_title_then_bare_answers_belongs_to_the_minister() -> None:
    found = _quotes_of(
        "(This is a provisional translation for reference purposes only.)\n\n"
        "1. Announcements\n\n"
        "Minister: I have one announcement. The dispatch of officers to the mission has been extended.\n\n"
        "Two officers are currently serving at the mission's headquarters.\n\n"
        "2. Questions and Answers\n\n"
        "Q: Some reports this week suggested that the dispatch would end this month. Was that considered?\n\n"
        "A: The dispatch has not ended, and it has been extended.\n\n"
        "When I met the mission's director in September, he told me the officers were indispensable.\n\n"
        "Q: Will the number of officers grow?\n\n"
        "A: At present, there is no plan to increase the number.",
        "Press Conference by Defense Minister SATO Hiroshi (10:31-10:49 A.M. November 20, 2026)",
    )
    answers = [(q.speaker, q.text) for q in found if q.medium == "interview"]
    assert answers == [
        ("SATO Hiroshi", "I have one announcement. The dispatch of officers to the mission has been extended."),
        ("SATO Hiroshi", "Two officers are currently serving at the mission's headquarters."),
        ("SATO Hiroshi", "The dispatch has not ended, and it has been extended."),
        ("SATO Hiroshi", "When I met the mission's director in September, he told me the officers were "
                         "indispensable."),
        ("SATO Hiroshi", "At present, there is no plan to increase the number."),
    ]
    assert not [q for q in found if q.speaker == "Some"]


def test_a_live_blog_s_entry_headings_are_no_turns() -> None:
    found = quotes_of(
        "17:10\n\nDefence Secretary: 2.6% 'a floor, not a ceiling'\n\n"
        "Rachel Dunn has been out defending the settlement for her department.\n\n"
        "16:31\n\nShadow chancellor: 'The biggest broken promise in a generation'\n\n"
        "Priya Kaur has been touring the broadcast studios, and she is not holding back.\n\n"
        "15:48\n\nIFS: 'Taxes at a post-war high'\n\n"
        "The institute has given its first verdict on the Budget.\n\n"
        "Chancellor Ann Lowe: 'A Budget for growth'\n\n"
        "The Chancellor has wrapped up her statement."
    )
    assert [q for q in found if q.medium == "interview"] == []


def test_turns_after_a_recording_s_time_marks_belong_to_their_labels() -> None:
    found = quotes_of(
        "Transcript (machine-generated)\n\n"
        "[00:00:05] NINA KOVAL: Welcome back. With me is Lena Marsh of the Vell Institute.\n\n"
        "[00:00:20] LENA MARSH: Thanks, Nina. Good to be here.\n\n"
        "[00:00:24] KOVAL: Lena, was the exercise an operation?\n\n"
        "[00:00:31] MARSH: No. An exercise is where you practise, and then everybody goes home.\n\n"
        "(00:01:02) MARSH: That is the whole point of it."
    )
    assert [q.speaker for q in found] == ["Nina Koval", "Lena Marsh", "Nina Koval", "Lena Marsh", "Lena Marsh"]
    assert found[3].text == "No. An exercise is where you practise, and then everybody goes home."


def test_an_office_heading_a_record_names_who_answers_under_it() -> None:
    found = quotes_of(
        "Press Conference by the Minister of Defence\n\n"
        "Minister: Ana Vell, Minister of Defence\n\n"
        "Minister: I have one announcement. The Cabinet extended the deployment by one year.\n\n"
        "Q: Was ending it ever considered?\n\n"
        "A: No decision of that kind was ever made."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Vell", "I have one announcement. The Cabinet extended the deployment by one year."),
        ("Ana Vell", "No decision of that kind was ever made."),
    ]


def test_an_office_label_is_the_holder_whose_title_says_it_when_two_were_introduced_together() -> None:
    found = quotes_of(
        "Prime Minister Ana Vell and Defence Minister Ivo Kest, Government House.\n\n"
        "PRIME MINISTER ANA VELL: Good afternoon. Cabinet met today.\n\n"
        "DEFENCE MINISTER IVO KEST: Thanks, Prime Minister. The course restarted on 8 March.\n\n"
        "MEDIA: Did you know about the gap?\n\n"
        "PRIME MINISTER: No. I was told in February, and it was short."
    )
    assert [q.speaker for q in found][-1] == "Ana Vell"


def test_an_office_read_as_a_name_with_its_holder_in_brackets_labels_the_holder() -> None:
    found = quotes_of(
        "Ana Vell (Northtown) (Con) (Urgent Question): To ask the Secretary of State if he will make a statement.\n\n"
        "The Minister for the Armed Forces (Ivo Kest): The Secretary of State is in Brussels, and I am answering "
        "on his behalf.\n\n"
        "Dr Ruth Marsh (Stroud) (Lab): Many families have been told very little.\n\n"
        "Ivo Kest: I will write to the hon. Lady."
    )
    assert [q.speaker for q in found] == ["Ana Vell", "Ivo Kest", "Ruth Marsh", "Ivo Kest"]
