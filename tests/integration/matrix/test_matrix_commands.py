"""Commands typed in a Matrix room on a real Synapse, answered by the same command core as the CLI."""

from __future__ import annotations

from typing import Any

from matrix_support import MakeBot, RunningBot, ask, bot_notices, joined_room
from synapse_server import Person, Synapse

from bot.app import ingest_and_analyse

PASTED = """Peacekeepers leave the buffer zone

GENEVA, May 6, 2024 (Wire) – The last peacekeepers left the buffer zone on Monday, the mission said.

"We have handed over every position," the force commander, Maria Lopez, told reporters.
"""


def formatted(answer: dict[str, Any]) -> tuple[str, str]:
    content = answer["content"]
    assert content["msgtype"] == "m.notice"
    assert content["format"] == "org.matrix.custom.html"
    assert content["m.mentions"] == {}
    return content["body"], content["formatted_body"]


def with_room_destination(make_bot: MakeBot, person: Person, **overrides: Any) -> tuple[RunningBot, str]:
    """A bot whose configuration names the room `person` created and invited it to."""
    room = person.create_room()
    running = make_bot(destinations=[{"name": "ops", "transport": "matrix", "room": room, "sources": []}],
                       **overrides)
    person.invite(room, running.user_id)
    person.wait_for(lambda: person.members(room).get(running.user_id) == "join", what="the bot to join")
    return running, room


def test_every_command_is_answered_in_the_room(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    ingest_and_analyse(running.bot, force=True)
    room = joined_room(person, running)
    expected = {
        "!help": ["brief [TOPIC] [SINCE]", "who NAME", "subscribe"],
        "!brief 1w": ["Key developments", "Mission status", "Who said what"],
        "!status": ["CJTF-OIR", "non-combat"],
        "!status CJTF-OIR": ["CJTF-OIR"],
        "!who Brennan": ["Brennan"],
        "!quotes combat": ["combat"],
        "!sources": ["local", "ok"],
        f"!summarize {PASTED}": ["Peacekeepers leave the buffer zone", "Maria Lopez"],
        "!who Nobody Atall": ["No one matching"],
    }
    for command, phrases in expected.items():
        body, html = formatted(ask(person, room, running, command))
        for phrase in phrases:
            assert phrase in body, (command, phrase, body)
            assert phrase in html, (command, phrase, html)


def test_subscription_changes_need_the_configured_power_level(
    make_bot: MakeBot, person: Person, synapse: Synapse
) -> None:
    running, room = with_room_destination(make_bot, person)
    member = Person(synapse, synapse.register())
    try:
        person.invite(room, member.user_id)
        member.join(room)
        body, _ = formatted(ask(member, room, running, "!subscribe local"))
        assert "power level 50" in body
        assert running.bot.store.subscriptions.for_destination("ops") == []

        body, _ = formatted(ask(person, room, running, "!subscribe local Iraq"))  # the room's creator: 100
        assert "local" in body
        added = running.bot.store.subscriptions.for_destination("ops")
        assert [(s.source, s.filter, s.created_by) for s in added] == [("local", "Iraq", person.user_id)]

        person.set_power_level(room, member.user_id, 50)
        body, _ = formatted(ask(member, room, running, "!unsubscribe local"))
        assert running.bot.store.subscriptions.for_destination("ops") == []
    finally:
        member.close()


def test_the_bot_answers_neither_itself_nor_unknown_commands(make_bot: MakeBot, person: Person,
                                                              synapse: Synapse) -> None:
    running = make_bot()
    room = joined_room(person, running)
    as_the_bot = Person(synapse, running.account)  # the bot's own account typing a command
    try:
        as_the_bot.say(room, "!help")
        person.say(room, "!frobnicate now")
        person.say(room, "help, and a word about !brief in passing")
        ask(person, room, running, "!status")  # answered after the three before it were handled
        notices = bot_notices(person, room, running.user_id)
        assert len(notices) == 1, [n["content"]["body"][:60] for n in notices]
        assert "Commands:" not in notices[0]["content"]["body"]
    finally:
        as_the_bot.close()


def test_a_configured_prefix(make_bot: MakeBot, person: Person) -> None:
    running = make_bot(matrix={"command_prefix": "?bb-"})
    room = joined_room(person, running)
    person.say(room, "!help")
    body, _ = formatted(ask(person, room, running, "?bb-help"))
    assert "Commands:" in body
    assert len(bot_notices(person, room, running.user_id)) == 1
