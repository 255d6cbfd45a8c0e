"""Which of several `briefbot run` processes on one database runs the scheduler: the holder of a lease.

The leader renews its lease well before it expires; the others try to take it at the same pace and get
it once the leader stopped renewing (it died, hung or lost the database) and the lease expired, or at
once when it released the lease on a clean stop. The unique claim per (destination, slot) in the outbox
stays the second line of defence for the moment two processes might both believe they lead.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.store.leases import LeaseRepository

log = logging.getLogger(__name__)
SCHEDULER_LEASE = "scheduler"


def process_name() -> str:
    """Unique per process, and says which host and pid when read in the leases table."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class Leadership:
    leases: LeaseRepository
    clock: Callable[[], datetime]
    ttl: timedelta
    holder: str = field(default_factory=process_name)
    name: str = SCHEDULER_LEASE
    _held_until: datetime | None = field(default=None, init=False)

    @property
    def renew_every(self) -> timedelta:
        """A third of the lease: two renewals in a row may fail (a slow database) before it expires."""
        return self.ttl / 3

    def acquire(self) -> bool:
        """Take the lease if it is free, expired or ours. False (not an error) when the database is away."""
        now = self.clock()
        try:
            won = self.leases.acquire(self.name, self.holder, now, now + self.ttl)
        except SQLAlchemyError as error:
            log.warning("cannot reach the database to take the scheduler lease: %s", error)
            return False
        self._held_until = now + self.ttl if won else None
        return won

    def renew(self) -> bool:
        """Extend the lease. False when it was taken over, or when the database stayed unreachable until
        it expired: from then on another process may lead, so this one must stop scheduling."""
        now = self.clock()
        try:
            renewed = self.leases.renew(self.name, self.holder, now + self.ttl)
        except SQLAlchemyError as error:
            log.warning("cannot renew the scheduler lease: %s", error)
            return self.held()
        self._held_until = now + self.ttl if renewed else None
        return renewed

    def held(self) -> bool:
        """Whether this process may act as leader now, by its own last successful acquire or renewal."""
        return self._held_until is not None and self.clock() < self._held_until

    def release(self) -> None:
        if self._held_until is None:
            return
        self._held_until = None
        try:
            self.leases.release(self.name, self.holder)
        except SQLAlchemyError as error:  # it simply expires
            log.warning("cannot release the scheduler lease: %s", error)

    def current_holder(self) -> str | None:
        return self.leases.holder(self.name, self.clock())
