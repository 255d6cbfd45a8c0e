"""Which schedule slot a brief belongs to: the same slot for every run of the same scheduled brief."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.app import scheduled_slot
from bot.settings import ConsoleDestination


def slot(schedule: str, timezone: str, now: datetime) -> str:
    return scheduled_slot(ConsoleDestination(name="d", schedule=schedule, timezone=timezone), now)


def test_a_late_run_belongs_to_the_slot_it_was_due_in() -> None:
    due = slot("0 7 * * *", "UTC", datetime(2024, 5, 6, 7, 0, 0, tzinfo=UTC))
    late = slot("0 7 * * *", "UTC", datetime(2024, 5, 6, 7, 9, 30, tzinfo=UTC))
    assert due == late == "cron:2024-05-06T07:00+00:00"


def test_local_time_across_a_daylight_saving_change() -> None:
    # 07:00 in Berlin is 06:00 UTC in winter and 05:00 UTC in summer (DST began on 2024-03-31).
    assert slot("0 7 * * *", "Europe/Berlin", datetime(2024, 3, 30, 6, 1, tzinfo=UTC)) == "cron:2024-03-30T06:00+00:00"
    assert slot("0 7 * * *", "Europe/Berlin", datetime(2024, 3, 31, 5, 1, tzinfo=UTC)) == "cron:2024-03-31T05:00+00:00"


def test_frequent_schedules_and_catch_ups_long_after_the_slot() -> None:
    assert slot("* * * * *", "UTC", datetime(2024, 5, 6, 7, 3, 45, tzinfo=UTC)) == "cron:2024-05-06T07:03+00:00"
    # a catch-up hours or days later belongs to the slot it catches up, so it shares that slot's claim
    assert slot("0 7 * * *", "UTC", datetime(2024, 5, 6, 13, 30, 5, tzinfo=UTC)) == "cron:2024-05-06T07:00+00:00"
    # weekdays as crontab counts them: 1-5 is Monday to Friday, so on Monday the last slot was Friday's
    assert slot("0 7 * * 1-5", "UTC", datetime(2024, 5, 6, 6, 0, tzinfo=UTC)) == "cron:2024-05-03T07:00+00:00"
