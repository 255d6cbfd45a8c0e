"""`briefbot run`: APScheduler 3 with its jobs in the bot's own database, run by one process at a time.

The job store (APScheduler's table `apscheduler_jobs`) keeps only references that survive a restart and
a code upgrade: module-level functions below, with a source or destination *name* as their argument. A
job looks the live objects up through the one target registered in this process, so nothing in the
store pickles a connection, a transport or a lambda.

On every start (and on every take-over by another process) the job store is made to match the
configuration: each job is added or replaced, the jobs of sources and destinations no longer configured
are removed. Jobs coalesce (runs missed back to back become one), and a job that fires late still runs
within the grace window; a brief missed by more, or while no process ran, is caught up once by the
target (see `Schedule.catch_up`), never once per missed slot.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from types import FrameType
from typing import Any, Protocol

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.cron import Schedule
from bot.leader import Leadership
from bot.settings import Settings
from bot.store import Store

log = logging.getLogger(__name__)
JOBSTORE_TABLE = "apscheduler_jobs"
START_UP = "start-up"
RETENTION = "retention"
POLL_ADDED = "poll-added"
POLL_ADDED_EVERY = timedelta(minutes=5)
"""How often the sources added by subscribe (at run time, from any process) are checked: each is polled
when its own interval (or backoff) says it is due."""


class JobTarget(Protocol):
    """What the jobs do, given names; the composition root implements it over the live bot."""

    def start_up(self) -> None: ...

    def poll(self, source: str) -> None: ...

    def poll_added(self) -> None: ...

    def brief(self, destination: str) -> None: ...

    def catch_up(self, destination: str) -> None: ...

    def prune(self) -> None: ...


@dataclass(frozen=True)
class _Registration:
    target: JobTarget
    may_run: Callable[[], bool]


_registered: _Registration | None = None
_registry_lock = threading.Lock()


@contextmanager
def registered(target: JobTarget, may_run: Callable[[], bool] = lambda: True) -> Iterator[None]:
    """Make `target` what this process's jobs act on. `may_run` is asked before every job: a process
    that lost the leader lease must not act on a job its scheduler had already picked up."""
    global _registered  # noqa: PLW0603 - the one place the job functions can reach the live bot
    with _registry_lock:
        if _registered is not None:
            raise RuntimeError("a scheduler is already running in this process")
        _registered = _Registration(target, may_run)
    try:
        yield
    finally:
        with _registry_lock:
            _registered = None


def _dispatch(job: str, action: Callable[[JobTarget], None]) -> None:
    """Run one job on the registered target; a failure is logged, never raised, so the loop goes on."""
    registration = _registered
    if registration is None:
        log.warning("job %s fired with no bot registered in this process; skipped", job)
        return
    if not registration.may_run():
        log.warning("job %s skipped: this process no longer holds the scheduler lease", job)
        return
    try:
        action(registration.target)
    except Exception:
        log.exception("job %s failed", job)


# The jobs the job store refers to. Renaming one orphans the stored jobs that name it (APScheduler drops
# them with an error on the next start), so these names are part of the stored format.
def start_up() -> None:
    _dispatch(START_UP, lambda target: target.start_up())


def poll_source(source: str) -> None:
    _dispatch(f"ingest:{source}", lambda target: target.poll(source))


def poll_added_sources() -> None:
    _dispatch(POLL_ADDED, lambda target: target.poll_added())


def send_brief(destination: str) -> None:
    _dispatch(f"brief:{destination}", lambda target: target.brief(destination))


def catch_up_brief(destination: str) -> None:
    _dispatch(f"catch-up:{destination}", lambda target: target.catch_up(destination))


def prune() -> None:
    _dispatch(RETENTION, lambda target: target.prune())


# ------------------------------------------------------------------------------------- the job store
def sync_jobs(scheduler: BackgroundScheduler, settings: Settings, now: datetime) -> list[str]:
    """Make the job store hold exactly the configured jobs, first run times counted from `now`; returns
    their ids. The start-up job runs at once and polls every source that is due, so each source's own
    interval job first fires one interval later. Sources added by subscribe have no job of their own (they
    come and go while the bot runs): one job polls those that are due every POLL_ADDED_EVERY."""
    scheduler.add_job(start_up, DateTrigger(run_date=now, timezone=UTC), id=START_UP, name=START_UP,
                      replace_existing=True)
    wanted = [START_UP]
    for source in settings.sources:
        job = scheduler.add_job(
            poll_source, IntervalTrigger(seconds=source.interval.total_seconds(), start_date=now, timezone=UTC),
            args=[source.name], id=f"ingest:{source.name}", name=f"poll {source.name}", replace_existing=True,
            next_run_time=now + source.interval,
        )
        wanted.append(job.id)
    scheduler.add_job(
        poll_added_sources, IntervalTrigger(seconds=POLL_ADDED_EVERY.total_seconds(), start_date=now, timezone=UTC),
        id=POLL_ADDED, name="poll sources added by subscribe", replace_existing=True,
        next_run_time=now + POLL_ADDED_EVERY,
    )
    wanted.append(POLL_ADDED)
    for destination in settings.destinations:
        schedule = Schedule(destination.schedule, destination.timezone)
        job = scheduler.add_job(
            send_brief, schedule.trigger, args=[destination.name], id=f"brief:{destination.name}",
            name=f"brief {destination.name}", replace_existing=True, next_run_time=schedule.next_after(now),
        )
        wanted.append(job.id)
    if settings.retention.days:
        daily = Schedule(settings.retention.schedule, "UTC")
        scheduler.add_job(prune, daily.trigger, id=RETENTION, name=RETENTION, replace_existing=True,
                          next_run_time=daily.next_after(now))
        wanted.append(RETENTION)
    for stored in scheduler.get_jobs():
        if stored.id not in wanted:
            log.info("removing job %s: no longer configured", stored.id)
            scheduler.remove_job(stored.id)
    return wanted


class _Scheduler(BackgroundScheduler):  # type: ignore[misc]
    """APScheduler 3's loop looks for due jobs once more after `shutdown`: a job due at that moment would be
    handed to the stopped executor (an error with a traceback) and its next run time moved on unrun."""

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        wait_seconds: float | None = super()._process_jobs()
        return wait_seconds


def build_scheduler(engine: Engine, settings: Settings) -> BackgroundScheduler:
    job_defaults = {"coalesce": True, "max_instances": 1,
                    "misfire_grace_time": settings.scheduler.misfire_grace_seconds}
    scheduler = _Scheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOBSTORE_TABLE)},
        job_defaults=job_defaults, timezone=UTC,
    )
    scheduler.add_listener(partial(catch_up_when_missed, scheduler), EVENT_JOB_MISSED)
    return scheduler


def catch_up_when_missed(scheduler: BackgroundScheduler, event: JobExecutionEvent) -> None:
    """A brief that fired later than the grace window (the process was stalled or suspended) is not
    dropped: it gets the same one-time catch-up as a brief missed while the bot was down."""
    if event.job_id.startswith("brief:"):
        destination = event.job_id.removeprefix("brief:")
        scheduler.add_job(catch_up_brief, args=[destination], id=f"catch-up:{destination}",
                          name=f"catch up {destination}", replace_existing=True)


def start_scheduler(engine: Engine, settings: Settings, now: datetime) -> BackgroundScheduler:
    """A running scheduler whose job store matches `settings`: started paused, so no stale job fires
    before the store is brought up to date."""
    scheduler = build_scheduler(engine, settings)
    scheduler.start(paused=True)
    try:
        jobs = sync_jobs(scheduler, settings, now)
    except BaseException:
        scheduler.shutdown(wait=False)
        raise
    scheduler.resume()
    log.info("scheduler started with %d jobs in table %s", len(jobs), JOBSTORE_TABLE)
    return scheduler


# ---------------------------------------------------------------------------------- leading and waiting
def run_scheduler(
    store: Store, settings: Settings, target: JobTarget, *, clock: Callable[[], datetime],
    stop: threading.Event | None = None,
) -> None:
    """Until `stop` is set (or SIGINT / SIGTERM arrive): lead when this process holds the scheduler lease,
    stand by while another does. The lease is released on the way out, so a standby takes over at once."""
    stop = stop or threading.Event()
    if not log.isEnabledFor(logging.DEBUG):  # a line per job run (500 feeds...) only when asked for detail
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    leadership = Leadership(store.leases, clock, settings.scheduler.lease)
    log.info("briefbot running as %s: %d sources, %d destinations", leadership.holder, len(settings.sources),
             len(settings.destinations))
    with _stopping_on_signals(stop), registered(target, leadership.held):
        try:
            waiting = False
            while not stop.is_set():
                if leadership.acquire():
                    waiting = False
                    try:
                        _lead(store.engine, settings, leadership, stop)
                    except SQLAlchemyError as error:  # the database went away while leading: try again
                        log.warning("scheduler stopped by a database error, retrying: %s", error)
                        leadership.release()
                        stop.wait(leadership.renew_every.total_seconds())
                    continue
                if not waiting:
                    log.info("standing by: %s runs the scheduler", leadership.current_holder() or "another process")
                    waiting = True
                stop.wait(leadership.renew_every.total_seconds())
        finally:
            leadership.release()
            log.info("stopped")


def _lead(engine: Engine, settings: Settings, leadership: Leadership, stop: threading.Event) -> None:
    log.info("this process runs the scheduler")
    scheduler = start_scheduler(engine, settings, leadership.clock())
    try:
        while not stop.wait(leadership.renew_every.total_seconds()):
            if not leadership.renew():
                log.warning("lost the scheduler lease: another process leads now; standing by")
                return
    finally:
        scheduler.shutdown(wait=True)


@contextmanager
def _stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C and SIGTERM set `stop`, so the running jobs finish and the lease is released."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        log.info("stopping (%s)", signal.Signals(signum).name)
        stop.set()

    previous: dict[signal.Signals, Any] = {
        signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
