"""Socket Mode against a local stand-in for Slack's WebSocket end (real Slack cannot be reached offline):
the real slack_sdk client connects to the URL apps.connections.open gives, a slash command envelope is
acknowledged over the socket within Slack's three seconds and answered through response_url."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from urllib.parse import parse_qsl

import pytest
from conftest import MakeBot
from slack_support import FakeSlack, slash_body
from socket_mode_server import SocketModeServer

from bot.app import build_front_ends, ingest_and_analyse
from bot.transports.slack_server import SlackSocketModeFrontEnd


@pytest.fixture
def socket_server() -> Iterator[SocketModeServer]:
    server = SocketModeServer()
    try:
        yield server
    finally:
        server.close()


def test_a_slash_command_over_socket_mode(make_bot: MakeBot, slack_api: FakeSlack,
                                          socket_server: SocketModeServer) -> None:
    slack_api.socket_url = socket_server.url
    bot = make_bot(slack={"bot_token": "xoxb-test-token", "app_token": "xapp-1-test",
                          "api_base_url": slack_api.api_base_url})
    ingest_and_analyse(bot, force=True)
    (front_end,) = build_front_ends(bot.settings, bot)
    assert isinstance(front_end, SlackSocketModeFrontEnd)
    front_end.start()
    try:
        assert socket_server.connected.wait(10)
        assert len(slack_api.of("/api/apps.connections.open")) == 1
        payload = dict(parse_qsl(slash_body("/who", "Brennan", slack_api.response_url("socket"))))
        sent = time.monotonic()
        socket_server.deliver({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
                               "payload": payload})
        try:
            ack = socket_server.received.get(timeout=3)
        except queue.Empty:
            pytest.fail("no acknowledgement over the socket within Slack's three seconds")
        assert ack["envelope_id"] == "env-1" and time.monotonic() - sent < 3
        slack_api.wait_for(lambda: bool(slack_api.responses("socket")))
        (answer,) = slack_api.responses("socket")
        assert "Brennan" in answer["text"] and answer["response_type"] == "in_channel"
    finally:
        front_end.stop()
