"""`check-config` with the Matrix example: what is missing is said before anything starts; secrets masked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "config" / "matrix.example.yaml"


def check_config(cwd: Path, config: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")} | env
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "check-config"], cwd=cwd, env=environment,
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, check=False,
    )


def test_the_matrix_example_needs_a_secret_and_then_is_valid(tmp_path: Path) -> None:
    missing = check_config(tmp_path, EXAMPLE, {})
    assert missing.returncode == 2
    assert "BRIEFBOT_MATRIX__PASSWORD" in missing.stderr and "Traceback" not in missing.stderr

    valid = check_config(tmp_path, EXAMPLE, {"BRIEFBOT_MATRIX__PASSWORD": "hunter2-secret"})
    assert valid.returncode == 0, valid.stderr
    assert "hunter2-secret" not in valid.stdout + valid.stderr
    shown = json.loads(valid.stdout)["matrix"]
    assert shown["password"] == "**********" and shown["allow_invites_from"] == ["example.org"]
    assert not (tmp_path / "var").exists()  # checking opens no database and reaches no homeserver


def test_a_matrix_destination_without_a_homeserver_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "m.yaml"
    config.write_text("destinations:\n  - {name: ops, transport: matrix, room: '!r:example.org'}\n", encoding="utf-8")
    result = check_config(tmp_path, config, {})
    assert result.returncode == 2
    assert "matrix.homeserver: set it to post to the matrix destinations" in result.stderr
