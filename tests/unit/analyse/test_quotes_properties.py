"""Properties of `extract_quotes` on generated text: it never fails, and every quote it reports is exactly the
text at its span. Texts are assembled from pieces of news copy (names, cues, marks, apostrophes) so that the
attribution code runs, not just the tokenizer."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analyse.quotes import extract_quotes
from bot.analyse.speech_lexicon import MEDIUMS
from bot.models import Article

PIECES = [
    "said", "told reporters", "according to", "added", "warned that", "explained that", ",", ".", ":", ";",
    '"', "“", "”", "‘", "’", "'", "\n", "\n\n", " ", "he", "she", "it", "they", "who", "which", "the statement",
    "the ministry", "a Pentagon spokesperson", "Maj. Gen. John W. Brennan", "Brennan", "Qasim al-Araji",
    "VASSILY ORLOV (Russian Federation)", "CENTCOM", "(JOC)", "Iraq’s", "don't", "We will stay", "as long as",
    "a turning point", "described the move as", "in a tweet", "So", "Read More:", "—", "(", ")", "U.S.", "Dec. 9",
    "in a statement", "at a news conference", "in an interview", "on Facebook", "in a speech",
    "Paris (AFP) -", "the regional bloc", "the group", "according to Pentagon figures", "ruling that", "?",
    "Those were the words of", "spoke by telephone", "Is", "the 23-year-old", "and vowed to", "but denied that",
    "Cllr", "D-N.Y.", "titled", "found that", "A UN report", "the mediators", "Smith and Jones", "'s", "at least",
    "a reference to", "leaving", "Mr", "a spokeswoman for", "of the", "Community", "(SADC)",
]


def run(text: str) -> None:
    title = text.split("\n", 1)[0]
    article = Article(id="p", source="test", title=title, text=text, fetched_at=datetime.now(UTC))
    for quote in extract_quotes(article):
        assert quote.speaker.strip()
        assert quote.start is not None and quote.end is not None
        assert article.text[quote.start:quote.end] == quote.text
        assert quote.text == quote.text.strip()
        assert quote.kind in ("direct", "partial", "indirect")
        assert quote.medium is None or quote.medium in MEDIUMS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_news_like_text_never_breaks_the_span_contract(text: str) -> None:
    run(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    run(text)
