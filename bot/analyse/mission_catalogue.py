"""Well-known missions and operations with the other names the press uses for them.

Articles often name a mission only by its acronym or only by its long form, and different outlets pick
different ones; this table lets both resolve to one canonical name without the operator having to list
them. Bare code words that are also common words or names ("Sophia", "Atalanta", "Serval") appear only
with their "Operation" prefix. Missions that are not here are still found by pattern (mission_names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.analyse.scan import case_variants

CATALOGUE: tuple[tuple[str, tuple[str, ...]], ...] = (
    # ---- United Nations
    ("UNIFIL", ("United Nations Interim Force in Lebanon",)),
    ("MINUSMA", ("United Nations Multidimensional Integrated Stabilization Mission in Mali",)),
    ("MONUSCO", ("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
                 "United Nations Stabilization Mission in the Democratic Republic of the Congo",
                 "United Nations Organization Stabilization Mission in the DR Congo", "MONUC")),
    ("UNMISS", ("United Nations Mission in South Sudan",
                "United Nations Mission in the Republic of South Sudan")),
    ("MINUSCA", ("United Nations Multidimensional Integrated Stabilization Mission in the Central African "
                 "Republic",)),
    ("UNAMID", ("African Union-United Nations Hybrid Operation in Darfur",)),
    ("UNISFA", ("United Nations Interim Security Force for Abyei",)),
    ("UNFICYP", ("United Nations Peacekeeping Force in Cyprus",)),
    ("UNDOF", ("United Nations Disengagement Observer Force",)),
    ("UNTSO", ("United Nations Truce Supervision Organization",)),
    ("UNMIK", ("United Nations Interim Administration Mission in Kosovo",)),
    ("MINURSO", ("United Nations Mission for the Referendum in Western Sahara",)),
    ("UNMOGIP", ("United Nations Military Observer Group in India and Pakistan",)),
    ("UNAMA", ("United Nations Assistance Mission in Afghanistan",)),
    ("UNAMI", ("United Nations Assistance Mission for Iraq", "United Nations Assistance Mission in Iraq")),
    ("UNSMIL", ("United Nations Support Mission in Libya",)),
    ("UNSOM", ("United Nations Assistance Mission in Somalia",)),
    ("UNTMIS", ("United Nations Transitional Assistance Mission in Somalia",)),
    ("UNITAMS", ("United Nations Integrated Transition Assistance Mission in Sudan",)),
    ("UNMHA", ("United Nations Mission to Support the Hudaydah Agreement",
               "United Nations Mission to Support the Hodeidah Agreement")),
    ("BINUH", ("United Nations Integrated Office in Haiti",)),
    ("MINUSTAH", ("United Nations Stabilization Mission in Haiti",)),
    ("UNMIL", ("United Nations Mission in Liberia",)),
    ("UNOCI", ("United Nations Operation in Côte d'Ivoire", "United Nations Operation in Cote d'Ivoire")),
    ("UNVMC", ("United Nations Verification Mission in Colombia",)),
    ("Multinational Security Support Mission", ("Multinational Security Support mission in Haiti",
                                                "Kenya-led Multinational Security Support Mission", "MSS")),
    # ---- African Union and regional
    ("AMISOM", ("African Union Mission in Somalia",)),
    ("ATMIS", ("African Union Transition Mission in Somalia",)),
    ("AUSSOM", ("African Union Support and Stabilization Mission in Somalia",)),
    ("SAMIM", ("SADC Mission in Mozambique", "Southern African Development Community Mission in Mozambique")),
    ("SAMIDRC", ("SADC Mission in the Democratic Republic of Congo", "SADC Mission in the DRC")),
    ("EACRF", ("East African Community Regional Force",)),
    ("MNJTF", ("Multinational Joint Task Force",)),
    # ---- European Union
    ("EUFOR Althea", ("Operation Althea", "EUFOR")),
    ("EUTM Mali", ("European Union Training Mission in Mali",)),
    ("EUTM Somalia", ("European Union Training Mission in Somalia",)),
    ("EUTM Mozambique", ("European Union Training Mission in Mozambique",)),
    ("EUTM RCA", ("European Union Training Mission in the Central African Republic",)),
    ("EUMAM Ukraine", ("European Union Military Assistance Mission in support of Ukraine",
                       "European Union Military Assistance Mission Ukraine")),
    ("EUCAP Sahel Mali", ()),
    ("EUCAP Sahel Niger", ()),
    ("EUCAP Somalia", ()),
    ("EUNAVFOR MED Irini", ("Operation Irini", "Irini", "EUNAVFOR MED")),
    ("Operation Atalanta", ("EUNAVFOR Atalanta", "EU NAVFOR Atalanta", "EUNAVFOR Somalia")),
    ("Operation Aspides", ("EUNAVFOR Aspides", "EUNAVFOR ASPIDES", "Aspides")),
    ("Operation Sophia", ("EUNAVFOR MED Sophia",)),
    ("EULEX Kosovo", ("European Union Rule of Law Mission in Kosovo", "EULEX")),
    ("EUMM Georgia", ("European Union Monitoring Mission in Georgia",)),
    ("EUMA", ("European Union Mission in Armenia",)),
    ("EUBAM Rafah", ("European Union Border Assistance Mission at Rafah Crossing Point",)),
    ("EUBAM Libya", ("European Union Integrated Border Management Assistance Mission in Libya",)),
    # ---- NATO
    ("KFOR", ("Kosovo Force", "NATO-led Kosovo Force")),
    ("Resolute Support", ("Resolute Support Mission", "Operation Resolute Support",
                          "NATO-led Resolute Support mission")),
    ("ISAF", ("International Security Assistance Force",)),
    ("NATO Mission Iraq", ()),
    ("Operation Sea Guardian", ()),
    ("Baltic Sentry", ()),
    ("Eastern Sentry", ()),
    ("enhanced Forward Presence", ("eFP", "Enhanced Forward Presence", "NATO enhanced Forward Presence")),
    ("Baltic Air Policing", ("NATO Air Policing", "NATO Baltic Air Policing")),
    ("NSATU", ("NATO Security Assistance and Training for Ukraine",)),
    # ---- coalitions and national operations
    ("CJTF-OIR", ("Combined Joint Task Force-Operation Inherent Resolve", "Operation Inherent Resolve", "OIR",
                  "US-led coalition against ISIS", "US-led coalition against the Islamic State",
                  "US-led coalition against Islamic State", "US-led coalition against IS",
                  "US-led coalition against ISIL", "US-led coalition against Daesh",
                  "US-led coalition fighting ISIS", "US-led coalition fighting the Islamic State",
                  "US-led coalition fighting Islamic State", "anti-ISIS coalition", "anti-IS coalition",
                  "anti-ISIL coalition", "anti-Daesh coalition", "anti-Islamic State coalition",
                  "international coalition against ISIS", "international coalition against Daesh",
                  "international coalition against the Islamic State")),
    ("CJTF-HOA", ("Combined Joint Task Force-Horn of Africa",)),
    ("Operation Enduring Freedom", ()),
    ("Operation Freedom's Sentinel", ()),
    ("Operation Iraqi Freedom", ()),
    ("Operation New Dawn", ()),
    ("Operation Prosperity Guardian", ()),
    ("Operation Spartan Shield", ()),
    ("Operation Barkhane", ("Barkhane", "Opération Barkhane")),
    ("Operation Serval", ("Opération Serval",)),
    ("Operation Sangaris", ("Opération Sangaris",)),
    ("Operation Chammal", ("Opération Chammal",)),
    ("Task Force Takuba", ("Takuba", "Takuba Task Force")),
    ("Operation Shader", ()),
    ("Operation Herrick", ()),
    ("Operation Kipion", ()),
    ("Operation Impact", ()),
    ("Operation Reassurance", ()),
    ("Operation Unifier", ()),
    ("Operation Okra", ()),
    ("Operation Sentinelle", ("Opération Sentinelle", "Sentinelle")),
    ("Operation Highmast", ()),
    ("Multinational Force Ukraine", ("MNF-U", "Multinational Force-Ukraine")),
    ("MFO", ("Multinational Force and Observers",)),
    ("Cheonghae unit", ("Cheonghae anti-piracy unit", "Cheonghae Unit", "Cheonghae naval unit")),
    # Japan's counter-piracy deployments off Somalia (since 2009)
    ("DAPE", ("Deployment Air Force for Counter-Piracy Enforcement",
              "Deployment Air Force for Counter Piracy Enforcement")),
    ("DSPE", ("Deployment Surface Force for Counter-Piracy Enforcement",
              "Deployment Surface Force for Counter Piracy Enforcement")),
    ("Akh unit", ("Akh Unit",)),
    ("Dongmyeong unit", ("Dongmyeong Unit",)),
    ("Hanbit unit", ("Hanbit Unit",)),
    ("TURKSOM", ("Turkish Task Force Command in Somalia",)),
    ("G5 Sahel Joint Force", ("Joint Force of the G5 Sahel", "FC-G5S")),
)

_ORGANISATION_MEMBERS: dict[str, tuple[str, ...]] = {
    "NATO": ("KFOR", "Resolute Support", "ISAF", "NATO Mission Iraq", "Operation Sea Guardian",
             "Baltic Sentry", "Eastern Sentry", "enhanced Forward Presence", "Baltic Air Policing", "NSATU"),
    "AU": ("AMISOM", "ATMIS", "AUSSOM", "UNAMID"),
    "UN": ("UNAMID", "BINUH"),
    "SADC": ("SAMIM", "SAMIDRC"),
    "EAC": ("EACRF",),
}
# (organisation, how a text names it, words one of which every such name holds: a cheap test first)
_ORGANISATION_WORDS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("UN", re.compile(r"\b(?:United\s+Nations|UN|U\.N\.)(?![\w.])"), ("Nations", "UN", "U.N.")),
    ("NATO", re.compile(r"\b(?:NATO|Nato)\b"), ("NATO", "Nato")),
    ("EU", re.compile(r"\b(?:European\s+Union|EU)\b|\bEU(?:TM|FOR|CAP|LEX|NAVFOR|MAM|BAM|MM|MA)\b"),
     ("European", "EU")),
    ("AU", re.compile(r"\b(?:African\s+Union|AU)\b"), ("African", "AU")),
    ("SADC", re.compile(r"\b(?:Southern\s+African\s+Development\s+Community|SADC)\b"), ("Southern", "SADC")),
    ("EAC", re.compile(r"\b(?:East\s+African\s+Community|EAC)\b"), ("East", "EAC")),
)


def organisations(text: str) -> frozenset[str]:
    """The international organisations (UN, NATO, EU, AU) that a name or a sentence names."""
    return frozenset(
        org for org, pattern, words in _ORGANISATION_WORDS
        if any(word in text for word in words) and pattern.search(text)
    )


@lru_cache(maxsize=1024)  # asked for the same missions' names many times per article
def organisations_of(name: str, aliases: tuple[str, ...] = ()) -> frozenset[str]:
    """Who runs a mission, from its names and the catalogue: MINUSMA's long form says United Nations."""
    names = (name, *aliases, *ALIASES_OF.get(name, ()))
    found = set(organisations(" | ".join(names)))
    found |= {org for org, members in _ORGANISATION_MEMBERS.items() if name in members}
    return frozenset(found)


