"""Feed entries (from any feed format) to Articles, with the id rules every format shares.

An entry's id comes from its canonical link, so an entry edited upstream (new title, corrected text) keeps
its id and replaces the stored copy instead of adding a second one. Without a link the guid stands in
(unique only within its feed, hence hashed with the feed URL); without either, the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from bot.ingest.normalise import article_id_for_guid, article_id_for_text, article_id_for_url, canonical_url
from bot.models import Article

TITLE_FROM_TEXT_CHARS = 160


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """An entry as a parser read it: title on one line, text already clean (see `clean_text`)."""

    link: str | None
    guid: str | None
    title: str
    text: str
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    articles: tuple[Article, ...]
    skipped: tuple[str, ...]
    """One line per entry left out, saying which and why."""


def build_articles(
    entries: Iterable[FeedEntry],
    *,
    feed_url: str,
    feed_title: str | None,
    source: str | None,
    now: Callable[[], datetime],
) -> ParsedFeed:
    """Articles for the usable entries; entries with neither title nor text are skipped and reported."""
    source_name = source or feed_title or urlsplit(feed_url).hostname or feed_url
    fetched_at = now()
    articles: list[Article] = []
    skipped: list[str] = []
    for position, entry in enumerate(entries, start=1):
        if not entry.title and not entry.text:
            skipped.append(f"{feed_url}: entry {position} has neither title nor text")
            continue
        url = _entry_url(entry.link, feed_url)
        title = entry.title or _title_from(entry.text)
        # A headline-only entry still tells the analysis what happened, so the headline becomes the text.
        text = entry.text or title
        if url is not None:
            article_id = article_id_for_url(url)
        elif entry.guid:
            article_id = article_id_for_guid(feed_url, entry.guid)
        else:
            article_id = article_id_for_text(title, text)
        articles.append(
            Article(
                id=article_id,
                source=source_name,
                url=url,
                title=title,
                text=text,
                published_at=entry.published_at,
                fetched_at=fetched_at,
            )
        )
    return ParsedFeed(feed_title, tuple(articles), tuple(skipped))


def _entry_url(link: str | None, feed_url: str) -> str | None:
    """The canonical absolute http(s) link of an entry, or None when it has no usable one."""
    if not link or not link.strip():
        return None
    try:
        url = canonical_url(urljoin(feed_url, link.strip()))
    except ValueError:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def _title_from(text: str) -> str:
    first = text.split("\n", 1)[0]
    if len(first) <= TITLE_FROM_TEXT_CHARS:
        return first
    return first[:TITLE_FROM_TEXT_CHARS].rsplit(" ", 1)[0] + "…"
