#!/usr/bin/env python3
"""ROUGE of briefbot's development summaries against editors' reference summaries, next to Lead-3.

For every article with a reference (bench/eval/summaries.json: the dev articles and the seeds), the article
is clustered on its own and its development's 2–4 summary sentences are scored; Lead-3 is the article's first
three sentences after the headline. Batches whose articles tell one story are scored the same way (Lead-3:
the first three sentences of the batch's earliest article). Scores are ROUGE-1, ROUGE-2 and ROUGE-L F1 with
stemming (the rouge-score package), averaged over items; the ratio column is ours / Lead-3 in this run.

usage: python bench/summaries.py [--references FILE] [--articles DIR] [--per-item]
"""

from __future__ import annotations

import argparse
import json
import statistics
from datetime import UTC, datetime
from pathlib import Path

from rouge_score import rouge_scorer

from bot.analyse.developments import cluster_developments
from bot.analyse.sentences import sentences
from bot.models import Article

REPO = Path(__file__).resolve().parent.parent
METRICS = ("rouge1", "rouge2", "rougeL")


def load(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return Article(id=path.stem, source=path.stem, title=text.splitlines()[0], text=text,
                   fetched_at=datetime(2024, 1, 1, tzinfo=UTC))


def ours(articles: list[Article]) -> str:
    """The summary of the most important development (a one-story batch the clustering split is scored on
    its main part, which costs it recall)."""
    development = cluster_developments(articles)[0]
    return " ".join(sentence.text for sentence in development.summary)


def lead3(article: Article) -> str:
    body = [s.text for s in sentences(article.text) if s.paragraph > 0]
    return " ".join(body[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--references", type=Path, default=REPO / "bench" / "eval" / "summaries.json")
    parser.add_argument("--articles", type=Path, default=REPO / "bench" / "eval" / "articles")
    parser.add_argument("--batches", type=Path, default=REPO / "bench" / "eval" / "batches.json")
    parser.add_argument("--per-item", action="store_true")
    args = parser.parse_args()
    references = json.loads(args.references.read_text(encoding="utf-8"))
    folders = {"articles": args.articles, "seeds": REPO / "seeds"}
    items: list[tuple[str, list[Article], str]] = []
    for group, folder in folders.items():
        for stem, reference in sorted(references.get(group, {}).items()):
            items.append((stem, [load(folder / f"{stem}.txt")], reference))
    batches = json.loads(args.batches.read_text(encoding="utf-8")) if args.batches.exists() else []
    for batch in batches if isinstance(batches, list) else batches.get("batches", []):
        summaries = references.get("batches", {}).get(batch["name"])
        if isinstance(summaries, str):
            summaries = [summaries] if batch.get("developments") == 1 else []
        if not summaries or len(summaries) != 1:
            continue  # several stories: which summary is which development is not defined
        members = [load(args.articles / (n if n.endswith(".txt") else f"{n}.txt")) for n in batch["articles"]]
        items.append((batch["name"].split(" (")[0], members, summaries[0]))

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals: dict[str, dict[str, list[float]]] = {"ours": {m: [] for m in METRICS}, "lead3": {m: [] for m in METRICS}}
    for name, members, reference in items:
        earliest = min(members, key=lambda a: a.id) if len(members) > 1 else members[0]
        for system, candidate in (("ours", ours(members)), ("lead3", lead3(earliest))):
            scores = scorer.score(reference, candidate)
            for metric in METRICS:
                totals[system][metric].append(scores[metric].fmeasure)
        if args.per_item:
            print(f"{name:60} ours R1={totals['ours']['rouge1'][-1]:.3f} lead3 R1={totals['lead3']['rouge1'][-1]:.3f}")
    print(f"{len(items)} items ({len(items) - sum(len(m) > 1 for _, m, _ in items)} articles, "
          f"{sum(len(m) > 1 for _, m, _ in items)} one-story batches); mean ROUGE F1:")
    for metric in METRICS:
        mine, lead = statistics.mean(totals["ours"][metric]), statistics.mean(totals["lead3"][metric])
        print(f"  {metric:7} ours {mine:.3f}   Lead-3 {lead:.3f}   ratio {mine / lead:.2f}")


if __name__ == "__main__":
    main()
