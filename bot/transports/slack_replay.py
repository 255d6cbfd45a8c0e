"""Refuse a replayed Slack request: Bolt checks the signature and that the timestamp is within five minutes,
but a request captured on the way (a proxy log, a leaked capture) stays validly signed for those five
minutes. Each signature is accepted once; it is remembered a little longer than the window Bolt allows."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)
WINDOW_SECONDS = 5 * 60 + 60
"""Bolt refuses timestamps more than five minutes away; a minute more covers clock skew."""
MAX_REMEMBERED = 100_000


class ReplayGuard:
    """Remembers the signatures of recent requests (bounded in time and number; past MAX_REMEMBERED the
    oldest is forgotten first, which only matters above 300 requests a second)."""

    def __init__(self, *, window: float = WINDOW_SECONDS, max_remembered: int = MAX_REMEMBERED,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._window = window
        self._max = max_remembered
        self._clock = clock
        self._lock = threading.Lock()

    def first_time(self, signature: str) -> bool:
        """True the first time `signature` is seen within the window, False for a replay."""
        now = self._clock()
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - self._window
                                  or len(self._seen) >= self._max):
                self._seen.popitem(last=False)
            if signature in self._seen:
                return False
            self._seen[signature] = now
            return True

    def middleware(
        self, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        """Bolt middleware (installed as `before_authorize`, so it runs after the signature was verified)."""
        if req.mode == "socket_mode":
            return next()  # no signatures: Slack delivers over the app's own WebSocket
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        timestamp = (req.headers.get("x-slack-request-timestamp") or [""])[0]
        if not signature or not self.first_time(f"{timestamp}:{signature}"):
            log.warning("slack: refused a replayed request (timestamp %s)", timestamp)
            return BoltResponse(status=401, body='{"error": "replayed request"}',
                                headers={"content-type": "application/json"})
        return next()
