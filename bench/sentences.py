#!/usr/bin/env python3
"""briefbot's sentence splitter (bot.analyse.sentences) side by side with pysbd: speed and correctness.

Correctness is measured two ways: on hand-labelled hard cases (titles such as "Maj. Gen." and "Dr.",
"U.S.", initials, decimals, quotes ending in '."', datelines), where each splitter must give exactly the
labelled sentences; and as boundary agreement with pysbd over the dev set and seeds. Speed is the median time
per article over the same texts, each splitter on the same paragraphs (both work one paragraph at a time).

usage: python bench/sentences.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pysbd

from bot.analyse import sentences as ours

REPO = Path(__file__).resolve().parent.parent
TEXTS = [
    path.read_text(encoding="utf-8")
    for folder in ("bench/eval/articles", "seeds")
    for path in sorted((REPO / folder).glob("*.txt"))
]

# Each case: one paragraph and the sentences a careful reader sees in it.
HARD_CASES: list[tuple[str, list[str]]] = [
    ("Maj. Gen. John W. Brennan said the mission had ended. He spoke in Baghdad.",
     ["Maj. Gen. John W. Brennan said the mission had ended.", "He spoke in Baghdad."]),
    ("Dr. Amal Haddad, a surgeon, treated 40 patients. Most were children.",
     ["Dr. Amal Haddad, a surgeon, treated 40 patients.", "Most were children."]),
    ("The U.S. military said 2,500 troops would stay. Iraq agreed.",
     ["The U.S. military said 2,500 troops would stay.", "Iraq agreed."]),
    ("Growth slowed to 1.5 per cent in the third quarter. Analysts had expected 1.8 per cent.",
     ["Growth slowed to 1.5 per cent in the third quarter.", "Analysts had expected 1.8 per cent."]),
    ("\u201cWe will stay,\u201d Lt. Col. Ana Ruiz said. \u201cThe work is not done.\u201d",
     ["\u201cWe will stay,\u201d Lt. Col. Ana Ruiz said.", "\u201cThe work is not done.\u201d"]),
    ("\u201cThe work is not done.\u201d The minister left without taking questions.",
     ["\u201cThe work is not done.\u201d", "The minister left without taking questions."]),
    ("Gen. Mark A. Milley told the Senate on Sept. 28 that he had advised against it. Others disagreed.",
     ["Gen. Mark A. Milley told the Senate on Sept. 28 that he had advised against it.", "Others disagreed."]),
    ("BAMAKO, Mali, June 30 (Reuters) - The U.N. Security Council voted on Friday to end the mission. "
     "It had been deployed since 2013.",
     ["BAMAKO, Mali, June 30 (Reuters) - The U.N. Security Council voted on Friday to end the mission.",
      "It had been deployed since 2013."]),
    ("The vote was 14-0, with Russia abstaining. No. 10 declined to comment.",
     ["The vote was 14-0, with Russia abstaining.", "No. 10 declined to comment."]),
    ("Is the mission over? Not yet, officials said.", ["Is the mission over?", "Not yet, officials said."]),
    ("Sen. Elizabeth Warren (D-Mass.) asked whether the St. Louis plant would close. It will not.",
     ["Sen. Elizabeth Warren (D-Mass.) asked whether the St. Louis plant would close.", "It will not."]),
    ("The company, Acme Inc., said revenue rose. Its shares fell 3%.",
     ["The company, Acme Inc., said revenue rose.", "Its shares fell 3%."]),
]


def pysbd_sentences(segmenter: pysbd.Segmenter, paragraph: str) -> list[str]:
    return [s.strip() for s in segmenter.segment(paragraph) if s.strip()]


def ours_sentences(paragraph: str) -> list[str]:
    return [span.text for span in ours.sentences(paragraph)]


def boundaries(pieces: list[str], text: str) -> set[int]:
    ends, cursor = set(), 0
    for piece in pieces:
        start = text.find(piece, cursor)
        if start < 0:
            continue
        cursor = start + len(piece)
        ends.add(cursor)
    return ends


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    segmenter = pysbd.Segmenter(language="en", clean=False)

    right_ours = sum(ours_sentences(text) == want for text, want in HARD_CASES)
    right_pysbd = sum(pysbd_sentences(segmenter, text) == want for text, want in HARD_CASES)
    for text, want in HARD_CASES:
        for name, got in (("ours", ours_sentences(text)), ("pysbd", pysbd_sentences(segmenter, text))):
            if got != want:
                print(f"  {name} splits differently: {got}")
    print(f"hard cases exactly right: ours {right_ours}/{len(HARD_CASES)}, pysbd {right_pysbd}/{len(HARD_CASES)}")

    agree = only_ours = only_pysbd = 0
    for text in TEXTS:
        for paragraph in (p.text for p in ours.paragraphs(text)):
            a = boundaries(ours_sentences(paragraph), paragraph)
            b = boundaries(pysbd_sentences(segmenter, paragraph), paragraph)
            agree += len(a & b)
            only_ours += len(a - b)
            only_pysbd += len(b - a)
    print(f"boundaries over {len(TEXTS)} articles: {agree} shared, {only_ours} only ours, {only_pysbd} only pysbd "
          f"(agreement {agree / (agree + only_ours + only_pysbd):.3f})")

    def median_ms(split: Callable[[str], object]) -> float:
        timings = []
        for _ in range(args.repeat):
            ours.clear_cache()
            started = time.perf_counter()
            for text in TEXTS:
                split(text)
            timings.append((time.perf_counter() - started) / len(TEXTS) * 1000)
        return statistics.median(timings)

    ours_ms = median_ms(ours.sentences)
    pysbd_ms = median_ms(lambda text: [segmenter.segment(p.text) for p in ours.paragraphs(text)])
    print(f"median per article: ours {ours_ms:.2f} ms, pysbd {pysbd_ms:.2f} ms "
          f"(ours takes {ours_ms / pysbd_ms:.3f}x pysbd's time) [median of {args.repeat}]")


if __name__ == "__main__":
    main()
