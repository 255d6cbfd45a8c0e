#!/usr/bin/env python3
"""Time ingest + analyse of a corpus of articles through the real pipeline, and print articles per second
and peak memory.

The corpus is the dev set and the seeds, each article padded with paragraphs of the others to about
`--words` words and given a unique reference line, so every copy is a new article to the store. Each size
runs `--repeat` times in a fresh child process (fresh interpreter, fresh SQLite file), so peak RSS is the
child's own; figures are medians. The baseline, measured in the same child on the same texts, is pysbd's
sentence segmentation alone (the ~7 ms per article quoted as the ceiling for the analysis); the ratios say
how the whole ingest + analyse compares with it.

usage: python bench/throughput.py [--sizes 100,400,1600,3200] [--words 800] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIRS = [REPO / "bench" / "eval" / "articles", REPO / "seeds"]


def corpus(count: int, words: int) -> Iterator[str]:
    """`count` distinct article texts of about `words` words, built from the dev set and the seeds, one at a
    time: the child writes each to its file and keeps none, so its peak memory is the pipeline's."""
    originals = [p.read_text(encoding="utf-8") for d in CORPUS_DIRS for p in sorted(d.glob("*.txt"))]
    paragraphs = [line for text in originals for line in text.splitlines()[1:] if len(line.split()) > 12]
    for index in range(count):
        text = originals[index % len(originals)].rstrip("\n")
        filler = index * 7
        while len(text.split()) < words:
            text += "\n\n" + paragraphs[filler % len(paragraphs)]
            filler += 1
        yield f"{text}\n\nReference: bench-{index}\n"


def child(size: int, words: int) -> dict[str, Any]:
    """One measurement in this (fresh) process: write the corpus, ingest it, analyse it."""
    import pysbd

    from bot.app import source_collector
    from bot.ingest.fetch import Fetcher
    from bot.models import RenderedMessage
    from bot.pipeline import Pipeline
    from bot.settings import SourceSettings
    from bot.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for index, text in enumerate(corpus(size, words)):
            (folder / f"a{index:05}.txt").write_text(text, encoding="utf-8")
        store = open_store(f"sqlite:///{tmp}/bench.db")
        pipeline = Pipeline(
            store=store, collect=source_collector(Fetcher(), _now), transports={}, clock=_now,
            render=lambda reply, fmt: RenderedMessage(format=fmt, text=""),
        )
        started = time.perf_counter()
        report = pipeline.ingest([SourceSettings(name="bench", location=str(folder), kind="files")])
        ingested = time.perf_counter()
        analysed_count = pipeline.analyse_pending()
        finished = time.perf_counter()
        store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the baseline reads the texts
        assert report.new_articles == size and analysed_count == size, (report, analysed_count)
        segmenter = pysbd.Segmenter(language="en", clean=False)
        baseline, word_counts = 0.0, []
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            word_counts.append(len(text.split()))
            baseline_start = time.perf_counter()
            segmenter.segment(text)
            baseline += time.perf_counter() - baseline_start
    return {
        "size": size,
        "words": statistics.mean(word_counts),
        "ingest_s": ingested - started,
        "analyse_s": finished - ingested,
        "total_s": finished - started,
        "pysbd_s": baseline,
        "peak_rss_mb": peak,
    }


def _now() -> datetime:
    return datetime.now(UTC)


def measure(size: int, words: int) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(size), "--words", str(words)],
        capture_output=True, text=True, check=True, cwd=REPO, timeout=1800,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400,1600,3200")
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.words)))
        return
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        runs = [measure(size, args.words) for _ in range(args.repeat)]
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        rows.append(median)
        if not args.json:
            print(
                f"{size:5} articles of ~{median['words']:.0f} words: "
                f"ingest {size / median['ingest_s']:7.1f}/s, analyse {size / median['analyse_s']:7.1f}/s, "
                f"ingest+analyse {size / median['total_s']:7.1f}/s "
                f"({median['total_s'] / median['pysbd_s']:.2f}x the time of pysbd segmentation alone, "
                f"which runs {size / median['pysbd_s']:.1f}/s), peak RSS {median['peak_rss_mb']:.0f} MB "
                f"[median of {args.repeat}]"
            )
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    first, last = rows[0], rows[-1]
    print(
        f"summary: ingest+analyse {last['size'] / last['total_s']:.0f} articles/s at {last['size']} articles "
        f"(baseline pysbd alone {last['size'] / last['pysbd_s']:.0f}/s, "
        f"ratio {last['total_s'] / last['pysbd_s']:.2f}); "
        f"peak RSS {first['peak_rss_mb']:.0f} MB at {first['size']} → {last['peak_rss_mb']:.0f} MB at {last['size']}"
    )


if __name__ == "__main__":
    main()
