"""Which organisation a described one is: "the ministry", "the fund", "the bloc", "the mission" or "the
companies" refer back to organisations named in the last few sentences (one registry, read backwards)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.analyse.people_names import abbreviates
from bot.analyse.speech_lexicon import COLLECTIVE_NOUNS, KIND_NOUNS, is_office
from bot.analyse.speech_registry import Entity, Registry

LOOKBACK_UNITS = 6
# "Lithuanian Vice Minister of National Defense", "Defence Minister", "Foreign Minister"
_MINISTER = re.compile(r"^(?:([A-Z][a-z]+(?:an|ese|ish|i|ch))\s+)?(?:(?:Vice|Deputy|First|Acting)\s+)*"
                       r"((?:[A-Z][a-z]+\s+)*?)Minister((?:\s+(?:of|for)\s+[A-Z][\w ]+)?)$")
_SAME_HEADS = {"ministry": ("ministry", "office", "department")}
_CORPORATE = re.compile(r"\b(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|GmbH|AG|SE|NV|SpA|Holdings|Co)\.?$")


def recent_mentions(registry: Registry, unit: int) -> Iterator[Entity]:
    """Entities mentioned up to this unit, the latest first, as far back as LOOKBACK_UNITS sentences; near the
    top of the story, the headline too ("… UNMISS begins troop cut" then "…, the mission said.")."""
    for back in range(unit, max(-1, unit - LOOKBACK_UNITS - 1), -1):
        yield from reversed(registry.mentions.get(back, []))
    if 0 <= unit <= LOOKBACK_UNITS:
        for back in (-1, -2):  # the headline's units are numbered from -1 down
            yield from reversed(registry.mentions.get(back, []))


def minister_ministry(registry: Registry, unit: int) -> Entity | None:
    """"Vice Minister of National Defense X welcomed … The ministry added": a ministry named only in the
    title of a minister mentioned just before is "Ministry of National Defense"."""
    for entity in recent_mentions(registry, unit):
        match = _MINISTER.search(entity.title or "") if entity.kind == "person" else None
        if match is not None and match.group(2).strip().lower() != "prime":
            owner = f"{match.group(1)} " if match.group(1) else ""
            return registry.org(f"{owner}{match.group(2) or ''}Ministry{match.group(3) or ''}".strip())
    return None


def recent_pair(registry: Registry, unit: int) -> tuple[Entity, Entity] | None:
    """The two organisations named last up to this unit, in reading order: who "the companies" are."""
    found: list[Entity] = []
    for entity in recent_mentions(registry, unit):
        if entity.kind == "org" and all(entity is not e for e in found):
            found.append(entity)
        if len(found) == 2:
            return found[1], found[0]
    return None


def latest_acronym(registry: Registry, unit: int) -> Entity | None:
    """"UNISFA welcomed the vote … the mission said": missions go by acronyms, so "the mission" is the
    latest one named nearby."""
    for entity in recent_mentions(registry, unit):
        # "UNIFIL", or "the United Nations Interim Force in Lebanon (UNIFIL)"; "U.N." is the UN, no mission
        if entity.kind == "org" and ((entity.name.isupper() and len(entity.name.replace(".", "")) > 2) or (
                entity.acronym)):
            return entity
    return None


def acronym_ending(registry: Registry, head: str, unit: int) -> Entity | None:
    """"the IMF … The fund said": the latest acronym named nearby whose last letter is the noun's initial
    (English names end on their head noun: International Monetary Fund, World Health Organization)."""
    for entity in recent_mentions(registry, unit):
        if entity.kind == "org" and entity.name.isupper() and entity.name[-1].lower() == head[0]:
            return entity
    return None


def named_org(registry: Registry, head: str, unit: int) -> Entity | None:
    """"the ministry": the organisation with that word in its name, the latest named up to this unit
    (a ministry named only further down the article is not the one meant here)."""
    first_unit = registry.first_unit
    heads = _SAME_HEADS.get(head, (head,))  # "the Foreign Office … the ministry said"
    corporate = head in KIND_NOUNS  # "Kestrel Technologies Inc. … the chipmaker said", "the company said"
    fitting = [org for org in registry.orgs
               if (any(h in org.name.lower().split() for h in heads) or head in org.kinds
                   or (corporate and _CORPORATE.search(org.name) is not None))
               and first_unit.get(id(org), unit) <= unit and not is_office(org.name)]
    if not fitting:
        return None
    for entity in recent_mentions(registry, unit):
        if any(entity is org for org in fitting):
            return entity
    return fitting[-1]


def collective(registry: Registry, head: str, unit: int) -> Entity | None:
    """The organisation that "the bloc" or "the alliance" refers back to: the nearest one named before
    whose name says it is one (a Community, Union, Alliance …), or whose acronym that is."""
    kinds = COLLECTIVE_NOUNS[head]
    fitting = [org for org in registry.orgs if kinds.intersection(org.words)]
    for entity in recent_mentions(registry, unit):
        if entity in fitting:
            return entity
        if entity.kind == "org" and entity.name.isupper():
            found = next((org for org in fitting if abbreviates(entity.name, org.name)), None)
            if found is not None:
                return found
    return None
