"""Retention: what is older than the cut-off is pruned, so the database does not grow for ever.

An article older than the cut-off loses its text, its quotes and its place in a story; its row stays as a
small tombstone (id, source, url, title, dates, content hash) for as long as its source is configured, so
a feed that still lists the item, or a file still in its folder, is recognised and never posted again. A
tombstone whose source is gone from the configuration is deleted, unless a mission observation cites it:
mission timelines are never pruned, and `status MISSION` still names the source of every step.
Job runs and finished deliveries older than the cut-off go too, except what the scheduler still reads:
each job's latest run, each destination's latest sent brief and the failed briefs after it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.articles import content_hash
from bot.store.tables import (
    articles,
    deliveries,
    development_articles,
    developments,
    job_runs,
    mission_observations,
    people,
    quotes,
    story_members,
)


@dataclass(frozen=True, slots=True)
class Pruned:
    articles_emptied: int = 0
    articles_deleted: int = 0
    quotes: int = 0
    story_links: int = 0
    stories: int = 0
    people: int = 0
    job_runs: int = 0
    deliveries: int = 0

    def __str__(self) -> str:
        return (f"{self.articles_emptied} articles emptied, {self.articles_deleted} deleted, {self.quotes} quotes, "
                f"{self.story_links} story links, {self.stories} stories, {self.people} people, "
                f"{self.job_runs} job runs, {self.deliveries} deliveries pruned")


class RetentionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def prune(self, cutoff: datetime, configured_sources: Collection[str]) -> Pruned:
        """Prune what was stored before `cutoff`. Each step is its own short transaction (a long one would
        hold SQLite's write lock from the other jobs) and safe to repeat, so an interrupted prune is simply
        finished by the next one."""
        old = sa.select(articles.c.id).where(articles.c.fetched_at < cutoff)
        with self._engine.begin() as connection:
            pruned_quotes = connection.execute(quotes.delete().where(quotes.c.article_id.in_(old))).rowcount
            connection.execute(story_members.delete().where(story_members.c.article_id.in_(old)))
            links = connection.execute(
                development_articles.delete().where(development_articles.c.article_id.in_(old))).rowcount
            stories = connection.execute(developments.delete().where(
                ~sa.exists().where(development_articles.c.development_id == developments.c.id))).rowcount
            gone = connection.execute(people.delete().where(
                people.c.updated_at < cutoff,
                ~sa.exists().where(quotes.c.person_key == people.c.key))).rowcount
        emptied = self._empty_text(cutoff)
        with self._engine.begin() as connection:
            deleted = connection.execute(articles.delete().where(
                articles.c.fetched_at < cutoff, articles.c.source.not_in(list(configured_sources)),
                ~sa.exists().where(mission_observations.c.article_id == articles.c.id))).rowcount
            runs = connection.execute(job_runs.delete().where(
                job_runs.c.started_at < cutoff,
                job_runs.c.id.not_in(sa.select(sa.func.max(job_runs.c.id)).group_by(job_runs.c.job)))).rowcount
        return Pruned(
            articles_emptied=emptied, articles_deleted=deleted, quotes=pruned_quotes, story_links=links,
            stories=stories, people=gone, job_runs=runs, deliveries=self._prune_deliveries(cutoff),
        )

    def _empty_text(self, cutoff: datetime) -> int:
        """Drop old articles' text, hashing it first where no hash was kept: an upstream edit is recognised
        by its hash, and an emptied text must not look like one."""
        with self._engine.begin() as connection:
            unhashed = connection.execute(
                sa.select(articles.c.id, articles.c.title, articles.c.text)
                .where(articles.c.fetched_at < cutoff, articles.c.content_hash.is_(None), articles.c.text != "")
            ).all()
            for row in unhashed:
                connection.execute(articles.update().where(articles.c.id == row.id)
                                   .values(content_hash=content_hash(row.title, row.text)))
            return int(connection.execute(
                articles.update().where(articles.c.fetched_at < cutoff, articles.c.text != "").values(text="")
            ).rowcount)

    def _prune_deliveries(self, cutoff: datetime) -> int:
        """Finished deliveries claimed before `cutoff`. A destination's latest sent brief stays (the next
        brief starts where it ended), and so do failed briefs after it (the next brief covers them).
        Pending ones always stay: they are still to be sent."""
        later = deliveries.alias("later")
        last_sent = (
            sa.select(sa.func.max(later.c.window_end))
            .where(later.c.destination == deliveries.c.destination, later.c.status == "sent",
                   later.c.kind == "brief")
            .scalar_subquery()
        )
        still_read = sa.and_(deliveries.c.kind == "brief",
                             sa.or_(last_sent.is_(None), deliveries.c.window_end >= last_sent))
        with self._engine.begin() as connection:
            return int(connection.execute(deliveries.delete().where(
                deliveries.c.created_at < cutoff, deliveries.c.status.in_(["sent", "failed"]), ~still_read,
            )).rowcount)
