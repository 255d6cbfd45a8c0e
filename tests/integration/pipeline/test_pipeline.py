"""The whole path on real parts: files → store (SQLite and PostgreSQL) → analysis → brief → transport.

Nothing is delivered twice, nothing is lost when a send crashes or fails, one bad source stops nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FakeClock, RecordingTransport

from bot.app import source_collector
from bot.ingest.fetch import Fetcher
from bot.pipeline import Pipeline
from bot.render import Renderer
from bot.settings import ConsoleDestination, SourceSettings
from bot.store import Store, open_store

FOLLOW_UP = """Iraqi forces take over last coalition-held base in Anbar

BAGHDAD, Dec. 12, 2021 (Wire) – Iraqi troops assumed full control of Ain al-Asad air base on Sunday, days after the \
US-led coalition declared the end of its combat role in Iraq.

"The handover shows that Iraqi forces can secure their own country," Defence Minister Juma Inad told reporters at \
the base.

A coalition spokesperson said the remaining advisers would stay at the invitation of the Iraqi government.
"""


@pytest.fixture
def store(database_url: str) -> Store:
    opened = open_store(database_url)
    yield opened
    opened.close()


def make_pipeline(store: Store, transport: RecordingTransport, clock: FakeClock) -> Pipeline:
    return Pipeline(
        store=store, collect=source_collector(Fetcher(), clock), render=Renderer().render,
        transports={"console": transport}, clock=clock,
    )


DESTINATION = ConsoleDestination(name="ops", schedule="0 7 * * *")


def test_ingest_analyse_and_brief_once_per_slot(
    store: Store, articles_dir: Path, transport: RecordingTransport, clock: FakeClock
) -> None:
    pipeline = make_pipeline(store, transport, clock)
    source = SourceSettings(name="local", location=str(articles_dir), kind="files")
    assert pipeline.ingest([source]).new_articles == 1
    assert pipeline.ingest([source]).new_articles == 0  # the same files again store nothing
    assert pipeline.analyse_pending() == 1
    assert pipeline.analyse_pending() == 0

    receipt = pipeline.deliver(DESTINATION, "cron:2024-05-06T07:00")
    assert receipt is not None and receipt.ok
    [(target, _, message)] = transport.sent
    assert target == "-"
    for section in ("Key developments", "Mission status", "Who said what"):
        assert section in message.text
    assert "Brennan" in message.text and "non-combat" in message.text

    assert pipeline.deliver(DESTINATION, "cron:2024-05-06T07:00") is None  # the same slot: never twice
    clock.advance(days=1)
    assert pipeline.deliver(DESTINATION, "cron:2024-05-07T07:00") is None  # nothing new: nothing sent
    assert len(transport.sent) == 1

    (articles_dir / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    assert pipeline.ingest([source]).new_articles == 1
    pipeline.analyse_pending()
    receipt = pipeline.deliver(DESTINATION, "cron:2024-05-07T07:00")
    assert receipt is not None and receipt.ok
    second = transport.sent[-1][2].text
    assert "Juma Inad" in second and "Many brave men and women" not in second  # only what is new


def test_a_crash_mid_send_is_retried_with_the_same_delivery_and_window(
    store: Store, articles_dir: Path, transport: RecordingTransport, clock: FakeClock
) -> None:
    pipeline = make_pipeline(store, transport, clock)
    pipeline.ingest([SourceSettings(name="local", location=str(articles_dir))])
    pipeline.analyse_pending()
    transport.crash_next = True
    with pytest.raises(SystemError):
        pipeline.deliver(DESTINATION, "cron:2024-05-06T07:00")
    assert store.deliveries.pending("ops", clock()) == []  # a send in progress, perhaps elsewhere: hands off
    clock.advance(minutes=11)
    [stale] = store.deliveries.pending("ops", clock())
    clock.advance(hours=1)
    pipeline.deliver(DESTINATION, "cron:2024-05-06T08:00")  # the next run sends the stale one first
    assert [delivery_id for _, delivery_id, _ in transport.sent] == [stale.id]
    assert "Brennan" in transport.sent[0][2].text
    assert store.deliveries.pending("ops", clock()) == []
    [run] = [r for r in store.jobs.recent() if r.ok is False]
    assert "simulated crash" in (run.detail or "")


def test_a_refused_delivery_is_not_lost(
    store: Store, articles_dir: Path, transport: RecordingTransport, clock: FakeClock
) -> None:
    pipeline = make_pipeline(store, transport, clock)
    pipeline.ingest([SourceSettings(name="local", location=str(articles_dir))])
    pipeline.analyse_pending()
    transport.refuse_with = "channel_not_found"
    receipt = pipeline.deliver(DESTINATION, "cron:2024-05-06T07:00")
    assert receipt is not None and not receipt.ok and receipt.error == "channel_not_found"
    transport.refuse_with = None
    clock.advance(days=1)
    receipt = pipeline.deliver(DESTINATION, "cron:2024-05-07T07:00")  # covers the failed brief's window too
    assert receipt is not None and receipt.ok
    assert "Brennan" in transport.sent[0][2].text


def test_one_bad_source_stops_nothing(
    store: Store, articles_dir: Path, tmp_path: Path, transport: RecordingTransport, clock: FakeClock
) -> None:
    (articles_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    pipeline = make_pipeline(store, transport, clock)
    report = pipeline.ingest([
        SourceSettings(name="missing", location=str(tmp_path / "nope")),
        SourceSettings(name="local", location=str(articles_dir)),
    ])
    assert report.new_articles == 1
    assert len(report.failures) == 2
    assert any("nope" in f and "no such file" in f for f in report.failures)
    assert any("broken.txt" in f for f in report.failures)
    assert store.articles.count() == 1
