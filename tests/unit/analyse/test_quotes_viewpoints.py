"""Views framed as a person's: "For X, a researcher at Y, the operation is a political signal.", "In her view,
"…"", "In Ruiz's view, …", "In the view of Ana Ruiz, …", and what is no frame ("For years, …", "For Ukraine,
…", "In the view of many, …"). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of, said


def test_for_a_named_person_with_an_apposition_frames_the_clause_as_theirs() -> None:
    body = ("For Amadou Diallo, researcher at the Institute for Security Studies (ISS) in Dakar, the operation is "
            "above all a political signal. \"The force needs to prove it still exists,\" he analyses.")
    assert said(quotes_of(body)) == [
        ("Amadou Diallo", "the operation is above all a political signal"),
        ("Amadou Diallo", "The force needs to prove it still exists"),
    ]


def test_in_her_view_before_a_quotation_makes_it_hers() -> None:
    body = ("For Helena Duarte, a professor of criminal law, the trial is a test of the court's speed. In her view, "
            "\"the court has shown it can move fast when the Republic is threatened.\"")
    found = quotes_of(body)
    assert [(q.speaker, q.kind) for q in found] == [("Helena Duarte", "indirect"), ("Helena Duarte", "direct")]


@pytest.mark.parametrize("frame", ["In Ruiz's view", "In the view of Ana Ruiz"])
def test_a_named_view_frames_the_clause(frame: str) -> None:
    body = f"Ana Ruiz spoke first at the hearing. {frame}, the talks have failed completely."
    assert said(quotes_of(body)) == [("Ana Ruiz", "the talks have failed completely")]


@pytest.mark.parametrize("sentence", [
    "For years, the mission has patrolled the border without incident.",
    "For Ukraine, the stakes of the talks are very high indeed.",
    "In the view of many, the talks have failed completely.",
    "In our view, the talks have failed completely.",
])
def test_frames_that_name_no_person_report_nothing(sentence: str) -> None:
    assert quotes_of(sentence) == []


def test_the_warning_that_a_clause_came_from_a_person_is_theirs() -> None:
    body = ("The warning that the sector risks losing a generation of farmers came from Dr Felix Lyon, a senior "
            "lecturer in agricultural economics.")
    assert said(quotes_of(body)) == [("Felix Lyon", "the sector risks losing a generation of farmers")]


def test_the_idea_that_came_from_a_book_is_no_one_s_quote() -> None:
    assert quotes_of("The idea that the plan would work came from nowhere in particular.") == []


@pytest.mark.parametrize("verb", ["reflects", "shows", "signals"])
def test_a_view_told_with_a_present_verb_is_the_holders(verb: str) -> None:
    body = f"For Clara Weiss, a researcher, the withdrawal {verb} budget priorities more than a victory."
    assert said(quotes_of(body)) == [("Clara Weiss", f"the withdrawal {verb} budget priorities more than a victory")]


def test_a_framed_analyst_is_who_the_he_said_after_means() -> None:
    body = ("Prime Minister Pedro Salas chaired the sessions.\n\n"
            "For Ignacio Berrio, senior analyst for Latin America at the Elcano institute, the result was "
            "predictable. \"The summits used to be measured by what united us,\" he said.")
    assert said(quotes_of(body)) == [("Ignacio Berrio", "the result was predictable"),
                                     ("Ignacio Berrio", "The summits used to be measured by what united us")]


def test_an_affiliation_apposition_after_the_framed_name() -> None:
    body = ("For Moldovan analyst Dorin Parvo, of the Chisinau-based think tank Expert-Grup, the reduction sends the "
            "wrong message at the wrong time. \"The Kremlin reads these signals very carefully,\" he said.")
    assert said(quotes_of(body)) == [("Dorin Parvo", "the reduction sends the wrong message at the wrong time"),
                                     ("Dorin Parvo", "The Kremlin reads these signals very carefully")]
