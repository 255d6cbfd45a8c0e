"""Named leases: at most one holder at a time, taken over only once the holder stopped renewing it.

Every change is one conditional statement, so two processes racing for a lease cannot both win: on
PostgreSQL the row lock makes the second UPDATE re-check its condition after the first commits, on SQLite
writers are serialised. Times come from the caller's clock, so hosts sharing a database need clocks that
agree to well within a lease's length (NTP), and tests can move time by hand.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import leases


class LeaseRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def acquire(self, name: str, holder: str, now: datetime, expires_at: datetime) -> bool:
        """Take the lease if it is free, expired or already `holder`'s; True if `holder` has it now."""
        with self._engine.begin() as connection:
            inserted = connection.execute(
                insert_ignoring_duplicates(connection, leases, ["name"]),
                {"name": name, "holder": holder, "expires_at": expires_at},
            )
            if inserted.rowcount == 1:
                return True
            taken = connection.execute(
                leases.update()
                .where(leases.c.name == name, sa.or_(leases.c.holder == holder, leases.c.expires_at <= now))
                .values(holder=holder, expires_at=expires_at)
            )
            return bool(taken.rowcount == 1)

    def renew(self, name: str, holder: str, expires_at: datetime) -> bool:
        """Extend `holder`'s lease; False when another process has taken it over meanwhile."""
        with self._engine.begin() as connection:
            renewed = connection.execute(
                leases.update().where(leases.c.name == name, leases.c.holder == holder).values(expires_at=expires_at)
            )
            return bool(renewed.rowcount == 1)

    def release(self, name: str, holder: str) -> None:
        """Give the lease up (a clean stop), so another process takes over at once, not after expiry."""
        with self._engine.begin() as connection:
            connection.execute(leases.delete().where(leases.c.name == name, leases.c.holder == holder))

    def holder(self, name: str, now: datetime) -> str | None:
        """Who holds the lease at `now`; None when it is free or expired."""
        query = sa.select(leases.c.holder).where(leases.c.name == name, leases.c.expires_at > now)
        with self._engine.connect() as connection:
            found: str | None = connection.scalar(query)
        return found
