"""Command round-trip on a local Synapse: a person types `!command` in a room, how long until the bot's answer
reaches that person's /sync. Prints p50/p99 per command and overall, next to two baselines measured in the
same run: the homeserver alone (the person's own message echoed back through /sync) and the command core
alone (handle + render in process, no Matrix).

    .venv/bin/python bench/matrix_roundtrip.py [--rounds 40]

Needs the `test` extra (matrix-synapse). Starts Synapse on 127.0.0.1 with a temporary SQLite database and
stops it by its pid at the end.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "integration" / "matrix"))
sys.path.insert(0, str(REPO / "tests"))

from synapse_server import Synapse  # noqa: E402

from bot.app import bootstrap, build_matrix_front_end, ingest_and_analyse  # noqa: E402
from bot.models import CommandRequest  # noqa: E402
from bot.settings import Settings  # noqa: E402

COMMANDS = ["!help", "!status", "!who Brennan", "!quotes combat", "!brief 1w", "!sources"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Watcher:
    """The person's own /sync stream: when does an event from `sender` in `room` arrive."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.since = http.get("/sync", params={"timeout": 0}).json()["next_batch"]

    def wait(self, room: str, match: Any, timeout: float = 30) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            page = self.http.get("/sync", params={"since": self.since, "timeout": 5000}, timeout=15).json()
            self.since = page["next_batch"]
            events = page.get("rooms", {}).get("join", {}).get(room, {}).get("timeline", {}).get("events", [])
            if any(match(e) for e in events):
                return time.monotonic()
        raise TimeoutError("no answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=40, help="round-trips per command")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="briefbot-bench-matrix-"))
    (folder / "synapse").mkdir()
    synapse = Synapse(folder / "synapse")
    synapse.start()
    bot = front_end = None
    try:
        account, person = synapse.register(), synapse.register()
        articles = folder / "articles"
        articles.mkdir()
        for seed in sorted((REPO / "seeds").glob("*.txt")):
            shutil.copy(seed, articles / seed.name)
        settings = Settings(
            database={"url": f"sqlite:///{folder / 'briefbot.db'}"},
            sources=[{"name": "seeds", "location": str(articles), "kind": "files"}],
            matrix={"homeserver": synapse.url, "user_id": account.user_id, "access_token": account.access_token,
                    "sync_timeout_seconds": 30},
        )
        bot = bootstrap(settings, stdout=io.StringIO())
        ingest_and_analyse(bot, force=True)
        front_end = build_matrix_front_end(settings, bot)
        assert front_end is not None
        front_end.start()
        assert front_end.wait_synced(30)

        http = httpx.Client(base_url=f"{synapse.url}/_matrix/client/v3", timeout=30,
                            headers={"Authorization": f"Bearer {person.access_token}"})
        room = http.post("/createRoom", json={"preset": "private_chat", "invite": [account.user_id]}).json()["room_id"]
        deadline = time.monotonic() + 30
        while len(http.get(f"/rooms/{quote(room)}/joined_members").json()["joined"]) < 2:
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not join")
            time.sleep(0.1)
        watcher = Watcher(http)

        def say(body: str) -> tuple[float, str]:
            txn = uuid.uuid4().hex
            started = time.monotonic()
            event_id = http.put(f"/rooms/{quote(room)}/send/m.room.message/{txn}",
                                json={"msgtype": "m.text", "body": body}).json()["event_id"]
            return started, event_id

        echo: list[float] = []
        for _ in range(options.rounds):
            started, event_id = say("just a message, no command")
            echo.append(watcher.wait(room, lambda e, i=event_id: e["event_id"] == i) - started)

        figures: dict[str, list[float]] = {}
        for _ in range(options.rounds):
            for command in COMMANDS:
                started, event_id = say(command)
                arrived = watcher.wait(room, lambda e: e["sender"] == account.user_id)
                figures.setdefault(command, []).append(arrived - started)

        core: list[float] = []
        for _ in range(options.rounds):
            for command in COMMANDS:
                name, _, args = command[1:].partition(" ")
                started = time.monotonic()
                bot.renderer.render(bot.commands.handle(CommandRequest(command=name, args=args, transport="matrix",
                                                                       channel=room)), "matrix")
                core.append(time.monotonic() - started)

        every = [value for values in figures.values() for value in values]
        result = {
            "synapse_start_seconds": [round(s, 2) for s in synapse.start_seconds],
            "rounds_per_command": options.rounds,
            "roundtrip_ms": {command: {"p50": round(percentile(v, 0.5) * 1000, 1),
                                       "p99": round(percentile(v, 0.99) * 1000, 1)} for command, v in figures.items()},
            "roundtrip_all_ms": {"p50": round(percentile(every, 0.5) * 1000, 1),
                                 "p99": round(percentile(every, 0.99) * 1000, 1)},
            "baseline_homeserver_echo_ms": {"p50": round(percentile(echo, 0.5) * 1000, 1),
                                            "p99": round(percentile(echo, 0.99) * 1000, 1)},
            "baseline_command_core_ms": {"p50": round(statistics.median(core) * 1000, 1),
                                         "p99": round(percentile(core, 0.99) * 1000, 1)},
        }
        result["ratio_roundtrip_to_echo_p50"] = round(
            result["roundtrip_all_ms"]["p50"] / max(result["baseline_homeserver_echo_ms"]["p50"], 0.1), 2)
        print(json.dumps(result, indent=2))
        http.close()
    finally:
        if front_end is not None:
            front_end.stop()
        if bot is not None:
            bot.close()
        synapse.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
