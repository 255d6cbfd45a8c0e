"""Polling over months: conditional GET, intervals and backoff, the first poll's back catalogue, edits
upstream. Real HTTP server on 127.0.0.1, SQLite and PostgreSQL, a clock moved by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from integration.ingest.ingest_fixture_server import DATA, FixtureServer, Route
from sources_support import Item, make_pipeline, serve_feed
from support import FakeClock

from bot.ingest.fetch import Fetcher
from bot.settings import SourceSettings
from bot.store import Store

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
MODIFIED = "Wed, 01 May 2024 08:00:00 GMT"


TOPICS = ("harbour", "election", "wildfire", "budget", "railway", "flood", "vaccine", "summit", "drought",
          "bridge", "orchestra", "satellite", "fishery", "museum", "tramline", "glacier")


def title(n: int) -> str:
    return f"{TOPICS[n].capitalize()} {n}"


def items(count: int, start: int = 0) -> list[Item]:
    """`count` items on unrelated topics, newest first as feeds list them, one hour apart."""
    return [
        Item(f"story-{n}", title(n), f"News about the {TOPICS[n]}.", T0 + timedelta(hours=n))
        for n in reversed(range(start, start + count))
    ]


def announced(store: Store, since: datetime | None, until: datetime, source: str) -> list[str]:
    return [a.title for a in store.articles.get(store.articles.ids_fetched_between(since, until, [source]))]


def test_conditional_get_sends_the_validators_and_304_is_a_success(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    url = serve_feed(server, "/wire.xml", items(3), etag='"v1"', last_modified=MODIFIED)
    source = SourceSettings(name="wire", location=url, interval_minutes=30)
    pipeline = make_pipeline(store, fetcher, clock)
    assert pipeline.ingest([source]).new_articles == 3
    first = store.sources.get("wire")
    assert first is not None and (first.etag, first.last_modified) == ('"v1"', MODIFIED)

    clock.advance(minutes=30)
    report = pipeline.ingest([source])

    assert report.new_articles == 0 and report.failures == []
    assert server.seen[-1].headers["If-None-Match"] == '"v1"'
    assert server.seen[-1].headers["If-Modified-Since"] == MODIFIED
    state = store.sources.get("wire")
    assert state is not None
    assert state.last_success_at == clock.now and state.consecutive_failures == 0
    assert state.next_poll_at == clock.now + timedelta(minutes=30)
    assert (state.etag, state.last_modified, state.items_seen) == ('"v1"', MODIFIED, 3)  # kept through the 304
    assert store.jobs.recent(1)[0].detail == "not modified"


def test_a_source_is_polled_only_when_due_unless_forced(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    source = SourceSettings(name="wire", location=serve_feed(server, "/wire.xml", items(2)), interval_minutes=60)
    pipeline = make_pipeline(store, fetcher, clock)
    pipeline.ingest([source])
    clock.advance(minutes=20)
    assert pipeline.ingest([source]).not_due == ["wire"]
    assert len(server.seen) == 1
    assert pipeline.ingest([source], force=True).not_due == []
    assert len(server.seen) == 2
    clock.advance(minutes=55)  # a scheduler firing a moment early (within a tenth of the interval) still polls
    assert pipeline.ingest([source]).not_due == []
    assert len(server.seen) == 3


def test_backoff_grows_while_failing_and_resets_on_success(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    server.routes["/wire.xml"] = Route(status=503, body=b"down for maintenance")
    source = SourceSettings(name="wire", location=server.url("/wire.xml"), interval_minutes=30)
    pipeline = make_pipeline(store, fetcher, clock)
    waits = []
    for _ in range(8):
        pipeline.ingest([source])
        state = store.sources.get("wire")
        assert state is not None and state.next_poll_at is not None
        waits.append(state.next_poll_at - clock.now)
        clock.advance(minutes=1)
        assert pipeline.ingest([source]).not_due == ["wire"]  # backing off: not polled in between
        clock.now = state.next_poll_at
    assert [w // timedelta(minutes=1) for w in waits] == [60, 120, 240, 480, 960, 1440, 1440, 1440]
    assert len(server.seen) == 8
    failing = store.sources.get("wire")
    assert failing is not None and failing.consecutive_failures == 8
    assert failing.failing_since == clock.now - sum(waits, timedelta())
    assert failing.last_error is not None and "HTTP 503" in failing.last_error

    serve_feed(server, "/wire.xml", items(1))
    assert pipeline.ingest([source]).new_articles == 1
    recovered = store.sources.get("wire")
    assert recovered is not None and recovered.consecutive_failures == 0 and recovered.failing_since is None
    assert recovered.next_poll_at == clock.now + timedelta(minutes=30)
    assert recovered.last_error is not None  # the last error stays on record


def test_the_first_poll_records_the_back_catalogue_but_announces_only_the_newest(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    url = serve_feed(server, "/wire.xml", items(8))
    source = SourceSettings(name="wire", location=url, first_poll_limit=3)
    pipeline = make_pipeline(store, fetcher, clock)
    assert pipeline.ingest([source]).new_articles == 8
    assert sorted(announced(store, None, clock.now, "wire")) == sorted(title(n) for n in (5, 6, 7))
    assert store.articles.count_by_source() == {"wire": 8}
    first_poll = clock.now

    clock.advance(minutes=30)
    serve_feed(server, "/wire.xml", items(10))  # two new stories on top
    assert pipeline.ingest([source]).new_articles == 2
    assert sorted(announced(store, first_poll, clock.now, "wire")) == sorted(title(n) for n in (8, 9))
    pipeline.analyse_pending()
    brief = pipeline.brief_for(_console(), None, clock.now)  # a brief over all time: no back catalogue
    assert sorted(d.headline for d in brief.developments) == sorted(title(n) for n in range(5, 10))


def test_a_folders_first_ingest_announces_everything(
    fetcher: Fetcher, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    for name in ("port-reopens.txt", "hard-wrapped.txt", "election-recount.md"):
        (folder / name).write_bytes((DATA / "files" / name).read_bytes())
    source = SourceSettings(name="desk", location=str(folder), first_poll_limit=1)
    assert make_pipeline(store, fetcher, clock).ingest([source]).new_articles == 3
    assert len(announced(store, None, clock.now, "desk")) == 3


def test_an_item_edited_upstream_is_updated_and_reanalysed_but_not_briefed_again(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    story = Item("ceasefire", "Ceasefire talks open in Geneva",
                 "Delegations met on Monday. \u201cWe are here to listen,\u201d envoy Maria Lopez said.", T0)
    url = serve_feed(server, "/wire.xml", [story])
    source = SourceSettings(name="wire", location=url)
    pipeline = make_pipeline(store, fetcher, clock)
    pipeline.ingest([source])
    assert pipeline.analyse_pending() == 1
    [before] = store.articles.get(store.articles.ids_fetched_between(None, clock.now))
    destination = _console()
    assert pipeline.deliver(destination, "cron:1") is not None

    clock.advance(hours=1)
    corrected = Item("ceasefire", "Ceasefire talks open in Geneva (corrected)",
                     "Delegations met on Tuesday. \u201cWe are here to listen,\u201d envoy Maria Lopes said.", T0)
    serve_feed(server, "/wire.xml", [corrected])
    report = pipeline.ingest([source])

    assert (report.new_articles, report.edited_articles) == (0, 1)
    [after] = store.articles.get([before.id])
    assert after.title == corrected.title and "Tuesday" in after.text
    assert after.fetched_at == before.fetched_at  # not new: no brief shows it again
    assert store.facts.quotes_for([before.id]) == []  # the old analysis is gone …
    assert pipeline.analyse_pending() == 1  # … and it is analysed again
    assert [q.speaker for q in store.facts.quotes_for([before.id])] == ["Maria Lopes"]
    clock.advance(hours=1)
    assert pipeline.deliver(destination, "cron:2") is None  # nothing new to brief
    clock.advance(minutes=30)
    assert pipeline.ingest([source]).edited_articles == 0  # the same edit seen again changes nothing


def test_a_changed_location_starts_over(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    old = serve_feed(server, "/old.xml", items(2), etag='"old"')
    new = serve_feed(server, "/new.xml", items(6, start=10), etag='"new"')
    pipeline = make_pipeline(store, fetcher, clock)
    pipeline.ingest([SourceSettings(name="wire", location=old)])
    clock.advance(minutes=30)

    pipeline.ingest([SourceSettings(name="wire", location=new, first_poll_limit=2)])

    assert "If-None-Match" not in server.seen[-1].headers  # the old address's validators are not sent
    assert len(announced(store, clock.now - timedelta(minutes=1), clock.now, "wire")) == 2
    state = store.sources.get("wire")
    assert state is not None and (state.location, state.etag) == (new, '"new"')


def _console():  # type: ignore[no-untyped-def]
    from bot.settings import ConsoleDestination

    return ConsoleDestination(name="ops")
