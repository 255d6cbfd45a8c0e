"""Views framed as a person's rather than as speech: "For Assalat Ag Khamedine, researcher at the Institute for
Security Studies, the operation is above all a political signal.", "In her view, "the court has shown …"" or
"The warning that the sector risks losing a generation of farmers came from Dr Felix Lyimo". The clause the frame
holds is what that person holds, so it is recorded as the person's indirect quote, and a quotation right after
the frame as a direct one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_clauses import clause_end, past_apposition
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_reported import looks_finite
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Token, Unit

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_MIN_WORDS = 4
_MIN_TOKENS = 5  # "In her view, "…"": the frame and one quotation


def viewpoints(units: Sequence[Unit], subjects: Subjects, found: Sequence[Found]) -> list[Found]:
    """One quote per sentence that opens with "For <person>," or "In <his/her/X's> view,"."""
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for unit in units:
        tokens = unit.tokens
        came = _came_from(unit, subjects)
        if came is not None:
            holder, first_token, last_token = came
            first, last = tokens[first_token].start, tokens[last_token].end
            if not any(s < last and first < e for s, e in credited):
                result.append(Found(holder, "indirect", first, last, None, unit.index))
            continue
        framed = _framed(unit, subjects)
        if framed is None:
            continue
        holder, start = framed
        kind: Literal["direct", "indirect"]
        if start < len(tokens) and tokens[start].kind == "q":
            kind, first, last = "direct", tokens[start].start + 1, tokens[start].end - 1
            segment = subjects.text[first:last].strip("“”\"'‘’ ")
            first = subjects.text.find(segment, first, last + 1) if segment else -1
            last = first + len(segment)
        else:
            end = clause_end(tokens, start, subjects.text)
            words = [t for t in tokens[start:end] if t.kind == "w"]
            if len(words) < _MIN_WORDS or not looks_finite(tokens[start:end]):
                continue
            kind, first, last = "indirect", tokens[start].start, tokens[end - 1].end
        if first < 0 or last <= first or any(s < last and first < e for s, e in credited):
            continue
        result.append(Found(holder, kind, first, last, None, unit.index))
    return result


def frame_holder(unit: Unit, subjects: Subjects) -> Entity | None:
    """The person a "For X, …" frame opening the unit names: the "he said" after it means them."""
    if not unit.tokens or unit.tokens[0].low != "for":
        return None
    # "For X, the ruling is a setback. "…," she said.": who the sentence is about, even when what
    # follows the frame is not recorded as X's view (it has no apposition telling who X is)
    framed = _framed(unit, subjects, bare=True)
    return framed[0] if framed is not None else None


def _framed(unit: Unit, subjects: Subjects, bare: bool = False) -> tuple[Entity, int] | None:
    """The person a frame opening the unit names, and where what they hold starts. A view is recorded only
    after an apposition ("For X, researcher at Y, …"); `bare` accepts "For X, …" alone."""
    tokens = unit.tokens
    if len(tokens) < _MIN_TOKENS:
        return None
    if tokens[0].low == "for":
        phrase = subjects.phrase_after(tokens, 1)
        if phrase is None or phrase.kind != "name" or phrase.parts is None or phrase.parts.kind != "person":
            return None
        comma = phrase.last + 1
        closing = past_apposition(tokens, comma)
        if closing is None and bare:
            closing = comma
        if comma >= len(tokens) or tokens[comma].text != "," or closing is None or closing >= len(tokens) - 1:
            return None
        found = subjects.resolve_phrase(unit, phrase)
        return (found[0], closing + 1) if found is not None and found[0].kind == "person" else None
    if tokens[0].low == "in" and _view_comma(tokens) is not None:
        comma = _view_comma(tokens) or 0
        owner = tokens[1]
        pronoun = _POSSESSIVE_PRONOUNS.get(owner.low)
        if pronoun is not None and comma == 3:
            holder = subjects.resolver.resolve_pronoun(pronoun, unit.index)
        else:
            # "In Ruiz's view", "In the view of Ana Ruiz": the name before the possessive or after "of"
            of = next((i for i in range(1, comma) if tokens[i].low == "of"), None)
            possessive = comma > 2 and tokens[comma - 2].kind == "pos"
            if of is None and not possessive:
                return None
            phrase = subjects.phrase_after(tokens[:comma - 2], 1) if possessive else (
                subjects.phrase_after(tokens[:comma], (of or 0) + 1))
            if phrase is not None and phrase.kind != "name":
                phrase = None
            found = subjects.resolve_phrase(unit, phrase) if phrase is not None else None
            holder = found[0] if found is not None else None
        return (holder, comma + 1) if holder is not None and holder.kind == "person" else None
    return None


_CLAIM_NOUNS = frozenset({"warning", "claim", "assessment", "suggestion", "accusation", "prediction", "argument",
                          "criticism", "charge", "allegation", "call", "view", "verdict"})


def _came_from(unit: Unit, subjects: Subjects) -> tuple[Entity, int, int] | None:
    """"The warning that <clause> came from <person>": the person and the clause's first and last tokens."""
    tokens = unit.tokens
    if len(tokens) < _MIN_TOKENS + 4 or tokens[0].low != "the" or tokens[1].low not in _CLAIM_NOUNS or (
            tokens[2].low != "that"):
        return None
    came = next((i for i in range(4, len(tokens) - 2) if tokens[i].low == "came" and tokens[i + 1].low == "from"),
                None)
    if came is None or not looks_finite(tokens[3:came]):
        return None
    phrase = subjects.phrase_after(tokens, came + 2)
    if phrase is None or phrase.kind != "name":
        return None
    found = subjects.resolve_phrase(unit, phrase)
    if found is None or found[0].kind not in ("person", "org"):
        return None
    return found[0], 3, came - 1


def _view_comma(tokens: Sequence[Token]) -> int | None:
    """The comma after "In her view" / "In Ruiz's view" / "In the view of Ana Ruiz"."""
    for index in range(2, min(len(tokens), 9)):
        if tokens[index].text == ",":
            return index if tokens[index - 1].low == "view" or (
                index > 4 and any(t.low == "view" for t in tokens[1:index])) else None
    return None
