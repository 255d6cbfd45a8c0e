#!/usr/bin/env python3
"""Time the per-article analysis (`analyse_article`) alone, on the same ~800-word texts bench/throughput.py
ingests, and print the median time per article.

Every repeat first clears the analysis caches (`bot.analyse.caches.clear_caches`), so it times real work on
texts the process has not seen rather than cache hits.

usage: python bench/analysis_speed.py [--count 400] [--words 800] [--repeat 7] [--profile]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from throughput import corpus  # noqa: E402

from bot.analyse.batch import analyse_article  # noqa: E402
from bot.analyse.caches import clear_caches  # noqa: E402
from bot.models import Article, MissionSpec  # noqa: E402

TRACKED = (MissionSpec(name="UNIFIL", aliases=("United Nations Interim Force in Lebanon",)),)


def run(articles: list[Article], tracked: tuple[MissionSpec, ...]) -> float:
    clear_caches()
    started = time.perf_counter()
    for article in articles:
        analyse_article(article, tracked)
    return (time.perf_counter() - started) / len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run instead")
    args = parser.parse_args()
    articles = [
        Article(id=f"a{i}", source="b", title=text.splitlines()[0], text=text, fetched_at=datetime.now(UTC))
        for i, text in enumerate(corpus(args.count, args.words))
    ]
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(run, articles, ())
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return
    for label, tracked in (("no tracked missions", ()), ("1 tracked mission", TRACKED)):
        runs = [run(articles, tracked) for _ in range(args.repeat)]
        median = statistics.median(runs)
        print(
            f"analyse_article, {label}: median {median * 1000:.2f} ms per ~{args.words}-word article "
            f"({1 / median:.0f} articles/s; min {min(runs) * 1000:.2f}, max {max(runs) * 1000:.2f} ms; "
            f"{args.count} articles x {args.repeat} repeats)"
        )


if __name__ == "__main__":
    main()
