#!/usr/bin/env python3
"""Time poll cycles over many feeds served locally, through the real pipeline, and print items per second
for the first cycle, feeds per second for the second (every feed answers 304 Not Modified), and peak RSS.
The baseline, measured in the same run, is the bare minimum any poller does: one httpx GET and one
feedparser.parse per feed, storing nothing; the ratio says what the pipeline (SSRF guard, conditional GET,
normalising, the store, source health) costs on top.

One HTTP server on 127.0.0.1 (a thread of the measuring process) serves `--feeds` RSS feeds of `--items`
items each, with an ETag; the pipeline polls them one after the other as the scheduler would, storing in
SQLite in a temp dir, with the fetch policy allowing 127.0.0.1 only. Each run is a fresh child process
(fresh interpreter, fresh database), so peak RSS is the child's own (server included); figures are medians
of `--repeat` runs. Ingest only: analysis is timed by bench/throughput.py.

usage: python bench/poll.py [--feeds 500] [--items 10] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import http.server
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
T0 = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
PARAGRAPH = ("Officials said on {day} that talks on item {item} of feed {feed} would resume next week, after "
             "delegations failed to agree on the timetable. \u201cWe remain committed,\u201d a spokesperson said.")


def feed_document(feed: int, items: int) -> bytes:
    entries = "".join(
        f"<item><title>Feed {feed} reports development {item}</title>"
        f"<link>https://feed{feed}.example/news/{item}</link>"
        f"<pubDate>{format_datetime(T0 - timedelta(hours=item))}</pubDate>"
        f"<description>{PARAGRAPH.format(day='Monday', item=item, feed=feed)}</description></item>"
        for item in range(items)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {feed}</title>'
            f"<link>https://feed{feed}.example/</link>{entries}</channel></rss>").encode()


def serve(feeds: int, items: int) -> tuple[http.server.ThreadingHTTPServer, dict[str, int]]:
    documents = {f"/feed/{n}.xml": feed_document(n, items) for n in range(feeds)}
    counts = {"200": 0, "304": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = documents.get(self.path)
            if body is None:
                self.send_error(404)
                return
            etag = f'"{self.path}-v1"'
            if self.headers.get("If-None-Match") == etag:
                counts["304"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            counts["200"] += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, counts


def child(feeds: int, items: int) -> dict[str, Any]:
    """Two poll cycles in this (fresh) process."""
    from bot.app import source_collector
    from bot.ingest.fetch import Fetcher, FetchPolicy
    from bot.models import RenderedMessage
    from bot.pipeline import Pipeline
    from bot.settings import SourceSettings
    from bot.store import open_store

    server, counts = serve(feeds, items)
    port = server.server_address[1]
    sources = [
        SourceSettings(name=f"feed-{n}", location=f"http://127.0.0.1:{port}/feed/{n}.xml", kind="feed")
        for n in range(feeds)
    ]
    with tempfile.TemporaryDirectory() as tmp, Fetcher(FetchPolicy(allow_private=("127.0.0.1/32",))) as fetcher:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        pipeline = Pipeline(
            store=store, collect=source_collector(fetcher, _now), transports={}, clock=_now,
            render=lambda reply, fmt: RenderedMessage(format=fmt, text=""),
        )
        started = time.perf_counter()
        first = pipeline.ingest(sources, force=True)
        between = time.perf_counter()
        second = pipeline.ingest(sources, force=True)
        finished = time.perf_counter()
        stored = store.articles.count()
        store.close()
    server.shutdown()
    server.server_close()
    assert first.failures == [] and second.failures == [], (first.failures[:3], second.failures[:3])
    assert first.new_articles == stored == feeds * items and second.new_articles == 0
    assert counts == {"200": feeds, "304": feeds}, counts
    return {
        "feeds": feeds,
        "items": feeds * items,
        "cycle1_s": between - started,
        "cycle2_s": finished - between,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def baseline_child(feeds: int, items: int) -> dict[str, Any]:
    """Fetch and parse every feed once, storing nothing: the floor under cycle 1."""
    import feedparser
    import httpx

    server, _ = serve(feeds, items)
    port = server.server_address[1]
    parsed = 0
    started = time.perf_counter()
    with httpx.Client(timeout=10) as client:
        for n in range(feeds):
            response = client.get(f"http://127.0.0.1:{port}/feed/{n}.xml")
            parsed += len(feedparser.parse(response.content).entries)
    finished = time.perf_counter()
    server.shutdown()
    server.server_close()
    assert parsed == feeds * items, parsed
    return {"feeds": feeds, "items": parsed, "cycle1_s": finished - started, "cycle2_s": 0.0,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _now() -> datetime:
    return datetime.now(UTC)


def measure(feeds: int, items: int, mode: str = "--child") -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, mode, "--feeds", str(feeds), "--items", str(items)],
        capture_output=True, text=True, check=True, cwd=REPO, timeout=1800,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.feeds, args.items)))
        return
    if args.child_baseline:
        print(json.dumps(baseline_child(args.feeds, args.items)))
        return
    runs, bare_runs = [], []
    for _ in range(args.repeat):  # interleaved, so drift on a shared machine hits both alike
        bare_runs.append(measure(args.feeds, args.items, "--child-baseline"))
        runs.append(measure(args.feeds, args.items))
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    bare = {key: statistics.median(run[key] for run in bare_runs) for key in bare_runs[0]}
    if args.json:
        print(json.dumps({"median": median, "baseline_median": bare, "runs": runs, "baseline_runs": bare_runs},
                         indent=2))
        return
    print(
        f"cycle 1 ({args.feeds} feeds, {median['items']:.0f} new items): {median['cycle1_s']:.2f} s, "
        f"{median['items'] / median['cycle1_s']:.0f} items/s, {args.feeds / median['cycle1_s']:.0f} feeds/s\n"
        f"cycle 2 (every feed answers 304): {median['cycle2_s']:.2f} s, "
        f"{args.feeds / median['cycle2_s']:.0f} feeds/s\n"
        f"peak RSS {median['peak_rss_mb']:.0f} MB [median of {args.repeat} runs, each in a fresh process]\n"
        f"baseline (httpx GET + feedparser.parse, nothing stored): {bare['cycle1_s']:.2f} s, "
        f"{bare['items'] / bare['cycle1_s']:.0f} items/s, peak RSS {bare['peak_rss_mb']:.0f} MB; "
        f"cycle 1 takes {median['cycle1_s'] / bare['cycle1_s']:.2f}x the baseline's time"
    )


if __name__ == "__main__":
    main()
