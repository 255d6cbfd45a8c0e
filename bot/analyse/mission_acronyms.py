"""Acronyms of missions and the long names they stand for, as an article defines them: "the UN
Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", "the EU military partnership mission,
EUMPM,", "…, known as SAMIDRC,", and an acronym used elsewhere that spells a name found by its shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.analyse.mission_patterns import ORG_CUE, military
from bot.analyse.scan import Anchored

_ACRONYM = r"(?P<acr>[A-Z][A-Z0-9]{1,7}(?:[-/][A-Z0-9]{1,6})?(?:\s[A-Z][a-z]+){0,2}|[A-Z][a-z]{3,7})"
_ACRONYM_DEF = re.compile(
    r"(?P<long>[A-Z][\w'’./-]*(?:(?:\s+|\s*[-–—]\s*)(?:[A-Z][\w'’./-]*|of|for|in|the|and|to|on|at|de|du|des|en)){1,12}"
    # "the Counter Daesh/Capacity Building Iraq mission (CD/CBI)": a lower-case head before the parenthesis
    r"(?:\s+(?:mission|operation))?)"
    rf"\s*\({_ACRONYM}\)"
)
_ACRONYM_PAREN = re.compile(rf"\({_ACRONYM}\)")
# whitespace inside a definition: its long form has at most 12 separators of at most two runs each, and
# one more may stand before the parenthesis
_DEF_WHITESPACE_RUNS = 25
_WHITESPACE = re.compile(r"\s+")
_WINDOW = 256
_NOT_A_MISSION_HEAD = frozenset({"Headquarters", "Command", "Commander", "Centre", "Center", "Room", "Staff"})
_DEF_CUE = re.compile(
    r"\b(?:Mission|Operation|Task\s+Force|Peacekeeping|Stabili[sz]ation|Observers?|Interim\s+Force|"
    r"Monitoring\s+(?:Team|Group|Force)|Security\s+Patrol|Maritime\s+(?:Security\s+)?Patrol|"
    r"(?:Suppression|Regional|Multinational|Standby|Intervention|Joint|Support|Stabili[sz]ation)\s+Force|"
    r"Assistance\s+Force|Protection\s+Force|Coalition|(?:Naval|Task|Maritime|Countermeasures)\s+Group)\b"
)
# "NATO Security Assistance and Training for Ukraine (NSATU)": a body that runs missions, and a mission's task
_LED_BY_BODY = re.compile(r"(?:NATO|EU|European\s+Union|UN|United\s+Nations|African\s+Union|AU|OSCE)\b")
_BODY_TASK = re.compile(r"\b(?:Assistance|Training|Monitoring|Advisory|Observer|Verification|Stabili[sz]ation)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_LEAD_WORDS_TEXT = "However But Under Meanwhile The A An In On At For And Since After Before While"
_LEAD_WORDS = frozenset(_LEAD_WORDS_TEXT.split())
_APPOSITIVE = Anchored(re.compile(
    r",\s+(?:or\s+|(?:also\s+|better\s+|commonly\s+)?known\s+as\s+|called\s+|dubbed\s+)?"
    r"(?P<acr>[A-Z]{3,8}(?:\s[A-Z][a-z]+)?)(?=[\s,.;)])"
), ",", r"\s+(?:[A-Z]{3}|or\s|known|also|better|commonly|called|dubbed)")
_APPOSITIVE_REACH = 90
_PHRASE_WORD = re.compile(r"[\w.'’-]+(?<!['’]s)(?<![.'’])")
_MISSION_HEAD = re.compile(r"(?i:\b(?:mission|force|operation|task\s+force)\b)")
_CAPS_TOKEN = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w-])")
_FUNCTION_WORDS = frozenset({"of", "in", "for", "the", "and", "to", "on", "at", "de", "du", "des", "en"})


def acronym_definitions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, long form, acronym) of every definition the text gives, in parentheses or in apposition."""
    return [
        (m.start("long") + m["long"].find(long), m.start("long") + len(m["long"]), long, m["acr"])
        for m in _acronym_definitions(text)
        if not _NUMBER_AFTER.match(text, m.end())  # "Task Force (CTF) 171" defines a numbered force, not "CTF"
        and (long := _acronym_long_form(m["long"], m["acr"]) or _headed_long_form(text, m))
    ] + list(_appositive_acronyms(text)) + list(_described_acronyms(text)) + list(_translated_acronyms(text))


