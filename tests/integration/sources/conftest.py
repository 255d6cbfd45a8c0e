"""Fixtures for source polling on real parts (shared with the subscription tests: source_fixtures)."""

from integration.sources.source_fixtures import fetcher, server, store, transport

__all__ = ["fetcher", "server", "store", "transport"]
