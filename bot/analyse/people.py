"""Speakers across articles: one key per surname, a stricter same-person test, merging, and user look-ups.

`person_key` is deliberately coarse (the surname, or the whole name of an organisation) so that the store
can find every candidate with one indexed look-up; `same_person` then separates "John Brennan" from "Mary
Brennan". Titles never take part: "Maj. Gen. John W. Brennan" = "John W. Brennan" = "Brennan".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.analyse.people_names import NameParts, abbreviates, compatible_names, name_words, split_name
from bot.analyse.speech_tokens import tokenise
from bot.models import PersonRef, Quote

_FUZZY_MIN_LENGTH = 5
_FUZZY_RATIO = 85.0
_PREFIX_MIN_LENGTH = 4
_ACRONYM_LENGTHS = (3, 8)


def _parts(name: str) -> NameParts | None:
    """The name without its title; a name typed in lower case ("qasim al-araji") is taken as it is."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return None
    return split_name(tokenise(cleaned), cleaned) or NameParts(cleaned, "unknown")


def _is_org(parts: NameParts | None) -> bool:
    return parts is not None and parts.kind == "org"


def _bare(name: str) -> str:
    """The name without its title ("Maj. Gen. John W. Brennan" → "John W. Brennan")."""
    parts = _parts(name)
    return parts.name if parts is not None else name.strip()


def person_key(name: str) -> str:
    """A normalised key shared by every spelling of one speaker: the folded surname for a person
    ("brennan", "araji"), the folded words of an organisation ("iraqi-joint-operations-command")."""
    parts = _parts(name)
    words = name_words(parts.name if parts is not None else name)
    if not words:
        return " ".join(name.lower().split())
    return "-".join(words) if _is_org(parts) else words[-1]


def same_person(a: str, b: str) -> bool:
    """Whether two speaker names denote the same speaker: `Brennan` = `Maj. Gen. John W. Brennan`,
    `John Kirby` != `John W. Brennan`, `JOC` = `Iraqi Joint Operations Command`."""
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None:
        return False
    wa, wb = name_words(pa.name), name_words(pb.name)
    shouted = (len(wa) == 1 and _is_org(pa) and not _is_org(pb)) or (len(wb) == 1 and _is_org(pb) and not _is_org(pa))
    if shouted and compatible_names(pa.name, pb.name):  # "DIAKITE" in a UN record = Moussa Diakité
        return True
    if _is_org(pa) or _is_org(pb):
        if wa == wb:
            return True
        for short, long in ((pa.name, pb.name), (pb.name, pa.name)):
            if len(name_words(short)) == 1 and short.replace("-", "").isupper() and abbreviates(short, long):
                return True  # "JOC" = "Iraqi Joint Operations Command"
        return bool(wa) and bool(wb) and (set(wa) <= set(wb) or set(wb) <= set(wa)) and min(len(wa), len(wb)) > 1
    return compatible_names(pa.name, pb.name)


@dataclass
class _Group:
    names: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    orgs: Counter[str] = field(default_factory=Counter)
    first_seen: int = 0

    def fullest(self) -> str:
        return max(self.names, key=lambda n: (len(name_words(n)), len(n), self.names[n]))

    def ref(self) -> PersonRef:
        title = self.titles.most_common(1)[0][0] if self.titles else None
        org = self.orgs.most_common(1)[0][0] if self.orgs else None
        return PersonRef(name=self.fullest(), title=title, org=org)


def merge_people(quotes: Sequence[Quote]) -> list[PersonRef]:
    """One PersonRef per distinct speaker, with the fullest name seen and the most frequent title and
    organisation, in order of first appearance. Fuller names form the groups; a bare surname joins the
    group it fits that has the most quotes."""
    seen: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for position, quote in enumerate(quotes):
        bare = _bare(quote.speaker)
        seen.setdefault(bare, position)
        counts[bare] += 1
    groups: list[_Group] = []
    for name in sorted(seen, key=lambda n: (-len(name_words(n)), -len(n), seen[n])):
        fits = [g for g in groups if all(same_person(name, member) for member in g.names)]
        if fits:
            group = max(fits, key=lambda g: (sum(g.names.values()), -g.first_seen))
            group.first_seen = min(group.first_seen, seen[name])
        else:
            group = _Group(first_seen=seen[name])
            groups.append(group)
        group.names[name] += counts[name]
    for quote in quotes:
        bare = _bare(quote.speaker)
        group = next(g for g in groups if bare in g.names)
        if quote.speaker_title:
            group.titles[quote.speaker_title] += 1
        if quote.speaker_org:
            group.orgs[quote.speaker_org] += 1
    return [g.ref() for g in sorted(groups, key=lambda g: g.first_seen)]


def _word_matches(wanted: str, words: Sequence[str]) -> bool:
    for word in words:
        if word == wanted or (len(wanted) >= _PREFIX_MIN_LENGTH and word.startswith(wanted)):
            return True
        if len(wanted) >= _FUZZY_MIN_LENGTH and fuzz.ratio(wanted, word) >= _FUZZY_RATIO:
            return True
    return False


def matches_query(query: str, speaker: str) -> bool:
    """Whether a user's look-up names this speaker: every word of the query (titles aside) is a word of
    the speaker's name, allowing a prefix or a small typo ("Brennan", "john brennan", "araji", "JOC")."""
    wanted = name_words(_bare(query)) or name_words(query)
    if not wanted:
        return False
    words = name_words(speaker)
    if all(_word_matches(w, words) for w in wanted):
        return True
    compact = query.strip().replace(".", "")
    if len(wanted) == 1 and compact.isalpha() and _ACRONYM_LENGTHS[0] <= len(compact) <= _ACRONYM_LENGTHS[1]:
        return len(words) > 1 and abbreviates(compact, speaker)
    return False
