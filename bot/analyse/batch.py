"""One article, or a batch analysed together: the entry points the pipeline and `briefbot analyze` call.

Per-article facts (quotes, mission observations) depend only on the article; clusters and merged mission
status depend on the whole batch, which is why `analyze` takes all its inputs at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.analyse.dates import article_date
from bot.analyse.developments import cluster_developments
from bot.analyse.missions import extract_missions, merge_missions
from bot.analyse.quotes import extract_quotes
from bot.models import Analysis, Article, ArticleFacts, MissionSpec


def analyse_article(article: Article, tracked: Sequence[MissionSpec] = ()) -> ArticleFacts:
    published = article.published_at.date() if article.published_at else article_date(article.text)
    return ArticleFacts(
        article_id=article.id,
        published=published,
        quotes=tuple(extract_quotes(article)),
        missions=tuple(extract_missions(article, published, tracked)),
    )


def analyse_batch(
    articles: Sequence[Article],
    tracked: Sequence[MissionSpec] = (),
    existing_clusters: Mapping[str, Sequence[Article]] | None = None,
) -> Analysis:
    facts = tuple(analyse_article(article, tracked) for article in articles)
    return Analysis(
        articles=tuple(articles),
        facts=facts,
        missions=tuple(merge_missions(facts, tracked)),
        developments=tuple(cluster_developments(articles, existing_clusters or {})),
    )
