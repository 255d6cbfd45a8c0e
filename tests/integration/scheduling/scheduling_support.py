"""Helpers for the scheduling tests: settings on a real database, a paused APScheduler over it that the
test steps through the way the running scheduler would, and an article that appears later."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from bot.app import BriefBot
from bot.scheduler import build_scheduler, sync_jobs
from bot.settings import Settings

MakeBot = Callable[..., BriefBot]
LATER_ARTICLE = """Border crossing talks resume in Geneva

GENEVA, May 8, 2024 (Wire) – Negotiators resumed talks on reopening the northern border crossing on Wednesday, \
two weeks after the last round broke off without agreement.

"We are closer than we have ever been," the mediator, Anna Lindqvist, told reporters outside the venue.
"""


def publish_later_article(articles: Path) -> None:
    """A second article appears in the source folder (found by the next poll)."""
    (articles / "border-talks.txt").write_text(LATER_ARTICLE, encoding="utf-8")


def settings_for(database_url: str, articles: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database": {"url": database_url},
        "sources": [{"name": "local", "location": str(articles), "kind": "files"}],
        "destinations": [{"name": "ops", "transport": "console", "schedule": "0 7 * * *",
                          "timezone": "Europe/Berlin"}],
    }
    values.update(overrides)
    return Settings(**values)


def paused_scheduler(bot: BriefBot) -> BackgroundScheduler:
    """The scheduler `briefbot run` builds, started paused with its job store synced at the fake now: its
    stored jobs and triggers are real, but nothing fires on the real clock."""
    scheduler = build_scheduler(bot.store.engine, bot.settings)
    scheduler.start(paused=True)
    sync_jobs(scheduler, bot.settings, bot.clock())
    return scheduler


def run_times(scheduler: BackgroundScheduler, job_id: str, until: datetime) -> Iterator[datetime]:
    """The run times of a stored job up to `until`, computed as APScheduler's loop does (the trigger's
    next fire time after the last run), from the job as the store gives it back."""
    job = scheduler.get_job(job_id)
    assert job is not None, job_id
    fire: datetime | None = job.next_run_time
    while fire is not None and fire <= until:
        yield fire
        fire = job.trigger.get_next_fire_time(fire, fire)


class RecordingTarget:
    """A JobTarget that records what the jobs asked of it, and can fail like a broken database."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.fail = fail

    def _record(self, *call: str) -> None:
        self.calls.append(call)
        if self.fail:
            raise RuntimeError("the database went away")

    def start_up(self) -> None:
        self._record("start_up")

    def poll(self, source: str) -> None:
        self._record("poll", source)

    def poll_added(self) -> None:
        self._record("poll_added")

    def brief(self, destination: str) -> None:
        self._record("brief", destination)

    def catch_up(self, destination: str) -> None:
        self._record("catch_up", destination)

    def prune(self) -> None:
        self._record("prune")
