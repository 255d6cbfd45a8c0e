"""Which articles a destination receives: its subscriptions applied to articles and their analysed facts.

Pure (no store, no I/O), shared by briefs and realtime posts. An article is admitted when any of the
destination's subscriptions admits it: the subscription's source is the article's (or it takes every
source), the article passes its keyword filter, and, when it names topics, the article's facts report on
one of its missions (by name or alias, also the aliases of a tracked mission) or quote one of its people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.analyse.people import matches_query
from bot.filters import Document, Expression, FilterError, fold, parse_filter
from bot.models import Article, MissionSpec, MissionStatus, Quote, Subscription, Topics


@dataclass(frozen=True, slots=True)
class Candidate:
    article: Article
    quotes: Sequence[Quote] = ()
    missions: Sequence[MissionStatus] = ()


def subscribed_sources(subscriptions: Sequence[Subscription]) -> list[str] | None:
    """The sources the subscriptions read from; None when one of them takes every source."""
    if any(s.source is None for s in subscriptions):
        return None
    return sorted({s.source for s in subscriptions if s.source is not None})


def needs_content(subscriptions: Sequence[Subscription]) -> bool:
    """Whether admitting an article takes more than its source: its text, quotes or missions."""
    return any(s.filter or not s.topics.is_empty for s in subscriptions)


def _name(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass(frozen=True, slots=True)
class _Rule:
    source: str | None
    expression: Expression | None
    missions: frozenset[str]
    people: tuple[str, ...]
    broken: bool = False

    @property
    def has_topics(self) -> bool:
        return bool(self.missions or self.people)


class Selector:
    """The subscriptions of one destination, parsed once, to admit many articles.

    A stored filter that no longer parses (written by another version of briefbot) admits nothing: a
    subscription that cannot be read must not flood its destination.
    """

    def __init__(self, subscriptions: Sequence[Subscription], tracked: Sequence[MissionSpec] = ()) -> None:
        self._rules = [self._rule(s, tracked) for s in subscriptions]

    @staticmethod
    def _rule(subscription: Subscription, tracked: Sequence[MissionSpec]) -> _Rule:
        missions = _mission_names(subscription.topics, tracked)
        people = subscription.topics.people
        try:
            expression = parse_filter(subscription.filter) if subscription.filter else None
        except FilterError:
            return _Rule(subscription.source, None, missions, people, broken=True)
        return _Rule(subscription.source, expression, missions, people)

    def admits_source(self, source: str) -> bool:
        """Whether some subscription takes articles from `source` (for subscriptions without filter or topics
        that is the whole question)."""
        return any(not rule.broken and rule.source in (None, source) for rule in self._rules)

    def admits(self, candidate: Candidate) -> bool:
        document: Document | None = None
        for rule in self._rules:
            if rule.broken or rule.source not in (None, candidate.article.source):
                continue
            if rule.has_topics and not _on_topic(rule, candidate):
                continue
            if rule.expression is None:
                return True
            document = document or Document(candidate.article.title, candidate.article.text)
            if rule.expression.matches(document):
                return True
        return False

    def select(self, candidates: Sequence[Candidate]) -> list[str]:
        """The ids of the admitted candidates, in the order given."""
        return [c.article.id for c in candidates if self.admits(c)]


def _mission_names(topics: Topics, tracked: Sequence[MissionSpec]) -> frozenset[str]:
    """Every name a topic mission goes by: itself, and all names of a tracked mission it names."""
    names = {_name(m) for m in topics.missions}
    for spec in tracked:
        known = {_name(n) for n in (spec.name, *spec.aliases)}
        if names & known:
            names |= known
    return frozenset(names)


def _on_topic(rule: _Rule, candidate: Candidate) -> bool:
    if rule.missions and any(
        _name(name) in rule.missions for m in candidate.missions for name in (m.mission, *m.aliases)
    ):
        return True
    return any(matches_query(person, q.speaker) for person in rule.people for q in candidate.quotes)
