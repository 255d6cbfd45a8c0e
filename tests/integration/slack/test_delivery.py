"""Scheduled briefs to Slack channels through chat.postMessage at the configured Web API: on schedule, once
each through a 429 storm, long ones as a thread, Slack's errors as delivery statuses, hostile article text
inert."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import OPS, MakeBot
from slack_support import FakeSlack
from support import FakeClock

from bot.app import BriefBot, ScheduledJobs, ingest_and_analyse, slack_transport
from bot.models import RenderedMessage
from bot.render_slack import page_text, paginate
from bot.scheduler import build_scheduler, sync_jobs
from bot.store.tables import deliveries
from bot.transports.slack import slack_client
from bot.transports.slack_api import SlackSender

CHANNELS = ("C0OPS", "C0DESK", "C0WIRE")


def statuses(bot: BriefBot) -> list[tuple[str, str]]:
    with bot.store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            sa.select(deliveries.c.destination, deliveries.c.status).order_by(deliveries.c.destination))]


def test_a_brief_is_posted_to_its_channel_on_schedule(
    make_bot: MakeBot, clock: FakeClock, slack_api: FakeSlack
) -> None:
    clock.now = datetime(2024, 5, 6, 6, 0, tzinfo=UTC)
    bot = make_bot()
    jobs = ScheduledJobs(bot)
    scheduler = build_scheduler(bot.store.engine, bot.settings)
    scheduler.start(paused=True)
    try:
        sync_jobs(scheduler, bot.settings, clock())
        jobs.start_up()  # the first poll; 07:00 has not come yet, so no brief
        assert slack_api.posts() == []
        job = scheduler.get_job("brief:ops")
        assert job is not None and job.next_run_time == datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
        clock.now = job.next_run_time
        jobs.brief("ops")
    finally:
        scheduler.shutdown(wait=False)
    (posted,) = slack_api.posts(OPS)
    assert "Brennan" in posted["text"] and posted["blocks"][0]["type"] == "header"
    assert posted["unfurl_links"] is False and "thread_ts" not in posted
    assert slack_api.of("/api/chat.postMessage")[0].body["_answer"]["ok"]
    assert statuses(bot) == [("ops", "sent")]
    jobs.brief("ops")  # the same slot fired again (a retry, another process): posted once
    assert len(slack_api.posts(OPS)) == 1


def test_a_429_storm_delays_every_brief_but_delivers_each_once(
    make_bot: MakeBot, slack_api: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(destinations=[{"name": f"d{i}", "transport": "slack", "channel": channel}
                                 for i, channel in enumerate(CHANNELS)])
    ingest_and_analyse(bot, force=True)
    slack_api.rate_limit(5, after="1")
    caplog.set_level(logging.INFO, logger="bot.transports.slack_api")
    for destination in bot.settings.destinations:
        receipt = bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00")
        assert receipt is not None and receipt.ok, receipt
    assert [len(slack_api.posts(channel)) for channel in CHANNELS] == [1, 1, 1]
    refused = [c for c in slack_api.of("/api/chat.postMessage") if not c.body["_answer"].get("ok")]
    assert len(refused) == 5
    first_refusal, retried = refused[0], slack_api.of("/api/chat.postMessage")[1]
    assert retried.at - first_refusal.at >= 0.95  # Retry-After: 1 was honoured
    assert "Retry-After" in caplog.text
    for destination in bot.settings.destinations:  # run again: the outbox has them as sent
        assert bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00") is None
    assert [len(slack_api.posts(channel)) for channel in CHANNELS] == [1, 1, 1]
    assert statuses(bot) == [("d0", "sent"), ("d1", "sent"), ("d2", "sent")]


def test_rate_limited_past_the_budget_is_a_failed_delivery_caught_up_by_the_next_brief(
    make_bot: MakeBot, slack_api: FakeSlack, clock: FakeClock
) -> None:
    bot = make_bot()
    ingest_and_analyse(bot, force=True)
    impatient = SlackSender(slack_client(bot.settings.slack), max_rate_limit_wait=0.5)
    bot.pipeline.transports = {**bot.pipeline.transports, "slack": impatient}
    slack_api.rate_limit(1, after="30")
    (destination,) = bot.settings.destinations
    receipt = bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00")
    assert receipt is not None and not receipt.ok and receipt.retry_after_seconds == 30
    assert "rate_limited" in (receipt.error or "") and slack_api.posts() == []
    clock.advance(days=1)
    receipt = bot.pipeline.deliver(destination, "cron:2024-05-07T07:00+00:00")
    assert receipt is not None and receipt.ok
    (posted,) = slack_api.posts(OPS)
    assert "Brennan" in posted["text"]  # the failed brief's window is in the next one


@pytest.mark.parametrize(("code", "hint"), [
    ("not_in_channel", "invite it"), ("channel_not_found", "channel's id"), ("is_archived", "archived"),
])
def test_channel_errors_become_a_delivery_status_and_a_log_line(
    make_bot: MakeBot, slack_api: FakeSlack, caplog: pytest.LogCaptureFixture, code: str, hint: str
) -> None:
    bot = make_bot()
    ingest_and_analyse(bot, force=True)
    slack_api.refuse[OPS] = code
    (destination,) = bot.settings.destinations
    receipt = bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00")
    assert receipt is not None and not receipt.ok
    assert code in (receipt.error or "") and hint in (receipt.error or "")
    assert statuses(bot) == [("ops", "failed")]
    assert re.search(rf"slack: brief for ops not posted to {OPS}: .*{hint}", caplog.text)


def test_a_refused_token_is_a_failed_delivery_that_names_the_variable(
    make_bot: MakeBot, slack_api: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(slack={"bot_token": "xoxb-revoked", "api_base_url": slack_api.api_base_url})
    ingest_and_analyse(bot, force=True)
    (destination,) = bot.settings.destinations
    receipt = bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00")
    assert receipt is not None and not receipt.ok
    assert "invalid_auth" in (receipt.error or "") and "BRIEFBOT_SLACK__BOT_TOKEN" in caplog.text
    assert statuses(bot) == [("ops", "failed")]


def test_a_long_brief_is_a_parent_message_and_its_thread(slack_api: FakeSlack, make_bot: MakeBot) -> None:
    bot = make_bot()
    sender = slack_transport(bot.settings.slack)
    sections = [{"type": "section", "text": {"type": "mrkdwn", "text": f"*Item {i}* " + "word " * 500}}
                for i in range(120)]
    parent, *replies = paginate(sections)
    message = RenderedMessage(format="slack", text="A long brief", blocks=parent, thread=tuple(
        RenderedMessage(format="slack", text=page_text(page), blocks=page) for page in replies))
    receipt = sender.send(OPS, message, "delivery-1", "ops")
    posts = slack_api.posts(OPS)
    assert receipt.ok and receipt.remote_id == posts[0]["_answer"]["ts"]
    assert len(posts) == 1 + len(replies) >= 3
    assert "thread_ts" not in posts[0]
    assert all(p["thread_ts"] == receipt.remote_id for p in posts[1:])
    assert all(len(p["blocks"]) <= 50 and len(str(p["blocks"])) < 45_000 for p in posts)
    posted = " ".join(block["text"]["text"] for p in posts for block in p["blocks"] if block["type"] == "section")
    assert [int(n) for n in re.findall(r"\*Item (\d+)\*", posted)] == list(range(120))  # all of it, in order


HOSTILE = """<!channel> Coalition <@U0CEO> ends <b>mission</b> & leaves

