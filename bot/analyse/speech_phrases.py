"""Find the phrase that can be a speaker next to a reporting verb: a name ("Maj. Gen. John W. Brennan"), a
pronoun, a relative ("who"), or a noun phrase ("a Pentagon spokesperson", "the statement from the JOC").

Phrases are read backwards from the word before a verb ("… Brennan said") or forwards from the word after
one ("said Brennan, commander of …"), within one unit's tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from bot.analyse.people_names import NameParts, is_name_word, is_title_word, split_name
from bot.analyse.speech_lexicon import (
    DEMONYM,
    DOCUMENT_NOUNS,
    NAME_PARTICLES,
    ORG_NOUNS,
    PARTICIPLES,
    PERSON_NOUNS,
    PLURAL_PERSON_NOUNS,
    PRONOUNS,
    RELATIVES,
    SAY_VERBS,
    STATEMENT_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_set,
)
from bot.analyse.speech_runs import acronym_at, affiliation, name_end, name_start
from bot.analyse.speech_tokens import Token

PhraseKind = Literal["name", "pronoun", "relative", "noun"]
HeadClass = Literal["person", "group", "org", "statement"]

POSSESSIVE_DETERMINERS = word_set("its his her their")
DETERMINERS = word_set(
    """the a an one two three four five six seven eight nine ten several some many other another both"""
)
_OWNER_PREPS = word_set("from by for of at with in to")
_AFFILIATION_PREPS = word_set("of from at")
_AUTHOR_PREPS = word_set("of from by")
_ED_ADJECTIVES = word_set("armed united")
_NOUN_STOP = (
    word_set("""in on at of for from by to with and or but that which who whom whose was were is are has have had
    be been being not as than while when if this these those there here it he she they we i you his her their
    its our my your also where whereas whose what how why because although though unless until""")
    | SAY_VERBS
    | PARTICIPLES
)
# Nouns that can head a speaker phrase; documents are heads too, so that "EU figures" or "the report" is
# read as a document (never a speaker) rather than as the name before it.
HEADS = PERSON_NOUNS | PLURAL_PERSON_NOUNS | ORG_NOUNS | STATEMENT_NOUNS | DOCUMENT_NOUNS | TITLE_HEADS | {"police"}


@dataclass(frozen=True, slots=True)
class Phrase:
    """A possible speaker. `first`/`last` are token indices (inclusive) in the unit."""

    kind: PhraseKind
    first: int
    last: int
    text: str
    parts: NameParts | None = None
    head: str | None = None
    definite: bool = False
    owner: Phrase | None = None
    title: str | None = None  # from an apposition: "Brennan, commander of CJTF-OIR,"
    org: str | None = None
    possessed: bool = False  # "his sister": someone's, so the one introduced so before ("His sister, X,")


def head_class(head: str) -> HeadClass:
    if head in STATEMENT_NOUNS:
        return "statement"
    if head in PLURAL_PERSON_NOUNS:
        return "group"
    if head in ORG_NOUNS or head == "police":
        return "org"
    return "person"


def _name_phrase(tokens: Sequence[Token], first: int, last: int, text: str, close: int | None = None) -> Phrase | None:
    """The name tokens[first:last + 1]; `close` ends a parenthesised affiliation that follows it."""
    words = [t for t in tokens[first:last + 1] if t.kind == "w"]
    definite = first > 0 and tokens[first - 1].low == "the"
    parts = split_name(tokens[first:last + 1], text, affiliated=close is not None)
    if words and is_title_word(words[-1]) and (parts is None or parts.kind == "org"):
        # "The Secretary-General said", "The Operation Commander, Vice Admiral …": a role, not a name
        owner_words = [t for t in words[:-1] if not (is_title_word(t) or t.low in TITLE_MODIFIERS)]
        owner = Phrase("name", first, last - 1, text[owner_words[0].start:owner_words[-1].end]) if owner_words \
            else None
        return Phrase("noun", first - 1 if definite else first, last, text[words[0].start:words[-1].end],
                      head=words[-1].low, definite=definite, owner=owner)
    owned = next((i for i in range(first, last) if tokens[i].kind == "pos"), None)  # "Romania's Minister of …"
    if owned is None and definite and len(words) > 3 and DEMONYM.fullmatch(words[0].text) and (
            is_title_word(words[1])):
        owned = first  # "the Kestrian Minister of National Defence": the country's office, as if "Kestria's"
    held = [t for t in tokens[owned + 1:last + 1] if t.kind == "w"] if owned is not None else words
    office = next((i for i, w in enumerate(held) if w.low == "of"), 0)
    if (definite or owned is not None) and office and is_title_word(held[office - 1]) and all(
            is_title_word(w) or w.low in TITLE_MODIFIERS for w in held[:office]):
        # "The Director of Defence Media Operations, Maj. Gen. X,": an office held by a person, not a body
        owner_end = owned if owned == first else owned - 1 if owned else None
        owner = Phrase("name", first, owner_end, text[tokens[first].start:tokens[owner_end].end]) if (
            owner_end is not None) else None
        return Phrase("noun", first - 1 if definite else first, last, text[held[0].start:held[-1].end],
                      head=held[office - 1].low, definite=definite, owner=owner)
    if parts is None:
        return None
    single = tokens[first] if first == last else None
    if single is not None and single.low in HEADS:  # "Officials said", "Police said"
        return Phrase("noun", first, last, single.text, head=single.low)
    org = text[tokens[last + 2].start:tokens[close - 1].end] if close is not None else None
    if org is not None and parts.kind == "person" and parts.org is None:
        parts = replace(parts, org=org)
    return Phrase("name", first - 1 if definite else first, close if close is not None else last,
                  parts.name, parts=parts, definite=definite)


def _with_owner_before(tokens: Sequence[Token], owner: Phrase, lo: int, text: str) -> Phrase:
    """"a statement from [the JOC]", "a spokesman for [the ministry]": the owner's noun, read backwards."""
    index = owner.first - 1
    skipped = 0  # "Yoon of the minority Rebuilding Korea Party": the party's adjectives and article
    while skipped < 3 and index - 1 > lo and tokens[index].kind == "w" and tokens[index].text.islower() and (
            tokens[index].low not in _OWNER_PREPS) and owner.kind == "name":
        index, skipped = index - 1, skipped + 1
    if index - 1 >= lo and tokens[index].low in _OWNER_PREPS:
        noun = _noun_ending_at(tokens, index - 1, lo, text)
        if noun is not None:
            return replace(noun, last=owner.last, owner=owner, text=_joined(tokens, noun, owner.last, text))
        if tokens[index].low in _AFFILIATION_PREPS and is_name_word(tokens[index - 1]) and owner.kind == "name":
            person = _affiliated_person(tokens, index - 1, lo, text, owner)
            if person is not None:
                return person
    return owner


