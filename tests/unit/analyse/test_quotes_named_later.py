"""Speakers whose name comes after their role: "its spokesperson told Radio X …" then "'…,' Colonel Y,
spokesperson for the task force, told Radio X"; an office apposed after an opening phrase ("Speaking at the
ceremony, the Special Representative …, Mr. X, paid tribute"); "…, X, the spokesperson, told Radio Y." (the
listener is no inverted subject). Every sentence here is invented for the test."""

from __future__ import annotations

from quoting import quotes_of, said


def test_its_spokesperson_is_the_spokesperson_named_next() -> None:
    body = ("The coalition will keep advisers in the region after September, its spokesperson told Radio Norland "
            "on Saturday.\n\nUnder the agreement, the coalition left its bases last year.\n\n"
            "\"The mission has not ended,\" Colonel Dana Hill, spokesperson for the task force, told Radio Norland.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Dana Hill"}


def test_a_spokesperson_is_not_someone_named_next_in_another_role() -> None:
    body = ("The coalition will keep advisers in the region after September, its spokesperson told Radio Norland "
            "on Saturday.\n\n\"We were not consulted,\" Governor Ana Ruiz told Radio Norland.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["spokesperson", "Ana Ruiz"]


def test_told_is_never_inverted() -> None:
    body = ("\"The mission has not ended,\" Colonel Dana Hill, spokesperson for the task force (TF-9), told Radio "
            "Norland.")
    assert said(quotes_of(body)) == [("Dana Hill", "The mission has not ended")]


def test_an_office_apposed_after_an_opening_phrase_names_the_pronoun_s_referent() -> None:
    body = ("The envoy of Westmark said his country would abstain.\n\n"
            "Speaking at the ceremony, the Special Representative of the Secretary-General and Head of the Mission, "
            "Mr. Omar Ould Sidi, paid tribute to the peacekeepers. \"Today is not a farewell,\" he said.")
    assert ("Omar Ould Sidi", "Today is not a farewell") in said(quotes_of(body))


def test_he_after_a_sentence_whose_subject_is_named_means_that_subject() -> None:
    body = ("Ulvar Lehti, the union chair, called the strike on Monday.\n\n"
            "Mika Varo, the employers' director, rejected that account. \"Every day of this strike costs us "
            "customers,\" he said.\n\nLehti scoffed at the figure. He said the employers had used the same "
            "number in 2024.")
    assert said(quotes_of(body))[-1] == ("Ulvar Lehti", "the employers had used the same number in 2024")


def test_she_after_a_described_subject_still_means_the_woman_who_spoke() -> None:
    body = ("The mission's acting head, Aisha Waru, said in a statement that the force welcomed the renewal.\n\n"
            "In an interview later, the Kenyan diplomat was more candid. The force had \"one hand tied behind its "
            "back\", she said.")
    assert said(quotes_of(body))[-1][0] == "Aisha Waru"


def test_a_place_after_in_ends_the_body_that_speaks() -> None:
    body = ("The multinational Harbour Protection Force (HPF) in Westmark has denied reports that it suspended "
            "operations, insisting that its troops carried out three patrols over the weekend.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Harbour Protection Force"}


def test_officials_in_a_city_stay_officials_in_that_city() -> None:
    assert [speaker for speaker, _ in said(quotes_of("Officials in Kabul said the talks had failed."))] == [
        "Officials in Kabul"]


def test_the_iowa_republican_is_the_senator_the_story_is_on() -> None:
    body = ("Sen. Joan Ettel (R-Iowa) pressed a Pentagon official on Wednesday.\n\n"
            "Ettel told reporters afterwards that she planned to write a bill. \"I'm not trying to micromanage the "
            "Pentagon,\" the Iowa Republican said.")
    assert said(quotes_of(body))[-1] == ("Joan Ettel", "I'm not trying to micromanage the Pentagon")


def test_that_was_x_names_the_speaker_of_the_quotation_before_and_of_his_announcement() -> None:
    body = ("\"There is no drawdown. Not one soldier is coming home early.\"\n\n"
            "That was Defence Minister Marc Belle on Tuesday, as he announced that the government has extended the "
            "operation until March 2031.")
    assert said(quotes_of(body)) == [
        ("Marc Belle", "There is no drawdown. Not one soldier is coming home early."),
        ("Marc Belle", "the government has extended the operation until March 2031"),
    ]


def test_that_was_without_a_person_reveals_nobody() -> None:
    body = "\"There is no drawdown,\" the minister said.\n\nThat was in 2019, before the war."
    assert [q.speaker for q in quotes_of(body)] == ["minister"]


def test_a_letter_is_its_signer_s_and_who_after_a_possessive_apposition_is_the_person() -> None:
    body = ("The letter, sent last month and seen by the paper, says about 300 troops \"will return home during "
            "the autumn\".\n\nIt was signed by Maj Gen Simon Ash, the Army's assistant chief of staff, who wrote "
            "that the reduction reflected pressure on funding.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Simon Ash"}


def test_a_letter_without_a_signer_stays_the_letter_s() -> None:
    body = "The letter, seen by the paper, says about 300 troops \"will return home during the autumn\"."
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["letter"]


def test_the_general_is_the_lieutenant_general_not_a_director_general_named_later() -> None:
    body = ("Sen. Paul Garza turned to the other witness, Lt. Gen. Raymond Oduma, and asked what the military "
            "would advise. The general said he could not speak to the treaty.\n\n"
            "The force's director general, Elizabeth Sturge, has not commented publicly on the review.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Raymond Oduma"]


def test_a_time_opening_and_an_aged_epithet_lead_to_the_coach_named_before() -> None:
    body = ("Mateo Arrien is no longer Ribera's coach. Minutes after the 3-0 defeat against Bocanegra at the "
            "Bombonera on Sunday night, the 47-year-old coach walked into the press room, sat down without his "
            "notes and announced that he was leaving the club after 17 months in charge.")
    assert said(quotes_of(body)) == [("Mateo Arrien", "he was leaving the club after 17 months in charge")]


def test_a_programme_title_in_quotation_marks_before_that_is_part_of_the_adjunct() -> None:
    body = ("Giedrius Palk, an opposition member of the defence committee, said on the radio programme "
            "\u201cAktualiju studija\u201d that the battlegroup had been dissolved before its replacement was ready.")
    assert said(quotes_of(body)) == [
        ("Giedrius Palk", "the battlegroup had been dissolved before its replacement was ready")]


def test_a_subject_that_ends_a_paragraph_is_the_he_that_opens_the_next() -> None:
    body = ("\"Our troops will carry out their duties to the last day,\" ministry spokesperson Park Sung-min said.\n\n"
            "Col. Yoon Tae-ho, the unit's commander, told reporters the mood was sad.\n\n"
            "Park declined to say whether the government would seek approval to keep a team there.\n\n"
            "\"Nothing has been decided on that,\" he said.")
    assert said(quotes_of(body))[-1] == ("Park Sung-min", "Nothing has been decided on that")


def test_no_opening_a_sentence_is_nobody() -> None:
    body = ("Kiprono said his troops had taken the town by midday. No casualties were reported among the forces. "
            "\"This is not a raid,\" he said.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Kiprono"}


def test_the_official_named_in_apposition_later_is_the_described_official_who_spoke() -> None:
    found = quotes_of(
        "A senior Kestrian official who took part in the talks told the paper that the coalition had handed over "
        "equipment worth $40 million.\n\n"
        "The coalition has left the region.\n\n"
        "The official, Staff Lt. Gen. Ivo Rashid Kest, secretary general of the ministry, said the ministry would "
        "now focus on reform."
    )
    assert [q.speaker for q in found] == ["Ivo Rashid Kest"] * 2


def test_the_official_named_later_is_not_one_of_two_described_officials() -> None:
    found = quotes_of(
        "A senior Kestrian official told the paper that talks had stalled. A Vellian official told the paper "
        "that they had not.\n\n"
        "The official, Ivo Kest, declined to comment further."
    )
    assert "Ivo Kest" not in [q.speaker for q in found]
