"""When briefs fire: local time in the destination's zone across daylight-saving changes, crontab weekdays,
and which slot a catch-up is for. Expected instants are written out by hand, in UTC."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from bot.cron import Schedule, check_cron

BERLIN = "Europe/Berlin"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_seven_oclock_in_berlin_stays_seven_oclock_across_both_changes() -> None:
    daily = Schedule("0 7 * * *", BERLIN)
    # spring forward on 2024-03-31: 07:00 is 06:00 UTC before, 05:00 UTC after
    assert daily.between(utc(2024, 3, 29, 12), utc(2024, 4, 1, 12)) == [
        utc(2024, 3, 30, 6), utc(2024, 3, 31, 5), utc(2024, 4, 1, 5)]
    # fall back on 2024-10-27: 05:00 UTC before, 06:00 UTC after
    assert daily.between(utc(2024, 10, 25, 12), utc(2024, 10, 28, 12)) == [
        utc(2024, 10, 26, 5), utc(2024, 10, 27, 6), utc(2024, 10, 28, 6)]


def test_a_time_the_change_skips_or_repeats_fires_exactly_once() -> None:
    night = Schedule("30 2 * * *", BERLIN)
    # 02:30 does not exist on 2024-03-31: it fires once, at 03:30 CEST (01:30 UTC)
    assert night.between(utc(2024, 3, 30, 12), utc(2024, 4, 1, 12)) == [utc(2024, 3, 31, 1, 30), utc(2024, 4, 1, 0, 30)]
    # 02:30 happens twice on 2024-10-27 (CEST, then CET): only the first is a brief
    assert night.between(utc(2024, 10, 26, 12), utc(2024, 10, 28, 12)) == [
        utc(2024, 10, 27, 0, 30), utc(2024, 10, 28, 1, 30)]


def test_an_hourly_schedule_keeps_its_rhythm_through_the_changes() -> None:
    hourly = Schedule("0 * * * *", BERLIN)
    assert len(hourly.between(utc(2024, 3, 30, 23), utc(2024, 3, 31, 22))) == 23  # a 23-hour local day
    fall_day = hourly.between(utc(2024, 10, 26, 22), utc(2024, 10, 27, 23))
    assert len(fall_day) == 25 and utc(2024, 10, 27, 0) in fall_day and utc(2024, 10, 27, 1) in fall_day
    assert all(later - earlier == timedelta(hours=1) for earlier, later in pairwise(fall_day))


def test_weekdays_count_as_in_crontab() -> None:
    workdays = Schedule("0 7 * * 1-5", "UTC")  # Monday to Friday; APScheduler 3 alone would read Tue-Sat
    fired = workdays.between(utc(2024, 5, 3), utc(2024, 5, 11))  # Friday 3 May to Saturday 11 May
    assert [f.strftime("%a %d") for f in fired] == ["Fri 03", "Mon 06", "Tue 07", "Wed 08", "Thu 09", "Fri 10"]
    for sunday in ("0", "7", "sun"):
        assert Schedule(f"0 7 * * {sunday}", "UTC").next_after(utc(2024, 5, 6)) == utc(2024, 5, 12, 7)
    assert Schedule("0 7 * * */2", "UTC").next_after(utc(2024, 5, 6)) == utc(2024, 5, 7, 7)  # Sun, Tue, Thu, Sat


@pytest.mark.parametrize(("expression", "problem"), [
    ("0 7 1 * 1", "not both"), ("0 7 * * 8", "weekday"), ("25 * * *", "expected 5 fields"),
])
def test_expressions_crontab_would_read_otherwise_are_refused(expression: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        check_cron(expression)


def test_the_latest_slot_is_found_however_long_ago() -> None:
    assert Schedule("0 7 * * 1", "UTC").latest(utc(2024, 5, 12, 23)) == utc(2024, 5, 6, 7)
    assert Schedule("0 0 29 2 *", "UTC").latest(utc(2027, 6, 1)) == utc(2024, 2, 29)
    assert Schedule("*/5 * * * * *", "UTC").latest(utc(2024, 5, 6, 7, 0, 7)) == utc(2024, 5, 6, 7, 0, 5)
    assert Schedule("*/5 * * * * *", "UTC").slot(utc(2024, 5, 6, 7, 0, 5)) == "cron:2024-05-06T07:00:05+00:00"


def test_catch_up_is_for_the_latest_missed_slot_only_and_not_when_the_next_is_near() -> None:
    daily, grace = Schedule("0 7 * * *", "UTC"), timedelta(minutes=15)
    last_run = utc(2024, 5, 6, 7)
    # down for three days: one catch-up, for today's slot
    assert daily.catch_up(last_run=last_run, now=utc(2024, 5, 9, 12), grace=grace) == utc(2024, 5, 9, 7)
    # today's brief ran: nothing to catch up
    assert daily.catch_up(last_run=utc(2024, 5, 9, 7, 0, 1), now=utc(2024, 5, 9, 12), grace=grace) is None
    # back at 06:50: the 07:00 brief is ten minutes away and covers the same window
    assert daily.catch_up(last_run=last_run, now=utc(2024, 5, 9, 6, 50), grace=grace) is None
    # a destination that never had a brief has missed none
    assert daily.catch_up(last_run=None, now=utc(2024, 5, 9, 12), grace=grace) is None


def test_a_stored_trigger_keeps_its_rules_after_pickling() -> None:
    trigger = pickle.loads(pickle.dumps(Schedule("30 2 * * 0-4", BERLIN).trigger))  # as the job store does
    sunday = trigger.get_next_fire_time(None, utc(2024, 10, 26, 12))
    assert sunday.astimezone(UTC) == utc(2024, 10, 27, 0, 30)  # Sunday is 0, and 02:30 fires once
    assert trigger.get_next_fire_time(sunday, sunday).astimezone(UTC) == utc(2024, 10, 28, 1, 30)
    wednesday = trigger.get_next_fire_time(None, utc(2024, 10, 29, 12))
    assert wednesday.astimezone(UTC) == utc(2024, 10, 30, 1, 30)
    assert trigger.get_next_fire_time(None, utc(2024, 11, 1)).astimezone(UTC) == utc(2024, 11, 3, 1, 30)