def _affiliated_person(tokens: Sequence[Token], last: int, lo: int, text: str, owner: Phrase) -> Phrase | None:
    """"Prof. Henrike Albers of the Kiel Institute": the person, with the institution as organisation."""
    first = name_start(tokens, last, lo)
    parts = split_name(tokens[first:last + 1], text)
    if parts is None or parts.kind != "person":
        return None
    return Phrase("name", first, owner.last, parts.name, parts=replace(parts, org=parts.org or owner.text))


def _joined(tokens: Sequence[Token], noun: Phrase, last: int, text: str) -> str:
    """The words of a noun phrase and its owner: "representative of the United States"."""
    first = noun.first + 1 if tokens[noun.first].low in DETERMINERS else noun.first
    return text[tokens[first].start:tokens[last].end]


def _noun_ending_at(tokens: Sequence[Token], last: int, lo: int, text: str) -> Phrase | None:
    head = tokens[last]
    if head.kind != "w" or (head.low not in HEADS and not ("-" in head.low and is_title_word(head))):
        return None  # "the secretary-general", "the vice-president" are heads too
    first = last
    definite = False
    while first - 1 >= lo and last - first < 5:
        token = tokens[first - 1]
        if token.low in DETERMINERS:
            first -= 1
            definite = token.low == "the"
            break
        if token.kind == "pos" or is_name_word(token) or (
            token.kind == "w" and token.low not in _NOUN_STOP and not token.text[0].isupper()
        ):
            first -= 1
        else:
            break
    possessed = first - 1 >= lo and tokens[first - 1].low in POSSESSIVE_DETERMINERS
    owner = None
    words = [t for t in tokens[first:last] if t.low not in DETERMINERS]
    pos = [i for i in range(first, last) if tokens[i].kind == "pos"]
    if pos:
        owner_last = pos[-1] - 1
        owner = phrase_ending_at(tokens, owner_last, first, text)
    elif words and all(is_name_word(t) for t in words):
        owner_tokens = words
        owner = Phrase("name", first, last - 1, text[owner_tokens[0].start:owner_tokens[-1].end])
    start = first + 1 if tokens[first].low in DETERMINERS else first
    return Phrase("noun", first, last, text[tokens[start].start:head.end], head=head.low, definite=definite,
                  owner=owner, possessed=possessed)


