"""Find quoted passages: pair opening and closing quotation marks in each paragraph.

Marks are judged by what surrounds them rather than by their shape alone, because feeds mix straight and
curly marks and sometimes use the wrong curly one. Double marks are the primary quotation marks; single
marks are only taken as quotation marks in a paragraph without double marks (nested quotes stay inside
the passage), and a mark between two letters is always an apostrophe ("don't", "Iraq’s").
A passage left open at the end of a paragraph continues when the next paragraph opens with a mark — the
news convention for a quote running over several paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.analyse.sentences import Span

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"[‘’']")
_OPEN_CONTEXT = frozenset(" \t([{—–-/:;,\"“”„«»‘’'")
_CLOSE_CONTEXT = frozenset(" \t,.;:!?)]}—–-…\"“”„«»‘’'")
_STRONG_OPEN = frozenset("“„«")
_STRONG_CLOSE = frozenset("”»")

Role = Literal["open", "close", "either", "none"]


@dataclass(frozen=True, slots=True)
class Segment:
    """One quoted passage inside one paragraph. `open`/`close` index the marks in the article text (`close`
    is None when the passage runs to the paragraph's end); `start`/`end` delimit the words inside, without
    surrounding spaces or a trailing comma. `continued`: the passage carries on a quote from the previous
    paragraph."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int
    continued: bool = False

    @property
    def outer_end(self) -> int:
        """Index just after the closing mark (or the inner end when there is none)."""
        return self.close + 1 if self.close is not None else self.end


def _role(text: str, index: int) -> Role:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    can_open = before in _OPEN_CONTEXT and not after.isspace()
    can_close = not before.isspace() and after in _CLOSE_CONTEXT
    mark = text[index]
    if can_open and can_close:
        if mark in _STRONG_OPEN:
            return "open"
        return "close" if mark in _STRONG_CLOSE else "either"
    if can_open:
        return "open"
    if can_close:
        return "close"
    return "none"


def _double_pairs(text: str) -> list[tuple[int, int | None]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    for match in _DOUBLE.finditer(text):
        index = match.start()
        role = _role(text, index)
        if role == "none":
            continue
        if opened is None:
            if role != "close":
                opened = index
        elif role == "open" and text[index] in _STRONG_OPEN:
            opened = index  # the earlier mark was never closed: a typo, not a quotation
        elif role != "open":
            pairs.append((opened, index))
            opened = None
    if opened is not None:
        pairs.append((opened, None))
    return pairs


def _single_pairs(text: str) -> list[tuple[int, int | None]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    for match in _SINGLE.finditer(text):
        index = match.start()
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        role = _role(text, index)
        if opened is None:
            if role in ("open", "either") and text[index] != "’" and not after.isdigit():
                opened = index
        elif role in ("close", "either") and text[index] != "‘":
            if before in "sS" and after.isspace() and _SINGLE.search(text, index + 1) is not None:
                continue  # most likely a plural possessive ("the parents’ house")
            pairs.append((opened, index))
            opened = None
    return pairs


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def quote_segments(text: str, paragraphs: list[Span]) -> list[Segment]:
    """Every quoted passage of the given paragraphs, in reading order."""
    segments: list[Segment] = []
    carried = False  # the previous paragraph ended inside a quotation
    for paragraph in paragraphs:
        body = paragraph.text
        pairs = _double_pairs(body) if _DOUBLE.search(body) else _single_pairs(body)
        continues = carried and bool(pairs) and pairs[0][0] == 0
        carried = False
        for number, (opened, closed) in enumerate(pairs):
            inner_end = closed if closed is not None else len(body)
            start, end = _inner(body, opened + 1, inner_end)
            if start >= end:
                continue
            base = paragraph.start
            segments.append(Segment(base + opened, None if closed is None else base + closed, base + start,
                                    base + end, paragraph.paragraph, continues and number == 0))
            carried = closed is None
    return segments
