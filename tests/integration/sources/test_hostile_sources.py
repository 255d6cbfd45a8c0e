"""One poll cycle over every way a source goes wrong, on a real HTTP server and both databases: each bad
source gets its handling and a health record, the good ones are stored all the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from integration.ingest.ingest_fixture_server import DATA, FixtureServer, Route
from sources_support import Item, make_pipeline, serve_feed
from support import FakeClock

from bot.ingest.fetch import Fetcher, FetchPolicy
from bot.settings import SourceSettings
from bot.store import Store

PUBLISHED = datetime(2024, 5, 6, 6, 0, tzinfo=UTC)
ONE_ITEM = [Item("port-reopens", "Port reopens after storm", "The port reopened on Monday.", PUBLISHED)]


def test_a_cycle_over_hostile_sources_records_each_and_goes_on(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    good = serve_feed(server, "/good.xml", ONE_ITEM)
    server.routes["/error"] = Route(status=500, body=b"oops")
    server.routes["/slow"] = Route(delay=5, body=b"too late")
    server.routes["/huge"] = Route(body=b"<rss>" + b" " * 200_000 + b"</rss>", content_length=False,
                                   headers={"Content-Type": "application/rss+xml"})
    server.redirect("/sneaky", server.url("/good.xml", host="127.0.0.2"))
    server.redirect("/sneaky-v6", server.url("/good.xml", host="[::1]"))
    server.file("/bomb.xml", "feeds/entity-bomb.xml", "application/rss+xml")
    server.file("/login", "pages/no-text.html", "text/html")
    server.file("/news/wildfire", "pages/article.html", "text/html; charset=utf-8")
    server.file("/feeds/latest.atom", "feeds/atom.xml", "application/atom+xml")
    sources = [
        SourceSettings(name="error", location=server.url("/error")),
        SourceSettings(name="missing", location=server.url("/missing.xml")),
        SourceSettings(name="slow", location=server.url("/slow")),
        SourceSettings(name="huge", location=server.url("/huge")),
        SourceSettings(name="sneaky", location=server.url("/sneaky")),
        SourceSettings(name="sneaky-v6", location=server.url("/sneaky-v6")),
        SourceSettings(name="bomb", location=server.url("/bomb.xml")),
        SourceSettings(name="login", location=server.url("/login"), kind="feed"),
        SourceSettings(name="page-with-feed", location=server.url("/news/wildfire"), kind="feed"),
        SourceSettings(name="good", location=good),
    ]

    report = make_pipeline(store, fetcher, clock).ingest(sources)

    expected_errors = {
        "error": "HTTP 500",
        "missing": "HTTP 404 Not Found",
        "slow": "timed out after 1 s",
        "huge": "response larger than 100000 bytes",
        "sneaky": "redirected to http://127.0.0.2:",
        "sneaky-v6": "redirected to http://[::1]:",
        "login": "advertises no feed",
    }
    assert len(report.failures) == len(expected_errors)
    for name, fragment in expected_errors.items():
        state = store.sources.get(name)
        assert state is not None and state.consecutive_failures == 1, name
        assert state.last_error is not None and fragment in state.last_error, (name, state.last_error)
        assert "\n" not in state.last_error
        assert state.failing_since == clock.now and state.last_success_at is None
        assert state.next_poll_at == clock.now + timedelta(minutes=60)  # 2 × the 30-minute interval
        assert any(fragment in failure for failure in report.failures)
    for name in ("sneaky", "sneaky-v6"):  # every redirect hop is checked, like the first request
        assert "refused:" in (store.sources.get(name).last_error or "")  # type: ignore[union-attr]
        assert "is a loopback address" in (store.sources.get(name).last_error or "")  # type: ignore[union-attr]

    for name, items in {"bomb": 1, "page-with-feed": 2, "good": 1}.items():
        state = store.sources.get(name)
        assert state is not None and state.consecutive_failures == 0 and state.last_error is None, name
        assert state.last_success_at == clock.now and state.items_seen == items
        assert state.next_poll_at == clock.now + timedelta(minutes=30)
    assert report.new_articles == 4
    assert store.articles.count_by_source() == {"bomb": 1, "page-with-feed": 2, "good": 1}
    bomb = store.articles.get(store.articles.ids_fetched_between(None, clock.now, ["bomb"]))
    assert len(bomb[0].text) < (DATA / "feeds" / "entity-bomb.xml").stat().st_size
    # the page given as a feed was followed to the feed it advertises, and nothing was read twice
    assert [seen.path for seen in server.seen].count("/feeds/latest.atom") == 1


def test_html_instead_of_xml_is_tracked_as_a_page_or_refused(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    page = (DATA / "pages" / "article.html").read_bytes().replace(b'rel="alternate"', b'rel="stylesheet"')
    server.routes["/feed.xml"] = Route(body=page, headers={"Content-Type": "application/rss+xml"})
    server.file("/login.xml", "pages/no-text.html", "application/rss+xml")
    pipeline = make_pipeline(store, fetcher, clock)
    article = SourceSettings(name="article", location=server.url("/feed.xml"), kind="feed")

    report = pipeline.ingest([article, SourceSettings(name="login", location=server.url("/login.xml"))])

    [tracked] = store.articles.get(store.articles.ids_fetched_between(None, clock.now, ["article"]))
    assert tracked.title == "Wildfire forces evacuation of hill villages"
    assert f"{article.location} is a page that advertises no feed; tracking the page itself" in caplog.messages
    [failure] = report.failures
    assert failure.endswith("/login.xml: no article text found on the page")
    assert store.sources.get("login").consecutive_failures == 1  # type: ignore[union-attr]

    # the tracked page changes: its one article is updated, not added again
    server.routes["/feed.xml"] = Route(body=page.replace(b"The fire jumped", b"The blaze jumped"))
    clock.advance(minutes=30)
    assert (pipeline.ingest([article]).new_articles, store.articles.count_by_source()["article"]) == (0, 1)
    [updated] = store.articles.get([tracked.id])
    assert "The blaze jumped" in updated.text and updated.fetched_at == tracked.fetched_at


def test_the_default_policy_refuses_the_loopback_server(
    server: FixtureServer, store: Store, clock: FakeClock
) -> None:
    url = serve_feed(server, "/good.xml", ONE_ITEM)
    with Fetcher(FetchPolicy()) as default:
        report = make_pipeline(store, default, clock).ingest([SourceSettings(name="local", location=url)])
    [failure] = report.failures
    assert failure == f"{url}: refused: 127.0.0.1 is a loopback address"
    assert server.seen == []
    assert store.sources.get("local").consecutive_failures == 1  # type: ignore[union-attr]


def test_a_bad_source_loses_nothing_already_stored(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    url = serve_feed(server, "/wire.xml", ONE_ITEM)
    source = SourceSettings(name="wire", location=url)
    pipeline = make_pipeline(store, fetcher, clock)
    assert pipeline.ingest([source]).new_articles == 1
    server.file("/wire.xml", "feeds/malformed.xml", "application/rss+xml")
    clock.advance(minutes=30)

    report = pipeline.ingest([source])

    assert len(report.failures) == 1 and "not a feed" in report.failures[0]
    assert store.articles.count_by_source() == {"wire": 1}
    state = store.sources.get("wire")
    assert state is not None and state.consecutive_failures == 1
    assert state.last_success_at == clock.now - timedelta(minutes=30)
