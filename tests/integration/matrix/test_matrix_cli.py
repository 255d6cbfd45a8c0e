"""The command line with a Matrix configuration: `briefbot run --once` posts the brief into a real room."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from matrix_support import bot_notices
from support import SEED
from synapse_server import Person, Synapse


def test_run_once_posts_the_brief_in_the_room(synapse: Synapse, person: Person, tmp_path: Path) -> None:
    bot = synapse.register()
    room = person.create_room(invite=(bot.user_id,))
    as_bot = Person(synapse, bot)
    try:
        as_bot.join(room)  # `run` does not sync: the bot joins as an operator would have made it
    finally:
        as_bot.close()
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / SEED.name)
    config = tmp_path / "matrix.yaml"
    config.write_text(
        "database: {url: 'sqlite:///var/briefbot.db'}\n"
        "sources: [{name: local, location: articles, kind: files}]\n"
        f"destinations: [{{name: ops, transport: matrix, room: '{room}'}}]\n"
        f"matrix: {{homeserver: '{synapse.url}', user_id: '{bot.user_id}'}}\n",
        encoding="utf-8",
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment["BRIEFBOT_MATRIX__PASSWORD"] = bot.password
    result = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "run", "--once"],
                            cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL, check=False)
    assert result.returncode == 0, result.stderr
    notices = bot_notices(person, room, bot.user_id)
    assert len(notices) == 1
    first = notices[0]["content"]
    assert first["format"] == "org.matrix.custom.html" and "Key developments" in first["body"]
    assert bot.password not in result.stdout + result.stderr
