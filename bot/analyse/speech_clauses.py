"""Where a reported clause begins and ends: past the listener ("told the council"), past circumstances ("on
Monday", "at a news conference in Baghdad"), and up to the point where the reporter's own sentence goes on
(", adding …", ", according to …", ", but warned …").
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.people_names import is_name_word, is_title_word
from bot.analyse.speech_cues import cue_after
from bot.analyse.speech_lexicon import FRAGMENT_VERBS, PARTICIPLES, PERSON_NOUNS, PLURAL_PRESENT, SAY_VERBS, word_set
from bot.analyse.speech_phrases import DETERMINERS, phrase_starting_at
from bot.analyse.speech_tokens import Token

_LISTENERS = word_set(
    """him her them me us reporters journalists lawmakers legislators parliament senators supporters congress
    residents troops delegates"""
)
_AUDIENCE_NOUNS = word_set(
    """conference briefing meeting audience crowd gathering rally session summit forum committee hearing
    reporters journalists newspaper channel station broadcaster agency network television radio outlet
    podcast programme program show daily"""
)
ADJUNCT_STARTS = word_set(
    """on in at during to via through after before late early earlier later last this yesterday today tonight
    overnight recently again also monday tuesday wednesday thursday friday saturday sunday when while"""
)
# Verbs that continue the reporter's sentence after the reported clause ("… and declined to give a date").
# Adjunct words that need no complement ("said Friday it had …", "said earlier the plan …").
_SELF_CONTAINED = word_set(
    """yesterday today tonight overnight recently again also earlier later monday tuesday wednesday thursday
    friday saturday sunday"""
)
_PARTS_OF_DAY = word_set("morning afternoon evening night")
_ADJUNCT_PREPOSITIONS = word_set("with of for by from")
_REPORTER_VERBS = word_set("declined refused paid thanked met left gave")
_AUXILIARIES = word_set("be been being was were is are has have had get got")
# What follows a second reporting verb that reports no clause of its own ("vowed to …", "called for …").
_NOUN_COMPLEMENTS = word_set("to for on")
_GLOSS_NOUNS = word_set(
    "reference allusion nod move sign signal step swipe dig jab rebuke hint departure reversal decision")
_GLOSS_OBJECTS = word_set("into to up off out in on with its his her their them it more")
_NOT_PARTICIPLES = word_set(
    "during including regarding concerning following notwithstanding something nothing anything")


def trim(tokens: Sequence[Token], start: int, end: int) -> int:
    """`end` moved back over trailing punctuation (a closing bracket stays: it is part of the words)."""
    while end > start and tokens[end - 1].kind == "p" and tokens[end - 1].text not in (")", "]"):
        end -= 1
    return end


def new_report(tokens: Sequence[Token], start: int, index: int, compound: bool = True) -> bool:
    """"and she added that …", ", but warned that …", ", and rejected …", "but declined to …": the reporting
    sentence goes on with another verb of its subject, so the reported clause (from `start`) has ended.
    A compound report is one speech act and stays one clause unless `compound` is False: "acknowledged A
    but denied that B", "said A but considered B" (no comma before "but"), "claimed that A and vowed to B",
    "said A and called for B" (the second verb reports no clause of its own)."""
    ahead = index + 1
    while ahead < len(tokens) and tokens[ahead].low in ("and", "but", "also", "then", "later"):
        ahead += 1
    if tokens[index].text == "," and ahead == index + 1:
        return False  # a bare comma does not coordinate
    if ahead < len(tokens) and tokens[ahead].low in ("he", "she", "they"):
        ahead += 1
    if ahead >= len(tokens):
        return False
    word = tokens[ahead]
    if word.low in _REPORTER_VERBS or (tokens[index].text == "," and ahead == index + 2 and word.low in _AUXILIARIES):
        return True  # ", and was accelerated when …": a predicate of the reporter's own sentence
    contrast = tokens[index].low == "but"  # "A but denied B"; ", but warned that B" is a second report
    past = word.text.islower() and word.low.endswith("ed")
    if word.low in FRAGMENT_VERBS and compound and tokens[index].low == "and" and any(
            t.kind == "q" for t in tokens[ahead + 1:ahead + 6]) and tokens[ahead + 1].low != "that":
        return False  # 'said it had counted 11 dead and called the raid "a massacre"': one report, told whole
    if word.low in SAY_VERBS or word.low in FRAGMENT_VERBS:
        complement = tokens[ahead + 1].low if ahead + 1 < len(tokens) else ""
        return not compound or not (contrast or complement in _NOUN_COMPLEMENTS)
    if contrast or tokens[index].text != "," or not past:
        return False
    return not any(t.low.endswith("ed") and t.text.islower() and tokens[i - 1].low not in _AUXILIARIES
                   for i, t in enumerate(tokens[start:index], start) if i > start)


def _participle_gloss(tokens: Sequence[Token], index: int) -> bool:
    """", throwing into doubt …", ", leaving Haitians …": a participle after a comma, with its object, carries
    the reporter's gloss on the reported clause rather than more of it (", supporting role" does not)."""
    token = tokens[index]
    if not (token.kind == "w" and token.text.islower() and token.low.endswith("ing") and len(token.low) > 5):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return token.low not in _NOT_PARTICIPLES and following is not None and following.kind == "w" and (
        following.low in DETERMINERS or following.low in _GLOSS_OBJECTS or following.low[:1].isdigit()
        or following.text[0].isupper())


