"""The outbox: a delivery row is written before a brief is sent and marked sent after.

A crash between the two leaves the row pending, so the next run retries it (with the same window, so the
same brief) instead of losing it; a row already marked sent is never sent again. The unique
(destination, slot) pair makes a second claim of the same scheduled brief a no-op.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import deliveries, destinations

DeliveryState = Literal["pending", "sent", "failed"]


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
        """The delivery to send for (destination, slot), or None when it was already sent.

        A slot claimed before but not sent (a crash, a failed send) comes back with its original window.
        `kind` is "brief", or "alert" for a notice about a source (never counted as a brief's window).
        """
        with self._engine.begin() as connection:
            connection.execute(
                insert_ignoring_duplicates(connection, deliveries, ["destination", "slot"]),
                {
                    "id": uuid.uuid4().hex, "destination": destination, "slot": slot, "status": "pending",
                    "window_start": window_start, "window_end": window_end, "created_at": now, "attempts": 0,
                    "kind": kind,
                },
            )
            row = connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.destination == destination, deliveries.c.slot == slot)
                .with_for_update()
            ).one()
            if row.status == "sent":
                return None
            connection.execute(
                deliveries.update().where(deliveries.c.id == row.id).values(attempts=row.attempts + 1)
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

    def pending(self, destination: str) -> list[Delivery]:
        """Claimed but neither sent nor failed (the process died mid-send): retried before anything new."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.destination == destination, deliveries.c.status == "pending",
                       deliveries.c.kind == "brief")
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