def phrase_ending_at(tokens: Sequence[Token], last: int, lo: int, text: str) -> Phrase | None:
    """The speaker-like phrase whose last token is tokens[last] (reading no further back than `lo`)."""
    if last < lo:
        return None
    token = tokens[last]
    if token.kind == "w" and token.low in PRONOUNS:
        return Phrase("pronoun", last, last, token.low)
    if token.kind == "w" and token.low in RELATIVES:
        return Phrase("relative", last, last, token.low)
    name_last, close = last, None
    if token.text == ")":
        opening = next((i for i in range(last - 1, max(lo - 1, last - 9), -1) if tokens[i].text == "("), None)
        if opening is None:
            return None
        if acronym_at(tokens, opening, last + 1):
            name_last = opening - 1
        elif affiliation(tokens, opening, last + 1) == last:
            name_last, close = opening - 1, last
        else:
            return None
    if name_last >= lo and is_name_word(tokens[name_last]):
        first = _office_run_start(tokens, name_start(tokens, name_last, lo), name_last, lo)
        if close is not None:
            phrase = _name_phrase(tokens, first, name_last, text, close)
        else:
            phrase = _name_phrase(tokens, first, last, text)
        return _with_owner_before(tokens, phrase, lo, text) if phrase is not None else None
    noun = _noun_ending_at(tokens, last, lo, text)
    if noun is not None:
        return _with_owner_before(tokens, _based_in_two_places(tokens, noun, lo, text), lo, text)
    plain = _plain_noun_before(tokens, last, lo, text)  # "the commander of [the brigade]"
    if plain is not None:
        owned = _with_owner_before(tokens, plain, lo, text)
        return owned if owned is not plain else None
    return None


def based_place_start(tokens: Sequence[Token], based: int, lo: int = 0) -> int | None:
    """Where "the Austin, Texas-based firm" starts (its "the") when tokens[based] is the "-based" word: the comma
    inside the place belongs to the phrase."""
    if not tokens[based].low.endswith("-based") or based - 3 < lo or tokens[based - 1].text != ",":
        return None
    start = based - 2
    while start > lo and is_name_word(tokens[start]) and based - start < 5:
        start -= 1
    return start if tokens[start].low == "the" and start < based - 2 else None


def _based_in_two_places(tokens: Sequence[Token], noun: Phrase, lo: int, text: str) -> Phrase:
    start = based_place_start(tokens, noun.first, lo)
    if start is None:
        return noun
    return replace(noun, first=start, definite=True, owner=None,
                   text=text[tokens[start + 1].start:tokens[noun.last].end])


def _office_run_start(tokens: Sequence[Token], first: int, last: int, lo: int) -> int:
    """"Deputy Minister of Foreign Affairs of the Kestrian Republic Pavel X": read backwards the run stops at
    "of the", but read forwards from the title it reaches the name; the earliest such title start wins."""
    if first - 2 < lo or tokens[first - 1].low not in ("the", "of", "for"):
        return first
    best = first
    for start in range(first - 2, max(lo - 1, first - _OFFICE_REACH), -1):
        token = tokens[start]
        if token.kind != "w":
            break
        titled = is_title_word(token) or token.low in TITLE_MODIFIERS  # "Deputy Minister", "Official Representative"
        if titled and token.text[:1].isupper() and (start == lo or not is_name_word(tokens[start - 1])) and (
                name_end(tokens, start, last + 1) == last):
            best = start
    return best


_OFFICE_REACH = 12  # words of a state agency's office before the name


def _plain_noun_after(tokens: Sequence[Token], first: int, hi: int, text: str) -> Phrase | None:
    """"the brigade", "both missions": a short common noun phrase, good enough as an owner."""
    index = first
    if index < hi and tokens[index].low in DETERMINERS:
        index += 1
    last = None
    while index < hi and index - first < 5 and tokens[index].kind == "w" and tokens[index].text.islower() \
            and tokens[index].low not in _NOUN_STOP:
        last = index
        index += 1
    if last is None:
        return None
    start = first + 1 if tokens[first].low in DETERMINERS else first
    return Phrase("noun", first, last, text[tokens[start].start:tokens[last].end], head=tokens[last].low)


