"""Appositions around a speaker: "Brennan, commander of CJTF-OIR, said", "A Kurdish lawmaker, Viyan Hussein,
said", '"…," Dr. Nkosana Dube, director of the Organ on Politics, Defence and Security Affairs, told', "the
regulator, the Financial Conduct Authority, said". Each function returns the phrase that is the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.people_names import NameParts, is_name_word, is_title_word, split_name
from bot.analyse.speech_appositions import office_before, opening_office, parse_apposition, person_from_apposition
from bot.analyse.speech_cues import FINITE_CUES
from bot.analyse.speech_lexicon import word_set
from bot.analyse.speech_phrases import Phrase, head_class, phrase_ending_at, phrase_starting_at
from bot.analyse.speech_tokens import Token

INTRO = word_set(
    """in on at after before during following speaking asked meanwhile however earlier later last separately
    also but and yet still moreover furthermore additionally since while when as although though despite
    amid with without under over addressing writing responding commenting back outside inside across nearby
    beside near"""
)
_KIN = word_set("""sister brother son daughter wife husband mother father cousin uncle aunt nephew niece
    grandmother grandfather grandson granddaughter friend neighbour neighbor""")
_KIN_GENDER = {
    **dict.fromkeys(("brother", "son", "husband", "father", "uncle", "nephew", "grandfather", "grandson"), "m"),
    **dict.fromkeys(("sister", "daughter", "wife", "mother", "aunt", "niece", "grandmother", "granddaughter"), "f"),
}
_TAIL_WORDS = word_set("in at of for from on the")


def _tail_word(token: Token) -> bool:
    return token.kind == "w" and ((token.text.islower() and token.low in _TAIL_WORDS) or is_name_word(token))


def with_apposition_after(tokens: Sequence[Token], phrase: Phrase | None, text: str) -> Phrase | None:
    """The phrase with the title and organisation of the apposition after it ("Brennan, commander of …,")."""
    if phrase is None or phrase.last + 2 >= len(tokens) or tokens[phrase.last + 1].text != ",":
        return phrase
    stop = next((i for i in range(phrase.last + 2, len(tokens)) if tokens[i].text in ",;:." or
                 tokens[i].kind == "q"), len(tokens))
    found = parse_apposition(tokens[phrase.last + 2:stop], text)
    if found is None:
        return phrase
    return replace(phrase, title=phrase.title or found[0], org=phrase.org or found[1])


def after_quote(tokens: Sequence[Token], comma: int, text: str) -> Phrase | None:
    """'"…," Dr. Nkosana Dube, director of the Organ on Politics, Defence and Security Affairs, told':
    right after a quotation, the name that opens the attribution is the subject, whatever commas its
    apposition holds."""
    quote = next((i for i in range(comma - 1, max(-1, comma - 30), -1) if tokens[i].kind == "q"), None)
    if quote is None:
        return None
    start = quote + 2 if quote + 1 < comma and tokens[quote + 1].text == "," else quote + 1
    phrase = phrase_starting_at(tokens, start, comma, text)
    if phrase is None or phrase.kind != "name" or phrase.last + 1 >= comma or tokens[phrase.last + 1].text != ",":
        return None
    if any(t.low in FINITE_CUES for t in tokens[phrase.last + 1:comma]):
        return None
    return with_apposition_after(tokens, phrase, text)


def opening_subject(tokens: Sequence[Token], comma: int, text: str) -> Phrase | None:
    """"FATIMA AL-MANSOURI (UAE), speaking also for Gabon, Ghana and Mozambique, said": when the
    sentence opens with a name followed by a comma, that name is the subject, however many commas the
    apposition holds."""
    start = 0
    if tokens and tokens[0].low in INTRO:
        start = next((i + 1 for i in range(min(comma, 14)) if tokens[i].text == ","), 0)
    phrase = phrase_starting_at(tokens, start, comma, text)
    if phrase is None or phrase.kind not in ("name", "noun") or phrase.last + 1 >= comma:
        return None
    if any(t.kind == "q" for t in tokens[phrase.last + 1:comma]):
        return None
    if tokens[phrase.last + 1].text != ",":
        # "A spokesman for the coalition in Baghdad, Colonel Mark Halloran, said": a short place or
        # owner tail after the role noun, then the name
        tail = next((i for i in range(phrase.last + 1, min(comma, phrase.last + 12)) if tokens[i].text == ","), None)
        office = tokens[phrase.last + 1].low in ("of", "for", "and", "on", "at", "in", "from", "with")  # "… of trade"
        # "A former military observer who served in Kashmir, Major X, said": a relative clause describes the noun
        relative = tokens[phrase.last + 1].low in ("who", "that") and phrase.kind == "noun"
        if tail is None or not all(_tail_word(t) or ((office or relative) and t.kind == "w" and t.text.islower()
                                                     and t.low not in FINITE_CUES)
                                   for t in tokens[phrase.last + 1:tail]):
            return None
        inner_end = next((i for i in range(tail + 1, comma + 1) if tokens[i].text == ","), comma)
        return (named_in_apposition(tokens, phrase, tail + 1, inner_end, text)
                or _org_in_apposition(phrase, tokens[tail + 1:inner_end], tail + 1, text))
    inner_end = next((i for i in range(phrase.last + 2, comma + 1) if tokens[i].text == ","), comma)
    return (named_in_apposition(tokens, phrase, phrase.last + 2, inner_end, text)
            or with_apposition_after(tokens, phrase, text))


def named_in_apposition(tokens: Sequence[Token], phrase: Phrase, first: int, stop: int, text: str) -> Phrase | None:
    """"A Kurdish lawmaker, Viyan Hussein,": the name in the apposition, titled by the noun before it."""
    if phrase.kind != "noun" or not phrase.head or head_class(phrase.head) != "person":
        return None
    named = person_from_apposition(tokens[first:stop], text)
    if named is None and stop - first == 1 and phrase.head in _KIN and is_name_word(tokens[first]) and (
            not tokens[first].text.isupper()):
        named = NameParts(tokens[first].text, "person", gender=_KIN_GENDER.get(phrase.head))  # "Her sister, Joumana,"
    if named is None:
        return None
    owner = phrase.owner.text if phrase.owner is not None else None
    return Phrase("name", first, stop - 1, named.name, parts=named, title=phrase.text, org=named.org or owner)


def _titled_before_org(tokens: Sequence[Token], opening: int, org: str, text: str) -> Phrase | None:
    """"Rear Admiral X, Flag Officer Commanding, Eastern Fleet, said": the organisation closes
    a person's title, so the person speaks, with both."""
    previous = next((i for i in range(opening - 1, max(-1, opening - 9), -1) if tokens[i].text == ","), None)
    if previous is None or previous == 0 or not any(is_title_word(t) for t in tokens[previous + 1:opening]):
        return None
    person = phrase_ending_at(tokens, previous - 1, 0, text)
    if person is None or person.kind != "name" or person.parts is None or person.parts.kind != "person":
        return None
    return replace(person, title=text[tokens[previous + 1].start:tokens[opening - 1].end], org=org)