# (how an alias spells it, the regex for every spelling, the first words those spellings can start with,
# the characters they can start with)
_VARIANTS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("United Nations ", r"(?:United\s+Nations|U\.?N\.?)\s+", ("united", "un", "u"), "U"),
    ("European Union ", r"(?:European\s+Union|EU)\s+", ("european", "eu"), "E"),
    ("African Union", r"(?:African\s+Union|AU)", ("african", "au"), "A"),
    ("US-led", r"(?:U\.?S\.?|United\s+States|American)[-‑–]led", ("us", "u", "united", "american"), "UA"),
    ("Stabilization", r"Stabili[sz]ation", (), "S"),
    ("Organization", r"Organi[sz]ation", (), "O"),
    ("Democratic Republic of the Congo", r"Democratic\s+Republic\s+of\s+(?:the\s+)?Congo", (), "D"),
    ("Operation", r"Op[ée]ration", ("operation", "opération"), "O"),
)
_FIRST_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"\w(?<!\w\w)")  # the first character of every word
_ACRONYM_WORD = re.compile(r"\b[A-Z]{4,}\b")
_BIG_ORGANISATION = re.compile(r"^(?:United\s+Nations|UN|European\s+Union|EU|African\s+Union|AU|NATO)\s+")
_OWN_WORDS = re.compile(r"(?!Mission\b|Force\b)[A-Z]\w*(?:\s+\S+)*?\s+(?:Mission|Force)\b")
_HEAD_NOUN = re.compile(r"(?<=\\ )(M|F)(ission|orce)\b")


