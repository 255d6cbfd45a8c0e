"""Live-blog entries and plain bodies: the entry's time ("18:05 —") is not part of its first sentence, "the
prefecture says" and "the Paris police prefecture said" name a body no word list knows, and an elided
French particle ("the Porte d'Orléans") stays inside a name. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize("stamp", ["18:05 — ", "9.40am GMT - ", "02:51 pm: ", ""])
def test_an_entry_s_time_does_not_hide_a_double_apposition(stamp: str) -> None:
    body = (f"{stamp}The head of the Growers' League, Norland's largest farmers' union, Paul Verne, says the "
            "union will stay as long as necessary. \"We did not come to town to take pictures,\" he told reporters.")
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Paul Verne", "Paul Verne"]
    assert all(q.speaker_title and q.speaker_title.startswith("head of the Growers' League") for q in found)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The police prefecture says 412 tractors are now on the ring road.", "police prefecture"),
    ("The prefecture says the tractors are on the ring road.", "prefecture"),
    ("The Valmont police prefecture said the tractors were on the ring road.", "Valmont police prefecture"),
])
def test_a_definite_body_no_list_knows_reports(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_says_after_a_noun_that_is_not_a_clause_reports_nothing() -> None:
    assert quotes_of("The move says a lot about the government.") == []


def test_an_elided_particle_stays_inside_a_place_name() -> None:
    found = quotes_of("Our reporter at the Porte d'Orléans, Lea Martin, says the mood is calm.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Lea Martin", "reporter at the Porte d'Orléans")]


def test_an_agency_first_dateline_is_no_speaker() -> None:
    found = quotes_of("(ANSA) - ROME, NOV 23 - The force has suspended patrols in its western sector after a drone "
                      "strike, the mission said.")
    assert "NOV" not in {q.speaker for q in found}


def test_a_coalition_against_a_group_speaks_not_the_group() -> None:
    found = quotes_of("The U.S.-led coalition against Islamic State said on Tuesday it had completed its transition "
                      "from combat operations.")
    assert "Islamic State" not in {q.speaker for q in found} and len(found) == 1
