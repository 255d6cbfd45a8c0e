"""Token shapes around a subject and its reporting verb that tell who is not the subject: the object of a
participle ("the decision establishing the operation says"), a document's publishing participle ("a
statement posted on its website said"), and the name apposed to an office or opening the sentence with a
relative clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.people_names import is_title_word
from bot.analyse.speech_appositions import person_from_apposition
from bot.analyse.speech_cues import FINITE_CUES
from bot.analyse.speech_lexicon import (
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PARTICIPLES,
    STATEMENT_NOUNS,
    TITLE_MODIFIERS,
    word_set,
)
from bot.analyse.speech_phrases import Phrase, phrase_starting_at
from bot.analyse.speech_tokens import Token


def object_of_participle(tokens: Sequence[Token], first: int) -> bool:
    """"the decision establishing [the new operation]": the phrase is what a participle after a noun acts on."""
    verb = tokens[first - 1]
    return verb.kind == "w" and verb.text.islower() and verb.low.endswith("ing") and verb.low not in PARTICIPLES and (
        tokens[first - 2].kind == "w")


def office_then_name(tokens: Sequence[Token], start: int, text: str) -> Phrase | None:
    """'"…," said the Director of the Military Planning and Conduct Capability and Commander of EUMAM
    Ukraine, Vice Admiral X.': however long the office after the verb, the name apposed to it speaks."""
    first = start + 1 if start < len(tokens) and tokens[start].low == "the" else start
    comma = next((i for i in range(first, min(len(tokens), first + 24)) if tokens[i].text in ",;:."), None)
    if comma is None or tokens[comma].text != "," or comma - first < 3 or not is_title_word(tokens[first]):
        return None
    if not all(t.name or is_title_word(t) or t.low in TITLE_MODIFIERS or t.low in ORG_NOUNS
               or t.low in ("of", "and", "the", "for", "(", ")") for t in tokens[first:comma]):
        return None  # an office is title words and names: "the Secretary-General thanked the consul" is not one
    stop = next((i for i in range(comma + 1, len(tokens)) if tokens[i].text in ",;:." or tokens[i].kind == "q"),
                len(tokens))
    named = person_from_apposition(tokens[comma + 1:stop], text)
    if named is None or len(named.name.split()) < 2:
        return None
    office = text[tokens[first].start:tokens[comma - 1].end]
    return Phrase("name", comma + 1, stop - 1, named.name, parts=replace(named, title=named.title or office),
                  title=office)


def opening_with_relative(tokens: Sequence[Token], comma: int, text: str) -> Phrase | None:
    """"Mr Al Suwaidi, whose company had a tanker hit …, injuring its captain, Rajesh Menon, said": a name
    that opens the sentence with a relative clause after it is the subject, whatever names the clause holds."""
    phrase = phrase_starting_at(tokens, 0, comma, text)
    if phrase is None or phrase.kind != "name" or phrase.last + 2 >= comma:
        return None
    if tokens[phrase.last + 1].text != "," or tokens[phrase.last + 2].low not in ("who", "whose"):
        return None
    if any(t.low in ("but", "while", "although") or (t.text.islower() and t.low in FINITE_CUES)
           for t in tokens[phrase.last + 3:comma]):
        return None  # "X, who …, has not commented, but a spokesman, Y, told …": another subject speaks
    return phrase


def published_participle(tokens: Sequence[Token], index: int) -> bool:
    """"a statement posted on its website", "figures reported by the agency": a participle of publishing
    after a document, with its place or agent after it, describes the document ("the statement noted" is
    the document speaking)."""
    before = tokens[index - 1].low if index > 0 else ""
    after = tokens[index + 1].low if index + 1 < len(tokens) else ""
    return tokens[index].low in _PUBLISHING and (before in STATEMENT_NOUNS or before in DOCUMENT_NOUNS) and (
        after in _PUBLISHED_WHERE)


_PUBLISHING = word_set("posted reported tweeted")
_PUBLISHED_WHERE = word_set("on by in online at to from via earlier late")