def _acronym_long_form(long: str, acronym: str) -> str | None:
    words = long.split()
    # a long form never spans a sentence end ("… in Mali. The UN … Mission in Mali (MINUSMA)")
    opening = max((i + 1 for i, w in enumerate(words) if w.endswith(".") and not _INITIALS.fullmatch(w)), default=0)
    starts = [
        i for i, w in enumerate(words)
        if i >= opening and not _POSSESSIVE.search(w)
        and (ORG_CUE.fullmatch(w.strip(".,")) or (w[0] == acronym[0] and w not in _LEAD_WORDS))
    ]
    if not starts:
        return None
    form = " ".join(words[starts[0]:])
    if words[-1] in _NOT_A_MISSION_HEAD:
        return None  # "Operation Headquarters (OHQ)": a mission's office, not a mission
    cued = _DEF_CUE.search(form) or (_LED_BY_BODY.match(form) and _BODY_TASK.search(form)) or (
        form.endswith((" mission", " operation")) and form.count(" ") >= 3)
    return form if cued and form != acronym else None


_NUMBER_AFTER = re.compile(r"\s*\d")
_HEAD_AFTER = re.compile(r"\s+(?:operation|mission)\b")
_ACTOR_WORDS = frozenset({"Forces", "Army", "Party", "Front", "Movement", "Group", "Brigade", "Brigades", "Militia",
                          "Council", "Commission", "Ministry", "Agency", "Command", "Service", "Police", "Guard"})


def _headed_long_form(text: str, m: re.Match[str]) -> str | None:
    """"The Law and Order Guarantee (GLO) operation": a name the kind word follows, whatever its acronym
    spells (often the name in another language), in a story about soldiers; not an actor's operation ("the
    Popular Forces (PF) operation")."""
    if not _HEAD_AFTER.match(text, m.end()) or not military(text):
        return None  # "the Double Asteroid Redirection Test (DART) mission" is a space mission
    words = m["long"].split()
    first = next((i for i, w in enumerate(words) if w[0].isupper() and w not in _LEAD_WORDS), None)
    if first is None or len(words) - first < 2 or words[-1] in _ACTOR_WORDS or _POSSESSIVE.search(words[-1]):
        return None
    return " ".join(words[first:])


_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+(?P<acr>[A-Z][A-Z0-9-]{2,9})\b")


