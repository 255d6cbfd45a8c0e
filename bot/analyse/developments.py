"""Key developments: the articles of a batch grouped by the event they report, across sources.

An article joins the story whose centroid it is most similar to (TF-IDF cosine over headline and lead),
if similar enough; otherwise it starts a story whose id derives from its own id, so the same batch always
yields the same ids. Stories already in the store are passed in with their members, so a follow-up joins
its story (same id) instead of starting a new one. Wire copies are recognised by shared wording, join
the story of their original and are counted once: they neither add weight nor summary sentences.
Candidate stories are found through the article's strongest terms, so a batch costs about linear time.
Stored stories come as `StoryMember`s (what clustering keeps of an article, see story_members), so a run
reads no stored text but the few its summaries quote.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import chain, repeat
from types import MappingProxyType

from bot.analyse.cluster_vectors import Vector, containment, cosine, idf, unit, weigh
from bot.analyse.story_members import fingerprint, member_of, print_hashes
from bot.analyse.summary_sentences import Candidate, candidates, headline, summarise
from bot.models import Article, Development, StoryMember

_JOIN = 0.25
_DUPLICATE = 0.6
_TOP_TERMS = 12
_SUMMARY_MEMBERS = 8
_SAME_DAYS, _STORY_DAYS = 14, 540
_CURRENT = timedelta(days=3)
_NO_STORIES: Mapping[str, Sequence[Article]] = MappingProxyType({})

Load = Callable[[Sequence[str]], Sequence[Article]]
"""Reads stored articles by id (in the order asked): only the few a touched story's summary quotes."""


@dataclass(frozen=True, slots=True)
class Clustered:
    developments: list[Development]
    """The stories the articles belong to, most important first."""
    members: list[StoryMember]
    """What to store of the articles just filed (and of stored ones whose text changed), for later runs."""


@dataclass(slots=True)
class _Story:
    id: str
    index: int
    before: frozenset[str]  # members already in the store before this batch
    members: list[StoryMember] = field(default_factory=list)
    duplicates: set[str] = field(default_factory=set)
    total: dict[str, float] = field(default_factory=dict)
    days: list[date] = field(default_factory=list)
    touched: bool = False

    def similarity(self, vector: Vector) -> float:
        norm = math.sqrt(sum(v * v for v in self.total.values()))
        return cosine(vector, self.total) / norm if norm else 0.0

    def unique(self) -> list[StoryMember]:
        return [a for a in self.members if a.article_id not in self.duplicates]


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


def _when(member: StoryMember) -> datetime:
    day = member.day
    return member.fetched_at if day is None else datetime.combine(day, datetime.min.time(), tzinfo=UTC)


@dataclass(slots=True)
class _Batch:
    """One clustering run: the stories, the members' vectors and fingerprints, and the indexes that find
    candidate stories and the originals of wire copies without comparing every pair."""

    weights: dict[str, float]
    vectors: dict[str, Vector]
    placed: dict[str, StoryMember] = field(default_factory=dict)
    stories: list[_Story] = field(default_factory=list)
    owner: dict[str, _Story] = field(default_factory=dict)
    by_term: dict[str, set[int]] = field(default_factory=dict)
    by_print: dict[int, list[str]] = field(default_factory=dict)

    def story(self, story_id: str, before: frozenset[str]) -> _Story:
        story = _Story(story_id, len(self.stories), before)
        self.stories.append(story)
        return story

    def place(self, story: _Story, member: StoryMember) -> None:
        vector = self.vectors[member.article_id]
        story.members.append(member)
        if member.day is not None:
            story.days.append(member.day)
        for term, value in vector.items():
            story.total[term] = story.total.get(term, 0.0) + value
        self.owner[member.article_id] = story
        for term in _top(vector):
            self.by_term.setdefault(term, set()).add(story.index)
        self.placed[member.article_id] = member
        for h in print_hashes(member):  # no set per member: thousands of them were the largest part of a run
            self.by_print.setdefault(h, []).append(member.article_id)

    def original(self, member: StoryMember) -> str | None:
        """The earlier article this one is a wire copy of, if any."""
        mine = fingerprint(member)
        shared = Counter(chain.from_iterable(map(self.by_print.get, mine, repeat(()))))  # counted in C
        for other, _ in shared.most_common(3):
            if containment(mine, fingerprint(self.placed[other])) >= _DUPLICATE:
                return other
        return None

    def best(self, member: StoryMember) -> _Story | None:
        """The story the article is most similar to, if similar enough to join it."""
        vector, day = self.vectors[member.article_id], member.day
        indexes = {i for term in _top(vector) for i in self.by_term.get(term, ())}
        scored = [(self.stories[i].similarity(vector) * _closeness(day, self.stories[i].days), -i) for i in indexes]
        if not scored:
            return None
        score, negative_index = max(scored)
        return self.stories[-negative_index] if score >= _JOIN else None


