"""The asyncio thread the Matrix transport hands its work to: every wait is bounded, stop is idempotent."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bot.transports.matrix_loop import LoopThread


def test_work_runs_on_one_thread_and_waits_are_bounded() -> None:
    loop = LoopThread("test-loop")
    try:
        async def where() -> str:
            return threading.current_thread().name

        assert loop.run(where(), timeout=5) == "test-loop"
        cancelled = threading.Event()

        async def hangs() -> None:
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                cancelled.set()
                raise

        started = time.monotonic()
        with pytest.raises(TimeoutError):
            loop.run(hangs(), timeout=0.2)
        assert time.monotonic() - started < 2
        assert cancelled.wait(2)  # the abandoned work does not linger on the loop
    finally:
        loop.stop()


def test_stop_is_idempotent_and_bounded_even_with_work_pending() -> None:
    loop = LoopThread("test-loop")
    future = loop.submit(asyncio.sleep(30))
    started = time.monotonic()
    loop.stop(timeout=2)
    loop.stop(timeout=2)
    assert time.monotonic() - started < 3
    assert future.cancelled() or future.done()
