"""A speaker first described, then named: "…, the head of the local council said Israeli soldiers had
ordered residents indoors. Khaled al-Hamwi, who has led the council since 2019, spoke by telephone." The
sentence after the report only says who spoke (a verb of speaking with no content of its own), so the
report is his, not an anonymous "head of the local council".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_phrases import phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit

_SPOKE = word_set("spoke speaks talked talks")
_APPOSITION_TOKENS = 24


def _speaking_name(unit: Unit, subjects: Subjects) -> Entity | None:
    """The named person of a sentence "NAME[, apposition,] spoke …"."""
    tokens = unit.tokens
    phrase = phrase_starting_at(tokens, 0, len(tokens), subjects.text)
    if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind != "person":
        return None
    verb = phrase.last + 1
    if verb < len(tokens) and tokens[verb].text == ",":
        closing = next((i for i in range(verb + 1, min(len(tokens), verb + _APPOSITION_TOKENS))
                        if tokens[i].text == ","), None)
        verb = closing + 1 if closing is not None else len(tokens)
    if verb >= len(tokens) or tokens[verb].low not in _SPOKE:
        return None
    found = subjects.resolve_phrase(unit, phrase)
    return found[0] if found is not None else None


def reveal_speakers(units: Sequence[Unit], found: list[Found], subjects: Subjects) -> list[Found]:
    """`found` with reports by a described person credited to the person named right after them."""
    revealed: dict[int, Entity | None] = {}
    result: list[Found] = []
    for item in found:
        following = units[item.unit + 1] if item.unit + 1 < len(units) else None
        described = item.speaker.kind == "person" and subjects.resolver.is_described(item.speaker)
        if not described or following is None or following.paragraph != units[item.unit].paragraph:
            result.append(item)
            continue
        if following.index not in revealed:
            revealed[following.index] = _speaking_name(following, subjects)
        named = revealed[following.index]
        result.append(replace(item, speaker=named) if named is not None else item)
    return result
