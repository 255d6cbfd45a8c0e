"""Where a sentence's subject starts: past a live blog's timestamp, a conjunction and up to three opening
phrases ("Meanwhile, in Kyiv, …", "Two days later, …", "Asked about the vote, …"), each ending at a comma."""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.people_names import is_name_word, is_title_word
from bot.analyse.speech_apposed import INTRO
from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_runs import name_end
from bot.analyse.speech_tokens import Token

_SUBJECT_PRONOUNS = word_set("he she they we")
_SUBORDINATORS = word_set("after before since while when as although though because if once until whereas whether")


def _pronoun_before_comma(tokens: Sequence[Token], start: int, comma: int) -> int | None:
    """"Earlier this week she met the commander, General X.": an opening adverbial without its comma, so the
    subject is the pronoun inside it, not the name apposed after the first comma. A subordinate clause
    ("After she met him, X said") has its own subject, so a pronoun after a subordinator does not count."""
    if tokens[start].low in _SUBORDINATORS:
        return None
    return next((i for i in range(start + 1, comma) if tokens[i].low in _SUBJECT_PRONOUNS
                 and tokens[i - 1].low not in _SUBORDINATORS), None)


_CLOCK_WORDS = frozenset({"am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "cet", "bst", "edt", "est", "local"})


def _after_timestamp(tokens: Sequence[Token], upto: int) -> int:
    if not tokens or not tokens[0].text.isdigit():
        return 0
    index = 0
    while index < min(upto, 8) and (tokens[index].text.isdigit() or tokens[index].text in (":", ".", "–", "-", "—")
                                    or tokens[index].low in _CLOCK_WORDS):
        index += 1
    return index if index > 1 and tokens[index - 1].text in (":", "–", "-", "—") else 0


_TIME_WORDS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "moments", "shortly", "soon",
                         "just", "only", "two", "three", "several", "a", "an", "one"})
_INTRO_REACH = 14  # an opening phrase ends at a comma within this many tokens
_TIME_REACH = 22  # "Minutes after the 3-0 defeat against Boca Juniors at La Bombonera on Sunday night,"
_TIME_LINKS = frozenset({"after", "before", "later", "earlier", "ago"})


def _time_opening(tokens: Sequence[Token], start: int, upto: int) -> bool:
    """"Minutes after the defeat, …", "Two days later, …", "Shortly before the vote, …": a time that opens
    the sentence before its subject."""
    return tokens[start].low in _TIME_WORDS and any(
        t.low in _TIME_LINKS for t in tokens[start + 1:min(upto, start + 4)])


_IRREGULAR_PARTICIPLES = frozenset({"born", "raised", "grown", "known", "taken", "given", "chosen", "brought"})


def _participle_opening(tokens: Sequence[Token], start: int) -> bool:
    """"Born in Cape Coast, she was …", "Asked about the vote, he said …": a past participle opening the sentence."""
    token = tokens[start]
    return token.kind == "w" and token.text[:1].isupper() and (
        token.low in _IRREGULAR_PARTICIPLES or (token.low.endswith("ed") and len(token.low) > 4)) and (
        not _describes_name(tokens, start + 1))


def _describes_name(tokens: Sequence[Token], first: int) -> bool:
    """"Retired Master Sergeant Tom X, writing from Y, …": the participle describes the titled name after it,
    which runs up to a comma and ends on two name words."""
    if first >= len(tokens) or not (is_name_word(tokens[first]) or is_title_word(tokens[first])):
        return False
    last = name_end(tokens, first, len(tokens))
    return last + 1 < len(tokens) and tokens[last + 1].text == "," and last - first >= 1 and all(
        is_name_word(t) and not is_title_word(t) for t in tokens[last - 1:last + 1])


def subject_start(tokens: Sequence[Token], upto: int) -> int | None:
    """Where the subject starts, after an introductory phrase ("Meanwhile, in Kyiv, President X …")."""
    start = _after_timestamp(tokens, upto)  # a live blog's "02:51 pm:" before the sentence
    if start < upto and tokens[start].low in ("but", "and", "yet", "so"):
        start += 1
    for _ in range(3):
        if not (start < upto and (tokens[start].low in INTRO or tokens[start].low.endswith("ing")
                                  or _participle_opening(tokens, start) or _time_opening(tokens, start, upto)
                                  or _absolute_aside(tokens, start, upto))):
            break
        reach = _TIME_REACH if _time_opening(tokens, start, upto) else _INTRO_REACH
        comma = next((i for i in range(start, min(upto, start + reach)) if tokens[i].text == ","), None)
        if comma is None:
            return None
        pronoun = _pronoun_before_comma(tokens, start, comma)
        if pronoun is not None:
            return pronoun
        start = comma + 1
    return start


_QUANTIFIERS = frozenset({"many", "some", "most", "all", "several", "both", "none", "each", "few", "half"})


def _absolute_aside(tokens: Sequence[Token], start: int, upto: int) -> bool:
    """"Asked about the fans, many of them travelling from the north, the coach grew emotional": a quantifier
    with "of them" and a participle, between commas after an opening, is an aside, not the subject."""
    return start + 3 < upto and tokens[start].low in _QUANTIFIERS and tokens[start + 1].low == "of" and (
        tokens[start + 2].low in ("them", "whom", "which")) and tokens[start + 3].low.endswith(("ing", "ed"))
