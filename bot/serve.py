"""`briefbot serve`: the scheduler and every front end (Slack HTTP or Socket Mode, Matrix sync) in one process,
until SIGINT or SIGTERM.

The front ends run on their own threads; the scheduler runs on the calling (main) thread, where it turns
SIGINT and SIGTERM into its stop event (bot.scheduler). Whatever ends the scheduler (a signal, `stop`, an
error), every front end that was started is stopped, newest first, each within its own bound.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from bot.transports.base import FrontEnd

log = logging.getLogger(__name__)


def serve(front_ends: Sequence[FrontEnd], run_scheduler: Callable[[threading.Event], None],
          stop: threading.Event | None = None) -> None:
    """Start the front ends, run the scheduler until `stop` is set (or a signal arrives), stop them all.

    A front end that cannot start (FrontEndError) stops the ones already started and is raised: a bot
    that cannot hear its commands should not look as if it were serving.
    """
    stop = stop or threading.Event()
    started: list[FrontEnd] = []
    try:
        for front_end in front_ends:
            front_end.start()
            started.append(front_end)
            log.info("%s started", front_end.name)
        run_scheduler(stop)
    finally:
        stop.set()
        for front_end in reversed(started):
            try:
                front_end.stop()
            except Exception:  # one front end failing to stop must not keep the others running
                log.exception("%s did not stop cleanly", front_end.name)
            else:
                log.info("%s stopped", front_end.name)
