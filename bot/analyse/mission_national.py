"""Missions that have no name: one country's deployment in another place, written as "the Russian
peacekeeping contingent in Karabakh" or "Rwandan troops … in Cabo Delgado". Such a deployment is a mission
worth tracking when the article says it twice (or in its headline) with the same place, and either calls it
a peacekeeping force or contingent or says it was deployed or stationed; a single "Russian troops in X" in a
war report is not one.
"""

from __future__ import annotations

import re
from collections import Counter

_DEMONYM = r"(?P<nat>(?-i:(?:(?:South|North|East|West|Central)\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)))"
_NOUN = (r"(?P<noun>peacekeeping\s+(?:contingent|force|troops|mission)|peacekeepers|contingent|troops|troop|"
         r"forces|soldiers|deployment)")
_DEPLOYMENT = re.compile(rf"\b{_DEMONYM}\s+(?:military\s+|armed\s+)?{_NOUN}\b", re.IGNORECASE)
# the place after the noun, in the same sentence: "in Azerbaijan's Karabakh region", "from Karabakh", "in the
# northern province of Cabo Delgado"
_PLACE = re.compile(
    r"\b(?:in|from|to|of)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:province|region|state|district|territory)\s+of\s+)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_REACH = 110
_TRAINED_BEFORE = re.compile(
    r"\b(?:train(?:s|ed|ing)?|instruct(?:s|ed|ing)?|(?:training|instruction)\s+of)\s+(?:the\s+|some\s+|"
    r"(?:about|around|more\s+than|over)\s+)?(?:[\d,]+\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")
_STRONG_NOUNS = ("peacekeep", "contingent", "deployment")
_STATIONED = re.compile(r"\b(?:deployed|stationed|deployment|based|posted)\b", re.IGNORECASE)
_NOT_PLACE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Province|Region)$"
)
_PLACE_SUFFIXES = (" Province", " Region", " State", " District")
# "Rwanda Security Forces (RSF)": the country's own name for its force, used instead of "Rwandan troops"
_FORCE_ACRONYM = re.compile(r"\b(?P<long>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:Forces?|Contingent))\s*"
                            r"\((?P<acr>[A-Z]{2,6})\)")


def _place_after(text: str, end: int) -> str | None:
    stop = _SENTENCE_END.search(text, end, end + _REACH)
    window = text[end:stop.start() if stop else min(len(text), end + _REACH)]
    for match in _PLACE.finditer(window):
        place = match["place"]
        for suffix in _PLACE_SUFFIXES:
            place = place.removesuffix(suffix)
        if not _NOT_PLACE.match(place.split()[0]):
            return place
    return None


def national_deployments(text: str, headline_end: int) -> list[tuple[int, int, str]]:
    """(start, end, canonical) for every mention of an unnamed national deployment the article is about;
    `headline_end` is where the headline stops (a headline mention counts double)."""
    found: list[tuple[int, int, str, str]] = []  # start, end, nationality, place or ""
    for match in _DEPLOYMENT.finditer(text):
        if match.start() > 0 and text[match.start() - 1] in "-–":
            continue  # "Turkish-Russian …": a joint centre, not one country's deployment
        if _TRAINED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "the training of Kestrian soldiers in Norland": trainees, not a deployment
        found.append((match.start(), match.end(), match["nat"], _place_after(text, match.end()) or ""))
    if not found:
        return []
    places: Counter[tuple[str, str]] = Counter()
    strong: set[str] = set()
    for start, end, nat, place in found:
        if place:
            places[(nat, place)] += 2 if start < headline_end else 1
        if any(word in text[start:end].lower() for word in _STRONG_NOUNS):
            strong.add(nat)
    headline = text[:headline_end]
    for nat, place in list(places):  # "Rwandan troops have begun scaling down Cabo Delgado deployment"
        if place in headline and any(n == nat and start < headline_end for start, _, n, _ in found):
            places[(nat, place)] += 2
    result: list[tuple[int, int, str]] = []
    for nat in sorted({nat for _, _, nat, _ in found}):
        best = max(((count, place) for (n, place), count in places.items() if n == nat), default=None)
        if best is None or best[0] < 2:
            continue
        if nat not in strong and not _STATIONED.search(text):
            continue
        canonical = f"{nat} {_noun_of(found, nat, text)} in {best[1]}"
        result += [(start, end, canonical) for start, end, n, _ in found if n == nat]
        result += [(start, end, canonical) for start, end in _own_names(text, nat)]
    return sorted(result)


def _own_names(text: str, nat: str) -> list[tuple[int, int]]:
    """Where the article names the deployment by the force's own short name: "Rwanda Security Forces (RSF)"
    defines RSF for Rwandan troops (the country's name shares the demonym's stem)."""
    spans: list[tuple[int, int]] = []
    for match in _FORCE_ACRONYM.finditer(text):
        if match["long"][:4] != nat[:4]:
            continue
        spans.append((match.start("long"), match.end("long")))
        spans += [(m.start(), m.end()) for m in re.finditer(rf"\b{match['acr']}\b", text)
                  if m.start() != match.start("acr")]
    return spans


def _noun_of(found: list[tuple[int, int, str, str]], nat: str, text: str) -> str:
    """The words the article uses most for the deployment ("peacekeepers", "troops")."""
    nouns = Counter(text[start:end][len(nat):].strip().lower() for start, end, n, _ in found if n == nat)
    noun = nouns.most_common(1)[0][0]
    return {"troop": "troops", "peacekeeping contingent": "peacekeepers", "contingent": "contingent"}.get(noun, noun)


NATIONAL_TROOPS = re.compile(
    r"\b(?P<nat>(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|ch)))\s+(?:troops|soldiers|forces|peacekeepers|contingent|personnel|"
    r"battlegroup|battle\s+group|force|brigade|battalion)\b")
_DEMONYM_WORD = re.compile(r"\b(?!March\b|Munich\b|Zurich\b)(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|ch))\b")
_NATION_REACH = 120


def operation_nations(text: str, missions: list[tuple[str, int]]) -> dict[str, frozenset[str]]:
    """The one demonym beside the sentence that first names each national operation ("The Italian deployment,
    known in Rome as Operation Prima Parthica"): whose troops the article's "Italian troops" are. A
    multinational force has troops of many nations, so only "Operation …" names count."""
    found: dict[str, frozenset[str]] = {}
    for name, first in missions:
        if not name.startswith("Operation "):
            continue
        demonyms = frozenset(_DEMONYM_WORD.findall(text[max(0, first - _NATION_REACH):first + _NATION_REACH]))
        if len(demonyms) != 1:
            demonyms = _leading_country(text, first)
        if len(demonyms) == 1:
            found[name] = demonyms
    return found


# "Britain has led the multinational battlegroup in Estonia since 2017 under Operation X": the country that runs it
_LEADING_COUNTRY = re.compile(
    r"\b(?P<country>(?-i:[A-Z][a-z]{3,}))\s+(?:has|have|had)\s+(?:led|sent|deployed|kept|maintained|commanded|"
    r"contributed)\b[^.;]*$")


def _leading_country(text: str, first: int) -> frozenset[str]:
    """The demonym of troops the article names ("British battlegroup") for the country that runs the operation
    named at `first`; their stems agree ("Brit-")."""
    found = _LEADING_COUNTRY.search(text, max(0, first - _NATION_REACH), first)
    if found is None:
        return frozenset()
    stem = found["country"][:4]
    return frozenset(m["nat"] for m in NATIONAL_TROOPS.finditer(text) if m["nat"][:4] == stem)
