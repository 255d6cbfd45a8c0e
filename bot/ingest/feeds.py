"""RSS 0.9x/1.0/2.0, Atom and JSON Feed documents to Articles.

feedparser is only ever given bytes (wrapped in BytesIO, so it can never mistake them for a URL or a path)
and never sees a DOCTYPE: it expands internal entities, and a 39 KB "billion laughs" feed would otherwise
take hundreds of megabytes. Feeds do not need DTDs; HTML entities in feeds are handled by feedparser
without one.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import feedparser

from bot.ingest.errors import IngestError
from bot.ingest.feed_entries import FeedEntry, ParsedFeed, build_articles
from bot.ingest.html_text import html_to_text
from bot.ingest.jsonfeed import is_json_feed, load_json, looks_like_json, parse_json_feed
from bot.ingest.normalise import clean_text, one_line, utc_now
from bot.ingest.pages import looks_like_html

__all__ = ["ParsedFeed", "parse_feed", "strip_doctype"]

log = logging.getLogger(__name__)

_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE_OPEN = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DOCTYPE_TOKEN = re.compile(rb"""<!--.*?-->|'[^']*'|"[^"]*"|[\[\]>]|[^'"\[\]<>]+|.""", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*[^<>]*>")
_XML_DECL_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2""")
_UTF_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def parse_feed(
    body: bytes,
    *,
    url: str,
    content_type: str | None = None,
    source: str | None = None,
    now: Callable[[], datetime] = utc_now,
) -> ParsedFeed:
    """The entries of a feed document fetched from `url`; IngestError if the document is not a feed."""
    if looks_like_json(body):
        document = load_json(body, url)
        if not is_json_feed(document):
            raise IngestError(f"{url}: JSON document is not a JSON Feed (no jsonfeed.org version)")
        return parse_json_feed(document, url=url, source=source, now=now)
    data, transcoded = _ascii_compatible(body, url)
    parsed = feedparser.parse(
        io.BytesIO(strip_doctype(data)),
        response_headers={
            "content-location": url,
            "content-type": "application/xml" if transcoded or not content_type else content_type,
        },
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise IngestError(f"{url}: {_why_not_a_feed(body, parsed)}")
    if parsed.bozo:
        log.warning("%s: feed is not well-formed (%s); using the entries that could be read",
                    url, _one_line_error(parsed.get("bozo_exception")))
    feed_title = one_line(_detail_text(parsed.feed, "title")) or None
    entries = [_entry(entry) for entry in parsed.entries]
    return build_articles(entries, feed_url=url, feed_title=feed_title, source=source, now=now)


def strip_doctype(data: bytes) -> bytes:
    """`data` without DOCTYPE declarations (internal subset included) in its XML prolog."""
    position = 3 if data.startswith(codecs.BOM_UTF8) else 0
    while True:
        item = _PROLOG_ITEM.match(data, position)
        if item is not None:
            position = item.end()
        elif _DOCTYPE_OPEN.match(data, position):
            data = data[:position] + data[_doctype_end(data, position):]
        else:
            return data


def _doctype_end(data: bytes, start: int) -> int:
    """Index just past the DOCTYPE at `start`: its first '>' outside quotes, comments and the [subset]."""
    in_subset = False
    for token in _DOCTYPE_TOKEN.finditer(data, start + len(b"<!DOCTYPE")):
        value = token.group()
        if value == b"[":
            in_subset = True
        elif value == b"]":
            in_subset = False
        elif value == b">" and not in_subset:
            return token.end()
    return len(data)  # unterminated: everything after it is declaration, nothing is left to parse


def _ascii_compatible(body: bytes, url: str) -> tuple[bytes, bool]:
    """UTF-16/32 documents re-encoded as UTF-8 (declaration updated), so DOCTYPE stripping sees them."""
    encoding = next((name for bom, name in _UTF_BOMS if body.startswith(bom)), None)
    if encoding is None and body[:2] in (b"\x00<", b"<\x00"):
        encoding = "utf-16-be" if body[:1] == b"\x00" else "utf-16-le"
    if encoding is None:
        return body, False
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(f"{url}: cannot decode the {encoding.upper()} feed ({exc.reason})") from exc
    return _XML_DECL_ENCODING.sub(r"\1\2utf-8\2", text.lstrip("\ufeff"), count=1).encode("utf-8"), True


def _why_not_a_feed(body: bytes, parsed: Any) -> str:
    if looks_like_html(body):
        return "not a feed: this is an HTML page"
    if parsed.bozo:
        return f"not a feed: {_one_line_error(parsed.get('bozo_exception'))}"
    return "not a feed: no RSS, RDF or Atom root element"


def _one_line_error(error: object) -> str:
    return " ".join(str(error or "malformed document").split())


def _entry(entry: Any) -> FeedEntry:
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    return FeedEntry(
        link=entry.get("link") or None,
        guid=entry.get("id") or None,
        title=one_line(_detail_text(entry, "title")),
        text=_body(entry),
        published_at=_utc(published),
    )


def _detail_text(node: Any, key: str) -> str:
    """A text construct as clean text, converting from HTML when its detail says it is HTML."""
    detail = node.get(f"{key}_detail") or {}
    return _as_text(node.get(key) or "", detail.get("type"))


def _as_text(value: str, media_type: str | None) -> str:
    """Clean text from a feed value; without a declared type (Atom summaries copied from content) the
    value is HTML if it contains tags."""
    is_html = "html" in media_type if media_type else bool(_TAG.search(value))
    return html_to_text(value) if is_html else clean_text(value)


def _body(entry: Any) -> str:
    """The fullest of the entry's content and summary: some feeds put the whole article in one, some in
    the other, some a teaser in both."""
    candidates = [
        _as_text(part.get("value") or "", part.get("type", "text/html")) for part in entry.get("content", [])
    ]
    candidates.append(_detail_text(entry, "summary"))
    return max(candidates, key=len)


def _utc(parsed: time.struct_time | None) -> datetime | None:
    """feedparser normalises every date it understands to a UTC struct_time."""
    if parsed is None:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None
