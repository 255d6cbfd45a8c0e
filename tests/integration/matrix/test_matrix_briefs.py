"""Scheduled briefs posted in a Matrix room on a real Synapse: formatted notices, sent once, inert text."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from integration.scheduling.scheduling_support import paused_scheduler, run_times
from matrix_support import MakeBot, RunningBot, ask, bot_notices
from support import FakeClock
from synapse_server import Person, Synapse

from bot.app import ScheduledJobs
from bot.models import CommandRequest
from bot.render_filters import WORD_JOINER
from bot.render_matrix import check_html
from bot.store.tables import deliveries

HOSTILE = """Attack on the convoy <b>@room</b> <img src=x onerror=alert(1)>

BAGHDAD, May 6, 2024 (Wire) – A convoy was attacked near <a href="https://evil.example/login">the UN site</a> \
on Monday, @room officials said, asking readers to write to @alice:briefbot.test at once.

"Click <a href='javascript:alert(1)'>here</a> and tell @room everything," the spokesman, Omar Haddad, told \
reporters.
"""


def markup_of(html: str) -> tuple[set[str], list[str]]:
    """The tags a client would render from `html`, and the links it would make."""
    tags: set[str] = set()
    links: list[str] = []

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.add(tag)
            links.extend(value or "" for name, value in attrs if name == "href")

    Reader().feed(html)
    return tags, links


def brief_room(make_bot: MakeBot, person: Person, **overrides: Any) -> tuple[RunningBot, str]:
    room = person.create_room()
    running = make_bot(destinations=[{"name": "ops", "transport": "matrix", "room": room,
                                      "schedule": "0 7 * * *", "timezone": "UTC"}], **overrides)
    person.invite(room, running.user_id)
    person.wait_for(lambda: person.members(room).get(running.user_id) == "join", what="the bot to join")
    return running, room


def run_the_day(running: RunningBot, clock: FakeClock) -> None:
    """Start up at 06:30, then step the paused scheduler through the day's brief at 07:00."""
    jobs = ScheduledJobs(running.bot)
    scheduler = paused_scheduler(running.bot)
    try:
        jobs.start_up()
        for fire in run_times(scheduler, "brief:ops", clock.now + timedelta(hours=12)):
            clock.now = fire
            jobs.brief("ops")
    finally:
        scheduler.shutdown(wait=False)


def test_a_scheduled_brief_arrives_once_as_a_formatted_notice(
    make_bot: MakeBot, person: Person, clock: FakeClock
) -> None:
    clock.now = datetime(2024, 5, 6, 6, 30, tzinfo=UTC)
    running, room = brief_room(make_bot, person)
    run_the_day(running, clock)
    run_the_day(running, clock)  # the same day again: already delivered
    notices = person.wait_for(lambda: bot_notices(person, room, running.user_id), what="the brief")
    assert len(notices) == 1
    content = notices[0]["content"]
    assert content["format"] == "org.matrix.custom.html"
    for section in ("Key developments", "Mission status", "Who said what"):
        assert section in content["body"] and section in content["formatted_body"]
    assert "CJTF-OIR" in content["formatted_body"]
    check_html(content["formatted_body"])


def test_hostile_article_text_arrives_inert(
    make_bot: MakeBot, person: Person, clock: FakeClock, articles_dir: Path
) -> None:
    (articles_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    clock.now = datetime(2024, 5, 6, 6, 30, tzinfo=UTC)
    running, room = brief_room(make_bot, person)
    run_the_day(running, clock)
    content = person.wait_for(lambda: bot_notices(person, room, running.user_id), what="the brief")[0]["content"]
    body, html = content["body"], content["formatted_body"]
    assert "Attack on the convoy" in body
    for text in (body, html):
        assert not re.search(r"@room|@alice:", text), text  # no room ping, no user pill
        assert f"@{WORD_JOINER}room" in text
    check_html(html)  # only the tags Matrix clients accept, links only to http(s)
    tags, links = markup_of(html)
    assert not tags & {"b", "img", "script"}  # the templates use <strong>; the article's tags are text
    assert not [link for link in links if "evil.example" in link or not link.startswith(("https:", "http:"))]
    assert "&lt;b&gt;" in html and "&lt;a href=" in html  # the article's markup shows as text
    assert content["m.mentions"] == {}


def test_a_brief_waits_out_a_homeserver_outage_and_arrives_once(
    make_bot: MakeBot, person: Person, clock: FakeClock, synapse: Synapse
) -> None:
    clock.now = datetime(2024, 5, 6, 6, 59, tzinfo=UTC)
    running, room = brief_room(make_bot, person)
    jobs = ScheduledJobs(running.bot)
    jobs.start_up()
    clock.now = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
    synapse.stop()
    try:
        sending = threading.Thread(target=jobs.brief, args=("ops",))
        sending.start()
        time.sleep(2)  # the transport is retrying against a closed port meanwhile
        assert sending.is_alive()
    finally:
        synapse.start()
    sending.join(40)
    assert not sending.is_alive()
    notices = person.wait_for(lambda: bot_notices(person, room, running.user_id), what="the brief")
    assert len(notices) == 1

    # a crash after the homeserver took the event but before the delivery was marked sent: the retry
    # uses the same transaction id, and the homeserver drops it
    with running.bot.store.engine.connect() as connection:
        delivery_id = connection.scalar(sa.select(deliveries.c.id).where(deliveries.c.destination == "ops"))
    transport = running.bot.transports["matrix"]
    message = running.bot.renderer.render(running.bot.pipeline.brief_for(
        running.bot.settings.destinations[0], clock.now - timedelta(days=1), clock.now), "matrix")
    receipt = transport.send(room, message, delivery_id, "ops")
    assert receipt.ok and receipt.remote_id == notices[0]["event_id"]
    assert len(bot_notices(person, room, running.user_id)) == 1

    # and the sync loop found its way back: commands are answered again
    assert "Commands:" in ask(person, room, running, "!help")["content"]["body"]


def test_rate_limits_are_waited_out(make_bot: MakeBot, person: Person, synapse: Synapse) -> None:
    running, room = brief_room(make_bot, person)
    admin = synapse.register(admin=True)
    path = f"/_synapse/admin/v1/users/{running.user_id}/override_ratelimit"
    answer = httpx.post(synapse.url + path, json={"messages_per_second": 1, "burst_count": 1},
                        headers={"Authorization": f"Bearer {admin.access_token}"}, timeout=10)
    answer.raise_for_status()
    transport = running.bot.transports["matrix"]
    message = running.bot.renderer.render(running.bot.commands.handle(CommandRequest(command="help")), "matrix")
    started = time.monotonic()
    receipts = [transport.send(room, message, f"rate-{n}", "ops") for n in range(3)]
    elapsed = time.monotonic() - started
    assert [r.ok for r in receipts] == [True, True, True], [r.error for r in receipts]
    assert elapsed >= 1.0  # the homeserver said M_LIMIT_EXCEEDED and the sender waited retry_after_ms
    assert len(bot_notices(person, room, running.user_id)) == 3


def test_a_room_the_bot_is_not_in_is_a_failed_receipt_not_an_error(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    room = person.create_room()  # never invited
    transport = running.bot.transports["matrix"]
    message = running.bot.renderer.render(running.bot.commands.handle(CommandRequest(command="help")), "matrix")
    receipt = transport.send(room, message, "not-a-member", "ops")
    assert not receipt.ok and receipt.error is not None and "M_FORBIDDEN" in receipt.error
    assert receipt.retry_after_seconds is None
