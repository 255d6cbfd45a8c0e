"""Which items a feed's first poll announces: the newest by publication date, feed order for the undated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.ingest.poll import newest
from bot.models import Article

T0 = datetime(2024, 5, 1, tzinfo=UTC)


def article(key: str, hours: int | None) -> Article:
    published = None if hours is None else T0 + timedelta(hours=hours)
    return Article(id=key, source="wire", title=key, text=key, published_at=published, fetched_at=T0)


def test_the_newest_by_date_whatever_the_feed_order() -> None:
    feed = [article("b", 2), article("d", 4), article("a", 1), article("c", 3)]
    assert newest(feed, 2) == {"d", "c"}


def test_undated_items_come_after_dated_ones_in_feed_order() -> None:
    feed = [article("first-undated", None), article("dated", 1), article("second-undated", None)]
    assert newest(feed, 2) == {"dated", "first-undated"}


def test_limits_of_zero_and_beyond_the_feed() -> None:
    feed = [article("a", 1), article("b", 2)]
    assert newest(feed, 0) == set()
    assert newest(feed, 10) == {"a", "b"}
    assert newest([], 5) == set()
