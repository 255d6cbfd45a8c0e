"""When to poll a source next: its interval while it works, exponentially later while it fails.

A failing feed is retried after interval × 2^failures, never later than a day (or the interval, when that
is longer), and the delay is spread by ±20 % so that sources failing together (one host down, the
network gone) do not all come back at the same moment. Pure: the random source is injected.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

MAX_BACKOFF = timedelta(days=1)
JITTER = 0.2
_MAX_EXPONENT = 20  # 2^20 intervals is far past any cap; keeps the multiplication small


def poll_delay(
    interval: timedelta,
    failures: int,
    *,
    cap: timedelta = MAX_BACKOFF,
    jitter: float = JITTER,
    rand: Callable[[], float] = random.random,
) -> timedelta:
    """The wait before the next poll after `failures` consecutive failures (0: the source works).

    `rand` returns a float in [0, 1); the delay is the backed-off interval times 1 ± `jitter`, then cut to
    the cap, so it never exceeds max(cap, interval) and never falls below the interval.
    """
    if failures <= 0:
        return interval
    ceiling = max(cap, interval)
    backed_off = min(interval * (1 << min(failures, _MAX_EXPONENT)), ceiling)
    spread = backed_off * (1 + jitter * (2 * rand() - 1))
    return max(interval, min(spread, ceiling))
