"""Cut the article into "units" — sentences whose quoted passages are folded into single tokens.

Attribution is a matter of the words around a quotation ("…,” Brennan said, …"), so the quotation itself
must not be split into sentences or read for names: each quoted passage becomes one token of kind "q", and
sentence breaks that fall inside a passage are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from bot.analyse.sentences import Span, sentences
from bot.analyse.speech_lexicon import (
    COMMISSIONED_RANKS,
    NAME_PREFIX,
    NOT_NAME_WORDS,
    RANK_ABBREVIATIONS,
    SAY_VERBS,
    TITLE_ABBREVIATIONS,
    word_set,
)
from bot.analyse.speech_marks import Segment

TokenKind = Literal["w", "p", "q", "pos"]

# A token is the group that matched; the leading whitespace is taken in the same match (and captured, so that
# `findall` can keep count of positions: matches are contiguous, as every character other than trailing
# whitespace starts one) and the search does not stop at every space (no token starts there).
_TOKEN = re.compile(
    r"(\s*)(?:(?P<acr>(?:[DRI]-)?(?:[^\W\d_]\.){2,})"  # U.S., U.N., a.m., the party tag "R-S.C."
    r"|(?P<word>\d{1,3}(?:,\d{3})+\b|\w+(?:(?:[-‐]|[’'](?![sS]\b))\w+)*)"  # "3,000" is one word, not "3" "," "000"
    r"|(?P<pos>[’'][sS]\b|(?<=[sS])[’'](?=\s))"
    r"|(?P<punct>[^\w\s]))"
)
# "PRISTINA, October 3, 2023 –", "PARIS, Nov 12, 2019 (AFP) -", "WASHINGTON (Reuters) -": not part of the text.
# "Paris (AFP) -", "Ottawa, Ont. -": a place in ordinary capitals counts only with the agency in brackets or
# its region after a comma.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’/ -]{1,40}[A-Z.](?:,[^–—\n]{1,40}?)?(?:\s*\([^)\n]{1,40}\))?"
    r"|(?!(?:Meanwhile|However|But|And|Also|Still|Then|Now|Yet|So|In|On|At)\b)"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:\s*\([A-Z][^)\n]{0,30}\)|,(?: [A-Z][\w.'’-]*){1,3}))"
    r"\s*[–—-]{1,2}\s+"
)
# "(ANSA) - ROME, NOV 23 - The force …": the agency first, then the place and the day
_AGENCY_DATELINE = re.compile(
    r"\([A-Z][A-Za-z]{1,10}\)\s*[-–—]\s*[A-Z][A-Z .'’/-]{1,30}(?:,\s*[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2})?\s*[-–—]\s+")
# "Details: Grieve said …", "Quote: "…"": the labels some outlets open their paragraphs with
_LABEL = re.compile(r"(?:Details|More details|Quote|Source|Background|Context|Update|Reminder|Earlier|Reference):\s+")
# "MUMBAI: The Bombay high court on Wednesday …": a city in capitals and a colon open one paragraph near the top
# (a transcript labels every turn so: "REYES: …")
_DATELINE_REACH = 4  # paragraphs from the top where a dateline can stand
_CAPS_DATELINE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,})?:\s+(?=[A-Z])")
# a live blog's "18:05 —", "02:51 pm:", "9.40am GMT -" before the entry: not part of its first sentence
_TIMESTAMP = re.compile(
    r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|IST|local(?:\s+time)?))?"
    r"\s*[:–—-]\s+")
_ELIDED = re.compile(r"[dl][’'][A-Z]")
_new = tuple.__new__  # builds a Token without the keyword handling of its generated __new__
_DOTTED = TITLE_ABBREVIATIONS | word_set("jr sr st no vs jan feb mar apr jun jul aug sep sept oct nov dec")


class Token(NamedTuple):
    """A word ("w"), punctuation ("p"), possessive "’s" ("pos") or a whole quoted passage ("q"). A named
    tuple because articles have thousands of tokens and tuples are the cheapest objects to build."""

    text: str
    start: int
    end: int
    kind: TokenKind
    low: str  # lower case, without a trailing dot
    segment: int = -1  # index into the article's segments for kind "q"
    name: bool = False  # can be part of a proper name: capitalised, an initial, or "al-Araji"-like


@dataclass(slots=True)
class Unit:
    """One sentence of one paragraph, with its quoted passages folded into "q" tokens."""

    index: int
    paragraph: int
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)


def _word_facts(word: str) -> tuple[str, bool]:
    """A word's `low` and `name` (see Token); kept per word, since most words of an article are common ones."""
    low = word.lower().rstrip(".")  # a word holds no dot but the one an abbreviation or acronym ends with
    if word[0].isupper():
        name = low not in NOT_NAME_WORDS or (word.isupper() and len(word) > 1)
    else:
        name = (("-" in word or "‐" in word) and NAME_PREFIX.match(word) is not None) or (
            _ELIDED.match(word) is not None)  # "the Porte d'Orléans", "L'Aquila"
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
    _FACTS[word] = low, name
    return low, name


