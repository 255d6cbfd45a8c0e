"""Appositions: the comma-bounded phrase that describes a name. "John W. Brennan, commander of CJTF-OIR,"
gives a title and an organisation; "a Pentagon spokesperson, John Smith," gives the name itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.people_names import NameParts, is_name_word, is_title_word, split_name
from bot.analyse.speech_lexicon import (
    DEMONYM,
    FRAGMENT_VERBS,
    ORG_WORDS,
    PERSON_NOUNS,
    SAY_VERBS,
    TITLE_MODIFIERS,
    word_set,
)
from bot.analyse.speech_phrases import DETERMINERS
from bot.analyse.speech_runs import name_start
from bot.analyse.speech_tokens import Token

_REPORTING = SAY_VERBS | FRAGMENT_VERBS

_APPOSITION_PREPS = word_set("of for at in with from to")


def parse_apposition(tokens: Sequence[Token], text: str) -> tuple[str | None, str | None] | None:
    """Title and organisation from an apposition: "commander of CJTF-OIR", "the ministry’s spokesman"."""
    toks = [t for t in tokens if t.low not in DETERMINERS or t.kind != "w"]
    while toks and toks[0].low in DETERMINERS:
        toks.pop(0)
    relative = next((i for i, t in enumerate(toks) if t.low in ("who", "which", "that", "whose")), len(toks))
    toks = toks[:relative]  # "a municipal assembly member [who attended the meeting]"
    if not toks or len(toks) > 14 or any(t.low in SAY_VERBS and t.text.islower() for t in toks):
        return None  # "… Vell and Kora Bay, the Minister of Defence announced today": a clause, not an apposition

    def is_role(token: Token) -> bool:
        return is_title_word(token) or token.low in PERSON_NOUNS

    def span(part: Sequence[Token]) -> str | None:
        part = list(part)
        while part and (part[0].low in DETERMINERS or part[0].kind == "p"):
            part.pop(0)
        while part and part[-1].kind in ("p", "pos"):
            part.pop()
        return text[part[0].start:part[-1].end] if part else None

    possessive = [i for i, t in enumerate(toks) if t.kind == "pos"]
    if possessive:
        owner, role = toks[:possessive[0]], toks[possessive[0] + 1:]
        if role and is_role(role[-1]):
            return span(role), span(owner)
        return None
    prep = next((i for i, t in enumerate(toks) if t.low in _APPOSITION_PREPS), len(toks))
    role = toks[:prep]
    if not role or not is_role(role[-1]):
        return None
    org = toks[prep + 1:] if prep < len(toks) else []
    org_text = span(org) if org and (is_name_word(org[0]) or org[0].low in DETERMINERS) else None
    caps = [t for t in role if is_name_word(t) and not is_title_word(t)]
    if caps and role[0] is caps[0] and not org_text:  # "the Pentagon press secretary"
        cut = next(i for i, t in enumerate(role)
                   if is_title_word(t) or t.low in PERSON_NOUNS or (t.text.islower() and t.low in TITLE_MODIFIERS))
        return span(role[cut:]), span(role[:cut])
    return span(role), org_text


def person_from_apposition(tokens: Sequence[Token], text: str) -> NameParts | None:
    """A name given as an apposition: "a Pentagon spokesperson, John Smith, said"; "Major General
    Pierre-Luc Gagnon of Canada" (the place after "of" becomes the organisation)."""
    cut = next((i for i, t in enumerate(tokens) if t.low in ("of", "from", "at") and t.text.islower()), len(tokens))
    if cut == 0 or not is_name_word(tokens[cut - 1]):
        return None
    first = name_start(tokens, cut - 1, 0)  # "the Kenyan actor [Wanjiru Kamau]"
    parts = split_name(tokens[first:cut], text)
    shouted = parts is not None and len(parts.name.split()) > 1 and all(  # "the representative of X, HELENA KOVAC,"
        t.text.isupper() for t in tokens[first:cut] if t.kind == "w")
    if parts is None or parts.kind == "org" or (parts.kind == "unknown" and not parts.title and not shouted):
        return None
    before = [t for t in tokens[:first] if t.low not in DETERMINERS]
    title = parts.title or (text[before[0].start:before[-1].end] if before else None)
    org = text[tokens[cut + 1].start:tokens[-1].end] if cut + 1 < len(tokens) else None
    return replace(parts, kind="person", title=title, org=parts.org or org)


