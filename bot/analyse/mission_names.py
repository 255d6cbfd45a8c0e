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
from bot.analyse.mission_national import national_deployments
from bot.analyse.mission_patterns import ORG_CUE, unlisted_names
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


_ACRONYM = r"(?P<acr>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?(?:\s[A-Z][a-z]+)?|[A-Z][a-z]{3,7})"
_ACRONYM_DEF = re.compile(
    r"(?P<long>[A-Z][\w'’.-]*(?:(?:\s+|\s*[-–—]\s*)(?:[A-Z][\w'’.-]*|of|for|in|the|and|to|on|at|de|du|des|en)){1,12})"
    rf"\s*\({_ACRONYM}\)"
)
_ACRONYM_PAREN = re.compile(rf"\({_ACRONYM}\)")
# whitespace inside a definition: its long form has at most 12 separators of at most two runs each, and
# one more may stand before the parenthesis
_DEF_WHITESPACE_RUNS = 25
_WHITESPACE = re.compile(r"\s+")
_WINDOW = 256
_DEF_CUE = re.compile(
    r"\b(?:Mission|Operation|Task\s+Force|Peacekeeping|Stabili[sz]ation|Observers?|Interim\s+Force|"
    r"Assistance\s+Force|Protection\s+Force|Coalition)\b"
)
# "NATO Security Assistance and Training for Ukraine (NSATU)": a body that runs missions, and a mission's task
_LED_BY_BODY = re.compile(r"(?:NATO|EU|European\s+Union|UN|United\s+Nations|African\s+Union|AU|OSCE)\b")
_BODY_TASK = re.compile(r"\b(?:Assistance|Training|Monitoring|Advisory|Observer|Verification|Stabili[sz]ation)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_LEAD_WORDS_TEXT = "However But Under Meanwhile The A An In On At For And Since After Before While"
_LEAD_WORDS = frozenset(_LEAD_WORDS_TEXT.split())
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
_APPOSITIVE = Anchored(re.compile(
    r",\s+(?:or\s+|(?:also\s+|better\s+|commonly\s+)?known\s+as\s+|called\s+|dubbed\s+)?"
    r"(?P<acr>[A-Z]{3,8}(?:\s[A-Z][a-z]+)?)(?=[\s,.;)])"
), ",", r"\s+(?:[A-Z]{3}|or\s|known|also|better|commonly|called|dubbed)")
_APPOSITIVE_REACH = 90
_PHRASE_WORD = re.compile(r"[\w.'’-]+(?<!['’]s)(?<![.'’])")
_MISSION_HEAD = re.compile(r"(?i:\b(?:mission|force|operation|task\s+force)\b)")
_CAPS_TOKEN = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w-])")
_FUNCTION_WORDS = frozenset({"of", "in", "for", "the", "and", "to", "on", "at", "de", "du", "des", "en"})
_GENERIC_WORDS = frozenset({"coalition", "mission", "force", "operation", "alliance", "contingent", "task force"})
_BARE_OPERATION = re.compile(r"^Op[ée]ration\s+(?P<name>.+)$")
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
    cued = _DEF_CUE.search(form) or (_LED_BY_BODY.match(form) and _BODY_TASK.search(form))
    return form if cued and form != acronym else None


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
    definitions = [
        (m.start("long") + m["long"].find(long), m.start("long") + len(m["long"]), long, m["acr"])
        for m in _acronym_definitions(text) if (long := _acronym_long_form(m["long"], m["acr"]))
    ] + list(_appositive_acronyms(text))
    for start, end, long, acronym in definitions:
        acr_name, long_name = _canonical(acronym, config), _canonical(long, config)
        long_is_known = _known(long, config) and not _known(acronym, config)
        names.union(acr_name, long_name, prefer=long_name if long_is_known else acr_name)
        local[acronym] = acr_name
        raw.append((start, end, long_name))
    guessed = _absorbed(text, unlisted_names(text), raw, names, config)
    for start, end, acronym in _known_as(text, guessed):
        acr_name = _canonical(acronym, config)
        names.union(acr_name, _canonical(text[start:end], config), prefer=acr_name)
    for acronym, long in _spelled_elsewhere(text, {c for _, _, c in guessed}, names):
        names.union(acronym, long, prefer=acronym)
        local[acronym] = acronym
    raw += guessed
    for _, _, canonical in list(raw):
        bare = _BARE_OPERATION.match(canonical)
        if bare and (" " in bare["name"] or len(bare["name"]) >= 5):  # "Sangaris", "Prosperity Guardian"
            local.setdefault(bare["name"], canonical)
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
    if not raw:  # no named mission: perhaps a country's unnamed deployment ("Russian peacekeepers in Karabakh")
        raw += national_deployments(text, text.find("\n") % (len(text) + 1))
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


_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+(?P<acr>[A-Z][A-Z0-9-]{2,9})\b")


def _known_as(text: str, guessed: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """'The Southern African Development Community Mission in the Democratic Republic of Congo, known as
    SAMIDRC,': the writer says the two are one mission, even when the acronym does not spell the name."""
    for start, end, _ in guessed:
        found = _KNOWN_AS.match(text, end)
        if found is not None:
            yield start, end, found["acr"]


def _spelled_elsewhere(text: str, guessed: set[str], names: _Names) -> Iterator[tuple[str, str]]:
    """(acronym, name) where a name found by its shape ("the Nordic Cable Protection Mission") is spelled by
    an acronym the text uses elsewhere without defining it ("NCPM"): one mission, named by the acronym."""
    if not guessed:
        return
    for token in dict.fromkeys(_CAPS_TOKEN.findall(text)):
        spelled = [g for g in guessed if names.find(g) == g and _spells(g.split(), token)]
        if len(spelled) == 1:
            yield token, spelled[0]


def _shortens(short: str, canonical: str) -> bool:
    """Whether `short` is the first words of one of the mission's names ("EU Training Mission" of "European
    Union Training Mission in Mali")."""
    key = name_key(short) + " "
    return any(name_key(n).startswith(key) for n in (canonical, *ALIASES_OF.get(canonical, ())))


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


def _spells(words: list[str], letters: str) -> bool:
    """Whether the acronym `letters` spells `words`: each word gives its initial (a word in capitals such as
    "EU" or "SADC" gives one or more of its first letters), a short function word may give its initial or
    nothing, and once the letters are spent only a tail that opens with a function word may follow ("EUMAM"
    for "EU Military Assistance Mission in support of Ukraine")."""
    if not letters:
        return not words or words[0].lower() in _FUNCTION_WORDS
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
