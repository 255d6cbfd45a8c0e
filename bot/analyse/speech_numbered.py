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
        first_point = paragraphs[order[position]][0].start
        operative = _operative_body(paragraphs[order[position - 1]], text) or (
            _opening_body(text, first_point) if _POINT.match(text, first_point) else None)
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
                # "9. Urges the parties to resume dialogue, and stresses that …": what it holds comes second
                clause = _HOLDS_THAT.match(text, start) or _AND_HOLDS_THAT.search(text, start, members[-1].end)
                if clause is None:
                    continue
                start = clause.end()
            end = members[-1].end
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            # "6. Decides that …, and stresses that …": two things the body holds
            parts = [(start, end)]
            if operative is not None:
                second = _AND_HOLDS_THAT.search(text, start, end)
                if second is not None:
                    parts = [(start, second.start()), (second.end(), end)]
            for part_start, part_end in parts:
                if part_end > part_start and not any(s < part_end and part_start < e for s, e in credited):
                    result.append(Found(issuer, "indirect", part_start, part_end, "statement", members[0].index))
    return result


# "Acting under Article 7 of its Protocol, the Peace and Security Council:": a communiqué's operative part
_OPERATIVE = re.compile(r"\bthe\s+(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for)\s+)*){0,8}[A-Z][\w'’-]*)\s*:$")


_HOLDS_THAT = re.compile(r"(?:[A-Z][a-z]+s)(?:\s+(?:also|further|again|strongly))?"
                         r"(?:\s+(?:deep|grave|serious)?\s*(?:concern|alarm|regret|hope|conviction))?\s+that\s+")
_AND_HOLDS_THAT = re.compile(r",?\s+and\s+(?:also\s+|further\s+)?[a-z]+s\s+that\s+")
_TRAILING = frozenset(" \t\n;")
# "The Regional Security Council," alone on its line: the body whose numbered paragraphs follow
_OPENING = re.compile(
    r"^(?:The[ \t]+)?(?P<body>(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|and|the|for)[ \t]+)*){0,8}[A-Z][\w'’-]*)[ \t]*,[ \t]*$",
    re.M)


def _operative_body(members: Sequence[Unit], text: str) -> str | None:
    """The body whose decisions the numbered paragraphs after a communiqué's preamble are."""
    last = members[-1]
    found = _OPERATIVE.search(text[last.start:last.end].rstrip())
    return found["body"] if found else None


def _opening_body(text: str, before: int) -> str | None:
    """"The Regional Security Council," on a line of its own before a resolution's or communiqué's numbered
    paragraphs: the body they are the decisions of (a line the body text leaves out, so read from the text)."""
    for found in _OPENING.finditer(text, 0, before):
        if any(word in found["body"].split() for word in _BODY_WORDS):
            return found["body"]
    return None


_BODY_WORDS = frozenset({"Council", "Assembly", "Authority", "Commission", "Committee", "Conference", "Summit"})


def _introduces_statement(members: Sequence[Unit], text: str) -> bool:
    """"The statement … set out the following:": a paragraph that ends with a colon and names a statement."""
    last = members[-1]
    ending = text[last.start:last.end].rstrip()
    return ending.endswith(":") and any(t.low in STATEMENT_NOUNS for unit in members for t in unit.tokens)
