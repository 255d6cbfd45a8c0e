"""Articles and the sources they came from. Adding an article that is already stored adds nothing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.models import Article, ArticleRef
from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import articles, sources


def _article(row: sa.Row[tuple[object, ...]]) -> Article:
    return Article(
        id=row.id, source=row.source, url=row.url, title=row.title, text=row.text,
        published_at=row.published_at, fetched_at=row.fetched_at,
    )


class ArticleRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ensure_source(self, name: str, kind: str, location: str, now: datetime) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                insert_ignoring_duplicates(connection, sources, ["name"]),
                {"name": name, "kind": kind, "location": location, "created_at": now},
            )

    def add(self, items: Iterable[Article]) -> list[str]:
        """Store the articles not stored yet; return the ids that were new, in the order given."""
        batch = {article.id: article for article in items}
        if not batch:
            return []
        with self._engine.begin() as connection:
            existing = set(
                connection.scalars(sa.select(articles.c.id).where(articles.c.id.in_(list(batch)))).all()
            )
            fresh = [article for article_id, article in batch.items() if article_id not in existing]
            if fresh:
                # A concurrent writer may have stored some meanwhile: ignore those, keep theirs.
                connection.execute(
                    insert_ignoring_duplicates(connection, articles, ["id"]),
                    [
                        {
                            "id": a.id, "source": a.source, "url": a.url, "title": a.title, "text": a.text,
                            "published_at": a.published_at, "fetched_at": a.fetched_at,
                        }
                        for a in fresh
                    ],
                )
        return [article.id for article in fresh]

    def get(self, ids: Sequence[str]) -> list[Article]:
        if not ids:
            return []
        with self._engine.connect() as connection:
            rows = connection.execute(sa.select(articles).where(articles.c.id.in_(list(ids)))).all()
        by_id = {row.id: _article(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def unanalysed(self, limit: int = 500) -> list[Article]:
        query = (
            sa.select(articles).where(articles.c.analysed_at.is_(None))
            .order_by(articles.c.fetched_at, articles.c.id).limit(limit)
        )
        with self._engine.connect() as connection:
            return [_article(row) for row in connection.execute(query)]

    def ids_fetched_between(
        self, start: datetime | None, end: datetime, source_names: Sequence[str] | None = None
    ) -> list[str]:
        """Ids of articles first seen in (start, end], oldest first: what a brief for that window covers."""
        query = sa.select(articles.c.id).where(articles.c.fetched_at <= end)
        if start is not None:
            query = query.where(articles.c.fetched_at > start)
        if source_names is not None:
            query = query.where(articles.c.source.in_(list(source_names)))
        with self._engine.connect() as connection:
            return list(connection.scalars(query.order_by(articles.c.fetched_at, articles.c.id)))

    def refs(self, ids: Iterable[str]) -> dict[str, ArticleRef]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        columns = [articles.c.id, articles.c.title, articles.c.url, articles.c.source, articles.c.published,
                   articles.c.published_at]
        with self._engine.connect() as connection:
            rows = connection.execute(sa.select(*columns).where(articles.c.id.in_(wanted))).all()
        return {
            row.id: ArticleRef(
                id=row.id, title=row.title, url=row.url, source=row.source,
                published=row.published or (row.published_at.date() if row.published_at else None),
            )
            for row in rows
        }

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.scalar(sa.select(sa.func.count()).select_from(articles)) or 0)
