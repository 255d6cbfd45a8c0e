"""Canonical URLs, stable ids and clean text."""

from __future__ import annotations

import pytest

from bot.ingest.normalise import (
    article_id_for_guid,
    article_id_for_text,
    article_id_for_url,
    canonical_url,
    clean_text,
    one_line,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("https://news.example:443/a", "https://news.example/a"),
        ("https://news.example:8443/a", "https://news.example:8443/a"),
        ("https://news.example/a#comments", "https://news.example/a"),
        ("https://news.example", "https://news.example/"),
        ("https://news.example./a", "https://news.example/a"),
        ("https://user:secret@news.example/a", "https://news.example/a"),
        (
            "https://news.example/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x&fbclid=IwAR&gclid=Cj0&id=7",
            "https://news.example/a?id=7",
        ),
        ("https://news.example/search?q=a+b&page=2&lang=en", "https://news.example/search?lang=en&page=2&q=a+b"),
        ("https://news.example/a?utm_source=x", "https://news.example/a"),
        ("https://news.example/a?flag&b=", "https://news.example/a?b=&flag"),
        ("https://bücher.example/a", "https://xn--bcher-kva.example/a"),
        ("http://[2001:DB8::1]:8080/a", "http://[2001:db8::1]:8080/a"),
        ("  https://news.example/a  ", "https://news.example/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["/relative/path", "news.example/a", "", "https://news.example:99999/a"])
def test_canonical_url_rejects_what_is_not_an_absolute_url(url: str) -> None:
    with pytest.raises(ValueError, match="URL"):
        canonical_url(url)


def test_url_id_is_a_stable_short_hex_digest() -> None:
    # A golden value (sha256 of the canonical URL, first 16 hex): ids are stored, so they must not change.
    assert article_id_for_url("https://news.example/a?id=7") == "997af4ccd7613468"
    assert article_id_for_url("HTTPS://NEWS.example:443/a?utm_source=x&id=7#top") == "997af4ccd7613468"
    assert article_id_for_url("https://news.example/b") != "997af4ccd7613468"


def test_text_id_ignores_line_endings_wrapping_and_normalisation_form() -> None:
    unix = article_id_for_text("Café reopens", "Café reopens\n\nThe café reopened on Monday.\n")
    windows = article_id_for_text("Café reopens", "Café reopens\r\n\r\nThe café  reopened\r\non Monday.")
    nfd = "Cafe\u0301 reopens"
    decomposed = article_id_for_text(nfd, f"{nfd}\n\nThe cafe\u0301 reopened on Monday.")
    assert unix == windows == decomposed
    assert len(unix) == 16 and int(unix, 16) >= 0
    assert article_id_for_text("Café reopens", "The café reopened on Tuesday.") != unix


def test_guid_id_depends_on_the_feed() -> None:
    first = article_id_for_guid("https://a.example/feed", "item-1")
    assert first == article_id_for_guid("https://A.example/feed#x", " item-1 ")
    assert first != article_id_for_guid("https://b.example/feed", "item-1")


def test_clean_text_one_paragraph_per_line() -> None:
    raw = "\ufeffHeadline\r\n\r\n\r\nFirst  paragraph\twith\u00a0odd   spacing.\r"
    raw += "Second\x00 para\x07graph.\n \n\u2028Third."
    assert clean_text(raw) == "Headline\n\nFirst paragraph with odd spacing.\n\nSecond paragraph.\n\nThird."


def test_clean_text_normalises_to_nfc_and_drops_invisible_characters() -> None:
    assert clean_text("Cafe\u0301 re\u00adopens\u200b") == "Café reopens"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645"  # the zero-width non-joiner is part of the word
    assert clean_text(persian) == persian


def test_clean_text_of_nothing() -> None:
    assert clean_text(" \n\t\r\n ") == ""


def test_one_line() -> None:
    assert one_line("  Council approves\n new depot \t") == "Council approves new depot"
