"""Who is the subject of a reporting verb: "Brennan also said", "said Brennan", "Kirby, who explained",
"Araji announced …, but also said", "…, adding that" (the main clause's subject), "a statement from X
confirmed", "CENTCOM published a statement, …, which explained".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.analyse.speech_according import described_source, needs_description, object_pronoun
from bot.analyse.speech_adverbials import adverbial_start, catenative_start
from bot.analyse.speech_agents import leader_named, source_named
from bot.analyse.speech_apposed import (
    after_quote,
    apposed_subject,
    named_in_apposition,
    opening_subject,
    with_apposition_after,
)
from bot.analyse.speech_appositions import OFFICE_JOINERS
from bot.analyse.speech_cues import (
    BE_FORMS,
    FINITE_CUES,
    NOUN_FORMS,
    filler,
    plain_said,
    plain_word,
    quoted_title,
    verb_follows,
)
from bot.analyse.speech_lexicon import (
    CATENATIVE_CUES,
    DASHES,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    IRREGULAR_PAST,
    ORG_NOUNS,
    PARTICIPLES,
    PARTICLE_VERBS,
    PERSON_NOUNS,
    PLURAL_PRESENT,
    QUOTE_ONLY_VERBS,
    STATEMENT_ISSUE_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_VERB_FILLERS,
    word_set,
)
from bot.analyse.speech_nearby import one_of_two
from bot.analyse.speech_openings import subject_start
from bot.analyse.speech_phrases import Phrase, head_class, phrase_ending_at, phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_shapes import (
    object_of_participle,
    office_then_name,
    opening_with_relative,
    published_participle,
)
from bot.analyse.speech_tokens import Token, Unit

_PLURAL_HINT = word_set("they officials sources analysts experts")
_OFFICES_REACH = 30  # tokens of offices between a described speaker and the name apposed to them
_MORE_JOINERS = word_set("with in to charge")  # "Relations with the Senate", "in charge of Defence"
_ARTICLES = word_set("a an the")
_AGE = re.compile(r"\d+-year-old")
# adjectives that open a sentence before a plural noun: "New rules that entered into force …"
_OPENING_ADJECTIVES = word_set("new fresh further latest recent strict tough draft old similar such")
_PUBLISHED = word_set("published released compiled issued provided gathered collected")
# What may follow a subject to describe it before its verb: "the force that has patrolled …", "a report
# to the Security Council this month", "the army, which …"
_POSTMODIFIERS = word_set("that which who whose to in at for from on with of known this last")


def with_subject(tokens: Sequence[Token], index: int) -> int | None:
    """"…, with Norland claiming that …", "and the UN insisting that …" after such a "with": where the noun
    phrase that is the participle's own subject starts, or None."""
    for back in range(index - 1, max(-1, index - 6), -1):
        low = tokens[back].low
        if low == "with" or (low == "and" and any(t.low == "with" for t in tokens[max(0, back - 40):back])):
            return back + 1 if back + 1 < index else None
        if tokens[back].kind != "w" or low == "that":
            return None
    return None


