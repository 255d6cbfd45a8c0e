"""Paragraphs and sentences with their character offsets in the article text.

Every extractor works on these spans so that what it reports can be traced back to the exact characters
of the article (quotes must be verbatim). pysbd is used because it keeps titles such as "Maj. Gen.",
"Dr." and "U.S." inside their sentence, where simpler splitters break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: `text == article_text[start:end]`, stripped of surrounding whitespace."""

    text: str
    start: int
    end: int
    paragraph: int


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines: in every format we ingest, a news paragraph is one line."""
    spans: list[Span] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append(Span(stripped, start, start + len(stripped), len(spans)))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentences in reading order, never crossing a paragraph break."""
    result: list[Span] = []
    for paragraph_index, paragraph in enumerate(paragraphs(text)):
        cursor = paragraph.start
        for piece in _segmenter().segment(paragraph.text):
            stripped = piece.strip()
            if not stripped:
                continue
            start = text.find(stripped, cursor, paragraph.end)
            if start < 0:  # pysbd altered the text; fall back to the rest of the paragraph
                start = cursor
                stripped = text[cursor:paragraph.end].strip()
                if not stripped:
                    break
            end = start + len(stripped)
            result.append(Span(stripped, start, end, paragraph_index))
            cursor = end
    return result
