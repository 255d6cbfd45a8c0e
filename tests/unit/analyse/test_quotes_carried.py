"""A reporting verb carried by another verb ("Mr. Rask went on to say that …", "was quick to add that …") and
a "he said" inserted after the word opening a clause ("thanked the Council for a decision that, he said, …"),
which means the person the sentence opened with. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of, said


@pytest.mark.parametrize("carrier", ["went on to say", "then went on to say", "was quick to add", "hastened to add",
                                     "has gone on to warn"])
def test_a_reporting_verb_after_a_carrying_verb_reports_what_follows(carrier: str) -> None:
    body = (f"Leena Rask, the envoy of Norland, spoke first. Ms. Rask {carrier} that the monitors had helped to "
            "keep the ceasefire.")
    assert said(quotes_of(body)) == [("Leena Rask", "the monitors had helped to keep the ceasefire")]


def test_a_carrying_verb_with_no_reporting_verb_reports_nothing() -> None:
    body = "Leena Rask, the envoy of Norland, went on to win the vote that the monitors had asked for."
    assert quotes_of(body) == []


def test_he_said_after_that_means_the_person_the_sentence_opened_with() -> None:
    body = ("The representative of Westmark said his delegation had abstained.\n\n"
            "The representative of Norland, Tomas Brek, thanked the Council for a decision that, he said, "
            "\"the people of my country understand very well\".")
    found = said(quotes_of(body))
    assert ("Tomas Brek", "the people of my country understand very well") in found


def test_he_said_after_a_whole_clause_still_means_the_speaker_before() -> None:
    body = ("Tomas Brek, the envoy of Norland, rejected the threats in the statements of some members. "
            "President Ivo Sand had already set a new date for the polls, he said, and the Council should "
            "\"give that date a chance\".")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Tomas Brek"}
