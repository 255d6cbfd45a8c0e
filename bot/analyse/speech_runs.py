"""Runs of capitalised words that make one name: "Maj. Gen. John W. Brennan", "Iraq’s National Security
Adviser, Qasim al-Araji", "Office for the Coordination of Humanitarian Affairs (OCHA)", "Nicolas de la
Roche", and the parenthesised affiliation of UN meeting records, "VASSILY ORLOV (Russian Federation)".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.given_names import is_given_name
from bot.analyse.people_names import abbreviates, is_name_word, is_title_word
from bot.analyse.speech_lexicon import NAME_PARTICLES, ORG_WORDS, TITLE_MODIFIERS
from bot.analyse.speech_tokens import Token

_CONNECTIVES = frozenset({"of", "for", "in", "and", "on"})


def _run_word(tokens: Sequence[Token], index: int, follower: Token | None) -> bool:
    """Whether tokens[index] belongs to a name run whose next word is `follower`."""
    token = tokens[index]
    if is_name_word(token):
        return True
    if follower is None:
        return False
    if token.kind == "pos":
        return index > 0 and is_name_word(tokens[index - 1]) and is_name_word(follower)
    if token.low in NAME_PARTICLES and token.text.islower():  # "Nicolas de la Roche", "Ahmadou ag Albachar"
        previous = tokens[index - 1] if index > 0 else None
        return previous is not None and (is_name_word(previous) or previous.low in NAME_PARTICLES) and (
            is_name_word(follower) or follower.low in NAME_PARTICLES)
    if token.low in ("of", "for", "on", "in") and token.kind == "w":
        previous = tokens[index - 1] if index > 0 else None
        return previous is not None and previous.kind == "w" and previous.text[0].isupper() and (
            is_title_word(previous) or previous.low in ORG_WORDS
        ) and (is_name_word(follower) or follower.low == "the")
    if token.low == "the" and token.kind == "w":
        return index > 0 and tokens[index - 1].low in ("of", "for", "on", "in") and is_name_word(follower)
    if token.low == "and" and token.kind == "w":  # "Department for Business and Trade"
        return (index > 1 and is_name_word(tokens[index - 1]) and is_name_word(follower)
                and tokens[index - 2].low in ("of", "for", "on"))
    if token.text == ",":
        return index > 0 and is_title_word(tokens[index - 1]) and is_name_word(follower)
    if token.kind == "w" and token.text.islower() and (is_title_word(token) or token.low in TITLE_MODIFIERS):
        return is_name_word(follower) or is_title_word(follower) or follower.low in TITLE_MODIFIERS
    return False


def _org_connective(tokens: Sequence[Token], first: int, index: int, follower: Token | None) -> bool:
    """"Office for the Coordination of Humanitarian Affairs": once a run has named an organisation, "of"
    between capitalised words keeps it going."""
    token = tokens[index]
    if not (token.low in _CONNECTIVES and token.kind == "w" and token.text.islower() and follower is not None
            and (is_name_word(follower) or follower.low == "the") and is_name_word(tokens[index - 1])):
        return False
    run = tokens[first:index]
    # "Deputy Minister of Foreign Affairs of the Kestrian Republic": an office's "of" keeps it going too
    return any(t.low in ORG_WORDS for t in run) or (
        any(t.low in ("of", "for") for t in run) and any(is_title_word(t) for t in run))


def _connected_start(tokens: Sequence[Token], first: int, lo: int) -> int | None:
    """Reading back from "Europe" in "the Organization for Security and Co-operation in Europe said": the
    start of an organisation's name that connectives ("in", "of", "for", "on", "of the", and "and" inside a
    complement) join to the run starting at tokens[first]; None when no organisation's word comes first."""
    best = None
    cursor = first
    for _ in range(4):
        joint = cursor - 1
        if joint - 1 >= lo and tokens[joint].low == "the" and tokens[joint - 1].low in _CONNECTIVES:
            joint -= 1
        if joint - 1 < lo or tokens[joint].low not in _CONNECTIVES or not tokens[joint].text.islower() or (
                not is_name_word(tokens[joint - 1])):
            break
        start = joint - 1
        while start - 1 >= lo and is_name_word(tokens[start - 1]):
            start -= 1
        if tokens[joint].low == "and" and not (start - 1 >= lo and tokens[start - 1].low in ("of", "for", "on")):
            break  # "the Ministry of Defence and Jane Smith": two speakers, not one name
        if any(t.low in ORG_WORDS for t in tokens[start:joint]):
            best = start
        cursor = start
    return best


def name_start(tokens: Sequence[Token], last: int, lo: int) -> int:
    """The first token of the name run that ends at tokens[last] (reading no further back than `lo`)."""
    first = last
    commas = 0
    while first - 1 >= lo and _run_word(tokens, first - 1, tokens[first]):
        if tokens[first - 1].text == ",":
            commas += 1
            if commas > 1:
                break
        first -= 1
    while first < last and not is_name_word(tokens[first]) and not is_title_word(tokens[first]):
        first += 1
    joined = _connected_start(tokens, first, lo)  # "Office for the Coordination of Humanitarian Affairs"
    return first if joined is None else joined


def acronym_at(tokens: Sequence[Token], open_index: int, hi: int) -> bool:
    """"(JOC)": a parenthesised acronym that belongs to the name before it."""
    return (open_index + 2 < hi and tokens[open_index].text == "(" and tokens[open_index + 2].text == ")"
            and tokens[open_index + 1].text.isupper() and tokens[open_index + 1].kind == "w"
            and not _party_of_person(tokens, open_index))


def _party_of_person(tokens: Sequence[Token], open_index: int) -> bool:
    """"Miriam Kessler (SPD)": after a person's name, capitals that spell nothing of it are the party."""
    first = open_index
    while first > 0 and open_index - first < 4 and is_name_word(tokens[first - 1]):
        first -= 1
    if first == open_index or not is_given_name(tokens[first].text):
        return False
    return not abbreviates(tokens[open_index + 1].text, " ".join(t.text for t in tokens[first:open_index]))


def affiliation(tokens: Sequence[Token], open_index: int, hi: int) -> int | None:
    """The index of the ")" closing a parenthesised affiliation after a name: "ORLOV (Russian Federation)"."""
    if open_index >= hi or tokens[open_index].text != "(" or acronym_at(tokens, open_index, hi):
        return None
    close = next((i for i in range(open_index + 1, min(hi, open_index + 9)) if tokens[i].text == ")"), None)
    if close is None or close == open_index + 1 or not is_name_word(tokens[open_index + 1]):
        return None
    if close + 1 < hi and tokens[close + 1].text in ("–", "—", "-"):
        return None  # a dateline: "WASHINGTON DC (Kurdistan 24) –"
    return close


def name_end(tokens: Sequence[Token], first: int, hi: int) -> int:
    """The last token of the name run that starts at tokens[first] (reading no further than `hi`)."""
    last = first
    while last + 1 < hi:
        follower = tokens[last + 2] if last + 2 < hi else None
        if not (_run_word(tokens, last + 1, follower) or _org_connective(tokens, first, last + 1, follower)):
            break
        last += 1
    if acronym_at(tokens, last + 1, hi):
        last += 3  # "(JOC)"
    while last > first and tokens[last].kind != "w" and tokens[last].text != ")":
        last -= 1
    return last
