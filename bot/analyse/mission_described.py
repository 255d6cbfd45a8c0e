"""Missions a country or force runs without a name, written as what they do and where: "the Coastal Defence
Force's surveillance mission in the Gulf", "Navy to end surveillance mission in Gulf". The kind of work and the
place make the name, so every such phrase with the same kind and place is one mission; a "trade mission" or
a "rescue mission" is none.
"""

from __future__ import annotations

import re

# an owner (acronym, capitalised name with "'s", or a demonym), one or two words of kind, "mission", the place;
# an "activity" only of a kind that is a deployment's work ("the Coastal Guard's surveillance activity in the
# Barents Sea"), never "cross-border activity in the north"
_DESCRIBED = re.compile(
    r"\b(?P<owner>(?:[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3}|navy|army|military|coast\s+guard|the)(?:['’]s?)?)\s+"
    r"(?:(?P<kind>(?:[a-z]+-[a-z]+|naval|maritime|surveillance|reconnaissance|escort|minesweeping|training|"
    r"monitoring|advisory|evacuation|peacekeeping|air-policing|counter-piracy|anti-piracy)"
    r"(?:\s+(?:and\s+)?[a-z]+-?[a-z]+)?)\s+mission|"
    r"(?P<work>information-gathering|intelligence-gathering|surveillance|reconnaissance|escort|anti-piracy|"
    r"counter-piracy|minesweeping|patrol)\s+activit(?:y|ies))"
    r"\s+(?:in|to|off|over)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]+){0,2})"
)
_NOT_MISSION_KINDS = re.compile(
    r"\b(?:trade|space|diplomatic|fact-finding|rescue|search-and-rescue|humanitarian|medical|investigat\w*|"
    r"assessment|technical|observation|election|lunar|crewed|research|sales|business|mission-critical)\b"
)
_LEAD_REACH = 400  # characters of the headline and the first paragraph
_REACH_BACK, _REACH_AFTER = 90, 60  # an owner of four words and a kind of two; a place of three words
_MISSION_AT = re.compile(r"\b(?:mission|activit(?:y|ies))\s+(?:in|to|off|over)\s")
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING = {"The", "the", "A", "An", "In", "On", "Under", "After", "Before", "Its"}


def described_missions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every phrase naming such a mission; the name is the first phrase's, and a
    mission counts only when it is named twice or in the headline (an activity of a deployment's kind
    always)."""
    if not _MISSION_AT.search(text):  # the phrase always holds "mission in/to/off/over": a cheap first look
        return []
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    first: dict[tuple[str, str], str] = {}
    headline_end = text.find("\n") % (len(text) + 1)
    matches: dict[int, re.Match[str]] = {}
    for at in _MISSION_AT.finditer(text):  # read only around each "mission in/to …", not the whole text
        match = _DESCRIBED.search(text, max(0, at.start() - _REACH_BACK), at.end() + _REACH_AFTER)
        if match is not None and match.start("kind" if match["kind"] else "work") < at.start():
            matches.setdefault(match.start(), match)
    activities: set[tuple[str, str]] = set()
    for match in matches.values():
        kind, noun, group = (match["kind"], "mission", "kind") if match["kind"] else (match["work"], "activity", "work")
        if _NOT_MISSION_KINDS.search(kind) or (noun == "mission" and match["owner"].lower() == "the"):
            continue  # "the naval mission in the Red Sea" has no owner to tell whose it is
        # an article tells of one deployment's activity of a kind, wherever it names its waters
        key = (kind.lower(), "" if noun == "activity" else match["place"].lower())
        if noun == "activity":
            activities.add(key)
        found.setdefault(key, []).append((match.start(group), match.end()))
        owner = " ".join(w for w in _POSSESSIVE.sub("", match["owner"]).split() if w not in _LEADING)
        first.setdefault(key, f"{owner} {kind} {noun} in {match['place']}".strip())
    result: list[tuple[int, int, str]] = []
    # "SDF Middle East mission extended" over "… extend the Self-Defense Forces' information-gathering mission in
    # the Middle East …" opening the story: the mission the headline speaks of
    headline_mission = "mission" in text[:headline_end].lower()
    for key, spans in found.items():
        # the kinds of activity are a deployment's work, so one mention is enough
        if len(spans) >= 2 or spans[0][0] < headline_end or key in activities or (
                headline_mission and spans[0][0] < _LEAD_REACH):
            result += [(start, end, first[key]) for start, end in spans]
        if key in activities:  # "The surveillance activity has not been suspended": no place needed
            result += [(m.start(), m.end(), first[key]) for m in re.finditer(
                rf"(?i:\b{re.escape(key[0])}\s+activit(?:y|ies)\b)", text)
                if not any(start <= m.start() < end for start, end in spans)]
    return sorted(result)


# "the navy's 31st escort task force", "the 12th naval escort taskforce": a numbered rotation of escorts
_NUMBERED_ESCORTS = re.compile(
    r"\b(?P<number>\d{1,3}(?:st|nd|rd|th))\s+(?:naval\s+|navy\s+)?escort\s+(?:task\s*force|fleet|flotilla|group)\b",
    re.I)


def numbered_escorts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every numbered escort rotation; each number is one mission, under its first phrase."""
    first: dict[str, str] = {}
    found: list[tuple[int, int, str]] = []
    for match in _NUMBERED_ESCORTS.finditer(text):
        name = first.setdefault(match["number"].lower(), match.group())
        found.append((match.start(), match.end(), name))
    return found
