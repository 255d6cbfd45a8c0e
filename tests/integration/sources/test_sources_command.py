"""`sources`: every source's health from the store, through the command core, the templates and the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from integration.ingest.ingest_fixture_server import FixtureServer
from sources_support import Item, make_pipeline, serve_feed
from support import REPO, FakeClock

from bot.commands import CommandCore
from bot.ingest.fetch import Fetcher
from bot.models import CommandRequest, Notice, SourcesResult
from bot.render import Renderer
from bot.settings import SourceSettings
from bot.store import Store

HOSTILE = "<!channel> @room:example.org <b>x</b>"


def test_the_command_shows_ok_failing_and_new_sources_escaped_for_each_format(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    good = SourceSettings(name="wire", location=serve_feed(server, "/wire.xml", [Item("a", "A story", "Text.")]))
    bad = SourceSettings(name=HOSTILE, location=server.url("/gone?q=<script>"))  # answers 404
    later = SourceSettings(name="later", location=server.url("/later.xml"))
    make_pipeline(store, fetcher, clock).ingest([good, bad])
    core = CommandCore(store=store, clock=clock, sources=[good, bad, later])

    result = core.handle(CommandRequest(command="/sources"))

    assert isinstance(result, SourcesResult)
    assert [(s.name, s.state) for s in result.sources] == [("wire", "ok"), (HOSTILE, "failing"), ("later", "new")]
    wire, failing, _ = result.sources
    assert (wire.items_seen, wire.articles, wire.last_success_at) == (1, 1, clock.now)
    assert failing.failing_since == clock.now and failing.consecutive_failures == 1
    assert failing.last_error is not None and failing.last_error.endswith("<script>: HTTP 404 Not Found")

    renderer = Renderer()
    text = renderer.render(result, "text").text
    assert "- wire (auto): ok, next poll 2024-05-06 07:30 UTC" in text
    assert "failing since 2024-05-06 07:00 UTC (1 failed poll), backing off until 2024-05-06 08:00 UTC" in text
    assert "- later (auto): not polled yet" in text
    slack = str(renderer.render(result, "slack").blocks)
    assert "<!channel>" not in slack and "&lt;!channel&gt;" in slack and "&lt;script&gt;" in slack
    matrix = renderer.render(result, "matrix").formatted or ""
    assert "<b>x</b>" not in matrix and "&lt;b&gt;x&lt;/b&gt;" in matrix and "@room:" not in matrix

    only = core.handle(CommandRequest(command="sources", args="WIRE"))
    assert isinstance(only, SourcesResult) and [s.name for s in only.sources] == ["wire"]
    none = core.handle(CommandRequest(command="sources", args="nothing"))
    assert isinstance(none, Notice) and none.text == "No source matching 'nothing'."


def test_without_configured_sources_the_store_lists_them(
    server: FixtureServer, fetcher: Fetcher, store: Store, clock: FakeClock
) -> None:
    url = serve_feed(server, "/wire.xml", [Item("a", "A story", "Text.")])
    make_pipeline(store, fetcher, clock).ingest([SourceSettings(name="wire", location=url)])
    result = CommandCore(store=store, clock=clock).handle(CommandRequest(command="sources"))
    assert isinstance(result, SourcesResult) and [(s.name, s.location) for s in result.sources] == [("wire", url)]


CONFIG = """
database:
  url: sqlite:///var/briefbot.db
sources:
  - {name: seeds, location: seeds/, kind: files}
  - {name: intranet, location: "http://127.0.0.1:9/feed.xml", kind: feed}
destinations:
  - {name: console, transport: console}
"""


def briefbot(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=environment, capture_output=True, text=True,
        timeout=120, stdin=subprocess.DEVNULL, check=False,
    )


def test_briefbot_sources_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "briefbot.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")

    before = briefbot(tmp_path, "sources")
    assert before.returncode == 0, before.stderr
    assert "- seeds (files): not polled yet" in before.stdout

    ingest = briefbot(tmp_path, "ingest")
    assert ingest.returncode == 1  # the refused source; the seeds are stored all the same
    assert "error: http://127.0.0.1:9/feed.xml: refused: 127.0.0.1 is a loopback address" in ingest.stderr

    after = briefbot(tmp_path, "sources")
    assert after.returncode == 0, after.stderr
    lines = after.stdout.splitlines()
    assert lines[:2] == ["Sources", "-------"]
    seeds = next(line for line in lines if line.startswith("- seeds"))
    assert seeds.startswith("- seeds (files): ok, next poll ")
    intranet = next(line for line in lines if line.startswith("- intranet"))
    assert intranet.startswith("- intranet (feed): failing since ") and "(1 failed poll), backing off until" in intranet
    assert "  last error: http://127.0.0.1:9/feed.xml: refused: 127.0.0.1 is a loopback address" in lines
    assert "last success: never · 0 articles stored" in after.stdout

    one = briefbot(tmp_path, "sources", "seeds")
    assert one.returncode == 0 and "intranet" not in one.stdout and "articles stored" in one.stdout
