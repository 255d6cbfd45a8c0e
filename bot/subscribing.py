"""The subscribe and unsubscribe commands: what a destination receives, changed from a chat or the CLI.

    subscribe   [DESTINATION] URL_OR_SOURCE [mission:NAME] [person:NAME] [FILTER]
    unsubscribe [DESTINATION] URL_OR_SOURCE

DESTINATION is named on the command line only; in Slack or Matrix it is the channel or room the command
was typed in (the destination whose target it is), so nobody changes another channel's subscriptions.
URL_OR_SOURCE is a source's name, a feed URL, or `*` for every source. A URL that is no source yet is
fetched once through the SSRF-guarded fetcher (a refused or unreadable URL is refused with the reason)
and becomes a source of its own, polled for as long as a subscription names it. The configuration wins:
what it declares for a destination cannot be changed or removed by a command.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.command_args import UsageError, take_prefixed, take_word
from bot.filters import FilterError, parse_filter
from bot.ingest.collect import check_url, is_url
from bot.ingest.errors import FetchError, SourceError
from bot.ingest.fetch import Fetcher
from bot.ingest.normalise import canonical_url
from bot.ingest.poll import poll
from bot.models import CommandRequest, Notice, Reply, Subscription, SubscriptionChange, Topics
from bot.settings import Destination, SourceSettings
from bot.store import Store

EVERY_SOURCE = frozenset({"*", "all"})
_NEW_SOURCE = SourceSettings(name="new", location="new", kind="feed")
"""The settings a source added by command is polled with (bot.app builds them from the store)."""


@dataclass(frozen=True, slots=True)
class _Source:
    name: str | None
    """None: every source."""
    location: str | None = None
    kind: str = _NEW_SOURCE.kind
    polled: bool = True
    """False for a URL (or a stored source) that no configuration or subscription polls yet."""


@dataclass
class Subscribing:
    store: Store
    clock: Callable[[], datetime]
    sources: Sequence[SourceSettings] = ()
    destinations: Sequence[Destination] = ()
    fetcher: Fetcher | None = None

    def destination_for(self, args: str, request: CommandRequest) -> tuple[Destination, str]:
        """The destination a command is about, and the rest of its arguments: in a chat the destination of
        the channel it came from, on the command line the one it names first."""
        if request.transport != "cli" and request.channel:
            for destination in self.destinations:
                if (destination.transport, destination.target) == (request.transport, request.channel):
                    return destination, args
            raise UsageError("This channel is no briefbot destination: the configuration must name it first.")
        name, rest = take_word(args)
        if not name:
            raise UsageError("Which destination?")
        for destination in self.destinations:
            if destination.name == name:
                return destination, rest
        known = ", ".join(d.name for d in self.destinations) or "none is configured"
        raise UsageError(f"No destination named {name!r} (destinations: {known}).")

    def subscribe(self, args: str, request: CommandRequest) -> Reply:
        destination, rest = self.destination_for(args, request)
        word, rest = take_word(rest)
        if not word:
            raise UsageError("Subscribe to what? Give a source's name, a feed URL, or * for every source.")
        topics, filter_text = _topics_and_filter(rest)
        source = self._resolve(word)
        if _declared(destination, source.name):
            return _config_wins(destination, source.name)
        note = None
        if not source.polled:
            probed = self._probe(source)
            if isinstance(probed, Notice):
                return probed
            note = probed
        subscription = Subscription(
            destination=destination.name, source=source.name, filter=filter_text, topics=topics, origin="command",
            created_by=request.user or request.transport, created_at=self.clock(),
        )
        if source.name is not None and not source.polled and source.location is not None:
            self.store.sources.sync(source.name, source.kind, source.location, self.clock())
        outcome = self.store.subscriptions.subscribe(subscription, self.clock())
        if outcome == "config":  # the configuration changed under a process started with an older one
            return _config_wins(destination, source.name)
        if _receives_everything(destination):
            note = " ".join(filter(None, [note, f"({destination.name} already receives every source, unfiltered, "
                                                 "by its configuration.)"]))
        return SubscriptionChange(action=outcome, subscription=subscription, location=source.location,
                                  new_source=not source.polled and source.name is not None, note=note)

    def unsubscribe(self, args: str, request: CommandRequest) -> Reply:
        destination, rest = self.destination_for(args, request)
        word, rest = take_word(rest)
        if not word or rest:
            raise UsageError("Unsubscribe from what? Give one source's name, its feed URL, or *.")
        source = self._resolve(word)
        if _declared(destination, source.name):
            return _config_wins(destination, source.name)
        removed = self.store.subscriptions.get(destination.name, source.name)
        outcome = self.store.subscriptions.unsubscribe(destination.name, source.name)
        if outcome == "config":
            return _config_wins(destination, source.name)
        if outcome == "missing" or removed is None:
            shown = "every source" if source.name is None else source.name
            hint = " (it receives every source by its configuration)" if _receives_everything(destination) else ""
            return Notice(text=f"{destination.name} has no subscription to {shown} to remove{hint}.")
        note = None
        if source.name is not None and source.name not in self._polled_names():
            note = f"Nothing subscribes to {source.name} any more: it is no longer polled."
        return SubscriptionChange(action="unsubscribed", subscription=removed, location=source.location, note=note)

    # --------------------------------------------------------------------------------------- sources
    def _polled_names(self) -> set[str]:
        configured = [s.name for s in self.sources]
        return set(configured) | {c.name for c in self.store.subscriptions.command_sources(configured)}

    def _resolve(self, word: str) -> _Source:
        """A source by name or by location (compared as canonical URLs), `*` for all, or a new URL."""
        if word.lower() in EVERY_SOURCE:
            return _Source(None)
        polled = self._polled_names()
        known: dict[str, tuple[str, str]] = {s.name: (s.location, s.kind) for s in self.sources}
        for state in self.store.sources.all():
            known.setdefault(state.name, (state.location, state.kind))
        if word in known:
            return _Source(word, *known[word], polled=word in polled)
        if not is_url(word):
            raise UsageError(f"No source named {word!r}: give a source's name, a feed URL (http or https), or *.")
        wanted = _canonical(word)
        for name, (location, kind) in known.items():
            if is_url(location) and _canonical(location) == wanted:
                return _Source(name, location, kind, polled=name in polled)
        return _Source(_new_name(word, set(known)), word, polled=False)

    def _probe(self, source: _Source) -> str | Notice:
        """Fetch a source about to be polled once, through the guard: a note on what it is, or the refusal."""
        location = source.location or ""
        if not is_url(location):
            return "It is polled from now on."
        if self.fetcher is None:
            return Notice(text="Subscribing to a new URL needs the fetcher, which is not available here.",
                          is_error=True)
        try:
            check_url(location, "feed")
            polled = poll(location, source=source.name, kind="feed", fetcher=self.fetcher, now=self.clock)
        except SourceError as error:
            hint = (" (briefbot fetches only public addresses; an operator can allow a network with "
                    "fetch.allow_private)") if isinstance(error, FetchError) and "refused:" in str(error) else ""
            return Notice(text=f"Cannot subscribe: {error}{hint}", is_error=True)
        every = f"every {_NEW_SOURCE.interval_minutes} minutes"
        if polled.origin == "page":
            return (f"It is a page that advertises no feed: the page itself is tracked (checked {every}) and "
                    "posted again when it changes.")
        return (f"A feed with {len(polled.articles)} items; it is polled {every}, and its first poll announces only "
                f"its {_NEW_SOURCE.first_poll_limit} newest.")


def _topics_and_filter(text: str) -> tuple[Topics, str | None]:
    missions: list[str] = []
    people: list[str] = []
    while (found := take_prefixed(text, ("mission", "person"))) is not None:
        kind, value, text = found
        (missions if kind == "mission" else people).append(value)
    filter_text = text.strip() or None
    if filter_text is not None:
        try:
            parse_filter(filter_text)
        except FilterError as error:
            raise UsageError(f"The filter {filter_text!r} cannot be read: {error}.") from None
    return Topics(missions=tuple(missions), people=tuple(people)), filter_text


def _declared(destination: Destination, source: str | None) -> bool:
    return any(s.source == source for s in destination.declared_subscriptions())


def _receives_everything(destination: Destination) -> bool:
    return any(s.source is None and s.filter is None and s.topics.is_empty
               for s in destination.declared_subscriptions())


def _config_wins(destination: Destination, source: str | None) -> Notice:
    shown = "every source" if source is None else source
    return Notice(
        text=f"{destination.name} receives {shown} by its configuration, which a command cannot change: "
             "edit the configuration file instead.",
        is_error=True,
    )


def _canonical(url: str) -> str:
    try:
        return canonical_url(url)
    except ValueError:
        return url


def _new_name(url: str, taken: set[str]) -> str:
    """`news.example/world/rss.xml`: the URL without its scheme, made unique when another source has it."""
    canonical = _canonical(url)
    name = canonical.split("://", 1)[-1].rstrip("/")[:150] or canonical[:150]
    if name not in taken:
        return name
    return f"{name}~{hashlib.sha256(canonical.encode()).hexdigest()[:8]}"