def _plain_noun_before(tokens: Sequence[Token], last: int, lo: int, text: str) -> Phrase | None:
    """The same, read backwards from its last word; it must open with a determiner."""
    first = last
    while first >= lo and last - first < 5 and tokens[first].kind == "w" and tokens[first].text.islower() \
            and tokens[first].low not in _NOUN_STOP and tokens[first].low not in DETERMINERS:
        first -= 1
    if first < lo or first == last or tokens[first].low not in DETERMINERS:
        return None
    return Phrase("noun", first, last, text[tokens[first + 1].start:tokens[last].end], head=tokens[last].low)


def _owner_after(tokens: Sequence[Token], phrase: Phrase, hi: int, text: str) -> Phrase:
    index = phrase.last + 1
    if phrase.head in DOCUMENT_NOUNS and index < hi and tokens[index].low not in _AUTHOR_PREPS:
        return phrase  # "a U.N. report to the Security Council": the council received it, the U.N. wrote it
    if index + 1 < hi and tokens[index].low in _OWNER_PREPS and phrase.kind == "noun":
        owner = phrase_starting_at(tokens, index + 1, hi, text, owners=False) or _plain_noun_after(
            tokens, index + 1, hi, text)
        if owner is not None and owner.kind in ("name", "noun"):
            owner = _compound_owner(tokens, owner, hi, text)
            return replace(phrase, last=owner.last, owner=owner, text=_joined(tokens, phrase, owner.last, text))
    return phrase


def _compound_owner(tokens: Sequence[Token], owner: Phrase, hi: int, text: str) -> Phrase:
    """"the head of the bank delegation said": the owner read as "the bank" goes on to the noun it modifies,
    when lower-case nouns follow up to the verb or a comma ("the head of the bank visited Kyiv" stays)."""
    last = owner.last
    while last + 1 < hi and _modifier(tokens[last + 1]) and tokens[last + 1].low not in DETERMINERS:
        last += 1
    after = tokens[last + 1] if last + 1 < hi else None
    if last == owner.last or last - owner.last > 3 or (
            after is not None and after.kind == "w" and after.low not in _NOUN_STOP):
        return owner
    start = owner.first + 1 if tokens[owner.first].low in DETERMINERS else owner.first
    return Phrase("noun", owner.first, last, text[tokens[start].start:tokens[last].end], head=tokens[last].low,
                  definite=tokens[owner.first].low == "the")


def _titled_name_after(tokens: Sequence[Token], noun: Phrase, hi: int, text: str) -> Phrase:
    """"Mali's ambassador Moussa Diakité": a person noun directly followed by a name is that person's title, as
    is a bare trade whose word can also name a firm ("crane operator Teemu Salonen")."""
    start = noun.last + 1
    kind = head_class(noun.head or "")
    if start >= hi or not is_name_word(tokens[start]) or kind not in ("person", "org"):
        return noun
    last = name_end(tokens, start, hi)
    parts = split_name(tokens[start:last + 1], text)
    if parts is None or parts.kind == "org":
        return noun
    if kind == "org" and (parts.kind != "person" or noun.definite):
        return noun  # "crane operator Teemu Salonen" is a person's trade; "the company Ana Ruiz founded" is not
    owner = noun.owner.text if noun.owner is not None else None
    parts = replace(parts, kind="person", title=parts.title or noun.text, org=parts.org or owner)
    return Phrase("name", noun.first, last, parts.name, parts=parts)


def _modifier(token: Token) -> bool:
    """A lower-case word between a name and the noun it modifies ("the UN assistance mission"); a past
    verb is none ("President X thanked senators")."""
    return token.kind == "w" and token.text.islower() and token.low not in _NOUN_STOP and (
        not token.low.endswith("ed") or token.low in _ED_ADJECTIVES)


def _is_head(low: str) -> bool:
    return low in HEADS or ("-" in low and low.rsplit("-", 1)[-1] in HEADS and low.rsplit("-", 1)[0] in ("vice", "co"))


