"""What clustering keeps of the articles filed into stories (`StoryMember`), so a run compares new articles
with the stories of the last days without reading their texts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.models import StoryMember
from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import articles, story_members

_CHUNK = 500  # ids per query: well under every database's limit on bound parameters


class StoryMemberRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, members: Sequence[StoryMember]) -> None:
        """Store (or replace, for an article whose text was edited) what clustering keeps of `members`."""
        if not members:
            return
        rows = [{"article_id": m.article_id, "day": m.day, "terms": m.terms, "prints": m.prints} for m in members]
        with self._engine.begin() as connection:
            for start in range(0, len(rows), _CHUNK):
                ids = [row["article_id"] for row in rows[start : start + _CHUNK]]
                connection.execute(story_members.delete().where(story_members.c.article_id.in_(ids)))
            # a concurrent writer may have stored some meanwhile: theirs are the same
            connection.execute(insert_ignoring_duplicates(connection, story_members, ["article_id"]), rows)

    def get(self, ids: Iterable[str]) -> dict[str, StoryMember]:
        """The stored members among `ids`; articles filed before members were stored are missing."""
        wanted = list(dict.fromkeys(ids))
        columns = [
            story_members.c.article_id,
            story_members.c.day,
            story_members.c.terms,
            story_members.c.prints,
            articles.c.source,
            articles.c.title,
            articles.c.fetched_at,
        ]
        found: dict[str, StoryMember] = {}
        with self._engine.connect() as connection:
            for start in range(0, len(wanted), _CHUNK):
                query = (
                    sa.select(*columns)
                    .join(articles, articles.c.id == story_members.c.article_id)
                    .where(story_members.c.article_id.in_(wanted[start : start + _CHUNK]))
                )
                for row in connection.execute(query):
                    found[row.article_id] = StoryMember(
                        article_id=row.article_id,
                        source=row.source,
                        title=row.title,
                        fetched_at=row.fetched_at,
                        day=row.day,
                        terms=row.terms,
                        prints=bytes(row.prints),
                    )
        return found
