from matrix_support import MakeBot, ask, joined_room
from synapse_server import Person


def test_help(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    room = joined_room(person, running)
    answer = ask(person, room, running, "!help")
    assert "who NAME" in answer["content"]["body"]
