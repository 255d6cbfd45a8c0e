"""Interviews printed as a transcript without quotation marks ("Q: Is the mission still operating?" then
"A: We are still here, in a way."): every answer is the interviewee's own words, so each is recorded as a
direct quote of the person the introduction names, or of the name that labels the answer ("REYES: …",
"Air Commodore Jane Doe, RAF: …", "Doe: …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_cues import FINITE_CUES
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
_MIN_ANSWERS = 2
_INTRO_REACH = 4  # paragraphs before the first question where the interviewee is introduced
_LABEL_TOKENS = 16  # a speaker label ends at a colon within this many tokens


def transcript_answers(units: Sequence[Unit], text: str, subjects: Subjects, found: Sequence[Found]) -> list[Found]:
    """The answers of a Q&A printed without quotation marks, credited to the interviewee."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    questions = [p for p, members in paragraphs.items() if _QUESTION.match(text, members[0].start)]
    if not questions:
        return []
    answers: dict[int, tuple[Entity | None, int]] = {}  # paragraph -> (labelled speaker, where the answer starts)
    for paragraph, members in paragraphs.items():
        plain = _ANSWER.match(text, members[0].start)
        if plain is not None:
            answers[paragraph] = (None, plain.end())
        elif paragraph > min(questions):
            labelled = _labelled(members[0], text, subjects)
            if labelled is not None:
                answers[paragraph] = labelled
    if len(answers) < _MIN_ANSWERS:
        return []
    interviewee = _interviewee(paragraphs, min(questions), subjects)
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for paragraph, (speaker, start) in answers.items():
        members = paragraphs[paragraph]
        end = members[-1].end
        while end > start and text[end - 1].isspace():
            end -= 1
        who = speaker or interviewee
        if who is not None and end > start and not any(s < end and start < e for s, e in credited):
            result.append(Found(who, "direct", start, end, "interview", members[0].index))
    return result


def _labelled(unit: Unit, text: str, subjects: Subjects) -> tuple[Entity, int] | None:
    """"Air Commodore Jane Doe, RAF: Yes." / "Doe: No.": a name (with its title and affiliation) and a
    colon open the paragraph; the answer is what follows the colon."""
    tokens = unit.tokens
    colon = next((i for i, t in enumerate(tokens[:_LABEL_TOKENS]) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(tokens) or any(t.kind == "q" for t in tokens[:colon]):
        return None
    phrase = subjects.phrase_after(tokens, 0)
    if phrase is None or phrase.kind != "name":
        return None
    rest = tokens[phrase.last + 1:colon]
    if rest and (rest[0].text != "," or any(t.kind == "w" and t.text.islower() and t.low in FINITE_CUES
                                            for t in rest)):
        return None  # "Doe, who was asked about it:" is a sentence, not a label
    found = subjects.resolve_phrase(unit, phrase)
    if found is None or found[0].kind not in ("person", "org"):
        return None
    return found[0], tokens[colon + 1].start


def _interviewee(paragraphs: dict[int, list[Unit]], first_question: int, subjects: Subjects) -> Entity | None:
    """The person the introduction is about: the subject of the latest sentence before the questions that
    has a named person as its subject."""
    for paragraph in range(first_question - 1, max(-1, first_question - 1 - _INTRO_REACH), -1):
        for unit in reversed(paragraphs.get(paragraph, [])):
            entity = subjects.sentence_entity(unit)
            if entity is not None and entity.kind == "person" and len(entity.words) > 1:
                return entity
    return None
