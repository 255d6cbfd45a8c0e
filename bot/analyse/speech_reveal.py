"""A speaker first described, then named: "…, the head of the local council said Israeli soldiers had
ordered residents indoors. Khaled al-Hamwi, who has led the council since 2019, spoke by telephone." The
sentence after the report only says who spoke (a verb of speaking with no content of its own), so the
report is his, not an anonymous "head of the local council".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_phrases import phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit

_SPOKE = word_set("spoke speaks talked talks")
# Roles one person holds ("the head of X", "the commander"): the titled person first named right after them
# is who they are; "an official", "a source" or "a diplomat" may be anyone.
_UNIQUE_ROLES = word_set(
    "head chief commander director leader chairman chairwoman chair governor mayor ambassador envoy president")
# offices several people hold in one story ("the finance minister", then the Interior Minister): only a person
# named next who goes on ("X added that …") is the one described
_ONE_OF_SEVERAL = word_set("minister inspector")
# a spokesperson may be one of several, so only a person named next with the same role is the one
_SPOKES = word_set("spokesperson spokesman spokeswoman")
_APPOSITION_TOKENS = 24
_GOES_ON = re.compile(r"\b(?:added|adds|continued|went\s+on)\b")
_ROLE_REACH = 40


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


def _same_role(person: Entity, sentence: str) -> bool:
    """Whether the person is a spokesperson: by title, or by the apposition after the name in `sentence`."""
    if any("spokes" in title.lower() for title in (person.title, *person.titles) if title):
        return True
    at = sentence.find(person.name)
    return at >= 0 and "spokes" in sentence[at + len(person.name):at + len(person.name) + _ROLE_REACH].lower()


def _named_next(units: Sequence[Unit], found: Sequence[Found], subjects: Subjects) -> dict[int, Entity]:
    """"…, the head of Central Command said. ⏎ '…,' Gen. X told reporters.": a described holder of a unique role
    whose next report (within two sentences) is by a titled person named there for the first time is him; "its
    spokesperson" is the spokesperson named next. The description must be the subject of its own sentence, which
    names nobody else."""
    resolver = subjects.resolver
    first_seen: dict[int, int] = {}
    for number in sorted(resolver.registry.mentions):
        for entity in resolver.registry.mentions[number]:
            first_seen.setdefault(id(entity), number)
    named: dict[int, Entity] = {}
    for item in found:
        speaker = item.speaker
        spokes = speaker.title in _SPOKES
        several = speaker.title in _ONE_OF_SEVERAL
        if speaker.kind != "person" or (speaker.title not in _UNIQUE_ROLES and not spokes and not several) or (
                id(speaker) in named) or not resolver.is_described(speaker):
            continue
        unit = units[item.unit]
        said = subjects.text[unit.start:unit.end]
        # "its spokesperson told Rudaw English": the one told is no other candidate
        if speaker.name not in said or any(e.kind == "person" and f"told {e.name}" not in said
                                           for e in resolver.registry.mentions.get(item.unit, [])):
            continue
        report = next((f for f in found if item.unit < f.unit <= item.unit + 2 and f.speaker is not speaker), None)
        later = report.speaker if report is not None else None
        # "… told the committee that …. Pavel X added that …": a newly named person who goes on is the one
        added = report is not None and later is not None and _GOES_ON.search(
            subjects.text, units[report.unit].start, units[report.unit].end) is not None
        if report is None or later is None or later.kind != "person" or (later.title is None and not added) or (
                several and not added) or resolver.is_described(later) or (
                first_seen.get(id(later), item.unit) <= item.unit):
            continue
        if spokes and not _same_role(later, subjects.text[units[report.unit].start:units[report.unit].end]):
            continue
        named[id(speaker)] = later
    return named


def _the_described_named(units: Sequence[Unit], found: Sequence[Found], subjects: Subjects) -> dict[int, Entity]:
    """"A senior Kestrian official … told the paper that … ⏎ The official, Lt. Gen. X, secretary general of
    …, said …": a sentence that opens by naming "the official" names the one described official who spoke."""
    resolver = subjects.resolver
    named: dict[int, Entity] = {}
    for unit in units:
        tokens = unit.tokens
        if len(tokens) < 5 or tokens[0].low != "the" or tokens[1].kind != "w" or tokens[2].text != ",":
            continue
        head = tokens[1].low
        spoken = {id(f.speaker): f.speaker for f in found if f.unit < unit.index and f.speaker.kind == "person"
                  and f.speaker.title == head and resolver.is_described(f.speaker)}
        if len(spoken) != 1:
            continue
        phrase = phrase_starting_at(tokens, 3, len(tokens), subjects.text)
        if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind != "person":
            continue
        person = subjects.resolve_phrase(unit, phrase)
        if person is not None and person[0].kind == "person" and len(person[0].words) > 1:
            named.update({key: person[0] for key in spoken if key not in named})
    return named


def reveal_speakers(units: Sequence[Unit], found: list[Found], subjects: Subjects) -> list[Found]:
    """`found` with reports by a described person credited to the person named right after them."""
    later = _the_described_named(units, found, subjects) | _named_next(units, found, subjects)
    found = [replace(item, speaker=later[id(item.speaker)]) if id(item.speaker) in later else item for item in found]
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


_SIGNED_DOCUMENTS = word_set("letter memo memorandum note")
_SIGNED_REACH = 2  # the signer is named within this many sentences after the document speaks


def signed_documents(units: Sequence[Unit], found: list[Found], subjects: Subjects) -> list[Found]:
    """"The letter … says troops 'will return …'. It was signed by Maj Gen X, …": a letter or memo that
    speaks is its signer's, when the next sentences name who signed it."""
    signers: dict[int, Entity] = {}
    for item in found:
        speaker = item.speaker
        if id(speaker) in signers or speaker.name.lower().split()[-1] not in _SIGNED_DOCUMENTS or not (
                subjects.resolver.is_described(speaker)):
            continue
        for unit in units[item.unit + 1:item.unit + 1 + _SIGNED_REACH]:
            signer = _signer(unit, subjects)
            if signer is not None:
                signers[id(speaker)] = signer
                break
    return [replace(item, speaker=signers[id(item.speaker)]) if id(item.speaker) in signers else item
            for item in found]


def _signer(unit: Unit, subjects: Subjects) -> Entity | None:
    """The person of "It was signed by X" / "The memo, signed by X, …"."""
    tokens = unit.tokens
    at = next((i for i in range(len(tokens) - 2) if tokens[i].low == "signed" and tokens[i + 1].low == "by"), None)
    if at is None or at > 6:
        return None
    phrase = subjects.phrase_after(tokens, at + 2)
    if phrase is None or phrase.kind != "name":
        return None
    resolved = subjects.resolve_phrase(unit, phrase)
    return resolved[0] if resolved is not None and resolved[0].kind == "person" else None
