"""Paragraphs and sentences with their character offsets in the article text.

Every extractor works on these spans so that what it reports can be traced back to the exact characters
of the article (quotes must be verbatim). The splitter is a small rule set instead of pysbd: pysbd took
~16 ms per 700-word article, more than the whole analysis budget, while news prose needs only a few
rules — keep titles and initials ("Maj. Gen. John W. Brennan", "Dec. 9", "U.S.") inside their sentence and
let a full stop inside a closing quotation mark end the sentence. Results (paragraphs and sentences) are
cached per text because several extractors ask for them for the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.analyse.speech_lexicon import word_set

_LINE = re.compile(r"[^\n]+")
_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())
# A run of terminal punctuation, closing marks, then space and something that can start a sentence.
_BOUNDARY = re.compile(rf"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[{_UPPER}0-9])")
_DOUBLE_MARK = re.compile(r'[“”"]')
_WORD_BEFORE = re.compile(r"[\w.’'-]+$")
# Abbreviations that are not ends of sentences when followed by a capital or a number.
_ABBREVIATIONS = word_set(
    """mr mrs ms dr prof gen lt col maj brig capt cmdr cdr adm sgt cpl pvt gov sen rep rev hon amb sec pres
    supt insp det st jr sr no nos vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec
    fig al approx est dept univ mt ft ave blvd ret retd rtd"""
)
# After an abbreviation that can also end a sentence ("in the U.S."), these words start a new one.
_STARTERS = word_set(
    """the a an he she it they we i but and in on at this that these those his her their its our however
    meanwhile there his if when while after before during according"""
)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: `text == article_text[start:end]`, stripped of surrounding whitespace."""

    text: str
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines: in every format we ingest, a news paragraph is one line."""
    return list(_paragraphs(text))


@lru_cache(maxsize=64)
def _paragraphs(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append(Span(stripped, start, start + len(stripped), len(spans)))
    return tuple(spans)


def _is_boundary(paragraph: str, stop: int, next_start: int) -> bool:
    """Whether the full stop at `stop` ends a sentence, judged by the word it ends and the word after."""
    if paragraph[stop] != ".":
        return True
    match = _WORD_BEFORE.search(paragraph, max(0, stop - 30), stop)
    if match is None:
        return True
    word = match.group().lstrip("’'-")
    bare = word.rstrip(".").lower()
    following = paragraph[next_start:next_start + 20].lstrip("\"“‘'([").split(" ", 1)[0].lower()
    following = following.strip(",.;:’'\"”")
    if bare in _ABBREVIATIONS:
        return following in _STARTERS and bare not in {"mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col"}
    opens_quote = paragraph[next_start:next_start + 1] in ("“", '"')
    if len(bare) == 1 and bare.isalpha() and word[0].isupper():  # an initial: "John W. Brennan"
        return following in _STARTERS or opens_quote
    if "." in bare:  # dotted acronym: "U.S.", "a.m."
        return following in _STARTERS or opens_quote
    return True


def _quoted(paragraph: str) -> list[tuple[int, int]]:
    """Stretches inside double quotation marks that close within the paragraph: a quoted passage of
    several sentences stays one sentence, as its attribution usually follows its last full stop."""
    stretches: list[tuple[int, int]] = []
    opened = -1
    for match in _DOUBLE_MARK.finditer(paragraph):
        mark = match.group()
        if opened < 0 and mark != "”":
            opened = match.start()
        elif opened >= 0 and mark != "“":
            stretches.append((opened, match.start()))
            opened = -1
    return stretches


def _split(paragraph: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    start = 0
    quoted = _quoted(paragraph) if "“" in paragraph or '"' in paragraph else []
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group().rstrip())
        if any(a < end <= b for a, b in quoted):
            continue
        if _is_boundary(paragraph, match.start(), match.end()):
            pieces.append((start, end))
            start = match.end()
    if start < len(paragraph):
        pieces.append((start, len(paragraph)))
    return pieces


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    result: list[Span] = []
    for paragraph in _paragraphs(text):
        for start, end in _split(paragraph.text):
            result.append(Span(paragraph.text[start:end], paragraph.start + start, paragraph.start + end,
                               paragraph.paragraph))
    return tuple(result)


def sentences(text: str) -> list[Span]:
    """Sentences in reading order, never crossing a paragraph break."""
    return list(_sentences(text))


def clear_cache() -> None:
    """Forget cached splits (for benchmarks that time the splitter itself)."""
    _sentences.cache_clear()
    _paragraphs.cache_clear()
