"""Fixtures for the Slack tests: the recording Web API, and a bot on a real SQLite store whose real Bolt app
is served over HTTP on 127.0.0.1 by waitress (the server `briefbot serve` uses)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_support import BOT_TOKEN, SIGNING_SECRET, FakeSlack, sign, slash_body, start_fake_slack, stop_fake_slack
from support import FakeClock

from bot.app import BriefBot, bootstrap, build_front_ends, ingest_and_analyse
from bot.settings import Settings
from bot.transports.slack_server import SlackHttpFrontEnd

OPS = "C0OPS"


@pytest.fixture
def slack_api() -> Iterator[FakeSlack]:
    fake = start_fake_slack()
    try:
        yield fake
    finally:
        stop_fake_slack(fake)


def slack_settings(database_url: str, articles: Path, api: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database": {"url": database_url},
        "sources": [{"name": "local", "location": str(articles), "kind": "files"}],
        "destinations": [{"name": "ops", "transport": "slack", "channel": OPS, "schedule": "0 7 * * *"}],
        "slack": {"bot_token": BOT_TOKEN, "signing_secret": SIGNING_SECRET, "api_base_url": api.api_base_url,
                  "http": {"host": "127.0.0.1", "port": 0, "threads": 8, "workers": 4}},
    }
    values.update(overrides)
    return Settings(**values)


MakeBot = Callable[..., BriefBot]


@pytest.fixture
def make_bot(sqlite_url: str, articles_dir: Path, clock: FakeClock, slack_api: FakeSlack) -> Iterator[MakeBot]:
    made: list[BriefBot] = []

    def make(**overrides: Any) -> BriefBot:
        bot = bootstrap(slack_settings(sqlite_url, articles_dir, slack_api, **overrides), clock=clock,
                        stdout=io.StringIO())
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.close()


@dataclass
class Served:
    """A bot with its Slack app listening; `command` posts a correctly signed slash command."""

    bot: BriefBot
    front_end: SlackHttpFrontEnd
    api: FakeSlack

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.front_end.bound_port}/slack/events"

    def signed(self, command: str, text: str, reply_to: str, **kwargs: Any) -> tuple[str, dict[str, str]]:
        body = slash_body(command, text, self.api.response_url(reply_to), **kwargs)
        return body, sign(body)


@pytest.fixture
def served(make_bot: MakeBot, slack_api: FakeSlack) -> Iterator[Served]:
    bot = make_bot()
    ingest_and_analyse(bot, force=True)
    (front_end,) = build_front_ends(bot.settings, bot)
    assert isinstance(front_end, SlackHttpFrontEnd)
    front_end.start()
    try:
        yield Served(bot, front_end, slack_api)
    finally:
        front_end.stop()
