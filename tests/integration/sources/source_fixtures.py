"""The fixtures source polling and subscriptions share: the ingest fixture server on 127.0.0.1, a fetcher
allowed to reach only that address, the store on SQLite and PostgreSQL, and a recording transport. Each
conftest imports them by name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from integration.ingest.ingest_fixture_server import FixtureServer
from integration.sources.sources_support import SERVER_ONLY
from support import RecordingTransport

from bot.ingest.fetch import Fetcher
from bot.store import Store, open_store


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    running = FixtureServer()
    yield running
    running.close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(SERVER_ONLY) as client:
        yield client


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    yield opened
    opened.close()


@pytest.fixture
def transport() -> RecordingTransport:
    return RecordingTransport()
