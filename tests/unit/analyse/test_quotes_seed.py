"""The user's seed article end to end: every quote a reader would list, credited to the right speaker, and
nothing credited to people the article only mentions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.analyse.quotes import extract_quotes
from bot.models import Article, Quote

SEED = Path(__file__).parents[3] / "seeds" / "kurdistan24-coalition-combat-role-ends.txt"


@pytest.fixture(scope="module")
def found() -> list[Quote]:
    text = SEED.read_text(encoding="utf-8")
    article = Article(id="seed", source="files", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime.now(UTC))
    return extract_quotes(article)


@pytest.mark.parametrize(
    ("speaker", "kind", "opening"),
    [
        ("John W. Brennan", "direct", "Many brave men and women gave their lives"),
        ("John W. Brennan", "direct", "As we complete our combat role"),
        ("John Kirby", "indirect", "while the combat mission of US forces would end"),
        ("Qasim al-Araji", "direct", "The relationship with the international coalition"),
        ("CENTCOM", "partial", "has completed its transition to a non-combat mission"),
        ("Iraqi Joint Operations Command", "partial", "commitment to the ongoing partnership"),
        ("Iraqi Joint Operations Command", "partial", "the successful transfer of equipment"),
    ],
)
def test_every_quote_is_found_and_credited(found: list[Quote], speaker: str, kind: str, opening: str) -> None:
    matches = [q for q in found if q.text.startswith(opening)]
    assert matches, opening
    assert {(q.speaker, q.kind) for q in matches} == {(speaker, kind)}


def test_titles_organisations_and_media(found: list[Quote]) -> None:
    people = {q.speaker: q for q in found}
    assert people["John W. Brennan"].speaker_title == "Maj. Gen."
    assert (people["John Kirby"].speaker_title, people["John Kirby"].speaker_org) == ("Press Secretary", "Pentagon")
    assert people["Qasim al-Araji"].speaker_title == "National Security Adviser"
    araji = next(q for q in found if q.speaker == "Qasim al-Araji")
    assert araji.medium == "tweet"
    brennan = next(q for q in found if q.text.startswith("Many brave"))
    assert brennan.medium == "statement"


def test_the_pull_quote_under_the_headline_is_not_a_second_record(found: list[Quote]) -> None:
    pulls = [q for q in found if q.text.startswith("As we complete our combat role")]
    assert len(pulls) == 1 and pulls[0].start is not None and pulls[0].start > 500


def test_mentioned_people_and_crowds_never_speak(found: list[Quote]) -> None:
    speakers = " ".join(q.speaker for q in found)
    for silent in ("Trump", "Soleimani"):
        assert silent not in speakers
    assert not any(q.text.startswith(("Stop the Steal", "No to Fraud", "US forces will remain")) for q in found)
