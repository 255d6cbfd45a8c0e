"""What analysis found: quotes, the people who said them, and mission observations, per article.

Saving an article's facts replaces what was stored for it before, so re-analysing never doubles a quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.analyse.people import matches_query, person_key
from bot.models import ArticleFacts, Evidence, MissionStatus, PersonRef, Quote
from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import articles, mission_observations, people, quotes


def _quote(row: Any) -> Quote:
    return Quote(
        speaker=row.speaker, speaker_title=row.speaker_title, speaker_org=row.speaker_org, text=row.text,
        kind=row.kind, medium=row.medium, article_id=row.article_id, start=row.span_start, end=row.span_end,
    )


def _observation(row: Any) -> MissionStatus:
    return MissionStatus(
        mission=row.mission, aliases=tuple(row.aliases), status=row.status, roles=tuple(row.roles),
        since=row.since, previous_status=row.previous_status,
        evidence=tuple(Evidence.model_validate(item) for item in row.evidence),
    )


_NEWEST_FIRST = (
    sa.func.coalesce(articles.c.published, sa.func.date(articles.c.fetched_at)).desc(),
    articles.c.fetched_at.desc(),
)


class FactRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, facts: ArticleFacts, now: datetime) -> None:
        """Replace the facts stored for `facts.article_id` and mark the article analysed."""
        self.save_many([facts], now)

    def save_many(self, items: Sequence[ArticleFacts], now: datetime) -> None:
        """`save` for several articles in one transaction: a commit per article cost more than its analysis."""
        with self._engine.begin() as connection:
            for facts in items:
                self._save(connection, facts, now)

    def _save(self, connection: sa.Connection, facts: ArticleFacts, now: datetime) -> None:
        article_id = facts.article_id
        connection.execute(quotes.delete().where(quotes.c.article_id == article_id))
        connection.execute(mission_observations.delete().where(mission_observations.c.article_id == article_id))
        if facts.quotes:
            connection.execute(quotes.insert(), [self._quote_row(q, i) for i, q in enumerate(facts.quotes)])
            self._remember_people(connection, facts.quotes, now)
        if facts.missions:
            connection.execute(
                mission_observations.insert(),
                [
                    {
                        "article_id": article_id, "position": i, "mission": m.mission, "status": m.status,
                        "since": m.since, "previous_status": m.previous_status, "aliases": list(m.aliases),
                        "roles": list(m.roles), "evidence": [e.model_dump() for e in m.evidence],
                    }
                    for i, m in enumerate(facts.missions)
                ],
            )
        connection.execute(
            articles.update().where(articles.c.id == article_id)
            .values(analysed_at=now, published=facts.published)
        )

    @staticmethod
    def _quote_row(quote: Quote, position: int) -> dict[str, Any]:
        return {
            "article_id": quote.article_id, "position": position, "person_key": person_key(quote.speaker),
            "speaker": quote.speaker, "speaker_title": quote.speaker_title, "speaker_org": quote.speaker_org,
            "text": quote.text, "kind": quote.kind, "medium": quote.medium,
            "span_start": quote.start, "span_end": quote.end,
        }

    @staticmethod
    def _remember_people(connection: sa.Connection, said: Sequence[Quote], now: datetime) -> None:
        """Keep one row per person: the fullest name seen, and the latest title and organisation."""
        merged: dict[str, dict[str, Any]] = {}
        for quote in said:
            row = merged.setdefault(person_key(quote.speaker), {"name": quote.speaker, "title": None, "org": None})
            row["name"] = max(row["name"], quote.speaker, key=len)
            row["title"] = quote.speaker_title or row["title"]
            row["org"] = quote.speaker_org or row["org"]
        stored = {
            row.key: row
            for row in connection.execute(sa.select(people).where(people.c.key.in_(list(merged))))
        }
        fresh = [{"key": key, "updated_at": now, **values} for key, values in merged.items() if key not in stored]
        if fresh:
            connection.execute(insert_ignoring_duplicates(connection, people, ["key"]), fresh)
        for key, values in merged.items():
            old = stored.get(key)
            if old is None:
                continue
            update = {
                "name": max(old.name, values["name"], key=len),
                "title": values["title"] or old.title,
                "org": values["org"] or old.org,
            }
            if update != {"name": old.name, "title": old.title, "org": old.org}:
                connection.execute(people.update().where(people.c.key == key).values(updated_at=now, **update))

    def quotes_for(self, article_ids: Sequence[str]) -> list[Quote]:
        if not article_ids:
            return []
        query = (
            sa.select(quotes).where(quotes.c.article_id.in_(list(article_ids)))
            .order_by(quotes.c.article_id, quotes.c.position)
        )
        with self._engine.connect() as connection:
            by_article: dict[str, list[Quote]] = {}
            for row in connection.execute(query):
                by_article.setdefault(row.article_id, []).append(_quote(row))
        return [quote for article_id in article_ids for quote in by_article.get(article_id, [])]

    def search_quotes(self, text: str | None = None, limit: int = 20) -> list[Quote]:
        """Quotes whose speaker, organisation or words contain `text`, newest article first."""
        query = sa.select(quotes).join(articles, articles.c.id == quotes.c.article_id)
        if text:
            needle = f"%{text.lower()}%"
            query = query.where(sa.or_(
                sa.func.lower(quotes.c.speaker).like(needle), sa.func.lower(quotes.c.text).like(needle),
                sa.func.lower(sa.func.coalesce(quotes.c.speaker_org, "")).like(needle),
            ))
        query = query.order_by(*_NEWEST_FIRST, quotes.c.position).limit(limit)
        with self._engine.connect() as connection:
            return [_quote(row) for row in connection.execute(query)]

    def said_by(self, name: str, limit: int = 50) -> tuple[list[PersonRef], list[Quote]]:
        """Everything said by the people `name` refers to (`Brennan` finds `John W. Brennan`), newest first."""
        words = [w for w in name.lower().split() if len(w) > 1] or [name.lower()]
        query = sa.select(quotes).join(articles, articles.c.id == quotes.c.article_id).where(
            sa.and_(*(sa.func.lower(quotes.c.speaker).like(f"%{w}%") for w in words))
        ).order_by(*_NEWEST_FIRST, quotes.c.position)
        with self._engine.connect() as connection:
            found = [q for q in map(_quote, connection.execute(query)) if matches_query(name, q.speaker)]
            keys = sorted({person_key(q.speaker) for q in found})
            rows = connection.execute(sa.select(people).where(people.c.key.in_(keys))).all() if keys else []
        persons = [PersonRef(name=r.name, title=r.title, org=r.org) for r in rows]
        return persons, found[:limit]

    def mission_facts(self, until: datetime | None = None) -> list[ArticleFacts]:
        """Mission observations grouped per article (oldest first), from articles fetched up to `until`."""
        query = (
            sa.select(mission_observations, articles.c.published, articles.c.fetched_at)
            .join(articles, articles.c.id == mission_observations.c.article_id)
            .order_by(articles.c.fetched_at, mission_observations.c.article_id, mission_observations.c.position)
        )
        if until is not None:
            query = query.where(articles.c.fetched_at <= until)
        grouped: dict[str, tuple[date | None, list[MissionStatus]]] = {}
        with self._engine.connect() as connection:
            for row in connection.execute(query):
                grouped.setdefault(row.article_id, (row.published, []))[1].append(_observation(row))
        return [
            ArticleFacts(article_id=article_id, published=published, missions=tuple(observed))
            for article_id, (published, observed) in grouped.items()
        ]
