"""JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), read with the json module: feedparser has no
JSON Feed support. Fields of the wrong type are treated as absent rather than failing the whole feed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from bot.ingest.errors import IngestError
from bot.ingest.feed_entries import FeedEntry, ParsedFeed, build_articles
from bot.ingest.html_text import html_to_text
from bot.ingest.normalise import clean_text, one_line

VERSION_PREFIX = "https://jsonfeed.org/version/"


def looks_like_json(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def load_json(body: bytes, url: str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise IngestError(f"{url}: invalid JSON ({exc})") from exc


def is_json_feed(document: Any) -> bool:
    version = document.get("version") if isinstance(document, dict) else None
    return isinstance(version, str) and version.startswith(VERSION_PREFIX)


def parse_json_feed(
    document: dict[str, Any], *, url: str, source: str | None, now: Callable[[], datetime]
) -> ParsedFeed:
    items = document.get("items")
    if not isinstance(items, list):
        raise IngestError(f"{url}: JSON Feed without an items list")
    entries = [_entry(item) for item in items if isinstance(item, dict)]
    parsed = build_articles(
        entries, feed_url=url, feed_title=one_line(_text(document, "title")) or None, source=source, now=now
    )
    odd = len(items) - len(entries)
    if not odd:
        return parsed
    reason = f"{url}: {odd} items are not JSON objects"
    return ParsedFeed(parsed.title, parsed.articles, (*parsed.skipped, reason))


def _entry(item: dict[str, Any]) -> FeedEntry:
    body = (
        html_to_text(_text(item, "content_html"))
        or clean_text(_text(item, "content_text"))
        or clean_text(_text(item, "summary"))
    )
    guid = item.get("id")
    return FeedEntry(
        link=_text(item, "url") or None,
        guid=str(guid) if isinstance(guid, str | int) and str(guid) else None,  # 1.0 feeds may use numbers
        title=one_line(_text(item, "title")),
        text=body,
        published_at=_date(_text(item, "date_published")) or _date(_text(item, "date_modified")),
    )


def _text(mapping: dict[str, Any], key: str) -> str:
    value = mapping.get(key)
    return value if isinstance(value, str) else ""


def _date(value: str) -> datetime | None:
    """RFC 3339 as the spec requires; a date without offset is taken as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
