"""One way for the quote tests to run the extractor on an invented article: the headline, a blank line, the
body; the contract is checked on every quote found (its span indexes the article text exactly)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analyse.quotes import extract_quotes
from bot.models import Article, Quote

HEADLINE = "Officials weigh the next steps"


def quotes_of(body: str, headline: str = HEADLINE) -> list[Quote]:
    text = f"{headline}\n\n{body}"
    found = extract_quotes(Article(id="t1", source="test", title=headline, text=text, fetched_at=datetime.now(UTC)))
    for quote in found:
        if quote.start is not None and quote.end is not None:
            assert text[quote.start:quote.end] == quote.text
    return found


def said(found: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in found]
