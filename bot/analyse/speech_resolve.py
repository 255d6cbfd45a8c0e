"""Turn a speaker phrase into an entity of the article: "Brennan" → Maj. Gen. John W. Brennan (through the
registry), "he" → the most recent compatible person, "the statement" → whoever issued the statement, "the
ministry" → the ministry named before. Pronouns and "the statement" are resolved in reading order, so the
resolver remembers who spoke where.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from bot.analyse.people_names import NameParts, name_words
from bot.analyse.speech_lexicon import (
    COLLECTIVE_NOUNS,
    DECISION_NOUNS,
    DEMONYM,
    DOCUMENT_NOUNS,
    ORG_NOUNS,
    PLURAL_PERSON_NOUNS,
    PLURAL_VERBS,
    TITLE_HEADS,
)
from bot.analyse.speech_nearby import delegate_next, named_next, untitled_next
from bot.analyse.speech_orgs import (
    LOOKBACK_UNITS,
    acronym_ending,
    collective,
    latest_acronym,
    minister_ministry,
    named_org,
    recent_pair,
)
from bot.analyse.speech_phrases import Phrase, head_class
from bot.analyse.speech_registry import Entity, EntityKind, Registry, only_address
from bot.analyse.speech_titles import ANONYMOUS_HEADS, MISSION_HEADS, holds, other_rank
from bot.analyse.speech_tokens import Unit

_QUANTIFIERS = frozenset({"some", "many", "several", "other", "recent", "earlier", "these", "those", "such", "few"})
# "the Iowa Republican", "the Texas Democrat", "the veteran Conservative": a member of a party, said of the
# person the story is on
_PARTY_MEMBERS = frozenset({"Republican", "Democrat", "Conservative", "Tory", "Liberal", "Socialist", "Democrats",
                            "Independent", "Labourite", "Green"})
_MEDIA = frozenset({"press", "media", "news", "local media", "state media", "local press"})
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "because", "where", "while"})
Fit = Literal["m", "f", "o", "p", "a"]  # he, she, it (an organisation), they (a group), any one person
_FITS: dict[str, Fit] = {"he": "m", "she": "f", "it": "o", "they": "p"}


class Resolver:
    """Reads the article in order and maps speaker phrases to entities."""

    def __init__(self, registry: Registry, units: Sequence[Unit]) -> None:
        self.registry = registry
        self.units = units
        self.spoke: dict[int, list[Entity]] = {}  # unit index -> speakers credited there, in order
        self.subjects: dict[int, Entity | None] = {}  # unit index -> the subject of its sentence, once asked
        self.find_subject: Callable[[int], Entity | None] = lambda unit: None
        self.find_addressee: Callable[[int], Entity | None] = lambda unit: None
        self.find_joint: Callable[[int], Entity | None] = lambda unit: None
        self.find_opening_subject: Callable[[int, int], Entity | None] = lambda unit, upto: None
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

    def _pool(self, unit: int, current: int) -> list[tuple[Entity, bool]]:
        """Candidates for a pronoun in unit `current`, from unit `unit`: speakers, subject, other mentions;
        the flag marks the salient ones (speakers and the subject)."""
        pool = [(entity, True) for entity in reversed(self.spoke.get(unit, []))]
        if unit == current - 1:
            asked = self.find_addressee(unit)  # "I asked Dorsey whether …" / "'…,' he says.": the one asked
            if asked is not None:
                pool.insert(0, (asked, True))
        if unit != current:
            subject = self._subject(unit)
            if subject is not None:
                pool.append((subject, True))
            pool += [(entity, False) for entity in self.registry.mentions.get(unit, [])]
        return pool

    def _recent(self, unit: int, fits: Fit) -> Entity | None:
        current = self.units[unit]
        if fits == "o" and self.document is not None and self.document[0] >= unit - 2:
            return self.document[1]  # '"…," the letter reads. "…," it says.'
        if fits == "p" and unit > 0 and self.units[unit - 1].paragraph >= current.paragraph - 1:
            joint = self.find_joint(unit - 1)  # "X and Y demanded …" then '"…," they said.'
            if joint is not None:
                return joint
        window: list[tuple[int, Entity, bool]] = []
        for back in range(unit, max(-1, unit - LOOKBACK_UNITS - 1), -1):
            if current.paragraph - self.units[back].paragraph > 2:
                break
            window += [(back, entity, salient) for entity, salient in self._pool(back, unit)]
        if fits in ("m", "f", "a"):
            return self._person(window, fits, unit)
        if fits == "o":
            return next((e for _, e, _ in window if e.kind == "org"), None)
        return next((e for back, e, _ in window if e.kind == "group" and back >= unit - 2), None)

    def _subject_just_before(self, window: list[tuple[int, Entity, bool]], person: Entity, unit: int) -> bool:
        """"Lehtinen scoffed at the figure. He said …", "Park declined to say whether … ⏎ '…,' he said": a subject
        earlier in the same paragraph, or of the sentence right before, is who the pronoun means, whether or not
        its gender is known, when it is named ("the Kenyan diplomat" may be the "she" who spoke before)."""
        paragraph = self.units[unit].paragraph
        named = not self.is_described(person) or person.kind == "unknown"  # "Amadou": a name met alone
        return named and any(
            entity is person and salient and (back == unit - 1 or (
                back < unit and self.units[back].paragraph == paragraph))
            for back, entity, salient in window)

    def _introduced_here(self, window: list[tuple[int, Entity, bool]], person: Entity) -> bool:
        """"Foreign Minister X welcomed the timetable. '…,' he was quoted as saying.": the person a paragraph
        introduces in full is who its pronoun means, known gender or not."""
        if not window or len(person.words) < 2:
            return False
        paragraph = self.units[window[0][0]].paragraph
        first = self.registry.first_mention.get(id(person))
        return first is not None and self.units[first].paragraph == paragraph

    def _newcomer(self, window: list[tuple[int, Entity, bool]], fits: Fit) -> Entity | None:
        """"For Master Cpl. Jane Roe, who did three tours, the end is bittersweet. '…,' she said.": a paragraph
        that introduces a person in full and has no speaker or subject of that gender is about the newcomer,
        not about whoever spoke in the paragraphs before."""
        if fits not in ("m", "f") or not window:
            return None
        paragraph = self.units[window[0][0]].paragraph
        here = [(back, e, salient) for back, e, salient in window if self.units[back].paragraph == paragraph
                and e.kind == "person" and e.gender in (None, fits)]
        if any(salient for _, _, salient in here):
            return None
        first_seen = self.registry.first_mention
        newcomers = {id(e): e for back, e, _ in here if e.gender == fits and len(e.words) > 1
                     and self.units[first_seen.get(id(e), -1)].paragraph == paragraph}
        return next(iter(newcomers.values())) if len(newcomers) == 1 else None

    def _person(self, window: list[tuple[int, Entity, bool]], fits: Fit, unit: int) -> Entity | None:
        """"he"/"she": the most recent compatible speaker or sentence subject, before a person only named in
        passing ("…, Col. X said. … at the invitation of President Y. …, he added." is X); failing both, the
        one person of that gender quoted so far (an interview write-up)."""
        people = [(e, salient) for _, e, salient in window
                  if e.kind in ("person", "unknown") and (fits == "a" or e.gender in (None, fits))]
        speakers = {id(e) for back, _, _ in window for e in self.spoke.get(back, [])}
        chosen = next((e for e, salient in people if salient), people[0][0] if people else None)
        newcomer = self._newcomer(window, fits)
        if newcomer is not None:
            chosen = newcomer
        if chosen is not None and chosen.gender is None and id(chosen) not in speakers and fits != "a" and (
                not self._introduced_here(window, chosen)) and not self._subject_just_before(window, chosen, unit):
            # A speaker already known to be a "she" beats a more recent person of unknown gender who
            # said nothing: writers use a pronoun when it can only mean one of the people in play.
            chosen = next((e for e, _ in people if e.gender == fits and id(e) in speakers), chosen)
        if chosen is None and fits != "a":
            quoted = {id(e): e for spoke in self.spoke.values() for e in spoke if e.gender == fits}
            chosen = next(iter(quoted.values())) if len(quoted) == 1 else None
        if chosen is not None and chosen.kind == "person" and fits != "a":
            chosen.gender = fits
        return chosen

    def _recent_subject(self, unit: int) -> Entity | None:
        """The named person who spoke or was the subject in this sentence or the two before, in this paragraph
        or the one before; none when two such people are in play."""
        current = self.units[unit].paragraph
        people: dict[int, Entity] = {}
        for back in range(unit, max(-1, unit - 3), -1):
            if current - self.units[back].paragraph > 1:
                break
            for entity, salient in self._pool(back, unit):
                if salient and entity.kind == "person" and not self.is_described(entity) and len(entity.words) > 1:
                    people[id(entity)] = entity
            if people:
                break
        return next(iter(people.values())) if len(people) == 1 else None

    def _inserted_subject(self, phrase: Phrase, unit: int) -> Entity | None:
        """"X thanked the Council for a decision that, he said, '…'": a "he said" set off by commas after the
        word opening a clause means the person the sentence opened with, not whoever spoke before."""
        fits = _FITS[phrase.text]
        tokens = self.units[unit].tokens
        # "X thanked the Baltic countries for what he called their 'quiet, constant' help": X calls it so; "X
        # welcomed a cooperation that he described as …": so does a pronoun opening a relative clause
        named_it = phrase.first >= 3 and tokens[phrase.first - 1].low in ("what", "that", "which", "whom")
        if fits not in ("m", "f") or phrase.first < 3 or (not named_it and (tokens[phrase.first - 1].text != "," or (
                tokens[phrase.first - 2].low not in _CLAUSE_OPENERS))):
            return None  # "X had set a date, he said": what opens the sentence is what was said
        opening = self.find_opening_subject(unit, phrase.first - (0 if named_it else 1))
        if opening is None or opening.kind != "person" or opening.gender not in (None, fits) or self.is_described(
                opening):
            return None
        opening.gender = fits
        return opening

    def just_named(self, unit: int, pronoun: str) -> Entity | None:
        """The last person named in full in the sentence before, if the pronoun fits them."""
        fits = _FITS.get(pronoun)
        named = [e for e in self.registry.mentions.get(unit - 1, []) if e.kind == "person" and len(e.words) > 1
                 and not self.is_described(e) and e.gender in (None, fits)]
        return named[-1] if named else None

    def recent_person(self, unit: int) -> Entity | None:
        """The person a description such as "the 23-year-old" refers back to."""
        return self._recent(unit, "a")

    def resolve_pronoun(self, pronoun: str, unit: int) -> Entity | None:
        """Who "he", "she" or "they" in unit `unit` refers to ("In her view, …")."""
        return self._recent(unit, _FITS[pronoun]) if pronoun in _FITS else None

    def resolve(self, phrase: Phrase, unit: int) -> Entity | None:
        if phrase.kind == "pronoun":
            if phrase.text not in _FITS:
                return None
            return self._inserted_subject(phrase, unit) or self._recent(unit, _FITS[phrase.text])
        if phrase.kind == "name" and phrase.parts is not None:
            return self._name(phrase.parts, phrase, unit)
        if phrase.kind == "noun" and phrase.head is not None:
            return self._noun(phrase, unit)
        return None

    def _name(self, parts: NameParts, phrase: Phrase, unit: int) -> Entity | None:
        registry = self.registry
        if phrase.definite and parts.name.split()[-1] in _PARTY_MEMBERS:
            member = self._recent_subject(unit)  # "Ettinger told reporters …" then "…," the Iowa Republican said.
            if member is not None:
                return member
        if parts.kind == "person":
            named = registry.person(parts.name, parts.title or phrase.title, parts.org or phrase.org)
            if named.gender is None and parts.gender in ("m", "f"):
                named.gender = parts.gender  # "Her husband, Issufo,": a man, whatever his name
            if parts.title and phrase.title and phrase.title not in named.titles:
                named.titles.append(phrase.title)  # "the Ministry's Press Adviser, Rear Admiral X"
            if phrase.title and only_address(named.title) and any(
                    word in TITLE_HEADS for word in phrase.title.lower().split()):
                named.title = phrase.title  # "the Minister for Defence, Dr X": the office says more than "Dr"
            return named
        if phrase.definite and parts.name.isupper() and len(parts.name) <= 4:
            holder = self._title_initials(parts.name)  # "Principal Secretary Lydia X … the PS said"
            if holder is not None:
                return holder
        if parts.kind == "org":
            return registry.org(parts.name, parts.acronym)
        person = self._latest_named(parts.name, unit) or registry.find_person(parts.name)
        if person is not None and registry.first_mention.get(id(person), -1) > unit:
            # '"…," Tan said' after "Paul Tan Wei Ming" and before "Ivy Tan" is introduced: the name inside
            words = name_words(parts.name)
            inner = [p for p in registry.persons if words and words[-1] in p.words[:-1]
                     and registry.first_mention.get(id(p), unit + 1) <= unit]
            person = inner[0] if len(inner) == 1 else person
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
            kind: EntityKind = "group" if self._plural(phrase, unit) else "unknown"
            entity = self.described[parts.name] = Entity(parts.name, kind)
        return entity

    def _latest_named(self, name: str, unit: int) -> Entity | None:
        """Of several people sharing a surname, the one mentioned last up to this unit ("Kofi Mensah said …
        '…,' Mensah told the paper" before "Ama Serwaa Mensah" is introduced further down)."""
        people = self.registry.people_named(name)
        if len(people) < 2:
            return None
        for back in range(unit, -1, -1):
            mentioned = [e for e in reversed(self.registry.mentions.get(back, [])) if any(e is p for p in people)]
            if mentioned:
                return mentioned[0]
        return None

    def _title_initials(self, letters: str) -> Entity | None:
        """The one person whose title the letters abbreviate ("PS" for Principal Secretary)."""
        holders = [p for p in self.registry.persons if any(
            title and " " in title and "".join(w[0] for w in title.split() if w[:1].isupper()).endswith(letters)
            for title in (p.title, *p.titles))]
        return holders[0] if len(holders) == 1 else None

    def _plural(self, phrase: Phrase, unit: int) -> bool:
        """"Manufacturers say …": one capitalised word in -s before a plural verb is a group, never a "she"."""
        tokens = self.units[unit].tokens
        following = tokens[phrase.last + 1].low if phrase.last + 1 < len(tokens) else ""
        word = tokens[phrase.first].low
        return phrase.first == phrase.last and word.endswith("s") and not word.endswith("ss") and (
            following in PLURAL_VERBS)

    def _noun(self, phrase: Phrase, unit: int) -> Entity | None:
        head = phrase.head or ""
        if head in DOCUMENT_NOUNS:
            return self._document_source(phrase, unit)
        kind = head_class(head)
        pair = self.both(phrase.text, unit) if phrase.owner is None else None
        if pair is not None:
            return pair
        owner = self.resolve(phrase.owner, unit) if phrase.owner is not None else None
        described_force = head in MISSION_HEADS and _DESCRIBED_FORCE.fullmatch(phrase.text.lower()) is not None
        plain = phrase.text.lower() == head or _BASED.fullmatch(phrase.text) is not None
        bare = (phrase.owner is None and plain) or described_force
        if kind == "statement":
            issuers = self.issuers.get(head) or ([] if head in DECISION_NOUNS else self.issuers.get("statement")) or []
            again = any(w in phrase.text.lower().split() for w in ("second", "another", "further", "later"))
            issuer = owner or (issuers[-1] if issuers and (phrase.definite or again) else None)  # "A second statement"
            if issuer is None:  # "a final communique said", "the resolution reaffirmed": the text speaks
                issuer = self.described_entity(phrase.text, "org")
            self.document = (unit, issuer)
            return issuer
        # "The U.N.-backed force" reaches here as "backed force": a participle never opens an indefinite phrase
        split_backer = described_force and phrase.text.startswith(("backed", "led"))
        if kind == "org" and bare and (phrase.definite or split_backer):
            registry = self.registry
            named = named_org(registry, head, unit) or (
                minister_ministry(registry, unit) if head == "ministry" else None) or (
                named_org(registry, head, unit + _SOON) if described_force else None)  # named a few sentences on
            if named is not None:
                return named
            recent = self._recent(unit, "o")  # "KFOR said … The force also denied …"
            if recent is not None and recent.name.isupper() and any(
                    recent in self.spoke.get(back, []) for back in range(unit - 3, unit + 1)):
                return recent  # only an acronym can hide its kind; "Police said … the company said" cannot
            spelled = acronym_ending(self.registry, head, unit) or (
                latest_acronym(self.registry, unit) if head in MISSION_HEADS else None)
            if spelled is not None:
                return spelled
        if kind == "org" and phrase.definite and phrase.owner is None and head in COLLECTIVE_NOUNS:
            # "the regional bloc" → the Southern African Development Community
            member = collective(self.registry, head, unit)
            if member is not None:
                return member
        if kind == "person" and phrase.possessed:
            related = self._related(phrase.text, unit)
            if related is not None:
                return related
        national = phrase.owner is not None and DEMONYM.fullmatch(phrase.owner.text) is not None  # "The Lithuanian …"
        if kind == "person" and phrase.definite and (phrase.owner is None or phrase.owner.kind != "name" or national):
            # "An Egyptian official … said. '…,' the official said." / "the French president" → the person
            # titled President named before
            described = self._described_speaker(head, unit) if head in ANONYMOUS_HEADS else None
            titled = described or self._titled(head, unit, phrase.text)
            if titled is not None:
                return titled
        if kind == "person" and phrase.definite and phrase.owner is not None and owner is None:
            # "the Corps Commander said" after "Corps Commander Northtown, Lieutenant General X": the words before
            # the head name no one, so they are part of the title
            titled = self._titled(head, unit, phrase.text)
            held = " ".join(filter(None, (titled.title, *titled.titles))).lower().split() if titled else []
            if titled is not None and all(word in held for word in phrase.owner.text.lower().split()):
                return titled
        if kind == "person" and phrase.owner is not None and phrase.owner.kind == "name" and owner is not None and (
                owner.kind != "person"):
            titled = self._office_holder(phrase)  # "Mozambique's defence minister" → Defence Minister X
            if titled is None:
                # "The commanding officer of the base said …" then "Lt.-Col. Anne X told reporters"; "Southern
                # Command's top officer told lawmakers …" then "Gen. Ann X, the command's chief, testified"
                titled = self._titled(head, unit, phrase.text) if phrase.definite else named_next(
                    self.registry, head, unit, phrase.text)
            if titled is None and owner is not None:
                titled = delegate_next(self.registry, owner, unit)
            if titled is not None:
                return titled
        # "the midfielder" may be an epithet; "the head of the SAR office" names an office of its own
        # "the senior Kestrian diplomat said" right after a named speaker: qualified, even an anonymous head is one
        qualified = phrase.owner is None and len(phrase.text.split()) > 2 and any(
            DEMONYM.fullmatch(w) for w in phrase.text.split()[:-1])
        epithet_like = (head not in ANONYMOUS_HEADS or qualified) and head not in PLURAL_PERSON_NOUNS and (
            " of " not in phrase.text)
        if kind == "person" and phrase.definite and epithet_like and phrase.text not in self.described:
            # an epithet for the person the story is on: 'Captain Leo Marsh backed him. "…," the midfielder said.'
            epithet = self._recent_subject(unit)
            if epithet is not None:
                return epithet
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

    def both(self, text: str, unit: int) -> Entity | None:
        """"Kestrel Corp. agreed to buy Lumen Inc. … the companies said": "the (two) companies" or "the
        firms" after two named organisations are both of them."""
        words = text.lower().split()
        head = words[-1]
        singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
        if words[0] != "the" or singular not in ORG_NOUNS or head == singular or any(
                word not in ("two", "both") for word in words[1:-1]):
            return None
        pair = recent_pair(self.registry, unit)
        return None if pair is None else self.described_entity(f"{pair[0].name} and {pair[1].name}", "group")

    def described_entity(self, text: str, kind: EntityKind) -> Entity:
        """The speaker an article only describes ("joint communique", "mediators"), one per description."""
        entity = self.described.get(text)
        if entity is None:
            entity = self.described[text] = Entity(text, kind)
        return entity

    def _document_source(self, phrase: Phrase, unit: int) -> Entity | None:
        """Whose figures, data or report: "UN figures" → the UN, "central bank data" (or "central-bank
        data") → that source as written; "the report" or "official figures" name nobody."""
        owner = phrase.owner
        if owner is not None and owner.text.lower() in _MEDIA:
            return self.described_entity(phrase.text, "group")  # "Press reports said …": no one in particular
        if owner is not None and owner.text.lower() in _QUANTIFIERS:
            return None  # "Some reports suggested …": no one
        if owner is not None:
            found = self.resolve(owner, unit)
            if found is None and owner.kind == "name":
                found = self.registry.find_org(owner.text) or self.registry.org(owner.text)
            return found
        if not any(word in ORG_NOUNS for word in phrase.text.lower().replace("-", " ").split()[:-1]):
            return None
        return self.described_entity(phrase.text, "org")

    def is_described(self, entity: Entity) -> bool:
        """Whether the article only describes this speaker ("an Egyptian official") rather than naming it."""
        return any(entity is known for known in self.described.values())

    def _described_speaker(self, head: str, unit: int) -> Entity | None:
        for back in range(unit, max(-1, unit - 4), -1):
            for entity in reversed(self.spoke.get(back, [])):
                if entity.kind == "person" and entity.title == head and self.is_described(entity):
                    return entity
        return None

    def _related(self, relation: str, unit: int) -> Entity | None:
        """"His sister, X, came too. … '…,' his sister added": the one person named so far under exactly that
        relation; "a lawyer" or "another brother" is someone new."""
        named = {id(e) for back, mentions in self.registry.mentions.items() if back <= unit for e in mentions}
        wanted = relation.lower()
        holders = [p for p in self.registry.persons
                   if id(p) in named and any(t.lower() == wanted for t in p.titles)]
        return holders[0] if len(holders) == 1 else None

    def _office_holder(self, phrase: Phrase) -> Entity | None:
        """The one person whose title holds every word of "<country>'s defence minister" after the owner."""
        owner_text = phrase.owner.text if phrase.owner is not None else ""
        if not phrase.text.startswith(owner_text):
            return None  # "the representative of Somalia" speaks for Somalia: no one else's office
        rest = phrase.text.replace(owner_text, " ", 1).replace("’s", " ").replace("'s", " ")
        words = {w for w in rest.lower().replace("-", " ").split() if w not in ("the", "a", "an")}
        if not words:
            return None
        holders = [p for p in self.registry.persons if p.title and words <= set(
            p.title.lower().replace("-", " ").split())]
        return holders[0] if len(holders) == 1 else None

    def _qualified(self, holders: list[Entity], qualifiers: set[str]) -> list[Entity]:
        """"The Lithuanian minister" between a Lithuanian and an Estonian defence minister: the holders whose
        titles, or the sentence that first names them, carry the phrase's other words, when some do."""
        if not holders or not qualifiers:
            return holders

        def words(person: Entity) -> set[str]:
            first = self.registry.first_mention.get(id(person))
            said = " ".join(t.low for t in self.units[first].tokens) if first is not None and first >= 0 else ""
            return set(" ".join(person.titles or [person.title or ""]).lower().split()) | set(said.split())

        if len(holders) == 1:
            # "the head of the SAR office" is not the district head named before: an office "of" something
            # the one holder's title and introduction never mention is someone else's
            owned = qualifiers - _FUNCTION_WORDS if "of" in qualifiers else set()
            return [] if owned and not owned & words(holders[0]) else holders

        # "PRIME MINISTER:" between a Prime Minister and a Defence Minister introduced in one sentence: the titles
        # tell them apart before the words around their names do
        titled = [p for p in holders if qualifiers <= set(" ".join(p.titles or [p.title or ""]).lower().split())]
        if titled:
            return titled
        narrowed = [p for p in holders if qualifiers <= words(p)]
        return narrowed or holders

    def holder_of(self, head: str, unit: int, said: str = "") -> Entity | None:
        """The one named person holding the title `head` ("Minister:" labelling a transcript's answers)."""
        return self._titled(head, unit, said)

    def _titled(self, head: str, unit: int, said: str = "") -> Entity | None:
        """The one person holding this title, named before (or in the headline); failing that, the one named
        after ("Mozambique's defence minister says …" then "Defence Minister X told reporters"). A deputy's or
        a shadow's title is another office than the one `said` names ("the defence secretary")."""
        before = {id(e) for back, mentions in self.registry.mentions.items() if back <= unit for e in mentions}
        wanted = set(said.lower().replace("-", " ").split())
        holders = self._qualified([p for p in self.registry.persons if id(p) in before and holds(p, head)
                                   and not other_rank(p, wanted)], wanted - {"the", "a", "an", head})
        if not holders:
            # only one named soon after: "The minister said …" long before "The Minister for the Interior, X,
            # did not attend" is not X
            soon = {id(e) for back, mentions in self.registry.mentions.items() if unit < back <= unit + _SOON
                    for e in mentions}
            candidates = [p for p in self.registry.persons if holds(p, head) and not other_rank(p, wanted)
                          and id(p) in soon]
            later = self._qualified(candidates, wanted - {"the", "a", "an", head})
            if not later:
                # "The commanding officer of the base said …" then '"…," Lt.-Col. Anne X told reporters': the one
                # holder introduced in the very next sentence is the officer, whatever the office's "of"
                lead = self.units[unit].paragraph == self.units[0].paragraph  # the office before the name
                return named_next(self.registry, head, unit, said) or (
                    untitled_next(self.registry, head, unit) if lead and head in TITLE_HEADS else None)
            return later[0] if len(later) == 1 else None
        if len(holders) == 1:
            return holders[0]
        # two coaches, and only one of them has spoken: "the rival coach X did not attend … the coach grew emotional"
        # then a quotation is the coach who has been speaking
        spoken = {id(e) for back, speakers in self.spoke.items() if back <= unit for e in speakers}
        speaking = [p for p in holders if id(p) in spoken]
        if len(speaking) == 1:
            return speaking[0]
        for back in range(unit, -1, -1):
            for entity, _ in self._pool(back, unit + 1):
                if entity in holders:
                    return entity
        return holders[0]

# "the Kenyan-led force", "the U.N.-backed force", "the multinational mission": the article's own force
_DESCRIBED_FORCE = re.compile(
    r"(?:(?:\S+-(?:led|backed|funded|mandated|sponsored|authori[sz]ed)|backed|led|multinational|international|"
    r"regional|joint|foreign)\s+)+(?:force|mission|operation)")
# "the Austin, Texas-based firm": where it is based describes it, as "the company" does
_BASED = re.compile(r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s+)?[\w.-]+-based\s+\w+")
_SOON = 3  # sentences after a title-only mention within which the holder may be named


_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "for", "in", "at", "on", "and", "to"})
