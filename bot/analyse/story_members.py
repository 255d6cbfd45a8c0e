"""What clustering keeps of an article once it is filed into a story: a `StoryMember`.

Later runs compare new articles with stored stories through these (a few kilobytes each, kept in the
store) instead of reading and re-tokenising the stories' texts, so a run's memory does not grow with
the stories of the last days. They hold exactly what clustering derives from a text, so a story is
clustered the same whether its members come from the store or from their texts.
"""

from __future__ import annotations

from array import array
from datetime import date

from bot.analyse.cluster_vectors import shingle_hashes, term_counts
from bot.analyse.dates import article_date
from bot.models import Article, StoryMember

_PRINT_TYPE = "I"  # crc32 hashes fit 32 bits: half the size of the platform's "L"


def member_of(article: Article) -> StoryMember:
    """The article as clustering sees it: term counts, event day and wording fingerprint."""
    hashes = array(_PRINT_TYPE, dict.fromkeys(shingle_hashes(article.text)))  # first occurrences, text order
    return StoryMember(
        article_id=article.id,
        source=article.source,
        title=article.title,
        fetched_at=article.fetched_at,
        day=event_day(article),
        terms=term_counts(article.title, article.text),
        prints=hashes.tobytes(),
    )


def event_day(article: Article) -> date | None:
    """When the article's event happened: its metadata, else the date its text gives."""
    if article.published_at:
        return article.published_at.date()
    return article_date(article.text)


def print_hashes(member: StoryMember) -> array[int]:
    """The hashes of the member's fingerprint, each once, in text order."""
    hashes = array(_PRINT_TYPE)
    hashes.frombytes(member.prints)
    return hashes


def fingerprint(member: StoryMember) -> frozenset[int]:
    """`shingles` of the member's text: built in text order as `shingles` builds it, so it iterates in the
    same order (which decides ties between equally close originals of a wire copy)."""
    return frozenset(set(print_hashes(member)))