_FACTS: dict[str, tuple[str, bool]] = {}
_FACTS_LIMIT = 50_000


def clear_cache() -> None:
    """Forget the facts kept per word (for benchmarks that time the tokeniser itself)."""
    _FACTS.clear()


def _tokenise(text: str, start: int, end: int, out: list[Token]) -> None:
    """The hottest loop of the analysis (every word of every article): the matches come as tuples of strings
    (no match objects), positions are counted from their lengths, and a word's facts are looked up."""
    append = out.append
    facts = _FACTS.get
    taken_until = -1  # a dot already taken by an abbreviation ("Gen.") is not punctuation
    position = start
    for space, acronym, matched, possessive, punct in _TOKEN.findall(text, start, end):
        first = position + len(space)
        if matched:
            word = matched
            position = stop = first + len(word)
            if stop < end and text[stop] == "." and (
                word.lower() in _DOTTED or (len(word) == 1 and word.isupper())
            ):
                stop += 1
                taken_until = stop
                word += "."
            low, name = facts(word) or _word_facts(word)
            append(_new(Token, (word, first, stop, "w", low, -1, name)))
        elif acronym:
            position = stop = first + len(acronym)
            low, name = facts(acronym) or _word_facts(acronym)
            append(_new(Token, (acronym, first, stop, "w", low, -1, name)))
        elif possessive:
            position = stop = first + len(possessive)
            append(_new(Token, (possessive, first, stop, "pos", "'s", -1, False)))
        else:
            position = stop = first + len(punct)
            if first >= taken_until:
                append(_new(Token, (punct, first, stop, "p", punct, -1, False)))


def _not_a_name_opener(tokens: list[Token], text: str) -> None:
    """"Accepting his prize, Carvalho …": a capitalised participle or adverb opening a sentence is no name —
    unless a reporting verb follows it, which makes it a subject ("Sporting said the fee …"), or the article
    writes it capitalised inside a sentence too ("Col. Derek Lansing" … "Lansing, asked about it, said")."""
    if len(tokens) > 1 and tokens[0].name and tokens[0].low.endswith(("ing", "ly")) and not tokens[0].text.isupper():
        following = tokens[1]
        if (following.kind != "w" or not (following.text[0].isupper() or following.low in SAY_VERBS)) and (
                not _named_inside_a_sentence(tokens[0].text, text)):
            tokens[0] = tokens[0]._replace(name=False)


def _named_inside_a_sentence(word: str, text: str) -> bool:
    """Whether the word stands capitalised after a word of the same sentence somewhere in the text."""
    position = text.find(" " + word)
    while position > 0:
        if text[position - 1] not in ".!?\n\"“”'’" and not text[position + 1 + len(word):][:1].isalnum():
            return True
        position = text.find(" " + word, position + 1)
    return False


def _watch_in_names(tokens: list[Token]) -> None:
    """"Human Rights Watch", "Airwars Watch": "Watch" ends a name after a name word ("Watch:" opening a
    video line is no name, which is why the word is not a name word on its own)."""
    for index in range(1, len(tokens)):
        if tokens[index].text == "Watch" and tokens[index - 1].name and tokens[index - 1].kind == "w":
            tokens[index] = tokens[index]._replace(name=True)


# "Captain (Navy) Rivo X", "Commander (N) Y": the service after a rank, as French and Malagasy titles give it
_RANKS = COMMISSIONED_RANKS | {short for short, rank in RANK_ABBREVIATIONS.items() if rank in COMMISSIONED_RANKS}
_SERVICES = frozenset({"navy", "n", "army", "air", "marines", "gendarmerie"})
# asides that split a rank or a name from what follows: "Major General (retd.) Anders Lindqvist", "Judge Lin
# Chia-hsin (林佳欣) told", "Kim Min-jun (김민준) said", "Captain (Navy) Rivo X"
_ASIDE = re.compile(r"\((?:[Rr]etd|[Rr]et|[Rr]td|[Rr]etired)\.?\)|\([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+\)|"
                    rf"\b(?i:{'|'.join(sorted(_RANKS))})\.?\s*\((?i:{'|'.join(sorted(_SERVICES))})\)")
