"""The composition root: the one place that reads settings and wires store, ingest, analysis, rendering,
transports, pipeline, commands and scheduler together. Nothing but the CLI imports it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TextIO

from bot.commands import USAGE, CommandCore
from bot.compose import BriefLimits
from bot.cron import Schedule
from bot.ingest.fetch import Fetcher
from bot.ingest.poll import Polled, Validators, poll
from bot.models import CommandRequest, MessageFormat, Notice
from bot.pipeline import IngestReport, Pipeline
from bot.realtime import Realtime
from bot.render import Renderer, RenderError
from bot.scheduler import run_scheduler
from bot.settings import ConfigError, Destination, Settings, SlackSettings, SourceSettings
from bot.store import MatrixSessionRepository, Store, open_store
from bot.transports.base import CommandAnswer, CommandHandler, FrontEnd, Transport
from bot.transports.console import ConsoleTransport
from bot.transports.matrix import matrix_front_end, matrix_transport
from bot.transports.slack import SlackSender, slack_client, slack_front_end

log = logging.getLogger(__name__)


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
    realtime: Realtime
    clock: Callable[[], datetime]

    def close(self) -> None:
        for transport in self.transports.values():
            transport.close()
        self.fetcher.close()
        self.store.close()


def source_collector(
    fetcher: Fetcher, clock: Callable[[], datetime]
) -> Callable[[SourceSettings, Validators], Polled]:
    """How the pipeline polls a configured source: conditional GET with the validators it kept."""

    def poll_source(source: SourceSettings, validators: Validators) -> Polled:
        return poll(source.location, source=source.name, kind=source.kind, fetcher=fetcher,
                    validators=validators, now=clock)

    return poll_source


def build_transports(
    settings: Settings, stdout: TextIO | None, sessions: MatrixSessionRepository | None = None
) -> dict[str, Transport]:
    """Only the transports some destination uses (and Matrix whenever a homeserver is set, for commands);
    each checks its own settings. Without `sessions` (check-config) Matrix is checked but not built."""
    wanted = {destination.transport for destination in settings.destinations}
    transports: dict[str, Transport] = {"console": ConsoleTransport(stdout)}
    problems = matrix_problems(settings)
    if problems:
        raise ConfigError(problems)
    if "slack" in wanted:
        transports["slack"] = slack_transport(settings.slack)
    if settings.matrix.homeserver and sessions is not None:
        transports["matrix"] = matrix_transport(settings.matrix, sessions)
    missing = sorted(wanted - transports.keys() - ({"matrix"} if settings.matrix.homeserver else set()))
    if missing:
        raise ConfigError([
            f"destinations: the {name} transport is not available in this version of briefbot; "
            "use a console destination" for name in missing
        ])
    return transports


def slack_transport(settings: SlackSettings) -> Transport:
    if settings.bot_token is None:
        raise ConfigError(["destinations: a slack destination needs the bot token: set BRIEFBOT_SLACK__BOT_TOKEN "
                           "(the app's Bot User OAuth Token, xoxb-…)"])
    return SlackSender(slack_client(settings))


def answering(bot: BriefBot, fmt: MessageFormat) -> CommandHandler:
    """How a chat front end runs a command: the command core, rendered in the front end's format; help and
    errors are for the asker only."""

    def handle(request: CommandRequest) -> CommandAnswer:
        reply = bot.commands.handle(request)
        private = isinstance(reply, Notice) and (reply.is_error or request.command.lower() == "help")
        return CommandAnswer(message=bot.renderer.render(reply, fmt), private=private)

    return handle


def build_front_ends(settings: Settings, bot: BriefBot) -> list[FrontEnd]:
    """What `briefbot serve` listens on besides the scheduler: Slack when a bot token is set (Socket Mode
    with an app token, HTTP otherwise), Matrix when a homeserver is set. Raises FrontEndError when one cannot
    be built (a refused token)."""
    front_ends: list[FrontEnd] = []
    if settings.slack.bot_token is not None:
        front_ends.append(slack_front_end(settings.slack, answering(bot, "slack")))
    matrix = build_matrix_front_end(settings, bot)
    if matrix is not None:
        front_ends.append(matrix)
    return front_ends


def matrix_problems(settings: Settings) -> list[str]:
    """What stops the Matrix transport from logging in, said before anything starts."""
    matrix = settings.matrix
    uses_matrix = any(d.transport == "matrix" for d in settings.destinations)
    if not matrix.homeserver:
        return ["matrix.homeserver: set it to post to the matrix destinations"] if uses_matrix else []
    if matrix.access_token is None and (matrix.password is None or not matrix.user_id):
        return ["matrix: set BRIEFBOT_MATRIX__ACCESS_TOKEN, or matrix.user_id and BRIEFBOT_MATRIX__PASSWORD "
                "(the password is used once; the token it gives is kept in the database)"]
    return []


def build_matrix_front_end(settings: Settings, bot: BriefBot) -> FrontEnd | None:
    """The Matrix sync loop answering `!commands` with the command core, when a homeserver is set."""
    transport = bot.transports.get("matrix")
    if not settings.matrix.homeserver or transport is None:
        return None

    handle = answering(bot, "matrix")
    return matrix_front_end(transport, lambda request: handle(request).message, frozenset(USAGE))


def build_renderer(settings: Settings) -> Renderer:
    """The renderer, with the operator's template overrides compiled now so a broken one fails at start."""
    try:
        return Renderer(settings.templates_dir)
    except RenderError as error:
        raise ConfigError([f"templates_dir: {error}"]) from None


