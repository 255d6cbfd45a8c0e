"""Read what a brief needs for one time window from the store and hand it to compose.

Shared by the scheduled pipeline and the `/brief` look-up so both show exactly the same brief. A
destination's subscriptions decide which of the window's articles are its news (bot.selection).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.analyse.missions import merge_missions
from bot.compose import BriefLimits, compose_brief
from bot.models import ArticleFacts, Brief, MissionSpec, MissionStatus, Quote, Subscription
from bot.selection import Candidate, Selector, needs_content, subscribed_sources
from bot.settings import Destination
from bot.store import Store


def subscriptions_of(store: Store, destination: Destination) -> list[Subscription]:
    """What `destination` receives: what its settings declare (config wins), plus what commands added for
    the sources the settings do not name."""
    declared = list(destination.declared_subscriptions())
    named = {s.source for s in declared}
    return declared + [
        s for s in store.subscriptions.for_destination(destination.name)
        if s.origin == "command" and s.source not in named
    ]


def receives(subscriptions: Sequence[Subscription], source: str) -> bool:
    return any(s.source in (None, source) for s in subscriptions)


def load_brief(
    store: Store,
    *,
    destination: str,
    window_start: datetime | None,
    window_end: datetime,
    subscriptions: Sequence[Subscription] | None = None,
    tracked: Sequence[MissionSpec] = (),
    limits: BriefLimits = BriefLimits(),
    title: str = "News brief",
) -> Brief:
    """The brief of what arrived in (window_start, window_end]; with `subscriptions`, only what they admit
    (None: everything)."""
    mission_facts = store.facts.mission_facts(until=window_end)
    article_ids = subscribed_ids(store, window_start, window_end, subscriptions, tracked=tracked,
                                 mission_facts=mission_facts)
    developments = store.developments.containing(article_ids)
    quotes = store.facts.quotes_for(article_ids)
    missions_now = merge_missions(mission_facts, tracked)
    missions_before = (
        merge_missions(store.facts.mission_facts(until=window_start), tracked) if window_start else []
    )
    referenced = set(article_ids)
    referenced.update(a for d in developments for a in d.article_ids)
    referenced.update(e.article_id for m in missions_now for e in m.evidence)
    return compose_brief(
        destination=destination,
        window_start=window_start,
        window_end=window_end,
        window_article_ids=article_ids,
        articles=store.articles.refs(referenced),
        developments=developments,
        quotes=quotes,
        missions_now=missions_now,
        missions_before=missions_before,
        limits=limits,
        title=title,
    )


def subscribed_ids(
    store: Store,
    window_start: datetime | None,
    window_end: datetime,
    subscriptions: Sequence[Subscription] | None,
    *,
    tracked: Sequence[MissionSpec] = (),
    mission_facts: Sequence[ArticleFacts] | None = None,
) -> list[str]:
    """The announced articles fetched in the window that `subscriptions` admit, oldest first."""
    if subscriptions is not None and not subscriptions:
        return []
    sources = None if subscriptions is None else subscribed_sources(subscriptions)
    ids = store.articles.ids_fetched_between(window_start, window_end, sources)
    if subscriptions is None:
        return ids
    return admitted(store, ids, subscriptions, tracked=tracked, mission_facts=mission_facts)


def admitted(
    store: Store,
    ids: Sequence[str],
    subscriptions: Sequence[Subscription],
    *,
    tracked: Sequence[MissionSpec] = (),
    mission_facts: Sequence[ArticleFacts] | None = None,
) -> list[str]:
    """The ids among `ids` that `subscriptions` admit (reading text and facts only when a filter or a
    topic needs them). `mission_facts`: the mission observations already read, if any."""
    if not ids or not subscriptions:
        return []
    selector = Selector(subscriptions, tracked)
    if not needs_content(subscriptions):
        refs = store.articles.refs(ids)
        return [i for i in ids if i in refs and selector.admits_source(refs[i].source)]
    wanted = set(ids)
    said: dict[str, list[Quote]] = {}
    for quote in store.facts.quotes_for(ids):
        said.setdefault(quote.article_id, []).append(quote)
    observed: dict[str, tuple[MissionStatus, ...]] = {
        facts.article_id: facts.missions
        for facts in (store.facts.mission_facts() if mission_facts is None else mission_facts)
        if facts.article_id in wanted
    }
    return selector.select([
        Candidate(article, said.get(article.id, ()), observed.get(article.id, ()))
        for article in store.articles.get(ids)
    ])
