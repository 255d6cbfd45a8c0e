"""The scheduler's decisions on a real database with a fake clock: briefs at local time across DST, one
catch-up after downtime (never one per missed day), nothing twice after a restart."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from scheduling_support import MakeBot, paused_scheduler, publish_later_article, run_times
from support import FakeClock, RecordingTransport

from bot.app import BriefBot, ScheduledJobs
from bot.scheduler import catch_up_brief, catch_up_when_missed, registered
from bot.store.tables import deliveries


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def sent_slots(bot: BriefBot) -> list[str]:
    query = sa.select(deliveries.c.slot).where(deliveries.c.status == "sent").order_by(deliveries.c.created_at)
    with bot.store.engine.connect() as connection:
        return list(connection.scalars(query))


def window_start_of(bot: BriefBot, slot: str) -> datetime | None:
    query = sa.select(deliveries.c.window_start).where(deliveries.c.slot == slot)
    with bot.store.engine.connect() as connection:
        found: datetime | None = connection.scalar(query)
    return found


@pytest.mark.parametrize(("start", "until", "expected"), [
    (utc(2024, 3, 29, 12), utc(2024, 4, 1, 12), ["2024-03-30T06:00", "2024-03-31T05:00", "2024-04-01T05:00"]),
    (utc(2024, 10, 25, 12), utc(2024, 10, 28, 12), ["2024-10-26T05:00", "2024-10-27T06:00", "2024-10-28T06:00"]),
], ids=["spring-forward", "fall-back"])
def test_briefs_go_out_at_seven_in_berlin_across_the_change(
    make_bot: MakeBot, clock: FakeClock, start: datetime, until: datetime, expected: list[str]
) -> None:
    clock.now = start
    bot = make_bot(destinations=[{"name": "ops", "transport": "console", "schedule": "0 7 * * *",
                                  "timezone": "Europe/Berlin", "post_when_empty": True}])
    jobs = ScheduledJobs(bot)
    scheduler = paused_scheduler(bot)
    try:
        jobs.start_up()
        for fire in run_times(scheduler, "brief:ops", until):
            clock.now = fire
            jobs.brief("ops")
    finally:
        scheduler.shutdown(wait=False)
    assert sent_slots(bot) == [f"cron:{slot}+00:00" for slot in expected]


def test_a_brief_missed_for_days_is_caught_up_once(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport, articles_dir: Path
) -> None:
    clock.now = utc(2024, 5, 6, 5)  # Monday 07:00 in Berlin
    before = ScheduledJobs(make_bot())
    before.start_up()
    before.brief("ops")
    assert len(transport.sent) == 1 and "Brennan" in transport.sent[0][2].text

    publish_later_article(articles_dir)  # published while the bot is down, Monday to Thursday
    clock.now = utc(2024, 5, 9, 10)
    after = ScheduledJobs(make_bot())
    after.start_up()
    assert sent_slots(after.bot) == ["cron:2024-05-06T05:00+00:00", "cron:2024-05-09T05:00+00:00"]
    catch_up = transport.sent[1][2].text
    assert "Lindqvist" in catch_up and "Brennan" not in catch_up
    assert window_start_of(after.bot, "cron:2024-05-09T05:00+00:00") == utc(2024, 5, 6, 5)  # the whole gap

    clock.advance(hours=1)
    ScheduledJobs(make_bot()).start_up()  # restarted again the same day: nothing more
    clock.now = utc(2024, 5, 10, 5)
    after.brief("ops")  # Friday: nothing new, nothing sent
    assert len(transport.sent) == 2


def test_a_restart_mid_day_posts_nothing_twice(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport, articles_dir: Path
) -> None:
    clock.now = utc(2024, 5, 6, 5)
    first = ScheduledJobs(make_bot())
    first.start_up()
    first.brief("ops")
    publish_later_article(articles_dir)

    clock.now = utc(2024, 5, 6, 11)
    second = ScheduledJobs(make_bot())
    second.start_up()  # restarted mid-day: the new article is stored, no extra brief is sent
    second.brief("ops")  # Monday's slot run again (another process, a re-fired job): already delivered
    assert len(transport.sent) == 1

    clock.now = utc(2024, 5, 7, 5)
    second.brief("ops")
    assert len(transport.sent) == 2 and "Lindqvist" in transport.sent[1][2].text
    clock.now = utc(2024, 5, 8, 5)
    second.brief("ops")  # Wednesday's brief ran and found nothing new: nothing sent, but the slot is done
    (articles_dir / "note.txt").write_text("Ferry service resumes\n\nThe island ferry sailed again on "
                                           "Wednesday after repairs, the operator said.\n", encoding="utf-8")
    clock.now = utc(2024, 5, 8, 11)
    ScheduledJobs(make_bot()).start_up()  # a restart after an empty run does not brief out of schedule
    assert len(transport.sent) == 2
    assert sent_slots(second.bot) == ["cron:2024-05-06T05:00+00:00", "cron:2024-05-07T05:00+00:00"]


def test_no_catch_up_just_before_the_next_brief_or_when_turned_off(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport, articles_dir: Path
) -> None:
    clock.now = utc(2024, 5, 6, 5)
    first = ScheduledJobs(make_bot())
    first.start_up()
    first.brief("ops")
    publish_later_article(articles_dir)

    clock.now = utc(2024, 5, 8, 10)
    ScheduledJobs(make_bot(scheduler={"catch_up": False})).start_up()
    assert len(transport.sent) == 1

    clock.now = utc(2024, 5, 9, 4, 50)  # back at 06:50 Berlin time: the 07:00 brief is ten minutes away
    back = ScheduledJobs(make_bot())
    back.start_up()
    assert len(transport.sent) == 1
    clock.now = utc(2024, 5, 9, 5)
    back.brief("ops")
    assert len(transport.sent) == 2 and "Lindqvist" in transport.sent[1][2].text


def test_a_brief_the_running_scheduler_missed_is_caught_up_once(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport, articles_dir: Path
) -> None:
    clock.now = utc(2024, 5, 6, 5)
    jobs = ScheduledJobs(make_bot())
    jobs.start_up()
    jobs.brief("ops")
    publish_later_article(articles_dir)
    clock.advance(hours=1)
    jobs.poll("local")  # the source's interval job, an hour later

    clock.now = utc(2024, 5, 7, 9)  # the process was suspended over Tuesday's 07:00 and wakes two hours late
    scheduler = paused_scheduler(jobs.bot)
    try:
        for _ in range(2):  # APScheduler reports the missed run; twice must still mean one catch-up
            missed = JobExecutionEvent(EVENT_JOB_MISSED, "brief:ops", "default", utc(2024, 5, 7, 5))
            catch_up_when_missed(scheduler, missed)
        [job] = [job for job in scheduler.get_jobs() if job.id.startswith("catch-up:")]
        assert (job.id, job.func, job.args) == ("catch-up:ops", catch_up_brief, ("ops",))
        with registered(jobs):
            job.func(*job.args)
            job.func(*job.args)
    finally:
        scheduler.shutdown(wait=False)
    assert sent_slots(jobs.bot) == ["cron:2024-05-06T05:00+00:00", "cron:2024-05-07T05:00+00:00"]
    assert "Lindqvist" in transport.sent[-1][2].text
