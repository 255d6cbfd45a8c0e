"""Interview write-ups (Q&A): the interviewer's questions are paragraphs of their own, unquoted and ending
with a question mark, and every answer under them is the interviewee's, whether or not it says so. A bare
quoted answer ("“We are not declaring victory …”") is credited to the one person the other answers are
credited to — and only when there is exactly one, so an article that merely asks a rhetorical question is
left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_marks import Segment
from bot.analyse.speech_tokens import Unit

_MIN_QUESTIONS = 2


def _questions(units: Sequence[Unit]) -> set[int]:
    """Paragraphs that are a question of the interviewer: no quotation, the last sentence asks."""
    last: dict[int, Unit] = {unit.paragraph: unit for unit in units}
    asking = {p for p, unit in last.items() if unit.tokens and unit.tokens[-1].text == "?"}
    # only a paragraph that asks needs its tokens read for a quotation (most paragraphs do not ask)
    quoted = {unit.paragraph for unit in units if unit.paragraph in asking and any(t.kind == "q" for t in unit.tokens)}
    return asking - quoted


def interview_answers(units: Sequence[Unit], segments: Sequence[Segment], found: Sequence[Found]) -> list[Found]:
    """Answers left without a speaker in a Q&A, credited to the interviewee."""
    questions = _questions(units)
    if len(questions) < _MIN_QUESTIONS:
        return []
    answers = {p + 1 for p in questions}
    paragraph_of = {unit.index: unit.paragraph for unit in units}
    first_speaker: dict[int, Found] = {}
    for item in sorted(found, key=lambda f: f.start):
        paragraph = paragraph_of[item.unit]
        if paragraph in answers:
            first_speaker.setdefault(paragraph, item)
    speakers = {id(item.speaker): item for item in first_speaker.values()}
    if len(speakers) != 1:
        return []
    (answer,) = speakers.values()
    credited = {item.start for item in found}
    first_unit: dict[int, Unit] = {}
    for unit in units:
        first_unit.setdefault(unit.paragraph, unit)
    extra: list[Found] = []
    for paragraph in sorted(answers - set(first_speaker)):
        opening = first_unit.get(paragraph)
        if opening is None or not opening.tokens or opening.tokens[0].kind != "q":
            continue  # only a paragraph that opens with the quoted answer
        for token in opening.tokens:
            segment = segments[token.segment] if token.kind == "q" else None
            if segment is not None and segment.start not in credited:
                extra.append(Found(answer.speaker, "direct", segment.start, segment.end, "interview", opening.index))
    return extra
