"""A web page (fetched, or an HTML file) to an Article, through trafilatura.

trafilatura finds the main text and drops navigation, boilerplate and (with include_comments=False)
reader comments; it also reads the title, the publication date and the canonical URL from the page's
metadata. Only a canonical URL on the page's own site is believed, so a page cannot claim another site's
article id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import trafilatura

from bot.ingest.errors import IngestError
from bot.ingest.fetch import FetchResult
from bot.ingest.normalise import article_id_for_url, canonical_url, clean_text, one_line, utc_now
from bot.models import Article

MIN_SENTENCE_WORDS = 8
"""An article has at least one paragraph this long; menus and forms that trafilatura keeps do not."""
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_LINK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json"})
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published_at: datetime | None
    canonical: str | None
    site_name: str | None


def extract_html(html: str | bytes, *, url: str | None = None) -> ExtractedPage | None:
    """Main text and metadata of an HTML document, or None when it has no main text."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        return None
    fields = document if isinstance(document, dict) else document.as_dict()
    text = clean_text(fields.get("text") or "")
    if not any(len(paragraph.split()) >= MIN_SENTENCE_WORDS for paragraph in text.split("\n")):
        return None  # navigation, a login form, a cookie notice: no article here
    return ExtractedPage(
        text=text,
        title=one_line(fields.get("title") or "") or None,
        published_at=_parse_date(fields.get("date")),
        canonical=fields.get("url") or None,
        site_name=one_line(fields.get("sitename") or "") or None,
    )


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def looks_binary(body: bytes) -> bool:
    """NUL bytes near the start: an image, archive or PDF, whatever the server called it."""
    head = body[:4096]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body[:4096].lstrip(b"\xef\xbb\xbf")))


def page_article(
    fetched: FetchResult, *, source: str | None = None, now: Callable[[], datetime] = utc_now
) -> Article:
    """The article on a fetched page; IngestError if it is not HTML or has no main text."""
    media_type = fetched.media_type
    unlabelled_html = media_type in ("", "text/plain") and looks_like_html(fetched.body)
    if media_type not in HTML_TYPES and not unlabelled_html:
        raise IngestError(f"{fetched.url}: not an HTML page (content type {media_type or 'missing'})")
    if looks_binary(fetched.body):
        raise IngestError(f"{fetched.url}: not an HTML page (binary content)")
    html: str | bytes = fetched.body
    if fetched.charset:
        try:
            html = fetched.body.decode(fetched.charset, errors="replace")
        except LookupError:
            html = fetched.body  # unknown charset name: let trafilatura detect the encoding
    page = extract_html(html, url=fetched.url)
    if page is None:
        raise IngestError(f"{fetched.url}: no article text found on the page")
    url = _own_canonical(page.canonical, fetched.url)
    return Article(
        id=article_id_for_url(url),
        source=source or page.site_name or urlsplit(url).hostname or url,
        url=url,
        title=page.title or page.text.split("\n", 1)[0],
        text=page.text,
        published_at=page.published_at,
        fetched_at=now(),
    )


def _own_canonical(declared: str | None, fetched_url: str) -> str:
    """The page's declared canonical URL if it stays on the fetched site, else the fetched URL."""
    fallback = canonical_url(fetched_url)
    if not declared:
        return fallback
    try:
        candidate = canonical_url(urljoin(fetched_url, declared))
    except ValueError:
        return fallback
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or _site(parts.hostname) != _site(urlsplit(fallback).hostname):
        return fallback
    return candidate


def _site(host: str | None) -> str:
    return (host or "").removeprefix("www.")


class _FeedLinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        values = {name: (value or "") for name, value in attrs}
        rels = values.get("rel", "").lower().split()
        media_type = values.get("type", "").split(";", 1)[0].strip().lower()
        if "alternate" in rels and media_type in FEED_LINK_TYPES and values.get("href", "").strip():
            self.hrefs.append(values["href"].strip())


def feed_links(body: bytes, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a page advertises with <link rel="alternate" type="…">, in page order."""
    finder = _FeedLinkFinder()
    finder.feed(body.decode("utf-8", errors="replace"))
    finder.close()
    return [urljoin(base_url, href) for href in dict.fromkeys(finder.hrefs)]
