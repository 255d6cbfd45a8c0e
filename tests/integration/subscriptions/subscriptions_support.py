"""Helpers for the subscription tests: the composed bot on a test database with the fixture server allowed,
and stories for feeds. A module with its own name, so tests import it unambiguously."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from integration.sources.sources_support import Item
from support import FakeClock, RecordingTransport

from bot.app import BriefBot, bootstrap
from bot.models import CommandRequest, Reply
from bot.settings import Settings

T0 = datetime(2024, 5, 6, 6, 0, tzinfo=UTC)
STORIES = [
    Item("harbour", "Harbour reopens after the storm", "Ships docked again on Monday after a three-day closure.", T0),
    Item("budget", "City council passes the budget", "The vote was close, with nine members against.", T0),
    Item("ferry", "Ferry line to the islands resumes", "Crossings restart on Friday, the operator said.", T0),
    Item("museum", "Museum reopens its east wing", "The wing was closed for two years of repairs.", T0),
    Item("rail", "Rail strike called off", "Unions and the operator reached a deal overnight.", T0),
    Item("storm", "Storm damage bill tops a million", "Insurers expect more claims from the coast.", T0),
]


def stories(*slugs: str, hours: int = 0) -> list[Item]:
    """Some of STORIES (newest first, as feeds list them), published `hours` after T0."""
    chosen = [s for s in STORIES if s.slug in slugs]
    return [Item(s.slug, s.title, s.text, T0 + timedelta(hours=hours, minutes=i)) for i, s in enumerate(chosen)][::-1]


def make_bot(
    database_url: str, clock: FakeClock, transport: RecordingTransport | None = None, **values: Any
) -> BriefBot:
    """The composed bot; the fetcher may reach the fixture server (127.0.0.1) unless `fetch` says otherwise."""
    config: dict[str, Any] = {"database": {"url": database_url}, "fetch": {"allow_private": ["127.0.0.1/32"],
                                                                           "timeout_seconds": 2}}
    config.update(values)
    bot = bootstrap(Settings(**config), clock=clock)
    if transport is not None:
        bot.transports["console"].close()
        bot = _with_transport(bot, transport)
    return bot


def _with_transport(bot: BriefBot, transport: RecordingTransport) -> BriefBot:
    transports = {"console": transport}
    bot.pipeline.transports = transports
    bot.realtime.transports = transports
    bot.transports = transports
    return bot


def ask(bot: BriefBot, command: str, args: str = "", **request: Any) -> Reply:
    return bot.commands.handle(CommandRequest(command=command, args=args, **request))
