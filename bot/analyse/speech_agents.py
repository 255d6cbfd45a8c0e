"""Who a sentence is about when its subject is a group led by someone: "The Russian delegation was led by
Deputy Foreign Minister Ivan Petrov. He told TASS …" — the "he" is the leader, so the leader counts as
the sentence's subject for the pronouns that follow; likewise the source of "The answer came from the
mission's political adviser. … she said".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_phrases import Phrase, phrase_ending_at, phrase_starting_at
from bot.analyse.speech_tokens import Token

_LEADING_VERBS = word_set("led headed chaired represented commanded")
_BEFORE_VERB = word_set("was were is are been ,")
_REACH = 12  # the verb stands close to the start of the sentence, right after its subject


def leader_named(tokens: Sequence[Token], text: str) -> Phrase | None:
    """The name after "was led by" / ", headed by" near the start of the sentence, if any."""
    for index in range(1, min(len(tokens) - 2, _REACH)):
        token = tokens[index]
        if token.kind == "q" or token.text in ".;:":
            return None
        if (token.low in _LEADING_VERBS and tokens[index + 1].low == "by"
                and (tokens[index - 1].low in _BEFORE_VERB or tokens[index - 1].text in _BEFORE_VERB)):
            phrase = phrase_starting_at(tokens, index + 2, len(tokens), text)
            return phrase if phrase is not None and phrase.kind == "name" else None
    return None


_ANSWER_NOUNS = word_set("answer response reply explanation word words comment")


def source_named(tokens: Sequence[Token], text: str) -> Phrase | None:
    """The person "The answer came (, indirectly,) from …" names, if the sentence opens that way."""
    if len(tokens) < 5 or tokens[0].low != "the" or tokens[1].low not in _ANSWER_NOUNS or tokens[2].low != "came":
        return None
    index = 3
    while index < len(tokens) and (tokens[index].text == "," or tokens[index].low.endswith("ly")):
        index += 1
    if index + 1 >= len(tokens) or tokens[index].low != "from":
        return None
    phrase = phrase_starting_at(tokens, index + 1, len(tokens), text)
    return phrase if phrase is not None and phrase.kind in ("name", "noun") else None


_HEADING_VERBS = word_set("led headed chaired")


def led_office(tokens: Sequence[Token], index: int, text: str) -> str | None:
    """"the fund mission led by X" names X's office: the group before "led by" when the name at tokens[index]
    follows it, so "the head of the fund mission" later is X. Its office, as "head of the …"."""
    if index < 3 or tokens[index - 1].low != "by" or tokens[index - 2].low not in _HEADING_VERBS:
        return None
    last = index - 4 if tokens[index - 3].text == "," else index - 3  # "the delegation, headed by X,"
    group = phrase_ending_at(tokens, last, 0, text) if last >= 0 else None
    if group is None or group.kind != "noun":
        return None
    return "head of the " + group.text  # the phrase's text leaves its determiner out
