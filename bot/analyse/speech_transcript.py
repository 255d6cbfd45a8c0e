"""Interviews printed as a transcript without quotation marks ("Q: Is the mission still operating?" then
"A: We are still here, in a way."): every answer is the interviewee's own words, so each is recorded as a
direct quote of the person the introduction names (or of the name that labels the answer: "REYES: …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
_MIN_ANSWERS = 2
_INTRO_REACH = 4  # paragraphs before the first question where the interviewee is introduced


def transcript_answers(units: Sequence[Unit], text: str, subjects: Subjects, found: Sequence[Found]) -> list[Found]:
    """The answers of a Q&A printed without quotation marks, credited to the interviewee."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    questions = [p for p, members in paragraphs.items() if _QUESTION.match(text, members[0].start)]
    answers = [p for p, members in paragraphs.items() if _ANSWER.match(text, members[0].start)]
    if len(answers) < _MIN_ANSWERS or not questions:
        return []
    interviewee = _interviewee(paragraphs, min(questions), subjects)
    if interviewee is None:
        return []
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for paragraph in answers:
        members = paragraphs[paragraph]
        label = _ANSWER.match(text, members[0].start)
        assert label is not None
        start, end = label.end(), members[-1].end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and not any(s < end and start < e for s, e in credited):
            result.append(Found(interviewee, "direct", start, end, "interview", members[0].index))
    return result


def _interviewee(paragraphs: dict[int, list[Unit]], first_question: int, subjects: Subjects) -> Entity | None:
    """The person the introduction is about: the subject of the latest sentence before the questions that
    has a named person as its subject."""
    for paragraph in range(first_question - 1, max(-1, first_question - 1 - _INTRO_REACH), -1):
        for unit in reversed(paragraphs.get(paragraph, [])):
            entity = subjects.sentence_entity(unit)
            if entity is not None and entity.kind == "person" and len(entity.words) > 1:
                return entity
    return None
