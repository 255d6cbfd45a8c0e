"""The Matrix bot's session in the project's database, so a restart neither logs in again (a new device
each time) nor replays or misses room messages (the sync token)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.dialect import insert_ignoring_duplicates
from bot.store.tables import matrix_sessions


@dataclass(frozen=True, slots=True)
class MatrixSession:
    access_token: str | None
    device_id: str | None
    sync_token: str | None


class MatrixSessionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def load(self, homeserver: str, user_id: str) -> MatrixSession | None:
        query = sa.select(matrix_sessions).where(
            matrix_sessions.c.homeserver == homeserver, matrix_sessions.c.user_id == user_id)
        with self._engine.connect() as connection:
            row = connection.execute(query).first()
        return None if row is None else MatrixSession(row.access_token, row.device_id, row.sync_token)

    def save_login(self, homeserver: str, user_id: str, access_token: str | None, device_id: str | None) -> None:
        """Keep the token and device of a password login; a new login starts syncing afresh."""
        self._upsert(homeserver, user_id, access_token=access_token, device_id=device_id, sync_token=None)

    def save_sync_token(self, homeserver: str, user_id: str, sync_token: str) -> None:
        self._upsert(homeserver, user_id, sync_token=sync_token)

    def _upsert(self, homeserver: str, user_id: str, **values: str | None) -> None:
        now = datetime.now(UTC)
        key = {"homeserver": homeserver, "user_id": user_id}
        with self._engine.begin() as connection:
            connection.execute(
                insert_ignoring_duplicates(connection, matrix_sessions, ["homeserver", "user_id"]),
                {**key, "access_token": None, "device_id": None, "sync_token": None, "updated_at": now},
            )
            connection.execute(
                matrix_sessions.update()
                .where(matrix_sessions.c.homeserver == homeserver, matrix_sessions.c.user_id == user_id)
                .values(updated_at=now, **values)
            )
