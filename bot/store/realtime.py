"""What realtime posting reads: the articles analysed since a destination's last post, and its item and
digest deliveries (rows of the outbox, written by `DeliveryRepository.claim` with kind "item" / "digest").

A destination's cursor is the end of the window of its latest item or digest delivery, whatever became of
it: what a failed or interrupted post covered is retried from its own row, never collected again.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.deliveries import Delivery
from bot.store.tables import articles, deliveries

REALTIME_KINDS = ("item", "digest")


class RealtimeRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def cursor(self, destination: str) -> datetime | None:
        query = sa.select(sa.func.max(deliveries.c.window_end)).where(
            deliveries.c.destination == destination, deliveries.c.kind.in_(REALTIME_KINDS))
        with self._engine.connect() as connection:
            value: datetime | None = connection.scalar(query)
        return value

    def messages_since(self, destination: str, since: datetime) -> int:
        """Item and digest messages posted (or being posted) to `destination` after `since`."""
        query = sa.select(sa.func.count()).select_from(deliveries).where(
            deliveries.c.destination == destination, deliveries.c.kind.in_(REALTIME_KINDS),
            deliveries.c.status.in_(["sent", "pending"]), deliveries.c.created_at > since,
        )
        with self._engine.connect() as connection:
            return int(connection.scalar(query) or 0)

    def unsent(self, destination: str) -> list[Delivery]:
        """Item and digest deliveries claimed but not sent (a crash, a failed send), oldest first."""
        query = (
            sa.select(deliveries)
            .where(deliveries.c.destination == destination, deliveries.c.kind.in_(REALTIME_KINDS),
                   deliveries.c.status.in_(["pending", "failed"]))
            .order_by(deliveries.c.created_at, deliveries.c.slot)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(query).all()
        return [Delivery(r.id, r.destination, r.slot, r.status, r.window_start, r.window_end, r.attempts)
                for r in rows]

    def analysed_between(self, start: datetime | None, end: datetime) -> list[str]:
        """Articles first analysed in (start, end], oldest first: new and announced (not a feed's back
        catalogue), never edited upstream (an edit is analysed again, but is not news again)."""
        query = sa.select(articles.c.id).where(
            articles.c.analysed_at <= end, articles.c.announce.is_(True), articles.c.updated_at.is_(None))
        if start is not None:
            query = query.where(articles.c.analysed_at > start)
        with self._engine.connect() as connection:
            return list(connection.scalars(query.order_by(articles.c.fetched_at, articles.c.id)))