def _summative_gloss(tokens: Sequence[Token], index: int) -> bool:
    """", a reference to …", ", an apparent swipe at …", ", a move that …": a noun phrase after the comma
    that sums up the clause is the reporter's comment on it."""
    return tokens[index].low in ("a", "an") and any(t.low in _GLOSS_NOUNS for t in tokens[index + 1:index + 3])


# third-person present verbs that tell an ongoing circumstance: "as the nation prepares", "as talks continue"
_PRESENT_VERBS = frozenset({"prepares", "continues", "faces", "braces", "seeks", "struggles", "marks", "enters",
                            "looms", "approaches", "nears", "grows", "deepens", "mounts", "intensifies", "heads"})
_SPAN_WORDS = frozenset({"day", "days", "hours", "hour", "week", "weeks", "month", "months", "minutes", "moments"})


def _time_gloss(tokens: Sequence[Token], index: int) -> bool:
    """", a day after the prime minister's office announced …", ", two weeks before …", ", hours after …": when
    the report came, by the reporter, not part of what was said."""
    for ahead in range(index, min(len(tokens) - 1, index + 4)):
        if tokens[ahead].low in _SPAN_WORDS:
            # the event it dates is someone's report ("announced", "said"), not part of the story told
            reported = any(t.low in SAY_VERBS for t in tokens[ahead + 2:ahead + 14])
            return reported and tokens[ahead + 1].low in ("after", "before") and all(
                t.low in ("a", "an", "just", "only", "barely", "some", "about", "two", "three", "four", "five", "six",
                          "several", "few", "mere", "48", "24", "72") for t in tokens[index:ahead])
    return False


_AS_SUBJECTS = frozenset({"the", "its", "their", "his", "her", "a", "an"})


def _as_gloss(tokens: Sequence[Token], index: int) -> bool:
    """", as the island nation prepares for its first final …": a clause with its own subject and verb after
    ", as" tells the circumstances of the report, not what was said."""
    if tokens[index].low != "as" or index + 2 >= len(tokens) or tokens[index + 1].low not in _AS_SUBJECTS:
        return False
    return any(t.kind == "w" and t.text.islower() and t.low.endswith("s") and t.low in _PRESENT_VERBS
               for t in tokens[index + 2:index + 12])


