"""Every slash command end to end: a signed request to the real Bolt app over HTTP, acknowledged at once,
answered through response_url by the shared command core."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from conftest import OPS, Served
from slack_support import post


def run(served: Served, command: str, text: str, name: str, **kwargs: Any) -> list[dict[str, Any]]:
    body, headers = served.signed(command, text, name, **kwargs)
    status, ack = post(served.url, body, headers)
    assert status == 200 and ack == ""  # an empty acknowledgement: the answer follows through response_url
    served.api.wait_for(lambda: bool(served.api.responses(name)))
    return served.api.responses(name)


def texts(response: dict[str, Any]) -> str:
    return response["text"] + " " + json.dumps(response.get("blocks", []), ensure_ascii=False)


@pytest.mark.parametrize(("command", "text", "expected"), [
    ("/brief", "", "Brennan"),
    ("/brief", "2d", "Key developments"),
    ("/status", "", "CJTF-OIR"),
    ("/status", "Inherent Resolve", "non-combat"),
    ("/who", "Brennan", "Maj. Gen."),
    ("/quotes", "", "Brennan"),
    ("/quotes", "Daesh", "Daesh"),
    ("/sources", "", "local"),
])
def test_each_look_up_is_answered_in_the_channel(served: Served, command: str, text: str, expected: str) -> None:
    (answer,) = run(served, command, text, "lookup")
    assert answer["response_type"] == "in_channel"
    assert expected in texts(answer)
    assert answer["blocks"] and answer["text"]


@pytest.mark.parametrize("text", ["Daesh 2d", "Daesh", '"combat role" 1w', "Daesh AND Brennan 2024-05-01"])
def test_brief_about_a_topic(served: Served, text: str) -> None:
    (answer,) = run(served, "/brief", text, "topic")
    assert answer["blocks"][0]["text"]["text"].startswith("News brief: ")
    assert "Brennan" in texts(answer)


def test_brief_about_a_topic_nothing_reported(served: Served) -> None:
    (answer,) = run(served, "/brief", "volcano 2d", "nothing")
    assert answer["blocks"][0]["text"]["text"] == "News brief: volcano"
    assert "No new developments" in texts(answer) and "Brennan" not in texts(answer)
    (bad,) = run(served, "/brief", "(volcano", "bad-topic")
    assert bad["response_type"] == "ephemeral" and "is not a topic" in texts(bad)


def test_summarize_pasted_text(served: Served) -> None:
    article = ("Mission in Mali ends\nBAMAKO (Wire) – The United Nations mission in Mali ended its mandate on "
               'Friday. "We leave with our heads high," the force commander, Gen. Ana Moreira, said.')
    (answer,) = run(served, "/summarize", article, "summary")
    assert "Moreira" in texts(answer) and answer["response_type"] == "in_channel"


def test_subscribe_and_unsubscribe_act_on_the_channel_they_come_from(served: Served) -> None:
    (subscribed,) = run(served, "/subscribe", "local mission:CJTF-OIR", "sub")
    assert "local" in texts(subscribed) and subscribed["response_type"] == "in_channel"
    added = served.bot.store.subscriptions.get("ops", "local")
    assert added is not None and added.origin == "command" and added.topics.missions == ("CJTF-OIR",)
    (unsubscribed,) = run(served, "/unsubscribe", "local", "unsub")
    assert "local" in texts(unsubscribed)
    assert served.bot.store.subscriptions.get("ops", "local") is None


def test_the_umbrella_command_runs_every_look_up(served: Served) -> None:
    (status,) = run(served, "/briefbot", "status CJTF-OIR", "umbrella-status")
    assert "non-combat" in texts(status)
    (who,) = run(served, "/briefbot", "WHO Brennan", "umbrella-who")
    assert "Brennan" in texts(who)


@pytest.mark.parametrize(("command", "text"), [("/briefbot", ""), ("/briefbot", "help"), ("/briefbot", "frobnicate"),
                                               ("/who", "")])
def test_help_and_unknown_input_get_usage_only_the_asker_sees(served: Served, command: str, text: str) -> None:
    (answer,) = run(served, command, text, "help")
    assert answer["response_type"] == "ephemeral"
    assert "who NAME" in texts(answer)


def test_a_command_from_another_channel_is_answered_there_with_the_shared_core(served: Served) -> None:
    (answer,) = run(served, "/sources", "", "elsewhere", channel="C0OTHER")
    assert "local" in texts(answer)
    assert OPS not in texts(answer)


@pytest.mark.parametrize(("command", "text"), [("/who", "<!channel> <@U0BOSS>"), ("/quotes", "<!here|here>"),
                                               ("/briefbot", "<!everyone>")])
def test_what_a_user_types_is_echoed_inert(served: Served, command: str, text: str) -> None:
    (answer,) = run(served, command, text, "echo")
    assert "&lt;!" in texts(answer) or "&lt;@" in texts(answer)
    assert not re.search(r"<[!@#]", answer["text"] + " ".join(
        block["text"]["text"] for block in answer["blocks"] if "text" in block))
