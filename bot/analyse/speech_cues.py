"""Where the reporting verb is: right after a quotation ('," said X', '," X said', '," X, the …, said'), after a
plain noun ("…, the mediators said"), and which quotations are titles rather than quotes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.people_names import is_name_word
from bot.analyse.speech_lexicon import (
    FRAGMENT_VERBS,
    PLURAL_PERSON_NOUNS,
    PLURAL_PRESENT,
    QUOTE_ONLY_VERBS,
    SAY_VERBS,
    SUBJECT_VERB_FILLERS,
    word_set,
)
from bot.analyse.speech_phrases import Phrase, phrase_starting_at
from bot.analyse.speech_tokens import Token

BE_FORMS = word_set("was were is are been being be")
# Present forms of reporting verbs that are as often plural nouns ("member states", "press reports").
NOUN_FORMS = word_set(
    "states reports notes claims estimates remarks rules demands tweets promises pledges signals hints"
)
_AUXILIARY_AFTER = word_set("are were have had will would could can must should may might do did")
FINITE_CUES = SAY_VERBS | FRAGMENT_VERBS
NOUN_STOP_WORDS = word_set("the a an of in on at for to by with from and or but that which who it its")
# "titled", and the nouns that name what a quotation is: "the slogan "Peace now"", "placards reading "…""
_TITLE_FRAMES = word_set("titled entitled named called dubbed headlined slogan slogans motto banner banners placard "
                         "placards hashtag chant chants reading")
_DECLARING = word_set("declared declares declaring declare proclaimed proclaims")
_APPOSITION_TOKENS = 26
_LY_NOUNS = word_set("family ally assembly rally supply anomaly monopoly")  # not adverbs
_DESCRIPTION_WORDS = 3
# words that start a new clause after a quotation rather than describe the speaker ('," but X said')
_NOT_DESCRIPTIONS = word_set("but or nor while as when after before if because since though although where so yet")


def filler(token: Token) -> bool:
    """A word allowed between a subject and its verb ("also", "later", "repeatedly")."""
    return token.kind == "w" and (token.low in SUBJECT_VERB_FILLERS or (
        token.low.endswith("ly") and token.text.islower() and len(token.low) > 4 and token.low not in _LY_NOUNS))


def plain_word(token: Token) -> bool:
    return token.kind == "w" and token.text.islower() and token.low not in NOUN_STOP_WORDS


def plain_said(token: Token) -> bool:
    """A past reporting verb or "says": after "the mediators" it can only be a verb ("the move reports" is a
    noun)."""
    return token.low in SAY_VERBS and (token.low.endswith("ed") or token.low in ("said", "says", "told", "wrote"))


def _plain_cue(tokens: Sequence[Token], index: int, high: int) -> int | None:
    """'…, the mediators said': "the" and one to three common nouns, then the reporting verb; without "the"
    when the verb ends the sentence ('…, state media reported.', '…, local media said.')."""
    definite = tokens[index].low == "the"
    first = index + 1 if definite else index

    def plural_say(at: int) -> bool:  # "opposition parties say …"
        return tokens[at].low in PLURAL_PRESENT and at > first and _plural_noun(tokens[at - 1])

    last = first
    while last < min(high, first + 3) and plain_word(tokens[last]) and not plain_said(tokens[last]) and (
            not plural_say(last)):
        last += 1
    if not (first < last < high and (plain_said(tokens[last]) or plural_say(last))):
        return None
    ends = last + 1 == high or tokens[last + 1].text in (".", "!")
    return last if definite or ends or plural_say(last) else None


def quoted_title(tokens: Sequence[Token], index: int) -> bool:
    """'titled "Situation in Somalia,"', 'the "Emissions Gap Report",': a quotation that names a report or a
    film, not a quote."""
    if tokens[index].kind != "q" or index == 0:
        return False
    return tokens[index - 1].low in _TITLE_FRAMES or tokens[index - 1].low == "the" or declared_state(tokens, index)


def declared_state(tokens: Sequence[Token], index: int) -> bool:
    """'declared an "internal armed conflict"': the state declared, by its legal name, is no one's words."""
    return index > 1 and tokens[index - 1].low in ("a", "an") and tokens[index - 2].low in _DECLARING


_PERFECT_CUES = frozenset({"said", "told", "informed", "confirmed", "announced", "stated", "warned", "assured"})


