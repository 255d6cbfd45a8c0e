"""Fixtures for subscriptions on real parts: the same as source polling's (source_fixtures)."""

from integration.sources.source_fixtures import fetcher, server, store, transport

__all__ = ["fetcher", "server", "store", "transport"]
