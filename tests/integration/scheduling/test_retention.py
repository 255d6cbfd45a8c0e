"""Retention on both databases: old articles lose text, quotes and stories, mission timelines stay whole
with their sources, a pruned item still listed by its source is not taken for new, and job runs and
deliveries are pruned without losing what the scheduler still reads."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from scheduling_support import MakeBot, publish_later_article
from support import REPO, FakeClock, RecordingTransport

from bot.app import BriefBot, ScheduledJobs
from bot.models import CommandRequest, Notice, StatusResult, WhoResult
from bot.settings import SourceSettings
from bot.store.tables import articles

T0 = datetime(2024, 1, 10, 8, tzinfo=UTC)


def texts(bot: BriefBot) -> dict[str, tuple[str, str, str]]:
    """Per stored article: (source, title, text)."""
    query = sa.select(articles.c.id, articles.c.source, articles.c.title, articles.c.text)
    with bot.store.engine.connect() as connection:
        return {row.id: (row.source, row.title, row.text) for row in connection.execute(query)}


def ask(bot: BriefBot, command: str, args: str) -> object:
    return bot.commands.handle(CommandRequest(command=command, args=args, transport="cli"))


def test_old_articles_are_pruned_but_mission_timelines_keep_their_sources(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport, articles_dir: Path, tmp_path: Path
) -> None:
    shutil.copy(REPO / "tests" / "data" / "ingest" / "files" / "port-reopens.txt", articles_dir)
    adhoc = tmp_path / "adhoc"  # a source that is not (or no longer) in the configuration
    adhoc.mkdir()
    shutil.copy(REPO / "seeds" / "un-cyprus-unficyp-mandate-renewed.txt", adhoc)
    shutil.copy(REPO / "seeds" / "markets-uk-retail-sales-rebound.txt", adhoc)
    clock.now = T0
    bot = make_bot()
    jobs = ScheduledJobs(bot)
    jobs.start_up()
    bot.pipeline.ingest([SourceSettings(name="adhoc", location=str(adhoc), kind="files")])
    bot.pipeline.analyse_pending()
    [ops] = bot.settings.destinations
    bot.pipeline.deliver(ops, "cron:first")
    clock.advance(days=1)
    bot.pipeline.deliver(ops, "cron:second", force=True)
    old = texts(bot)
    assert len(old) == 4
    status_before = ask(bot, "status", "inherent")
    assert isinstance(status_before, StatusResult) and status_before.timeline
    assert isinstance(ask(bot, "who", "Brennan"), WhoResult) and bot.store.facts.quotes_for(list(old))

    clock.now = T0 + timedelta(days=100)
    publish_later_article(articles_dir)
    jobs.poll("local")
    pruned = bot.pipeline.prune(timedelta(days=90), ["local"])

    assert (pruned.articles_emptied, pruned.articles_deleted) == (4, 1)
    now = texts(bot)
    [fresh] = set(now) - set(old)
    assert now[fresh][2] and "Lindqvist" in now[fresh][2]  # recent articles are untouched
    gone = [i for i in old if i not in now]
    assert [old[i][1] for i in gone] == [t for s, t, _ in old.values() if s == "adhoc" and t.startswith("UK retail")]
    assert all(now[i][2] == "" and now[i][1] == old[i][1] for i in old if i in now)  # tombstones keep their title
    assert bot.store.facts.quotes_for(list(old)) == []
    assert bot.store.developments.containing(list(old)) == []
    assert isinstance(ask(bot, "who", "Brennan"), Notice)  # who said what is pruned with the text

    status_after = ask(bot, "status", "inherent")
    assert status_after == status_before  # the same timeline, citing the same articles by title and url
    assert isinstance(ask(bot, "status", "UNFICYP"), StatusResult)  # kept although its source is gone

    clock.advance(hours=1)
    again = bot.pipeline.ingest(list(bot.settings.sources), force=True)  # the files are still in the folder
    assert (again.new_articles, again.edited_articles) == (0, 0)
    clock.advance(days=1)
    sent = len(transport.sent)
    bot.pipeline.deliver(ops, "cron:third")
    assert len(transport.sent) == sent + 1 and "Brennan" not in transport.sent[-1][2].text

    assert bot.pipeline.prune(timedelta(days=90), ["local"]).articles_emptied == 0  # a second run finds nothing


def test_job_runs_and_deliveries_are_pruned_but_not_what_the_scheduler_reads(
    make_bot: MakeBot, clock: FakeClock, transport: RecordingTransport
) -> None:
    clock.now = T0
    bot = make_bot()
    [ops] = bot.settings.destinations
    bot.pipeline.ingest(list(bot.settings.sources))
    bot.pipeline.analyse_pending()
    for day in range(3):
        clock.now = T0 + timedelta(days=day)
        assert bot.pipeline.deliver(ops, f"cron:day{day}", force=True) is not None
    last_window = bot.store.deliveries.next_window_start("ops")
    clock.now = T0 + timedelta(days=120)

    pruned = bot.pipeline.prune(timedelta(days=90), ["local"])

    runs = bot.store.jobs.recent(100)
    assert {r.job for r in runs} == {"ingest:local", "analyse", "brief:ops", "retention"}
    assert len([r for r in runs if r.job == "brief:ops"]) == 1  # only each job's latest run is left
    assert bot.pipeline.last_brief_run(ops) == T0 + timedelta(days=2)
    assert pruned.deliveries == 2  # the first two briefs; the last one says where the next brief starts
    assert bot.store.deliveries.next_window_start("ops") == last_window
    assert bot.pipeline.deliver(ops, "cron:day2", force=True) is None  # the slot kept is still claimed


def test_zero_days_keeps_everything(make_bot: MakeBot, clock: FakeClock) -> None:
    clock.now = T0
    jobs = ScheduledJobs(make_bot(retention={"days": 0}))
    jobs.start_up()
    clock.advance(days=1000)
    jobs.prune()
    assert all(text for _, _, text in texts(jobs.bot).values())
    assert "retention" not in {run.job for run in jobs.bot.store.jobs.recent(100)}
