#!/usr/bin/env python3
"""Check the hand-written dev-set gold against its articles before anyone trusts a score computed from it.

Gold is typed by hand, so the failure this guards against is a quote that is not really in the article (a
typo, a curly apostrophe typed straight, a clause cut in the wrong place): such a quote can never be found
and silently lowers recall. Every direct/partial text must sit between quote marks in the article exactly as
written; indirect texts must be in the article too (ignoring the style of quote marks).

usage: check_gold.py [--articles DIR] [--gold DIR] [--batches FILE] [--uncovered]
Exit status 0 when every file passes; `--uncovered` also lists quoted spans that no gold item covers, so a
reviewer can confirm each is a deliberate non-quote (scare quotes, titles, slogans).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KINDS = {"direct", "indirect", "partial"}
STATUSES = {"planned", "combat", "non-combat", "drawdown", "suspended", "ended", "extended", "disputed", "unknown"}
ROLES = {"advise", "assist", "enable", "train", "monitor"}
GOLD_KEYS = {"article", "quotes", "optional_quotes", "forbidden_speakers", "speaker_titles", "missions"}
OPTIONAL_GOLD_KEYS = {"optional_missions"}
QUOTE_KEYS = {"speaker", "surname", "kind", "text"}
MISSION_KEYS = {"name_any", "status", "roles_all", "previous_status", "date"}
BATCH_KEYS = {"name", "articles", "developments", "missions"}
OPEN_MARKS = "\u201c\"\u2018'"
CLOSE_MARKS = "\u201d\"\u2019'"
MIN_WORDS, MAX_WORDS = 300, 900
STRAIGHTEN = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def normalise(text: str) -> str:
    """Compare indirect clauses without caring how the article typed its quote marks and apostrophes."""
    return re.sub(r"\s+", " ", text.translate(STRAIGHTEN)).strip()


def bounded_by_marks(article: str, text: str) -> bool:
    """True when `text` occurs right after an opening mark and ends at a closing mark (an attribution comma or
    a full stop may come first) or at the end of a paragraph (a multi-paragraph quote's open piece)."""

    def is_mark(ch: str, marks: str) -> bool:
        return len(ch) == 1 and ch in marks

    start = article.find(text)
    while start != -1:
        end = start + len(text)
        after = article[end : end + 2]
        closes = (
            is_mark(after[:1], CLOSE_MARKS)
            or (is_mark(after[:1], ",.") and is_mark(after[1:2], CLOSE_MARKS))
            or after[:1] in ("\n", "")
        )
        if start and is_mark(article[start - 1], OPEN_MARKS) and closes:
            return True
        start = article.find(text, start + 1)
    return False


def quoted_spans(article: str) -> list[str]:
    """The double-quoted spans of each paragraph; an unclosed opening mark runs to the paragraph's end."""
    spans: list[str] = []
    for para in article.splitlines():
        spans.extend(m.group(1) for m in re.finditer(r"[\u201c\"]([^\u201c\u201d\"]+)(?:[\u201d\"]|$)", para))
    return spans


def check_quote(q: Any, article: str, where: str) -> list[str]:
    if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
        return [f"{where}: keys must be {sorted(QUOTE_KEYS)}, got {q!r}"]
    errors = []
    if q["kind"] not in KINDS:
        errors.append(f"{where}: kind {q['kind']!r}")
    text = q["text"]
    if not text or text != text.strip():
        errors.append(f"{where}: empty text or surrounding whitespace: {text!r}")
    elif q["kind"] in ("direct", "partial") and not bounded_by_marks(article, text):
        errors.append(f"{where}: not verbatim between quote marks: {text!r}")
    elif q["kind"] == "indirect" and normalise(text) not in normalise(article):
        errors.append(f"{where}: indirect text not in article: {text!r}")
    alts = [a for a in q["surname"].split("|") if a]
    if not alts or not any(a.lower() in q["speaker"].lower() for a in alts):
        errors.append(f"{where}: no surname alternative of {q['surname']!r} is inside speaker {q['speaker']!r}")
    return errors


def check_mission(m: Any, article: str, where: str) -> list[str]:
    if not isinstance(m, dict) or set(m) != MISSION_KEYS:
        return [f"{where}: keys must be {sorted(MISSION_KEYS)}, got {m!r}"]
    errors = []
    if m["status"] not in STATUSES:
        errors.append(f"{where}: status {m['status']!r}")
    if m["previous_status"] is not None and m["previous_status"] not in STATUSES:
        errors.append(f"{where}: previous_status {m['previous_status']!r}")
    if not set(m["roles_all"]) <= ROLES:
        errors.append(f"{where}: roles {m['roles_all']!r} outside {sorted(ROLES)}")
    try:
        date.fromisoformat(m["date"])
    except (TypeError, ValueError):
        errors.append(f"{where}: date {m['date']!r} is not YYYY-MM-DD")
    if not any(n.lower() in article.lower() for n in m["name_any"]):
        errors.append(f"{where}: none of {m['name_any']!r} is named in the article")
    return errors


def check_gold(gold: Any, article: str, stem: str) -> list[str]:
    if not isinstance(gold, dict) or not GOLD_KEYS <= set(gold) <= GOLD_KEYS | OPTIONAL_GOLD_KEYS:
        return [f"{stem}: top-level keys must be {sorted(GOLD_KEYS)} (+ {sorted(OPTIONAL_GOLD_KEYS)})"]
    errors = []
    if gold["article"] != f"{stem}.txt":
        errors.append(f"{stem}: article is {gold['article']!r}")
    lines = article.splitlines()
    words = len(article.split())
    if not lines or not lines[0].strip():
        errors.append(f"{stem}: first line must be the headline")
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{stem}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    items = [("quotes", q) for q in gold["quotes"]] + [("optional_quotes", q) for q in gold["optional_quotes"]]
    seen: set[str] = set()
    for i, (key, q) in enumerate(items):
        errors += check_quote(q, article, f"{stem} {key}[{i}]")
        if isinstance(q, dict) and q.get("text") in seen:
            errors.append(f"{stem}: duplicate quote text {q['text']!r}")
        if isinstance(q, dict):
            seen.add(q.get("text", ""))
    speakers = [q["speaker"].lower() for _, q in items if isinstance(q, dict) and "speaker" in q]
    for f in gold["forbidden_speakers"]:
        if f.lower() not in article.lower():
            errors.append(f"{stem}: forbidden speaker {f!r} is not mentioned in the article")
        if any(f.lower() in s for s in speakers):
            errors.append(f"{stem}: forbidden speaker {f!r} is inside a gold speaker's name")
    for surname, title in gold["speaker_titles"].items():
        if surname.lower() not in article.lower() or title.lower() not in article.lower():
            errors.append(f"{stem}: speaker title {surname!r}: {title!r} not in the article")
    for i, m in enumerate(gold["missions"]):
        errors += check_mission(m, article, f"{stem} missions[{i}]")
    for i, m in enumerate(gold.get("optional_missions", [])):
        if not isinstance(m, dict) or set(m) != {"name_any"} or not m["name_any"]:
            errors.append(f"{stem} optional_missions[{i}]: must be {{'name_any': [...]}}")
    return errors


def check_batches(path: Path, stems: set[str]) -> list[str]:
    errors = []
    for b in json.loads(path.read_text(encoding="utf-8")):
        if set(b) != BATCH_KEYS:
            errors.append(f"batch {b.get('name')!r}: keys must be {sorted(BATCH_KEYS)}")
            continue
        errors += [f"batch {b['name']}: unknown article {a}" for a in b["articles"] if Path(a).stem not in stems]
        errors += [
            f"batch {b['name']}: bad mission {m!r}"
            for m in b["missions"]
            if set(m) != {"name_any", "status"} or m["status"] not in STATUSES
        ]
        if not isinstance(b["developments"], int) or b["developments"] < 1:
            errors.append(f"batch {b['name']}: developments must be a positive integer")
    return errors


def uncovered(gold: dict[str, Any], article: str) -> list[str]:
    texts = [normalise(q["text"]) for q in gold["quotes"] + gold["optional_quotes"]]
    return [
        s for s in quoted_spans(article) if not any(normalise(s).rstrip(",") in t or t in normalise(s) for t in texts)
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=Path, default=HERE / "articles")
    ap.add_argument("--gold", type=Path, default=HERE / "gold")
    ap.add_argument("--batches", type=Path, default=HERE / "batches.json")
    ap.add_argument("--uncovered", action="store_true", help="list quoted spans that no gold item covers")
    args = ap.parse_args()
    articles = {p.stem: p for p in sorted(args.articles.glob("*.txt"))}
    golds = {p.stem: p for p in sorted(args.gold.glob("*.json"))}
    errors = [f"{s}: article has no gold file" for s in articles.keys() - golds.keys()]
    errors += [f"{s}: gold file has no article" for s in golds.keys() - articles.keys()]
    quotes = missions = 0
    for stem in sorted(articles.keys() & golds.keys()):
        text = articles[stem].read_text(encoding="utf-8")
        try:
            gold = json.loads(golds[stem].read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{stem}: invalid JSON: {exc}")
            continue
        found = check_gold(gold, text, stem)
        errors += found
        if not found:
            quotes += len(gold["quotes"])
            missions += len(gold["missions"])
            if args.uncovered:
                for span in uncovered(gold, text):
                    print(f"{stem}: not gold: {span!r}")
    if args.batches.exists():
        errors += check_batches(args.batches, set(articles))
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {quotes} required quotes, {missions} missions, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