def apposed_subject(tokens: Sequence[Token], comma: int, strict: bool, text: str) -> Phrase | None:
    """"Brennan, commander of CJTF-OIR, said": the phrase before the apposition, with its title. With
    `strict`, only when the apposition reads as a title or a name."""
    opening = next((i for i in range(comma - 1, max(-1, comma - 26), -1)
                    if tokens[i].text in ",;:" or tokens[i].kind == "q"), None)
    if opening is None or tokens[opening].text != "," or opening == 0:
        return None
    inner = tokens[opening + 1:comma]
    org_name = inner[1:] if inner and inner[0].low == "the" else inner
    if org_name and all(is_name_word(t) for t in org_name):
        parts = split_name(org_name, text)
        if parts is not None and parts.kind == "org":  # "NATO's force in Kosovo, KFOR, said"
            return _titled_before_org(tokens, opening, parts.name, text) or Phrase(
                "name", opening + 1, comma - 1, parts.name, parts=parts)
    phrase = phrase_ending_at(tokens, opening - 1, 0, text)
    if phrase is not None and phrase.kind == "name" and phrase.first >= 3 and tokens[phrase.first - 1].low in (
            "of", "from") and tokens[phrase.first - 2].text == ",":
        # "Síofra Ní Bhríde, of Galway, a member of the Peace Alliance, writes": the place is where she lives
        named = phrase_ending_at(tokens, phrase.first - 3, 0, text)
        if named is not None and named.kind == "name" and named.parts is not None and named.parts.kind == "person":
            found = parse_apposition(inner, text)
            return replace(named, title=found[0] if found else None, org=found[1] if found else None)
    if phrase is None or phrase.kind not in ("name", "noun"):
        office = _after_office(tokens, opening, comma, text)
        ranked = person_from_apposition(inner, text) if office is None else None
        if ranked is not None and ranked.title:  # "the Force Commander afloat, Rear Admiral X, told"
            return Phrase("name", opening + 1, comma - 1, ranked.name, parts=ranked)
        return office or _after_description(tokens, opening, comma, text)
    # an office apposed to a ranked or courtesy-titled name is the better title ("the Minister for Defence,
    # Dr Yaw X,"), so it is tried first
    named = (named_in_apposition(tokens, phrase, opening + 1, comma, text)
             or _after_office(tokens, opening, comma, text)
             or _ranked_after_titled(phrase, inner, opening, text, is_title_word(tokens[phrase.first]))
             or _office_object_before(phrase, inner, opening, text)
             or _named_after_place(tokens, phrase, inner, opening, text)
             or _org_in_apposition(phrase, inner, opening + 1, text))
    if named is not None:
        return named
    found = parse_apposition(inner, text)
    if found is not None:
        return replace(phrase, title=phrase.title or found[0], org=phrase.org or found[1])
    return None if strict else phrase


