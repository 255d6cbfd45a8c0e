"""The backoff schedule: the interval while a source works, doubling while it fails, capped, jittered."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.backoff import MAX_BACKOFF, poll_delay

HALF_HOUR = timedelta(minutes=30)


def middle() -> float:
    return 0.5


def test_a_working_source_waits_its_interval() -> None:
    assert poll_delay(HALF_HOUR, 0, rand=lambda: 0.99) == HALF_HOUR


def test_each_failure_doubles_the_wait_up_to_a_day() -> None:
    waits = [poll_delay(HALF_HOUR, failures, rand=middle) for failures in range(1, 9)]
    assert waits == [timedelta(hours=h) for h in (1, 2, 4, 8, 16, 24, 24, 24)]


def test_jitter_spreads_the_wait_by_a_fifth_either_way_but_never_past_the_cap() -> None:
    assert poll_delay(HALF_HOUR, 2, rand=lambda: 0.0) == timedelta(minutes=96)
    assert poll_delay(HALF_HOUR, 2, rand=lambda: 0.75) == timedelta(minutes=132)
    assert timedelta(minutes=143) < poll_delay(HALF_HOUR, 2, rand=lambda: 0.999_999) < timedelta(minutes=144)
    assert poll_delay(HALF_HOUR, 6, rand=lambda: 0.999_999) == MAX_BACKOFF
    assert poll_delay(HALF_HOUR, 6, rand=lambda: 0.0) == MAX_BACKOFF * 0.8


def test_an_interval_longer_than_the_cap_is_never_shortened() -> None:
    weekly = timedelta(days=7)
    assert poll_delay(weekly, 3, rand=lambda: 0.0) == weekly
    assert poll_delay(weekly, 3, rand=lambda: 0.999) == weekly


def test_years_of_failures_do_not_overflow() -> None:
    assert poll_delay(timedelta(minutes=1), 100_000, rand=middle) == MAX_BACKOFF


@given(
    minutes=st.integers(min_value=1, max_value=7 * 24 * 60),
    failures=st.integers(min_value=0, max_value=10_000),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
)
def test_the_wait_stays_between_the_interval_and_the_cap(minutes: int, failures: int, draw: float) -> None:
    interval = timedelta(minutes=minutes)
    wait = poll_delay(interval, failures, rand=lambda: draw)
    assert interval <= wait <= max(MAX_BACKOFF, interval)
    if failures == 0:
        assert wait == interval