def cue_after(tokens: Sequence[Token], start: int, high: int, text: str) -> int | None:
    """The reporting verb right after a quotation: '," said X', '," X said', '," X, the …, said'."""
    index = start
    while index < high and tokens[index].text in (",", "—", "–", "-"):
        index += 1
    if index >= high:
        return None
    first = tokens[index]
    if first.low in SAY_VERBS or first.low in QUOTE_ONLY_VERBS:
        return index
    if first.low == "according" and index + 1 < high and tokens[index + 1].low == "to":
        return index
    phrase = phrase_starting_at(tokens, index, high, text) or _described_name(tokens, index, high, text)
    if phrase is None:
        return _plain_cue(tokens, index, high)
    after = phrase.last + 1
    if after + 1 < high and tokens[after].low == "and" and phrase.kind == "name":  # "Iraq and the US announced"
        other = phrase_starting_at(tokens, after + 1, high, text)
        after = other.last + 1 if other is not None and other.kind == "name" else after
    if after + 1 < high and tokens[after].text == "," and (tokens[after + 1].low in SAY_VERBS or (
            after + 2 < high and tokens[after + 1].low in ("has", "have", "had")
            and tokens[after + 2].low in _PERFECT_CUES)):
        after += 1  # the phrase took its apposition along: "the team's leader, Javier Morales, (has) told"
    elif after < high and tokens[after].text == ",":
        return _verb_after_apposition(tokens, after, high, text)
    return _verb_after(tokens, after, high)


def _described_name(tokens: Sequence[Token], index: int, high: int, text: str) -> Phrase | None:
    """'," forecaster Lehlohonolo Thobela said': up to three words no list knows that describe the name
    after them (an occupation, an age, a place); the name is the phrase the verb follows."""
    first = index
    while first < min(high, index + _DESCRIPTION_WORDS) and plain_word(tokens[first]) and (
            tokens[first].low not in _NOT_DESCRIPTIONS and tokens[first].low not in FINITE_CUES):
        first += 1
    if first == index or first >= high or not is_name_word(tokens[first]):
        return None
    phrase = phrase_starting_at(tokens, first, high, text)
    return phrase if phrase is not None and phrase.kind == "name" else None


def _verb_after_apposition(tokens: Sequence[Token], comma: int, high: int, text: str) -> int | None:
    """The apposition may hold commas of its own ("director of the Organ on Politics, Defence and Security
    Affairs,", "Chuck Ramos, D-N.Y.,"): the cue follows one of the next commas."""
    for closing in range(comma + 1, min(high, comma + _APPOSITION_TOKENS)):
        mark = tokens[closing]
        if mark.kind == "q" or mark.text in ";:" or (mark.text == "." and text[mark.end:mark.end + 1].isspace()):
            return None
        if mark.text == ",":
            verb = _verb_after(tokens, closing + 1, high)
            if verb is not None:
                return verb
    return None


def verb_follows(token: Token) -> bool:
    """Whether the token is a verb form that makes the noun before it its subject ("Jonglei states showed")."""
    return token.kind == "w" and token.text.islower() and (
        token.low in _AUXILIARY_AFTER or (token.low.endswith("ed") and token.low not in FINITE_CUES))


def _verb_after(tokens: Sequence[Token], after: int, high: int) -> int | None:
    """The reporting verb at tokens[after], past fillers ("also", "later")."""
    while after < high and filler(tokens[after]):
        after += 1
    if after + 1 < high and tokens[after].low in NOUN_FORMS and verb_follows(tokens[after + 1]):
        return None  # "and Jonglei states showed that …": a noun, the subject of the verb after it
    if after + 3 < high and tokens[after].low in ("was", "were") and tokens[after + 1].low == "quoted" and (
            tokens[after + 2].low == "as" and tokens[after + 3].low == "saying"):
        return after + 3  # '"…," M23 spokesman X was quoted as saying by the radio
    if after < high and (tokens[after].low in SAY_VERBS or tokens[after].low in QUOTE_ONLY_VERBS) and (
        tokens[after - 1].low not in BE_FORMS
    ):
        return after
    if after < high and tokens[after].low in PLURAL_PRESENT and _plural_noun(tokens[after - 1]):
        return after  # "…, but opposition parties say …", '"…," residents say.'
    return None


def _plural_noun(token: Token) -> bool:
    return token.kind == "w" and (token.low in PLURAL_PERSON_NOUNS or (
        token.text.islower() and token.low.endswith("s") and not token.low.endswith(("ss", "us", "is"))))
