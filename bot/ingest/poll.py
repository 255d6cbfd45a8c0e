"""Polling a configured source: `collect` plus what a source that runs for months needs.

- Conditional GET: the ETag and Last-Modified of the last answer are sent back, and a 304 means nothing
  new (the caller keeps the validators the result carries).
- A page given as a feed: its advertised feed (`<link rel="alternate">`) is read; a page that advertises
  none is tracked as a page (its one article, updated when it changes) instead of failing on every poll.
  Validators are not kept for a discovered feed: they would be sent to the page, which could answer 304
  while the feed has changed; set the feed's own URL as the location to get conditional GET (the log
  says which URL).

Errors are `SourceError`s with one line, as everywhere in ingest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from bot.ingest.collect import Collected, CollectKind, check_url, is_url, path_chunks, sniff
from bot.ingest.errors import IngestError
from bot.ingest.feeds import parse_feed
from bot.ingest.fetch import Fetcher, FetchResult
from bot.ingest.normalise import utc_now
from bot.ingest.pages import HTML_TYPES, feed_links, looks_like_html, page_article
from bot.models import Article

Origin = Literal["files", "feed", "page"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies its last answer; sent back so it can answer 304 Not Modified."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Polled:
    """One poll's outcome. `origin` is what the source turned out to be (None when nothing was read)."""

    origin: Origin | None
    articles: tuple[Article, ...] = ()
    skipped: tuple[str, ...] = ()
    validators: Validators = Validators()
    not_modified: bool = False
    parts: Iterable[Collected] = ()
    """A folder's articles, read a chunk at a time as they are asked for (once): see `chunks`."""

    def chunks(self) -> Iterator[Collected]:
        """Everything the poll gave, a chunk at a time: a feed's or page's at once, a folder's as it is read."""
        if self.articles or self.skipped:
            yield Collected(articles=self.articles, skipped=self.skipped)
        yield from self.parts


def poll(
    target: str,
    *,
    source: str | None = None,
    kind: CollectKind = "auto",
    fetcher: Fetcher,
    validators: Validators = Validators(),
    now: Callable[[], datetime] = utc_now,
) -> Polled:
    """The articles `target` offers now, or `not_modified` when the server says nothing changed."""
    if not is_url(target):
        if kind not in ("auto", "files"):
            raise IngestError(f"{target}: kind {kind!r} needs an http(s) URL, not a local path")
        return Polled("files", parts=path_chunks(Path(target), source=source, now=now))
    check_url(target, kind)
    fetched = fetcher.get(target, etag=validators.etag, last_modified=validators.last_modified)
    if fetched.not_modified:
        kept = Validators(fetched.etag or validators.etag, fetched.last_modified or validators.last_modified)
        return Polled(None, validators=kept, not_modified=True)
    resolved: Literal["feed", "page"] = sniff(fetched) if kind == "auto" else "page" if kind == "page" else "feed"
    keep = Validators(fetched.etag, fetched.last_modified)
    if resolved == "feed" and looks_like_html(fetched.body):
        advertised = feed_links(fetched.body, fetched.url)
        if advertised:
            log.info("%s is a page; reading the feed it advertises, %s (set that as the location to poll it "
                     "with conditional GET)", target, advertised[0])
            fetched, keep = fetcher.get(advertised[0]), Validators()
        else:
            log.warning("%s is a page that advertises no feed; tracking the page itself", target)
            return Polled("page", (_tracked_page(fetched, source, now),), validators=keep)
    if resolved == "page":
        return Polled("page", (page_article(_as_html(fetched), source=source, now=now),), validators=keep)
    parsed = parse_feed(fetched.body, url=fetched.url, content_type=fetched.content_type, source=source, now=now)
    for reason in parsed.skipped:
        log.warning("skipped %s", reason)
    return Polled("feed", parsed.articles, parsed.skipped, validators=keep)


def _tracked_page(fetched: FetchResult, source: str | None, now: Callable[[], datetime]) -> Article:
    try:
        return page_article(_as_html(fetched), source=source, now=now)
    except IngestError as error:
        raise IngestError(f"{error} (and the page advertises no feed: no <link rel=\"alternate\">)") from error


def _as_html(fetched: FetchResult) -> FetchResult:
    """A document that is HTML by its content is read as HTML, whatever the server labelled it (a site
    serving its error or login page as the feed's XML)."""
    if fetched.media_type in HTML_TYPES or not looks_like_html(fetched.body):
        return fetched
    charset = fetched.charset
    return replace(fetched, content_type=f"text/html; charset={charset}" if charset else "text/html")


def newest(articles: Sequence[Article], limit: int) -> set[str]:
    """Ids of the `limit` most recently published articles. Undated ones rank after dated ones, in document
    order (feeds list their newest entries first)."""
    ranked = sorted(
        enumerate(articles),
        key=lambda item: (
            item[1].published_at is None,
            -item[1].published_at.timestamp() if item[1].published_at else 0.0,
            item[0],
        ),
    )
    return {article.id for _, article in ranked[: max(limit, 0)]}
