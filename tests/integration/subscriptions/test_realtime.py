"""Realtime destinations: new items posted after each poll, a burst beyond the limit as one digest, all
through the outbox, so a second run, a restart, a failed send or a second process never posts twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from integration.ingest.ingest_fixture_server import FixtureServer
from integration.sources.sources_support import serve_feed
from subscriptions_support import T0, make_bot, stories
from support import FakeClock, RecordingTransport

from bot.app import BriefBot, ingest_and_analyse
from bot.models import DeliveryReceipt, RenderedMessage
from bot.store.tables import deliveries


def realtime(**extra: Any) -> dict[str, Any]:
    return {"name": "ops", "transport": "console", "mode": "realtime", "burst_limit": 3, **extra}


def bot_for(
    database_url: str, clock: FakeClock, transport: RecordingTransport, url: str, **destination: Any
) -> BriefBot:
    return make_bot(database_url, clock, transport,
                    sources=[{"name": "coast", "location": url, "kind": "feed", "first_poll_limit": 10}],
                    destinations=[realtime(**destination)])


def texts(transport: RecordingTransport) -> list[str]:
    return [message.text for _, _, message in transport.sent]


def outbox(bot: BriefBot) -> list[tuple[str, str]]:
    with bot.store.engine.connect() as connection:
        rows = connection.execute(sa.select(deliveries.c.kind, deliveries.c.status)
                                  .order_by(deliveries.c.created_at, deliveries.c.slot)).all()
    return [(row.kind, row.status) for row in rows]


def test_a_burst_is_one_digest_sent_once_however_often_the_pipeline_runs(
    server: FixtureServer, database_url: str, clock: FakeClock, transport: RecordingTransport
) -> None:
    clock.now = T0
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", "rail"))
    bot = bot_for(database_url, clock, transport, url)

    ingest_and_analyse(bot, force=True)
    ingest_and_analyse(bot, force=True)  # the pipeline runs twice
    clock.advance(minutes=1)
    ingest_and_analyse(bot, force=True)
    bot.close()
    restarted = bot_for(database_url, clock, transport, url)
    ingest_and_analyse(restarted, force=True)

    [digest] = texts(transport)
    lines = digest.splitlines()
    assert lines[0].startswith("5 new articles since ")
    assert lines[1] == "By source: coast 5"
    assert lines[2] == "Top headlines:" and len(lines) == 8
    assert "- Rail strike called off (coast, 2024-05-06) — https://wire.example/rail" in lines
    assert outbox(restarted) == [("digest", "sent")]
    restarted.close()


def test_items_one_by_one_until_the_window_fills_then_a_digest_then_items_again(
    server: FixtureServer, database_url: str, clock: FakeClock, transport: RecordingTransport
) -> None:
    clock.now = T0
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget"))
    bot = bot_for(database_url, clock, transport, url)
    ingest_and_analyse(bot, force=True)
    assert sorted(texts(transport)) == ["New: City council passes the budget\nThe vote was close, with nine members "
                                        "against.\nSource: City council passes the budget (coast, 2024-05-06) — "
                                        "https://wire.example/budget",
                                        "New: Harbour reopens after the storm\nShips docked again on Monday after a "
                                        "three-day closure.\nSource: Harbour reopens after the storm (coast, "
                                        "2024-05-06) — https://wire.example/harbour"]

    clock.advance(minutes=20)  # two more within the hour: 2 + 2 messages would pass the limit of 3
    serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", hours=1))
    ingest_and_analyse(bot, force=True)
    assert texts(transport)[2].startswith("2 new articles since 2024-05-06 06:00 UTC")

    clock.advance(minutes=70)  # the window has moved on: one message in it (the digest), room for one item
    serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", "rail", hours=2))
    ingest_and_analyse(bot, force=True)
    assert texts(transport)[3].startswith("New: Rail strike called off")
    assert outbox(bot) == [("item", "sent"), ("item", "sent"), ("digest", "sent"), ("item", "sent")]
    bot.close()


def test_only_what_the_subscriptions_admit_is_posted(
    server: FixtureServer, database_url: str, clock: FakeClock, transport: RecordingTransport
) -> None:
    clock.now = T0
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", "storm"))
    bot = bot_for(database_url, clock, transport, url, filter="storm", burst_limit=5)
    ingest_and_analyse(bot, force=True)
    assert sorted(text.splitlines()[0] for text in texts(transport)) == [
        "New: Harbour reopens after the storm", "New: Storm damage bill tops a million"]
    bot.close()


def test_a_failed_or_crashed_post_is_retried_at_the_next_poll_never_doubled(
    server: FixtureServer, database_url: str, clock: FakeClock, transport: RecordingTransport
) -> None:
    clock.now = T0
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget"))
    bot = bot_for(database_url, clock, transport, url)
    transport.crash_next = True  # the first post dies mid-send
    ingest_and_analyse(bot, force=True)
    assert len(transport.sent) == 1 and sorted(status for _, status in outbox(bot)) == ["failed", "sent"]

    clock.advance(minutes=30)
    ingest_and_analyse(bot, force=True)
    ingest_and_analyse(bot, force=True)
    assert sorted(text.splitlines()[0] for text in texts(transport)) == [
        "New: City council passes the budget", "New: Harbour reopens after the storm"]
    assert outbox(bot) == [("item", "sent"), ("item", "sent")]

    clock.advance(minutes=5)
    serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", "rail", hours=1))
    transport.refuse_with = "rate_limited"
    ingest_and_analyse(bot, force=True)
    assert outbox(bot)[-1] == ("digest", "failed")
    transport.refuse_with = None
    clock.advance(minutes=30)
    ingest_and_analyse(bot, force=True)
    assert len(transport.sent) == 3 and texts(transport)[2].startswith("3 new articles since 2024-05-06 06:00 UTC")
    assert outbox(bot)[-1] == ("digest", "sent")
    bot.close()


@dataclass
class SendingStartsAnotherRun(RecordingTransport):
    """While a post is on its way, a second process runs the same realtime step on the same database."""

    meanwhile: Callable[[], object] | None = None

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        if self.meanwhile is not None:
            run, self.meanwhile = self.meanwhile, None
            run()
        return super().send(target, message, delivery_id, destination)


def test_a_second_process_does_not_post_what_the_first_is_posting(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    clock.now = T0
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget", "ferry", "museum", "rail"))
    first, second = SendingStartsAnotherRun(), RecordingTransport()
    bot = bot_for(database_url, clock, first, url)
    other = bot_for(database_url, clock, second, url)
    bot.pipeline.ingest(list(bot.settings.sources), force=True)
    bot.pipeline.analyse_pending()
    first.meanwhile = other.realtime.post_new

    assert bot.realtime.post_new() == []
    assert other.realtime.post_new() == []  # and later: the digest is sent, nothing is left to post

    assert len(first.sent) == 1 and second.sent == []
    assert outbox(bot) == [("digest", "sent")]
    bot.close()
    other.close()
