"""Brief schedules: a cron expression in a destination's IANA time zone, and which slot is due when.

Pure functions of (schedule, time zone, times), so the scheduler and the tests (with a fake clock) ask the
same questions. Where this differs from APScheduler 3's own `CronTrigger.from_crontab`, it is on purpose:

- weekdays are numbered as in crontab (0 or 7 = Sunday, 1 = Monday). APScheduler 3 counts 0 = Monday, so
  its reading of "0 7 * * 1-5" would be Tuesday to Saturday;
- a day of month and a weekday together are refused: crontab fires when either matches, APScheduler only
  when both do, and a brief must not silently follow the other rule;
- a local time that occurs twice when clocks go back (02:30 in Europe/Berlin on the last Sunday of
  October) fires once, at its first occurrence, unless the hour field is `*` (an hourly schedule keeps its
  rhythm). A local time that does not exist when clocks go forward fires once, an hour later by the clock
  (02:30 becomes 03:30 CEST).

A sixth, leading field gives seconds (`*/5 * * * * *`), for tests and demos; its slots are per second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

from apscheduler.triggers.cron import CronTrigger

FIELDS = "minute hour day month weekday"
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_WEEKDAY_ITEM = re.compile(r"^(\*|[a-z0-7]+(?:-[a-z0-7]+)?)(?:/(\d+))?$")
# How far back the latest fire time is searched, widened only while nothing is found: a minutely schedule
# costs a few steps, and a yearly one (or 29 February) is still found.
_LOOKBACKS = tuple(timedelta(days=d) for d in (1 / 1440, 1 / 24, 2, 9, 32, 367, 8 * 366 + 2))
_TICK = timedelta(microseconds=1)


class LocalCronTrigger(CronTrigger):  # type: ignore[misc]
    """A CronTrigger that fires a repeated local time (clocks going back) only once, unless hourly."""

    def __init__(self, *, once_when_repeated: bool, **fields: Any) -> None:
        super().__init__(**fields)
        self.once_when_repeated = once_when_repeated

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        fire: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        while fire is not None and self.once_when_repeated and _second_occurrence(fire):
            fire = super().get_next_fire_time(fire, fire.astimezone(UTC) + _TICK)
        return fire

    def __getstate__(self) -> dict[str, Any]:
        state: dict[str, Any] = super().__getstate__()
        state["once_when_repeated"] = self.once_when_repeated
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self.once_when_repeated = bool(state.get("once_when_repeated", True))


def _second_occurrence(moment: datetime) -> bool:
    return moment.fold == 1 and moment.replace(fold=0).utcoffset() != moment.utcoffset()


def _weekdays(field: str) -> str:
    """A crontab weekday field (0 or 7 = Sunday) as APScheduler 3 reads it (by name)."""
    days: set[int] = set()
    for item in field.lower().split(","):
        match = _WEEKDAY_ITEM.match(item)
        if match is None:
            raise ValueError(f"weekday {item!r} is not understood")
        span, step = match.group(1), int(match.group(2) or 1)
        if span == "*" and step == 1:
            return "*"
        first, _, last = ("0-6" if span == "*" else span).partition("-")
        low = _weekday(first)
        high = _weekday(last) if last else (6 if match.group(2) else low)
        if last == "7" or (last == "sun" and low > 0):
            high = 7
        if step < 1 or high < low:
            raise ValueError(f"weekday {item!r} is not a valid range")
        days.update(day % 7 for day in range(low, high + 1, step))
    return ",".join(_DAYS[day] for day in sorted(days))


def _weekday(token: str) -> int:
    if token.isdigit() and int(token) <= 7:
        return int(token)
    if token in _DAYS:
        return _DAYS.index(token)
    raise ValueError(f"weekday {token!r} is not 0-7 or sun-sat")


def cron_trigger(expression: str, timezone: str) -> LocalCronTrigger:
    """The trigger for a 5-field crontab expression (or 6 with seconds first) in `timezone`."""
    fields = expression.split()
    if len(fields) not in (5, 6):
        raise ValueError(f"expected 5 fields: {FIELDS}; or 6, with seconds first")
    second = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, weekday = fields
    if day != "*" and weekday != "*":
        raise ValueError("give a day of the month or a weekday, not both")
    return LocalCronTrigger(
        second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=_weekdays(weekday),
        timezone=timezone, once_when_repeated=not hour.startswith("*"),
    )


def check_cron(expression: str) -> str:
    """`expression` if it is a schedule briefbot can keep, else ValueError naming what is wrong."""
    try:
        cron_trigger(expression, "UTC")
    except ValueError as error:
        raise ValueError(f"{expression!r} is not a valid cron expression ({error})") from None
    return expression


@dataclass(frozen=True)
class Schedule:
    """A brief schedule. Every time returned is in UTC, so times compare by instant, never by wall clock."""

    expression: str
    timezone: str

    @cached_property
    def trigger(self) -> LocalCronTrigger:
        return cron_trigger(self.expression, self.timezone)

    @property
    def has_seconds(self) -> bool:
        return len(self.expression.split()) == 6

    def next_after(self, moment: datetime) -> datetime | None:
        """The first fire time strictly after `moment`."""
        fire: datetime | None = self.trigger.get_next_fire_time(None, moment.astimezone(UTC) + _TICK)
        return fire.astimezone(UTC) if fire else None

    def between(self, start: datetime, end: datetime) -> list[datetime]:
        """Fire times in (start, end], oldest first."""
        fires: list[datetime] = []
        fire = self.next_after(start)
        while fire is not None and fire <= end:
            fires.append(fire)
            fire = self.next_after(fire)
        return fires

    def latest(self, now: datetime) -> datetime | None:
        """The latest fire time at or before `now`, however long ago (None: none in the last 8 years)."""
        for lookback in _LOOKBACKS:
            fires = self.between(now - lookback - _TICK, now)
            if fires:
                return fires[-1]
        return None

    def slot(self, fire: datetime) -> str:
        """The delivery slot of a fire time: every run for it (a retry, a catch-up, a second process)
        claims the same delivery row, so only one of them sends."""
        return f"cron:{fire.astimezone(UTC).isoformat(timespec='seconds' if self.has_seconds else 'minutes')}"

    def catch_up(self, *, last_run: datetime | None, now: datetime, grace: timedelta) -> datetime | None:
        """The fire time to send one catch-up brief for, or None.

        A brief was missed when the latest fire time is after the last brief run (`last_run`, the start of
        the last finished run; None when this destination never had one, so a new destination waits for
        its first slot). Only the latest missed fire time is caught up, never one per missed slot. When
        the next fire time is at most `grace` away, nothing is: that regular brief comes soon and covers
        the same window, and two briefs minutes apart would be the burst this avoids.
        """
        latest = self.latest(now)
        if latest is None or last_run is None or latest <= last_run:
            return None
        upcoming = self.next_after(now)
        if upcoming is not None and upcoming - now <= grace:
            return None
        return latest
