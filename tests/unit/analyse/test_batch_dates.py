"""An article whose dateline has no year is dated by the articles it is analysed with, so that its report
stands next to theirs in time (a contradiction of the same week is a dispute, not old news)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.batch import analyse_batch
from bot.analyse.dates import dateline_near
from bot.models import Article

_EXTENDED = (
    "Regional bloc extends mandate of stabilisation force in Velmora\n"
    "CASTEL, March 4, 2025 — The Regional Security Council on Tuesday extended the mandate of the Regional "
    "Stabilisation Mission in Velmora (RSMV) for another twelve months, the bloc said in a statement.\n"
    '"The mandate of RSMV has been renewed until March 2026," the council chairwoman told reporters.\n'
)
_EXPIRED = (
    "Velmora tells regional troops to go home\n"
    "DORN, March 6 (Reuters) — Velmora's government said on Thursday the mandate of the Regional "
    "Stabilisation Mission in Velmora (RSMV) had expired and the force must withdraw.\n"
    '"There is no mandate any more. The foreign troops must leave," the interior minister said. Velmora has '
    "hosted the force since 2021, when an insurgency spread in the east.\n"
)


def _article(text: str, article_id: str) -> Article:
    return Article(id=article_id, source="test", title=text.split("\n", 1)[0], text=text,
                   fetched_at=datetime(2026, 1, 1, tzinfo=UTC))


def test_a_yearless_dateline_takes_the_year_of_its_neighbours_on_the_weekday_it_names() -> None:
    assert dateline_near(_EXPIRED, [date(2025, 3, 4)]) == date(2025, 3, 6)  # a Thursday in 2025
    assert dateline_near(_EXPIRED, [date(2025, 12, 30)]) is None  # nine months away: not the same story
    # 6 March 2024 is a Wednesday, and the text says Thursday: no year near 2024 fits
    assert dateline_near(_EXPIRED, [date(2024, 3, 5)]) is None
    assert dateline_near(_EXPIRED, []) is None
    assert dateline_near(_EXTENDED, [date(2025, 3, 4)]) is None  # its dateline has a year of its own


def test_a_contradiction_from_a_yearless_dateline_two_days_later_is_a_dispute() -> None:
    analysis = analyse_batch([_article(_EXTENDED, "bloc"), _article(_EXPIRED, "host")])
    assert [f.published for f in analysis.facts] == [date(2025, 3, 4), date(2025, 3, 6)]
    (mission,) = analysis.missions
    assert mission.status == "disputed"
    assert {e.article_id for e in mission.evidence} == {"bloc", "host"}


def test_alone_the_yearless_article_is_not_dated_by_a_background_year() -> None:
    (facts,) = analyse_batch([_article(_EXPIRED, "host")]).facts
    assert facts.published is None
    assert all(m.since is None or m.since.year != 2021 for m in facts.missions)
