"""Articles and the sources they came from. Adding an article that is already stored adds nothing; an
article its source edited upstream (same id, other title or text) is updated in place by `upsert`.

`announce` is False for a feed's back catalogue (recorded on its first poll, never briefed); an edited
article keeps its `fetched_at`, so it is re-analysed but not briefed again as new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.models import Article, ArticleRef
from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import articles, mission_observations, quotes, sources


def _article(row: sa.Row[tuple[object, ...]]) -> Article:
    return Article(
        id=row.id, source=row.source, url=row.url, title=row.title, text=row.text,
        published_at=row.published_at, fetched_at=row.fetched_at,
    )


def content_hash(title: str, text: str) -> str:
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()


def _row(article: Article, announce: bool = True) -> dict[str, Any]:
    return {
        "id": article.id, "source": article.source, "url": article.url, "title": article.title,
        "text": article.text, "published_at": article.published_at, "fetched_at": article.fetched_at,
        "content_hash": content_hash(article.title, article.text), "announce": announce,
    }


@dataclass(frozen=True, slots=True)
class Upserted:
    new: list[str] = field(default_factory=list)
    """Ids stored for the first time, in the order given."""
    edited: list[str] = field(default_factory=list)
    """Ids already stored whose title or text changed upstream: updated, and to be analysed again."""


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
                    insert_ignoring_duplicates(connection, articles, ["id"]), [_row(a) for a in fresh]
                )
        return [article.id for article in fresh]

    def upsert(self, items: Iterable[Article], now: datetime, *, muted: Collection[str] = ()) -> Upserted:
        """Store new articles (those in `muted` with announce=False) and update the ones their own source
        changed upstream: new content, analysis cleared, `fetched_at` and `announce` kept."""
        batch = {article.id: article for article in items}
        if not batch:
            return Upserted()
        with self._engine.begin() as connection:
            stored = {
                row.id: row for row in connection.execute(
                    sa.select(articles.c.id, articles.c.source, articles.c.content_hash)
                    .where(articles.c.id.in_(list(batch))))
            }
            fresh = [a for a in batch.values() if a.id not in stored]
            if fresh:
                connection.execute(
                    insert_ignoring_duplicates(connection, articles, ["id"]),
                    [_row(a, announce=a.id not in muted) for a in fresh],
                )
            # Only the article's own source may edit it: two feeds carrying one link with different
            # teasers must not rewrite it back and forth.
            own = {i: row for i, row in stored.items() if row.source == batch[i].source}
            known = self._hashes(connection, own)
            edited = [a for i, a in batch.items() if i in known and known[i] != content_hash(a.title, a.text)]
            for article in edited:
                connection.execute(
                    articles.update().where(articles.c.id == article.id).values(
                        title=article.title, text=article.text, url=article.url,
                        published_at=article.published_at, content_hash=content_hash(article.title, article.text),
                        updated_at=now, analysed_at=None, published=None,
                    )
                )
            if edited:
                ids = [a.id for a in edited]
                connection.execute(quotes.delete().where(quotes.c.article_id.in_(ids)))
                connection.execute(mission_observations.delete().where(mission_observations.c.article_id.in_(ids)))
        return Upserted(new=[a.id for a in fresh], edited=[a.id for a in edited])

    @staticmethod
    def _hashes(connection: sa.Connection, rows: dict[str, Any]) -> dict[str, str]:
        """Content hashes of stored rows; rows stored before hashes existed are hashed now, once."""
        known = {i: row.content_hash for i, row in rows.items() if row.content_hash}
        missing = [i for i in rows if i not in known]
        if missing:
            for row in connection.execute(
                sa.select(articles.c.id, articles.c.title, articles.c.text).where(articles.c.id.in_(missing))
            ).all():
                known[row.id] = content_hash(row.title, row.text)
                connection.execute(
                    articles.update().where(articles.c.id == row.id).values(content_hash=known[row.id]))
        return known

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
        """Ids of articles first seen in (start, end], oldest first: what a brief for that window covers.
        A feed's back catalogue (announce=False) is never in a brief."""
        query = sa.select(articles.c.id).where(articles.c.fetched_at <= end, articles.c.announce.is_(True))
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

    def count_by_source(self) -> dict[str, int]:
        query = sa.select(articles.c.source, sa.func.count()).group_by(articles.c.source)
        with self._engine.connect() as connection:
            return {source: int(count) for source, count in connection.execute(query)}
