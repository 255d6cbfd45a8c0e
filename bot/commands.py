"""The commands every front end offers (CLI, Slack slash commands, Matrix `!commands`): one implementation.

A front end turns its input into a CommandRequest and renders the Reply it gets back; nothing here knows
which front end asked. Look-ups only read the store; subscribe and unsubscribe (bot.subscribing) change
what a destination receives, summarize (bot.summarize) analyses one article on demand. In a chat, the
destination a command is about is the channel it came from (CommandRequest.channel); on the command line
it is named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.analyse.missions import merge_missions, mission_timeline
from bot.briefing import load_brief, subscriptions_of
from bot.command_args import UsageError
from bot.compose import BriefLimits
from bot.filters import FilterError, parse_filter
from bot.ingest.fetch import Fetcher
from bot.models import (
    CommandRequest,
    MissionSpec,
    MissionStatus,
    MissionTransition,
    Notice,
    QuotesResult,
    Reply,
    SourceHealth,
    SourcesResult,
    StatusResult,
    Subscription,
    WhoResult,
)
from bot.settings import Destination, SourceSettings
from bot.store import SourceState, Store
from bot.subscribing import Subscribing
from bot.summarize import Summarizer

USAGE = {
    "brief": "brief [TOPIC] [SINCE] — what is new since SINCE (e.g. 6h, 2d, 1w or 2024-05-01; default: the last "
             "day), only about TOPIC when given (words, \"phrases\", AND, OR, NOT)",
    "status": "status [MISSION] — the current status of every mission, or of one",
    "who": "who NAME — everything NAME said, newest first",
    "quotes": "quotes [QUERY] — recent quotes, optionally about QUERY or by a speaker",
    "sources": "sources [NAME] — every source's health: ok, failing since …, next poll; and who receives what",
    "subscribe": "subscribe [DESTINATION] URL_OR_SOURCE [mission:NAME] [person:NAME] [FILTER] — receive a source "
                 "(a name, a feed URL, or * for all), only what passes FILTER (words, \"phrases\", AND, OR, NOT, "
                 "-word, parentheses) and the topics; DESTINATION only on the command line, in a chat it is "
                 "the channel",
    "unsubscribe": "unsubscribe [DESTINATION] URL_OR_SOURCE — stop receiving a source added by subscribe",
    "summarize": "summarize URL_OR_TEXT — a mini-brief of one article, now (pasted text: first line is the "
                 "headline)",
    "help": "help — this list",
}
_DURATION = re.compile(r"^\s*(\d{1,4})\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime) -> datetime:
    """`6h`, `2d`, `1w`, `90m` ago, or an ISO date / date-time (UTC when no zone is given)."""
    match = _DURATION.match(text)
    if match:
        return now - timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{text!r} is not a time: use 6h, 2d, 1w or a date such as 2024-05-01") from None
    if len(text.strip()) == 10:
        parsed = datetime.combine(date.fromisoformat(text.strip()), time.min)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _topic_and_since(args: str, now: datetime) -> tuple[str, datetime | None]:
    """`iraq 2d` → ("iraq", two days ago); `2d` → ("", …); `iraq` → ("iraq", None): a time, if any, is last."""
    if not args:
        return "", None
    try:
        return "", parse_since(args, now)
    except UsageError:
        pass
    head, _, last = args.rpartition(" ")
    if head.strip():
        try:
            return head.strip(), parse_since(last, now)
        except UsageError:
            pass
    return args, None


def help_text() -> str:
    return "Commands:\n" + "\n".join(f"  {line}" for line in USAGE.values())


@dataclass
class CommandCore:
    store: Store
    clock: Callable[[], datetime]
    tracked: Sequence[MissionSpec] = ()
    limits: BriefLimits = BriefLimits()
    lookback: timedelta = timedelta(hours=24)
    max_results: int = 20
    sources: Sequence[SourceSettings] = ()
    """The configured sources; without any (and none added by command), `sources` lists every source the
    store knows."""
    destinations: Sequence[Destination] = ()
    fetcher: Fetcher | None = None
    """For subscribe and summarize with a URL; without it they answer that they cannot fetch."""

    def handle(self, request: CommandRequest) -> Reply:
        command = request.command.lower().lstrip("/!")
        args = request.args.strip()
        subscribing = Subscribing(self.store, self.clock, self.sources, self.destinations, self.fetcher)
        summarizer = Summarizer(self.clock, self.fetcher, self.tracked, self.limits)
        handlers: dict[str, Callable[[str, CommandRequest], Reply]] = {
            "brief": self._brief, "status": self._status, "who": self._who, "quotes": self._quotes,
            "sources": self._sources, "subscribe": subscribing.subscribe, "unsubscribe": subscribing.unsubscribe,
            "summarize": summarizer.summarize,
            "help": lambda _args, _request: Notice(text=help_text()),
        }
        handler = handlers.get(command)
        if handler is None:
            return Notice(text=f"Unknown command {command!r}.\n{help_text()}", is_error=True)
        try:
            return handler(args, request)
        except UsageError as error:
            return Notice(text=f"{error}\nUsage: {USAGE[command]}", is_error=True)

    def _brief(self, args: str, request: CommandRequest) -> Reply:
        now = self.clock()
        topic, since = _topic_and_since(args, now)
        destination = self._channel_destination(request)
        name = request.channel or request.transport
        subscriptions = None if destination is None else subscriptions_of(self.store, destination)
        if topic:
            try:
                parse_filter(topic)
            except FilterError as error:
                raise UsageError(f"{topic!r} is not a topic: {error}") from None
            subscriptions = [
                s.model_copy(update={"filter": f"({s.filter}) AND ({topic})" if s.filter else topic})
                for s in subscriptions or [Subscription(destination=name)]
            ]
        return load_brief(
            self.store, destination=name, window_start=since or now - self.lookback, window_end=now,
            subscriptions=subscriptions, tracked=self.tracked, limits=self.limits,
            title=f"News brief: {topic}" if topic else "News brief",
        )

    def _channel_destination(self, request: CommandRequest) -> Destination | None:
        """The configured destination a chat command came from, if its channel is one."""
        return next((d for d in self.destinations
                     if (d.transport, d.target) == (request.transport, request.channel)), None)

    def _status(self, args: str, _request: CommandRequest) -> Reply:
        facts = self.store.facts.mission_facts()
        missions = merge_missions(facts, self.tracked)
        if args:
            missions = [m for m in missions if _names_mission(args, m)]
            if not missions:
                return Notice(text=f"No mission matching {args!r} is known yet.")
        timeline: list[MissionTransition] = []
        if args and len(missions) == 1:
            timeline = [
                MissionTransition(on=step.on, status=step.status, previous_status=step.previous_status,
                                  evidence=step.evidence)
                for step in mission_timeline(facts, missions[0].mission, self.tracked)
            ]
        evidence_ids = {e.article_id for m in missions for e in m.evidence}
        evidence_ids.update(e.article_id for step in timeline for e in step.evidence)
        return StatusResult(
            query=args or None, missions=tuple(missions), timeline=tuple(timeline),
            articles=self.store.articles.refs(evidence_ids),
        )

    def _who(self, args: str, _request: CommandRequest) -> Reply:
        if not args:
            raise UsageError("Whom should I look up?")
        people, said = self.store.facts.said_by(args, limit=self.max_results)
        if not said:
            return Notice(text=f"No one matching {args!r} has been quoted yet.")
        return WhoResult(
            query=args, people=tuple(people), quotes=tuple(said),
            articles=self.store.articles.refs(q.article_id for q in said),
        )

    def _quotes(self, args: str, _request: CommandRequest) -> Reply:
        found = self.store.facts.search_quotes(args or None, limit=self.max_results)
        if not found:
            return Notice(text=f"No quotes about {args!r} yet." if args else "No quotes stored yet.")
        return QuotesResult(
            query=args or None, quotes=tuple(found), articles=self.store.articles.refs(q.article_id for q in found)
        )

    def _sources(self, args: str, request: CommandRequest) -> Reply:
        states = {state.name: state for state in self.store.sources.all()}
        configured = [(s.name, s.kind, s.location) for s in self.sources]
        added = self.store.subscriptions.command_sources([s.name for s in self.sources])
        listed = configured + [(c.name, c.kind, c.location) for c in added] or [
            (state.name, state.kind, state.location) for state in states.values()
        ]
        counts = self.store.articles.count_by_source()
        found = tuple(
            _health(name, kind, location, states.get(name), counts.get(name, 0))
            for name, kind, location in listed
            if args.lower() in name.lower()
        )
        if not found:
            return Notice(text=f"No source matching {args!r}." if args else "No sources are configured.")
        return SourcesResult(query=args or None, sources=found, subscriptions=self._subscriptions(args, request))

    def _subscriptions(self, query: str, request: CommandRequest) -> tuple[Subscription, ...]:
        """Who receives what: in a chat this channel's subscriptions, on the command line every destination's;
        with a query, those of matching sources (and of every source)."""
        channel = self._channel_destination(request)
        shown = [channel] if channel is not None else [] if request.transport != "cli" else self.destinations
        return tuple(
            s for destination in shown for s in subscriptions_of(self.store, destination)
            if s.source is None or query.lower() in s.source.lower()
        )


def _health(name: str, kind: str, location: str, state: SourceState | None, articles: int) -> SourceHealth:
    if state is None or state.last_polled_at is None:
        return SourceHealth(name=name, kind=kind, location=location, state="new", articles=articles)
    return SourceHealth(
        name=name, kind=kind, location=location, state="failing" if state.consecutive_failures else "ok",
        last_polled_at=state.last_polled_at, last_success_at=state.last_success_at,
        failing_since=state.failing_since, last_error=state.last_error,
        consecutive_failures=state.consecutive_failures, next_poll_at=state.next_poll_at,
        items_seen=state.items_seen, articles=articles,
    )


def _names_mission(query: str, mission: MissionStatus) -> bool:
    needle = query.lower()
    return any(needle in name.lower() for name in (mission.mission, *mission.aliases))
