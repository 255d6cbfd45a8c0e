"""One entry point for every kind of source: a path, a feed URL or a page URL.

A source that cannot be read at all raises a `SourceError` (one line). Items inside a source that fail on
their own (a bad file in a directory, an empty feed entry) are left out and logged at WARNING, so one bad
item never costs the rest of the source; `collect_detailed` also returns them, one line each, for callers
that report counts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot.ingest.errors import IngestError
from bot.ingest.feeds import parse_feed
from bot.ingest.fetch import Fetcher, FetchResult
from bot.ingest.files import find_files, read_file
from bot.ingest.jsonfeed import looks_like_json
from bot.ingest.normalise import utc_now
from bot.ingest.pages import HTML_TYPES, feed_links, looks_like_html, page_article
from bot.models import Article

CollectKind = Literal["auto", "files", "feed", "page"]

log = logging.getLogger(__name__)

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_FEED_ROOT = re.compile(
    rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*<(?:[\w.-]+:)?(rss|feed|RDF)[\s>/]",
    re.DOTALL | re.IGNORECASE,
)
FOLDER_CHUNK = 200
"""Files of a folder read (and stored, by the pipeline) at once."""
_FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
})


class Collected(BaseModel):
    """What one source gave: the articles, and one line for each item left out."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    articles: tuple[Article, ...] = ()
    skipped: tuple[str, ...] = ()


def collect(
    target: str,
    *,
    source: str | None = None,
    kind: CollectKind = "auto",
    fetcher: Fetcher,
    now: Callable[[], datetime] = utc_now,
) -> list[Article]:
    """Articles from a file, a directory, a feed URL or a page URL.

    `source` names the source on every article; by default a file's or directory's name, a feed's title or
    a page's site name. With kind="auto" a URL is a feed or a page by what its content turns out to be;
    with kind="feed" an HTML page that advertises a feed is followed to that feed.
    """
    return list(collect_detailed(target, source=source, kind=kind, fetcher=fetcher, now=now).articles)


def collect_detailed(
    target: str,
    *,
    source: str | None = None,
    kind: CollectKind = "auto",
    fetcher: Fetcher,
    now: Callable[[], datetime] = utc_now,
) -> Collected:
    """As `collect`, with the items that were left out."""
    if is_url(target):
        check_url(target, kind)
        return _collect_url(target, source=source, kind=kind, fetcher=fetcher, now=now)
    if kind not in ("auto", "files"):
        raise IngestError(f"{target}: kind {kind!r} needs an http(s) URL, not a local path")
    return _collect_path(Path(target), source=source, now=now)


def is_url(target: str) -> bool:
    """A target with a scheme (`https://…`, `ftp://…`) is a URL; anything else is a local path."""
    return bool(_URL.match(target))


def check_url(target: str, kind: CollectKind) -> None:
    """IngestError unless `target` is an http(s) URL that `kind` can be read from."""
    if not target.lower().startswith(("http://", "https://")):
        raise IngestError(f"{target}: unsupported URL scheme (only http and https)")
    if kind == "files":
        raise IngestError(f"{target}: kind 'files' needs a local path, not a URL")


def _collect_path(path: Path, *, source: str | None, now: Callable[[], datetime]) -> Collected:
    chunks = list(path_chunks(path, source=source, now=now))
    return Collected(articles=tuple(a for c in chunks for a in c.articles),
                     skipped=tuple(s for c in chunks for s in c.skipped))


def path_chunks(
    path: Path, *, source: str | None, now: Callable[[], datetime], size: int = FOLDER_CHUNK
) -> Iterator[Collected]:
    """A file's or a folder's articles, `size` at a time as the caller asks for them: a folder of thousands
    of files is never held at once. A missing or empty folder raises now, not at the first chunk."""
    name = source or path.resolve().name or str(path)
    if path.is_file():
        return iter([Collected(articles=(read_file(path, source=name, now=now),))])
    if not path.is_dir():
        raise IngestError(f"{path}: no such file or directory")
    files = find_files(path)
    if not files:
        raise IngestError(f"{path}: no .txt, .md or .html files in the directory")
    return _read_chunks(files, name, now, size)


def _read_chunks(files: list[Path], name: str, now: Callable[[], datetime], size: int) -> Iterator[Collected]:
    for start in range(0, len(files), size):
        articles: list[Article] = []
        skipped: list[str] = []
        for file in files[start:start + size]:
            try:
                articles.append(read_file(file, source=name, now=now))
            except IngestError as exc:
                log.warning("skipped %s", exc)
                skipped.append(str(exc))
        yield Collected(articles=tuple(articles), skipped=tuple(skipped))


def _collect_url(
    url: str, *, source: str | None, kind: CollectKind, fetcher: Fetcher, now: Callable[[], datetime]
) -> Collected:
    fetched = fetcher.get(url)
    if kind == "auto":
        kind = sniff(fetched)
    elif kind == "feed" and looks_like_html(fetched.body):
        advertised = feed_links(fetched.body, fetched.url)
        if not advertised:
            raise IngestError(f"{url}: an HTML page that advertises no feed (no <link rel=\"alternate\">)")
        fetched = fetcher.get(advertised[0])
    if kind == "page":
        return Collected(articles=(page_article(fetched, source=source, now=now),))
    parsed = parse_feed(
        fetched.body, url=fetched.url, content_type=fetched.content_type, source=source, now=now
    )
    for reason in parsed.skipped:
        log.warning("skipped %s", reason)
    return Collected(articles=parsed.articles, skipped=parsed.skipped)


def sniff(fetched: FetchResult) -> Literal["feed", "page"]:
    """Feed or page by the document itself first (servers mislabel feeds), by Content-Type second."""
    head = fetched.body[:8192].lstrip(b"\xef\xbb\xbf")
    if looks_like_json(head) or _FEED_ROOT.match(head):
        return "feed"
    if looks_like_html(head):
        return "page"
    media_type = fetched.media_type
    if media_type in _FEED_TYPES or (media_type.endswith(("/xml", "+xml")) and media_type not in HTML_TYPES):
        return "feed"
    if media_type in HTML_TYPES:
        return "page"
    shown = media_type or "missing"
    raise IngestError(f"{fetched.url}: neither a feed nor an HTML page (content type {shown})")
