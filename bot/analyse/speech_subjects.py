"""Who is the subject of a reporting verb: "Brennan also said", "said Brennan", "Kirby, who explained",
"Araji announced …, but also said", "…, adding that" (the main clause's subject), "a statement from X
confirmed", "CENTCOM published a statement, …, which explained".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.analyse.people_names import is_name_word, split_name
from bot.analyse.speech_appositions import parse_apposition, person_from_apposition
from bot.analyse.speech_lexicon import (
    FRAGMENT_VERBS,
    PARTICIPLES,
    PLURAL_PRESENT,
    QUOTE_ONLY_VERBS,
    SAY_VERBS,
    STATEMENT_ISSUE_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_VERB_FILLERS,
    word_set,
)
from bot.analyse.speech_phrases import Phrase, head_class, phrase_ending_at, phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_tokens import Token, Unit

BE_FORMS = word_set("was were is are been being be")
FINITE_CUES = SAY_VERBS | FRAGMENT_VERBS
_INTRO = word_set(
    """in on at after before during following speaking asked meanwhile however earlier later last separately
    also but and yet still moreover furthermore additionally since while when as although though despite
    amid with without under over addressing writing responding commenting"""
)
_PLURAL_HINT = word_set("they officials sources analysts experts")


def _filler(token: Token) -> bool:
    return token.kind == "w" and (token.low in SUBJECT_VERB_FILLERS or (
        token.low.endswith("ly") and token.text.islower() and len(token.low) > 4))


def cue_after(tokens: Sequence[Token], start: int, high: int, text: str) -> int | None:
    """The reporting verb right after a quotation: '," said X', '," X said', '," X, the …, said'."""
    index = start
    while index < high and tokens[index].text in (",", "—", "–", "-"):
        index += 1
    if index >= high:
        return None
    first = tokens[index]
    if first.low in SAY_VERBS or first.low in QUOTE_ONLY_VERBS:
        return index
    if first.low == "according" and index + 1 < high and tokens[index + 1].low == "to":
        return index
    phrase = phrase_starting_at(tokens, index, high, text)
    if phrase is None:
        return None
    after = phrase.last + 1
    if after + 1 < high and tokens[after].text == "," and tokens[after + 1].low in SAY_VERBS:
        after += 1  # the phrase took its apposition along: "the team's leader, Javier Morales, told"
    elif after < high and tokens[after].text == ",":
        closing = next((i for i in range(after + 1, min(high, after + 22)) if tokens[i].text == ","), None)
        if closing is None:
            return None
        after = closing + 1
    while after < high and _filler(tokens[after]):
        after += 1
    if after < high and (tokens[after].low in SAY_VERBS or tokens[after].low in QUOTE_ONLY_VERBS) and (
        tokens[after - 1].low not in BE_FORMS
    ):
        return after
    return None


class Subjects:
    """Finds and resolves the subject of a cue verb inside a unit."""

    def __init__(self, resolver: Resolver, text: str) -> None:
        self.resolver = resolver
        self.text = text

    def is_cue(self, tokens: Sequence[Token], index: int, quote_adjacent: bool = False) -> bool:
        """Whether tokens[index] reports speech (a finite reporting verb, a participle or "according to")."""
        token = tokens[index]
        if token.kind != "w":
            return False
        low = token.low
        if low == "according":
            return index + 1 < len(tokens) and tokens[index + 1].low == "to"
        before = tokens[index - 1].low if index > 0 else ""
        if low in FINITE_CUES or (quote_adjacent and low in QUOTE_ONLY_VERBS):
            return before not in BE_FORMS
        if low in PARTICIPLES:
            return True
        return low in PLURAL_PRESENT and before in _PLURAL_HINT

    def subject(self, unit: Unit, index: int, depth: int = 0) -> tuple[Entity, int] | None:
        """The resolved subject of the cue at tokens[index], with the index where the subject phrase starts."""
        tokens = unit.tokens
        token = tokens[index]
        if token.low == "according":
            phrase = phrase_starting_at(tokens, index + 2, len(tokens), self.text)
            return self._resolved(unit, phrase)
        if token.low in PARTICIPLES:
            return self._participle_subject(unit, index, depth)
        before = index - 1
        while before >= 0 and _filler(tokens[before]):
            before -= 1
        if before < 0 or tokens[before].kind == "q" or (
            tokens[before].text == "," and before > 0 and tokens[before - 1].kind == "q"
        ):
            phrase = phrase_starting_at(tokens, index + 1, len(tokens), self.text)  # '"…," said Brennan'
            return self._resolved(unit, self._with_apposition_after(tokens, phrase))
        if tokens[before].low in ("and", "but") or (
            tokens[before].text == "," and before > 0 and tokens[before - 1].low in ("and", "but")
        ):
            return self.sentence_subject(unit, index)
        if tokens[before].text == ",":
            phrase = (self._apposed_subject(tokens, before, strict=True) or self._opening_subject(tokens, before)
                      or self._apposed_subject(tokens, before, strict=False))
            return self._resolved(unit, phrase)
        phrase = phrase_ending_at(tokens, before, 0, self.text)
        return self._resolved(unit, phrase)

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
        if depth < 2:
            for earlier in range(index - 1, -1, -1):
                if tokens[earlier].low in FINITE_CUES and self.is_cue(tokens, earlier, True):
                    return self.subject(unit, earlier, depth + 1)
        return self.sentence_subject(unit, index)

    def sentence_subject(self, unit: Unit, upto: int) -> tuple[Entity, int] | None:
        """The subject at the start of the unit, after an introductory phrase ("Following the meeting, ")."""
        tokens = unit.tokens
        start = 0
        if start < upto and tokens[start].low in ("but", "and", "yet", "so"):
            start += 1
        if start < upto and (tokens[start].low in _INTRO or tokens[start].low.endswith("ing")):
            comma = next((i for i in range(start, min(upto, start + 14)) if tokens[i].text == ","), None)
            if comma is None:
                return None
            start = comma + 1
        phrase = self.phrase_after(tokens[:upto], start)
        if phrase is None or phrase.kind == "relative":
            return None
        return self._resolved(unit, phrase)

    def sentence_entity(self, unit: Unit) -> Entity | None:
        found = self.sentence_subject(unit, len(unit.tokens))
        return found[0] if found is not None else None

    def _with_apposition_after(self, tokens: Sequence[Token], phrase: Phrase | None) -> Phrase | None:
        if phrase is None or phrase.last + 2 >= len(tokens) or tokens[phrase.last + 1].text != ",":
            return phrase
        stop = next((i for i in range(phrase.last + 2, len(tokens)) if tokens[i].text in ",;:." or
                     tokens[i].kind == "q"), len(tokens))
        found = parse_apposition(tokens[phrase.last + 2:stop], self.text)
        if found is None:
            return phrase
        return replace(phrase, title=phrase.title or found[0], org=phrase.org or found[1])

    def _opening_subject(self, tokens: Sequence[Token], comma: int) -> Phrase | None:
        """"FATIMA AL-MANSOURI (UAE), speaking also for Gabon, Ghana and Mozambique, said": when the
        sentence opens with a name followed by a comma, that name is the subject, however many commas the
        apposition holds."""
        start = 0
        if tokens and tokens[0].low in _INTRO:
            start = next((i + 1 for i in range(min(comma, 14)) if tokens[i].text == ","), 0)
        phrase = phrase_starting_at(tokens, start, comma, self.text)
        if phrase is None or phrase.kind not in ("name", "noun") or phrase.last + 1 >= comma:
            return None
        if tokens[phrase.last + 1].text != "," or any(t.kind == "q" for t in tokens[phrase.last + 1:comma]):
            return None
        inner_end = next((i for i in range(phrase.last + 2, comma + 1) if tokens[i].text == ","), comma)
        return self._named(tokens, phrase, phrase.last + 2, inner_end) or self._with_apposition_after(tokens, phrase)

    def _named(self, tokens: Sequence[Token], phrase: Phrase, first: int, stop: int) -> Phrase | None:
        """"A Kurdish lawmaker, Viyan Hussein,": the name in the apposition, titled by the noun before it."""
        if phrase.kind != "noun" or not phrase.head or head_class(phrase.head) != "person":
            return None
        named = person_from_apposition(tokens[first:stop], self.text)
        if named is None:
            return None
        owner = phrase.owner.text if phrase.owner is not None else None
        return Phrase("name", first, stop - 1, named.name, parts=named, title=phrase.text, org=named.org or owner)

    def _apposed_subject(self, tokens: Sequence[Token], comma: int, strict: bool) -> Phrase | None:
        """"Brennan, commander of CJTF-OIR, said": the phrase before the apposition, with its title. With
        `strict`, only when the apposition reads as a title or a name."""
        opening = next((i for i in range(comma - 1, max(-1, comma - 26), -1)
                        if tokens[i].text in ",;:" or tokens[i].kind == "q"), None)
        if opening is None or tokens[opening].text != "," or opening == 0:
            return None
        inner = tokens[opening + 1:comma]
        if inner and all(is_name_word(t) for t in inner):
            parts = split_name(inner, self.text)
            if parts is not None and parts.kind == "org":  # "NATO's force in Kosovo, KFOR, said"
                return Phrase("name", opening + 1, comma - 1, parts.name, parts=parts)
        phrase = phrase_ending_at(tokens, opening - 1, 0, self.text)
        if phrase is None or phrase.kind not in ("name", "noun"):
            ranked = person_from_apposition(inner, self.text)
            if ranked is not None and ranked.title:  # "the Force Commander afloat, Rear Admiral X, told"
                return Phrase("name", opening + 1, comma - 1, ranked.name, parts=ranked)
            return None
        named = self._named(tokens, phrase, opening + 1, comma)
        if named is not None:
            return named
        found = parse_apposition(inner, self.text)
        if found is not None:
            return replace(phrase, title=phrase.title or found[0], org=phrase.org or found[1])
        return None if strict else phrase

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
            apposed = self._apposed_subject(tokens, end, strict=True)  # "Dr X, a professor …, who called"
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
        phrase = phrase_starting_at(tokens, start, len(tokens), self.text)
        if phrase is None or phrase.last + 2 >= len(tokens) or tokens[phrase.last + 1].text != ",":
            return phrase
        stop = next((i for i in range(phrase.last + 2, len(tokens)) if tokens[i].text in ",;:." or
                     tokens[i].kind == "q"), len(tokens))
        return self._named(tokens, phrase, phrase.last + 2, stop) or self._with_apposition_after(tokens, phrase)

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
            while verb > 0 and _filler(tokens[verb - 1]):
                verb -= 1
            found = self._resolved(unit, phrase_ending_at(tokens, verb - 1, 0, self.text))
            return found[0] if found is not None else None
        return None
