"""A development's headline and its short extractive summary.

Every summary sentence is copied verbatim from one member article, so a reader can trust it and find it.
Sentences are chosen for how central they are to the story (similarity to the cluster's centroid), where
they stand (news puts the point first), and what they add: each pick is penalised by its similarity to the
picks before it, and sentences from articles that joined an existing story get a bonus when they say
something the story did not say before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.analyse.cluster_vectors import Vector, cosine, tokens, weigh
from bot.analyse.sentences import sentences
from bot.models import Article, SummarySentence

_LEAD_PARAGRAPHS = 6
_MIN_WORDS, _MAX_WORDS = 8, 60
_MAX_SENTENCES, _MIN_SENTENCES = 4, 2
_REDUNDANT = 0.6
_NOVELTY_BONUS = 0.15
# News puts the point first: on the dev set's editor-written references, a lead weight of 0.2 scored ROUGE-1
# 0.50 against Lead-3's 0.55; at 1.0 it matches Lead-3 (0.555) while still skipping captions, datelines and
# pull quotes and preferring what a follow-up adds (bench/summaries.py).
_LEAD_WEIGHT = 1.0
_WEAK_SHARE = 0.5
_HEADLINE_CHARS = 90
_BOILERPLATE = re.compile(
    r"^(?:read\s+more|related|photo|image|video|watch|listen|click|subscribe|follow\s+us|sign\s+up|advertisement|"
    r"copyright|©|\(reporting|\(editing|\(writing|by\s+[A-Z][\w.-]+\s+[A-Z])|\(photo\b|photo:|https?://|@\w+|"
    r"all rights reserved",
    re.I,
)
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!”\"’)]$")  # headings, decks and datelines do not
_QUOTE_MARKS = re.compile(r"^[“\"‘']+|[”\"’'.,;:!]+$")
_MIN_CORE = 40
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[A-Z][\w .&'’-]{1,40}$")


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    article_id: str
    position: int
    vector: Vector


def headline(title: str) -> str:
    """The title without the outlet's name, cut at a word boundary if it is long."""
    text = _SITE_SUFFIX.sub("", " ".join(title.split())) or " ".join(title.split())
    if len(text) <= _HEADLINE_CHARS:
        return text
    for mark in (": ", "; ", " – ", " - "):
        cut = text.find(mark)
        if 20 <= cut <= _HEADLINE_CHARS:
            return text[:cut]
    return text[: text.rfind(" ", 0, _HEADLINE_CHARS - 1)].rstrip(" ,;:") + "…"


def _usable(text: str, title: str) -> bool:
    words = len(text.split())
    if not _MIN_WORDS <= words <= _MAX_WORDS or text.endswith("?") or _BOILERPLATE.search(text):
        return False
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return False  # a piece of a quotation that runs on into the next sentence
    return _ENDS_LIKE_A_SENTENCE.search(text) is not None and text.strip() != title.strip()


def _repeated(text: str, sentence: str, start: int) -> bool:
    """Photo captions and pull quotes are repeated elsewhere in the article, whole, inside other text:
    the story is in the body, not in the repeat."""
    core = _QUOTE_MARKS.sub("", sentence)
    if len(core) < _MIN_CORE:
        return False
    first = text.find(core)
    return first >= 0 and (first < start or text.find(core, first + 1) >= 0)


def candidates(article: Article, weights: Mapping[str, float]) -> list[Candidate]:
    """The sentences of the article's first paragraphs that could stand alone in a summary."""
    seen: set[str] = set()
    found: list[Candidate] = []
    for span in sentences(article.text):
        if span.paragraph > _LEAD_PARAGRAPHS:
            break
        text = span.text
        if text in seen or not _usable(text, article.title) or _repeated(article.text, text, span.start):
            continue
        seen.add(text)
        vector = weigh({t: 1.0 for t in tokens(text)}, weights)
        if vector:
            found.append(Candidate(text, article.id, len(found), vector))
    return found


def summarise(
    pool: Sequence[Candidate], center: Vector, novel_ids: frozenset[str], known: Sequence[Vector] = ()
) -> tuple[SummarySentence, ...]:
    """Two to four sentences, most important first, none repeating another."""
    def base(c: Candidate) -> float:
        score = cosine(c.vector, center) + _LEAD_WEIGHT / (1 + c.position)
        if c.article_id in novel_ids and all(cosine(c.vector, k) < _REDUNDANT for k in known):
            score += _NOVELTY_BONUS
        return score

    scored = sorted(((base(c), c) for c in pool), key=lambda item: (-item[0], item[1].position, item[1].text))
    chosen: list[tuple[float, Candidate]] = []
    for score, candidate in scored:
        if len(chosen) == _MAX_SENTENCES:
            break
        if any(cosine(candidate.vector, c.vector) >= _REDUNDANT for _, c in chosen):
            continue
        if len(chosen) >= _MIN_SENTENCES and score < _WEAK_SHARE * chosen[0][0]:
            break
        chosen.append((score, candidate))
    return tuple(SummarySentence(text=c.text, article_id=c.article_id) for _, c in chosen)
