"""Attributions set inside the reported clause between commas: "Some lenders, he acknowledged, had lost
patience", "The plant, Diaz said, will close", "Without it, reckons Ana Ruiz, an economist at X, the bank
may have to …", and the inverted order at the end ("…, admitted Ana Ruiz, the chief executive.").

News copy moves the speaker into the middle of the sentence with any reporting verb, not only "said"; the
reported clause is then both sides of the inserted attribution (given as one span, attribution included).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_clauses import ADJUNCT_STARTS, clause_end, past_apposition, trim
from bot.analyse.speech_cues import cue_after
from bot.analyse.speech_lexicon import SAY_VERBS, word_set
from bot.analyse.speech_phrases import Phrase, phrase_starting_at
from bot.analyse.speech_tokens import Token

_COMMAS = frozenset({",", "—", "–"})
# Openings of a circumstance before the attribution ("Asked whether …, X said, …"): not part of a report.
_ASIDES = word_set("asked speaking addressing writing responding commenting reading answering referring")
# The clause after the insertion must go on as a clause, not as a new sentence of the reporter.
_NOT_CONTINUATION = word_set("and but or so then adding saying noting according as while who which that")


_TO_LISTENER = frozenset({"told", "tells", "informed", "informs", "assured", "assures"})


def is_inverted(tokens: Sequence[Token], index: int) -> bool:
    """Whether the reporting verb at `index` comes right after a comma, with its subject after it
    ("…, said Diaz", "…, reckons Ana Ruiz, …"); a verb whose object is the listener never is ("…, told
    Rudaw": Rudaw was told)."""
    return index > 0 and tokens[index - 1].text in _COMMAS and tokens[index].low in SAY_VERBS and (
        tokens[index].low not in _TO_LISTENER)


def inverted_subject(tokens: Sequence[Token], index: int, text: str) -> Phrase | None:
    """The subject phrase right after an inverted verb, when it is a name, a noun or a pronoun."""
    phrase = phrase_starting_at(tokens, index + 1, len(tokens), text)
    return phrase if phrase is not None and phrase.kind != "relative" else None


def _after_attribution(tokens: Sequence[Token], index: int, inverted: bool, text: str) -> int | None:
    """The index of the comma that closes the inserted attribution whose verb is at `index`."""
    if not inverted:
        after = index + 1
        if after + 1 < len(tokens) and tokens[after].text.islower() and tokens[after].low.endswith("ly"):
            after += 1  # "Three of them, she says proudly, have become instructors"
        return after if after < len(tokens) and tokens[after].text in _COMMAS else None
    phrase = inverted_subject(tokens, index, text)
    if phrase is None or phrase.last + 1 >= len(tokens) or tokens[phrase.last + 1].text not in _COMMAS:
        return None
    closing = past_apposition(tokens, phrase.last + 1)
    return closing if closing is not None and closing < len(tokens) and tokens[closing].text in _COMMAS else None


def inserted_clause(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int, int] | None:
    """For a clause whose attribution (verb at `index`) sits between commas inside it: the commas that open
    and close the attribution and where the clause ends, or None. The side before must be plain words (a
    quotation there is the quote attributor's); the side after may end on a quoted fragment. The caller
    checks that only the second side has a finite verb."""
    if tokens[index].low not in SAY_VERBS or not tokens[index].text.islower() or tokens[0].low in _ASIDES:
        return None
    openings = (c for c in range(index - 1, max(0, index - 13), -1) if tokens[c].text in _COMMAS
                and cue_after(tokens, c, len(tokens), text) == index)
    # the verb right after a comma is inverted ("…, reckons X, …"), unless that comma closes an apposition
    bounds = ((c, _after_attribution(tokens, index, c == index - 1 and tokens[index].low in SAY_VERBS, text))
              for c in openings)
    opening, closing = next(((c, end) for c, end in bounds if end is not None), (None, None))
    if opening is None or closing is None or closing + 2 >= len(tokens):
        return None
    resume = tokens[closing + 1]
    if resume.kind != "w" or resume.low in _NOT_CONTINUATION or resume.low in ADJUNCT_STARTS:
        return None
    if any(t.kind == "q" or (t.low in SAY_VERBS and t.text.islower()) for t in tokens[:opening]):
        return None
    end = clause_end(tokens, closing + 1, text)
    after = tokens[closing + 1:end]
    words = sum(1 for t in after if t.kind == "w")
    # a quoted fragment may close the clause ('… a role in "political engineering."'), not carry it
    if end - (closing + 1) < 2 or words < 4 or any(t.low == "that" for t in after) or (
            after[0].kind == "q"):
        return None
    return opening, closing, trim(tokens, 0, end)
