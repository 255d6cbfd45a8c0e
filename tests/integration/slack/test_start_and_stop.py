"""Start-up against the configured Web API (Bolt's auth.test), clear failures, the choice between HTTP and
Socket Mode, and `serve` starting and stopping every front end."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import pytest
from conftest import MakeBot, Served
from slack_support import FakeSlack, post, sign, slash_body

from bot.app import build_front_ends, ingest_and_analyse
from bot.models import CommandRequest, Reply
from bot.serve import serve
from bot.transports.base import FrontEnd, FrontEndError
from bot.transports.slack_server import SlackHttpFrontEnd, SlackSocketModeFrontEnd


def slack(api: FakeSlack, **values: object) -> dict[str, object]:
    return {"bot_token": "xoxb-test-token", "signing_secret": "s3cret", "api_base_url": api.api_base_url,
            "http": {"port": 0}, **values}


def test_start_up_checks_the_token_at_the_configured_api(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    bot = make_bot(slack=slack(slack_api))
    (front_end,) = build_front_ends(bot.settings, bot)
    assert isinstance(front_end, SlackHttpFrontEnd)
    assert len(slack_api.of("/api/auth.test")) == 1


def test_a_wrong_token_stops_start_up_with_a_clear_message(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    bot = make_bot(slack=slack(slack_api, bot_token="xoxb-wrong"))
    with pytest.raises(FrontEndError, match=r"auth\.test at http://127\.0\.0\.1:\d+/api/ refused the bot token "
                                            r"\(invalid_auth\): check BRIEFBOT_SLACK__BOT_TOKEN"):
        build_front_ends(bot.settings, bot)


def test_an_unreachable_api_stops_start_up_with_a_clear_message(make_bot: MakeBot) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    bot = make_bot(slack={"bot_token": "xoxb-test-token", "signing_secret": "s",
                          "api_base_url": f"http://127.0.0.1:{closed}/api/"})
    with pytest.raises(FrontEndError, match=r"cannot reach Slack's Web API at http://127\.0\.0\.1"):
        build_front_ends(bot.settings, bot)


def test_http_mode_needs_the_signing_secret(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    bot = make_bot(slack={"bot_token": "xoxb-test-token", "api_base_url": slack_api.api_base_url})
    with pytest.raises(FrontEndError, match="BRIEFBOT_SLACK__SIGNING_SECRET"):
        build_front_ends(bot.settings, bot)


def test_a_port_in_use_is_a_clear_failure(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        bot = make_bot(slack=slack(slack_api, http={"port": taken.getsockname()[1]}))
        (front_end,) = build_front_ends(bot.settings, bot)
        with pytest.raises(FrontEndError, match=r"cannot listen on 127\.0\.0\.1"):
            front_end.start()
        front_end.stop()


def test_an_app_token_chooses_socket_mode(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    """Chosen with an app token; a refused app token (apps.connections.open at the configured API) is a clear
    failure. test_socket_mode.py runs a command over a local stand-in for Slack's WebSocket end."""
    bot = make_bot(slack=slack(slack_api, app_token="xapp-test", signing_secret=None))
    (front_end,) = build_front_ends(bot.settings, bot)
    assert isinstance(front_end, SlackSocketModeFrontEnd)
    with pytest.raises(FrontEndError, match=r"apps\.connections\.open: invalid_auth.*BRIEFBOT_SLACK__APP_TOKEN"):
        front_end.start()
    front_end.stop()
    front_end.stop()
    assert len(slack_api.of("/api/apps.connections.open")) == 1


def test_no_token_means_no_slack_front_end(make_bot: MakeBot) -> None:
    bot = make_bot(slack={}, destinations=[])
    assert build_front_ends(bot.settings, bot) == []


def port_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def test_serve_runs_the_scheduler_and_front_ends_until_stopped(make_bot: MakeBot, slack_api: FakeSlack) -> None:
    bot = make_bot()
    ingest_and_analyse(bot, force=True)
    front_ends = build_front_ends(bot.settings, bot)
    stop, scheduler_ran = threading.Event(), threading.Event()

    def scheduler(stopping: threading.Event) -> None:
        scheduler_ran.set()
        stopping.wait(10)

    runner = threading.Thread(target=serve, args=(front_ends, scheduler, stop))
    runner.start()
    try:
        assert scheduler_ran.wait(5)
        port = front_ends[0].bound_port  # type: ignore[attr-defined]
        body = slash_body("/who", "Brennan", slack_api.response_url("during-serve"))
        assert post(f"http://127.0.0.1:{port}/slack/events", body, sign(body))[0] == 200
        slack_api.wait_for(lambda: bool(slack_api.responses("during-serve")))
        assert "Brennan" in slack_api.responses("during-serve")[0]["text"]
    finally:
        started = time.monotonic()
        stop.set()
        runner.join(10)
    assert not runner.is_alive() and time.monotonic() - started < 6
    assert not port_answers(port)


class Recorder:
    def __init__(self, name: str, log: list[str], fail: bool = False) -> None:
        self.name, self._log, self._fail = name, log, fail

    def start(self) -> None:
        if self._fail:
            raise FrontEndError(f"{self.name} cannot start")
        self._log.append(f"start {self.name}")

    def stop(self) -> None:
        self._log.append(f"stop {self.name}")


def test_a_front_end_that_cannot_start_stops_the_others_and_the_scheduler_never_runs() -> None:
    log: list[str] = []
    front_ends: list[FrontEnd] = [Recorder("a", log), Recorder("b", log), Recorder("c", log, fail=True)]
    never: Callable[[threading.Event], None] = lambda _stop: log.append("scheduler")  # noqa: E731
    with pytest.raises(FrontEndError, match="c cannot start"):
        serve(front_ends, never)
    assert log == ["start a", "start b", "stop b", "stop a"]


def test_a_scheduler_error_still_stops_every_front_end() -> None:
    log: list[str] = []

    def broken(_stop: threading.Event) -> None:
        raise RuntimeError("database gone")

    with pytest.raises(RuntimeError):
        serve([Recorder("a", log), Recorder("b", log)], broken)
    assert log == ["start a", "start b", "stop b", "stop a"]


def test_stopping_lets_a_running_look_up_answer_first(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    handle = served.bot.commands.handle

    def slow(request: CommandRequest) -> Reply:
        time.sleep(1.0)
        return handle(request)

    monkeypatch.setattr(served.bot.commands, "handle", slow)
    body, headers = served.signed("/who", "Brennan", "late")
    assert post(served.url, body, headers)[0] == 200
    time.sleep(0.2)  # the look-up is running
    served.front_end.stop()
    assert len(served.api.responses("late")) == 1  # answered before stop returned
    assert not port_answers(served.front_end.bound_port or 0)