def _develop(story: _Story, batch: _Batch, texts: Mapping[str, Article], load: Load) -> Development:
    """Headline and summary, recomputed from all members. What is news is what the latest reports add:
    the headline comes from the most central of the latest reports, and summary sentences from them that
    the earlier reports did not say get a bonus. Only the texts the summary reads are loaded."""
    unique = story.unique() or story.members
    center = unit(story.total)
    latest = max(_when(a) for a in unique)
    current = [a for a in unique if latest - _when(a) <= _CURRENT] if len(unique) > 1 else unique
    if len(current) == len(unique):  # reports of one moment: what this batch added is the news
        current = [a for a in unique if a.article_id not in story.before] if story.before else []
    ranked = sorted(unique, key=lambda a: (-cosine(batch.vectors[a.article_id], center), _when(a), a.article_id))
    readers = list(dict.fromkeys(a.article_id for a in [*ranked[:_SUMMARY_MEMBERS], *current[:_SUMMARY_MEMBERS]]))
    stored = {a.id: a for a in load([i for i in readers if i not in texts])}
    read = [texts.get(i) or stored.get(i) for i in readers]
    pool: list[Candidate] = [c for a in read if a is not None for c in candidates(a, batch.weights)]
    novel = frozenset(a.article_id for a in current)
    known = [c.vector for c in pool if c.article_id not in novel] if novel else []
    lead = next((a for a in ranked if a.article_id in novel), ranked[0])
    return Development(
        id=story.id,
        headline=headline(lead.title),
        summary=summarise(pool, center, novel, known),
        article_ids=tuple(a.article_id for a in story.members),
    )


def _importance(story: _Story) -> tuple[int, int, datetime]:
    unique = story.unique()
    return len({a.source for a in unique}), len(unique), max(_when(a) for a in story.members)


def cluster_developments(
    articles: Sequence[Article], existing: Mapping[str, Sequence[Article]] = _NO_STORIES
) -> list[Development]:
    """The developments the given articles belong to (new stories, or stored ones they joined), most
    important first: reported by more sources, then by more articles, then more recent. Stored stories
    are given with their members' texts here; the pipeline gives `cluster_stories` their stored members."""
    texts = {a.id: a for members in existing.values() for a in members}
    stored = {story: [member_of(a) for a in members] for story, members in existing.items()}
    return cluster_stories(articles, stored, lambda ids: [texts[i] for i in ids]).developments


def cluster_stories(
    articles: Sequence[Article], existing: Mapping[str, Sequence[StoryMember]], load: Load
) -> Clustered:
    """Cluster `articles` with the stored stories `existing` (story id → members, oldest first). A stored
    member that is also among `articles` (its text was edited) is taken from its current text."""
    fresh = {a.id: a for a in articles}
    # the new articles' dates first, while the analysis that just read them still has them cached
    made = {i: member_of(a) for i, a in fresh.items()}
    members = {m.article_id: made.get(m.article_id, m) for ms in existing.values() for m in ms}
    ordered = [*members, *(i for i in made if i not in members)]
    weights = idf((members.get(i) or made[i]).terms for i in ordered)
    batch = _Batch(weights, {i: weigh((members.get(i) or made[i]).terms, weights) for i in ordered})
    for story_id, stored in sorted(existing.items()):
        story = batch.story(story_id, frozenset(m.article_id for m in stored))
        for member in stored:
            batch.place(story, members[member.article_id])
    for article_id in fresh:
        if article_id in members:
            batch.owner[article_id].touched = True
    new = [made[i] for i in fresh if i not in members]
    for member in sorted(new, key=lambda m: (_when(m), m.article_id)):
        original = batch.original(member)
        story = (batch.owner[original] if original else batch.best(member)) or batch.story(
            _story_id(member.article_id), frozenset()
        )
        if original:
            story.duplicates.add(member.article_id)
        story.touched = True
        batch.place(story, member)
    touched = [s for s in batch.stories if s.touched]
    touched.sort(key=lambda s: (_importance(s), s.id), reverse=True)
    return Clustered([_develop(story, batch, fresh, load) for story in touched], list(made.values()))