def _office_object_before(phrase: Phrase, inner: Sequence[Token], opening: int, text: str) -> Phrase | None:
    """"The agency's Deputy Director for Satellite Operations, Lina X, explained": what looked like a
    name after "for" is the office's object, and the person apposed to the office speaks."""
    parts = phrase.parts
    if phrase.kind != "name" or parts is None or not (parts.title or "").endswith((" for", " of")) or not inner or (
            not all(is_name_word(t) for t in inner)):
        return None
    named = split_name(inner, text)
    if named is None or named.kind != "person" or len(named.name.split()) < 2:
        return None
    office = f"{parts.title} {parts.name}"
    return Phrase("name", opening + 1, opening + len(inner), named.name,
                  parts=replace(named, title=named.title or office, org=named.org or parts.org))


def _ranked_after_titled(phrase: Phrase, inner: Sequence[Token], opening: int, text: str = "",
                         titled: bool = False) -> Phrase | None:
    """"Commanding Officer HMAS Toowoomba, Commander Sarah Lindqvist, said", "Commander Joint Forces New Zealand,
    Major General X, said": a title held over a ship or unit, then the ranked person who holds it; the person
    speaks."""
    if phrase.kind != "name" or phrase.parts is None or not (phrase.title or phrase.parts.title or titled):
        return None
    ranked = person_from_apposition(inner, text)
    if ranked is None or not ranked.title or len(ranked.name.split()) < 2 or ranked.name == phrase.parts.name:
        return None
    return Phrase("name", opening + 1, opening + len(inner), ranked.name, parts=ranked)


def _named_after_place(tokens: Sequence[Token], phrase: Phrase, inner: Sequence[Token], opening: int,
                       text: str) -> Phrase | None:
    """"Simran's childhood coach at the hostel in Dehradun, Mohan Negi, said": a place ends the description,
    and the person apposed to it speaks."""
    before = phrase.first - 1
    while before > 0 and phrase.first - before <= 2 and (tokens[before].low == "the" or (
            tokens[before].kind == "w" and tokens[before].text[:1].islower() and "-" in tokens[before].text)):
        before -= 1  # "a lawmaker from the pro-Kestrian Unity Party, X,"
    if phrase.kind != "name" or before < 0 or tokens[before].low not in ("in", "at", "from", "near"):
        return None
    if not inner or not all(is_name_word(t) for t in inner):
        return None
    person = split_name(inner, text)
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    return Phrase("name", opening + 1, opening + len(inner), person.name, parts=person)


def _after_office(tokens: Sequence[Token], opening: int, comma: int, text: str) -> Phrase | None:
    """"The Spokesperson of the UN Verification Mission in Colombia (Misión …), Ana Reyes, briefed",
    "Bolivia's Minister of Cultures, Decolonization and Depatriarchalization, Rosario Chávez, said": a sentence
    that opens with an office, however many commas and brackets it holds, then a person's name."""
    office = opening_office(tokens, opening, text)
    if office is None:  # "…, the Minister for Defence, Yaw X, said": after the reported clause
        first = office_before(tokens, opening)
        if first is not None and tokens[first].low == "the":
            first += 1
        office = None if first is None else text[tokens[first].start:tokens[opening - 1].end]
    named = person_from_apposition(tokens[opening + 1:comma], text) if office is not None else None
    if named is None or len(named.name.split()) < 2:
        return None
    return Phrase("name", opening + 1, comma - 1, named.name, parts=replace(named, title=office), title=office)


def _org_in_apposition(phrase: Phrase, inner: Sequence[Token], first: int, text: str) -> Phrase | None:
    """"The ship's operator, the Tromsø-based Polar Horizons, said": after a noun for an organisation, the
    name in the apposition is that organisation, whatever its words ("-based" places and adjectives aside)."""
    if phrase.kind != "noun" or not phrase.head or head_class(phrase.head) != "org":
        return None
    start = 1 if inner and inner[0].low == "the" else 0
    while start < len(inner) and (inner[start].low.endswith("-based") or (
            inner[start].text.islower() and inner[start].kind == "w")):
        start += 1
    words = inner[start:]
    if not words or len(words) > 6 or not all(is_name_word(t) or t.low in ("of", "and", "&") for t in words) or (
            not is_name_word(words[-1])):
        return None
    name = text[words[0].start:words[-1].end]
    return Phrase("name", first + start, first + len(inner) - 1, name, parts=NameParts(name, "org"))


def _after_description(tokens: Sequence[Token], opening: int, comma: int, text: str) -> Phrase | None:
    """"In Aitaroun, the village mukhtar, Hussein Fawaz, said": a description no noun list knows ("the" and
    up to four lower-case words) that opens the clause, then a full name: the name speaks, titled by it."""
    first = opening - 1
    while first >= 0 and opening - first <= 4 and tokens[first].kind == "w" and tokens[first].text.islower() and (
            tokens[first].low not in ("the", "a", "an")):
        first -= 1
    if first < 0 or first == opening - 1 or tokens[first].low not in ("the", "a", "an") or (
            first > 0 and tokens[first - 1].text != ","):
        return None
    name = split_name(tokens[opening + 1:comma], text)
    if name is None or name.kind not in ("person", "unknown") or len(name.name.split()) < 2:
        return None
    title = text[tokens[first + 1].start:tokens[opening - 1].end]
    return Phrase("name", opening + 1, comma - 1, name.name, parts=replace(name, kind="person", title=title))