def _modifies_noun(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """"Her Conservative counterpart, …": a lone capitalised word before a common noun is an adjective, not
    the subject (a verb after it would be "Conservative said", "Smith warned", "Smith also …")."""
    following = tokens[phrase.last + 1] if phrase.last + 1 < len(tokens) else None
    if phrase.kind != "name" or phrase.parts is None or phrase.parts.kind != "unknown" or following is None:
        return False
    low = following.low
    return following.kind == "w" and following.text.islower() and low not in FINITE_CUES and (
        low not in SUBJECT_VERB_FILLERS and low not in BE_FORMS and not low.endswith(("ed", "s"))
        and low not in IRREGULAR_PAST)


def _speaks(word: str) -> bool:
    """Whether a lower-case word can be the singular subject of "states/notes/claims": "he", "the ministry"
    ("member" is the compound "member states", never their subject)."""
    return word in ("he", "she", "it") or (word in PERSON_NOUNS and word != "member") or word in ORG_NOUNS or (
        word in STATEMENT_NOUNS or word in DOCUMENT_NOUNS)


_ASIDE_ADVERBS = word_set("however though meanwhile too also nevertheless nonetheless instead likewise moreover")
_PLACE_PREPOSITIONS = frozenset({"in", "on", "against"})  # "the coalition against Islamic State said"


_POSTED_TO = frozenset({"to", "in", "at", "as", "abroad"})


class Subjects:
    """Finds and resolves the subject of a cue verb inside a unit."""

    def __init__(self, resolver: Resolver, text: str) -> None:
        self.resolver = resolver
        self.text = text

    def is_cue(self, tokens: Sequence[Token], index: int, quote_adjacent: bool = False) -> bool:
        """Whether tokens[index] reports speech (a finite reporting verb, a participle or "according to")."""
        token = tokens[index]
        if token.kind != "w" or (index > 0 and token.text[0].isupper() and not token.text.isupper()):
            return False  # "the United States": a capital mid-sentence makes a name, not a verb
        low = token.low
        if low == "according":
            return index + 1 < len(tokens) and tokens[index + 1].low == "to"
        if low in CATENATIVE_CUES and catenative_start(tokens, index - 1) is not None:
            return True  # "Mr. X went on to say that …"
        if low in PARTICLE_VERBS and not (index + 1 < len(tokens) and tokens[index + 1].low == PARTICLE_VERBS[low]):
            return False  # "pointed to the map", "shot three protesters"
        before = tokens[index - 1].low if index > 0 else ""
        if low in NOUN_FORMS and index > 0 and tokens[index - 1].kind == "w" and (
                tokens[index - 1].text.islower() or before[:1].isdigit()
                or (index == 1 and before in _OPENING_ADJECTIVES)
        ) and not _speaks(before):
            return False  # "the 27 member states", "press reports": a noun after its modifier
        if low in NOUN_FORMS and index > 1 and tokens[index - 1].name and tokens[index - 2].text.islower() and (
                tokens[index - 2].low.endswith("ed")):
            return False  # "rejected Israeli claims that …": the object of a verb, not a verb
        if low in NOUN_FORMS and index + 1 < len(tokens) and verb_follows(tokens[index + 1]):
            return False  # "Upper Nile and Jonglei states showed that …": the subject of the verb after it
        if low == "posted" and index + 2 < len(tokens) and tokens[index + 1].low in _POSTED_TO and (
                tokens[index + 2].low in ("the", "a", "an", "their", "his", "her") or not tokens[index + 2].name):
            return False  # "police officers posted to the city": sent to serve, not writing
        if low in FINITE_CUES or (quote_adjacent and low in QUOTE_ONLY_VERBS):
            if published_participle(tokens, index):
                return False  # "a statement posted on its website said", "figures reported by the agency"
            return before not in BE_FORMS and before not in _ARTICLES  # "an estimated 80%", "the stated aim"
        if low in PARTICIPLES:
            return True
        if low in FINDING_VERBS:  # "A UN report published this month … found that …"
            return next((t.low in DOCUMENT_NOUNS for t in reversed(tokens[:index]) if t.low in DOCUMENT_NOUNS
                         or (t.kind == "w" and t.low in FINITE_CUES)), False)
        return low in PLURAL_PRESENT and before in _PLURAL_HINT

    def subject(self, unit: Unit, index: int, depth: int = 0) -> tuple[Entity, int] | None:
        """The resolved subject of the cue at tokens[index], with the index where the subject phrase starts."""
        tokens = unit.tokens
        token = tokens[index]
        if token.low == "according":
            return self._resolved(unit, self.according_source(tokens, index))
        if token.low in PARTICIPLES:
            return self._participle_subject(unit, index, depth)
        before = index - 1
        while before >= 0:
            if filler(tokens[before]):
                before -= 1
                continue
            adverbial = adverbial_start(tokens, before)  # "The army on Tuesday said", "X in a statement said"
            if adverbial is None or adverbial == 0 or tokens[adverbial - 1].kind == "q" or (
                    tokens[adverbial - 1].text == ","):
                break
            before = adverbial - 1
        if before > 0 and tokens[before].text in DASHES and (tokens[before - 1].kind == "q" or (
                before > 1 and tokens[before - 1].text == "," and tokens[before - 2].kind == "q")) and not any(
                t.text == tokens[before].text for t in tokens[:before]):
            # '"…," – wrote Varga': a dash after the quotation, as translated copy writes it (not one that closes
            # an aside opened by another dash)
            before -= 1
        if before > 2 and tokens[before].text == "," and tokens[before - 1].low in _ASIDE_ADVERBS and (
                tokens[before - 2].text == ","):
            before -= 3  # "She, however, reiterated …": the adverb between commas stands aside
        if before > 1 and tokens[before].text in DASHES:
            # "X — who chaired the panel — said": the aside between dashes stands where commas would
            opening = next((i for i in range(before - 1, 0, -1) if tokens[i].text == tokens[before].text), None)
            named = phrase_starting_at(tokens, opening + 1, before, self.text) if opening is not None else None
            if named is not None and named.kind == "name" and named.parts is not None and (
                    named.parts.kind == "person" and len(named.parts.name.split()) > 1):
                # "Another Lund — Per Lund, a retired colonel, — told …": the aside names the subject
                return self._resolved(unit, named)
            before = opening - 1 if opening is not None else before
        quoted = before >= 0 and (tokens[before].kind == "q" or (
            tokens[before].text == "," and before > 0 and tokens[before - 1].kind == "q"))
        if quoted and quoted_title(tokens, before if tokens[before].kind == "q" else before - 1):
            return self._long_subject(unit, index)  # 'A U.N. report …, titled "…," warned that …'
        if before < 0 or quoted:  # '"…," said Brennan', '"…," said the lawyer, Ana Brito', '"…," sums up X'
            return self._resolved(unit, self.phrase_after(tokens, index + 1 + (token.low in PARTICLE_VERBS)))
        if tokens[before].low in ("and", "but") or (
            tokens[before].text == "," and before > 0 and tokens[before - 1].low in ("and", "but")
        ):
            return self.sentence_subject(unit, index)
        aged = len(tokens) > 4 and tokens[0].low == "the" and _AGE.fullmatch(tokens[1].low) is not None
        if tokens[before].text == "," and aged and tokens[2].text == "," and tokens[3].low in ("who", "whose"):
            # "The 61-year-old, who coached abroad for a decade, confirmed …": the person in play
            person = self.resolver.recent_person(unit.index)
            if person is not None:
                return person, 0
        if tokens[before].text == ",":
            phrase = (after_quote(tokens, before, self.text) or opening_with_relative(tokens, before, self.text)
                      or apposed_subject(tokens, before, True, self.text) or opening_subject(tokens, before, self.text))
            if phrase is None:  # "Officials at the ministry, which runs the hospitals, said"
                found = self._long_subject(unit, index)
                if found is not None:
                    return found
            return self._resolved(unit, phrase or apposed_subject(tokens, before, False, self.text))
        phrase = phrase_ending_at(tokens, before, 0, self.text)
        phrase = self._before_place(tokens, phrase) or phrase
        if phrase is not None and phrase.first > 1 and object_of_participle(tokens, phrase.first):
            found = self._long_subject(unit, index)  # "The decision establishing the new operation says"
            if found is not None:
                return found
        if phrase is not None and phrase.kind == "name" and phrase.first > 1 and tokens[phrase.first - 1].low == "and":
            joint = self._joint(unit, phrase)
            if joint is not None:
                return joint
        if phrase is None and tokens[before].kind == "w" and tokens[before].text.islower():
            plain = self._plain_subject(unit, before) if plain_said(tokens[index]) else None
            return plain or self._long_subject(unit, index)
        return self._resolved(unit, phrase)

    def _before_place(self, tokens: Sequence[Token], phrase: Phrase | None) -> Phrase | None:
        """"The Gang Suppression Force (GSF) in Haiti has denied", "the UN panel of experts on Haiti warned": a
        place after "in" or "on" ends the subject; the body before it is who speaks."""
        if phrase is None or phrase.kind != "name" or phrase.first < 2 or (
                tokens[phrase.first - 1].low not in _PLACE_PREPOSITIONS) or (
                " " in phrase.text and tokens[phrase.first - 1].low != "against"):
            return None
        end = phrase.first - 2
        if tokens[end].text == ")":
            end = next((i - 1 for i in range(end - 1, max(-1, end - 6), -1) if tokens[i].text == "("), -1)
        left = phrase_ending_at(tokens, end, 0, self.text) if end >= 0 else None
        if left is None or (left.kind == "noun" and head_class(left.head or "") not in ("org", "person")):
            # "The U.N.-backed force fighting gangs in Norland said": the body the participle describes speaks
            participle = next((i for i in range(end, max(0, end - 3), -1)
                               if tokens[i].low.endswith("ing") and tokens[i].text.islower()), None)
            left = phrase_ending_at(tokens, participle - 1, 0, self.text) if participle else left
        if left is None or left.kind not in ("name", "noun"):
            return None
        if left.kind == "noun" and head_class(left.head or "") not in ("org", "person"):
            return None
        return left if left.kind == "noun" or (left.parts is not None and left.parts.kind == "org") else None

    def _joint(self, unit: Unit, phrase: Phrase) -> tuple[Entity, int] | None:
        """"Iraq and the US announced": two named speakers reporting together."""
        tokens = unit.tokens
        left = phrase_ending_at(tokens, phrase.first - 2, 0, self.text)
        if left is None or left.kind != "name" or (left.first > 0 and tokens[left.first - 1].text not in ",;"):
            return None
        text = self.text[tokens[left.first].start:tokens[phrase.last].end]
        return self.resolver.described_entity(text, "group"), left.first

    def _plain_subject(self, unit: Unit, last: int) -> tuple[Entity, int] | None:
        """"The coastguard said", "…, the mediators said,": a definite common noun that opens its clause,
        even one no word list knows, names who spoke (a group when plural, else a body)."""
        tokens = unit.tokens
        first = last
        while first > 0 and last - first < 3 and plain_word(tokens[first]):
            first -= 1
        if 0 < first < last and tokens[first].name and tokens[first - 1].low == "the" and (
                tokens[first].text.istitle()):
            first -= 1  # "the Paris police prefecture said": a place before the common nouns
        if tokens[first].low != "the" or first == last or (first > 0 and tokens[first - 1].text not in ",;"):
            return None
        head = tokens[last].low
        if first + 1 == last and head in ("latter", "former"):  # "…; the latter argued": one of two just named
            chosen = one_of_two(self.resolver.registry, unit.index, latter=head == "latter")
            return (chosen, first) if chosen is not None else None
        if _AGE.fullmatch(head):  # "the 23-year-old said": the person the story is about
            person = self.resolver.recent_person(unit.index)
            return (person, first) if person is not None else None
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        pair = self.resolver.both(self.text[tokens[first].start:tokens[last].end], unit.index) if plural else None
        if pair is not None:
            return pair, first
        text = self.text[tokens[first + 1].start:tokens[last].end]
        return self.resolver.described_entity(text, "group" if plural else "org"), first

    def _long_subject(self, unit: Unit, index: int) -> tuple[Entity, int] | None:
        """"The United Nations force that has patrolled the strip for half a century said …": the phrase
        that opens the sentence, when what stands between it and the cue only describes it (a relative
        clause, a participle, a place or a title) and holds no other reporting verb."""
        tokens = unit.tokens
        found = self.sentence_subject(unit, index)
        if found is None or found[1] > 2:
            return None
        phrase = phrase_starting_at(tokens, found[1], index, self.text)
        if phrase is None or phrase.kind not in ("name", "noun") or not phrase.last + 2 < index:
            return None
        follower = tokens[phrase.last + 1]
        if follower.low not in _POSTMODIFIERS and follower.text != "," and not (
                follower.text.islower() and follower.low.endswith(("ed", "ing"))):
            return None  # "the force that …", "the report published …", "the decision establishing …"
        between = range(phrase.last + 1, index)
        if index - phrase.last > 30 or any(tokens[i].text in ".;:" or (
                tokens[i].low in FINITE_CUES and self.is_cue(tokens, i)) for i in between):
            return None
        return found

    def _participle_subject(self, unit: Unit, index: int, depth: int) -> tuple[Entity, int] | None:
        tokens = unit.tokens
        if tokens[index].low == "saying" and index >= 2 and tokens[index - 1].low == "as" and (
            tokens[index - 2].low == "quoted"
        ):  # "X was quoted as saying"
            verb = index - 2
            while verb > 0 and tokens[verb - 1].low in BE_FORMS | {"also", "has", "had"}:
                verb -= 1
            phrase = phrase_ending_at(tokens, verb - 1, 0, self.text) if verb > 0 else None
            return self._resolved(unit, phrase)
        if tokens[index].low == "saying" and index >= 3 and tokens[index - 1].low == "as":
            # "The agency quoted presidential aide X as saying …": the one quoted speaks, not the agency
            quoted = next((i for i in range(index - 3, max(-1, index - 12), -1) if tokens[i].low == "quoted"), None)
            if quoted is not None and quoted > 1 and tokens[quoted + 1].low == "by" and (
                    tokens[quoted - 1].low in BE_FORMS):  # "X was quoted by the agency as saying …"
                return self._resolved(unit, phrase_ending_at(tokens, quoted - 2, 0, self.text))
            if quoted is not None:
                found = self._resolved(unit, phrase_starting_at(tokens, quoted + 1, index - 1, self.text, owners=False))
                if found is not None:
                    return found
        absolute = with_subject(tokens, index)
        if absolute is not None:  # "…, with Norland claiming that …": the noun after "with" speaks
            return self._resolved(unit, phrase_starting_at(tokens, absolute, index, self.text, owners=False))
        if depth < 2:
            for earlier in range(index - 1, -1, -1):
                if tokens[earlier].low in FINITE_CUES and self.is_cue(tokens, earlier, True):
                    return self.subject(unit, earlier, depth + 1)
        return self.sentence_subject(unit, index)

    def sentence_subject(self, unit: Unit, upto: int) -> tuple[Entity, int] | None:
        """The subject at the start of the unit, after an introductory phrase ("Following the meeting, ")."""
        tokens = unit.tokens
        start = subject_start(tokens, upto)
        if start is None:
            return None
        phrase = self.phrase_after(tokens[:upto], start)
        if phrase is None or phrase.kind == "relative" or _modifies_noun(tokens, phrase):
            return None
        if phrase.kind == "noun" and tokens[start].low in ("a", "an"):
            # "A lawyer who runs a small rights group in Eastport, he has documented …": the description is apposed
            # to the pronoun that is the subject
            comma = next((i for i in range(phrase.last + 1, min(upto - 1, phrase.last + 25)) if tokens[i].text == ","),
                         None)
            if comma is not None and tokens[comma + 1].low in ("he", "she"):
                # the indefinite description tells who someone just named is: "… worry Bol Deng Akol. A lawyer
                # who …, he …" is Akol, whoever spoke before
                person = self.resolver.just_named(unit.index, tokens[comma + 1].low) or (
                    self.resolver.resolve_pronoun(tokens[comma + 1].low, unit.index))
                if person is not None:
                    return person, comma + 1
        # "Smith's colleague on the committee, Jean-Paul X, backed", also after an opening phrase ("Speaking at
        # the ceremony, the Special Representative …, Mr. X, paid tribute")
        # "The Lithuanian Minister of National Defence, X, attended": an office read as a name that is no person
        office = phrase.kind == "name" and phrase.parts is not None and phrase.parts.title is not None and (
            " " not in phrase.parts.name)
        if (phrase.kind == "noun" or office) and (start == 0 or tokens[start - 1].text == ","):
            commas = [i for i in range(phrase.last + 1, min(upto, phrase.last + 16)) if tokens[i].text == ","]
            found = [] if len(commas) < 2 else [opening_subject(tokens, commas[1], self.text),
                                                 apposed_subject(tokens, commas[1], True, self.text)]
            phrase = next((named for named in found if named is not None and named.kind == "name" and (not office or (
                named.parts is not None and named.parts.kind == "person" and " " in named.parts.name))), phrase)
        return self._resolved(unit, phrase)

    def according_source(self, tokens: Sequence[Token], index: int) -> Phrase | None:
        """Who "according to" at tokens[index] names: a name or noun phrase, who published the document it
        names, or the whole description up to the comma when neither covers it."""
        pronoun = object_pronoun(tokens, index + 2)  # "According to her, …"
        if pronoun is not None:
            return pronoun
        phrase = self.source_at(tokens, index + 2, lambda part: phrase_starting_at(part, index + 2, len(part),
                                                                                     self.text))
        phrase = self.publisher(tokens, phrase) or phrase
        if needs_description(tokens, index + 2, phrase):  # "Lloyd's List Intelligence"
            return described_source(tokens, index + 2, self.text) or phrase
        return self._named_after(tokens, phrase) or phrase

    @staticmethod
    def source_at(tokens: Sequence[Token], start: int,
                  parse: Callable[[Sequence[Token]], Phrase | None]) -> Phrase | None:
        """The source an "according to" names from tokens[start], read by `parse`: it ends at its comma
        ("According to the minister, Norland has …"), unless a full name is apposed ("According to Press
        Secretary, John X, …")."""
        comma = next((i for i in range(start, len(tokens)) if tokens[i].text == ","), len(tokens))
        phrase = parse(tokens)
        if phrase is None or (phrase.last > comma and not (
                phrase.kind == "name" and phrase.parts is not None and len(phrase.parts.name.split()) > 1)):
            phrase = parse(tokens[:comma])
        return phrase

    def _named_after(self, tokens: Sequence[Token], phrase: Phrase | None) -> Phrase | None:
        """"according to the mayor of Portville, Wilson Dorcas, the victims …": the person the office's
        apposition names is the source."""
        if phrase is None or phrase.kind != "noun":
            return None
        comma = phrase.last + 1
        close = next((i for i in range(comma + 1, min(len(tokens), comma + 8)) if tokens[i].text == ","), None)
        if comma >= len(tokens) or tokens[comma].text != "," or close is None or close == comma + 1:
            return None
        return named_in_apposition(tokens, phrase, comma + 1, close, self.text)

    def publisher(self, tokens: Sequence[Token], phrase: Phrase | None) -> Phrase | None:
        """"according to figures published by the European Commission": who published the document."""
        if phrase is None or phrase.kind != "noun" or (
                phrase.head not in DOCUMENT_NOUNS and phrase.head not in STATEMENT_NOUNS):
            return None  # "according to a statement issued by the ISPR": its issuer
        by = phrase.last + 1
        if by < len(tokens) and tokens[by].low in _PUBLISHED:
            by += 1
        if by + 1 >= len(tokens) or tokens[by].low not in ("by", "from") or (
                by == phrase.last + 1 and tokens[by].low == "by"):
            return None
        found = self.phrase_after(tokens, by + 1)
        return found if found is not None and found.kind in ("name", "noun") else None

    def opening_person(self, unit: Unit, upto: int) -> Entity | None:
        """The subject the unit opens with, before tokens[upto], when it is a person."""
        found = self.sentence_subject(unit, upto)
        return found[0] if found is not None and found[0].kind == "person" else None

    def sentence_entity(self, unit: Unit) -> Entity | None:
        found = self.sentence_subject(unit, len(unit.tokens))
        if found is None or found[0].kind != "person":
            led = self._resolved(unit, leader_named(unit.tokens, self.text)  # "The delegation was led by X."
                                 or source_named(unit.tokens, self.text))  # "The answer came from X."
            found = led if led is not None and led[0].kind == "person" else found
        return found[0] if found is not None else None

    def resolve_phrase(self, unit: Unit, phrase: Phrase | None) -> tuple[Entity, int] | None:
        """The entity a phrase of the unit names, with the index where the phrase starts."""
        return self._resolved(unit, phrase)

    def _resolved(self, unit: Unit, phrase: Phrase | None) -> tuple[Entity, int] | None:
        if phrase is None:
            return None
        if phrase.kind == "relative":
            return self._antecedent(unit, phrase.first)
        tokens = unit.tokens
        if phrase.kind == "noun" and phrase.first > 1 and tokens[phrase.first - 1].low == "whose":
            end = phrase.first - 3 if tokens[phrase.first - 2].text == "," else phrase.first - 2
            owner = phrase_ending_at(tokens, end, 0, self.text)
            if owner is None or owner.kind not in ("name", "noun"):
                return None
            phrase = replace(phrase, text=f"{phrase.text} for {owner.text}", owner=owner)
        entity = self.resolver.resolve(phrase, unit.index)
        return (entity, phrase.first) if entity is not None else None

    def _antecedent(self, unit: Unit, index: int) -> tuple[Entity, int] | None:
        tokens = unit.tokens
        if tokens[index].low == "which":
            for noun in range(index - 1, -1, -1):
                if tokens[noun].low in STATEMENT_NOUNS and tokens[noun].kind == "w":
                    issuer = self.statement_issuer(unit, noun)
                    return (issuer, noun) if issuer is not None else None
        end = index - 1
        if end >= 0 and tokens[end].text == ",":
            apposed = apposed_subject(tokens, end, True, self.text)  # "Dr X, a professor …, who called"
            if apposed is None:  # "Maj Gen X, the Army's assistant chief of staff, who wrote": the person
                loose = apposed_subject(tokens, end, False, self.text)
                person = loose is not None and loose.parts is not None and loose.parts.kind == "person"
                apposed = loose if person and tokens[index].low == "who" else None
            if apposed is not None and apposed.kind == "name":
                return self._resolved(unit, apposed)
            end -= 1
        phrase = phrase_ending_at(tokens, end, 0, self.text)
        if phrase is None or phrase.kind not in ("name", "noun"):
            return None
        return self._resolved(unit, phrase)

    def phrase_after(self, tokens: Sequence[Token], start: int) -> Phrase | None:
        """The phrase starting at `start`, with the name of an apposition that follows a noun
        ("the commander of the task force, Brig. Gen. Thomas H. Kessler,")."""
        office = office_then_name(tokens, start, self.text)
        if office is not None:
            return office
        phrase = phrase_starting_at(tokens, start, len(tokens), self.text)
        comma = next((i for i in range(phrase.last, phrase.first, -1) if tokens[i].text == ","), None) if (
            phrase is not None and phrase.kind == "noun") else None
        if phrase is not None and comma is not None:
            # "the Head of Mission and Force Commander, Major General X": the name the office is apposed to
            named = named_in_apposition(tokens, replace(phrase, last=comma - 1), comma + 1, phrase.last + 1,
                                        self.text)
            if named is not None:
                return replace(named, title=self.text[tokens[phrase.first + (tokens[phrase.first].low == "the")].start:
                                                      tokens[comma - 1].end])
        if phrase is not None and phrase.kind == "noun" and phrase.last + 3 < len(tokens) and (
                tokens[phrase.last + 1].low == "and"):
            # "the mission's outgoing head of mission and force commander, Maj. Gen. X,": a second office, then the name
            second = next((i for i in range(phrase.last + 2, min(len(tokens), phrase.last + 6))
                           if tokens[i].text == ","), None)
            if second is not None and all(t.kind == "w" for t in tokens[phrase.last + 2:second]):
                phrase = replace(phrase, last=second - 1)
        if phrase is None or phrase.last + 2 >= len(tokens) or tokens[phrase.last + 1].text != ",":
            return phrase
        stop = next((i for i in range(phrase.last + 2, len(tokens)) if tokens[i].text in ",;:." or
                     tokens[i].kind == "q"), len(tokens))
        return (named_in_apposition(tokens, phrase, phrase.last + 2, stop, self.text)
                or self._named_after_offices(tokens, phrase)
                or with_apposition_after(tokens, phrase, self.text))

    def _named_after_offices(self, tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
        """"the government spokesman, the Minister of Culture, Youth and Sports, Ana Vell," after the verb: the
        person the offices are apposed to, however many commas the offices hold."""
        if phrase.kind != "noun" or head_class(phrase.head or "") != "person":
            return None
        index = phrase.last + 2
        while index < min(len(tokens), phrase.last + _OFFICES_REACH):
            token = tokens[index]
            if token.kind == "w" and token.name and tokens[index - 1].text == ",":
                named = phrase_starting_at(tokens, index, len(tokens), self.text)
                if named is not None and named.kind == "name" and named.parts is not None and (
                        named.parts.kind == "person" and len(named.parts.name.split()) > 1) and (
                        named.last + 1 >= len(tokens) or tokens[named.last + 1].text in ",;.("):  # "X (SPD),"
                    first = phrase.last + 2 if index - 2 >= phrase.last + 2 else phrase.first
                    office = self.text[tokens[first].start:tokens[index - 2].end]
                    return replace(named, title=office.removeprefix("the ").removeprefix("The "))
            if not (token.text == "," or token.name or token.low in OFFICE_JOINERS or token.low in _MORE_JOINERS):
                return None
            index += 1
        return None

    def statement_issuer(self, unit: Unit, noun: int) -> Entity | None:
        """Who issued the statement (or letter) named at tokens[noun]: "X published a statement", "a
        statement from X", "a letter signed by X"."""
        tokens = unit.tokens
        signed = next((i for i in range(noun + 1, len(tokens) - 2)
                       if tokens[i].low == "signed" and tokens[i + 1].low == "by"), None)
        if signed is not None:
            found = self._resolved(unit, self.phrase_after(tokens, signed + 2))
            if found is not None:
                return found[0]
        if noun + 2 < len(tokens) and tokens[noun + 1].low in ("from", "by"):
            owner = phrase_starting_at(tokens, noun + 2, len(tokens), self.text, owners=False)
            found = self._resolved(unit, owner)
            if found is not None:
                return found[0]
        before = noun - 1
        while before >= 0 and tokens[before].kind == "w" and tokens[before].low in (
            "a", "an", "the", "its", "their", "his", "her", "joint", "written", "brief", "short", "new",
            "separate", "official", "formal", "lengthy", "public"
        ):
            before -= 1
        if before >= 0 and tokens[before].kind == "pos":
            found = self._resolved(unit, phrase_ending_at(tokens, before - 1, 0, self.text))
            return found[0] if found is not None else None
        if before >= 0 and tokens[before].low in STATEMENT_ISSUE_VERBS:
            verb = before
            while verb > 0 and filler(tokens[verb - 1]):
                verb -= 1
            found = self._resolved(unit, phrase_ending_at(tokens, verb - 1, 0, self.text))
            return found[0] if found is not None else None
        opening = subject_start(tokens, len(tokens))  # "In the communiqué adopted on Monday, the Council …"
        if before >= 0 and tokens[before].low == "in" and opening is not None and noun < opening:
            found = self.sentence_subject(unit, len(tokens))
            return found[0] if found is not None and found[0].kind in ("org", "group") else None
        return None
