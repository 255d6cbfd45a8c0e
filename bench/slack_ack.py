#!/usr/bin/env python3
"""How fast the Slack app acknowledges slash commands: Slack gives each three seconds.

The real Bolt app served by waitress on 127.0.0.1 (as `briefbot serve` runs it), a bot whose store holds the
seed articles, signed slash commands as Slack sends them, and the recording Web API of the tests answering
response_url. Baseline: one command at a time (`--baseline` of them, sequentially). Load: `--concurrent`
commands at once, `--rounds` times. Prints the median of the baseline, p50/p99/max of the acknowledgements
under load and the ratio p50 / baseline; `--slow-lookup S` makes every look-up take S seconds more (a page
fetch), which acknowledgements must not wait for. All answers are awaited before the next round.

usage: python bench/slack_ack.py [--concurrent 50] [--rounds 5] [--baseline 30] [--slow-lookup 0]
"""

from __future__ import annotations

import argparse
import io
import logging
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests"), str(REPO / "tests" / "integration" / "slack")]

from slack_support import (  # noqa: E402  (the tests' real parts: recording Web API, Slack's signing)
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    post,
    sign,
    slash_body,
    start_fake_slack,
    stop_fake_slack,
)

from bot.app import BriefBot, bootstrap, build_front_ends, ingest_and_analyse  # noqa: E402
from bot.models import CommandRequest, Reply  # noqa: E402
from bot.settings import Settings  # noqa: E402

COMMANDS = [("/who", "Brennan"), ("/status", ""), ("/quotes", "Daesh"), ("/brief", "2d"), ("/sources", ""),
            ("/briefbot", "status CJTF-OIR")]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrent", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", type=int, default=30)
    parser.add_argument("--slow-lookup", type=float, default=0.0)
    args = parser.parse_args()
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth is N" under load: expected

    api = start_fake_slack()
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles"
        shutil.copytree(REPO / "seeds", articles)
        settings = Settings(
            database={"url": f"sqlite:///{folder}/bench.db"},
            sources=[{"name": "seeds", "location": str(articles), "kind": "files"}],
            slack={"bot_token": BOT_TOKEN, "signing_secret": SIGNING_SECRET, "api_base_url": api.api_base_url,
                   "http": {"host": "127.0.0.1", "port": 0}},
        )
        bot = bootstrap(settings, stdout=io.StringIO())
        try:
            ingest_and_analyse(bot, force=True)
            if args.slow_lookup:
                slow_down(bot, args.slow_lookup)
            (front_end,) = build_front_ends(settings, bot)
            front_end.start()
            try:
                url = f"http://127.0.0.1:{front_end.bound_port}/slack/events"  # type: ignore[attr-defined]
                report(url, api, args)
            finally:
                front_end.stop()
        finally:
            bot.close()
            stop_fake_slack(api)


def slow_down(bot: BriefBot, seconds: float) -> None:
    handle = bot.commands.handle

    def slow(request: CommandRequest) -> Reply:
        time.sleep(seconds)
        return handle(request)

    bot.commands.handle = slow  # type: ignore[method-assign]


def ack_time(url: str, api: FakeSlack, index: int, tag: str) -> float:
    command, text = COMMANDS[index % len(COMMANDS)]
    body = slash_body(command, text, api.response_url(f"{tag}-{index}"))
    headers = sign(body)
    started = time.perf_counter()
    status, _ = post(url, body, headers, timeout=30)
    elapsed = time.perf_counter() - started
    if status != 200:
        raise SystemExit(f"command {index} was answered with HTTP {status}")
    return elapsed


def await_answers(api: FakeSlack, tag: str, count: int) -> None:
    api.wait_for(lambda: all(api.responses(f"{tag}-{i}") for i in range(count)), timeout=600)


def report(url: str, api: FakeSlack, args: argparse.Namespace) -> None:
    for index in range(5):  # warm-up: first requests import and connect lazily
        ack_time(url, api, index, "warm")
    await_answers(api, "warm", 5)
    baseline = []
    for index in range(args.baseline):
        baseline.append(ack_time(url, api, index, "base"))
        await_answers(api, "base", index + 1)
    loaded: list[float] = []
    for round_number in range(args.rounds):
        tag = f"load{round_number}"
        with ThreadPoolExecutor(max_workers=args.concurrent) as pool:
            loaded.extend(pool.map(lambda i, t=tag: ack_time(url, api, i, t), range(args.concurrent)))
        await_answers(api, tag, args.concurrent)
    base_median = statistics.median(baseline)
    p50, p99 = percentile(loaded, 0.50), percentile(loaded, 0.99)
    print(f"slash-command acknowledgements (Slack allows 3000 ms); slow look-up +{args.slow_lookup:.2f} s")
    print(f"  baseline, one at a time ({len(baseline)}):   median {base_median * 1000:7.1f} ms")
    print(f"  {args.concurrent} at once x {args.rounds} rounds ({len(loaded)}): "
          f"p50 {p50 * 1000:7.1f} ms  p99 {p99 * 1000:7.1f} ms  max {max(loaded) * 1000:7.1f} ms")
    print(f"  ratio p50 under load / baseline median: {p50 / base_median:.1f}x; "
          f"over 3 s: {sum(t >= 3 for t in loaded)} of {len(loaded)}")


if __name__ == "__main__":
    main()
