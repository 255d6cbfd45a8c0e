"""Only Slack's signed, fresh, first-time requests reach the command core: a forged signature, a stale
timestamp and a replay are refused with 401 and change nothing."""

from __future__ import annotations

import time

import pytest
from conftest import Served
from slack_support import post, sign, slash_body

from bot.transports.slack_replay import ReplayGuard


def assert_refused_without_effect(served: Served, status: int, name: str) -> None:
    assert status == 401
    time.sleep(0.5)  # a lazy listener, had one started, answers within milliseconds
    assert served.api.responses(name) == []
    assert served.bot.store.subscriptions.get("ops", "local") is None


@pytest.mark.parametrize("forgery", ["wrong secret", "body changed", "no signature", "signature of another time"])
def test_a_forged_signature_is_refused(served: Served, forgery: str) -> None:
    body = slash_body("/subscribe", "local", served.api.response_url("forged"))
    headers = sign(body)
    if forgery == "wrong secret":
        headers = sign(body, secret="not-the-signing-secret")
    elif forgery == "body changed":
        body = body.replace("local", "wire")
    elif forgery == "no signature":
        del headers["X-Slack-Signature"]
    else:
        headers["X-Slack-Request-Timestamp"] = str(int(headers["X-Slack-Request-Timestamp"]) - 1)
    status, _ = post(served.url, body, headers)
    assert_refused_without_effect(served, status, "forged")


def test_a_stale_timestamp_is_refused_even_when_correctly_signed(served: Served) -> None:
    body = slash_body("/subscribe", "local", served.api.response_url("stale"))
    status, _ = post(served.url, body, sign(body, timestamp=int(time.time()) - 5 * 60 - 30))
    assert_refused_without_effect(served, status, "stale")


def test_a_replayed_request_is_refused(served: Served) -> None:
    body = slash_body("/subscribe", "local", served.api.response_url("first"))
    headers = sign(body)
    assert post(served.url, body, headers)[0] == 200
    served.api.wait_for(lambda: bool(served.api.responses("first")))
    assert served.bot.store.subscriptions.get("ops", "local") is not None
    undo = slash_body("/unsubscribe", "local", served.api.response_url("undo"))
    assert post(served.url, undo, sign(undo))[0] == 200
    served.api.wait_for(lambda: bool(served.api.responses("undo")))

    status, _ = post(served.url, body, headers)  # the same request again, seconds later: still validly signed
    assert status == 401
    time.sleep(0.5)
    assert len(served.api.responses("first")) == 1
    assert served.bot.store.subscriptions.get("ops", "local") is None


def test_the_replay_guard_forgets_after_the_window_and_stays_bounded() -> None:
    now = [1000.0]
    guard = ReplayGuard(window=360, max_remembered=3, clock=lambda: now[0])
    assert guard.first_time("a") and not guard.first_time("a")
    now[0] += 361
    assert guard.first_time("a")  # Bolt refuses its timestamp by now anyway
    for key in "bcd":
        assert guard.first_time(key)
    assert len(guard._seen) == 3
