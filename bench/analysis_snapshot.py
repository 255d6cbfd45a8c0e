#!/usr/bin/env python3
"""Dump or check the per-article analysis (`analyse_article`) of a fixed set of texts, so a change meant to
be a pure speed-up can be proved to change no output at all.

Texts: every article in bench/eval/articles, seeds and tests/data (all *.txt, plus the Markdown fixture),
each also with its body paragraphs reversed, each concatenated with the next one (two stories in one text),
and the 800-word corpus bench/throughput.py times. Each text is analysed with no tracked missions, with one
tracked mission with an alias, and with several tracked missions; ArticleFacts are dumped as JSON.

usage: python bench/analysis_snapshot.py --write FILE     # record the current output
       python bench/analysis_snapshot.py --check FILE     # compare with a recording; exit 1 on any difference
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from throughput import corpus  # noqa: E402

from bot.analyse.batch import analyse_article  # noqa: E402
from bot.models import Article, MissionSpec  # noqa: E402

FETCHED = datetime(2024, 1, 1, tzinfo=UTC)
TRACKED: dict[str, tuple[MissionSpec, ...]] = {
    "none": (),
    "unifil": (MissionSpec(name="UNIFIL", aliases=("United Nations Interim Force in Lebanon",)),),
    "several": (
        MissionSpec(name="UNIFIL", aliases=("United Nations Interim Force in Lebanon",)),
        MissionSpec(name="CJTF-OIR", aliases=("Operation Inherent Resolve", "the coalition")),
        MissionSpec(name="Barkhane", aliases=("Operation Barkhane",)),
        MissionSpec(name="MINUSMA"),
    ),
}


def _originals() -> dict[str, str]:
    paths = [
        *sorted((REPO / "bench" / "eval" / "articles").glob("*.txt")),
        *sorted((REPO / "seeds").glob("*.txt")),
        *sorted((REPO / "tests" / "data").rglob("*.txt")),
        *sorted((REPO / "tests" / "data").rglob("*.md")),
    ]
    return {str(p.relative_to(REPO)): p.read_text(encoding="utf-8") for p in paths}


def texts() -> dict[str, str]:
    """Every text in the snapshot, by a stable name."""
    originals = _originals()
    result = dict(originals)
    names = list(originals)
    for index, name in enumerate(names):
        lines = originals[name].splitlines()
        result[f"reversed:{name}"] = "\n".join([lines[0], *reversed(lines[1:])]) + "\n"
        following = names[(index + 1) % len(names)]
        result[f"concat:{name}+{following}"] = originals[name].rstrip("\n") + "\n\n" + originals[following]
    for index, text in enumerate(corpus(400, 800)):
        result[f"corpus800:{index}"] = text
    return result


def snapshot() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, text in texts().items():
        article = Article(id=name, source="snapshot", title=text.splitlines()[0], text=text, fetched_at=FETCHED)
        for label, tracked in TRACKED.items():
            out[f"{label}|{name}"] = analyse_article(article, tracked).model_dump(mode="json")
    return out


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    problems = [f"missing: {key}" for key in old if key not in new]
    problems += [f"new: {key}" for key in new if key not in old]
    for key, before in old.items():
        if key in new and before != new[key]:
            a = json.dumps(before, indent=1, sort_keys=True).splitlines()
            b = json.dumps(new[key], indent=1, sort_keys=True).splitlines()
            lines = [f"  - {x}" for x in a if x not in b] + [f"  + {x}" for x in b if x not in a]
            problems.append(f"differs: {key}\n" + "\n".join(lines[:40]))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    current = snapshot()
    if args.write:
        args.write.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(current)} analyses to {args.write}")
        return
    problems = compare(json.loads(args.check.read_text(encoding="utf-8")), current)
    for problem in problems:
        print(problem)
    quotes = sum(len(v["quotes"]) for v in current.values())
    missions = sum(len(v["missions"]) for v in current.values())
    print(f"{len(current)} analyses ({quotes} quotes, {missions} missions): {len(problems)} differences")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
