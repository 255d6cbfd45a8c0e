"""Short adverbials that wire copy puts between a subject and its reporting verb: "The army on Tuesday said",
"Police late on Sunday said", "The ministry in a statement said", "Wisma Putra in a post on X said", "the
envoy last week told", and the verbs that carry a reporting verb's infinitive ("Mr. X went on to say", "the
minister was quick to add"). Skipping them finds the subject the verb belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_tokens import Token

_WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
_MONTHS = word_set(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec"""
)
_DAY_PARTS = word_set("morning afternoon evening night")
_PERIODS = word_set("week month year weekend")
_MEDIA = word_set("statement post letter interview tweet briefing speech communique communiqué message video")
_OWNERS = word_set("a an the its his her their")
_CONFERENCES = word_set("conference briefing")
_GO_ON = word_set("went goes go gone going")
_BE = word_set("was is were are")
_EAGER = word_set("quick careful keen eager swift")


def _day_start(tokens: Sequence[Token], end: int) -> int | None:
    """"on Tuesday", "late on Sunday", "on Tuesday night", "on March 3", "last Friday"."""
    index = end
    if tokens[index].low in _DAY_PARTS and index > 0:
        index -= 1
    if tokens[index].low in _WEEKDAYS and index > 0 and tokens[index - 1].low == "last":
        return index - 1
    if tokens[index].text.isdigit() and index > 0 and tokens[index - 1].low in _MONTHS:
        index -= 1
    elif tokens[index].low not in _WEEKDAYS:
        return None
    if index == 0 or tokens[index - 1].low != "on":
        return None
    start = index - 1
    return start - 1 if start > 0 and tokens[start - 1].low in ("late", "early") else start


def _period_start(tokens: Sequence[Token], end: int) -> int | None:
    """"last week", "earlier this month"."""
    if tokens[end].low not in _PERIODS or end == 0 or tokens[end - 1].low not in ("last", "this"):
        return None
    start = end - 1
    return start - 1 if start > 0 and tokens[start - 1].low in ("earlier", "later") else start


def _medium_start(tokens: Sequence[Token], end: int) -> int | None:
    """"in a statement", "in a written statement", "in a post on X", "at a press conference"."""
    index = end
    if index > 1 and tokens[index - 1].low == "on" and tokens[index].name:  # "… on X", "… on Telegram"
        index -= 2
    head = tokens[index].low
    if head not in _MEDIA and head not in _CONFERENCES:
        return None
    index -= 1
    if index >= 0 and tokens[index].kind == "w" and tokens[index].text.islower() and tokens[index].low not in _OWNERS:
        index -= 1  # "a joint statement", "a press conference"
    if index < 1 or tokens[index].low not in _OWNERS or tokens[index - 1].low not in ("in", "at", "via", "through"):
        return None
    if tokens[index - 1].low == "at" and head not in _CONFERENCES:
        return None
    return index - 1


_TAKE = frozenset({"took", "takes", "take", "taking"})


def catenative_start(tokens: Sequence[Token], end: int) -> int | None:
    """"went on to", "was quick to", "hastened to" ending at tokens[end]: where it starts, or None."""
    if end < 1 or tokens[end].low != "to":
        return None
    before = tokens[end - 1].low
    if before == "hastened":
        return end - 1
    if end < 2:
        return None
    if before == "on" and tokens[end - 2].low in _GO_ON:
        start = end - 2
        return start - 1 if start > 0 and tokens[start - 1].low in ("has", "had", "have") else start
    if before in _EAGER and tokens[end - 2].low in _BE:
        return end - 2
    if before == "floor" and end >= 3 and tokens[end - 2].low == "the" and tokens[end - 3].low in _TAKE:
        return end - 3  # "later took the floor to say that …"
    return None


def adverbial_start(tokens: Sequence[Token], end: int) -> int | None:
    """Where a time or medium adverbial ending at tokens[end] starts, or None when none ends there."""
    if end < 1 or tokens[end].kind != "w":
        return None
    for find in (_day_start, _period_start, _medium_start, catenative_start):
        start = find(tokens, end)
        if start is not None:
            return start
    return None