def opening_office(tokens: Sequence[Token], opening: int, text: str) -> str | None:
    """The office that opens the sentence (or the attribution after a quotation) and ends at the comma
    tokens[opening] ("The Spokesperson of the Mission (…)", "Bolivia's Minister of Cultures, Decolonization
    and …"), when nothing in it reports."""
    # the office opens the sentence or follows "by/with/from the": "The Council was briefed by the Special
    # Representative of the Chairperson …, Ambassador X,"
    start = next((i + 1 for i in range(opening - 2, -1, -1) if (tokens[i].low == "the" or tokens[i].kind == "pos")
                  and _titled_run(tokens, i + 1, opening) and (i == 0 or _owner_opens(tokens, i)
                                                                or tokens[i - 1].low in ("by", "with", "from")
                                                                or _after_quotation(tokens, i)
                                                                or _after_opening(tokens, i))), 0)
    # "Corps Commander Northtown, Lieutenant General X, was the chief guest": no article, a place after the head
    bare = start == 0 and _bare_office(tokens, opening)
    if (start == 0 and not bare) or start >= opening:
        return None
    head = next((i for i in range(start, opening) if is_title_word(tokens[i])), start)  # past the body's name
    following = tokens[head + 1] if head + 1 < opening else None
    if following is not None and following.low not in ("of", "for", ",") and not is_title_word(following) and (
            following.low not in TITLE_MODIFIERS) and not bare:
        return None
    if any(t.kind == "q" or (t.kind == "w" and t.text.islower() and t.low in _REPORTING)
           for t in tokens[start:opening]):
        return None
    return text[tokens[start].start:tokens[opening - 1].end]


def _bare_office(tokens: Sequence[Token], opening: int) -> bool:
    """An office of a few capitalised words that opens the sentence without an article ("Corps Commander
    Northtown"): a title word, a body's words and at most one other word (a place), so never a person's name."""
    office = tokens[:opening]
    others = [t for t in office if not is_title_word(t) and t.low not in ORG_WORDS]
    return 1 < len(office) <= 5 and len(others) <= 1 and any(is_title_word(t) for t in office) and all(
        t.kind == "w" and t.name for t in office)


_OFFICE_WORDS = 9  # an office apposed before a name: "the Minister for Foreign Affairs and Cooperation"
OFFICE_JOINERS = word_set("of the for and on de")  # words inside an office: "Minister of State for Defence"


def office_before(tokens: Sequence[Token], comma: int) -> int | None:
    """Where the office starts that stands between commas before the name whose comma is tokens[comma]
    ("…, the Minister for Defence, Yaw X, said", "…, Norland's defence minister, Ana Y, said"), or None."""
    opening = next((i for i in range(comma - 1, max(0, comma - _OFFICE_WORDS), -1) if tokens[i].text == ","), None)
    if opening is None or opening + 2 >= comma:
        return None
    office = tokens[opening + 1:comma]
    opens = office[0].low == "the" or (len(office) > 2 and office[1].kind == "pos")
    words = [t for t in office if t.kind == "w"]
    if opens and any(is_title_word(t) for t in words) and all(
            t.text[0].isupper() or t.low in OFFICE_JOINERS or t.low in TITLE_MODIFIERS or is_title_word(t)
            for t in words):
        return opening + 1
    return None


def _owner_opens(tokens: Sequence[Token], pos: int) -> bool:
    """"Norland's", "Republika Srpska's", "the United States'": a named owner opens the sentence before the
    possessive at tokens[pos]."""
    start = 1 if tokens[0].low == "the" else 0
    return tokens[pos].kind == "pos" and 0 < pos - start <= 4 and all(
        t.kind == "w" and t.name for t in tokens[start:pos])


_OPENERS = word_set(
    "in at on after during following later earlier meanwhile separately afterwards within before shortly")


def _after_opening(tokens: Sequence[Token], index: int) -> bool:
    """"Speaking at the port, where he met the troops, the Chief of Defence Forces, General X, said": the
    office opens the clause after an introductory phrase."""
    return index > 1 and tokens[index - 1].text == "," and (tokens[0].low in _OPENERS or (
        tokens[0].low.endswith("ing") and not tokens[0].name))


def _after_quotation(tokens: Sequence[Token], index: int) -> bool:
    """'"…," the spokesman of the force, Lt. Col. X, said': the office opens the attribution after a quotation."""
    return index > 0 and (tokens[index - 1].kind == "q" or (
        index > 1 and tokens[index - 1].text == "," and tokens[index - 2].kind == "q"))




def _titled_run(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """"Special Representative", "Deputy Head", "Minister", "UN Secretary-General": title words, modifiers
    or the name of the body first, up to a title head."""
    for token in tokens[start:min(stop, start + 3)]:
        if is_title_word(token):
            return True
        modifier = token.low in TITLE_MODIFIERS or DEMONYM.fullmatch(token.text) is not None
        if not (modifier or (token.name and token.text.isupper())):
            break  # "defence minister", "Deputy Head", "UN Secretary-General", "Lithuanian Minister"
    else:
        return False
    # the body's own name first: "the Tanzania People's Defence Force (TPDF) Chief of Defence Forces"
    owner = start
    while owner < min(stop, start + 9) and not is_title_word(tokens[owner]) and (
            tokens[owner].name or tokens[owner].kind == "pos" or tokens[owner].text in "()"):
        owner += 1
    return owner > start and owner < stop and tokens[owner - 1].kind in ("pos", "p", "w") and (
        tokens[owner - 1].kind == "pos" or tokens[owner - 1].text == ")") and is_title_word(tokens[owner])
