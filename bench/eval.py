#!/usr/bin/env python3
"""Measure briefbot's analysis against the hand-checked dev set in bench/eval/.

For every dev article this runs the real command line (`python -m bot analyze FILE --format json`), scores the
output with the shared scorer (../shared/eval/score.py), prints one line per article and a micro-averaged
TOTAL, then analyses each batch in bench/eval/batches.json together (same-event pairs, wire copies, the
disputed pair, follow-ups) and checks the number of developments and the merged mission status. The last line
is a one-line summary. It is a measurement: low scores still exit 0. A missing CLI stops at once (exit 2); a
crash on one article is scored as an empty analysis, reported on stderr, and makes the exit status 2.

usage: python bench/eval.py [--only NAME] [--json] [--articles DIR --gold DIR] [--scorer PATH] [--self-check]
`--self-check` scores each gold file turned into a prediction instead of running the CLI; it must give 1.0
everywhere, which proves the scoring loop (and the gold's internal consistency) without the analyser.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = REPO / "bench" / "eval"
Json = dict[str, Any]
Scorer = Callable[[Json, Json], Json]


class CliError(RuntimeError):
    """The analyser could not be run or printed something that is not the analysis contract."""


def load_scorer(path: Path) -> Scorer:
    spec = importlib.util.spec_from_file_location("briefbot_shared_score", path)
    if spec is None or spec.loader is None or not path.exists():
        raise SystemExit(f"eval: cannot load the scorer at {path} (use --scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    score: Scorer = module.score
    return score


def check_cli() -> None:
    probe = "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('bot.__main__') else 3)"
    proc = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise CliError(
            "the briefbot CLI is not available: `python -m bot analyze FILE --format json` needs "
            "bot/__main__.py and the `analyze` command. Until it exists, run with --self-check to "
            "test the scoring loop on the gold itself."
        )


def analyze(paths: list[Path], timeout: float) -> Json:
    cmd = [sys.executable, "-m", "bot", "analyze", *map(str, paths), "--format", "json"]
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CliError(f"`{' '.join(cmd[1:])}` timed out after {timeout:.0f}s") from exc
    if proc.returncode != 0:
        raise CliError(f"`{' '.join(cmd[1:])}` exited {proc.returncode}:\n{proc.stderr.strip()[-2000:]}")
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise CliError(f"`{' '.join(cmd[1:])}` did not print one JSON object: {exc}") from exc
    if not isinstance(out, dict):
        raise CliError(f"`{' '.join(cmd[1:])}` printed JSON that is not an object")
    return out


def analyze_in_process(paths: list[Path]) -> Json:
    """The same analysis as the CLI (read the files, analyse them as one batch, print the contract) in this
    process: faster, and independent of the rest of the command line."""
    from datetime import UTC, datetime

    from bot.analyse.batch import analyse_batch
    from bot.analyse.contract import to_contract
    from bot.ingest.files import read_file

    try:
        articles = [read_file(p, source=str(p), now=lambda: datetime.now(UTC)) for p in paths]
        return to_contract(analyse_batch(articles))
    except Exception as exc:
        raise CliError(f"analysis of {', '.join(p.name for p in paths)} raised {type(exc).__name__}: {exc}") from exc


def error_summary(message: str) -> str:
    """The exception line of a (possibly rich-wrapped) traceback, for the one-line CRASH note."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    starts = [i for i, line in enumerate(lines) if re.match(r"[A-Za-z_][\w.]*(Error|Exception|Exit)\b", line)]
    return " ".join(lines[starts[-1] :] if starts else lines[-1:])[:200]


def gold_as_prediction(gold: Json) -> Json:
    """What a perfect analyser would print for one article: every required quote and mission, nothing else."""
    return {
        "articles": [],
        "quotes": [{"speaker": q["speaker"], "text": q["text"], "kind": q["kind"]} for q in gold["quotes"]],
        "missions": [
            {
                "name": m["name_any"][0],
                "aliases": m["name_any"][1:],
                "status": m["status"],
                "roles": m["roles_all"],
                "previous_status": m["previous_status"],
                "since": m["date"],
            }
            for m in gold["missions"]
        ],
        "developments": [],
    }


def batch_as_prediction(batch: Json) -> Json:
    return {
        "articles": [],
        "quotes": [],
        "missions": [
            {"name": m["name_any"][0], "aliases": m["name_any"][1:], "status": m["status"]} for m in batch["missions"]
        ],
        "developments": [{"headline": "", "summary": [], "article_ids": []}] * batch["developments"],
    }