def alias_pattern(alias: str) -> str:
    """A regex for an alias that tolerates the spellings outlets vary: UN/U.N./United Nations, -ise/-ize,
    hyphen or dash with or without spaces, straight or curly apostrophes, any run of whitespace."""
    out = re.escape(alias)
    # some outlets write acronyms as words: "Isaf", "Nato", "Unifil"
    out = _ACRONYM_WORD.sub(lambda m: f"(?:{m[0]}|{m[0].capitalize()})", out)
    for plain, variant, _, _ in _VARIANTS:
        out = out.replace(re.escape(plain), variant)
    # outlets lower-case the head noun of a long name ("the Resolute Support mission"), which is still that
    # name when it has words of its own: "African Union mission in Somalia" may be any of three missions
    if _OWN_WORDS.match(_BIG_ORGANISATION.sub("", alias)):
        out = _HEAD_NOUN.sub(lambda m: f"[{m[1]}{m[1].lower()}]{m[2]}", out)
    out = re.sub(r"\\-|\\‑|–|—", r"\\s*[-‑–—]\\s*", out)
    out = re.sub(r"(?:\\ )+", r"\\s+", out)
    out = out.replace("'", "['’]")
    return rf"(?<![\w-]){out}(?![\w-])"


def alias_first_chars(alias: str, ignore_case: bool = False) -> str | None:
    """Every character a match of `alias_pattern(alias)` (compiled with IGNORECASE when `ignore_case`) can
    start with, or None when that is not known: the pattern keeps the alias's first character except where
    a spelling variant opens it ("US-led" may be written "American-led"), and widens a leading dash, space
    or apostrophe."""
    if not alias or alias[0] in "-‑–—'" or alias[0].isspace():
        return None
    first = {alias[0]}
    for plain, _, _, chars in _VARIANTS:
        if alias.startswith(plain.strip()):
            first |= set(chars)
    try:
        return case_variants(first) if ignore_case else "".join(sorted(first))
    except ValueError:
        return None


