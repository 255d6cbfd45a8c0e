"""Compose a Brief from the facts of a time window. Pure: no store, no I/O, no formatting.

What makes the cut and in which order is decided here, once, for every transport: developments told by
more outlets first, missions whose status changed first, direct words before paraphrase.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.models import (
    Analysis,
    Article,
    ArticleRef,
    Brief,
    Development,
    Digest,
    MissionStatus,
    MissionUpdate,
    NewItem,
    Quote,
    SourceCount,
)

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


def compose_summary(analysis: Analysis, *, destination: str, now: datetime,
                    limits: BriefLimits = BriefLimits()) -> Brief:
    """A mini-brief of articles analysed on demand (nothing stored): their developments, the missions
    they report on and who said what, titled after the first article's headline."""
    published = {facts.article_id: facts.published for facts in analysis.facts}
    refs = {
        a.id: ArticleRef(id=a.id, title=a.title, url=a.url, source=a.source,
                         published=published.get(a.id) or (a.published_at.date() if a.published_at else None))
        for a in analysis.articles
    }
    headline = analysis.articles[0].title if analysis.articles else "nothing"
    return compose_brief(
        destination=destination, window_start=None, window_end=now, window_article_ids=list(refs), articles=refs,
        developments=analysis.developments, quotes=[q for facts in analysis.facts for q in facts.quotes],
        missions_now=analysis.missions, missions_before=(), limits=limits, title=f"Summary: {headline}",
    )


def compose_item(destination: str, article: Article, ref: ArticleRef) -> NewItem:
    """A new article on its own: its reference and its lead (the first paragraph that is not the title)."""
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    lead = next((p for p in paragraphs if p != article.title.strip()), None)
    return NewItem(destination=destination, article=ref, lead=lead)


def compose_digest(
    *,
    destination: str,
    window_start: datetime | None,
    window_end: datetime,
    articles: Sequence[ArticleRef],
    developments: Sequence[Development],
    max_headlines: int = 5,
) -> Digest:
    """One message for a burst of `articles` (oldest first): how many came from each source, most first,
    and the top headlines, one per story: stories more outlets tell first, then bigger, then newer."""
    counts = Counter(a.source for a in articles)
    order = {a.id: index for index, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    stories: list[list[ArticleRef]] = []
    for development in developments:
        members = [by_id.pop(i) for i in development.article_ids if i in by_id]
        if members:
            stories.append(members)
    stories.extend([a] for a in articles if a.id in by_id)
    stories.sort(key=lambda m: (-len({a.source for a in m}), -len(m), -max(order[a.id] for a in m)))
    return Digest(
        destination=destination, window_start=window_start, window_end=window_end, total=len(articles),
        sources=tuple(SourceCount(source=s, count=n) for s, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))),
        headlines=tuple(max(members, key=lambda a: order[a.id]) for members in stories[:max_headlines]),
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