def mission_names(m: Json) -> list[str]:
    return [str(x).lower() for x in [m.get("name"), *m.get("aliases", [])] if x]


def names_mission(name_any: list[str], m: Json) -> bool:
    """The scorer's one-directional rule: a gold name must appear inside the predicted name or an alias."""
    return any(a.lower() in n for a in name_any for n in mission_names(m))


def spurious_missions(gold: Json, pred: Json) -> list[str]:
    """Predicted missions the gold neither requires nor allows (a 'trade mission', a party 'coalition')."""
    known = [m["name_any"] for m in gold["missions"] + gold.get("optional_missions", [])]
    return [str(m.get("name")) for m in pred.get("missions", []) if not any(names_mission(k, m) for k in known)]


def score_article(stem: str, gold: Json, pred: Json, score: Scorer) -> Json:
    res = score(gold, pred)
    right, total = (int(x) for x in str(res["missions_ok"]).split("/"))
    return {
        "name": stem,
        **{
            k: res[k]
            for k in (
                "quotes_gold",
                "quotes_pred",
                "recall",
                "precision",
                "f1",
                "attributed",
                "forbidden",
                "found",
                "attributed_n",
                "correct_pred",
                "per_quote",
            )
        },
        "missions_right": right,
        "missions_total": total,
        "spurious_missions": spurious_missions(gold, pred),
        "crashed": pred.get("crashed"),
    }


def check_batch(batch: Json, pred: Json) -> Json:
    devs = len(pred.get("developments", []))
    missions = []
    for gm in batch["missions"]:
        found = [m for m in pred.get("missions", []) if names_mission(gm["name_any"], m)]
        statuses = sorted({str(m.get("status")) for m in found})
        missions.append(
            {"name": gm["name_any"][0], "want": gm["status"], "got": statuses, "ok": gm["status"] in statuses}
        )
    # An empty mission list means the batch must show no mission at all.
    extra = [str(m.get("name")) for m in pred.get("missions", [])] if not batch["missions"] else []
    ok = devs == batch["developments"] and all(m["ok"] for m in missions) and not extra
    return {
        "name": batch["name"],
        "developments": devs,
        "developments_want": batch["developments"],
        "missions": missions,
        "unexpected_missions": extra,
        "ok": ok and "crashed" not in pred,
        "crashed": pred.get("crashed"),
    }


def totals(rows: list[Json]) -> Json:
    gold = sum(r["quotes_gold"] for r in rows)
    pred = sum(r["quotes_pred"] for r in rows)
    recall = sum(r["found"] for r in rows) / gold if gold else 1.0
    precision = sum(r["correct_pred"] for r in rows) / pred if pred else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    by_kind: Json = {}
    for kind in ("direct", "partial", "indirect"):
        items = [q for r in rows for q in r["per_quote"] if q["kind"] == kind]
        by_kind[kind] = {"n": len(items), "recall": sum(q["found"] for q in items) / len(items) if items else 1.0}
    return {
        "quotes_gold": gold,
        "quotes_pred": pred,
        "recall": recall,
        "precision": precision,
        "f1": f1,
        "attributed": sum(r["attributed_n"] for r in rows) / gold if gold else 1.0,
        "forbidden": sum(r["forbidden"] for r in rows),
        "missions_right": sum(r["missions_right"] for r in rows),
        "missions_total": sum(r["missions_total"] for r in rows),
        "spurious_missions": sum(len(r["spurious_missions"]) for r in rows),
        "recall_by_kind": by_kind,
    }


def article_line(r: Json) -> str:
    spurious = f" spurious={','.join(r['spurious_missions'])}" if r["spurious_missions"] else ""
    crashed = f" CRASH: {r['crashed']}" if r["crashed"] else ""
    return (
        f"{r['name']:<56} gold={r['quotes_gold']:<3} pred={r['quotes_pred']:<3} recall={r['recall']:.2f} "
        f"precision={r['precision']:.2f} attributed={r['attributed']:.2f} forbidden={r['forbidden']} "
        f"missions={r['missions_right']}/{r['missions_total']}{spurious}{crashed}"
    )


def batch_line(b: Json) -> str:
    missions = " ".join(f"{m['name']}={'/'.join(m['got']) or 'none'}(want {m['want']})" for m in b["missions"])
    extra = f" unexpected={','.join(b['unexpected_missions'])}" if b["unexpected_missions"] else ""
    crashed = f" CRASH: {b['crashed']}" if b["crashed"] else ""
    return (
        f"batch {'ok  ' if b['ok'] else 'FAIL'} {b['name']}: developments={b['developments']}"
        f"(want {b['developments_want']}) {missions}{extra}{crashed}"
    )


