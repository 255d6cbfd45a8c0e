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
        operative = _operative_body(paragraphs[order[position - 1]], text)
        if operative is None and not _introduces_statement(paragraphs[order[position - 1]], text):
            continue
        points = []
        for number, following in enumerate(order[position:], start=1):
            first = paragraphs[following][0]
            label = _POINT.match(text, first.start)
            if label is None or int(label.group(1)) != number:
                break
            points.append((following, label.end()))
        issuers = resolver.issuers.get("statement") or []
        if len(points) < _MIN_POINTS or not (issuers or operative):
            continue
        # the body that issued it rather than the official who signed it
        issuer = (resolver.registry.find_org(operative) or resolver.registry.org(operative)) if operative else next(
            (e for e in reversed(issuers) if e.kind == "org"), issuers[-1])
        for following, label_end in points:
            members = paragraphs[following]
            start = label_end
            if operative is not None:
                # "3. Underlines that the drawdown … does not signify …": what the body holds is the clause;
                # "Welcomes the briefing", "Requests the Commission to …" are decisions, not statements
                clause = _HOLDS_THAT.match(text, start)
                if clause is None:
                    continue
                start = clause.end()
            end = members[-1].end
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start and not any(s < end and start < e for s, e in credited):
                result.append(Found(issuer, "indirect", start, end, "statement", members[0].index))
    return result


# "Acting under Article 7 of its Protocol, the Peace and Security Council:": a communiqué's operative part
_OPERATIVE = re.compile(r"\bthe\s+(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for)\s+)*){0,8}[A-Z][\w'’-]*)\s*:$")


_HOLDS_THAT = re.compile(r"(?:[A-Z][a-z]+s)(?:\s+(?:also|further|again|strongly))?\s+that\s+")


def _operative_body(members: Sequence[Unit], text: str) -> str | None:
    """The body whose decisions the numbered paragraphs after a communiqué's preamble are."""
    last = members[-1]
    found = _OPERATIVE.search(text[last.start:last.end].rstrip())
    return found["body"] if found else None


def _introduces_statement(members: Sequence[Unit], text: str) -> bool:
    """"The statement … set out the following:": a paragraph that ends with a colon and names a statement."""
    last = members[-1]
    ending = text[last.start:last.end].rstrip()
    return ending.endswith(":") and any(t.low in STATEMENT_NOUNS for unit in members for t in unit.tokens)