_KEY_SUBS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[’‘`]"), "'"),
    (re.compile(r"\s*[-‑–—]\s*"), "-"),
    (re.compile(r"\bu\.?n\.?(?=\s)|\bunited nations\b"), "un"),
    (re.compile(r"\bu\.?s\.?(?=-)|\bunited states\b"), "us"),
    (re.compile(r"\beuropean union\b"), "eu"),
    (re.compile(r"\bafrican union\b"), "au"),
    (re.compile(r"isation\b"), "ization"),
    (re.compile(r"opération"), "operation"),
    (re.compile(r"^the\s+"), ""),
    (re.compile(r"\s+"), " "),
)


@lru_cache(maxsize=4096)  # the same few names are keyed again and again while an article is read
def name_key(name: str) -> str:
    """A spelling-insensitive key, so that 'the U.N. Mission in South Sudan' and 'United Nations Mission
    in South Sudan' compare equal."""
    key = name.strip().lower()
    for pattern, replacement in _KEY_SUBS:
        key = pattern.sub(replacement, key)
    return key.strip(" .,;:")


def _canonical_by_key() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in CATALOGUE:
        for name in (canonical, *aliases):
            table[name_key(name)] = canonical
    return table


CANONICAL_BY_KEY = _canonical_by_key()
ALIASES_OF = {canonical: aliases for canonical, aliases in CATALOGUE}
class AliasIndex:
    """Finds many names in a text in one pass over its words: each name's regex is tried only where a word
    that can begin it stands. One alternation of hundreds of names costs ~10 ms per article, a Python loop
    over every word ~0.3 ms; this jumps (in C) to the words that start with a capital some name can start
    with, or that are the lower-case first word of a name ("anti-ISIS coalition"), ~0.05 ms."""

    def __init__(self, names: Iterable[str], *, fold_lowercase: bool = False) -> None:
        alternatives: dict[str, list[str]] = {}
        first: set[str] | None = set()  # None: some name's first characters are not known
        lower_words: set[str] = set()
        for name in sorted(set(names), key=len, reverse=True):
            pattern = alias_pattern(name)
            folded = fold_lowercase and any(c.islower() for c in name)
            if folded:
                pattern = f"(?i:{pattern})"
            chars = alias_first_chars(name, folded)
            word = _literal_lower_word(name) if not folded else None
            if word is not None:
                lower_words.add(word)
            elif chars is None or first is None:
                first = None
            else:
                first |= set(chars)
            for key in _first_words(name):
                alternatives.setdefault(key, []).append(pattern)
        # one regex per first word, longest names first, so each candidate word costs one match attempt
        self._by_first = {key: re.compile("|".join(found)) for key, found in alternatives.items()}
        self._starts = [_word_starts(first, set(alternatives))] + [
            re.compile(rf"{re.escape(w)}(?<!\w{re.escape(w)})(?!\w)") for w in sorted(lower_words)
        ]

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def _candidates(self, text: str) -> list[int]:
        """Starts of the words worth a look, in order: every word a name can begin at is among them."""
        if len(self._starts) == 1:
            return [m.start() for m in self._starts[0].finditer(text)]
        return sorted({m.start() for starts in self._starts for m in starts.finditer(text)})

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of each name found, the longest one where several start at the same word."""
        found: list[tuple[int, int, str]] = []
        covered = -1
        for start in self._candidates(text):
            if start < covered:
                continue
            word = _FIRST_WORD.match(text, start)
            pattern = self._by_first.get(word.group().lower()) if word is not None else None
            if pattern is None:
                continue
            hit = pattern.match(text, start)
            if hit:
                found.append((hit.start(), hit.end(), hit.group()))
                covered = hit.end()
        return found


def _literal_lower_word(name: str) -> str | None:
    """The first word of a name whose case-sensitive pattern can only start with that very word in lower
    case ("international" for "international coalition against ISIS"), else None."""
    word = _FIRST_WORD.match(name)
    if word is None or not name[0].islower():
        return None
    opening = r"(?<![\w-])" + re.escape(word.group())
    pattern = alias_pattern(name)
    follows = pattern[len(opening):len(opening) + 1]
    return word.group() if pattern.startswith(opening) and follows not in ("?", "*", "+", "{") else None


def _word_starts(first: set[str] | None, keys: set[str]) -> re.Pattern[str]:
    """The first character of each word (no word character before it) that is one of `first`, the
    characters some name can start with, and whose lower case is one of `keys` (checked, case-insensitively,
    by a look-ahead: a superset, as IGNORECASE matches at least what lower-casing does); of every word when
    the characters are not known. Only words are tried, so characters that cannot begin one are left out."""
    if first is None:
        return _WORD_START
    alternatives = []
    plain = any("\u0307" in key for key in keys)  # a key lower-cased from "İ" is longer: test the first character only
    for char in sorted(c for c in first if _WORD_CHAR.fullmatch(c)):
        low = char.lower()
        rests = sorted({key[len(low):] for key in keys if key.startswith(low)}, key=len, reverse=True)
        if plain:
            alternatives.append(f"{re.escape(char)}(?<!\\w.)")
        elif rests:
            alternatives.append(f"{re.escape(char)}(?<!\\w.)(?=(?i:{'|'.join(map(re.escape, rests))})(?!\\w))")
    return re.compile("|".join(alternatives) if alternatives else "(?!)")


def _first_words(name: str) -> set[str]:
    first = _FIRST_WORD.match(name)
    keys = {first.group().lower()} if first else set()
    for plain, _, starts, _ in _VARIANTS:
        if name.startswith(plain.strip()):
            keys |= set(starts)
    return keys


CATALOGUE_INDEX = AliasIndex(name for canonical, aliases in CATALOGUE for name in (canonical, *aliases))
