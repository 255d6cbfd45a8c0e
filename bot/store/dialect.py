"""The one place where SQLite and PostgreSQL need different SQL: insert-or-ignore."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite


def insert_ignoring_duplicates(
    connection: sa.Connection, table: sa.Table, conflict_columns: Sequence[str]
) -> sa.Insert:
    """INSERT that silently skips rows whose `conflict_columns` already exist (idempotent writes)."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(conflict_columns))
    if connection.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(conflict_columns))
    raise NotImplementedError(f"unsupported database dialect {connection.dialect.name!r}")
