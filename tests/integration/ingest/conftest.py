"""Fixtures for ingest integration tests: a fixture server on 127.0.0.1 (plain and TLS), a fetcher allowed
to reach it, and a fixed clock."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from ingest_fixture_server import DATA, FIXED_NOW, LOOPBACK_POLICY, FixtureServer

from bot.ingest.fetch import Fetcher


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    running = FixtureServer()
    yield running
    running.close()


@pytest.fixture
def tls_server() -> Iterator[FixtureServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(DATA / "tls" / "news.example.pem", DATA / "tls" / "news.example.key")
    running = FixtureServer(tls=context)
    yield running
    running.close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(LOOPBACK_POLICY) as client:
        yield client


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: FIXED_NOW
