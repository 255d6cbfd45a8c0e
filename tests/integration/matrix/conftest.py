"""A real Synapse for the Matrix tests (session scope, stopped by its pid at the end), a person with their
own client, and bots built the way `briefbot serve` builds them, on a fresh database per test."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matrix_support import MakeBot, RunningBot, matrix_settings
from support import FakeClock
from synapse_server import Person, Synapse

from bot.app import bootstrap, build_matrix_front_end
from bot.transports.matrix_sync import MatrixFrontEnd


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synapse]:
    server = Synapse(tmp_path_factory.mktemp("synapse"))
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def person(synapse: Synapse) -> Iterator[Person]:
    someone = Person(synapse, synapse.register())
    yield someone
    someone.close()


@pytest.fixture
def make_bot(synapse: Synapse, tmp_path: Path, articles_dir: Path, clock: FakeClock) -> Iterator[MakeBot]:
    """Each call starts the bot (in effect a new process) on the same database and Matrix account; every
    one started is stopped at the end, also when the test failed."""
    account = synapse.register()
    database = f"sqlite:///{tmp_path / 'briefbot.db'}"
    started: list[RunningBot] = []

    def make(*, serve: bool = True, **overrides: Any) -> RunningBot:
        settings = matrix_settings(synapse, account, database, articles_dir, **overrides)
        bot = bootstrap(settings, clock=clock, stdout=io.StringIO())
        front_end = build_matrix_front_end(settings, bot)
        assert isinstance(front_end, MatrixFrontEnd)
        running = RunningBot(bot=bot, front_end=front_end, user_id=account.user_id, account=account)
        started.append(running)
        if serve:
            running.start()
        return running

    yield make
    for running in started:
        running.close()
