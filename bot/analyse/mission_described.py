"""Missions a country or force runs without a name, written as what they do and where: "the Coastal Defence
Force's surveillance mission in the Gulf", "Navy to end surveillance mission in Gulf". The kind of work and the
place make the name, so every such phrase with the same kind and place is one mission; a "trade mission" or
a "rescue mission" is none.
"""

from __future__ import annotations

import re

# an owner (acronym, capitalised name with "'s", or a demonym), one or two words of kind, "mission", the place
_DESCRIBED = re.compile(
    r"\b(?P<owner>(?:[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3}|navy|army|military|coast\s+guard)(?:['’]s)?)\s+"
    r"(?P<kind>(?:[a-z]+-[a-z]+|naval|maritime|surveillance|reconnaissance|escort|minesweeping|training|"
    r"monitoring|advisory|evacuation|peacekeeping|air-policing|counter-piracy|anti-piracy)"
    r"(?:\s+(?:and\s+)?[a-z]+-?[a-z]+)?)\s+mission\s+(?:in|to|off|over)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})"
)
_NOT_MISSION_KINDS = re.compile(
    r"\b(?:trade|space|diplomatic|fact-finding|rescue|search-and-rescue|humanitarian|medical|investigat\w*|"
    r"assessment|technical|observation|election|lunar|crewed|research|sales|business|mission-critical)\b"
)
_REACH_BACK, _REACH_AFTER = 90, 60  # an owner of four words and a kind of two; a place of three words
_MISSION_AT = re.compile(r"\bmission\s+(?:in|to|off|over)\s")
_LEADING = {"The", "A", "An", "In", "On", "Under", "After", "Before", "Its"}


def described_missions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every phrase naming such a mission; the name is the first phrase's, and the
    mission counts only when it is named twice or in the headline."""
    if not _MISSION_AT.search(text):  # the phrase always holds "mission in/to/off/over": a cheap first look
        return []
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    first: dict[tuple[str, str], str] = {}
    headline_end = text.find("\n") % (len(text) + 1)
    matches: dict[int, re.Match[str]] = {}
    for at in _MISSION_AT.finditer(text):  # read only around each "mission in/to …", not the whole text
        match = _DESCRIBED.search(text, max(0, at.start() - _REACH_BACK), at.end() + _REACH_AFTER)
        if match is not None and match.start("kind") < at.start():
            matches.setdefault(match.start(), match)
    for match in matches.values():
        kind = match["kind"]
        if _NOT_MISSION_KINDS.search(kind):
            continue
        key = (kind.lower(), match["place"].lower())
        found.setdefault(key, []).append((match.start("kind"), match.end()))
        owner = " ".join(w for w in match["owner"].replace("’s", "").replace("'s", "").split() if w not in _LEADING)
        first.setdefault(key, f"{owner} {kind} mission in {match['place']}".strip())
    result: list[tuple[int, int, str]] = []
    for key, spans in found.items():
        if len(spans) >= 2 or spans[0][0] < headline_end:
            result += [(start, end, first[key]) for start, end in spans]
    return sorted(result)
