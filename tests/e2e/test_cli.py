"""The command line as users run it: a real process, a config file, a working directory of its own."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import REPO, SEED

CONFIG = """
database:
  url: sqlite:///var/briefbot.db
sources:
  - {name: seeds, location: seeds/, kind: files}
destinations:
  - {name: console, transport: console, schedule: "0 7 * * *", file: var/briefs.txt}
"""


def briefbot(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=environment, capture_output=True, text=True,
        timeout=120, stdin=subprocess.DEVNULL, check=False,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "briefbot.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


def test_run_once_prints_a_brief_with_all_sections_and_stores_nothing_twice(workdir: Path) -> None:
    first = briefbot(workdir, "run", "--once")
    assert first.returncode == 0, first.stderr
    for section in ("Key developments", "Mission status", "Who said what"):
        assert section in first.stdout
    assert "Brennan" in first.stdout and "CJTF-OIR" in first.stdout
    assert "Brennan" in (workdir / "var" / "briefs.txt").read_text(encoding="utf-8")

    second = briefbot(workdir, "run", "--once")
    assert second.returncode == 0, second.stderr
    assert "No new developments." in second.stdout and "Brennan" not in second.stdout
    again = briefbot(workdir, "ingest")
    assert again.returncode == 0 and "0 new articles" in again.stderr


def test_lookups_read_the_store(workdir: Path) -> None:
    assert briefbot(workdir, "ingest").returncode == 0
    who = briefbot(workdir, "who", "brennan")
    assert who.returncode == 0 and "John W. Brennan" in who.stdout and "Many brave men" in who.stdout
    assert briefbot(workdir, "who", "Nobody", "Atall").stdout.startswith("No one matching")
    status = briefbot(workdir, "status", "inherent")
    assert status.returncode == 0 and "non-combat" in status.stdout
    assert "Timeline" in status.stdout and "combat → non-combat" in status.stdout
    quotes = briefbot(workdir, "quotes", "relationship")
    assert quotes.returncode == 0 and "Araji" in quotes.stdout
    brief = briefbot(workdir, "brief", "--since", "1d")
    assert brief.returncode == 0 and "Who said what" in brief.stdout
    bad = briefbot(workdir, "brief", "--since", "yesterdayish")
    assert bad.returncode == 2 and "is not a time" in bad.stderr


def test_analyze_prints_the_contract_and_reports_bad_inputs_one_line_each(workdir: Path) -> None:
    (workdir / "empty.txt").write_text("", encoding="utf-8")
    (workdir / "binary.txt").write_bytes(b"\x00\xff\x00\xfe" * 100)
    result = briefbot(workdir, "analyze", "empty.txt", str(SEED), "binary.txt", "missing.txt", "--format", "json")
    assert result.returncode == 1
    analysis = json.loads(result.stdout)
    assert set(analysis) == {"articles", "quotes", "missions", "developments"}
    assert len(analysis["articles"]) == 1
    assert {q["speaker"] for q in analysis["quotes"]} >= {"John W. Brennan", "Qasim al-Araji"}
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert all(name in result.stderr for name in ("empty.txt", "binary.txt", "missing.txt"))


def test_analyze_text_is_for_people(workdir: Path) -> None:
    result = briefbot(workdir, "analyze", str(SEED), "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "WHO SAID WHAT" in result.stdout and "MISSION STATUS" in result.stdout


def test_invalid_config_exits_2_naming_file_field_and_problem(workdir: Path) -> None:
    bad = workdir / "config" / "bad.yaml"
    bad.write_text("destinations:\n  - {name: x, transport: console, schedule: '25 * * *'}\n", encoding="utf-8")
    result = briefbot(workdir, "--config", str(bad), "check-config")
    assert result.returncode == 2
    assert f"{bad}: destinations[0].schedule: '25 * * *' is not a valid cron expression" in result.stderr
    result = briefbot(workdir, "--config", str(bad), "run", "--once")
    assert result.returncode == 2 and not (workdir / "var").exists()


def test_check_config_masks_secrets(workdir: Path) -> None:
    result = briefbot(workdir, "check-config", env={"BRIEFBOT_SLACK__BOT_TOKEN": "xoxb-very-secret"})
    assert result.returncode == 0, result.stderr
    assert "xoxb-very-secret" not in result.stdout + result.stderr
    assert json.loads(result.stdout)["slack"]["bot_token"] == "**********"


def test_db_upgrade_creates_and_then_keeps_the_database(workdir: Path) -> None:
    first = briefbot(workdir, "db", "upgrade")
    assert first.returncode == 0 and (workdir / "var" / "briefbot.db").exists()
    assert briefbot(workdir, "db", "upgrade").returncode == 0


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_run_keeps_polling_until_ctrl_c_or_sigterm_then_stops_cleanly(workdir: Path, stop_signal: int) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=workdir, env=environment, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        database = workdir / "var" / "briefbot.db"
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and stored == 0:  # the first poll runs as soon as it starts
            time.sleep(0.2)
            if database.exists():
                with sqlite3.connect(database) as connection:
                    try:
                        stored = connection.execute("select count(*) from quotes").fetchone()[0]
                    except sqlite3.OperationalError:  # tables not migrated yet
                        stored = 0
        assert stored > 0, "the scheduler never ingested and analysed the sources"
        assert process.poll() is None, "run must keep running between polls"
        process.send_signal(stop_signal)
        _, stderr = process.communicate(timeout=30)
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_brief_for_a_destination_and_sending_it_through_the_outbox(workdir: Path) -> None:
    assert briefbot(workdir, "ingest").returncode == 0
    preview = briefbot(workdir, "brief", "--destination", "console")
    assert preview.returncode == 0 and "Brennan" in preview.stdout
    assert not (workdir / "var" / "briefs.txt").exists()  # a preview delivers nothing
    sent = briefbot(workdir, "brief", "--destination", "console", "--send")
    assert sent.returncode == 0 and "Brennan" in sent.stdout
    assert "Brennan" in (workdir / "var" / "briefs.txt").read_text(encoding="utf-8")
    after = briefbot(workdir, "brief", "--destination", "console")
    assert "No new developments." in after.stdout  # the next brief starts where the sent one ended
    assert briefbot(workdir, "brief", "--send").returncode == 2
    assert briefbot(workdir, "brief", "--destination", "nope").returncode == 2


def test_a_broken_template_override_is_a_config_error(workdir: Path) -> None:
    (workdir / "mine").mkdir()
    (workdir / "mine" / "brief.text.j2").write_text("{% for x in %}", encoding="utf-8")
    config = workdir / "config" / "briefbot.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "templates_dir: mine\n", encoding="utf-8")
    for command in (["check-config"], ["run", "--once"]):
        result = briefbot(workdir, *command)
        assert result.returncode == 2, result.stderr
        assert "templates_dir:" in result.stderr and "brief.text.j2" in result.stderr
        assert "Traceback" not in result.stderr
