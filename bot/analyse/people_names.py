"""Names as written in news copy: split a capitalised phrase into title, name and organisation, tell people
from organisations, and reduce a name to comparable parts.

"Iraq’s National Security Adviser, Qasim al-Araji" → org "Iraq", title "National Security Adviser", name
"Qasim al-Araji". Everything works on tokens of the article so that the parts are exact slices of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bot.analyse.given_names import is_given_name
from bot.analyse.speech_lexicon import (
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_PREFIX,
    ORG_WORDS,
    PLACE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_set,
)
from bot.analyse.speech_tokens import Token

NameKind = Literal["person", "org", "unknown"]
_ANY_CASE_PREFIX = re.compile(NAME_PREFIX.pattern.removesuffix("[A-Z]") + r"(?=\w)", re.IGNORECASE)
_NOT_ALNUM = re.compile(r"[\W_]+")
_ROMAN = word_set("ii iii iv jr sr")


@dataclass(frozen=True, slots=True)
class NameParts:
    name: str
    kind: NameKind
    title: str | None = None
    org: str | None = None
    acronym: str | None = None
    gender: str | None = None


def is_title_word(token: Token) -> bool:
    low = token.low
    if low in TITLE_HEADS or low in TITLE_ABBREVIATIONS:
        return True
    return "-" in low and any(part in TITLE_HEADS for part in low.split("-"))


def is_name_word(token: Token) -> bool:
    """A word that can be part of a proper name: capitalised, an initial, or "al-Araji"-like."""
    return token.name


def _slice(text: str, tokens: Sequence[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end] if tokens else ""


def _gender(tokens: Sequence[Token]) -> str | None:
    for token in tokens:
        if token.low in MALE_WORDS:
            return "m"
        if token.low in FEMALE_WORDS:
            return "f"
    return None


def _display(text: str, tokens: Sequence[Token]) -> str:
    """The name as written, except that an all-capitals name ("NICOLAS DE LA ROCHE", the UN's style) is
    given in title case with lower-case particles."""
    written = _slice(text, tokens)
    if not all(t.text.isupper() or t.kind != "w" for t in tokens) or len(tokens) < 2:
        return written
    return " ".join(w.lower() if w.lower() in NAME_PARTICLES else w.title() for w in written.split())


def _shouting(tokens: Sequence[Token]) -> bool:
    """An all-capitals name of two words or more, initials allowed ("MARGARET E. HOLLOWAY")."""
    words = [t for t in tokens if t.kind == "w"]
    long_words = [t for t in words if len(t.low) > 1]
    return len(long_words) >= 2 and all(t.text.isupper() and (len(t.low) > 1 or t.text.endswith(".")) for t in words)


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mme", "mlle"})
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_INITIAL = re.compile(r"[A-Z]\.")
_DOTTED_BODIES = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "A.U.", "U.A.E.", "D.C."})


def _initials(token: Token, words: Sequence[Token]) -> bool:
    """"J.R." in "J.R. Okafor": initials written together before a surname, not an acronym ("U.S." only
    ever stands before a body's name, which has its own organisation word)."""
    return _DOTTED_INITIALS.fullmatch(token.text) is not None and token.text not in _DOTTED_BODIES and (
        token is not words[-1] and len(words) == 2)
_PARTY_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")


def _long_office(toks: Sequence[Token]) -> tuple[int, int] | None:
    """Where "of"/"for" first follows a title word, and where the name after it starts: a known given name or an
    initial ("P. Ivanko")."""
    joiner = next((i for i in range(1, len(toks) - 2) if toks[i].low in ("of", "for") and (
        is_title_word(toks[i - 1]) or toks[i - 1].low in TITLE_MODIFIERS)), None)
    if joiner is None:
        return None

    given = next((i for i in range(joiner + 2, len(toks) - 1)
                  if (is_given_name(toks[i].text) or _INITIAL.fullmatch(toks[i].text) is not None)
                  and all(is_name_word(t) for t in toks[i:])), None)
    return (joiner, given) if given is not None else None


def split_name(tokens: Sequence[Token], text: str, affiliated: bool = False) -> NameParts | None:
    """Title, name and organisation of a capitalised phrase (see the module docstring). `affiliated`: the
    phrase is followed by a parenthesised affiliation, "NICOLAS DE LA ROCHE (France)", which marks an
    all-capitals phrase as a person rather than an acronym."""
    return _split_name(tuple(tokens), text, affiliated)


@lru_cache(maxsize=2048)  # the registry and the phrase finder parse the same runs of one article
def _split_name(tokens: tuple[Token, ...], text: str, affiliated: bool) -> NameParts | None:
    toks = list(tokens)
    while toks and (toks[0].low in ("the", "a", "an") or toks[0].kind == "p" or toks[0].low.endswith("-based")):
        toks.pop(0)  # "the London-based Acme Group": the place it is based in is no part of the name
    acronym = None
    if len(toks) >= 4 and toks[-1].text == ")" and toks[-3].text == "(":
        acronym = toks[-2].text
        toks = toks[:-3]
    if toks and toks[-1].kind == "pos":
        toks.pop()
    if not toks or (len(toks) == 1 and _PARTY_TAG.match(toks[0].text)):
        return None  # "Rep. X, R-Ohio, said": a party and state, not a speaker
    if len(toks) <= 3 and toks[0].text in ("Co", "Co.", "County"):
        return None  # "from Kinsale, Co Cork,": an Irish county, not a speaker
    if len(toks) > 2 and toks[0].low in _COURTESY and all(is_name_word(t) for t in toks[1:]) and any(
            is_title_word(t) for t in toks[1:]):
        # "Mr Abdullahi Haji Sheikh", "Ms Ann King": after a courtesy title every capitalised word is the name,
        # even one that can be a title
        return NameParts(_display(text, toks[1:]), "person", toks[0].text, None, None, _gender(toks[:1]))
    # The name: the longest run at the end made of name words and particles, but no title words.
    first = len(toks)
    while first > 0:
        token = toks[first - 1]
        inner_particle = token.low in NAME_PARTICLES and 1 < first < len(toks) and (
            is_name_word(toks[first - 2]) or toks[first - 2].low in NAME_PARTICLES)
        if not ((is_name_word(token) and not is_title_word(token)) or inner_particle):
            break
        first -= 1
    while 0 < first < len(toks) and toks[first].low in NAME_PARTICLES:
        first += 1  # "President de Gaulle": the particle belongs to the name only when nothing precedes it
    office: int | None = None  # where "of"/"for" stands in a title that names an office ("Minister of …")
    joined = _long_office(toks)
    if joined is not None and joined[1] > first:
        # "Deputy Minister of Foreign Affairs of the Kestrian Republic Pavel X": a known given name after the
        # office's body starts the name, whatever capitalised words come before it
        given = joined[1]
        return NameParts(_display(text, toks[given:]), "person", _slice(text, toks[:given]), None, None,
                         _gender(toks[:given]))
    if first > 2 and toks[first - 1].low == "and" and len(toks) - first > 2:
        # "Minister of Trade and Industry Jana X": the word after "and" ends the office
        joiner = next((i for i in range(first - 2, max(0, first - 6), -1) if toks[i].low in ("of", "for")), None)
        if joiner is not None and (is_title_word(toks[joiner - 1]) or toks[joiner - 1].low in TITLE_MODIFIERS):
            first, office = first + 1, joiner
    if first > 1 and toks[first - 1].low in ("of", "for") and (
            is_title_word(toks[first - 2]) or toks[first - 2].low in TITLE_MODIFIERS):
        office = first - 1
        if len(toks) - first == 1:
            return None  # "Permanent Representative of Ghana": the office's object, no name
        while first < len(toks) - 1 and (toks[first].low in TITLE_MODIFIERS or toks[first].low in ORG_WORDS):
            first += 1  # "Minister of National Defense Rasa X": the office's words belong to the title
        last = toks[-1].low
        if first == len(toks) - 1 and (last in TITLE_MODIFIERS or last in ORG_WORDS):
            return None  # "the Minister of National Defence announced": an office named in full, no name
        # "Secretary General for Defence Investment Katrin X": a known given name starts the name
        first = next((i for i in range(first, len(toks) - 1) if is_given_name(toks[i].text)), first)
    name_toks = toks[first:]
    # The title: title heads, modifiers and abbreviations right before the name ("Press Secretary, ").
    title_end = first
    if title_end > 0 and toks[title_end - 1].text == "," and title_end > 1 and is_title_word(toks[title_end - 2]):
        title_end -= 1
    title_start = title_end if office is None or title_end - office > 4 else office
    while title_start > 0 and (is_title_word(toks[title_start - 1])
                               or toks[title_start - 1].low in TITLE_MODIFIERS):
        title_start -= 1
    while title_start < title_end and not is_title_word(toks[title_start]) and toks[title_start].low in (
        "of",
    ):
        title_start += 1
    title_toks = toks[title_start:title_end]
    has_title = any(is_title_word(t) for t in title_toks)
    org_toks = toks[:title_start] if has_title else []
    while org_toks and (org_toks[-1].kind in ("pos", "p") or org_toks[-1].low in ("of", "the")):
        org_toks.pop()
    if has_title and name_toks and not any(t.low in ORG_WORDS for t in name_toks):
        name_text = _display(text, name_toks)
        return NameParts(name_text, "person", _slice(text, title_toks) or None, _slice(text, org_toks) or None,
                         None, _gender(title_toks))
    if first > 1 and toks[first - 1].kind == "pos" and len(name_toks) > 1 and is_given_name(name_toks[0].text) and (
            not any(t.low in ORG_WORDS for t in name_toks)):
        # "the PDP's Ana Lopes", "the WHO's Ivan Petrov": a person owned by an organisation, even one
        # written in capitals, is that person and not one long organisation's name
        return NameParts(_display(text, name_toks), "person", None, _slice(text, toks[:first - 1]) or None)
    all_words = [t for t in toks if t.kind == "w"]
    has_org_word = any(t.low in ORG_WORDS or any(part in ORG_WORDS for part in t.low.split("-")) or t.low in PLACE_WORDS
                       for t in all_words)  # "National Defence University-Kenya"
    if len(name_toks) == len(toks) and not has_org_word and _shouting(name_toks):
        return NameParts(_display(text, name_toks), "person" if affiliated else "unknown")
    if has_org_word or any(t.text.isupper() and len(t.low) > 1 and not _initials(t, all_words) for t in all_words) or (
            acronym):
        return NameParts(_slice(text, toks), "org", acronym=acronym)
    if not name_toks:
        return None
    kind: NameKind = "person" if sum(1 for t in name_toks if t.low not in NAME_PARTICLES) >= 2 else "unknown"
    return NameParts(_slice(text, name_toks), kind)


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case without accents or punctuation: "Al-Aráji’s" → "alarajis"."""
    low = word.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return _NOT_ALNUM.sub("", low)


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The comparable words of a name: folded, without particles, prefixes ("al-"), initials or suffixes."""
    words: list[str] = []
    for raw in name.replace("’s", "").replace("'s", "").split():
        low = raw.lower().rstrip(".,")
        if low in NAME_PARTICLES or low in _ROMAN or low in TITLE_ABBREVIATIONS:
            continue
        word = raw
        prefix = _ANY_CASE_PREFIX.match(word)
        if prefix:
            word = word[prefix.end():]
        folded = fold(word)
        if len(folded) > 1 or (folded and not word.endswith(".") and len(word) > 1):
            words.append(folded)
    return tuple(words)


@lru_cache(maxsize=4096)
def initials(name: str) -> tuple[str, ...]:
    """Single-letter initials written in a name ("John W. Brennan" → ("w",))."""
    return tuple(fold(w) for w in name.split() if len(w.rstrip(".")) == 1 and w[0].isalpha())


def compatible_names(a: str, b: str) -> bool:
    """Same surname, and first names and middle initials that do not contradict each other."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    if len(wa) > 1 and len(wb) > 1 and wa[0] != wb[0] and wa[-len(wb):] != wb and wb[-len(wa):] != wa:
        return False  # different first names, unless one is the other's compound surname ("Silva Neto")
    if len(wa) == len(wb) > 2 and wa != wb:
        return False  # "Md Rafiqul Islam" is not his brother "Md Shahidul Islam"
    ia, ib = initials(a), initials(b)
    return not (ia and ib and ia != ib)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, in order: JOC ← Iraqi Joint Operations
    Command, CJTF-OIR ← Combined Joint Task Force-Operation Inherent Resolve."""
    initials = [w[0].upper() for w in name.replace("-", " ").split() if w[:1].isupper()]
    position = 0
    for letter in (c for c in acronym.upper() if c.isalpha()):
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True
