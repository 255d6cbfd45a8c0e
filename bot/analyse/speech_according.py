"""Who "according to …" names when the source is more than a plain name or noun: "According to the Armed
Conflict Location and Event Data project (ACLED), …", "According to the shipping data firm Lloyd's List
Intelligence, …". The words up to the comma are the source; its acronym or its trailing name names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.people_names import NameParts, is_name_word
from bot.analyse.speech_cues import FINITE_CUES
from bot.analyse.speech_phrases import DETERMINERS, Phrase
from bot.analyse.speech_tokens import Token

_SOURCE_TOKENS = 16  # "according to" and its source end at a comma within this many tokens
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def described_source(tokens: Sequence[Token], first: int, text: str) -> Phrase | None:
    """The source that runs from tokens[first] to the next comma, named by its acronym in brackets, else by
    the capitalised words (possessives included) that end it, else by the description itself."""
    comma = next((i for i in range(first, min(len(tokens), first + _SOURCE_TOKENS)) if tokens[i].text == ","), None)
    if comma is None or comma == first or any(
            t.kind == "q" or t.text in ";:." or (t.kind == "w" and t.text.islower() and t.low in FINITE_CUES)
            for t in tokens[first:comma]):
        return None
    last = comma - 1
    if last - first >= 2 and tokens[last].text == ")" and tokens[last - 2].text == "(" and (
            tokens[last - 1].text.isupper()):
        name = tokens[last - 1].text  # "… Event Data project (ACLED)"
        return Phrase("name", first, last, name, parts=NameParts(name, "org"))
    start = last
    while start > first and (is_name_word(tokens[start - 1]) or tokens[start - 1].kind == "pos"):
        start -= 1
    if is_name_word(tokens[start]) and is_name_word(tokens[last]) and last > start:
        name = text[tokens[start].start:tokens[last].end]  # "the shipping data firm [Lloyd's List Intelligence]"
        return Phrase("name", first, last, name, parts=NameParts(name, "org"))
    words = [t for t in tokens[first:comma] if t.low not in DETERMINERS]
    if not words or len(words) > 8 or not any(is_name_word(t) for t in words):
        return None  # "according to the agreement signed in 2020": a document's terms, nobody's words
    description = text[words[0].start:words[-1].end]
    return Phrase("noun", first, last, description, head=words[-1].low, definite=tokens[first].low == "the")


def needs_description(tokens: Sequence[Token], first: int, phrase: Phrase | None) -> bool:
    """Whether the phrase found after "according to" falls short of its source: none was found; a name took
    the words before a possessive as its owner ("Lloyd's List Intelligence"); or the phrase stops before
    the comma at more words of the same name ("the Armed Conflict Location [and Event Data project]") or at
    the name a description is given to ("the shipping data firm [Lloyd's List Intelligence]"), not at a
    participle ("the draft decision [seen by DER SPIEGEL]")."""
    if phrase is None:
        return True
    span = tokens[first:phrase.last + 1]
    if phrase.kind == "name" and any(t.kind == "pos" for t in span) and all(
            is_name_word(t) or t.kind == "pos" for t in span):
        return True
    comma = next((i for i in range(phrase.last + 1, min(len(tokens), first + _SOURCE_TOKENS))
                  if tokens[i].text == ","), None)
    gap = tokens[phrase.last + 1:comma] if comma is not None else []
    opens = bool(gap) and (gap[0].low in ("and", "of", "(") or (phrase.kind == "noun" and is_name_word(gap[0])))
    return opens and not any(
        t.low == "by" or (t.text.islower() and t.low.endswith(("ed", "en"))) for t in gap)


def object_pronoun(tokens: Sequence[Token], first: int) -> Phrase | None:
    """"According to her, …": the pronoun as the subject form the resolver reads."""
    if first + 1 < len(tokens) and tokens[first].low in _OBJECT_PRONOUNS and tokens[first + 1].text in (",", "."):
        return Phrase("pronoun", first, first, _OBJECT_PRONOUNS[tokens[first].low])
    return None