_RETIRED_WORDS = frozenset({"retd", "ret", "rtd", "retired"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _drop_asides(tokens: list[Token]) -> None:
    """Leave out a bracketed "retired" or service after a rank and a name written again in its own script, so
    that the rank, the name and the verb after them read as one."""
    index = 0
    while index + 2 < len(tokens):
        if tokens[index].text == "(" and (tokens[index + 1].low in _RETIRED_WORDS or _CJK.fullmatch(
                tokens[index + 1].text) or (index > 0 and tokens[index - 1].low in _RANKS
                                            and tokens[index + 1].low in _SERVICES)):
            close = index + 2 if tokens[index + 2].text == ")" else index + 3
            if close < len(tokens) and tokens[close].text == ")":
                del tokens[index:close + 1]
                continue
        index += 1


def _join_hyphenated_ranks(tokens: list[Token]) -> None:
    """"Lt.-Col. Anne X", "Maj.-Gen. Y" (Canadian style): the hyphen between two rank abbreviations goes, so
    the rank reads as "Lt. Col." does."""
    index = 1
    while index + 1 < len(tokens):
        if tokens[index].text == "-" and tokens[index - 1].text.endswith(".") and tokens[index + 1].text.endswith(
                ".") and tokens[index - 1].low in TITLE_ABBREVIATIONS and tokens[index + 1].low in TITLE_ABBREVIATIONS:
            del tokens[index]
        index += 1


def tokenise(text: str) -> list[Token]:
    """The tokens of a short standalone text, such as a name typed by a user."""
    tokens: list[Token] = []
    _tokenise(text, 0, len(text), tokens)
    return tokens


def build_units(text: str, kept: list[Span], segments: list[Segment]) -> list[Unit]:
    """Units of the kept paragraphs in reading order; `segments` are the quoted passages of those paragraphs."""
    kept_numbers = {span.paragraph for span in kept}
    by_paragraph: dict[int, list[int]] = {}
    for number, segment in enumerate(segments):
        by_paragraph.setdefault(segment.paragraph, []).append(number)
    breaks: dict[int, list[int]] = {}
    for sentence in sentences(text):
        if sentence.paragraph in kept_numbers:
            breaks.setdefault(sentence.paragraph, []).append(sentence.start)
    units: list[Unit] = []
    labelled = [span for span in kept if _CAPS_DATELINE.match(text, span.start, span.end)]
    capitals = labelled[0] if len(labelled) == 1 and kept.index(labelled[0]) < _DATELINE_REACH else None
    for span in kept:
        numbers = by_paragraph.get(span.paragraph, [])
        starts = [s for s in breaks.get(span.paragraph, [span.start])
                  if not any(segments[n].open < s < segments[n].outer_end for n in numbers)]
        bounds = [*starts[1:], span.end] if starts else [span.end]
        for unit_start, unit_end in zip(starts or [span.start], bounds, strict=True):
            unit = Unit(len(units), span.paragraph, unit_start, unit_end)
            cursor = unit_start
            if unit_start == span.start:
                dateline = (_DATELINE.match(text, unit_start, unit_end) or _LABEL.match(text, unit_start, unit_end)
                            or _AGENCY_DATELINE.match(text, unit_start, unit_end)
                            or _TIMESTAMP.match(text, unit_start, unit_end)
                            or (_CAPS_DATELINE.match(text, unit_start, unit_end) if span is capitals else None))
                cursor = dateline.end() if dateline else cursor
            for number in numbers:
                segment = segments[number]
                if unit_start <= segment.open < unit_end:
                    _tokenise(text, cursor, segment.open, unit.tokens)
                    stop = min(max(segment.outer_end, segment.open + 1), unit_end)
                    unit.tokens.append(Token(text[segment.open:stop], segment.open, stop, "q", "", number))
                    cursor = stop
            _tokenise(text, cursor, unit_end, unit.tokens)
            _not_a_name_opener(unit.tokens, text)
            if _ASIDE.search(text, unit_start, unit_end):
                _drop_asides(unit.tokens)
            if text.find(".-", unit_start, unit_end) != -1:
                _join_hyphenated_ranks(unit.tokens)
            if text.find(" Watch", unit_start, unit_end) != -1:
                _watch_in_names(unit.tokens)
            units.append(unit)
    return units
