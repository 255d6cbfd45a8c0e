"""Alembic environment: runs on the connection the store hands over (see bot.store.db.upgrade)."""

from typing import Any

from alembic import context

from bot.store.tables import metadata

# APScheduler keeps its jobs in this table of the same database and creates it itself (bot.scheduler).
FOREIGN_TABLES = {"apscheduler_jobs"}


def include_object(_object: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any) -> bool:
    return not (type_ == "table" and name in FOREIGN_TABLES)


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
