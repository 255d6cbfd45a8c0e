"""`briefbot serve` as a user runs it with a Matrix config: a process that joins the room it is invited to,
answers `!commands` there, posts its scheduled brief as a formatted notice, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from matrix_support import bot_notices
from support import SEED
from synapse_server import Person, Synapse

CONFIG = """\
database: {{url: 'sqlite:///var/briefbot.db'}}
sources: [{{name: local, location: articles, kind: files}}]
destinations: [{{name: ops, transport: matrix, room: '{room}', schedule: '*/5 * * * * *'}}]
matrix: {{homeserver: '{homeserver}', user_id: '{user_id}', sync_timeout_seconds: 2}}
"""


def test_serve_joins_answers_posts_the_brief_and_stops(synapse: Synapse, person: Person, tmp_path: Path) -> None:
    bot = synapse.register()
    room = person.create_room(invite=(bot.user_id,))
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / SEED.name)
    config = tmp_path / "matrix.yaml"
    config.write_text(CONFIG.format(room=room, homeserver=synapse.url, user_id=bot.user_id), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment["BRIEFBOT_MATRIX__ACCESS_TOKEN"] = bot.access_token
    process = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(config), "serve"], cwd=tmp_path,
                               env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        person.wait_for(lambda: person.members(room).get(bot.user_id) == "join", timeout=60,
                        what="the bot to join on invite")
        person.wait_for(lambda: any("Key developments" in n["content"]["body"]
                                    for n in bot_notices(person, room, bot.user_id)),
                        timeout=60, what="the scheduled brief")
        brief = next(n for n in bot_notices(person, room, bot.user_id) if "Key developments" in n["content"]["body"])
        assert brief["content"]["format"] == "org.matrix.custom.html"

        before = len(bot_notices(person, room, bot.user_id))
        person.say(room, "!status")
        answers = person.wait_for(
            lambda: [n for n in bot_notices(person, room, bot.user_id)[before:]
                     if "Mission status" in n["content"]["body"] or "CJTF-OIR" in n["content"]["body"]],
            timeout=60, what="an answer to !status")
        assert "CJTF-OIR" in answers[0]["content"]["body"]
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            _, stderr = process.communicate(timeout=10)
            raise AssertionError("briefbot serve did not stop within 60 s of SIGTERM") from None
    assert process.returncode == 0, stderr
    assert bot.access_token not in stderr
