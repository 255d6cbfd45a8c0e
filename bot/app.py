"""The composition root: the one place that reads settings and wires store, ingest, analysis, rendering,
transports, pipeline, commands and scheduler together. Nothing but the CLI imports it."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from types import FrameType
from typing import TextIO

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.commands import CommandCore
from bot.compose import BriefLimits
from bot.ingest.collect import Collected, collect_detailed
from bot.ingest.fetch import Fetcher
from bot.pipeline import IngestReport, Pipeline
from bot.render import Renderer, RenderError
from bot.settings import ConfigError, Destination, Settings, SourceSettings
from bot.store import Store, open_store
from bot.transports.base import Transport
from bot.transports.console import ConsoleTransport

log = logging.getLogger(__name__)
# A brief due while the process was stalled (or asleep) still goes out if it is at most this late.
MISFIRE_GRACE = timedelta(minutes=15)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class BriefBot:
    settings: Settings
    store: Store
    fetcher: Fetcher
    renderer: Renderer
    transports: Mapping[str, Transport]
    pipeline: Pipeline
    commands: CommandCore
    clock: Callable[[], datetime]

    def close(self) -> None:
        for transport in self.transports.values():
            transport.close()
        self.fetcher.close()
        self.store.close()


def source_collector(fetcher: Fetcher, clock: Callable[[], datetime]) -> Callable[[SourceSettings], Collected]:
    def collect_source(source: SourceSettings) -> Collected:
        return collect_detailed(source.location, source=source.name, kind=source.kind, fetcher=fetcher, now=clock)

    return collect_source


def build_transports(settings: Settings, stdout: TextIO | None) -> dict[str, Transport]:
    """Only the transports some destination uses; each checks its own settings."""
    wanted = {destination.transport for destination in settings.destinations}
    transports: dict[str, Transport] = {"console": ConsoleTransport(stdout)}
    missing = sorted(wanted - transports.keys())
    if missing:
        raise ConfigError([
            f"destinations: the {name} transport is not available in this version of briefbot; "
            "use a console destination" for name in missing
        ])
    return transports


def build_renderer(settings: Settings) -> Renderer:
    """The renderer, with the operator's template overrides compiled now so a broken one fails at start."""
    try:
        return Renderer(settings.templates_dir)
    except RenderError as error:
        raise ConfigError([f"templates_dir: {error}"]) from None


def bootstrap(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now, stdout: TextIO | None = None
) -> BriefBot:
    transports = build_transports(settings, stdout)
    renderer = build_renderer(settings)
    store = open_store(settings.database.url)
    fetcher = Fetcher(settings.fetch)
    limits = BriefLimits(
        max_developments=settings.brief.max_developments, max_quotes=settings.brief.max_quotes,
        max_missions=settings.brief.max_missions,
    )
    lookback = timedelta(hours=settings.brief.lookback_hours)
    pipeline = Pipeline(
        store=store, collect=source_collector(fetcher, clock), render=renderer.render, transports=transports,
        clock=clock, tracked=settings.missions, limits=limits, lookback=lookback,
        cluster_window=timedelta(days=settings.brief.cluster_window_days),
    )
    commands = CommandCore(store=store, clock=clock, tracked=settings.missions, limits=limits, lookback=lookback)
    return BriefBot(
        settings=settings, store=store, fetcher=fetcher, renderer=renderer, transports=transports,
        pipeline=pipeline, commands=commands, clock=clock,
    )


@contextmanager
def running(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now, stdout: TextIO | None = None
) -> Iterator[BriefBot]:
    bot = bootstrap(settings, clock=clock, stdout=stdout)
    try:
        yield bot
    finally:
        bot.close()


# ------------------------------------------------------------------------------------------- the jobs
def ingest_and_analyse(bot: BriefBot, sources: list[SourceSettings] | None = None) -> IngestReport:
    report = bot.pipeline.ingest(sources if sources is not None else list(bot.settings.sources))
    bot.pipeline.analyse_pending()
    return report


def scheduled_slot(destination: Destination, now: datetime) -> str:
    """The schedule slot `now` belongs to: the destination's latest cron fire time at or before now.

    The scheduler runs a brief at most MISFIRE_GRACE late, so only that stretch is searched. Two runs of the
    same slot (a retry, a second process) claim the same delivery row, so only one of them sends.
    """
    trigger = CronTrigger.from_crontab(destination.schedule, timezone=destination.timezone)
    latest = now.replace(second=0, microsecond=0)
    fire: datetime | None = trigger.get_next_fire_time(None, now - MISFIRE_GRACE - timedelta(minutes=1))
    while fire is not None and fire <= now:
        latest = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return f"cron:{latest.astimezone(UTC).isoformat(timespec='minutes')}"


def run_once(bot: BriefBot) -> IngestReport:
    """One full cycle now: ingest every source, analyse, and send every destination its brief."""
    report = ingest_and_analyse(bot)
    slot = f"once:{bot.clock().isoformat(timespec='seconds')}"
    for destination in bot.settings.destinations:
        receipt = bot.pipeline.deliver(destination, slot, force=True)
        if receipt is not None and not receipt.ok:
            report.failures.append(f"{destination.name}: {receipt.error}")
    return report


def deliver_scheduled(bot: BriefBot, destination: Destination) -> None:
    bot.pipeline.deliver(destination, scheduled_slot(destination, bot.clock()))


def run_forever(bot: BriefBot, stop: threading.Event | None = None) -> None:
    """Poll sources on their intervals and send briefs on their schedules until Ctrl-C or SIGTERM."""
    job_defaults = {"coalesce": True, "max_instances": 1, "misfire_grace_time": int(MISFIRE_GRACE.total_seconds())}
    scheduler = BlockingScheduler(timezone=UTC, job_defaults=job_defaults)
    for source in bot.settings.sources:
        scheduler.add_job(
            _logged(partial(ingest_and_analyse, bot, [source]), f"ingest {source.name}"),
            IntervalTrigger(minutes=source.interval_minutes, timezone=UTC),
            id=f"ingest:{source.name}", next_run_time=bot.clock(),
        )
    for destination in bot.settings.destinations:
        scheduler.add_job(
            _logged(partial(deliver_scheduled, bot, destination), f"brief {destination.name}"),
            CronTrigger.from_crontab(destination.schedule, timezone=destination.timezone),
            id=f"brief:{destination.name}",
        )

    def shut_down(_signum: int, _frame: FrameType | None) -> None:
        scheduler.shutdown(wait=False)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, shut_down)
    if stop is not None:
        threading.Thread(target=lambda: (stop.wait(), scheduler.shutdown(wait=False)), daemon=True).start()
    log.info("briefbot running: %d sources, %d destinations", len(bot.settings.sources),
             len(bot.settings.destinations))
    try:
        scheduler.start()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=True)


def _logged(job: Callable[[], object], name: str) -> Callable[[], None]:
    """Jobs log their own errors so one failure never stops the scheduler loop."""

    def run() -> None:
        try:
            job()
        except Exception:
            log.exception("job %s failed", name)

    return run
