"""A source failing for longer than its threshold is reported once per run of failures to the destinations
that receive it, through the outbox, and once more when it works again; never on every poll, never twice
after a restart, and never in the way of the briefs."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from integration.ingest.ingest_fixture_server import FixtureServer, Route
from sources_support import Item, make_pipeline, serve_feed
from support import FakeClock, RecordingTransport

from bot.ingest.fetch import Fetcher
from bot.settings import ConsoleDestination, SourceSettings
from bot.store import Store
from bot.store.tables import deliveries

OPS = ConsoleDestination(name="ops")
ELSEWHERE = ConsoleDestination(name="sports", sources=("scores",))
STORY = Item("harbour", "Harbour reopens after the storm", "Ships docked again on Monday.",
             datetime(2024, 5, 6, 6, 0, tzinfo=UTC))


def texts(transport: RecordingTransport) -> list[str]:
    return [message.text for _, _, message in transport.sent]


def alert_rows(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.destination, deliveries.c.kind, deliveries.c.status)
            .where(deliveries.c.kind == "alert").order_by(deliveries.c.created_at)
        ).all()
    return [tuple(row) for row in rows]


def test_a_failing_source_is_reported_once_and_its_recovery_once(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock, transport: RecordingTransport
) -> None:
    server.routes["/wire.xml"] = Route(status=500, body=b"oops")
    source = SourceSettings(name="wire", location=server.url("/wire.xml"), failure_alert_after_minutes=60)
    pipeline = make_pipeline(store, fetcher, clock, transport, destinations=[OPS, ELSEWHERE])

    pipeline.ingest([source], force=True)
    clock.advance(minutes=30)
    pipeline.ingest([source], force=True)
    assert transport.sent == []  # failing, but not for an hour yet
    clock.advance(minutes=31)
    pipeline.ingest([source], force=True)
    [(target, _, alert)] = transport.sent
    assert target == "-"
    assert alert.text.startswith("Source wire has been failing since 2024-05-06 07:00 UTC (3 failed polls): ")
    assert "HTTP 500" in alert.text

    for _ in range(3):  # more failed polls, and a restart: nothing more is said
        clock.advance(hours=2)
        pipeline.ingest([source], force=True)
    restarted = make_pipeline(store, fetcher, clock, transport, destinations=[OPS, ELSEWHERE])
    restarted.ingest([source], force=True)
    assert len(transport.sent) == 1

    serve_feed(server, "/wire.xml", [STORY])
    clock.advance(hours=1)
    assert restarted.ingest([source], force=True).new_articles == 1
    clock.advance(hours=1)
    restarted.ingest([source], force=True)
    assert texts(transport)[1:] == [
        "Source wire is working again (it had been failing since 2024-05-06 07:00 UTC)."]
    assert alert_rows(store) == [("ops", "alert", "sent"), ("ops", "alert", "sent")]

    # a new run of failures is a new episode: reported again once it lasts, recovered again once
    server.routes["/wire.xml"] = Route(status=404)
    clock.advance(hours=1)
    episode = clock.now
    restarted.ingest([source], force=True)
    clock.advance(minutes=90)
    restarted.ingest([source], force=True)
    restarted.ingest([source], force=True)
    assert len(transport.sent) == 3
    assert texts(transport)[2].startswith(f"Source wire has been failing since {episode:%Y-%m-%d %H:%M} UTC")


def test_a_failure_is_reported_while_backing_off_and_briefs_are_not_disturbed(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock, transport: RecordingTransport
) -> None:
    good = SourceSettings(name="harbour", location=serve_feed(server, "/harbour.xml", [STORY]))
    server.routes["/wire.xml"] = Route(status=503)
    bad = SourceSettings(name="wire", location=server.url("/wire.xml"), failure_alert_after_minutes=45)
    pipeline = make_pipeline(store, fetcher, clock, transport, destinations=[OPS])
    pipeline.ingest([good, bad])
    pipeline.analyse_pending()
    clock.advance(minutes=50)  # the next try is due in 60 minutes, but the threshold has passed

    report = pipeline.ingest([bad])

    assert report.not_due == ["wire"] and len(server.seen) == 2
    [alert] = texts(transport)
    assert alert.startswith("Source wire has been failing") and "Next try: 2024-05-06 08:00 UTC." in alert
    receipt = pipeline.deliver(OPS, "cron:2024-05-06T08:00")  # the alert is no brief: this one is still due
    assert receipt is not None and receipt.ok
    assert "Harbour reopens after the storm" in texts(transport)[1]


def test_a_notice_that_cannot_be_sent_is_retried_at_the_next_poll(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    server.routes["/wire.xml"] = Route(status=500)
    source = SourceSettings(name="wire", location=server.url("/wire.xml"), failure_alert_after_minutes=1)
    transport = RecordingTransport(format="slack", refuse_with="channel_not_found")
    pipeline = make_pipeline(store, fetcher, clock, transport, destinations=[OPS])
    pipeline.ingest([source], force=True)
    clock.advance(minutes=5)
    pipeline.ingest([source], force=True)
    assert transport.sent == [] and alert_rows(store) == [("ops", "alert", "failed")]
    state = store.sources.get("wire")
    assert state is not None and state.failure_reported_at is None

    transport.refuse_with = None
    clock.advance(minutes=5)
    pipeline.ingest([source], force=True)
    [(_, _, alert)] = transport.sent
    assert alert.blocks is not None and "Source wire has been failing" in str(alert.blocks)
    assert alert_rows(store) == [("ops", "alert", "sent")]  # the same delivery, not a second one
