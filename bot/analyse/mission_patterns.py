"""Names of missions nobody listed, found by their shape: "Operation …", "… Mission in …", "… Regional Force",
"CJTF-…".

A shape alone is weak evidence ("Operation Clean Streets" is a council's litter campaign, "the Permanent
Mission of France" an embassy), so the name must not sit in a title-case headline, a "Mission" must be led
by an organisation or mission-type word, and the article must speak of soldiers, peacekeepers or the like.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.analyse.scan import Anchored

_STOP_AFTER_OPERATION_WORDS = (
    "The A An In Of On For And To At By With From This That It He She They We Command Commander Commands "
    "Center Centre Centers Room Headquarters Officer Officers Chief Manager Managers Director Area Zone Plan "
    "Order Orders Team Unit Group Cost Costs Ends Begins Continues Launched Over Not Is Was Will"
)
_STOP_AFTER_OPERATION = frozenset(_STOP_AFTER_OPERATION_WORDS.split())
_STRIP_TAIL_WORDS = (
    "Commander Chief Spokesman Spokeswoman Spokesperson Gen Gen. Lt Lt. Col Col. Maj Maj. Adm Adm. Said Says "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December"
)
_STRIP_TAIL = frozenset(_STRIP_TAIL_WORDS.split())
_MAX_PREFIX = 8
_PAIR_OF_NATIONS = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ic|ch)-[A-Z][a-z]+(?:an|ish|ese|ic|ch)")
_LEADING_WORDS = "of the and for in The A An In On At For And But Under Meanwhile Since After Before While"
_LEADING = frozenset(_LEADING_WORDS.split())
_OPERATION = Anchored(
    # "Operation Mile 201", and the operation words of other languages ("Operativo Milla 201", "Operação Escudo")
    re.compile(r"(?<![\w-])(?:Op[ée]ration|Operativo|Operaci[óo]n|Opera[çc][ãa]o|Operazione)\s+"
               # "Operation Ngao ya Taifa", "Operación Escudo de la Patria": lower-case joiners inside the name
               r"(?P<w>[A-Z][\w'’-]*(?:\s+(?:(?:wa|ya|na|de|del|de\s+la|la|du|des|da|do|dos|di|el)\s+)?[A-Z][\w'’-]*){0,3}"
               r"(?:\s+\d{1,4}\b)?)"),
    "O", "p[ée]ration|perativo|peraci|pera[çc]|perazione"
)
# "Combined Task Force (CTF) 171", "CTF 171", "CTF-171": one numbered task force, named `numbered_task_force`
_NUMBERED_TASK_FORCE = (
    r"(?:(?P<long>(?:Combined\s+)?(?:Joint\s+)?Task\s+Force)\s*(?:\(C?J?TF\)\s*)?|(?P<short>C?J?TF)(?:[-–]|\s))"
    r"(?P<number>\d{2,3})\b(?![-–]\w)"
)
_NUMBERED = re.compile(_NUMBERED_TASK_FORCE)
_TASK_FORCE = Anchored(re.compile(
    rf"(?<![\w-])(?:{_NUMBERED_TASK_FORCE}|C?JTF[-–][A-Z]{{2,6}}\b|(?:Combined\s+)?(?:Joint\s+)?Task\s+Force"
    r"(?:\s*[-–—]\s*|\s+)(?=[A-Z0-9])[\w'’]+(?:\s+[A-Z][\w'’]*){0,2})"
), "CJT", "JTF|TF|ombined|oint|ask")


def numbered_task_force(surface: str) -> str | None:
    """The one name of a numbered task force however it is written: "CTF 151" for "Combined Task Force 151"."""
    m = _NUMBERED.fullmatch(surface)
    if m is None:
        return None
    short = m["short"] or "".join(w[0] for w in m["long"].split())
    return f"{short} {m['number']}"
_MISSION_WORD = Anchored(
    re.compile(r"(?<=\s)(?:Mission|Forces?|Cent(?:er|re)|Group|Team|Elements|Brigade)\b"), "MFCGTEB",
    "ission|orce|ent|roup|eam|lements|rigade")
# "the French Elements in Gabon" (one country's stationed force), "Multinational Brigade Latvia" (an alliance's)
_ELEMENTS_OWNER = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|ch)")
_BRIGADE_KINDS = frozenset({"Multinational", "Multi-National", "Multinational-Brigade"})
# a "… Group" or "… Team" is a mission only as a training or observer group ("Joint Multinational Training
# Group-Ukraine", "Military Observer Group", "International Monitoring Team"), never a "Working Group" or a company
_GROUP_KINDS = frozenset({"Training", "Monitoring", "Observer", "Observers", "Advisory", "Assistance", "Verification"})
# a ceasefire's "Joint Monitoring Center" watches a line like a mission; a "Press Centre" does not
_CENTRE_KINDS = frozenset({"Monitoring", "Observation", "Verification"})
# a "… Force" is a mission only after one of these words ("East African Regional Force", "Multinational
# Force", "G5 Sahel Joint Force"), never an "Air Force", "Border Force" or "National Defence Force"
_FORCE_KIND_WORDS = (
    "Regional Multinational Multi-National Stabilisation Stabilization Protection Interim Standby Intervention "
    "Emergency Observer Assistance Support Joint Peacekeeping Suppression Monitoring Verification"
)
_FORCE_KINDS = frozenset(_FORCE_KIND_WORDS.split())
# in the plural only a peacekeeping kind names one mission ("the Joint Peacekeeping Forces"); "Joint Forces"
# or "Support Forces" name armies and militias
_FORCES_KINDS = frozenset({"Peacekeeping", "Stabilisation", "Stabilization"})
_PREFIX_TOKEN = re.compile(r"(?:[A-Z][\w'’.-]*|of|the|and|for|in)$")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]$")
ORG_CUE = re.compile(
    r"\b(?:UN|U\.N\.|United|EU|European|NATO|African|AU|OSCE|SADC|ECOWAS|IGAD|Multinational|Multidimensional|"
    r"Training|Monitoring|Observer|Assistance|Stabili[sz]ation|Verification|Support|Advisory|Peacekeeping|"
    r"Military|Police|Border|Partnership|Capacity|Transition|Interim|Naval|Maritime|Protection)\b"
)
_NOT_A_MISSION = re.compile(r"\b(?:Permanent|Diplomatic|Embassy|U\.?S\.?|American|British|French|Trade)\s*$")
_MISSION_TAIL = re.compile(
    r"\s+(?:(?:in|to|for|on|at)\s+(?:the\s+)?)?(?P<place>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of\s+the|of)){0,4})"
)
# "a new operation called Cais Seguro (Safe Quay)", "an operation code-named Sentinel Shield"
# "the deployment in Kestria and Norland, known as “Counter Raiders/Capacity Building Kestria,”" too
_CALLED = re.compile(
    r"\b(?:operation|mission|deployment)(?:\s+(?:in|to|off|around)\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*(?:\s+and\s+"
    r"[A-Z][\w'’-]*)?)|area|region|waters|sea))?"
    r",?\s+(?:called|named|dubbed|code-?named|codenamed|known\s+as)\s+[\"“]?"
    r"(?P<name>(?-i:[A-Z][\w'’-]*(?:(?:\s+|/)[A-Z][\w'’-]*){0,4}))|"
    # "carried out under Zarb-e-Amn (Strike for Peace), the national counterterrorism campaign"
    r"\b(?:under|launched)\s+(?P<campaign>(?-i:[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][\w'’-]*){0,2}))\s*"
    r"(?:\([^()\n]{3,40}\))?,\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:campaign|operation|offensive)\b", re.I)
_HYPHEN_PLACE = re.compile(r"-[A-Z][a-z]+\b(?!-)")
_DIPLOMATIC_TAIL = re.compile(r"(?:to|at)\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.|EU|NATO|European)")
_MILITARY = re.compile(
    r"\b(?:troops|soldiers|military|army|armed\s+forces|peacekeep\w*|navy|naval|air\s+force|airstrikes?|"
    r"deploy\w*|defen[cs]e\s+(?:ministry|minister|secretary|department)|NATO|Pentagon|commander|brigade|"
    r"battalion|militants?|insurgents?|jihadists?|terrorists?|rebels?|ceasefire|warships?|frigates?|drones?|missiles?|"
    # maritime law enforcement runs operations too: "Operation Tavake … eleven patrol boats"
    r"patrol\s+(?:boats?|vessels?|ships?|aircraft)|coast\s*guards?|surveillance\s+(?:flights?|aircraft))\b",
    re.I,
)
_MILITARY_WORDS = 2
_MISSION_BODY = re.compile(
    r"(?:UN|U\.N\.|United\s+Nations|EU|European\s+Union|OSCE|AU|African\s+Union|NATO|SADC|ECOWAS|IGAD)\s+"
    r"(?:[A-Z][\w-]*\s+){0,5}Mission\b"
)
_TITLE_CASE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


_WORD = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s$")


def _is_title_case(line: str) -> bool:
    words = _TITLE_CASE_WORD.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _operation_names(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _OPERATION.finditer(text):
        words = list(_WORD.finditer(m["w"]))
        if words[0].group() in _STOP_AFTER_OPERATION:
            continue
        while words and _POSSESSIVE.sub("", words[-1].group()) in _STRIP_TAIL:
            words.pop()
        if words:
            last = words[-1]
            possessive = _POSSESSIVE.search(last.group())
            end = m.start("w") + (last.start() + possessive.start() if possessive else last.end())
            spans.append((m.start(), end))
    return spans


_BACKED = re.compile(r"[\w.]+-(?:backed|led|funded|sponsored|mandated|authori[sz]ed|endorsed)")


def _without_lead_in(prefix: list[str]) -> list[str]:
    """The words of a name before its head noun: "The EU Training" → "EU Training", and "Soldiers of the East
    African Regional" → "East African Regional", since words before a function word that name no organisation
    belong to the sentence, not to the name."""
    cut = 0
    for index, word in enumerate(prefix):
        if word.islower() and index > cut and not ORG_CUE.search(" ".join(prefix[cut:index])):
            cut = index + 1
    kept = prefix[cut:] or prefix
    while kept and (kept[0] in _LEADING or (len(kept) > 2 and _PAIR_OF_NATIONS.fullmatch(kept[0]))
                    or (len(kept) > 1 and _BACKED.fullmatch(kept[0]))
                    or (len(kept) > 2 and kept[0].endswith(("'s", "’s")))):  # "Norland’s Border Security Force"
        # "Turkish-Russian Joint Monitoring Center": the name is the centre's, not its founders'; "U.N.-backed
        # Gang Suppression Force": who backs it is no part of its name
        kept = kept[1:]
    return kept


def _mission_names(text: str) -> list[tuple[int, int]]:
    """'… Mission in …' phrases led by an organisation or a mission-type word (UN, EU, Training, …)."""
    spans: list[tuple[int, int]] = []
    for m in _MISSION_WORD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        tokens = text[line_start:m.start()].split()
        prefix: list[str] = []
        while (tokens and _PREFIX_TOKEN.match(tokens[-1]) and not _SENTENCE_END.search(tokens[-1])
               and len(prefix) < _MAX_PREFIX):
            prefix.insert(0, tokens.pop())
        prefix = _without_lead_in(prefix)
        joined = " ".join(prefix)
        if m.group().startswith("Cent"):
            if not prefix or prefix[-1] not in _CENTRE_KINDS:
                continue
        elif m.group() in ("Group", "Team"):
            if not prefix or prefix[-1] not in _GROUP_KINDS:
                continue
        elif m.group() == "Elements":
            if not prefix or not _ELEMENTS_OWNER.fullmatch(prefix[-1]):
                continue
        elif m.group() == "Brigade":
            if not prefix or prefix[-1] not in _BRIGADE_KINDS:
                continue
        elif m.group().startswith("Force"):
            if not prefix or prefix[-1] not in (_FORCE_KINDS if m.group() == "Force" else _FORCES_KINDS):
                continue
        elif not prefix or not ORG_CUE.search(joined) or _NOT_A_MISSION.search(joined):
            continue
        start = text.rfind(prefix[0], line_start, m.start())
        end = m.end()
        hyphened = _HYPHEN_PLACE.match(text, end)  # "Training Group-Ukraine"
        if hyphened:
            spans.append((text.rfind(prefix[0], line_start, m.start()), hyphened.end()))
            continue
        tail = _MISSION_TAIL.match(text, end)
        if tail and tail["place"].split()[0] in _STRIP_TAIL:  # "the … Mission on Monday" names no place
            tail = None
        if tail and not _DIPLOMATIC_TAIL.match(text, end + 1):
            end = tail.end()
        elif _DIPLOMATIC_TAIL.match(text, end + 1):
            continue
        spans.append((start, end))
    return spans


def unlisted_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of every name shaped like a mission's, in an article about military matters."""
    spans: list[tuple[int, int]] = []
    for start, found_end in _operation_names(text) + _mission_names(text):
        broken = text.find("\n", start, found_end)
        # a name never runs over a line: "… Force in Bosnia" ends its headline
        end = found_end if broken < 0 else start + len(text[start:broken].rstrip())
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]
        if not _is_title_case(line):
            spans.append((start, end))
    spans += [(m.start(), m.end()) for m in _TASK_FORCE.finditer(text)]
    spans += [*called_names(text), *_named_kinds(text)]
    if not spans or military(text):
        return spans
    # civilian missions of the bodies that run missions need no soldiers: "the OSCE Mission to Montenegro"
    return [(start, end) for start, end in spans if _MISSION_BODY.match(text, start)]


