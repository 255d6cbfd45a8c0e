"""One article, or a batch analysed together: the entry points the pipeline and `briefbot analyze` call.

Per-article facts (quotes, mission observations) depend only on the article; clusters and merged mission
status depend on the whole batch, which is why `analyze` takes all its inputs at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from bot.analyse.dates import article_date, dateline_near
from bot.analyse.developments import cluster_developments
from bot.analyse.missions import extract_missions, merge_missions
from bot.analyse.quotes import extract_quotes
from bot.models import Analysis, Article, ArticleFacts, MissionSpec


def _published(article: Article) -> date | None:
    return article.published_at.date() if article.published_at else article_date(article.text)


def analyse_article(
    article: Article, tracked: Sequence[MissionSpec] = (), published: date | None = None
) -> ArticleFacts:
    """`published` is the article's date when the caller knows better than the article (see analyse_batch)."""
    published = published or _published(article)
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
    # an article whose dateline has no year ("March 6 (Reuters)") takes it from the articles read with it
    published = [_published(article) for article in articles]
    known = [d for d in published if d is not None]
    if known and None in published:
        published = [d or dateline_near(a.text, known) for a, d in zip(articles, published, strict=True)]
    facts = tuple(analyse_article(a, tracked, d) for a, d in zip(articles, published, strict=True))
    return Analysis(
        articles=tuple(articles),
        facts=facts,
        missions=tuple(merge_missions(facts, tracked)),
        developments=tuple(cluster_developments(articles, existing_clusters or {})),
    )