BAGHDAD, May 6, 2024 (Wire) – The US-led coalition said on Monday that its mission in Iraq had ended. <!here> \
Read more at <http://evil.example/phish|reuters.com> and <https://evil.example|https://bank.example>.

"We leave <!everyone> a safer Iraq behind <@U0CEO|ceo> & our partners," the coalition spokesman, \
Col. Wayne Marotto, said in a statement.
"""


def test_hostile_article_text_reaches_slack_as_plain_text(
    make_bot: MakeBot, slack_api: FakeSlack, articles_dir: Path
) -> None:
    (articles_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    bot = make_bot()
    ingest_and_analyse(bot, force=True)
    (destination,) = bot.settings.destinations
    receipt = bot.pipeline.deliver(destination, "cron:2024-05-06T07:00+00:00")
    assert receipt is not None and receipt.ok
    (posted,) = slack_api.posts(OPS)
    mrkdwn = [posted["text"]] + [
        obj["text"] for block in posted["blocks"]
        for obj in [block.get("text"), *block.get("elements", ())] if isinstance(obj, dict) and obj["type"] == "mrkdwn"]
    everything = " ".join(mrkdwn)
    assert "Marotto" in everything and "&lt;!channel&gt;" in everything
    for text in mrkdwn:
        assert not re.search(r"<[!@#]", text), text  # no mention Slack would act on
        for link in re.findall(r"<([^>]*)>", text):  # the only links are the ones we built, to article URLs
            assert "evil.example" not in link, text
    assert "&amp;" in everything and " & " not in everything
