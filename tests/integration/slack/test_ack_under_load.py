"""Slack gives a slash command three seconds: 50 commands at once are all acknowledged within them, even
when every look-up is slow, because look-ups run after the acknowledgement (bench/slack_ack.py prints the
p50/p99 acknowledgement times)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import Served
from slack_support import post

from bot.models import CommandRequest, Reply

SLACK_ACK_LIMIT = 3.0


def test_fifty_concurrent_commands_are_all_acknowledged_within_three_seconds(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = served.bot.commands.handle

    def slow(request: CommandRequest) -> Reply:
        time.sleep(0.4)  # a look-up that fetches a page: together far longer than Slack waits
        return handle(request)

    monkeypatch.setattr(served.bot.commands, "handle", slow)
    commands = [("/who", "Brennan"), ("/status", ""), ("/quotes", "Daesh"), ("/brief", "2d"), ("/sources", "")]
    requests = [served.signed(*commands[i % len(commands)], f"load-{i}") for i in range(50)]

    def acknowledge(index: int) -> tuple[int, float]:
        body, headers = requests[index]
        started = time.monotonic()
        status, _ = post(served.url, body, headers, timeout=10)
        return status, time.monotonic() - started

    with ThreadPoolExecutor(max_workers=50) as pool:
        acks = list(pool.map(acknowledge, range(50)))
    assert [status for status, _ in acks] == [200] * 50
    assert max(seconds for _, seconds in acks) < SLACK_ACK_LIMIT, sorted(seconds for _, seconds in acks)[-5:]
    # and every command is answered afterwards, once
    served.api.wait_for(lambda: all(served.api.responses(f"load-{i}") for i in range(50)), timeout=60)
    assert all(len(served.api.responses(f"load-{i}")) == 1 for i in range(50))
