"""Scale-out with real processes: two `briefbot run` on one database deliver every brief exactly once, and
when the leader is killed (SIGKILL: no clean stop, no lease released) the other takes over.

The brief schedule fires every 2 seconds (a 6-field cron, seconds first) and the lease lasts 3 seconds,
so the whole story takes seconds. Every wait is bounded; every process is stopped by its id."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest
import sqlalchemy as sa
from support import REPO

CONFIG = """
sources:
  - {name: seeds, location: seeds/, kind: files, interval_minutes: 60}
destinations:
  - {name: console, transport: console, schedule: "*/2 * * * * *", file: var/briefs.txt, post_when_empty: true}
scheduler: {lease_seconds: 3}
"""
HEADER = re.compile(r"^===== console · .+ · ([0-9a-f]{32})$", re.MULTILINE)


@dataclass
class Bot:
    process: subprocess.Popen[bytes]
    stderr_path: Path
    files: list[IO[bytes]]

    @property
    def tag(self) -> str:
        """How this process appears in the leases table (host:pid:random)."""
        return f":{self.process.pid}:"

    def log(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        for file in self.files:
            file.close()


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.1)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "briefbot.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture
def start_bot(workdir: Path, database_url: str) -> Iterator[Callable[[str], Bot]]:
    started: list[Bot] = []
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment["BRIEFBOT_DATABASE__URL"] = database_url

    def start(name: str) -> Bot:
        stdout = (workdir / f"{name}.out").open("wb")
        stderr = (workdir / f"{name}.err").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=workdir, env=environment, stdin=subprocess.DEVNULL,
            stdout=stdout, stderr=stderr,
        )
        bot = Bot(process, workdir / f"{name}.err", [stdout, stderr])
        started.append(bot)
        return bot

    yield start
    for bot in started:
        bot.stop()


@pytest.fixture
def engine(database_url: str) -> Iterator[sa.Engine]:
    opened = sa.create_engine(database_url)
    yield opened
    opened.dispose()


def lease_holder(engine: sa.Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.scalar(sa.text("select holder from leases where name = 'scheduler'"))
    except sa.exc.DBAPIError:  # not migrated yet
        return None


def sent(engine: sa.Engine) -> list[tuple[str, str, datetime]]:
    """(delivery id, slot, sent at) of every brief sent, oldest first."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text(
                "select id, slot, sent_at from deliveries where status = 'sent' order by sent_at")).all()
    except sa.exc.DBAPIError:
        return []
    return [(row[0], row[1], _utc(row[2])) for row in rows]


def _utc(value: datetime | str) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


def sent_since(engine: sa.Engine, moment: datetime) -> int:
    return len([row for row in sent(engine) if row[2] > moment])


def test_two_processes_deliver_each_brief_once_and_the_standby_takes_over(
    start_bot: Callable[[str], Bot], engine: sa.Engine, workdir: Path
) -> None:
    first = start_bot("first")
    wait_for(lambda: (lease_holder(engine) or "").find(first.tag) >= 0, "the first process to lead")
    wait_for(lambda: len(sent(engine)) >= 2, "the leader's first briefs")

    second = start_bot("second")
    wait_for(lambda: "standing by" in second.log(), "the second process to stand by")
    joined = datetime.now(UTC)
    wait_for(lambda: sent_since(engine, joined) >= 3, "briefs while both processes run")
    assert first.tag in (lease_holder(engine) or "")

    # SIGKILL just after a brief went out, not in the middle of sending one
    wait_for(lambda: datetime.now(UTC) - sent(engine)[-1][2] < timedelta(seconds=0.6), "a brief to go out")
    time.sleep(0.2)
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=10)
    killed = datetime.now(UTC)
    wait_for(lambda: second.tag in (lease_holder(engine) or ""), "the standby to take the lease over", timeout=30)
    wait_for(lambda: sent_since(engine, killed) >= 3, "briefs from the new leader")
    assert "this process runs the scheduler" in second.log()

    second.process.send_signal(signal.SIGTERM)
    assert second.process.wait(timeout=30) == 0, second.log()
    assert lease_holder(engine) is None  # released on a clean stop

    delivered = sent(engine)
    slots = [slot for _, slot, _ in delivered]
    assert len(slots) == len(set(slots)) >= 8
    assert all(int(slot[-8:-6]) % 2 == 0 for slot in slots)  # cron:...THH:MM:SS+00:00, on the 2 s marks
    written = HEADER.findall((workdir / "var" / "briefs.txt").read_text(encoding="utf-8"))
    assert sorted(written) == sorted(delivery_id for delivery_id, _, _ in delivered)  # each brief once
    assert "Traceback" not in first.log() + second.log()
