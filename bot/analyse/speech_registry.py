"""The people and organisations an article names, collected before any attribution: a surname or an
acronym used as a speaker resolves to the full name ("Brennan" → John W. Brennan, "JOC" → Iraqi Joint
Operations Command) whichever comes first in the article, with titles and organisations from every mention.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.analyse.given_names import given_name_gender
from bot.analyse.people_names import (
    NameParts,
    abbreviates,
    compatible_names,
    fold,
    name_words,
    split_name,
)
from bot.analyse.speech_agents import led_office
from bot.analyse.speech_appositions import opening_office, parse_apposition
from bot.analyse.speech_lexicon import (
    FEMALE_WORDS,
    KIND_NOUNS,
    MALE_WORDS,
    PERSON_NOUNS,
    is_office,
    spelled_out,
)
from bot.analyse.speech_phrases import POSSESSIVE_DETERMINERS
from bot.analyse.speech_runs import affiliation, name_end
from bot.analyse.speech_tokens import Token, Unit

EntityKind = Literal["person", "org", "group", "unknown"]
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f"}


@dataclass(eq=False, slots=True)
class Entity:
    """A speaker candidate of one article; mutable while the article is read (gender and title are learnt)."""

    name: str
    kind: EntityKind
    title: str | None = None
    org: str | None = None
    gender: str | None = None
    acronym: str | None = None
    words: tuple[str, ...] = ()
    titles: list[str] = field(default_factory=list)  # every title seen: "Rear Admiral" and "Press Adviser"
    kinds: set[str] = field(default_factory=set)  # what the article calls an organisation: "company", "operator"

    def __post_init__(self) -> None:
        self.words = name_words(self.name)


_COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "m.", "mme", "mme."})
# forms of address that stand before a name, not offices: "Dr X" is still better titled "Minister for Defence"
_ADDRESS_TITLES = frozenset({"dr", "prof", "professor", "hon", "sir", "dame"})


def _courtesy(title: str | None) -> bool:
    """No title, or only "Ms"/"Mr": any real title ("acting head of mission") says more."""
    return title is None or title.lower() in _COURTESY


def only_address(title: str | None) -> bool:
    """Whether the title is only a form of address ("Mr", "Dr", "Prof"), which an office apposed to the name
    should replace."""
    return title is not None and (title.lower() in _COURTESY or title.lower().rstrip(".") in _ADDRESS_TITLES)


def described_kind(tokens: Sequence[Token], index: int) -> str | None:
    """"the chip packaging company Kirana Semitech": the noun for a kind of organisation just before a name
    says the name is an organisation of that kind (whatever its words)."""
    before = index - 1
    if before < 0 or tokens[before].kind != "w" or not tokens[before].text.islower():
        return None
    return tokens[before].low if tokens[before].low in KIND_NOUNS else None


def _described_gender(tokens: Sequence[Token], index: int) -> str | None:
    """"A spokeswoman for the regional government, Elena Ruiz,": the noun the name is apposed to."""
    if index < 2 or tokens[index - 1].text != ",":
        return None
    words = []
    for token in tokens[index - 2::-1]:
        if token.kind != "w":
            break
        words.append(token.low)
    return title_gender(" ".join(words))


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "sir", "lord", "lady", "dame", "king", "queen", "prince",
                         "princess", "sheikh", "emir", "sultan"})


def title_gender(title: str | None) -> str | None:
    """"spokeswoman for the regional government" → "f"; None when the title does not say."""
    words = set(title.lower().split()) if title else set()
    if words & MALE_WORDS:
        return "m"
    return "f" if words & FEMALE_WORDS else None


def _longest(people: list[Entity]) -> Entity | None:
    """Of the people a name may mean, the one named most fully."""
    return max(people, key=lambda p: len(p.words)) if people else None


def _titled_namesake(namesakes: list[Entity], title: str | None) -> Entity | None:
    """"Colonel Diop" among a General and a Colonel Diop: the one person of that name with that title."""
    if len(namesakes) < 2 or title is None:
        return None
    head = spelled_out(title)[-1]  # "Sgt" is a "Sergeant", "Lt Gen" a "Lieutenant General"
    held = [p for p in namesakes if any(head in spelled_out(t or "") for t in (p.title, *p.titles))]
    return held[0] if len(held) == 1 else None


def _role_before(tokens: Sequence[Token], index: int, text: str) -> str | None:
    """What the words before the name at tokens[index] make its bearer: the head of the group "led by" them,
    or the relation "His sister, X," / "the family's lawyer, X," names."""
    led = led_office(tokens, index, text)
    if led is not None or index < 3 or tokens[index - 1].text != ",":
        return led
    noun, owner = tokens[index - 2], tokens[index - 3]
    if noun.kind == "w" and noun.text.islower() and noun.low in PERSON_NOUNS and (
            owner.low in POSSESSIVE_DETERMINERS or owner.kind == "pos"):
        return noun.text
    return None


class Registry:
    """Every person and organisation named in the article, with titles, acronyms and per-unit mentions."""

    def __init__(self, units: Sequence[Unit], text: str, preface: Sequence[Unit] = ()) -> None:
        self.text = text
        self.persons: list[Entity] = []
        self.orgs: list[Entity] = []
        self.mentions: dict[int, list[Entity]] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        # `find_org` without a pass over every organisation: the first of each folded name, those with an
        # acronym in the order of `orgs`, and where each stands there
        self._org_names: dict[str, Entity] = {}
        self._with_acronym: list[Entity] = []
        self._place: dict[int, int] = {}
        self.first_unit: dict[int, int] = {}  # id(org) -> the unit that first named it
        self.first_mention: dict[int, int] = {}  # id(entity) -> the unit that first mentioned it (headline: -1)
        self._reading = 0
        for unit in (*preface, *units):  # the headline first: "Briefing by X, Deputy Spokesperson" names her
            self._read(unit)

    def _read(self, unit: Unit) -> None:
        tokens = unit.tokens
        self._reading = unit.index
        found: list[Entity] = []
        first_person: int | None = None
        after = 0  # the token after the last name run read
        for index in [i for i, token in enumerate(tokens) if token.name]:  # the name words (`is_name_word`)
            if index < after:
                continue
            last = name_end(tokens, index, len(tokens))
            close = affiliation(tokens, last + 1, len(tokens))
            parts = split_name(tokens[index:last + 1], self.text, affiliated=close is not None)
            if parts is not None and parts.kind == "person" and parts.gender is None and tokens[index - 1].text == ",":
                parts = replace(parts, gender=_described_gender(tokens, index))
            if parts is not None and parts.kind == "person" and parts.title is None and index > 0 and (
                    tokens[index - 1].low in PERSON_NOUNS and tokens[index - 1].text.islower()):
                parts = replace(parts, title=tokens[index - 1].text)  # "Brazilian midfielder Mateus de Oliveira"
            if parts is not None and close is not None and parts.kind == "person" and parts.org is None:
                parts = replace(parts, org=self.text[tokens[last + 2].start:tokens[close - 1].end])
            last = close if close is not None else last
            possessive = last + 1 < len(tokens) and tokens[last + 1].kind == "pos"
            kind_noun = described_kind(tokens, index)
            if parts is not None and kind_noun is not None and parts.kind != "org":
                parts = NameParts(self.text[tokens[index].start:tokens[last].end], "org")
            entity = self._register(parts, tokens, last) if parts is not None else None
            if entity is not None and entity.kind == "org" and kind_noun is not None:
                entity.kinds.add(kind_noun)  # "chip packaging company Kirana Semitech": "the company" later
            apposed = entity is not None and entity.kind == "person" and index > 1 and tokens[index - 1].text == ","
            office = opening_office(tokens, index - 1, self.text) if apposed else None
            if entity is not None and office is not None and office not in entity.titles:
                entity.titles.append(office)  # "The Spokesperson of the Mission, X, briefed": "the Spokesperson" later
                entity.title = office if _courtesy(entity.title) else entity.title
            role = _role_before(tokens, index, self.text) if entity is not None and entity.kind == "person" else None
            if entity is not None and role is not None and role not in entity.titles:
                # "the mission led by X": "the head of the mission" later; "His sister, X,": "his sister added"
                entity.titles.append(role)
                entity.title = entity.title or role
            if entity is not None and not possessive:
                found.append(entity)
                if entity.kind == "person" and first_person is None:
                    first_person = index
            after = last + 1
        self.mentions[unit.index] = found
        for entity in found:
            self.first_mention.setdefault(id(entity), unit.index)
        people = {id(e): e for e in found if e.kind == "person"}
        if len(people) == 1 and first_person is not None:  # "Smith said his troops …": only pronouns after
            genders = {_PRONOUN_GENDER[t.low] for t in tokens[first_person:]
                       if t.kind == "w" and t.low in _PRONOUN_GENDER}
            (person,) = people.values()
            if len(genders) == 1 and person.gender is None:
                person.gender = genders.pop()

    def _register(self, parts: NameParts, tokens: Sequence[Token], last: int) -> Entity | None:
        if parts.kind == "org":
            return self.org(parts.name, parts.acronym)
        if parts.kind != "person":
            return self.find_person(parts.name) or self.find_org(parts.name)
        title, org = parts.title, parts.org
        if last + 2 < len(tokens) and tokens[last + 1].text == ",":
            stop = next((i for i in range(last + 2, len(tokens)) if tokens[i].text in ",;:" or tokens[i].kind == "q"),
                        len(tokens))
            apposition = parse_apposition(tokens[last + 2:stop], self.text)
            if apposition is not None:
                title = title or apposition[0]
                org = org or apposition[1]
        person = self.person(parts.name, title, org, parts.gender)
        person.gender = person.gender or parts.gender
        return person

    def person(self, name: str, title: str | None = None, org: str | None = None,
               gender: str | None = None) -> Entity:
        if _courtesy(title) and org and is_office(org):  # "Deputy Minister of Defence Mr X": the office is his title
            title, org = org, None
        by_title, by_name = title_gender(title), given_name_gender(name)
        if by_name and by_title and by_name != by_title and not _HONORIFICS.intersection((title or "").lower().split()):
            by_title = None  # "Committee chairman Justice Yael …": a "-man" office is held by women too
        gender = gender or by_title or by_name
        namesakes = self.people_named(name, gender)
        match = _titled_namesake(namesakes, title) or _longest(namesakes)
        if match is None:
            match = Entity(name, "person", title, org, gender, titles=[title] if title else [])
            self.persons.append(match)
            if match.words:
                self._by_surname.setdefault(match.words[-1], []).append(match)
            return match
        if len(name_words(name)) > len(match.words) or (
            len(name_words(name)) == len(match.words) and len(name) > len(match.name)
        ):
            match.name, match.words = name, name_words(name)
        match.title = title if title and _courtesy(match.title) and not _courtesy(title) else match.title or title
        if title and title not in match.titles:
            match.titles.append(title)
        match.org = match.org or org
        match.gender = match.gender or gender
        return match

    def find_person(self, name: str, gender: str | None = None) -> Entity | None:
        """The person of this name seen so far; "Mr Ruiz" is not the "spokeswoman, Elena Ruiz"."""
        return _longest(self.people_named(name, gender))

    def people_named(self, name: str, gender: str | None = None) -> list[Entity]:
        """Everyone the name may mean: "Mensah" is any of the article's Mensahs."""
        words = name_words(name)
        candidates = self._by_surname.get(words[-1], []) if words else []
        matches = [p for p in candidates if compatible_names(p.name, name) and (
            gender is None or p.gender in (None, gender))]
        if not matches and len(words) == 1:
            # "Mr Ng" for "Benjamin Ng Kok Wai", "Wang" for "Wang Lei": names that put the family name first
            inner = [p for p in self.persons if words[0] in p.words[:-1] and len(p.words) > 1 and (
                gender is None or p.gender in (None, gender))]
            matches = inner if len(inner) == 1 and not self._by_surname.get(words[0]) else []
        return matches

    def org(self, name: str, acronym: str | None = None) -> Entity:
        if acronym and not abbreviates(acronym, name):  # "(MONUSCO)" after an English name: two entries
            self.org(acronym)
            acronym = None
        found = self.find_org(name)
        if found is None:
            found = Entity(name, "org", acronym=acronym)
            self._place[id(found)] = len(self.orgs)
            self.first_unit[id(found)] = self._reading
            self.orgs.append(found)
            self._org_names.setdefault(fold(name), found)
            if acronym:
                self._with_acronym.append(found)
        elif acronym and not found.acronym:
            found.acronym = acronym
            insort(self._with_acronym, found, key=lambda org: self._place[id(org)])
        return found

    def find_org(self, name: str) -> Entity | None:
        """The first organisation (in the order of `orgs`) of this name, or whose acronym it is or holds."""
        key = fold(name.removeprefix("the ").removeprefix("The "))
        named = self._org_names.get(key)
        if self._with_acronym:
            limit = self._place[id(named)] if named is not None else len(self.orgs)
            words = set(name.replace("(", " ").replace(")", " ").split())
            for org in self._with_acronym:
                if self._place[id(org)] >= limit:
                    break
                acronym = org.acronym or ""
                if acronym in words or fold(acronym) == key:
                    return org
        return named