def _another_speaker(tokens: Sequence[Token], index: int, text: str) -> bool:
    """", but the EU said …": after the conjunction, another subject reports something of its own."""
    cue = cue_after(tokens, index + 1, len(tokens), text)
    if cue is not None and cue > index + 1 and (tokens[cue].low in SAY_VERBS or tokens[cue].low in PLURAL_PRESENT):
        return True
    if _relative_then_verb(tokens, index + 1):
        return True  # ", while a trader who gave his name only as Ali said …": a subject with a relative clause
    # "with Norland claiming that …, and the UN insisting that …": a second subject with its own participle
    return any(t.low in PARTICIPLES and tokens[i + 1].low == "that" and all(
        u.kind == "w" for u in tokens[index + 1:i]) for i, t in enumerate(tokens[index + 2:index + 7], index + 2)
        if i + 1 < len(tokens))


def _relative_then_verb(tokens: Sequence[Token], start: int) -> bool:
    """"a trader who gave his name only as Ali said": a short noun phrase, a relative clause without
    punctuation, then a reporting verb in the past."""
    who = next((i for i in range(start + 1, min(len(tokens), start + 5)) if tokens[i].low in ("who", "whose")), None)
    if who is None or not all(t.kind == "w" for t in tokens[start:who]):
        return False
    for index in range(who + 2, min(len(tokens), who + 14)):
        token = tokens[index]
        if token.kind != "w":
            return False
        if token.low in _PAST_SAY and token.text.islower():
            return True
    return False


_PAST_SAY = frozenset({"said", "told", "added", "warned", "insisted", "argued", "explained", "complained"})


def clause_end(tokens: Sequence[Token], start: int, text: str, compound: bool = True) -> int:
    """Where the clause that starts at `start` ends: at a semicolon or colon, before ", adding …",
    ", according to …", ", he said", or before the reporter's next verb (see `new_report`)."""
    for index in range(start, len(tokens)):
        token = tokens[index]
        if token.text in (";", ":") and not (token.text == ":" and index > start + 2 and index + 1 < len(tokens)
                                            and tokens[index + 1].kind == "w" and tokens[index + 1].text.islower()):
            # "left one thing out: who would pay …": a colon inside the clause that explains
            return trim(tokens, start, index)
        if token.text == "," and index + 1 < len(tokens):
            following = tokens[index + 1]
            cue = cue_after(tokens, index, len(tokens), text)
            if following.low in PARTICIPLES or following.low in ("according", "without", "though", "although") or (
                cue is not None and tokens[cue].low in SAY_VERBS
            ) or _participle_gloss(tokens, index + 1) or _summative_gloss(tokens, index + 1) or (
                _time_gloss(tokens, index + 1)) or _as_gloss(tokens, index + 1):
                return trim(tokens, start, index)
        if index > start and token.low in ("and", "but", "while", "whereas") and _another_speaker(tokens, index, text):
            return trim(tokens, start, index - 1 if tokens[index - 1].text == "," else index)
        if index > start and (token.text == "," or token.low in ("and", "but")) and new_report(
                tokens, start, index, compound):
            return trim(tokens, start, index)
    return trim(tokens, start, len(tokens))


_RANK_ADJECTIVES = frozenset({"senior", "chief", "lead", "principal", "former", "veteran", "longtime", "associate",
                              "assistant", "retired", "visiting", "independent", "leading", "prominent"})


def past_apposition(tokens: Sequence[Token], index: int) -> int | None:
    """For an apposition that starts at tokens[index] (a comma) — "X, a researcher at Y," — the index of the
    comma that closes it, or len(tokens) when it may run to the end of the sentence; `index` when there is
    none; None when what follows the comma cannot be an apposition."""
    if index >= len(tokens) - 1 or tokens[index].text != ",":
        return index
    first = tokens[index + 1]
    described = first.low in _RANK_ADJECTIVES and any(  # "X, senior analyst for Latin America at Y,"
        t.low in PERSON_NOUNS or is_title_word(t) for t in tokens[index + 2:index + 4])
    # "X, of the Chișinău-based think tank Expert-Grup,": an affiliation
    affiliated = first.low == "of" and index + 2 < len(tokens) and tokens[index + 2].low in DETERMINERS
    if not (first.low in DETERMINERS or is_title_word(first) or first.low in PERSON_NOUNS or described or affiliated):
        return None
    if not affiliated and not any(is_title_word(t) or t.low in PERSON_NOUNS for t in tokens[index + 1:index + 7]):
        return None  # "according to the ministry, the two sides …": a clause, not a description
    closing = next((i for i in range(index + 1, min(len(tokens), index + 24)) if tokens[i].text in ",;"), None)
    return len(tokens) if closing is None else closing


