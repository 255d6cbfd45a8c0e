"""Which missions an article names, where, and under which names.

Names come from three places: the operator's tracked missions with their aliases, the catalogue of
well-known missions, and patterns for missions nobody listed ("Operation …", "… Mission in …", "CJTF-…",
"Long Name (ACRONYM)"). An article's own definitions ("the Coalition, formally known as CJTF-OIR") add
aliases for that article only, so "the coalition" counts as the mission only where the text says it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from bot.analyse.mission_acronyms import acronym_definitions, known_as, spelled_elsewhere
from bot.analyse.mission_catalogue import (
    ALIASES_OF,
    CANONICAL_BY_KEY,
    CATALOGUE,
    CATALOGUE_INDEX,
    AliasIndex,
    alias_first_chars,
    alias_pattern,
    name_key,
    organisations,
    organisations_of,
)
from bot.analyse.mission_described import described_missions, numbered_escorts
from bot.analyse.mission_national import national_deployments
from bot.analyse.mission_patterns import called_names, numbered_task_force, unlisted_names
from bot.analyse.mission_patterns import military as _military_text
from bot.analyse.scan import Anchored, case_variants
from bot.models import MissionSpec


@dataclass(frozen=True, slots=True)
class Mention:
    """One place the text names a mission: `text[start:end]` is the name as written."""

    start: int
    end: int
    mission: str


@dataclass(frozen=True, slots=True)
class NamedMission:
    name: str
    aliases: tuple[str, ...]
    first: int
    count: int
    organisations: frozenset[str] = frozenset()


_COALITION_DEF = Anchored(re.compile(
    r"(?i:\bcoalition\b)\s*(?:\((?P<acr>[A-Z][\w-]{1,11})\)|,?\s*(?:which\s+is\s+)?(?:formally|officially|also|"
    r"commonly|better|sometimes|widely)?\s*(?:known|referred\s+to|called|dubbed|named)\s+(?:as\s+)?)"
), case_variants("c"), "(?i:oalition)")
_COALITION = Anchored(re.compile(
    r"(?<!ruling )(?<!governing )(?<!political )(?<!electoral )(?<!opposition )\b[Cc]oalition\b"
    r"(?!\s+(?:government|talks|agreement|partner\s+in\s+government))"
), "Cc", "oalition")
# "-backed", "-approved": the organisation stands behind the mission without running it. The words between
# describe the mission ("naval", "training"), so function words and verbs ("EU insists the mission") end it.
_DESCRIPTIVE = Anchored(re.compile(
    r"\b(?:U\.N\.|UN|United\s+Nations|NATO|Nato|EU|European\s+Union|African\s+Union|AU)(?:['’]s)?"
    r"(?:[\s-]+(?:led|(?P<backing>backed|approved|mandated|authori[sz]ed|sanctioned|endorsed)))?\s+"
    r"(?P<kind>(?:(?!fact-finding|assessment|diplomatic|trade|technical|humanitarian|rescue|medical|space|investigat|"
    r"(?:the|a|an|its|their|his|her|our|this|that|which|who|and|or|to|of|is|are|was|were|has|have|had)\b|"
    r"[a-z]+(?<![su])s\b)[a-z][\w-]*\s+){0,2}?)(?:mission|force|operation|peacekeepers)\b"
    r"(?:\s+(?:in|to|for|on)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
), "UNEA", r"\.N\.|N|nited|ATO|ato|U|uropean|frican")
_BACKED = re.compile(r"[\s-](?:backed|approved|mandated|authori[sz]ed|sanctioned|endorsed)\b")
_OWN_NAME_REACH = 60
_PART_OF = re.compile(r"\b(?:part\s+of|within|serving\s+(?:with|in)|attached\s+to|under\s+the\s+command\s+of)\b")
# heads after which no pattern finds a defined long form again ("the Coastal Task Force (CTG)" … "the Coastal
# Task Force"), unlike "… Mission" or "Operation …"
_SHAPELESS_HEADS = frozenset({"Force", "Group", "Team", "Unit", "Contingent", "Battalion", "Brigade", "Squadron"})
_GENERIC_WORDS = frozenset({"coalition", "mission", "force", "operation", "alliance", "contingent", "task force"})
_BODY_PREFIX = re.compile(r"(?:the\s+)?(?:ECOWAS|SADC|IGAD|EAC|AU|UN|EU|NATO|OSCE|African\s+Union|European\s+Union)\s+")
_PAREN_GAP = re.compile(r"\s*\(")
_BARE_OPERATION = re.compile(r"^(?:Op[ée]ration|Operativo|Operaci[óo]n|Opera[çc][ãa]o|Operazione)\s+(?P<name>.+)$")
_THEATRE = re.compile(r"^(?P<name>.+?)[-–][A-Z][a-z]+$")
_GENERIC_KINDS = frozenset(
    {"peacekeeping", "peace", "peace-keeping", "political", "stabilisation", "stabilization"}
)
@dataclass(frozen=True, slots=True)
class _Tracked:
    index: AliasIndex
    by_key: dict[str, str]
    generic: dict[str, str]  # "coalition" -> the tracked mission it means, in articles that name that one


@lru_cache(maxsize=32)
def _tracked(specs: tuple[MissionSpec, ...]) -> _Tracked:
    """The operator's names win over the catalogue's: a catalogue mission that shares any name with a
    tracked one is reported under the tracked name. Names with lower-case letters match in any case; a
    generic one ("the Coalition") only where the article also names the mission otherwise, since a
    "ruling coalition" is not the anti-ISIS one."""
    by_key: dict[str, str] = {}
    generic: dict[str, str] = {}
    surfaces: list[str] = []
    for spec in specs:
        names = (spec.name, *spec.aliases)
        keys = {name_key(n) for n in names}
        for canonical, aliases in ALIASES_OF.items():
            if keys & {name_key(n) for n in (canonical, *aliases)}:
                keys |= {name_key(canonical)}
        for key in keys:
            by_key[key] = spec.name
        for name in names:
            bare = re.sub(r"^(?i:the)\s+", "", name.strip())
            if bare.lower() in _GENERIC_WORDS:
                generic[bare.lower()] = spec.name
            elif bare:
                surfaces.append(bare)
    return _Tracked(AliasIndex(surfaces, fold_lowercase=True), by_key, generic)


def _canonical(surface: str, tracked: _Tracked) -> str:
    surface = numbered_task_force(surface) or surface
    key = name_key(surface)
    if key in tracked.by_key:
        return tracked.by_key[key]
    canonical = CANONICAL_BY_KEY.get(key, surface)
    return tracked.by_key.get(name_key(canonical), canonical)


def _fold(surface: str) -> re.RegexFlag:
    return re.I if surface in _GENERIC_WORDS else re.NOFLAG


def _known(surface: str, config: _Tracked) -> bool:
    key = name_key(surface)
    return key in config.by_key or key in CANONICAL_BY_KEY


class _Names:
    """Union of names that an article says are one mission."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, name: str) -> str:
        root = self.parent.setdefault(name, name)
        if root != name:
            root = self.parent[name] = self.find(root)
        return root

    def union(self, a: str, b: str, prefer: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            winner = prefer if prefer in (ra, rb) else ra
            self.parent[ra] = self.parent[rb] = winner


def find_missions(text: str, tracked: Sequence[MissionSpec] = ()) -> tuple[list[NamedMission], list[Mention]]:
    """The missions `text` names, each once under its canonical name, and every place it names them."""
    config = _tracked(tuple(tracked))
    raw: list[tuple[int, int, str]] = []  # (start, end, canonical)
    for index in (config.index, CATALOGUE_INDEX):
        if index:
            raw += [(start, end, _canonical(found, config)) for start, end, found in index.find(text)]
    names = _Names()
    local: dict[str, str] = {}  # article-specific surface -> canonical
    definitions = acronym_definitions(text)
    for start, end, long, acronym in definitions:
        acr_name, long_name = _canonical(acronym, config), _canonical(long, config)
        long_is_known = _known(long, config) and not _known(acronym, config)
        names.union(acr_name, long_name, prefer=long_name if long_is_known else acr_name)
        local[acronym] = acr_name
        if " " in long and long.split()[-1] in _SHAPELESS_HEADS:
            local.setdefault(long, long_name)  # "The Maritime Task Force ceased …": no shape finds it again
        raw.append((start, end, long_name))
    guessed = _absorbed(text, unlisted_names(text), raw, names, config)
    shapes = sorted({c for _, _, c in guessed}, key=len)
    for short in shapes:  # "the Joint Monitoring Center" is the "Joint Monitoring Center in Northtown" named before
        longer = [c for c in shapes if c != short and c.startswith(short + " ")]
        if len(longer) == 1:
            names.union(short, longer[0], prefer=names.find(longer[0]))
        owned = [c for c in shapes
                 if c != short and c.endswith(" " + short) and _BODY_PREFIX.fullmatch(c[:-len(short)])]
        if len(owned) == 1:  # "the Standby Force" is the "ECOWAS Standby Force"
            names.union(short, owned[0], prefer=names.find(owned[0]))
    for start, end, acronym in known_as(text, guessed):
        acr_name = _canonical(acronym, config)
        names.union(acr_name, _canonical(text[start:end], config), prefer=acr_name)
    for acronym, long in spelled_elsewhere(text, {c for _, _, c in raw + guessed}, lambda g: names.find(g) == g):
        names.union(acronym, long, prefer=acronym)
        local[acronym] = acronym
    raw += guessed
    ordered = sorted(raw)
    for (_, end, first), (start, after, second) in pairwise(ordered):
        if first != second and _PAREN_GAP.fullmatch(text, end, start) and text.startswith(")", after):
            names.union(first, second, prefer=names.find(first))  # "Operation Mile 201 (Operativo Milla 201)"
    for _, _, canonical in list(raw):
        bare = _BARE_OPERATION.match(canonical)
        if bare and (" " in bare["name"] or len(bare["name"]) >= 5 or (  # "Sangaris", "Prosperity Guardian"
                len(bare["name"]) == 4 and bare["name"].lower() not in text)):  # "Kudu", never written "kudu"
            local.setdefault(bare["name"], canonical)
            theatre = _THEATRE.match(bare["name"])  # "Operation Pacific Eagle-Philippines" is "Pacific Eagle"
            if theatre and " " in theatre["name"]:
                local.setdefault(theatre["name"], canonical)
    for start, end in called_names(text):  # "the operation, dubbed Desert Lantern, …" then "Desert Lantern was …"
        called = next((c for s, e, c in raw if s <= start < e), None)
        if called:
            local.setdefault(text[start:end], called)
    for m in _COALITION_DEF.finditer(text):
        target = m["acr"] or _following_name(raw, m.end())
        if target:
            local["coalition"] = _canonical(target, config) if m["acr"] else target
    for _, _, canonical in raw:
        names_ = (canonical, *ALIASES_OF.get(canonical, ()))
        if any("coalition" in n.lower() for n in names_):
            local.setdefault("coalition", canonical)
    found = {c for _, _, c in raw}
    for word, mission in config.generic.items():
        if mission in found:
            local.setdefault(word, mission)
    for surface, canonical in local.items():
        matches = _COALITION.finditer(text) if surface == "coalition" else _surface_matches(surface, text)
        raw += [(m.start(), m.end(), canonical) for m in matches]
    raw += _descriptive(text, {names.find(c) for _, _, c in raw})
    if _military_text(text):  # "the navy's surveillance mission in the Gulf", if no name covers it
        described = described_missions(text)
        known = " | ".join(_all_names(names.find(c)) + " | " + text[s:e] for s, e, c in raw).lower()
        covered = {name for start, end, name in described if any(s < end and start < e for s, e, _ in raw)
                   or _names_it(name, known)}
        raw += [d for d in described if d[2] not in covered]
        raw += [n for n in numbered_escorts(text) if not any(s < n[1] and n[0] < e for s, e, _ in raw)]
    # a country's unnamed deployment ("Ruritanian peacekeepers in the valley"), also beside named missions, unless
    # the article says it is part of one of them
    national = [n for n in national_deployments(text, text.find("\n") % (len(text) + 1))
                if not any(s < n[1] and n[0] < e for s, e, _ in raw)]
    part = {name for start, end, name in national if any(_PART_OF.search(text, end, min(len(text), end + 60))
                                                          and start < s < end + 60 for s, _, _ in raw)}
    # "There is no drawdown of British forces in Estonia. Operation Cabrit continues": a national operation named
    # right after the deployment is that deployment's name
    own = {name: c for start, end, name in national for s, _, c in raw
           if c.startswith("Operation ") and end <= s <= end + _OWN_NAME_REACH}
    raw += [(start, end, own.get(name, name)) for start, end, name in national if name not in part]
    if not raw:
        return [], []
    return _assemble(text, raw, names, config)


def _absorbed(
    text: str, spans: list[tuple[int, int]], known: list[tuple[int, int, str]], names: _Names, config: _Tracked
) -> list[tuple[int, int, str]]:
    """Names found only by their shape. Where one overlaps a name the catalogue, the operator or a definition
    gave, or is the start of a long form of a mission the article names ("the EU Military Assistance
    Mission" and, elsewhere, "EUMAM Ukraine"), it is that mission written shorter, so it joins that name."""
    kept: list[tuple[int, int, str]] = []
    for start, end in spans:
        guessed = _canonical(text[start:end], config)
        overlap = next((c for s, e, c in known if s < end and start < e), None)
        if overlap is None:
            longer = {c for _, _, c in known if _shortens(guessed, c)}
            overlap = longer.pop() if len(longer) == 1 else None
            kept.append((start, end, guessed))
        if overlap is not None and name_key(guessed) != name_key(overlap):
            names.union(guessed, overlap, prefer=names.find(overlap))
    return kept


def _shortens(short: str, canonical: str) -> bool:
    """Whether `short` is the first words of one of the mission's names ("EU Training Mission" of "European
    Union Training Mission in Mali")."""
    key = name_key(short) + " "
    return any(name_key(n).startswith(key) for n in (canonical, *ALIASES_OF.get(canonical, ())))


def _surface_matches(surface: str, text: str) -> Iterator[re.Match[str]]:
    """Where the text writes a name the article itself defined, in any of the spellings `alias_pattern` allows."""
    flags = _fold(surface)
    pattern = re.compile(alias_pattern(surface), flags)
    first = alias_first_chars(surface, ignore_case=bool(flags & re.IGNORECASE))
    return pattern.finditer(text) if first is None else Anchored(pattern, first).finditer(text)


def _descriptive(text: str, named: set[str]) -> list[tuple[int, int, str]]:
    """'the UN peacekeeping mission in Mali', 'NATO's training mission': the article's own mission of that
    organisation (and place), or failing that the one catalogue mission that fits."""
    found: list[tuple[int, int, str]] = []
    for m in _DESCRIPTIVE.finditer(text):
        orgs, place = organisations(m.group()), m["place"]
        runs = frozenset() if m["backing"] else orgs
        fits = [n for n in named if runs <= organisations_of(n) and (not place or place in _all_names(n))]
        if not fits and place:
            # a catalogue mission only if every descriptive word fits it: an EU "military partnership
            # mission in Niger" is not the civilian EUCAP Sahel Niger; a "UN-backed" one is not run by the UN
            # (and, as its backer says little about it, only with a word of its own: "security", "training")
            kinds = [w for w in m["kind"].split() if w not in _GENERIC_KINDS]
            fits = [
                c for c, _ in CATALOGUE
                if (orgs <= organisations_of(c)) != bool(m["backing"]) and place in _all_names(c)
                and all(k in _all_names(c).lower() for k in kinds) and (kinds or not m["backing"])
            ]
        if len(fits) == 1:
            found.append((m.start(), m.end(), fits[0]))
    return found


def _names_it(described: str, known: str) -> bool:
    """Whether a named mission is the described one: its names hold the place and a word of the kind ("EU
    military training mission in Mali" is "European Union Training Mission in Mali")."""
    head, _, place = described.lower().partition(" mission in ")
    kinds = [w for w in head.replace("-", " ").split() if len(w) > 3]
    return bool(place) and place in known and any(k in known for k in kinds)


def _all_names(name: str) -> str:
    return " | ".join((name, *ALIASES_OF.get(name, ())))


def _following_name(raw: list[tuple[int, int, str]], position: int) -> str | None:
    after = [(s, c) for s, _, c in raw if position <= s <= position + 6]
    return min(after)[1] if after else None


def _assemble(
    text: str, raw: list[tuple[int, int, str]], names: _Names, config: _Tracked
) -> tuple[list[NamedMission], list[Mention]]:
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    mentions: list[Mention] = []
    covered = -1
    for start, end, canonical in raw:
        if start >= covered:
            mentions.append(Mention(start, end, names.find(canonical)))
            covered = end
    missions: dict[str, list[Mention]] = {}
    for mention in mentions:
        missions.setdefault(mention.mission, []).append(mention)
    result: list[NamedMission] = []
    for name, found in missions.items():
        aliases: dict[str, str] = {}
        written = [text[m.start:m.end] for m in found]
        for alias in written + [n for n in names.parent if names.find(n) == name]:
            key = name_key(alias)
            if key != name_key(name) and key not in aliases and not re.fullmatch(r"(?i:coalition)", key):
                aliases[key] = " ".join(alias.split())
            elif re.fullmatch(r"(?i:coalition)", key):
                aliases.setdefault(key, "the " + alias.strip())
        for alias in [a for a in ALIASES_OF.get(name, ()) if " " in a and "coalition" not in a][:2]:
            if name_key(alias) != name_key(name):
                aliases.setdefault(name_key(alias), alias)
        # a "UN-backed mission" is not the UN's
        orgs = organisations_of(name, tuple(a for a in aliases.values() if not _BACKED.search(a)))
        result.append(NamedMission(name, tuple(aliases.values()), found[0].start, len(found), orgs))
    result.sort(key=lambda n: n.first)
    return result, mentions
