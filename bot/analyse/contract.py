"""The analysis contract: the JSON object `briefbot analyze --format json` prints.

Evaluation scripts read this shape, so fields are only ever added, never renamed or removed.
"""

from __future__ import annotations

from typing import Any

from bot.models import Analysis


def to_contract(analysis: Analysis) -> dict[str, Any]:
    published = {facts.article_id: facts.published for facts in analysis.facts}
    return {
        "articles": [
            {
                "id": article.id,
                "title": article.title,
                "url": article.url,
                "source": article.source,
                "published": _iso(published.get(article.id)),
            }
            for article in analysis.articles
        ],
        "quotes": [
            {
                "speaker": quote.speaker,
                "speaker_title": quote.speaker_title,
                "speaker_org": quote.speaker_org,
                "text": quote.text,
                "kind": quote.kind,
                "medium": quote.medium,
                "article_id": quote.article_id,
                "start": quote.start,
                "end": quote.end,
            }
            for facts in analysis.facts
            for quote in facts.quotes
        ],
        "missions": [
            {
                "name": mission.mission,
                "aliases": list(mission.aliases),
                "status": mission.status,
                "roles": list(mission.roles),
                "since": _iso(mission.since),
                "previous_status": mission.previous_status,
                "evidence": [evidence.model_dump() for evidence in mission.evidence],
            }
            for mission in analysis.missions
        ],
        "developments": [
            {
                "id": development.id,
                "headline": development.headline,
                "summary": [sentence.text for sentence in development.summary],
                "summary_article_ids": [sentence.article_id for sentence in development.summary],
                "article_ids": list(development.article_ids),
            }
            for development in analysis.developments
        ],
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
