"""Who can bring the bot into a room, and the rooms it will not stay in."""

from __future__ import annotations

from matrix_support import MakeBot, ask, bot_notices
from synapse_server import SERVER_NAME, Person, Synapse

from bot.transports.matrix_payload import ENCRYPTED_ROOM_REFUSAL


def test_invites_from_an_allowed_server_are_accepted(make_bot: MakeBot, person: Person) -> None:
    running = make_bot(matrix={"allow_invites_from": [SERVER_NAME]})
    room = person.create_room(invite=(running.user_id,))
    person.wait_for(lambda: person.members(room).get(running.user_id) == "join", what="the bot to join")
    assert "Commands:" in ask(person, room, running, "!help")["content"]["body"]


def test_invites_from_anyone_else_are_declined(make_bot: MakeBot, person: Person, synapse: Synapse) -> None:
    trusted = synapse.register()
    running = make_bot(matrix={"allow_invites_from": [trusted.user_id]})
    room = person.create_room(invite=(running.user_id,))
    person.wait_for(lambda: person.members(room).get(running.user_id) == "leave", what="the invite to be declined")

    welcome = Person(synapse, trusted)
    try:
        other = welcome.create_room(invite=(running.user_id,))
        welcome.wait_for(lambda: welcome.members(other).get(running.user_id) == "join", what="the bot to join")
    finally:
        welcome.close()


def test_an_encrypted_room_is_refused_with_a_message_to_the_inviter(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    room = person.create_room(invite=(running.user_id,), encrypted=True)
    person.wait_for(lambda: person.members(room).get(running.user_id) == "leave", what="the bot to leave")
    notices = bot_notices(person, room, running.user_id)
    assert [n["content"]["body"] for n in notices] == [ENCRYPTED_ROOM_REFUSAL]


def test_a_room_that_turns_encryption_on_is_left(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    room = person.create_room(invite=(running.user_id,))
    person.wait_for(lambda: person.members(room).get(running.user_id) == "join", what="the bot to join")
    person.enable_encryption(room)
    person.wait_for(lambda: person.members(room).get(running.user_id) == "leave", what="the bot to leave")
    assert [n["content"]["body"] for n in bot_notices(person, room, running.user_id)] == [ENCRYPTED_ROOM_REFUSAL]
