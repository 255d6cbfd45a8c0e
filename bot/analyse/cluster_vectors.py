"""Bag-of-words vectors and near-duplicate fingerprints for grouping articles, in plain Python.

TF-IDF with a light stemmer is enough to tell whether two reports are about the same event; the
headline and the lead weigh more because that is where an article says what happened. Wire copies are
recognised by shared word 5-grams (a sample of them, so the cost stays linear in the text).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from bot.analyse.mission_catalogue import CANONICAL_BY_KEY, CATALOGUE_INDEX, name_key

Vector = dict[str, float]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d{2,}")
_POSSESSIVE = re.compile(r"['’]s$")
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say saying told tells according reported reports report news reuters ap afp agency statement
statements added adding one two three four five six seven eight nine ten first second last new year years
month months week weeks day days monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december mr mrs ms dr people time since
still however many much well back even get got make made like going go went come came take took used use
yet another around across among amid per via upon within without including include includes included
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_TITLE_WEIGHT = 3.0
_LEAD_WORDS = 350
_SHINGLE = 5
_SHINGLE_SAMPLE = 4


@lru_cache(maxsize=16384)  # a few thousand distinct words recur in every article: stem each once
def stem(word: str) -> str:
    """A crude English stemmer: enough to make 'withdrawal', 'withdraws' and 'withdrawing' meet."""
    w = _POSSESSIVE.sub("", word.lower())
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("al", ""), ("s", "")):
        if len(w) > len(suffix) + 3 and w.endswith(suffix) and not w.endswith("ss"):
            return w[: -len(suffix)] + keep
    return w


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for raw in _TOKEN.findall(text):
        lower = raw.lower()
        if lower not in _STOPWORDS and len(lower) > 1:
            out.append(stem(lower))
    return out


def term_counts(title: str, text: str) -> dict[str, float]:
    """Term weights of an article: its headline counts several times, and only the lead of the body. The
    missions it names count under their catalogue name, so "UNIFIL" and "UN Interim Force in Lebanon" meet."""
    counts: dict[str, float] = {}
    lead = " ".join(text.split(maxsplit=_LEAD_WORDS)[:_LEAD_WORDS])
    for term in tokens(title):
        counts[term] = counts.get(term, 0.0) + _TITLE_WEIGHT
    for term in tokens(lead):
        counts[term] = counts.get(term, 0.0) + 1.0
    for _, _, name in CATALOGUE_INDEX.find(f"{title}\n{lead}"):
        term = "mission:" + CANONICAL_BY_KEY.get(name_key(name), name)
        counts[term] = counts.get(term, 0.0) + _TITLE_WEIGHT
    return counts


def idf(documents: Iterable[Mapping[str, float]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        df.update(doc.keys())
    return {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}


def unit(vector: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def weigh(counts: Mapping[str, float], weights: Mapping[str, float]) -> Vector:
    """A unit TF-IDF vector (log-scaled term frequency)."""
    return unit({t: (1.0 + math.log(c)) * weights.get(t, 1.0) for t, c in counts.items() if c > 0})


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def shingle_hashes(text: str) -> list[int]:
    """The hashes of `shingles`, in the order of the text (repeats included)."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    grams = zip(*(words[i:] for i in range(_SHINGLE)), strict=False)  # every run of _SHINGLE words, in C
    return [h for h in map(zlib.crc32, map(str.encode, map(" ".join, grams))) if h % _SHINGLE_SAMPLE == 0]


def shingles(text: str) -> frozenset[int]:
    """A sample of the article's word 5-grams (hashed), the fingerprint of its wording. Built as a set in
    text order and then frozen, so that it iterates in the same order as it always has (which decides
    ties between equally close originals of a wire copy)."""
    return frozenset(set(shingle_hashes(text)))


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """How much of the shorter text the longer one contains: a trimmed wire copy still scores high."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