def summary_line(t: Json, batches: list[Json], label: str = "dev set") -> str:
    return (
        f"{label}: F1={t['f1']:.2f} recall={t['recall']:.2f} precision={t['precision']:.2f} "
        f"attributed={t['attributed']:.2f} forbidden={t['forbidden']} "
        f"missions={t['missions_right']}/{t['missions_total']} "
        f"batches={sum(b['ok'] for b in batches)}/{len(batches)}"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Score `briefbot analyze` against the dev set gold.")
    ap.add_argument("--only", help="only articles whose file name contains NAME (and the batches using them)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of text lines")
    ap.add_argument("--articles", type=Path, default=EVAL_DIR / "articles")
    ap.add_argument("--gold", type=Path, default=EVAL_DIR / "gold")
    ap.add_argument("--batches", type=Path, default=EVAL_DIR / "batches.json")
    ap.add_argument("--scorer", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--self-check", action="store_true", help="score the gold itself (must be 1.0)")
    ap.add_argument("--jobs", type=int, default=1, help="articles analysed in parallel (default 1)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per CLI run")
    ap.add_argument("--in-process", action="store_true",
                    help="analyse in this process instead of running the CLI (same analysis, no CLI start-up)")
    ap.add_argument("--label", default="dev set", help="what the summary line calls this set")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    score = load_scorer(args.scorer)
    stems = sorted(p.stem for p in args.gold.glob("*.json") if (args.articles / f"{p.stem}.txt").exists())
    if args.only:
        stems = [s for s in stems if args.only in s]
    if not stems:
        print(f"eval: no article in {args.articles} has gold in {args.gold} (--only {args.only!r})", file=sys.stderr)
        return 2
    golds = {s: json.loads((args.gold / f"{s}.json").read_text(encoding="utf-8")) for s in stems}
    all_batches = json.loads(args.batches.read_text(encoding="utf-8")) if args.batches.exists() else []
    batches = [
        b
        for b in all_batches
        if any(Path(a).stem in stems for a in b["articles"])
        and all((args.articles / a).exists() for a in b["articles"])
    ]

    crashes: list[str] = []

    def run(paths: list[str]) -> Json:
        """One CLI run; a crash is reported and scored as an empty analysis so the other articles still count."""
        try:
            if args.in_process:
                return analyze_in_process([args.articles / p for p in paths])
            return analyze([args.articles / p for p in paths], args.timeout)
        except CliError as exc:
            crashes.append(str(exc))
            return {"crashed": error_summary(str(exc))}

    def predict(stem: str) -> Json:
        return gold_as_prediction(golds[stem]) if args.self_check else run([f"{stem}.txt"])

    def predict_batch(batch: Json) -> Json:
        return batch_as_prediction(batch) if args.self_check else run(batch["articles"])

    if not args.self_check and not args.in_process:
        try:
            check_cli()
        except CliError as exc:
            print(f"eval: {exc}", file=sys.stderr)
            return 2
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        preds = list(pool.map(predict, stems))
        batch_preds = list(pool.map(predict_batch, batches))
    rows = [score_article(s, golds[s], p, score) for s, p in zip(stems, preds, strict=True)]
    batch_rows = [check_batch(b, p) for b, p in zip(batches, batch_preds, strict=True)]
    for err in crashes:
        print(f"eval: CLI crash: {err}", file=sys.stderr)
    status = 2 if crashes else 0
    total = totals(rows)
    summary = summary_line(total, batch_rows, args.label)
    if args.json:
        for r in rows:
            del r["per_quote"]
        print(json.dumps({"articles": rows, "total": total, "batches": batch_rows, "summary": summary}, indent=2))
        return status
    for r in rows:
        print(article_line(r))
    kinds = " ".join(f"{k}={v['recall']:.2f}(n={v['n']})" for k, v in total["recall_by_kind"].items())
    print(
        f"TOTAL recall={total['recall']:.2f} precision={total['precision']:.2f} F1={total['f1']:.2f} "
        f"attributed={total['attributed']:.2f} forbidden={total['forbidden']} "
        f"missions={total['missions_right']}/{total['missions_total']} "
        f"spurious_missions={total['spurious_missions']} | recall by kind: {kinds}"
    )
    for b in batch_rows:
        print(batch_line(b))
    print(summary)
    return status


if __name__ == "__main__":
    sys.exit(main())
