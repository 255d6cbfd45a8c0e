"""A record of every scheduled job run: when, whether it worked, and what it did or why it failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store.tables import job_runs


@dataclass(frozen=True, slots=True)
class JobRun:
    job: str
    started_at: datetime
    finished_at: datetime | None
    ok: bool | None
    detail: str | None


class JobRunRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def start(self, job: str, now: datetime) -> int:
        with self._engine.begin() as connection:
            result = connection.execute(job_runs.insert().values(job=job, started_at=now))
            key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def finish(self, run_id: int, ok: bool, detail: str, now: datetime) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                job_runs.update().where(job_runs.c.id == run_id)
                .values(finished_at=now, ok=ok, detail=detail[:4000])
            )

    def last_finished(self, job: str) -> datetime | None:
        """When the latest finished run of `job` started: the scheduler's record of the last brief it ran
        (a run that died half-way did not finish, so its brief still counts as missed)."""
        query = sa.select(sa.func.max(job_runs.c.started_at)).where(
            job_runs.c.job == job, job_runs.c.finished_at.is_not(None))
        with self._engine.connect() as connection:
            started: datetime | None = connection.scalar(query)
        return started

    def recent(self, limit: int = 20) -> list[JobRun]:
        query = sa.select(job_runs).order_by(job_runs.c.started_at.desc(), job_runs.c.id.desc()).limit(limit)
        with self._engine.connect() as connection:
            return [JobRun(r.job, r.started_at, r.finished_at, r.ok, r.detail) for r in connection.execute(query)]
