"""APScheduler's jobs live in the project's database as names, follow the configuration on every start,
and reach the live bot only through the registry."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from scheduling_support import MakeBot, RecordingTarget, paused_scheduler
from support import FakeClock

from bot.scheduler import JOBSTORE_TABLE, catch_up_brief, poll_source, prune, registered, send_brief, start_up

TWO_DESTINATIONS = [
    {"name": "ops", "transport": "console", "schedule": "0 7 * * 1-5", "timezone": "Europe/Berlin"},
    {"name": "night", "transport": "console", "schedule": "30 22 * * *", "timezone": "America/New_York"},
]


def stored_ids(make_bot: MakeBot) -> set[str]:
    with make_bot().store.engine.connect() as connection:
        return set(connection.scalars(sa.text(f"select id from {JOBSTORE_TABLE}")))


def test_jobs_are_stored_as_references_with_coalescing_and_a_grace_window(make_bot: MakeBot, clock: FakeClock) -> None:
    clock.now = datetime(2024, 5, 3, 12, tzinfo=UTC)  # a Friday
    bot = make_bot(destinations=TWO_DESTINATIONS, scheduler={"misfire_grace_seconds": 600})
    scheduler = paused_scheduler(bot)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {"start-up", "ingest:local", "poll-added", "brief:ops", "brief:night", "retention"}
        brief = jobs["brief:ops"]
        assert (brief.func_ref, brief.args) == ("bot.scheduler:send_brief", ("ops",))
        assert (brief.coalesce, brief.misfire_grace_time, brief.max_instances) == (True, 600, 1)
        assert brief.next_run_time == datetime(2024, 5, 6, 5, tzinfo=UTC)  # Monday 07:00 in Berlin
        assert jobs["brief:night"].next_run_time == datetime(2024, 5, 4, 2, 30, tzinfo=UTC)  # 22:30 EDT
        assert jobs["ingest:local"].next_run_time == clock.now + timedelta(minutes=30)
        assert [jobs[i].func for i in ("ingest:local", "retention", "start-up")] == [poll_source, prune, start_up]
    finally:
        scheduler.shutdown(wait=False)
    assert stored_ids(make_bot) == {"start-up", "ingest:local", "poll-added", "brief:ops", "brief:night", "retention"}


def test_every_start_makes_the_job_store_match_the_configuration(
    make_bot: MakeBot, clock: FakeClock, tmp_path: Path
) -> None:
    paused_scheduler(make_bot(destinations=TWO_DESTINATIONS)).shutdown(wait=False)
    changed = make_bot(
        sources=[{"name": "wire", "location": str(tmp_path), "kind": "files", "interval_minutes": 5}],
        destinations=[{"name": "ops", "transport": "console", "schedule": "0 8 * * *", "timezone": "UTC"}],
        retention={"days": 0},
    )
    scheduler = paused_scheduler(changed)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {"start-up", "ingest:wire", "poll-added", "brief:ops"}  # gone: local, night, retention
        assert jobs["brief:ops"].next_run_time == datetime(2024, 5, 6, 8, tzinfo=UTC)  # the new schedule
        assert jobs["ingest:wire"].next_run_time == clock.now + timedelta(minutes=5)
    finally:
        scheduler.shutdown(wait=False)
    assert stored_ids(make_bot) == {"start-up", "ingest:wire", "poll-added", "brief:ops"}


def test_jobs_act_on_the_registered_bot_only_while_this_process_leads(caplog: pytest.LogCaptureFixture) -> None:
    target = RecordingTarget()
    send_brief("ops")  # nothing registered: a stray job does nothing
    leading = True
    with registered(target, lambda: leading):
        start_up()
        poll_source("wire")
        send_brief("ops")
        catch_up_brief("ops")
        prune()
        leading = False
        send_brief("ops")  # the lease was lost meanwhile: skipped
        with pytest.raises(RuntimeError), registered(RecordingTarget()):
            pass  # one bot per process
    assert target.calls == [("start_up",), ("poll", "wire"), ("brief", "ops"), ("catch_up", "ops"), ("prune",)]
    assert "no longer holds the scheduler lease" in caplog.text


def test_a_failing_job_is_logged_and_the_next_one_still_runs(caplog: pytest.LogCaptureFixture) -> None:
    failing = RecordingTarget(fail=True)
    with caplog.at_level(logging.ERROR), registered(failing):
        send_brief("ops")
        poll_source("wire")
    assert failing.calls == [("brief", "ops"), ("poll", "wire")]
    assert "job brief:ops failed" in caplog.text and "the database went away" in caplog.text
