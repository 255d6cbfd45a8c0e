"""Helpers for the Matrix tests: settings for a bot on the test homeserver, and a started bot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synapse_server import Account, Person, Synapse

from bot.app import BriefBot
from bot.settings import Settings
from bot.transports.matrix_sync import MatrixFrontEnd

MakeBot = Callable[..., "RunningBot"]


def matrix_settings(
    synapse: Synapse, account: Account, database_url: str, articles: Path, **overrides: Any
) -> Settings:
    login = overrides.pop("login", "token")
    matrix: dict[str, Any] = {"homeserver": synapse.url, "user_id": account.user_id, "sync_timeout_seconds": 2,
                              "send_timeout_seconds": 20, **overrides.pop("matrix", {})}
    if login == "token":
        matrix["access_token"] = account.access_token
    else:
        matrix["password"] = account.password
    values: dict[str, Any] = {
        "database": {"url": database_url},
        "sources": [{"name": "local", "location": str(articles), "kind": "files"}],
        "destinations": [],
        "matrix": matrix,
    }
    values.update(overrides)
    return Settings(**values)


@dataclass
class RunningBot:
    bot: BriefBot
    front_end: MatrixFrontEnd
    user_id: str
    account: Account
    closed: bool = False

    def start(self) -> None:
        self.front_end.start()
        assert self.front_end.wait_synced(30), "the bot's first sync did not finish"

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.front_end.stop()
            self.bot.close()


def bot_notices(person: Person, room_id: str, bot: str) -> list[dict[str, Any]]:
    return [e for e in person.messages(room_id, sender=bot) if e["content"].get("msgtype") == "m.notice"]


def joined_room(person: Person, running: RunningBot) -> str:
    """A room `person` created and invited the bot to, once the bot has joined it."""
    room = person.create_room(invite=(running.user_id,))
    person.wait_for(lambda: person.members(room).get(running.user_id) == "join", what="the bot to join")
    return room


def ask(person: Person, room_id: str, running: RunningBot, command: str, timeout: float = 30) -> dict[str, Any]:
    """Say `command` in the room and return the bot's next notice (the answer)."""
    before = len(bot_notices(person, room_id, running.user_id))
    person.say(room_id, command)
    notices = person.wait_for(lambda: (found := bot_notices(person, room_id, running.user_id))[before:] and found,
                              timeout=timeout, what=f"an answer to {command!r}")
    answer: dict[str, Any] = notices[before]
    return answer