def known_as(text: str, guessed: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """'The Southern African Development Community Mission in the Democratic Republic of Congo, known as
    SAMIDRC,': the writer says the two are one mission, even when the acronym does not spell the name."""
    for start, end, _ in guessed:
        found = _KNOWN_AS.match(text, end)
        if found is not None:
            yield start, end, found["acr"]


def spelled_elsewhere(text: str, guessed: set[str], is_root: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    """(acronym, name) where a name found by its shape ("the Nordic Cable Protection Mission") is spelled by
    an acronym the text uses elsewhere without defining it ("NCPM"): one mission, named by the acronym."""
    if not guessed:
        return
    for token in dict.fromkeys(_CAPS_TOKEN.findall(text)):
        spelled = [g for g in guessed if is_root(g) and token not in g.split() and _spells(g.split(), token)]
        if len(spelled) == 1:
            yield token, spelled[0]


def _appositive_acronyms(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, long form, acronym) of "the EU military partnership mission, EUMPM," or "…, known as
    SAMIM": a mission phrase on the same line, right before, that the acronym spells, which names the same
    mission. The longest such phrase is taken."""
    for m in _APPOSITIVE.finditer(text):
        line_start = text.rfind("\n", max(0, m.start() - _APPOSITIVE_REACH), m.start()) + 1
        low = max(line_start, m.start() - _APPOSITIVE_REACH)
        spans = list(_PHRASE_WORD.finditer(text, low, m.start()))
        words = [w.group() for w in spans]
        letters = m["acr"].split()[0]
        for first in range(len(words) - 1):
            phrase = words[first:]
            opens = phrase[0][0].isupper() and phrase[0].lower() not in _FUNCTION_WORDS
            if opens and _MISSION_HEAD.search(" ".join(phrase)) and _spells(phrase, letters):
                start, end = spans[first].start(), spans[-1].end()
                yield start, end, " ".join(text[start:end].split()), m["acr"]
                break


_DESCRIBED_HEAD = r"(?:mission|operation|task\s+(?:group|force)|naval\s+group)"
_DESCRIPTION = (
    rf"(?P<desc>(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:an|ish|ese|ch|i)\s+){{1,4}}?{_DESCRIBED_HEAD}"
    r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)"
)
# "its bilateral military mission in Niger, MISIN,", "MIBIL, the Italian bilateral military mission that …": an
# acronym in another language (Missione … In Niger) that spells nothing in the English description beside it
_DESCRIBED_ACRONYM = re.compile(
    rf"\b(?:its|their|the|an?|[A-Z]\w+['’]s)\s+{_DESCRIPTION},\s+(?P<acr>[A-Z]{{3,8}})\b(?=[,.;])"
    rf"|\b(?P<acr2>[A-Z]{{3,8}}),\s+(?:the|an?|its|their)\s+{_DESCRIPTION.replace('desc', 'desc2')}\b"
)
_APPOSED_CAPITALS = re.compile(r",\s+[A-Z]{3,8}(?=[,.;])|\b[A-Z]{3,8},\s+(?:the|an?|its|their)\s")
_DESCRIBED_KIND = re.compile(
    r"\b(?:military|training|naval|peacekeeping|police|monitoring|observer|advisory|stabili[sz]ation|security|"
    r"demining|mine-clearing|counter-\w+|maritime|air\s+policing)\b")


# "The Guarantee of Law and Order (Garantia da Lei e da Ordem, GLO) operation": the name in the original
# language and its acronym in the parenthesis, the head noun after it
_TRANSLATED = re.compile(
    r"(?P<long>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for)){1,8})\s*\([^(),\n]{3,80},\s*"
    r"(?P<acr>[A-Z]{2,8})\)\s+(?P<head>operation|mission)\b")


_TRANSLATED_TAIL = re.compile(r",\s*[A-Z]{2,8}\)\s+(?:operation|mission)\b")


def _translated_acronyms(text: str) -> Iterator[tuple[int, int, str, str]]:
    for tail in _TRANSLATED_TAIL.finditer(text):  # the rare tail first: a scan from every capital costs more
        line_start = text.rfind("\n", 0, tail.start()) + 1
        m = next((found for found in _TRANSLATED.finditer(text, max(line_start, tail.start() - 200), tail.end() + 10)
                  if found.end() >= tail.end()), None)
        if m is None:
            continue
        long = m["long"].rsplit("The ", 1)[-1]  # "RIO DE JANEIRO The Guarantee of …": from the determiner on
        start = m.end("long") - len(long)
        yield start, m.end("long"), f"{long} {m['head']}", m["acr"]


def _described_acronyms(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, description, acronym) of a military mission described in words and named by an acronym
    in apposition, in either order."""
    for near in _APPOSED_CAPITALS.finditer(text):  # ", MISIN," or "MIBIL, the": rare, so found first
        if not _MISSION_HEAD.search(text, max(0, near.start() - 100), near.end() + 100):
            continue
        m = next((found for found in _DESCRIBED_ACRONYM.finditer(text, max(0, near.start() - 100), near.end() + 100)
                  if found.start() <= near.start() < found.end()), None)
        if m is None:
            continue
        group = "desc" if m["desc"] is not None else "desc2"
        description = m[group]
        if _DESCRIBED_KIND.search(description):
            yield m.start(group), m.end(group), " ".join(description.split()), m["acr"] or m["acr2"]


def _spells(words: list[str], letters: str) -> bool:
    """Whether the acronym `letters` spells `words`: each word gives its initial (a word in capitals such as
    "EU" or "SADC" gives one or more of its first letters), a short function word may give its initial or
    nothing, and once the letters are spent only the head noun and a tail that opens with a function word may
    follow ("EUMAM" for "EU Military Assistance Mission in support of Ukraine", "MSS" for "Multinational
    Security Support mission")."""
    if not letters:  # "MSS" for "Multinational Security Support mission (in Haiti)": the head may go unspelled
        rest = words[1:] if words and words[0].lower() in ("mission", "force", "operation") else words
        return not rest or rest[0].lower() in _FUNCTION_WORDS
    if not words:
        return False
    word, lower = words[0], words[0].lower()
    if lower in _FUNCTION_WORDS:
        return _spells(words[1:], letters) or (word[0].upper() == letters[0] and _spells(words[1:], letters[1:]))
    capitals = word.replace(".", "")
    if capitals.isupper() and len(capitals) > 1:
        return any(
            capitals[:size] == letters[:size] and _spells(words[1:], letters[size:])
            for size in range(min(len(capitals), len(letters)), 0, -1)
        )
    return word[0].upper() == letters[0] and _spells(words[1:], letters[1:])


def _acronym_definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_ACRONYM_DEF.finditer(text)`, found from the parentheses instead of from every capital.

    A definition holds no parenthesis but its own "(ACRONYM)", so it starts after the parenthesis before
    that one, and within the last `_DEF_WHITESPACE_RUNS` runs of whitespace before it: searching only that
    stretch finds the same leftmost match as a scan of the whole text.
    """
    position = 0
    for paren in _ACRONYM_PAREN.finditer(text):
        opening = paren.start()
        low = max(position, text.rfind("(", 0, opening) + 1, text.rfind(")", 0, opening) + 1)
        found = _ACRONYM_DEF.search(text, _whitespace_bound(text, low, opening), paren.end())
        if found is not None:
            position = found.end()
            yield found


def _whitespace_bound(text: str, low: int, end: int) -> int:
    """The latest position at or after `low` such that text[position:end] holds every stretch that has at most
    `_DEF_WHITESPACE_RUNS` runs of whitespace and ends at `end` (a stretch never starts inside a run)."""
    window = _WINDOW
    while True:
        start = max(low, end - window)
        runs = list(_WHITESPACE.finditer(text, start, end))
        if len(runs) > _DEF_WHITESPACE_RUNS:
            return max(start, runs[-_DEF_WHITESPACE_RUNS - 1].end())
        if start == low:
            return low
        window *= 4
