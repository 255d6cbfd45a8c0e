"""Read what a brief needs for one time window from the store and hand it to compose.

Shared by the scheduled pipeline and the `/brief` look-up so both show exactly the same brief.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.analyse.missions import merge_missions
from bot.compose import BriefLimits, compose_brief
from bot.models import Brief, MissionSpec
from bot.store import Store


def load_brief(
    store: Store,
    *,
    destination: str,
    window_start: datetime | None,
    window_end: datetime,
    source_names: Sequence[str] | None = None,
    tracked: Sequence[MissionSpec] = (),
    limits: BriefLimits = BriefLimits(),
    title: str = "News brief",
) -> Brief:
    article_ids = store.articles.ids_fetched_between(window_start, window_end, source_names)
    developments = store.developments.containing(article_ids)
    quotes = store.facts.quotes_for(article_ids)
    missions_now = merge_missions(store.facts.mission_facts(until=window_end), tracked)
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
