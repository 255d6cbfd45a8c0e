"""Time and medium adverbials between a subject and its reporting verb, as wire copy writes them. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The army on Tuesday said two soldiers had died in the attack.", "army"),
        ("Police late on Sunday said three people had been arrested near the port.", "Police"),
        ("The coastguard on Friday night said the search had been called off.", "coastguard"),
        ("Minister Ada Orlov on March 3 announced that the plant would close.", "Ada Orlov"),
        ("The envoy last week told reporters that talks would resume in Geneva.", "envoy"),
        ("The ministry earlier this month warned that prices would rise.", "ministry"),
        ("Halvard Mutual in a statement said the claims would be paid by June.", "Halvard Mutual"),
        ("The ministry in a post on X said it would respond to the letter.", "ministry"),
        ("Senator Ruth Okafor at a press conference said the vote had been fair.", "Ruth Okafor"),
    ],
)
def test_an_adverbial_between_subject_and_verb_does_not_hide_the_subject(sentence: str, speaker: str) -> None:
    found = quotes_of(sentence)
    assert [q.speaker for q in found] == [speaker]
    assert "said" not in found[0].text and "statement" not in found[0].text


def test_a_date_that_ends_a_clause_is_not_taken_for_an_adverbial_before_the_verb() -> None:
    found = quotes_of('The talks ended on Tuesday. "We are done," said the envoy, Ivo Marsh.')
    assert [(q.speaker, q.text) for q in found] == [("Ivo Marsh", "We are done")]


def test_a_noun_that_often_takes_a_that_clause_can_be_the_subject_of_the_reported_clause() -> None:
    found = quotes_of("Halvard Mutual said the claims would be paid by the end of June.")
    assert [(q.speaker, q.text) for q in found] == [("Halvard Mutual", "the claims would be paid by the end of June")]


def test_a_denial_of_reports_with_no_clause_reports_nothing() -> None:
    assert quotes_of("The minister denied reports in several newspapers on Monday.") == []


def test_posting_on_a_platform_reports_a_clause_but_posting_a_result_or_troops_does_not() -> None:
    found = quotes_of(
        "The mayor posted on Facebook that schools would reopen on Monday. The company posted a record profit "
        "in the third quarter. The ministry posted troops along the border."
    )
    assert [(q.speaker, q.text, q.medium) for q in found] == [("mayor", "schools would reopen on Monday", "post")]


def test_a_statement_posted_somewhere_is_still_the_subject_of_said() -> None:
    found = quotes_of("A statement posted on the ministry's website said the talks would resume next week.")
    assert [q.text for q in found] == ["the talks would resume next week"]


@pytest.mark.parametrize("source", ["state media reported", "local media said", "police sources said"])
def test_an_undetermined_source_that_ends_the_sentence_ends_the_reported_clause(source: str) -> None:
    found = quotes_of(f"The army said the coastal road had been reopened to traffic, {source}.")
    assert [(q.speaker, q.text) for q in found] == [("army", "the coastal road had been reopened to traffic")]


def test_coach_is_a_title_before_a_name() -> None:
    found = quotes_of('"I am disappointed with the second half," Coach Luis Mendez said.')
    assert [(q.speaker, q.speaker_title) for q in found] == [("Luis Mendez", "Coach")]


def test_armed_forces_and_troops_are_speakers() -> None:
    found = quotes_of("Ruritania's armed forces said in a statement on Wednesday that the battalion remained deployed.")
    assert [(q.speaker, q.text) for q in found] == [("Ruritania's armed forces", "the battalion remained deployed")]


def test_a_noun_form_of_a_reporting_verb_before_a_verb_is_its_subject() -> None:
    found = quotes_of(
        "Marie Dubois said that the fighting in Upper Nile and Jonglei states showed that the mission remained "
        "indispensable."
    )
    assert [q.text for q in found] == [
        "the fighting in Upper Nile and Jonglei states showed that the mission remained indispensable"]


def test_another_group_saying_something_after_but_ends_the_clause() -> None:
    found = quotes_of(
        "President Ivo Maran has said the vote will go ahead, but opposition parties say the conditions do not exist."
    )
    assert (found[0].speaker, found[0].text) == ("Ivo Maran", "the vote will go ahead")


def test_a_reporting_verb_with_its_particle_reports_and_without_it_does_not() -> None:
    found = quotes_of(
        "Mr. Malik pointed out that it was the capital that had demanded the departure. "
        "Senator Ana Lind shot back that the police were in charge of the stations. "
        "The general pointed to the map. Soldiers shot three protesters on Sunday."
    )
    assert [q.speaker for q in found] == ["Malik", "Ana Lind"]
