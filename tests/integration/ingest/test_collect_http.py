"""collect() end to end: feeds and pages served by a real HTTP server on 127.0.0.1, files from disk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_fixture_server import DATA, FIXED_NOW, LOOPBACK_POLICY, FixtureServer, Route

from bot.ingest.collect import collect, collect_detailed
from bot.ingest.errors import IngestError, SourceError
from bot.ingest.fetch import Fetcher, FetchError

Clock = Callable[[], datetime]


def test_rss2_feed(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/world/rss", "feeds/rss2.xml", "application/rss+xml; charset=utf-8")

    collected = collect_detailed(url, fetcher=fetcher, now=clock)

    titles = [article.title for article in collected.articles]
    assert titles == [
        "Security Council renews peacekeeping mandate for another year",
        "Flooding closes Danube crossings as river peaks at Bratislava",
        "Ministers agree fisheries quota after overnight talks",
    ]
    first, second, third = collected.articles
    assert first.url == "https://www.northernledger.example/world/2021/12/09/peacekeeping-mandate-renewed"
    assert first.source == "Northern Ledger – World"
    assert first.published_at == datetime(2021, 12, 9, 14, 42, tzinfo=UTC)
    assert first.fetched_at == FIXED_NOW
    assert first.text.split("\n\n")[1].startswith("“The mission remains the backbone of civilian protection")
    assert "trackView" not in first.text
    assert second.url == server.url("/world/2021/12/08/danube-flooding")  # relative link, resolved
    assert third.url is None
    assert collected.skipped == (f"{url}: entry 4 has neither title nor text",)


def test_atom_feed_with_source_name(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/latest.atom", "feeds/atom.xml", "application/atom+xml")

    collected = collect(url, source="Valley Observer (Atom)", fetcher=fetcher, now=clock)

    depot, hospital = collected
    assert depot.title == "Council approves new bus depot after two-year dispute"
    assert depot.url == "https://observer.example/news/2021/12/bus-depot-approved"
    assert depot.source == "Valley Observer (Atom)"
    assert depot.published_at == datetime(2021, 12, 10, 6, 45, tzinfo=UTC)
    assert depot.text.split("\n\n")[-2:] == ["Construction starts in spring.", "The first buses run in 2023."]
    assert hospital.published_at == datetime(2021, 12, 9, 21, 20, tzinfo=UTC)  # from <updated>
    assert hospital.text == (
        "Median waiting times at the regional hospital fell to 41 days in November.\n\n"
        "Health officials credited the new evening clinics."
    )


def test_rss1_feed(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/rss", "feeds/rss1.rdf", "application/rdf+xml")

    collected = collect(url, fetcher=fetcher, now=clock)

    assert [article.url for article in collected] == [
        "https://wire.example/2021/12/port-strike-ends",
        "https://wire.example/2021/12/new-ferry-route",
    ]
    assert collected[0].source == "Coastal Wire"
    assert collected[1].published_at == datetime(2021, 12, 7, tzinfo=UTC)


def test_json_feed(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/feed.json", "feeds/feed.json", "application/feed+json")

    collected = collect_detailed(url, fetcher=fetcher, now=clock)

    tram, library, budget = collected.articles
    assert tram.url == "https://metrodaily.example/2021/12/09/tram-strike"  # fbclid dropped
    assert tram.text.endswith("“We have a fair offer on the table,” union organiser Dev Patel said.")
    assert tram.published_at == datetime(2021, 12, 9, 10, 30, tzinfo=UTC)
    assert library.url is None and library.published_at == datetime(2021, 12, 8, 17, 0, tzinfo=UTC)
    assert budget.title == budget.text == "City budget passes with a narrow majority."
    assert len(collected.skipped) == 2


def test_feed_labelled_html_is_read_as_a_feed(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/feed", "feeds/rss1.rdf", "text/html")
    assert len(collect(url, fetcher=fetcher, now=clock)) == 2


def test_malformed_feed_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/broken.xml", "feeds/malformed.xml", "application/rss+xml")
    with pytest.raises(IngestError, match=r"broken\.xml: not a feed: .*not well-formed"):
        collect(url, fetcher=fetcher)


def test_page_as_feed_follows_its_feed_link(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    page = server.file("/news/2021/12/wildfire-evacuation", "pages/article.html", "text/html; charset=utf-8")
    server.file("/feeds/latest.atom", "feeds/atom.xml", "application/atom+xml")

    collected = collect(page, kind="feed", fetcher=fetcher, now=clock)

    assert len(collected) == 2
    assert collected[0].source == "The Valley Observer"
    assert [seen.path for seen in server.seen] == ["/news/2021/12/wildfire-evacuation", "/feeds/latest.atom"]


def test_html_page_without_feed_as_feed_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/login", "pages/no-text.html", "text/html")
    with pytest.raises(IngestError, match="advertises no feed"):
        collect(url, kind="feed", fetcher=fetcher)


def test_page_by_sniffing(server: FixtureServer, clock: Clock) -> None:
    server.file("/news/2021/12/wildfire-evacuation?ref=home", "pages/article.html", "text/html")
    url = server.url("/news/2021/12/wildfire-evacuation?ref=home", host="observer.example")

    with Fetcher(LOOPBACK_POLICY, resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        (article,) = collect(url, fetcher=fetcher, now=clock)

    assert article.title == "Wildfire forces evacuation of hill villages"
    assert article.url == "https://observer.example/news/2021/12/wildfire-evacuation"  # its canonical link
    assert article.source == "The Valley Observer"
    assert article.published_at == datetime(2021, 12, 9, 14, 20, tzinfo=UTC)
    assert "“The fire jumped the ridge road shortly after noon" in article.text
    assert "Stay safe everyone" not in article.text  # reader comments are not the article
    assert "Most read" not in article.text


def test_feed_given_as_page_is_refused(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/feed.xml", "feeds/rss2.xml", "application/rss+xml")
    with pytest.raises(IngestError, match=r"not an HTML page \(content type application/rss\+xml\)"):
        collect(url, kind="page", fetcher=fetcher)


def test_page_without_article_text_is_an_error(server: FixtureServer, fetcher: Fetcher) -> None:
    url = server.file("/login", "pages/no-text.html", "text/html")
    with pytest.raises(IngestError, match="no article text"):
        collect(url, fetcher=fetcher)


def test_binary_body_labelled_html_is_refused(server: FixtureServer, fetcher: Fetcher) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    server.routes["/photo"] = Route(body=png, headers={"Content-Type": "text/html"})
    with pytest.raises(IngestError, match="binary content"):
        collect(server.url("/photo"), kind="page", fetcher=fetcher)


def test_unknown_content_is_neither_feed_nor_page(server: FixtureServer, fetcher: Fetcher) -> None:
    server.routes["/report.pdf"] = Route(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"})
    with pytest.raises(IngestError, match=r"neither a feed nor an HTML page \(content type application/pdf"):
        collect(server.url("/report.pdf"), fetcher=fetcher)


def test_fetch_errors_surface_as_source_errors(server: FixtureServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as caught:
        collect(server.url("/missing.xml"), fetcher=fetcher)
    assert isinstance(caught.value, SourceError)
    assert str(caught.value) == f"{server.url('/missing.xml')}: HTTP 404 Not Found"


def test_entry_edited_upstream_keeps_its_id(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/world/rss", "feeds/rss2.xml", "application/rss+xml")
    before = collect(url, fetcher=fetcher, now=clock)[0]
    server.file("/world/rss", "feeds/rss2-updated.xml", "application/rss+xml")
    after = collect(url, fetcher=fetcher, now=clock)[0]

    assert after.id == before.id
    assert after.title != before.title and after.text != before.text


def test_entity_bomb_feed_over_http(server: FixtureServer, fetcher: Fetcher, clock: Clock) -> None:
    url = server.file("/bomb.xml", "feeds/entity-bomb.xml", "application/rss+xml")
    (article,) = collect(url, fetcher=fetcher, now=clock)
    assert article.title == "Markets steady ahead of rate decision"
    assert len(article.text) < (DATA / "feeds" / "entity-bomb.xml").stat().st_size


def test_directory_of_files(tmp_path: Path, fetcher: Fetcher, clock: Clock) -> None:
    folder = tmp_path / "desk"
    (folder / "nested").mkdir(parents=True)
    (folder / "b-port.txt").write_bytes((DATA / "files" / "port-reopens.txt").read_bytes())
    (folder / "nested" / "a-recount.md").write_bytes((DATA / "files" / "election-recount.md").read_bytes())
    (folder / "empty.txt").write_text("  \n\n")
    (folder / ".draft.txt").write_text("Hidden draft\n\nNot for publication.")
    (folder / "notes.csv").write_text("a,b\n")

    collected = collect_detailed(str(folder), fetcher=fetcher, now=clock)

    assert [article.title for article in collected.articles] == [
        "Port reopens after three-day storm closure",
        "Recount confirms narrow win in coastal district",
    ]
    assert {article.source for article in collected.articles} == {"desk"}
    assert collected.skipped == (f"{folder / 'empty.txt'}: file is empty",)


def test_single_file_and_its_errors(tmp_path: Path, fetcher: Fetcher, clock: Clock) -> None:
    path = DATA / "files" / "port-reopens.txt"
    (article,) = collect(str(path), source="desk", fetcher=fetcher, now=clock)
    assert (article.source, article.url, article.fetched_at) == ("desk", None, FIXED_NOW)

    with pytest.raises(IngestError, match="no such file or directory"):
        collect(str(tmp_path / "missing.txt"), fetcher=fetcher)
    with pytest.raises(IngestError, match="needs an http"):
        collect(str(path), kind="feed", fetcher=fetcher)
    with pytest.raises(IngestError, match="unsupported URL scheme"):
        collect("ftp://files.example/news.txt", fetcher=fetcher)
