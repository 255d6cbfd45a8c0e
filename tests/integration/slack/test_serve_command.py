"""`briefbot serve` as a user runs it: a process with a Slack config answers signed slash commands, posts its
scheduled brief to the configured Web API, and stops cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from slack_support import BOT_TOKEN, SIGNING_SECRET, FakeSlack, post, sign, slash_body
from support import REPO

CONFIG = """\
database:
  url: sqlite:///var/briefbot.db
sources:
  - {{name: seeds, location: seeds/, kind: files}}
destinations:
  - name: ops
    transport: slack
    channel: C0OPS
    schedule: "*/3 * * * * *"
slack:
  api_base_url: {api}
  http: {{host: 127.0.0.1, port: 0}}
"""
LISTENING = re.compile(r"listening for slash commands on http://127\.0\.0\.1:(\d+)/slack/events")


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_answers_commands_posts_briefs_and_stops_cleanly(
    tmp_path: Path, slack_api: FakeSlack, stop_signal: int
) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "slack.yaml").write_text(CONFIG.format(api=slack_api.api_base_url), encoding="utf-8")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment.update(BRIEFBOT_SLACK__BOT_TOKEN=BOT_TOKEN, BRIEFBOT_SLACK__SIGNING_SECRET=SIGNING_SECRET)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", "config/slack.yaml", "serve"], cwd=tmp_path, env=environment,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    stderr: list[str] = []

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            stderr.append(line)
            lines.put(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        port = None
        deadline = time.monotonic() + 60
        while port is None and time.monotonic() < deadline:
            try:
                found = LISTENING.search(lines.get(timeout=1))
            except queue.Empty:
                assert process.poll() is None, "".join(stderr)
                continue
            port = int(found.group(1)) if found else None
        assert port is not None, "".join(stderr)
        assert len(slack_api.of("/api/auth.test")) == 1  # start-up checked the token at the configured API

        slack_api.wait_for(lambda: bool(slack_api.posts("C0OPS")), timeout=60)  # the scheduled brief
        assert "Brennan" in slack_api.posts("C0OPS")[0]["text"]

        body = slash_body("/status", "CJTF-OIR", slack_api.response_url("serve"))
        status, _ = post(f"http://127.0.0.1:{port}/slack/events", body, sign(body))
        assert status == 200
        slack_api.wait_for(lambda: bool(slack_api.responses("serve")), timeout=30)
        assert "non-combat" in str(slack_api.responses("serve")[0]["blocks"])

        process.send_signal(stop_signal)
        process.wait(timeout=30)
        reader.join(10)
        assert process.returncode == 0, "".join(stderr)
        assert "Traceback" not in "".join(stderr)
        assert "slack-http stopped" in "".join(stderr)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_serve_with_a_refused_token_exits_2_saying_why(tmp_path: Path, slack_api: FakeSlack) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "slack.yaml").write_text(CONFIG.format(api=slack_api.api_base_url), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment.update(BRIEFBOT_SLACK__BOT_TOKEN="xoxb-wrong", BRIEFBOT_SLACK__SIGNING_SECRET=SIGNING_SECRET)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", "config/slack.yaml", "serve"], cwd=tmp_path, env=environment,
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "refused the bot token (invalid_auth): check BRIEFBOT_SLACK__BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