def bootstrap(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now, stdout: TextIO | None = None
) -> BriefBot:
    build_transports(settings, stdout)  # configuration problems first, before the database is opened
    renderer = build_renderer(settings)
    store = open_store(settings.database.url)
    transports = build_transports(settings, stdout, store.matrix_sessions)
    fetcher = Fetcher(settings.fetch)
    limits = BriefLimits(
        max_developments=settings.brief.max_developments, max_quotes=settings.brief.max_quotes,
        max_missions=settings.brief.max_missions,
    )
    lookback = timedelta(hours=settings.brief.lookback_hours)
    pipeline = Pipeline(
        store=store, collect=source_collector(fetcher, clock), render=renderer.render, transports=transports,
        clock=clock, tracked=settings.missions, limits=limits, lookback=lookback,
        cluster_window=timedelta(days=settings.brief.cluster_window_days), destinations=settings.destinations,
    )
    commands = CommandCore(store=store, clock=clock, tracked=settings.missions, limits=limits, lookback=lookback,
                           sources=settings.sources, destinations=settings.destinations, fetcher=fetcher)
    realtime = Realtime(store=store, render=renderer.render, transports=transports, clock=clock,
                        destinations=settings.destinations, tracked=settings.missions)
    store.subscriptions.sync_config({d.name: d.declared_subscriptions() for d in settings.destinations}, clock())
    return BriefBot(
        settings=settings, store=store, fetcher=fetcher, renderer=renderer, transports=transports,
        pipeline=pipeline, commands=commands, realtime=realtime, clock=clock,
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
_analysing = threading.Lock()
"""One analysis pass at a time: the scheduler polls sources in parallel, and two passes over the same
unanalysed articles would file them into stories twice."""


def polled_sources(bot: BriefBot) -> list[SourceSettings]:
    """The configured sources, then the sources added by subscribe (polled with a feed's defaults) for as
    long as a subscription names them."""
    configured = list(bot.settings.sources)
    added = bot.store.subscriptions.command_sources([s.name for s in configured])
    return configured + [
        SourceSettings.model_validate({"name": a.name, "location": a.location, "kind": a.kind}) for a in added
    ]


def ingest_and_analyse(
    bot: BriefBot, sources: list[SourceSettings] | None = None, *, force: bool = False
) -> IngestReport:
    """Poll the sources that are due (every one with `force`), analyse what is new or edited, and post it
    to the realtime destinations."""
    report = bot.pipeline.ingest(sources if sources is not None else polled_sources(bot), force=force)
    analyse_and_post(bot, report)
    return report


def analyse_and_post(bot: BriefBot, report: IngestReport) -> int:
    """Analyse what is new, then post it to the realtime destinations (a failed post is added to `report`);
    returns how many articles were analysed."""
    with _analysing:
        analysed = bot.pipeline.analyse_pending()
        report.failures.extend(bot.realtime.post_new())
    return analysed


def scheduled_slot(destination: Destination, now: datetime) -> str:
    """The schedule slot `now` belongs to: the destination's latest fire time at or before `now`, however
    long ago (a catch-up after a long outage belongs to the slot it catches up). Two runs of the same slot
    (a retry, a catch-up, a second process) claim the same delivery row, so only one of them sends."""
    schedule = Schedule(destination.schedule, destination.timezone)
    return schedule.slot(schedule.latest(now) or now)


def run_once(bot: BriefBot) -> IngestReport:
    """One full cycle now: ingest every source, analyse, send every destination its brief, and prune what
    is past retention (so a bot run from the system's cron does not grow for ever either)."""
    report = ingest_and_analyse(bot, force=True)
    slot = f"once:{bot.clock().isoformat(timespec='seconds')}"
    for destination in bot.settings.destinations:
        receipt = bot.pipeline.deliver(destination, slot, force=True)
        if receipt is not None and not receipt.ok:
            report.failures.append(f"{destination.name}: {receipt.error}")
    ScheduledJobs(bot).prune()
    return report


@dataclass
class ScheduledJobs:
    """What the scheduler's jobs do (bot.scheduler.JobTarget). The job store keeps only names; they are
    looked up in the settings here, so a stored job of something no longer configured does nothing."""

    bot: BriefBot

    def start_up(self) -> None:
        """The leader's first job: poll what is due, then catch up missed briefs (after the poll, so a
        catch-up includes what was published while no process ran), then prune."""
        ingest_and_analyse(self.bot)
        for destination in self.bot.settings.destinations:
            self.catch_up(destination.name)
        self.prune()

    def poll(self, source: str) -> None:
        found = [s for s in self.bot.settings.sources if s.name == source]
        if found:
            ingest_and_analyse(self.bot, found)

    def poll_added(self) -> None:
        """The sources added by subscribe that are due; analysis only when one of them was polled."""
        added = polled_sources(self.bot)[len(self.bot.settings.sources):]
        report = self.bot.pipeline.ingest(added)
        if len(report.not_due) < len(added):
            analyse_and_post(self.bot, report)

    def brief(self, destination: str) -> None:
        for found in self._destinations(destination):
            self._deliver(found, scheduled_slot(found, self.bot.clock()))

    def catch_up(self, destination: str) -> None:
        """One brief for the latest slot missed, if any (bot.cron.Schedule.catch_up says which)."""
        policy = self.bot.settings.scheduler
        for found in self._destinations(destination):
            schedule = Schedule(found.schedule, found.timezone)
            last_run = self.bot.pipeline.last_brief_run(found)
            fire = schedule.catch_up(last_run=last_run, now=self.bot.clock(), grace=policy.grace)
            if fire is None:
                continue
            if not policy.catch_up:
                log.info("brief %s missed its %s slot; not caught up (scheduler.catch_up is off)", found.name, fire)
                continue
            log.info("brief %s missed its %s slot: sending one catch-up brief", found.name, fire)
            self._deliver(found, schedule.slot(fire))

    def prune(self) -> None:
        days = self.bot.settings.retention.days
        if days:
            self.bot.pipeline.prune(timedelta(days=days), [s.name for s in polled_sources(self.bot)])

    def _deliver(self, destination: Destination, slot: str) -> None:
        receipt = self.bot.pipeline.deliver(destination, slot)
        if receipt is not None and receipt.ok:
            log.info("brief %s sent (%s)", destination.name, slot)

    def _destinations(self, name: str) -> list[Destination]:
        return [d for d in self.bot.settings.destinations if d.name == name]


def run_forever(bot: BriefBot, stop: threading.Event | None = None) -> None:
    """Poll sources on their intervals and send briefs on their schedules until Ctrl-C, SIGTERM or `stop`.
    With several processes on one database one leads and the others stand by (bot.scheduler)."""
    run_scheduler(bot.store, bot.settings, ScheduledJobs(bot), clock=bot.clock, stop=stop)
