"""Transcripts printed without quotation marks: interviews ("Q: Is the mission still operating?" then "A: We
are still here, in a way."), briefings whose turns are labelled ("MAJ. GEN. CURTIS HALE: Thanks, Avery.") and
debate records ("Helen Carrow (Sevenoaks) (Con): I thank the Secretary of State …", "The Secretary of State
for Defence (Rachel Ambrose): With permission, …"). Every answer or turn is the speaker's own words, so each
is recorded as a direct quote of the person the label names, or, for bare answers, of the person the
introduction names. In a debate record a paragraph without a label goes on with the turn before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.analyse.people_names import is_title_word
from bot.analyse.speech_attrib import Found
from bot.analyse.speech_cues import FINITE_CUES
from bot.analyse.speech_phrases import Phrase
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Token, Unit

# "Question [Name, outlet]:", and the host of a programme asking: "HOST (BRIAN X):", "Presenter:"
_QUESTION = re.compile(r"(?:Q|Question)\s*(?:\[[^\]\n]{1,80}\]\s*)?[:.]\s+|"
                       r"(?:HOST|Host|PRESENTER|Presenter|INTERVIEWER|Interviewer|ANCHOR|Anchor|MODERATOR|Moderator)"
                       r"\s*(?:\([^)\n]{1,60}\)\s*)?:\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
# a label whose speaker is not resolved: capitalised words, maybe a seat or party in brackets, then a colon
_LABEL_LIKE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*(?:\s*\([^)\n]{1,60}\))*\s*:\s")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|me|us)\b")
_MIN_ANSWERS = 2
_HEADING_WORDS = 8
_MIN_TURNS = 3  # labelled paragraphs that make a debate record or briefing without questions
_INTRO_REACH = 4  # paragraphs before the first question where the interviewee is introduced
_LABEL_TOKENS = 24  # a speaker label ends at a colon within this many tokens
_OVERLAP_SHARE = 0.5  # a turn already mostly credited (a quotation inside it) is not credited again


def transcript_answers(units: Sequence[Unit], text: str, subjects: Subjects, found: Sequence[Found]) -> list[Found]:
    """The answers of a Q&A, or the turns of a briefing or debate, printed without quotation marks."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    questions = [p for p, members in paragraphs.items() if _QUESTION.match(text, members[0].start)]
    answers: dict[int, tuple[Entity | None, int]] = {}  # paragraph -> (labelled speaker, where the answer starts)
    for paragraph, members in paragraphs.items():
        plain = _ANSWER.match(text, members[0].start) if questions else None
        if plain is not None:
            answers[paragraph] = (None, plain.end())
        elif paragraph not in questions:
            labelled = _labelled(members[0], text, subjects)
            # before any question only a person labels a turn ("WASHINGTON: …" is a dateline); a live blog's
            # entry heading ("Shadow chancellor: 'The biggest broken promise'") is no turn either
            answering = labelled is not None and (labelled[0].kind == "person" or (
                questions and paragraph > min(questions)))
            if labelled is not None and answering and not _entry_heading(text[labelled[1]:members[-1].end]):
                answers[paragraph] = labelled
    debate = not questions and len(answers) >= _MIN_TURNS
    if not debate and (not questions or len(answers) < _MIN_ANSWERS):
        return []
    _continue_turns(paragraphs, answers, text)
    interviewee = _interviewee(paragraphs, min(questions), subjects) if questions else None
    speakers = {id(who): who for who, _ in answers.values() if who is not None and who.kind == "person"}
    if interviewee is None and len(speakers) == 1:
        interviewee = next(iter(speakers.values()))  # "Minister: …" then "A: …": the one who answers
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for paragraph, (speaker, start) in sorted(answers.items()):
        members = paragraphs[paragraph]
        end = members[-1].end
        while end > start and text[end - 1].isspace():
            end -= 1
        who = speaker or interviewee
        covered = sum(min(e, end) - max(s, start) for s, e in credited if s < end and start < e)
        if who is not None and end > start and covered < _OVERLAP_SHARE * (end - start):
            result.append(Found(who, "direct", start, end, "interview", members[0].index))
    return result


