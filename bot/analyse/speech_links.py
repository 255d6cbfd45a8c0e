"""Links between sentences that a pronoun needs: two people named as one subject ("Reps. X and Y
demanded …" then "they said"), and the person a question was put to ("I asked X whether …" then "he says").
"""

from __future__ import annotations

from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_openings import subject_start
from bot.analyse.speech_phrases import phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit

_QUESTION_WORDS = word_set("whether if about what why how when where who to")


def joint_subject(subjects: Subjects, unit: Unit) -> Entity | None:
    """"In a joint statement, Reps. Ortiz and Mark Keegan, a Republican …, demanded …": two named people
    as one subject, so that a "they" after them is both."""
    tokens = unit.tokens
    start = subject_start(tokens, len(tokens))
    first = phrase_starting_at(tokens, start, len(tokens), subjects.text) if start is not None else None
    if first is None or first.kind != "name" or first.last + 2 >= len(tokens) or (
            tokens[first.last + 1].low != "and"):
        return None
    one = subjects.resolve_phrase(unit, first)
    two = subjects.resolve_phrase(unit, phrase_starting_at(tokens, first.last + 2, len(tokens), subjects.text))
    if one is None or two is None or one[0] is two[0] or not {one[0].kind, two[0].kind} <= {"person"}:
        return None
    return subjects.resolver.described_entity(f"{one[0].name} and {two[0].name}", "group")

def addressee(subjects: Subjects, unit: Unit) -> Entity | None:
    """The person a question was put to ("I asked Dorsey whether …", "Asked by X, …" is not one): the
    answer that follows is theirs."""
    tokens = unit.tokens
    for index, token in enumerate(tokens[:-1]):
        if token.low != "asked" or token.kind != "w" or index == 0:
            continue
        stop = next((i for i in range(index + 2, min(len(tokens), index + 8)) if tokens[i].low in _QUESTION_WORDS
                     and tokens[i].kind == "w"), None)
        phrase = phrase_starting_at(tokens, index + 1, stop, subjects.text, owners=False) if stop else None
        if phrase is None or phrase.kind != "name" or phrase.last + 1 != stop:
            continue
        found = subjects.resolve_phrase(unit, phrase)
        if found is not None and found[0].kind == "person":
            return found[0]
    return None
