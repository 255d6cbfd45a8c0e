"""Numbered points of a statement quoted as a list: "The statement set out the following:" then "1. The
withdrawal … was completed on 11 June." and "2. …". Each point is what the statement's issuer says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_lexicon import STATEMENT_NOUNS
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_tokens import Unit

_POINT = re.compile(r"\(?(\d{1,2})[.)]\s+")
_MIN_POINTS = 2


def numbered_points(units: Sequence[Unit], text: str, resolver: Resolver, found: Sequence[Found]) -> list[Found]:
    """The points of every numbered list that follows a paragraph introducing a statement with a colon,
    credited to whoever issued the latest statement."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    order = sorted(paragraphs)
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for position in range(1, len(order)):
        if not _introduces_statement(paragraphs[order[position - 1]], text):
            continue
        points = []
        for number, following in enumerate(order[position:], start=1):
            first = paragraphs[following][0]
            label = _POINT.match(text, first.start)
            if label is None or int(label.group(1)) != number:
                break
            points.append((following, label.end()))
        issuers = resolver.issuers.get("statement") or []
        if len(points) < _MIN_POINTS or not issuers:
            continue
        # the body that issued it rather than the official who signed it
        issuer = next((e for e in reversed(issuers) if e.kind == "org"), issuers[-1])
        for following, start in points:
            members = paragraphs[following]
            end = members[-1].end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start and not any(s < end and start < e for s, e in credited):
                result.append(Found(issuer, "indirect", start, end, "statement", members[0].index))
    return result


def _introduces_statement(members: Sequence[Unit], text: str) -> bool:
    """"The statement … set out the following:": a paragraph that ends with a colon and names a statement."""
    last = members[-1]
    ending = text[last.start:last.end].rstrip()
    return ending.endswith(":") and any(t.low in STATEMENT_NOUNS for unit in members for t in unit.tokens)