# "the Coryx mission", "the Tarpon operation": a name of its own before the kind, written so twice
_KIND_WORD = re.compile(r"(?<=\s)(?:mission|operation)\b")
_NAME_BEFORE_KIND = re.compile(r"\bthe\s+(?P<name>[A-Z][a-z]{3,})\s+$")
_NOT_OWN_NAME = re.compile(
    r"[A-Z][a-z]+(?:an|ian|ese|ish|ic|ch|i)$|(?:January|February|March|April|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Joint|Combined|Rescue|Training|"
    r"Peacekeeping|Security|Military|Naval|Maritime|Space|Lunar|Trade|Apollo|Artemis|Gemini|Mercury)$")


def _named_kinds(text: str) -> list[tuple[int, int]]:
    """(start, end) of "the Coryx mission" phrases whose name the article uses this way at least twice; a
    place or a nationality ("the Kabul mission", "the French mission") is too often only a description, and
    one mention is too little to tell."""
    found: dict[str, list[tuple[int, int]]] = {}
    for kind in _KIND_WORD.finditer(text):  # read back from each "mission": far fewer places than each "the"
        m = _NAME_BEFORE_KIND.search(text, max(0, kind.start() - 30), kind.start())
        if m is not None and not _NOT_OWN_NAME.match(m["name"]):
            found.setdefault(m["name"], []).append((m.start("name"), kind.end()))
    return [span for spans in found.values() if len(spans) >= 2 for span in spans]


