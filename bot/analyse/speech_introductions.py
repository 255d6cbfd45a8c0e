"""Speakers introduced after their words: broadcast style names the speaker of the quotation just heard ("That
was Defence Minister X on Tuesday, as he announced …", "So said X"), and feature writing opens on a described
person, then names them ("a man in a faded cap pours coffee … "…," he says. ⏎ The man is Hussein Fakih, …",
"He is Lt Col Declan Moriarty, and …", "Her name is Donna Kettleman", "She asked to be identified only as Umm
Ahmad"). The named person is who spoke there, and who the pronouns after the introduction mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_lexicon import PERSON_NOUNS
from bot.analyse.speech_marks import Segment
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Token, Unit

_OPENERS = (("that", "was"), ("so", "said"), ("those", "were", "the", "words", "of"),
            ("these", "were", "the", "words", "of"), ("he", "is"), ("she", "is"), ("he", "was"), ("she", "was"),
            ("her", "name", "is"), ("his", "name", "is"), ("her", "name", "was"), ("his", "name", "was"))
_IDENTIFIED = ("asked", "to", "be", "identified")  # "She asked to be identified only as Umm Ahmad"
_FEATURE_OPENERS = {("he", "is"), ("she", "is"), ("he", "was"), ("she", "was")}
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "elder", "younger", "older"})
_LONGEST_SUBJECT = 12
# words that make "The officer … is" more than a noun phrase: a verb of its own, a clause, a report
_NOT_IN_SUBJECT = frozenset({"said", "says", "told", "who", "that", "which", "whom", "whose", "and", "but", "has",
                             "had", "have", "will", "would", "thinks", "believes", "knows", "hopes"})
_GENDER_OF = {"he": "m", "his": "m", "man": "m", "boy": "m", "she": "f", "her": "f", "woman": "f", "girl": "f"}


def revealed_speaker(unit: Unit, subjects: Subjects) -> Entity | None:
    """The person a unit opening "That was X", "The man is X", "He is X" (a full name) names."""
    tokens = unit.tokens
    size = _opener(unit)
    if size is None:
        return None
    phrase = subjects.phrase_after(tokens, size)
    # "asked to be identified as Parwana": a first name alone is a person's name here
    identified = tokens[size - 1].low == "as" and tokens[1].low == "asked"
    if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind not in (
            ("person", "unknown") if identified else ("person",)):
        return None
    opener = tuple(t.low for t in tokens[:2])
    if opener in _FEATURE_OPENERS and len(phrase.parts.name.split()) < 2:
        return None  # "He is Moriarty" may only remind; "He is Lt Col Declan Moriarty" introduces
    found = subjects.resolve_phrase(unit, phrase)
    if found is None or found[0].kind not in ("person", "unknown"):
        return None
    person = found[0]
    if person.kind == "unknown":
        person.kind = "person"
        person.gender = person.gender or _GENDER_OF.get(tokens[0].low)
    return person


def _opener(unit: Unit) -> int | None:
    """How many tokens the introduction's opening takes ("The man is" → 3), or None."""
    tokens = unit.tokens
    for opener in _OPENERS:
        size = len(opener)
        if len(tokens) > size and all(tokens[i].low == word for i, word in enumerate(opener)):
            return size
    if _described_subject_verb(tokens) == 2:
        return 3  # "The man is Hussein Fakih", "The officer is …"
    if len(tokens) > 6 and tokens[0].low in ("he", "she") and all(
            tokens[1 + i].low == word for i, word in enumerate(_IDENTIFIED)):
        at = 5 + (tokens[5].low == "only")
        return at + 1 if tokens[at].low == "as" else None
    return None


def _described_subject_verb(tokens: Sequence[Token]) -> int | None:
    """Where "is"/"was" stands after a subject such as "The officer responsible for the German part of the
    mission", or None."""
    if len(tokens) < 4 or tokens[0].low != "the" or (
            tokens[1].low not in PERSON_NOUNS and tokens[1].low not in _PEOPLE):
        return None
    for at in range(2, min(len(tokens) - 1, _LONGEST_SUBJECT)):
        if tokens[at].low in ("is", "was"):
            return at
        if tokens[at].kind != "w" or tokens[at].low in _NOT_IN_SUBJECT:
            return None
    return None


