"""Feed documents (bytes) to Articles: formats, refusals, ids and the entity-bomb defence."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest.errors import IngestError
from bot.ingest.feeds import parse_feed, strip_doctype
from bot.ingest.normalise import article_id_for_guid, article_id_for_url

Clock = Callable[[], datetime]
FEED_URL = "https://feeds.example/world.xml"


def _parse(data_dir: Path, name: str, clock: Clock, **kwargs: str) -> list[tuple[str, str | None, str]]:
    parsed = parse_feed((data_dir / "feeds" / name).read_bytes(), url=FEED_URL, now=clock, **kwargs)
    return [(article.title, article.url, article.text) for article in parsed.articles]


def test_rss2_ids_links_dates_and_html_text(data_dir: Path, clock: Clock) -> None:
    parsed = parse_feed((data_dir / "feeds" / "rss2.xml").read_bytes(), url=FEED_URL, now=clock)

    mandate, flood, fisheries = parsed.articles
    assert parsed.title == "Northern Ledger – World"
    assert mandate.id == article_id_for_url(
        "https://www.northernledger.example/world/2021/12/09/peacekeeping-mandate-renewed"
    )
    assert mandate.published_at == datetime(2021, 12, 9, 14, 42, tzinfo=UTC)  # +0300 converted to UTC
    assert mandate.text.split("\n\n")[0].startswith("NEW YORK — The UN Security Council on Thursday renewed")
    assert mandate.text.endswith("report on a possible drawdown by September.")
    assert flood.url == "https://feeds.example/world/2021/12/08/danube-flooding"
    assert flood.text == (
        "Two bridges were closed on Wednesday as the Danube rose to its highest level since 2013.\n\n"
        "Officials said the peak would pass by Friday."
    )
    assert fisheries.url is None
    assert fisheries.id == article_id_for_guid(FEED_URL, "nl-2021-12-07-0377")
    assert all(article.fetched_at == clock() for article in parsed.articles)
    assert parsed.skipped == (f"{FEED_URL}: entry 4 has neither title nor text",)


def test_edited_entry_keeps_its_id(data_dir: Path, clock: Clock) -> None:
    feeds = data_dir / "feeds"
    before = parse_feed((feeds / "rss2.xml").read_bytes(), url=FEED_URL, now=clock).articles
    after = parse_feed((feeds / "rss2-updated.xml").read_bytes(), url=FEED_URL, now=clock).articles
    assert [article.id for article in after] == [article.id for article in before]
    assert after[0].title.startswith("UPDATED:") and after[0].text != before[0].text


def test_atom(data_dir: Path, clock: Clock) -> None:
    (depot_title, depot_url, depot_text), (_, _, hospital_text) = _parse(data_dir, "atom.xml", clock)
    assert depot_title == "Council approves new bus depot after two-year dispute"
    assert depot_url == "https://observer.example/news/2021/12/bus-depot-approved"
    assert "“This ends two years of uncertainty for residents,” said councillor Ruth Adeyemi" in depot_text
    assert "<p>" not in hospital_text


def test_rss1(data_dir: Path, clock: Clock) -> None:
    assert _parse(data_dir, "rss1.rdf", clock)[0] == (
        "Port strike ends after pay deal",
        "https://wire.example/2021/12/port-strike-ends",
        "Dock workers voted to accept a 6 percent rise, ending a nine-day strike.",
    )


def test_json_feed(data_dir: Path, clock: Clock) -> None:
    parsed = parse_feed((data_dir / "feeds" / "feed.json").read_bytes(), url=FEED_URL, now=clock)
    assert parsed.title == "Metro Daily Briefing"
    assert [article.title for article in parsed.articles] == [
        "Tram drivers call off Friday strike",
        "Library reopens after refurbishment",
        "City budget passes with a narrow majority.",
    ]
    assert parsed.articles[1].id == article_id_for_guid(FEED_URL, "md-20211208-77")
    assert parsed.skipped == (
        f"{FEED_URL}: entry 4 has neither title nor text",
        f"{FEED_URL}: 1 items are not JSON objects",
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"version": "1.0", "items": []}', "JSON document is not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', "JSON Feed without an items list"),
        (b'{"version": ', "invalid JSON"),
        (b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "invalid JSON"),  # nesting bomb
    ],
)
def test_json_that_is_not_a_usable_feed(body: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        parse_feed(body, url=FEED_URL)


def test_malformed_xml_is_not_a_feed(data_dir: Path) -> None:
    with pytest.raises(IngestError, match=r"^https://feeds\.example/world\.xml: not a feed: .*well-formed"):
        parse_feed((data_dir / "feeds" / "malformed.xml").read_bytes(), url=FEED_URL)


def test_slightly_broken_feed_is_read(data_dir: Path, clock: Clock) -> None:
    assert _parse(data_dir, "loose.xml", clock) == [
        (
            "Farmers & growers welcome drought relief",
            "https://courier.example/2021/12/drought-relief",
            "The relief package covers feed & water costs until March.",
        )
    ]


def test_html_page_is_not_a_feed(data_dir: Path) -> None:
    with pytest.raises(IngestError, match="not a feed: this is an HTML page"):
        parse_feed((data_dir / "pages" / "article.html").read_bytes(), url=FEED_URL, content_type="text/html")


def test_entity_bomb_stays_small(data_dir: Path, clock: Clock) -> None:
    body = (data_dir / "feeds" / "entity-bomb.xml").read_bytes()
    parse_feed(b"<rss version='2.0'><channel><title>warm-up</title></channel></rss>", url=FEED_URL)
    tracemalloc.start()
    try:
        parsed = parse_feed(body, url=FEED_URL, now=clock)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Expanded, the entity would be ~48 MB of text (feedparser alone peaks near 400 MB on it).
    assert peak < 10_000_000
    (article,) = parsed.articles
    assert article.title == "Markets steady ahead of rate decision"
    assert len(article.text) < len(body)


def test_utf16_feed_with_a_doctype_is_transcoded_and_defused(clock: Clock) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<!DOCTYPE rss [<!ENTITY big "' + "x" * 5000 + '">]>\n'
        "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Strike ends</title>"
        "<link>https://wire.example/a</link><description>Workers return &big;&big;&big; today.</description>"
        "</item></channel></rss>"
    )
    content_type = "text/xml; charset=utf-16"
    parsed = parse_feed(xml.encode("utf-16"), url=FEED_URL, content_type=content_type, now=clock)
    (article,) = parsed.articles
    assert article.title == "Strike ends"
    assert "xxxxx" not in article.text


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (b'<?xml version="1.0"?>\n<!DOCTYPE rss>\n<rss/>', b'<?xml version="1.0"?>\n\n<rss/>'),
        (b'<!DOCTYPE rss [ <!ENTITY a "]>"> <!-- ]> --> ]><rss>&a;</rss>', b"<rss>&a;</rss>"),
        (b"\xef\xbb\xbf<!-- c --><!doctype feed SYSTEM 'x.dtd'><feed/>", b"\xef\xbb\xbf<!-- c --><feed/>"),
        (b"<rss><title>&lt;!DOCTYPE x&gt;</title></rss>", b"<rss><title>&lt;!DOCTYPE x&gt;</title></rss>"),
        (b"<!DOCTYPE rss [ <!ENTITY a 'never closed'", b""),
    ],
)
def test_strip_doctype(document: bytes, expected: bytes) -> None:
    assert strip_doctype(document) == expected
