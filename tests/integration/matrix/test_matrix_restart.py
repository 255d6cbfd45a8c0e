"""Restarts: the sync token and the login survive in the database, so a restarted bot answers what was said
while it was down, once, and nothing it had answered before."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from matrix_support import MakeBot, ask, bot_notices, joined_room
from synapse_server import Person, Synapse

from bot.transports import matrix_sync


def bodies(person: Person, room: str, bot: str) -> list[str]:
    return [n["content"]["body"].split("\n")[0] for n in bot_notices(person, room, bot)]


def test_a_restart_replays_nothing_and_misses_nothing(make_bot: MakeBot, person: Person) -> None:
    first = make_bot()
    room = joined_room(person, first)
    ask(person, room, first, "!help")
    first.close()

    person.say(room, "!sources")  # while the bot is down
    second = make_bot()
    person.wait_for(lambda: len(bot_notices(person, room, second.user_id)) >= 2, what="the missed command")
    ask(person, room, second, "!status")
    answers = bodies(person, room, second.user_id)
    assert len(answers) == 3, answers
    assert answers[0].startswith("Commands:") and not answers[2].startswith("Commands:")


def test_a_first_start_answers_nothing_from_the_rooms_history(
    make_bot: MakeBot, person: Person, tmp_path: Path
) -> None:
    first = make_bot()
    room = joined_room(person, first)
    ask(person, room, first, "!help")
    first.close()
    person.say(room, "!sources")  # history, for a bot that starts without a sync token

    fresh = make_bot(database={"url": f"sqlite:///{tmp_path / 'another.db'}"})
    ask(person, room, fresh, "!status")
    answers = bodies(person, room, fresh.user_id)
    assert len(answers) == 2 and answers[0].startswith("Commands:"), answers


def test_a_password_login_happens_once(make_bot: MakeBot, person: Person, synapse: Synapse) -> None:
    first = make_bot(login="password")
    room = joined_room(person, first)
    ask(person, room, first, "!help")
    store = first.bot.store
    session = store.matrix_sessions.load(synapse.url, first.user_id)
    assert session is not None and session.access_token and session.device_id and session.sync_token
    first.close()

    second = make_bot(login="password")
    ask(person, room, second, "!help")
    again = second.bot.store.matrix_sessions.load(synapse.url, second.user_id)
    assert again is not None and (again.access_token, again.device_id) == (session.access_token, session.device_id)
    devices = httpx.get(f"{synapse.url}/_matrix/client/v3/devices", timeout=10,
                        headers={"Authorization": f"Bearer {again.access_token}"}).json()["devices"]
    logged_in = [d for d in devices if d.get("display_name") == "briefbot"]
    assert len(logged_in) == 1


def test_stop_is_quick_and_idempotent_and_start_resumes(make_bot: MakeBot, person: Person) -> None:
    running = make_bot()
    room = joined_room(person, running)
    started = time.monotonic()
    running.front_end.stop()
    running.front_end.stop()
    assert time.monotonic() - started < 5
    person.say(room, "!help")  # while the front end is stopped
    running.front_end.start()
    person.wait_for(lambda: bot_notices(person, room, running.user_id), what="the answer after start")
    ask(person, room, running, "!status")
    assert len(bot_notices(person, room, running.user_id)) == 2


def test_more_commands_than_one_sync_returns_are_all_answered_once(
    make_bot: MakeBot, person: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matrix_sync, "SYNC_FILTER", {"room": {"timeline": {"limit": 3}}})
    monkeypatch.setattr(matrix_sync, "GAP_PAGE_SIZE", 4)
    running = make_bot()
    room = joined_room(person, running)
    ask(person, room, running, "!help")
    running.front_end.stop()
    for n in range(11):  # while the bot is away: more than a sync's timeline holds
        person.say(room, f"!who Nobody{n}")
    running.front_end.start()
    person.wait_for(lambda: len(bot_notices(person, room, running.user_id)) >= 12, what="every missed command")
    ask(person, room, running, "!status")
    answers = bodies(person, room, running.user_id)
    assert [a for a in answers if a.startswith("No one matching")] == [
        f"No one matching 'Nobody{n}' has been quoted yet." for n in range(11)]
    assert len(answers) == 13
