"""The leader lease on both databases, with a clock the test moves: one holder at a time, taken over only
after it expired (or was released), never while the leader keeps renewing it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from scheduling_support import RecordingTarget, settings_for
from support import FakeClock

from bot.leader import Leadership
from bot.scheduler import run_scheduler
from bot.store import Store, open_store
from bot.store.leases import LeaseRepository

TTL = timedelta(seconds=60)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    opened = open_store(database_url)
    yield opened
    opened.close()


def leader(store: Store, clock: FakeClock, holder: str) -> Leadership:
    return Leadership(store.leases, clock, TTL, holder=holder)


def test_the_lease_moves_to_another_holder_only_after_it_expired(store: Store, clock: FakeClock) -> None:
    first, second = leader(store, clock, "first"), leader(store, clock, "second")
    assert first.acquire() and not second.acquire()
    clock.advance(seconds=50)
    assert first.renew() and not second.acquire()  # renewed in time: it stays
    clock.advance(seconds=100)  # 100 s after the renewal, 40 s past its expiry
    assert not first.held()  # by its own clock the first knows it may no longer lead
    assert second.acquire() and store.leases.holder("scheduler", clock()) == "second"
    assert not first.renew() and not first.held()  # taken over: the first must stop scheduling
    first.release()  # releasing what it no longer holds leaves the new holder alone
    assert store.leases.holder("scheduler", clock()) == "second"
    clock.advance(seconds=59)
    assert not first.acquire()  # just before expiry the lease is still the second's


def test_a_released_lease_is_free_at_once(store: Store, clock: FakeClock) -> None:
    first, second = leader(store, clock, "first"), leader(store, clock, "second")
    assert first.acquire()
    first.release()
    assert store.leases.holder("scheduler", clock()) is None
    assert second.acquire()


def test_of_many_processes_racing_for_the_lease_exactly_one_wins(store: Store, clock: FakeClock) -> None:
    contenders = [leader(store, clock, f"process-{n}") for n in range(8)]
    start = threading.Barrier(len(contenders))
    won: list[str] = []

    def contend(candidate: Leadership) -> None:
        start.wait(timeout=10)
        if candidate.acquire():
            won.append(candidate.holder)

    threads = [threading.Thread(target=contend, args=(c,)) for c in contenders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(won) == 1 and store.leases.holder("scheduler", clock()) == won[0]


def test_without_the_database_a_leader_keeps_its_lease_until_expiry_then_steps_down(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    unreachable = LeaseRepository(sa.create_engine(f"sqlite:///{tmp_path}/no-such-folder/briefbot.db"))
    standby = Leadership(unreachable, clock, TTL, holder="standby")
    assert not standby.acquire()  # an unreachable database is no error, just no lease

    current = leader(store, clock, "current")
    assert current.acquire()
    current.leases = unreachable
    clock.advance(seconds=30)
    assert current.renew()  # cannot renew, but the lease has 30 s left: still the leader
    clock.advance(seconds=31)
    assert not current.renew() and not current.held()


def test_run_stands_by_until_the_lease_expires_then_leads_and_releases_it_on_stop(
    store: Store, database_url: str, tmp_path: Path
) -> None:
    """The real loop on the real clock: another holder's lease has 2 s left, so this process waits that
    long, then takes over, runs its start-up job, and gives the lease back when told to stop."""
    settings = settings_for(database_url, tmp_path, scheduler={"lease_seconds": 3})
    now = datetime.now(UTC)
    assert store.leases.acquire("scheduler", "a process that died", now, now + timedelta(seconds=2))
    target, stop = RecordingTarget(), threading.Event()
    loop = threading.Thread(target=run_scheduler, args=(store, settings, target),
                            kwargs={"clock": lambda: datetime.now(UTC), "stop": stop})
    loop.start()
    try:
        deadline = time.monotonic() + 20
        while ("start_up",) not in target.calls and time.monotonic() < deadline:
            time.sleep(0.05)
        took_over = datetime.now(UTC)
        assert ("start_up",) in target.calls
        assert took_over >= now + timedelta(seconds=2)  # not before the other lease expired
        holder = store.leases.holder("scheduler", took_over)
        assert holder is not None and holder != "a process that died"
    finally:
        stop.set()
        loop.join(timeout=20)
    assert not loop.is_alive()
    assert store.leases.holder("scheduler", datetime.now(UTC)) is None
