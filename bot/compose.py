"""Compose a Brief from the facts of a time window. Pure: no store, no I/O, no formatting.

What makes the cut and in which order is decided here, once, for every transport: developments told by
more outlets first, missions whose status changed first, direct words before paraphrase.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.models import ArticleRef, Brief, Development, MissionStatus, MissionUpdate, Quote

_KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


@dataclass(frozen=True, slots=True)
class BriefLimits:
    max_developments: int = 8
    max_quotes: int = 10
    max_missions: int = 10
    max_quotes_per_speaker: int = 3


def compose_brief(
    *,
    destination: str,
    window_start: datetime | None,
    window_end: datetime,
    window_article_ids: Collection[str],
    articles: Mapping[str, ArticleRef],
    developments: Sequence[Development],
    quotes: Sequence[Quote],
    missions_now: Sequence[MissionStatus],
    missions_before: Sequence[MissionStatus],
    limits: BriefLimits = BriefLimits(),
    title: str = "News brief",
) -> Brief:
    """A brief of what arrived in (window_start, window_end].

    `developments` and `quotes` may include older material; only what touches the window is kept.
    `missions_now` / `missions_before` are the merged mission statuses at the end and start of the window.
    """
    in_window = set(window_article_ids)
    chosen_developments = _developments(developments, in_window, articles, limits.max_developments)
    chosen_quotes = _quotes([q for q in quotes if q.article_id in in_window], chosen_developments, limits)
    chosen_missions = _missions(missions_now, missions_before, in_window, limits.max_missions)
    cited = {a for d in chosen_developments for a in d.article_ids}
    cited |= {s.article_id for d in chosen_developments for s in d.summary}
    cited |= {q.article_id for q in chosen_quotes}
    cited |= {e.article_id for m in chosen_missions for e in m.status.evidence}
    return Brief(
        destination=destination,
        title=title,
        window_start=window_start,
        window_end=window_end,
        developments=tuple(chosen_developments),
        missions=tuple(chosen_missions),
        quotes=tuple(chosen_quotes),
        articles={article_id: articles[article_id] for article_id in sorted(cited) if article_id in articles},
    )


def _developments(
    developments: Sequence[Development], in_window: set[str], articles: Mapping[str, ArticleRef], limit: int
) -> list[Development]:
    def newest(development: Development) -> date:
        dates = [articles[a].published for a in development.article_ids if a in articles]
        return max((d for d in dates if d is not None), default=date.min)

    def outlets(development: Development) -> int:
        return len({articles[a].source for a in development.article_ids if a in articles})

    touching = [d for d in developments if in_window.intersection(d.article_ids)]
    touching.sort(key=lambda d: (-outlets(d), -len(d.article_ids), -newest(d).toordinal(), d.id))
    return touching[:limit]


def _quotes(candidates: Sequence[Quote], stories: Sequence[Development], limits: BriefLimits) -> list[Quote]:
    """Every story gets its turn (the most important first), direct words before paraphrase; no speaker
    crowds out the others; the same words reported by two outlets appear once."""
    rank = {article_id: index for index, story in enumerate(stories) for article_id in story.article_ids}
    groups: dict[int, list[tuple[int, Quote]]] = {}
    for position, quote in enumerate(candidates):
        groups.setdefault(rank.get(quote.article_id, len(stories)), []).append((position, quote))
    queues = [sorted(groups[key], key=lambda item: (_KIND_ORDER[item[1].kind], item[0])) for key in sorted(groups)]
    seen: set[tuple[str, str]] = set()
    per_speaker: dict[str, int] = {}
    chosen: list[tuple[int, int, Quote]] = []
    for turn in range(max((len(queue) for queue in queues), default=0)):
        for story_rank, queue in enumerate(queues):
            if turn >= len(queue) or len(chosen) >= limits.max_quotes:
                continue
            position, quote = queue[turn]
            key = (quote.speaker.lower(), " ".join(quote.text.lower().split()))
            if key in seen or per_speaker.get(quote.speaker, 0) >= limits.max_quotes_per_speaker:
                continue
            seen.add(key)
            per_speaker[quote.speaker] = per_speaker.get(quote.speaker, 0) + 1
            chosen.append((story_rank, position, quote))
    return [quote for _, _, quote in sorted(chosen, key=lambda item: item[:2])]


def _missions(
    now: Sequence[MissionStatus], before: Sequence[MissionStatus], in_window: set[str], limit: int
) -> list[MissionUpdate]:
    """Missions with news in the window, those whose status changed first."""
    previous: dict[str, MissionStatus] = {}
    for mission in before:
        for name in _names(mission):
            previous.setdefault(name, mission)

    def status_before(mission: MissionStatus) -> MissionStatus | None:
        return next((previous[name] for name in _names(mission) if name in previous), None)

    updates = []
    for mission in now:
        if any(e.article_id in in_window for e in mission.evidence):
            earlier = status_before(mission)
            updates.append(MissionUpdate(status=mission, status_at_previous_brief=earlier.status if earlier else None))
    updates.sort(key=lambda u: (not u.changed, u.status.mission.lower()))
    return updates[:limit]


def _names(mission: MissionStatus) -> list[str]:
    return [name.lower() for name in (mission.mission, *mission.aliases)]