def revealed_quotes(units: Sequence[Unit], segments: Sequence[Segment], found: Sequence[Found],
                    reveals: dict[int, Entity], subjects: Subjects) -> list[Found]:
    """`found` with the paragraph before each introduction given to the person introduced: its quotations
    that nobody was credited with, and its reports by a described person of the same gender."""
    credited = [(item.start, item.end) for item in found]
    renamed: dict[int, Entity] = {}
    moved: dict[tuple[int, int], Entity] = {}
    added: list[Found] = []
    for index, speaker in reveals.items():
        unit = units[index]
        if index == 0 or units[index - 1].paragraph != unit.paragraph - 1:
            continue  # the introduction must open the paragraph right after the words
        gender = _GENDER_OF.get(unit.tokens[0].low) or _GENDER_OF.get(unit.tokens[1].low)
        before = [s for s in segments if s.paragraph == unit.paragraph - 1]
        added += [Found(speaker, "direct", s.start, s.end, None, index - 1) for s in before
                  if not any(s.start < e and b < s.end for b, e in credited)]
        paragraph_text = subjects.text[before_start(units, index):unit.start]
        for item in found:
            earlier = item.speaker
            if units[item.unit].paragraph != unit.paragraph - 1 or earlier.kind != "person" or (
                    earlier.gender not in (None, gender)) or earlier is speaker:
                continue
            if subjects.resolver.is_described(earlier):
                renamed[id(earlier)] = speaker  # "a tall officer …" is Lt Col X
            elif earlier.name.split()[-1] not in paragraph_text:
                moved[(item.start, item.end)] = speaker  # a "he" that reached back past the paragraph
    return [replace(item, speaker=renamed[id(item.speaker)]) if id(item.speaker) in renamed else
            replace(item, speaker=moved[(item.start, item.end)]) if (item.start, item.end) in moved else item
            for item in found] + added


def before_start(units: Sequence[Unit], index: int) -> int:
    """Where the paragraph before unit `index` starts."""
    paragraph = units[index].paragraph - 1
    first = index - 1
    while first > 0 and units[first - 1].paragraph == paragraph:
        first -= 1
    return units[first].start


def introduced_person(unit: Unit, subjects: Subjects) -> Entity | None:
    """"One of those artists is Abena Frimpong, a sculptor from Accra …": a person introduced as one of a group,
    whom the pronouns after mean (the words before are not theirs)."""
    tokens = unit.tokens
    if len(tokens) < 5:
        return None
    described = _described_subject_verb(tokens)
    if described is not None and described > 2:
        verb: int | None = described  # "The officer responsible for … is X": the "he says" after is X's
    elif tokens[0].low != "one" or tokens[1].low != "of":
        return None
    else:
        verb = next((i for i in range(2, min(len(tokens) - 1, 8)) if tokens[i].low in ("is", "was")), None)
    if verb is None:
        return None
    phrase = subjects.phrase_after(tokens, verb + 1)
    if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind != "person":
        return None
    found = subjects.resolve_phrase(unit, phrase)
    return found[0] if found is not None and found[0].kind == "person" else None


def first_name_given(unit: Unit, subjects: Subjects) -> Entity | None:
    """"a technician who asks that only his first name, Oleksandr, be published", "who gave his name only as
    Moses", "who only gave her name as Amina": features name people by a first name alone, and that name is who
    the sentence's "said" and the "he says" after mean."""
    if subjects.text.find(" name", unit.start, unit.end) < 0:
        return None  # most sentences: a cheap look first
    tokens = unit.tokens
    for at in range(2, len(tokens) - 2):
        if tokens[at].low != "name":
            continue
        owner = at - 1 - (tokens[at - 1].low == "first")
        if tokens[owner].low not in ("his", "her"):
            continue
        start = at + 1
        if tokens[start].low == "only":
            start += 1
        if start < len(tokens) and (tokens[start].text == "," or tokens[start].low == "as"):
            start += 1  # "his first name, Oleksandr," / "his name only as Moses"
        elif owner == at - 1:
            continue  # "his name was …" and the like introduce no one here
        if start >= len(tokens) or not tokens[start].name or tokens[start].kind != "w":
            return None
        phrase = subjects.phrase_after(tokens, start)
        if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind not in (
                "person", "unknown"):
            return None
        found = subjects.resolve_phrase(unit, phrase)
        if found is None or found[0].kind not in ("person", "unknown"):
            return None
        person = found[0]
        person.kind = "person"
        person.gender = person.gender or _GENDER_OF[tokens[owner].low]
        if subjects.resolver.described.get(person.name) is person:
            del subjects.resolver.described[person.name]  # a name given as one, not a description
        return person
    return None
