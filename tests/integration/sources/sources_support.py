"""Helpers for the source tests: feeds built from items, the pipeline on real parts, the fetch policy that
allows only the fixture server's own address. A module with its own name, so tests import it unambiguously."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from integration.ingest.ingest_fixture_server import FixtureServer, Route
from support import FakeClock, RecordingTransport

from bot.app import source_collector
from bot.ingest.fetch import Fetcher, FetchPolicy
from bot.pipeline import Pipeline
from bot.render import Renderer
from bot.settings import Destination
from bot.store import Store

# Only the fixture server's own address: 127.0.0.2 and ::1 stay refused, as with the default policy.
SERVER_ONLY = FetchPolicy(timeout_seconds=1, max_bytes=100_000, allow_private=("127.0.0.1/32",))


@dataclass(frozen=True)
class Item:
    slug: str
    title: str
    text: str
    published: datetime | None = None


def rss(items: Sequence[Item], title: str = "Wire") -> bytes:
    """An RSS 2.0 document whose entries link to https://wire.example/<slug>."""
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>https://wire.example/{i.slug}</link>"
        f"<description>{escape(i.text)}</description>"
        + (f"<pubDate>{format_datetime(i.published)}</pubDate>" if i.published else "")
        + "</item>"
        for i in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>https://wire.example/</link>{entries}</channel></rss>").encode()


def serve_feed(server: FixtureServer, path: str, items: Sequence[Item], *, etag: str | None = None,
               last_modified: str | None = None) -> str:
    headers = {"Content-Type": "application/rss+xml"}
    if last_modified:
        headers["Last-Modified"] = last_modified
    server.routes[path] = Route(body=rss(items), headers=headers, etag=etag)
    return server.url(path)


def make_pipeline(
    store: Store, fetcher: Fetcher, clock: FakeClock, transport: RecordingTransport | None = None,
    destinations: Sequence[Destination] = (),
) -> Pipeline:
    """The real pipeline; jitter pinned to the middle of its range so backoff delays are exact."""
    return Pipeline(
        store=store, collect=source_collector(fetcher, clock), render=Renderer().render,
        transports={"console": transport or RecordingTransport()}, clock=clock, destinations=destinations,
        rand=lambda: 0.5,
    )
