"""Fetched pages to Articles: main text, metadata, canonical URL trust and refusals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest.errors import IngestError
from bot.ingest.fetch import FetchResult
from bot.ingest.normalise import article_id_for_url
from bot.ingest.pages import feed_links, page_article

Clock = Callable[[], datetime]
PAGE_URL = "https://www.observer.example/news/2021/12/wildfire-evacuation?utm_source=newsletter"


def _page(
    body: bytes, content_type: str | None = "text/html; charset=utf-8", url: str = PAGE_URL
) -> FetchResult:
    return FetchResult(url=url, status=200, body=body, content_type=content_type)


def test_article_text_title_date_and_canonical_url(data_dir: Path, clock: Clock) -> None:
    article = page_article(_page((data_dir / "pages" / "article.html").read_bytes()), now=clock)

    assert article.title == "Wildfire forces evacuation of hill villages"
    assert article.url == "https://observer.example/news/2021/12/wildfire-evacuation"
    assert article.id == article_id_for_url("https://observer.example/news/2021/12/wildfire-evacuation")
    assert article.source == "The Valley Observer"
    assert article.published_at == datetime(2021, 12, 9, 14, 20, tzinfo=UTC)
    assert article.fetched_at == clock()
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Wildfire forces evacuation of hill villages"
    assert any(p.startswith("About 1,200 residents of four hill villages were evacuated") for p in paragraphs)
    assert all("\n" not in paragraph for paragraph in paragraphs)
    for boilerplate in ("Stay safe everyone", "Most read", "All rights reserved", "Subscribe", "dataLayer"):
        assert boilerplate not in article.text


def test_canonical_url_on_another_site_is_ignored(data_dir: Path) -> None:
    mirror = "https://mirror.example/copies/wildfire?id=3&utm_campaign=x"
    body = (data_dir / "pages" / "article.html").read_bytes()
    article = page_article(_page(body, url=mirror), source="Mirror")
    assert article.url == "https://mirror.example/copies/wildfire?id=3"
    assert article.source == "Mirror"


def test_charset_from_the_content_type_header(data_dir: Path) -> None:
    body = (data_dir / "pages" / "latin1-meta.html").read_bytes()
    article = page_article(_page(body, "text/html; charset=iso-8859-1", "https://noticias.example/huelga"))
    assert "«Llevamos dos años sin convenio», declaró la portavoz sindical" in article.text
    assert article.source == "noticias.example"


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/rss+xml", "text/csv"])
def test_non_html_content_types_are_refused(data_dir: Path, content_type: str) -> None:
    body = (data_dir / "pages" / "article.html").read_bytes()
    with pytest.raises(IngestError) as caught:
        page_article(_page(body, content_type))
    assert str(caught.value) == f"{PAGE_URL}: not an HTML page (content type {content_type})"


def test_unlabelled_html_is_accepted(data_dir: Path) -> None:
    body = (data_dir / "pages" / "article.html").read_bytes()
    assert page_article(_page(body, None)).title == "Wildfire forces evacuation of hill villages"


def test_binary_body_is_refused() -> None:
    with pytest.raises(IngestError, match="binary content"):
        page_article(_page(b"GIF89a\x01\x00\x01\x00\x00\x00\x00" + bytes(64)))


def test_page_without_article_text_is_refused(data_dir: Path) -> None:
    with pytest.raises(IngestError, match="no article text found on the page"):
        page_article(_page((data_dir / "pages" / "no-text.html").read_bytes()))


def test_feed_links(data_dir: Path) -> None:
    body = (data_dir / "pages" / "article.html").read_bytes()
    assert feed_links(body, PAGE_URL) == ["https://www.observer.example/feeds/latest.atom"]
    html = (
        b'<link rel="stylesheet" href="/s.css"><link rel="alternate" type="text/html" href="/amp">'
        b'<LINK REL="Alternate" TYPE="application/rss+xml" HREF="https://cdn.example/rss">'
        b'<link rel="alternate" type="application/feed+json; charset=utf-8" href="feed.json">'
    )
    assert feed_links(html, "https://site.example/news/") == [
        "https://cdn.example/rss",
        "https://site.example/news/feed.json",
    ]
