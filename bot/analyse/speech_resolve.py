"""Turn a speaker phrase into an entity of the article: "Brennan" → Maj. Gen. John W. Brennan (through the
registry), "he" → the most recent compatible person, "the statement" → whoever issued the statement, "the
ministry" → the ministry named before. Pronouns and "the statement" are resolved in reading order, so the
resolver remembers who spoke where.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from bot.analyse.people_names import NameParts
from bot.analyse.speech_lexicon import DOCUMENT_NOUNS, PLURAL_PERSON_NOUNS
from bot.analyse.speech_phrases import Phrase, head_class
from bot.analyse.speech_registry import Entity, Registry
from bot.analyse.speech_tokens import Unit

_LOOKBACK_UNITS = 6
Fit = Literal["m", "f", "o", "p"]  # he, she, it (an organisation), they (a group)
_FITS: dict[str, Fit] = {"he": "m", "she": "f", "it": "o", "they": "p"}


class Resolver:
    """Reads the article in order and maps speaker phrases to entities."""

    def __init__(self, registry: Registry, units: Sequence[Unit]) -> None:
        self.registry = registry
        self.units = units
        self.spoke: dict[int, list[Entity]] = {}  # unit index -> speakers credited there, in order
        self.subjects: dict[int, Entity | None] = {}  # unit index -> the subject of its sentence, once asked
        self.find_subject: Callable[[int], Entity | None] = lambda unit: None
        self.issuers: dict[str, list[Entity]] = {}  # "statement"/"letter" -> who issued one, most recent last
        self.document: tuple[int, Entity] | None = None  # the latest speaker reached through "the statement"
        self.described: dict[str, Entity] = {}

    def credit(self, unit: int, entity: Entity) -> None:
        self.spoke.setdefault(unit, []).append(entity)

    def _subject(self, unit: int) -> Entity | None:
        """The subject of a unit's sentence, worked out only when a pronoun needs it (it costs a parse)."""
        if unit not in self.subjects:
            self.subjects[unit] = None  # a pronoun inside the subject must not ask again
            self.subjects[unit] = self.find_subject(unit)
        return self.subjects[unit]

    def issued_statement(self, entity: Entity, noun: str = "statement") -> None:
        if entity.kind in ("org", "person", "unknown"):
            self.issuers.setdefault(noun, []).append(entity)

    def _pool(self, unit: int, current: int) -> list[Entity]:
        """Candidates for a pronoun in unit `current`, from unit `unit`: speakers, subject, other mentions."""
        pool = list(reversed(self.spoke.get(unit, [])))
        if unit != current:
            subject = self._subject(unit)
            if subject is not None:
                pool.append(subject)
            pool += self.registry.mentions.get(unit, [])
        return pool

    def _recent(self, unit: int, fits: Fit) -> Entity | None:
        current = self.units[unit]
        if fits == "o" and self.document is not None and self.document[0] >= unit - 2:
            return self.document[1]  # '"…," the letter reads. "…," it says.'
        window: list[tuple[int, Entity]] = []
        for back in range(unit, max(-1, unit - _LOOKBACK_UNITS - 1), -1):
            if current.paragraph - self.units[back].paragraph > 2:
                break
            window += [(back, entity) for entity in self._pool(back, unit)]
        if fits in ("m", "f"):
            people = [e for _, e in window if e.kind in ("person", "unknown") and e.gender in (None, fits)]
            speakers = {id(e) for back, _ in window for e in self.spoke.get(back, [])}
            chosen = people[0] if people else None
            if chosen is not None and chosen.gender is None and id(chosen) not in speakers:
                # A speaker already known to be a "she" beats a more recent person of unknown gender who
                # said nothing: writers use a pronoun when it can only mean one of the people in play.
                chosen = next((e for e in people if e.gender == fits and id(e) in speakers), chosen)
            if chosen is not None and chosen.kind == "person":
                chosen.gender = fits
            return chosen
        if fits == "o":
            return next((e for _, e in window if e.kind == "org"), None)
        return next((e for back, e in window if e.kind == "group" and back >= unit - 2), None)

    def resolve(self, phrase: Phrase, unit: int) -> Entity | None:
        if phrase.kind == "pronoun":
            return self._recent(unit, _FITS[phrase.text]) if phrase.text in _FITS else None
        if phrase.kind == "name" and phrase.parts is not None:
            return self._name(phrase.parts, phrase)
        if phrase.kind == "noun" and phrase.head is not None:
            return self._noun(phrase, unit)
        return None

    def _name(self, parts: NameParts, phrase: Phrase) -> Entity | None:
        registry = self.registry
        if parts.kind == "person":
            return registry.person(parts.name, parts.title or phrase.title, parts.org or phrase.org)
        if parts.kind == "org":
            return registry.org(parts.name, parts.acronym)
        person = registry.find_person(parts.name)
        if person is not None:
            person.title = person.title or phrase.title
            return person
        org = registry.find_org(parts.name)
        if org is not None:
            return org
        if phrase.title:  # "Smith, a spokesman for …": a person we have not seen in full
            return registry.person(parts.name, phrase.title, phrase.org)
        if phrase.definite:  # "the Elysée said": a place or institution, never a person
            return registry.org(parts.name)
        entity = self.described.get(parts.name)
        if entity is None:
            entity = self.described[parts.name] = Entity(parts.name, "unknown")
        return entity

    def _noun(self, phrase: Phrase, unit: int) -> Entity | None:
        head = phrase.head or ""
        if head in DOCUMENT_NOUNS:
            return None
        kind = head_class(head)
        owner = self.resolve(phrase.owner, unit) if phrase.owner is not None else None
        bare = phrase.owner is None and phrase.text.lower() == head
        if kind == "statement":
            issuers = self.issuers.get(head) or self.issuers.get("statement") or []
            issuer = owner or (issuers[-1] if issuers and phrase.definite else None)
            if issuer is not None:
                self.document = (unit, issuer)
            return issuer
        if kind == "org" and bare and phrase.definite:
            for org in reversed(self.registry.orgs):
                if head in org.name.lower().split():
                    return org
            recent = self._recent(unit, "o")  # "KFOR said … The force also denied …"
            if recent is not None and any(recent in self.spoke.get(back, []) for back in range(unit - 3, unit + 1)):
                return recent
        if kind == "person" and phrase.definite and (phrase.owner is None or phrase.owner.kind != "name"):
            titled = self._titled(head, unit)  # "the French president" → the person titled President
            if titled is not None:
                return titled
        entity = self.described.get(phrase.text)
        if entity is None:
            plural = head in PLURAL_PERSON_NOUNS
            org_text = owner.name if owner is not None else phrase.owner.text if phrase.owner is not None else None
            entity = Entity(phrase.text, "group" if plural else "org" if kind == "org" else "person",
                            None if plural or kind == "org" else head, org_text)
            if kind == "person" and not plural:
                entity.gender = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}.get(head)
            self.described[phrase.text] = entity
        return entity

    def _titled(self, head: str, unit: int) -> Entity | None:
        holders = [p for p in self.registry.persons if (p.title and head in p.title.lower().replace("-", " ").split())
                   or (p.title and head == p.title.lower())]
        if len(holders) <= 1:
            return holders[0] if holders else None
        for back in range(unit, -1, -1):
            for entity in self._pool(back, unit + 1):
                if entity in holders:
                    return entity
        return holders[0]


