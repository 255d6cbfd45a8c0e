"""Key developments: the articles of a batch grouped by the event they report, across sources.

An article joins the story whose centroid it is most similar to (TF-IDF cosine over headline and lead),
if similar enough; otherwise it starts a story whose id derives from its own id, so the same batch always
yields the same ids. Stories already in the store are passed in with their members, so a follow-up joins
its story (same id) instead of starting a new one. Wire copies are recognised by shared wording, join
the story of their original and are counted once: they neither add weight nor summary sentences.
Candidate stories are found through the article's strongest terms, so a batch costs about linear time.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import chain, repeat
from types import MappingProxyType

from bot.analyse.cluster_vectors import (
    Vector,
    containment,
    cosine,
    idf,
    shingle_hashes,
    term_counts,
    unit,
    weigh,
)
from bot.analyse.dates import article_date
from bot.analyse.summary_sentences import Candidate, candidates, headline, summarise
from bot.models import Article, Development

_JOIN = 0.25
_DUPLICATE = 0.6
_TOP_TERMS = 12
_SUMMARY_MEMBERS = 8
_SAME_DAYS, _STORY_DAYS = 14, 540
_CURRENT = timedelta(days=3)
_NO_STORIES: Mapping[str, Sequence[Article]] = MappingProxyType({})


@dataclass(slots=True)
class _Story:
    id: str
    index: int
    before: frozenset[str]  # members already in the store before this batch
    members: list[Article] = field(default_factory=list)
    duplicates: set[str] = field(default_factory=set)
    total: dict[str, float] = field(default_factory=dict)
    days: list[date] = field(default_factory=list)
    touched: bool = False

    def similarity(self, vector: Vector) -> float:
        norm = math.sqrt(sum(v * v for v in self.total.values()))
        return cosine(vector, self.total) / norm if norm else 0.0

    def unique(self) -> list[Article]:
        return [a for a in self.members if a.id not in self.duplicates]


_DAYS: dict[tuple[str, int, int], date | None] = {}
_DAYS_KEPT = 16384  # a few hundred kilobytes: no texts are kept, only their ids, lengths and hashes


_PRINTS: dict[tuple[str, int, int], array[int]] = {}  # as packed arrays: ~1.6 kB each instead of ~15


def _fingerprint(article: Article) -> frozenset[int]:
    """`shingles` of the article's text, remembered like `_day`: stored stories are fingerprinted again with
    every batch."""
    key = (article.id, len(article.text), hash(article.text))
    kept = _PRINTS.get(key)
    if kept is None:
        if len(_PRINTS) >= _DAYS_KEPT // 4:
            _PRINTS.pop(next(iter(_PRINTS)), None)  # the oldest
        kept = _PRINTS[key] = array("L", shingle_hashes(article.text))
    return frozenset(set(kept))  # built as `shingles` builds it, so it iterates in the same order


def _day(article: Article) -> date | None:
    """When the article's event happened: its metadata, else the date its text gives. Remembered per
    article across runs, because stored stories are clustered again with every batch and their texts
    are more than the date cache (keyed by text, so kept small) holds."""
    if article.published_at:
        return article.published_at.date()
    key = (article.id, len(article.text), hash(article.text))
    if key not in _DAYS:
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.pop(next(iter(_DAYS)), None)  # the oldest
        _DAYS[key] = article_date(article.text)
    return _DAYS[key]


def _closeness(day: date | None, days: list[date]) -> float:
    """Reports of one event come out within days of each other, and a story's follow-ups within months
    (a withdrawal ordered in June, completed in December); the same mission years later is other news."""
    if day is None or not days:
        return 1.0
    gap = min(abs((day - other).days) for other in days)
    if gap <= _SAME_DAYS:
        return 1.0
    return max(0.0, 1.0 - ((gap - _SAME_DAYS) / _STORY_DAYS) ** 2)


def _story_id(article_id: str) -> str:
    return "dev-" + hashlib.sha256(article_id.encode()).hexdigest()[:12]


def _top(vector: Vector) -> list[str]:
    return sorted(vector, key=lambda t: (-vector[t], t))[:_TOP_TERMS]


@dataclass(slots=True)
class _Batch:
    """One clustering run: the stories, the articles' vectors and fingerprints, and the indexes that find
    candidate stories and the originals of wire copies without comparing every pair."""

    weights: dict[str, float]
    vectors: dict[str, Vector]
    prints: dict[str, frozenset[int]] = field(default_factory=dict)
    stories: list[_Story] = field(default_factory=list)
    owner: dict[str, _Story] = field(default_factory=dict)
    by_term: dict[str, set[int]] = field(default_factory=dict)
    by_print: dict[int, list[str]] = field(default_factory=dict)
    days: dict[str, date | None] = field(default_factory=dict)

    def story(self, story_id: str, before: frozenset[str]) -> _Story:
        story = _Story(story_id, len(self.stories), before)
        self.stories.append(story)
        return story

    def day(self, article: Article) -> date | None:
        """`_day`, once per article: the date cache holds fewer texts than a batch and its stories."""
        if article.id not in self.days:
            self.days[article.id] = _day(article)
        return self.days[article.id]

    def when(self, article: Article) -> datetime:
        day = self.day(article)
        return article.fetched_at if day is None else datetime.combine(day, datetime.min.time(), tzinfo=UTC)

    def place(self, story: _Story, article: Article) -> None:
        vector = self.vectors[article.id]
        story.members.append(article)
        day = self.day(article)
        if day is not None:
            story.days.append(day)
        for term, value in vector.items():
            story.total[term] = story.total.get(term, 0.0) + value
        self.owner[article.id] = story
        for term in _top(vector):
            self.by_term.setdefault(term, set()).add(story.index)
        for h in self.fingerprint(article):
            self.by_print.setdefault(h, []).append(article.id)

    def fingerprint(self, article: Article) -> frozenset[int]:
        if article.id not in self.prints:
            self.prints[article.id] = _fingerprint(article)
        return self.prints[article.id]

    def original(self, article: Article) -> str | None:
        """The earlier article this one is a wire copy of, if any."""
        mine = self.fingerprint(article)
        shared = Counter(chain.from_iterable(map(self.by_print.get, mine, repeat(()))))  # counted in C
        for other, _ in shared.most_common(3):
            if containment(mine, self.prints[other]) >= _DUPLICATE:
                return other
        return None

    def best(self, article: Article) -> _Story | None:
        """The story the article is most similar to, if similar enough to join it."""
        vector, day = self.vectors[article.id], self.day(article)
        indexes = {i for term in _top(vector) for i in self.by_term.get(term, ())}
        scored = [
            (self.stories[i].similarity(vector) * _closeness(day, self.stories[i].days), -i) for i in indexes
        ]
        if not scored:
            return None
        score, negative_index = max(scored)
        return self.stories[-negative_index] if score >= _JOIN else None


def _develop(story: _Story, batch: _Batch) -> Development:
    """Headline and summary, recomputed from all members. What is news is what the latest reports add:
    the headline comes from the most central of the latest reports, and summary sentences from them that
    the earlier reports did not say get a bonus."""
    unique = story.unique() or story.members
    center = unit(story.total)
    latest = max(batch.when(a) for a in unique)
    current = [a for a in unique if latest - batch.when(a) <= _CURRENT] if len(unique) > 1 else unique
    if len(current) == len(unique):  # reports of one moment: what this batch added is the news
        current = [a for a in unique if a.id not in story.before] if story.before else []
    ranked = sorted(unique, key=lambda a: (-cosine(batch.vectors[a.id], center), batch.when(a), a.id))
    readers = list(dict.fromkeys([*ranked[:_SUMMARY_MEMBERS], *current[:_SUMMARY_MEMBERS]]))
    pool: list[Candidate] = [c for a in readers for c in candidates(a, batch.weights)]
    novel = frozenset(a.id for a in current)
    known = [c.vector for c in pool if c.article_id not in novel] if novel else []
    lead = next((a for a in ranked if a.id in novel), ranked[0])
    return Development(
        id=story.id,
        headline=headline(lead.title),
        summary=summarise(pool, center, novel, known),
        article_ids=tuple(a.id for a in story.members),
    )


def _importance(story: _Story, batch: _Batch) -> tuple[int, int, datetime]:
    unique = story.unique()
    return len({a.source for a in unique}), len(unique), max(batch.when(a) for a in story.members)


def cluster_developments(
    articles: Sequence[Article], existing: Mapping[str, Sequence[Article]] = _NO_STORIES
) -> list[Development]:
    """The developments the given articles belong to (new stories, or stored ones they joined), most
    important first: reported by more sources, then by more articles, then more recent."""
    stored = {a.id: a for members in existing.values() for a in members}
    fresh = list({a.id: a for a in articles if a.id not in stored}.values())
    # the new articles' dates first, while the analysis that just read them still has them cached
    days = {a.id: _day(a) for a in fresh}
    counts = {a.id: term_counts(a.title, a.text) for a in [*stored.values(), *fresh]}
    weights = idf(counts.values())
    # each article's counts are dropped as its vector is made: both for every stored article at once were
    # the largest part of the peak memory of a run
    batch = _Batch(weights, {i: weigh(counts.pop(i), weights) for i in list(counts)}, days=days)
    for story_id, members in sorted(existing.items()):
        story = batch.story(story_id, frozenset(a.id for a in members))
        for article in members:
            batch.place(story, article)
    for article in articles:
        if article.id in stored:
            batch.owner[article.id].touched = True
    for article in sorted(fresh, key=lambda a: (batch.when(a), a.id)):
        original = batch.original(article)
        story = (batch.owner[original] if original else batch.best(article)) or batch.story(
            _story_id(article.id), frozenset()
        )
        if original:
            story.duplicates.add(article.id)
        story.touched = True
        batch.place(story, article)
    touched = [s for s in batch.stories if s.touched]
    touched.sort(key=lambda s: (_importance(s, batch), s.id), reverse=True)
    return [_develop(story, batch) for story in touched]