@lru_cache(maxsize=8)  # asked twice per article: for the names found by shape and for the name used alone later
def called_names(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of names an operation is given in passing ("the operation, dubbed Desert Lantern"): the text
    may later use the name alone, so the caller looks for it again."""
    spans = [m.span("name") if m["name"] else m.span("campaign") for m in _CALLED.finditer(text)]
    spans += [m.span("name") if m["name"] else m.span("name2") for m in _CAMPAIGN.finditer(text)]
    return tuple(sorted(spans))


# a campaign's own name, hyphenated or of several words: "Operations under Zarb-e-Amn will go on",
# "Zarb-e-Amn, which means …, is a nationwide campaign"
_CAMPAIGN_NAME = r"(?P<name>(?-i:[A-Z][\w'’]*(?:-[\w'’]+)+|[A-Z][\w'’]+(?:\s+[A-Z][\w'’-]+){1,2}))"
_CAMPAIGN = re.compile(
    rf"\b(?i:operations)\s+under\s+{_CAMPAIGN_NAME}\b(?!\s+(?i:command|control|auspices))|"
    rf"(?:^|(?<=[.!?]\s)){_CAMPAIGN_NAME.replace('name', 'name2')}(?:,[^,\n]{{0,80}},)?\s+is\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:campaign|operation|offensive)\b", re.M)


@lru_cache(maxsize=8)  # asked twice per article: for names found by shape and for described missions
def military(text: str) -> bool:
    """Whether the text names enough different military words (the scan stops as soon as it has seen them)."""
    seen: set[str] = set()
    for match in _MILITARY.finditer(text):
        seen.add(match.group().lower())
        if len(seen) >= _MILITARY_WORDS:
            return True
    return False
