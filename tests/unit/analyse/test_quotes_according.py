"""Sources of "according to" that are more than a plain name or noun. Every sentence is invented."""

from __future__ import annotations

import pytest
from quoting import quotes_of as _quotes_of

from bot.models import Quote


def quotes_of(body: str) -> list[Quote]:
    return _quotes_of(body, "Shipping still avoids the strait")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to the Coastal Conflict Location and Event Data project (CCLED), attacks rose by a third.",
         "CCLED"),
        ("According to the Coastal Conflict Location and Event Data project, attacks rose by a third.",
         "Coastal Conflict Location and Event Data project"),
        ("According to the shipping data firm Harland's Sea Intelligence, 41 vessels passed last week.",
         "Harland's Sea Intelligence"),
        ("According to Harland's Sea Intelligence, 41 vessels passed last week.", "Harland's Sea Intelligence"),
    ],
)
def test_the_whole_source_up_to_the_comma_names_who_is_reported(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(sentence)] == [speaker]


def test_a_document_seen_by_a_newspaper_is_not_the_newspapers_words() -> None:
    found = quotes_of("According to the draft decision seen by DIE WOCHE, the mission will keep 200 monitors.")
    assert all(q.speaker != "DIE WOCHE" for q in found)


def test_figures_of_an_organisation_are_its_own() -> None:
    found = quotes_of(
        "The force says violence has fallen. According to the mission’s figures, 19 people were killed last year."
    )
    assert found[-1].text == "19 people were killed last year"


def test_the_terms_of_a_document_described_without_a_name_are_nobodys_words() -> None:
    assert quotes_of("According to the agreement signed in 2020 by both sides, troops must leave by June.") == []