def _continue_turns(paragraphs: dict[int, list[Unit]], answers: dict[int, tuple[Entity | None, int]],
                    text: str) -> None:
    """"The Secretary of State (X): With permission, …" or "A: The dispatch has not ended, …" then paragraphs
    without a label: the speaker goes on until the next label, question or heading (after the last answer the
    record may hold notes that nobody said). After a bare "A:" only a paragraph in the first person goes on
    with the answer."""
    labelled = sorted(answers)
    for before, after in pairwise(labelled):
        speaker = answers[before][0]
        for paragraph in range(before + 1, after):
            members = paragraphs.get(paragraph)
            if not members or _LABEL_LIKE.match(text, _turn_start(members[0])) or _QUESTION.match(
                    text, _turn_start(members[0])) or (
                    _heading(text[members[0].start:members[-1].end])):
                break  # "Mr Speaker: I call …", "Q: …", "2. Questions and Answers": the turn is over
            if speaker is None and not _FIRST_PERSON.search(text, members[0].start, members[-1].end):
                break  # after a bare "A:", a paragraph not in the first person is the writer's
            answers[paragraph] = (speaker, members[0].start)


def _entry_heading(rest: str) -> bool:
    """What follows a label is a heading when it opens with a quotation mark or is itself a heading."""
    return rest.startswith(("'", "‘", '"', "“")) or _heading(rest)


def _heading(paragraph: str) -> bool:
    """"2. Questions and Answers": a short line without a closing full stop is a heading, not speech."""
    stripped = paragraph.rstrip()
    return len(stripped.split()) < _HEADING_WORDS and not stripped.endswith((".", "?", "!", "\"", "”", "'", "’"))


def _labelled(unit: Unit, text: str, subjects: Subjects) -> tuple[Entity, int] | None:
    """"Air Commodore Jane Doe, RAF: Yes." / "Doe: No." / "Helen Carrow (Sevenoaks) (Con): …" / "The
    Secretary of State for Defence (Rachel Ambrose): …": a name (with its title, affiliation or seat) and a
    colon open the paragraph; the answer is what follows the colon."""
    tokens = unit.tokens
    first = _after_timestamp(tokens)  # "[00:02:40] KOVAL: That is the point."
    colon = next((i for i in range(first, min(len(tokens), first + _LABEL_TOKENS)) if tokens[i].text == ":"), None)
    if colon is None or colon + 1 >= len(tokens) or any(t.kind == "q" for t in tokens[:colon]):
        return None
    phrase = subjects.phrase_after(tokens, first)
    label_end = colon
    squared = _office_then_bracketed_name(tokens, colon, subjects)
    if squared is not None:  # "NATO Spokesperson [Ingrid Solberg-Vaage]: Good afternoon …"
        found = subjects.resolve_phrase(unit, squared)
        return (found[0], tokens[colon + 1].start) if found is not None and found[0].kind == "person" else None
    # "The Minister for the Armed Forces (Alun X):", an office read as a name, and its holder's name in brackets
    office_named = phrase is not None and phrase.kind == "name" and tokens[phrase.first].low == "the" and any(
        is_title_word(t) for t in tokens[phrase.first:phrase.last + 1])
    if phrase is not None and (phrase.kind == "noun" or office_named) and tokens[colon - 1].text == ")":
        bracket = _opening_bracket(tokens, colon - 1)  # "The Secretary of State for Defence (Rachel Ambrose):"
        named = subjects.phrase_after(tokens, bracket + 1) if bracket else None
        if bracket is None or named is None or named.kind != "name" or named.last != colon - 2:
            return None
        office = text[tokens[phrase.first].start:tokens[bracket - 1].end]
        phrase = replace(named, title=office.removeprefix("The ").removeprefix("the "))
        label_end = phrase.last + 1
    if phrase is not None and phrase.kind == "noun" and phrase.last + 1 == colon:
        # "Minister: I have one announcement.": the one person named with that title
        holder = subjects.resolver.holder_of(phrase.head, unit.index, phrase.text) if phrase.head else None
        return (holder, tokens[colon + 1].start) if holder is not None else None
    if phrase is None or phrase.kind != "name":
        return None
    rest = tokens[phrase.last + 1:label_end]
    if rest and not _brackets_only(rest) and (rest[0].text != "," or any(
            t.kind == "w" and t.text.islower() and t.low in FINITE_CUES for t in rest)):
        return None  # "Doe, who was asked about it:" is a sentence, not a label
    if len(rest) > 2 and rest[0].text == "[" and rest[-1].text == "]" and not phrase.title:
        # "Jana Berg [Acting NATO Spokesperson]:": the office in square brackets after the name
        phrase = replace(phrase, title=text[rest[1].start:rest[-2].end])
    found = subjects.resolve_phrase(unit, phrase)
    written = text[tokens[phrase.first].start:tokens[phrase.last].end]
    parts = phrase.parts
    if (found is None or found[0].kind != "person" or len(found[0].words) < 2) and written.isupper():
        # "HENNESSY:" after "JULIA HENNESSY, MINISTER FOR …:", "CS WANJALA:" after "the Cabinet Secretary for
        # Defence, Ruth Wanjala": a surname in capitals (after a title's initials), not an acronym
        surname = written.lower().split()[-1]
        person = next((p for p in subjects.resolver.registry.persons if p.name.lower().split()[-1] == surname), None)
        if person is not None:
            return person, tokens[colon + 1].start
    unknown_person = parts is not None and parts.kind in ("person", "unknown") and len(parts.name.split()) >= 2
    if (found is None or found[0].kind != "person") and written.isupper() and parts is not None and unknown_person:
        # "NINA KOVAL: Welcome back.": a turn's label in capitals names a person the text may never write otherwise
        return subjects.resolver.registry.person(parts.name, parts.title), tokens[colon + 1].start
    if found is None or found[0].kind not in ("person", "org"):
        return None
    return found[0], tokens[colon + 1].start


