"""Developments (story clusters) and which articles belong to them; ids are stable across runs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.models import Development, SummarySentence
from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import articles, development_articles, developments


class DevelopmentRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, items: Sequence[Development], now: datetime) -> None:
        """Insert new developments, refresh the headline and summary of existing ones, and add their articles.

        Members are only ever added here (a caller may pass a story with just its recent members); an
        article filed into a story leaves the story it was in before, and a story left empty is removed.
        """
        if not items:
            return
        with self._engine.begin() as connection:
            existing = set(connection.scalars(
                sa.select(developments.c.id).where(developments.c.id.in_([d.id for d in items]))))
            for item in items:
                values = {"headline": item.headline, "summary": [s.model_dump() for s in item.summary],
                          "updated_at": now}
                if item.id in existing:
                    connection.execute(developments.update().where(developments.c.id == item.id).values(values))
                else:
                    connection.execute(developments.insert().values(id=item.id, created_at=now, **values))
                connection.execute(development_articles.delete().where(
                    development_articles.c.article_id.in_(list(item.article_ids)),
                    development_articles.c.development_id != item.id))
                connection.execute(
                    insert_ignoring_duplicates(connection, development_articles, ["development_id", "article_id"]),
                    [{"development_id": item.id, "article_id": article_id} for article_id in item.article_ids])
            connection.execute(developments.delete().where(~sa.exists().where(
                development_articles.c.development_id == developments.c.id)))

    def members_since(self, since: datetime, per_story: int = 12) -> dict[str, list[str]]:
        """Stories with an article fetched after `since`, each with its `per_story` most recent article ids
        (oldest first): enough to file new articles into them, without loading whole long-running stories."""
        recent = (
            sa.select(development_articles.c.development_id)
            .join(articles, articles.c.id == development_articles.c.article_id)
            .where(articles.c.fetched_at > since)
        )
        query = (
            sa.select(development_articles.c.development_id, development_articles.c.article_id)
            .join(articles, articles.c.id == development_articles.c.article_id)
            .where(development_articles.c.development_id.in_(recent))
            .order_by(articles.c.fetched_at.desc(), articles.c.id.desc())
        )
        members: dict[str, list[str]] = {}
        with self._engine.connect() as connection:
            for row in connection.execute(query):
                kept = members.setdefault(row.development_id, [])
                if len(kept) < per_story:
                    kept.append(row.article_id)
        return {story: ids[::-1] for story, ids in members.items()}

    def containing(self, article_ids: Sequence[str]) -> list[Development]:
        """The developments that any of `article_ids` belongs to, largest first."""
        if not article_ids:
            return []
        with self._engine.connect() as connection:
            ids = list(connection.scalars(
                sa.select(development_articles.c.development_id).distinct()
                .where(development_articles.c.article_id.in_(list(article_ids)))))
            if not ids:
                return []
            rows = connection.execute(sa.select(developments).where(developments.c.id.in_(ids))).all()
            member_rows = connection.execute(
                sa.select(development_articles.c.development_id, development_articles.c.article_id)
                .join(articles, articles.c.id == development_articles.c.article_id)
                .where(development_articles.c.development_id.in_(ids))
                .order_by(articles.c.fetched_at, articles.c.id)).all()
        members: dict[str, list[str]] = {}
        for member in member_rows:
            members.setdefault(member.development_id, []).append(member.article_id)
        found = [
            Development(
                id=row.id, headline=row.headline,
                summary=tuple(SummarySentence.model_validate(s) for s in row.summary),
                article_ids=tuple(members.get(row.id, ())),
            )
            for row in rows
        ]
        return sorted(found, key=lambda d: (-len(d.article_ids), d.id))
