"""The outbox: a delivery row is written before a brief is sent and marked sent after.

A crash between the two leaves the row pending, so a later run retries it (with the same window, so the
same brief) instead of losing it; a row already marked sent is never sent again. The unique
(destination, slot) pair makes a second claim of the same scheduled brief a no-op, and a pending claim
younger than IN_FLIGHT belongs to a send in progress (perhaps in another process), so it is left alone
until it is old enough to mean that sender died.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import deliveries, destinations

DeliveryState = Literal["pending", "sent", "failed"]
# Longer than any send takes (a Slack or Matrix post with retries after rate limits), shorter than the
# gap between two briefs: a pending claim older than this is a crashed send and may be taken over.
IN_FLIGHT = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Delivery:
    id: str
    destination: str
    slot: str
    status: DeliveryState
    window_start: datetime | None
    window_end: datetime
    attempts: int


@dataclass(frozen=True, slots=True)
class DestinationRecord:
    name: str
    transport: str
    target: str
    schedule: str
    timezone: str


class DeliveryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def claim(
        self, destination: str, slot: str, window_start: datetime | None, window_end: datetime, now: datetime,
        *, kind: str = "brief",
    ) -> Delivery | None:
        """The delivery to send for (destination, slot), or None when it is sent or being sent right now.

        A slot claimed before but not sent (a failed send, or a crashed one older than IN_FLIGHT) comes back
        with its original window. `kind` is "brief", "alert" (a notice about a source) or another message
        kind; only briefs define brief windows.
        """
        mine = uuid.uuid4().hex
        with self._engine.begin() as connection:
            connection.execute(
                insert_ignoring_duplicates(connection, deliveries, ["destination", "slot"]),
                {
                    "id": mine, "destination": destination, "slot": slot, "status": "pending",
                    "window_start": window_start, "window_end": window_end, "created_at": now, "attempts": 0,
                    "kind": kind, "claimed_at": now,
                },
            )
            row = connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.destination == destination, deliveries.c.slot == slot)
                .with_for_update()
            ).one()
            if row.status == "sent":
                return None
            in_flight = row.status == "pending" and row.claimed_at is not None and now - row.claimed_at < IN_FLIGHT
            if row.id != mine and in_flight:
                return None
            connection.execute(
                deliveries.update().where(deliveries.c.id == row.id)
                .values(attempts=row.attempts + 1, claimed_at=now)
            )
        return Delivery(row.id, destination, slot, "pending", row.window_start, row.window_end, row.attempts + 1)

    def mark_sent(self, delivery_id: str, remote_id: str | None, now: datetime) -> None:
        self._set(delivery_id, status="sent", sent_at=now, remote_id=remote_id, error=None)

    def mark_failed(self, delivery_id: str, error: str) -> None:
        self._set(delivery_id, status="failed", error=error[:2000])

    def _set(self, delivery_id: str, **values: object) -> None:
        with self._engine.begin() as connection:
            connection.execute(deliveries.update().where(deliveries.c.id == delivery_id).values(**values))

    def get(self, delivery_id: str) -> Delivery | None:
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(deliveries).where(deliveries.c.id == delivery_id)).first()
        if row is None:
            return None
        return Delivery(row.id, row.destination, row.slot, row.status, row.window_start, row.window_end,
                        row.attempts)

    def last_sent_window_end(self, destination: str) -> datetime | None:
        query = sa.select(sa.func.max(deliveries.c.window_end)).where(
            deliveries.c.destination == destination, deliveries.c.status == "sent", deliveries.c.kind == "brief"
        )
        with self._engine.connect() as connection:
            value: datetime | None = connection.scalar(query)
        return value

    def next_window_start(self, destination: str) -> datetime | None:
        """Where the next brief for `destination` starts: the end of the last one delivered, or earlier if a
        brief after it failed, so what a failed brief would have said is in the next one. None: never sent."""
        last_sent = self.last_sent_window_end(destination)
        failed = sa.select(sa.func.min(deliveries.c.window_start)).where(
            deliveries.c.destination == destination, deliveries.c.status == "failed",
            deliveries.c.window_start.is_not(None), deliveries.c.kind == "brief",
        )
        if last_sent is not None:
            failed = failed.where(deliveries.c.window_end > last_sent)
        with self._engine.connect() as connection:
            earliest_failed: datetime | None = connection.scalar(failed)
        candidates = [t for t in (last_sent, earliest_failed) if t is not None]
        return min(candidates) if candidates else None

    def pending(self, destination: str, now: datetime) -> list[Delivery]:
        """Briefs claimed but neither sent nor failed longer than IN_FLIGHT ago (the sender died mid-send):
        retried before anything new."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.destination == destination, deliveries.c.status == "pending",
                       deliveries.c.kind == "brief",
                       sa.or_(deliveries.c.claimed_at.is_(None), deliveries.c.claimed_at <= now - IN_FLIGHT))
                .order_by(deliveries.c.created_at)
            ).all()
        return [Delivery(r.id, r.destination, r.slot, r.status, r.window_start, r.window_end, r.attempts)
                for r in rows]

    def sync_destinations(self, records: Sequence[DestinationRecord], now: datetime) -> None:
        """Mirror the configured destinations, so deliveries can be read with what they were sent to."""
        with self._engine.begin() as connection:
            for record in records:
                values = {"transport": record.transport, "target": record.target, "schedule": record.schedule,
                          "timezone": record.timezone, "updated_at": now}
                updated = connection.execute(
                    destinations.update().where(destinations.c.name == record.name).values(values))
                if updated.rowcount == 0:
                    connection.execute(destinations.insert().values(name=record.name, **values))
