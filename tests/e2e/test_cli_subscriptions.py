"""subscribe, unsubscribe, sources and summarize as users run them: real processes on the embedded default
configuration, a feed and a page served on 127.0.0.1 (reachable only when the environment allows it)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from integration.ingest.ingest_fixture_server import FixtureServer
from integration.sources.sources_support import Item, serve_feed
from support import REPO, SEED

ALLOW_LOCAL = {"BRIEFBOT_FETCH__ALLOW_PRIVATE": '["127.0.0.1/32"]'}


def briefbot(cwd: Path, *args: str, env: dict[str, str] | None = None,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=environment, capture_output=True, text=True,
        timeout=120, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL, check=False,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """The embedded default: the repository's config/briefbot.yaml and seeds/, in a folder of its own."""
    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    running = FixtureServer()
    yield running
    running.close()


def stored_articles(workdir: Path) -> int:
    with sqlite3.connect(workdir / "var" / "briefbot.db") as connection:
        return int(connection.execute("select count(*) from articles").fetchone()[0])


def test_subscribe_sources_and_unsubscribe(workdir: Path, server: FixtureServer) -> None:
    url = serve_feed(server, "/coast.xml", [Item("harbour", "Harbour reopens after the storm", "Ships docked."),
                                            Item("budget", "City council passes the budget", "A close vote.")])
    name = f"127.0.0.1:{server.port}/coast.xml"
    before = briefbot(workdir, "sources")
    assert before.returncode == 0, before.stderr
    assert "Subscriptions\n-------------\n- console: every source (configuration)" in before.stdout

    refused = briefbot(workdir, "subscribe", "console", url, "harbour")
    assert refused.returncode == 2 and server.seen == []
    assert f"Error: Cannot subscribe: {url}: refused: 127.0.0.1 is a loopback address" in refused.stdout

    added = briefbot(workdir, "subscribe", "console", url, "storm OR harbour", "--person", "Maria Okafor",
                     env=ALLOW_LOCAL)
    assert added.returncode == 0, added.stdout + added.stderr
    assert added.stdout.startswith(
        f"console now receives {name} — filter: storm OR harbour — people: Maria Okafor.\nNew source {name}: {url}")
    listed = briefbot(workdir, "sources")
    assert f"- {name} (feed): not polled yet\n  {url}" in listed.stdout
    assert f"- console: {name} — filter: storm OR harbour — people: Maria Okafor (added by cli on " in listed.stdout
    bad = briefbot(workdir, "subscribe", "console", name, "storm OR")
    assert bad.returncode == 2 and "'OR' needs a term after it (at position 7)" in bad.stdout

    ingested = briefbot(workdir, "ingest", env=ALLOW_LOCAL)
    assert ingested.returncode == 0, ingested.stderr
    assert "6 new articles" in ingested.stderr  # four sample articles and the feed's two
    polled = briefbot(workdir, "sources", name)
    assert f"- {name} (feed): ok, next poll " in polled.stdout and "2 items in its last answer" in polled.stdout

    removed = briefbot(workdir, "unsubscribe", "console", url)
    assert removed.returncode == 0
    assert removed.stdout.splitlines() == [
        f"console no longer receives {name} — filter: storm OR harbour — people: Maria Okafor.",
        f"Nothing subscribes to {name} any more: it is no longer polled."]
    assert name not in briefbot(workdir, "sources").stdout
    config_wins = briefbot(workdir, "unsubscribe", "console", "*")
    assert config_wins.returncode == 2 and "by its configuration, which a command cannot change" in config_wins.stdout
    nowhere = briefbot(workdir, "subscribe", "nowhere", "seeds")
    assert nowhere.returncode == 2 and "No destination named 'nowhere' (destinations: console)" in nowhere.stdout


def test_summarize_a_url_and_pasted_text_without_storing_them(workdir: Path, server: FixtureServer) -> None:
    page = server.file("/wildfire.html", "pages/article.html", "text/html; charset=utf-8")
    text = SEED.read_text(encoding="utf-8")

    pasted = briefbot(workdir, "summarize", text)
    assert pasted.returncode == 0, pasted.stderr
    assert pasted.stdout.startswith("Summary: Iraq, Coalition affirm end of combat role")
    for section in ("Key developments", "Mission status", "Who said what"):
        assert section in pasted.stdout
    assert "John W. Brennan" in pasted.stdout and "CJTF-OIR" in pasted.stdout
    piped = briefbot(workdir, "summarize", "-", stdin=text)
    assert piped.returncode == 0 and piped.stdout.splitlines()[0] == pasted.stdout.splitlines()[0]

    refused = briefbot(workdir, "summarize", page)
    assert refused.returncode == 2 and "refused: 127.0.0.1 is a loopback address" in refused.stdout
    fetched = briefbot(workdir, "summarize", page, env=ALLOW_LOCAL)
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout.startswith("Summary: Wildfire forces evacuation of hill villages")
    assert "Henrik Larsen" in fetched.stdout
    assert stored_articles(workdir) == 0
