"""Who a sentence is about when its subject is a group led by someone: "The Russian delegation was led by
Deputy Foreign Minister Ivan Petrov. He told TASS …" — the "he" is the leader, so the leader counts as
the sentence's subject for the pronouns that follow.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_phrases import Phrase, phrase_starting_at
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