def skip_listener(tokens: Sequence[Token], cursor: int, text: str) -> int:
    """The index after the listener of "told": "told reporters", "told Reuters", "told a news conference"."""
    if cursor >= len(tokens):
        return cursor
    first = tokens[cursor]
    if first.low in _LISTENERS and not (cursor + 1 < len(tokens) and tokens[cursor + 1].kind == "pos"):
        return cursor + 1
    if first.low in _LISTENERS or is_name_word(first):
        phrase = phrase_starting_at(tokens, cursor, len(tokens), text, owners=False)
        cursor = phrase.last + 1 if phrase is not None else cursor + 1
        while cursor < len(tokens) and tokens[cursor].low.isdigit():
            cursor += 1
        if cursor + 1 < len(tokens) and tokens[cursor].kind == "pos":
            return skip_listener(tokens, cursor + 1, text)  # "told Parliament's Select Committee on Trade"
        # "the Select Committee on Foreign Affairs and Trade": a body's name runs on through "on"/"of"/"for"
        while cursor + 1 < len(tokens) and tokens[cursor].low in ("on", "of", "for") and (
                is_name_word(tokens[cursor + 1])):
            cursor += 2
            while cursor < len(tokens) and (is_name_word(tokens[cursor]) or (
                    tokens[cursor].low == "and" and cursor + 1 < len(tokens) and is_name_word(tokens[cursor + 1]))):
                cursor += 1
        return cursor
    if first.low == "the" and cursor + 1 < len(tokens) and is_name_word(tokens[cursor + 1]):
        return skip_listener(tokens, cursor + 1, text)  # "told The Associated Press"
    if first.low in DETERMINERS:
        for ahead in range(cursor + 1, min(len(tokens), cursor + 5)):
            if tokens[ahead].low in _AUDIENCE_NOUNS:
                return ahead + 1
    return cursor


def skip_adjuncts(tokens: Sequence[Token], cursor: int) -> int:
    """Skip "on Monday", "in a statement", "at a news conference in Baghdad" before the clause."""
    for _ in range(4):
        if cursor >= len(tokens):
            return cursor
        token = tokens[cursor]
        if token.text == ",":
            closing = next((i for i in range(cursor + 1, min(len(tokens), cursor + 10))
                            if tokens[i].text == ","), None)
            if closing is not None and closing + 1 < len(tokens) and tokens[closing + 1].low == "that":
                return closing + 1
            return cursor
        if token.low not in ADJUNCT_STARTS or (
            cursor + 1 < len(tokens) and tokens[cursor + 1].low in ("least", "most", "all")
        ):
            return cursor
        cursor += 1
        if token.low in _SELF_CONTAINED:  # "said Friday it had …": the day is the whole adjunct
            if cursor < len(tokens) and tokens[cursor].low in _PARTS_OF_DAY:
                cursor += 1
            continue
        taken = 0
        while cursor < len(tokens) and taken < 5:
            word = tokens[cursor]
            if word.kind == "q" and cursor + 1 < len(tokens) and tokens[cursor + 1].low == "that":
                cursor += 1  # 'said on the programme "Aktualijų studija" that …': a title ends the adjunct
                break
            if word.kind in ("p", "q") or word.low == "that":
                break
            if taken and (word.low in DETERMINERS or word.low in ("he", "she", "it", "they", "we", "i")) and not (
                    word.low in DETERMINERS and tokens[cursor - 1].low in _ADJUNCT_PREPOSITIONS):
                break  # a new subject starts; but "in an interview with the BBC" goes on
            if word.low in ADJUNCT_STARTS and taken:
                break
            cursor += 1
            taken += 1
    return cursor
