"""Fixtures for the scheduling tests: a bot on a real database (SQLite and PostgreSQL) whose clock the test
moves and whose channel records what it was sent."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from scheduling_support import MakeBot, settings_for
from support import FakeClock, RecordingTransport

from bot.app import BriefBot, bootstrap


@pytest.fixture
def transport() -> RecordingTransport:
    return RecordingTransport()


@pytest.fixture
def make_bot(
    database_url: str, articles_dir: Path, clock: FakeClock, transport: RecordingTransport
) -> Iterator[MakeBot]:
    """Each call is one start of the bot (a new process, in effect) on the same database, clock and
    channel; every bot made is closed at the end."""
    made: list[BriefBot] = []

    def make(**overrides: Any) -> BriefBot:
        bot = bootstrap(settings_for(database_url, articles_dir, **overrides), clock=clock, stdout=io.StringIO())
        bot.pipeline.transports = {"console": transport}
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.close()