def _turn_start(unit: Unit) -> int:
    """Where a paragraph's words start, after a recording's time mark."""
    first = _after_timestamp(unit.tokens)
    return unit.tokens[first].start if first else unit.start


def _after_timestamp(tokens: Sequence[Token]) -> int:
    """The first token after a recording's time mark that opens a turn ("[00:01:10]", "(12:04)"), else 0."""
    if len(tokens) < 5 or tokens[0].text not in ("[", "("):
        return 0
    close = "]" if tokens[0].text == "[" else ")"
    end = next((i for i in range(1, min(len(tokens), 9)) if tokens[i].text == close), None)
    inside = tokens[1:end] if end is not None else []
    if len(inside) < 3 or any(not (t.text.isdigit() or t.text == ":") for t in inside):
        return 0
    return end + 1 if end is not None else 0


def _office_then_bracketed_name(tokens: Sequence[Token], colon: int, subjects: Subjects) -> Phrase | None:
    """The person named in square brackets after an office, as official transcripts print a turn's label
    ("Chair of the NATO Military Committee [Admiral Matteo Ferrante]:")."""
    if colon < 4 or tokens[colon - 1].text != "]":
        return None
    bracket = next((i for i in range(colon - 2, 0, -1) if tokens[i].text == "["), None)
    if bracket is None:
        return None
    named = subjects.phrase_after(tokens, bracket + 1)
    if named is None or named.kind != "name" or named.parts is None or named.parts.kind != "person" or (
            named.last != colon - 2) or len(named.parts.name.split()) < 2:
        return None
    office = subjects.text[tokens[0].start:tokens[bracket - 1].end]
    return replace(named, title=named.title or office)


def _opening_bracket(tokens: Sequence[Token], closing: int) -> int | None:
    return next((i for i in range(closing - 1, -1, -1) if tokens[i].text == "("), None)


def _brackets_only(rest: Sequence[Token]) -> bool:
    """"(Sevenoaks) (Con)", "(Moray West, Nairn and Strathspey) (SNP)": a seat and a party after the name;
    "[Acting NATO Spokesperson]": an office."""
    depth = 0
    for token in rest:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth -= 1
        elif depth == 0:
            return False
    return depth == 0


def _interviewee(paragraphs: dict[int, list[Unit]], first_question: int, subjects: Subjects) -> Entity | None:
    """The person the introduction is about: the subject of the latest sentence before the questions that
    has a named person as its subject."""
    for paragraph in range(first_question - 1, max(-1, first_question - 1 - _INTRO_REACH), -1):
        named = _speaker_line(paragraphs.get(paragraph, []), subjects)
        if named is not None:  # "Speaker: Defense Minister Takumi Hasegawa"
            return named
    for paragraph in range(first_question - 1, max(-1, first_question - 1 - _INTRO_REACH), -1):
        for unit in reversed(paragraphs.get(paragraph, [])):
            entity = subjects.sentence_entity(unit)
            if entity is not None and entity.kind == "person" and len(entity.words) > 1:
                return entity
    return None


# a record's line naming who answers ("Speaker: Defense Minister Takumi Hasegawa"), kept in the body although
# it reads like a heading
SPEAKER_LINE = re.compile(r"(?:Speakers?|Interviewee|Guest|Briefer|Respondent|"
                          # "Minister: Yoko X, Minister of Defense" heading a record whose turns say "Minister:"
                          r"Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Ambassador|Governor)\s*:\s+")


def _speaker_line(members: Sequence[Unit], subjects: Subjects) -> Entity | None:
    """The person a record's "Speaker:" line names."""
    if not members or not SPEAKER_LINE.match(subjects.text, members[0].start):
        return None
    unit = members[0]
    colon = next((i for i, t in enumerate(unit.tokens) if t.text == ":"), None)
    if colon is None:
        return None
    found = subjects.resolve_phrase(unit, subjects.phrase_after(unit.tokens, colon + 1))
    return found[0] if found is not None and found[0].kind == "person" else None
