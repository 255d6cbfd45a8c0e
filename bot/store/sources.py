"""Sources and their polling state: the validators for conditional GET, when to poll next, and health.

What the health columns mean:
- `last_success_at`: the last poll that worked (a 304 counts: the source answered, nothing was new);
- `last_error`: the latest failure's reason, one line; `last_error_at`: when the current run of failures
  began (after a recovery: when the last run began); the latest failed poll is `last_polled_at`;
- `consecutive_failures`: 0 while the source works;
- `failure_reported_at`: when the destinations were told that the source is failing; cleared once they
  have been told it works again, so each run of failures is reported once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import sources

MAX_ERROR_CHARS = 500


@dataclass(frozen=True, slots=True)
class SourceState:
    name: str
    kind: str
    location: str
    created_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    primed: bool = False
    """True once a poll has worked: the first poll's back catalogue is recorded but not announced."""
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error_at: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    items_seen: int = 0
    """Items in the source's last answer that had content."""
    failure_reported_at: datetime | None = None

    @property
    def failing_since(self) -> datetime | None:
        return self.last_error_at if self.consecutive_failures else None


def _state(row: Any) -> SourceState:
    return SourceState(
        name=row.name, kind=row.kind, location=row.location, created_at=row.created_at, etag=row.etag,
        last_modified=row.last_modified, primed=bool(row.primed), last_polled_at=row.last_polled_at,
        last_success_at=row.last_success_at, last_error_at=row.last_error_at, last_error=row.last_error,
        consecutive_failures=row.consecutive_failures, next_poll_at=row.next_poll_at, items_seen=row.items_seen,
        failure_reported_at=row.failure_reported_at,
    )


def one_line_error(error: str) -> str:
    text = " ".join(error.split())
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


class SourceRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def sync(self, name: str, kind: str, location: str, now: datetime) -> SourceState:
        """The source's state, created on first sight. A source whose location changed starts over: its
        validators belong to the old address and its first poll is a first poll again."""
        with self._engine.begin() as connection:
            connection.execute(
                insert_ignoring_duplicates(connection, sources, ["name"]),
                {"name": name, "kind": kind, "location": location, "created_at": now},
            )
            row = connection.execute(sa.select(sources).where(sources.c.name == name)).one()
            if row.location == location and row.kind == kind:
                return _state(row)
            changes: dict[str, object] = {"kind": kind, "location": location, "etag": None, "last_modified": None,
                                          "next_poll_at": None}
            if row.location != location:
                changes["primed"] = False
            connection.execute(sources.update().where(sources.c.name == name).values(changes))
            return _state(connection.execute(sa.select(sources).where(sources.c.name == name)).one())

    def get(self, name: str) -> SourceState | None:
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(sources).where(sources.c.name == name)).first()
        return None if row is None else _state(row)

    def all(self) -> list[SourceState]:
        with self._engine.connect() as connection:
            return [_state(row) for row in connection.execute(sa.select(sources).order_by(sources.c.name))]

    def record_success(
        self,
        name: str,
        now: datetime,
        *,
        next_poll_at: datetime,
        etag: str | None,
        last_modified: str | None,
        items_seen: int | None,
    ) -> None:
        """A poll worked. `items_seen` None (a 304) keeps the count of the last answer with content."""
        values: dict[str, object] = {
            "last_polled_at": now, "last_success_at": now, "consecutive_failures": 0, "next_poll_at": next_poll_at,
            "etag": etag, "last_modified": last_modified, "primed": True,
        }
        if items_seen is not None:
            values["items_seen"] = items_seen
        self._set(name, values)

    def record_failure(self, name: str, now: datetime, error: str, *, next_poll_at: datetime) -> SourceState:
        """A poll failed; the first failure of a run starts a new episode (and a new, unreported alert)."""
        with self._engine.begin() as connection:
            row = connection.execute(sa.select(sources).where(sources.c.name == name).with_for_update()).one()
            values: dict[str, object] = {
                "last_polled_at": now, "last_error": one_line_error(error), "next_poll_at": next_poll_at,
                "consecutive_failures": row.consecutive_failures + 1,
            }
            if row.consecutive_failures == 0:
                values.update(last_error_at=now, failure_reported_at=None)
            connection.execute(sources.update().where(sources.c.name == name).values(values))
            return _state(connection.execute(sa.select(sources).where(sources.c.name == name)).one())

    def mark_reported(self, name: str, at: datetime | None) -> None:
        """Record that the destinations were told the source fails (`at`), or that it works again (None)."""
        self._set(name, {"failure_reported_at": at})

    def _set(self, name: str, values: dict[str, object]) -> None:
        with self._engine.begin() as connection:
            connection.execute(sources.update().where(sources.c.name == name).values(values))