def phrase_starting_at(tokens: Sequence[Token], first: int, hi: int, text: str, owners: bool = True) -> Phrase | None:
    """The speaker-like phrase whose first token is tokens[first] (reading no further than `hi`)."""
    if first >= hi:
        return None
    token = tokens[first]
    if token.kind == "w" and token.low in PRONOUNS:
        return Phrase("pronoun", first, first, token.low)
    index = first
    possessor: tuple[int, int] | None = None  # "France's" in "France's ambassador to the UN"
    plain = False  # a lower-case modifier was read: only a noun may follow ("senior U.S. officials")
    while index < hi and index - first < 8:
        current = tokens[index]
        if current.kind == "w" and current.low in POSSESSIVE_DETERMINERS:
            index += 1  # "Its spokesperson, Jean-Paul Rwigema,"
            continue
        if index == first and current.low in NAME_PARTICLES and current.text.islower():
            name = next((i for i in range(index + 1, min(hi, index + 4)) if tokens[i].low not in NAME_PARTICLES), hi)
            if name < hi and is_name_word(tokens[name]):  # "van der Linde told …"
                last = name_end(tokens, name, hi)
                return _name_phrase(tokens, index, last, text)
        if is_name_word(current) or (current.kind == "w" and current.text.islower() and is_title_word(current)):
            last = name_end(tokens, index, hi)
            after = last + 1
            if after < hi and tokens[after].kind == "pos" and possessor is None:
                possessor = (index, last)
                index = after + 1
                continue
            head = next((i for i in range(after, min(hi, after + 3)) if tokens[i].kind == "w"
                         and tokens[i].low in HEADS and all(_modifier(t) for t in tokens[after:i + 1])), None)
            if head is not None:
                index = head
                continue  # "a Pentagon spokesperson", "the UN assistance mission": read on to the noun
            if plain and is_name_word(tokens[index]) and not is_title_word(tokens[index]):
                if tokens[first].low == "the" and (after >= hi or tokens[after].kind != "w"):
                    # "the conflict monitor ACLED", "the rights group Amnesty International": a name
                    # that ends the phrase, described by the words before it
                    return _name_phrase(tokens, index, last, text)
                return None  # "a charge Serbia denies": the name is not what the modifiers describe
            phrase = _name_phrase(tokens, index, last, text, affiliation(tokens, last + 1, hi))
            if phrase is None:
                return None
            if phrase.kind == "noun" and not phrase.definite and any(t.low == "the" for t in tokens[first:index]):
                phrase = replace(phrase, definite=True)  # "the 47-year-old coach": a title word after modifiers
            if possessor is not None and phrase.parts is not None and phrase.parts.org is None:
                owner_text = text[tokens[possessor[0]].start:tokens[possessor[1]].end]
                phrase = replace(phrase, first=first, parts=replace(phrase.parts, org=owner_text))
            return _owner_after(tokens, phrase, hi, text) if owners else phrase
        if current.kind == "w" and current.low in HEADS:
            for ahead in range(index + 1, min(hi, index + 3)):  # "the army general staff", "deputy U.N. ambassador"
                word = tokens[ahead]
                acronym = word.text.replace(".", "").isupper() and len(word.text.replace(".", "")) <= 4
                if word.kind != "w" or not (word.text.islower() or acronym) or word.low in _NOUN_STOP:
                    break
                if word.low in HEADS:
                    index = ahead
            if index + 2 < hi and tokens[index + 1].kind == "pos":  # "the team's leader"
                # the last head of the owned phrase: "the committee's deputy chairperson", "its vice-chairperson"
                owned = [i for i in range(index + 2, min(hi, index + 5)) if tokens[i].kind == "w"
                         and _is_head(tokens[i].low) and all(_modifier(t) for t in tokens[index + 2:i])]
                index = owned[-1] if owned else index
            noun = _noun_ending_at(tokens, index, first, text)
            if noun is None:
                return None
            noun = _owner_after(tokens, noun, hi, text) if owners else noun
            return _titled_name_after(tokens, noun, hi, text)
        if current.kind == "w" and current.low in DETERMINERS and not plain:
            index += 1
            continue
        if current.kind == "pos" or (current.kind == "w" and current.text.islower() and current.low not in _NOUN_STOP
                                     and current.low not in DETERMINERS):
            plain = plain or current.kind == "w"
            index += 1
            continue
        return None
    return None
