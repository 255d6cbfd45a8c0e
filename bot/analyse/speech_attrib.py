"""Credit each quoted passage to its speaker, and tell direct quotes from partial ones.

Layouts covered: quote first ('"…," X said'), speaker first ('X said: "…"'), a quote split around its cue,
fragments inside a reported sentence ('described the move as "a turning point"'), quotes that run over
several paragraphs, a quote whose speaker is named in the next sentence, and a bare quote paragraph that
continues the quote before it. A passage that none of these credits is dropped: a quote given to nobody is
better than a quote given to the wrong person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analyse.speech_cues import cue_after, declared_state
from bot.analyse.speech_lexicon import FRAGMENT_VERBS, SAY_VERBS, medium_of, word_set
from bot.analyse.speech_marks import Segment
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Token, Unit
from bot.models import QuoteKind

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Words right before a quotation mark that make it a name, title or slogan rather than speech.
# the verbs that open a resolution's or communiqué's paragraphs, quoted after their author
_OPERATIVE_VERBS = word_set(
    """decides reiterates reaffirms commends condemns welcomes expresses calls urges stresses notes requests
    underlines emphasizes emphasises recognizes recognises demands encourages takes appeals"""
)
_FRAMES = word_set(
    """titled entitled named so-called slogan slogans hashtag headline headlined banner banners sign signs
    reading read chant chants chanted chanting word words term phrase operation motto label nicknamed known"""
)
_CALLING = word_set("called calls calling dubbed described describing as termed labelled labeled branded")
_MAX_CUE_GAP = 10
_ATTRIBUTABLE = re.compile(r"(?:Quotes?|Comments?|Remarks?)\s+(?:attributable|attributed)\s+to\s", re.I)
_DEMONSTRATIVES = word_set("the that this those these such")
_SOURCE_VERBS = word_set("came comes was were is are")
_SPEECH_NOUNS = word_set(
    """words warning pledge promise remarks remark comments comment message plea appeal verdict assessment
    view admission answer reply response rebuke prediction vow"""
)
_MINOR_WORDS = word_set("a an the and or nor but of in on at to for by with from as vs via is are be not")
# Words that can follow "X said" in a sentence that only attributes ("X said on Thursday.").
_CIRCUMSTANCE = word_set(
    """on in at during after before when while late early earlier later last this yesterday today tonight to
    reporters monday tuesday wednesday thursday friday saturday sunday"""
)


@dataclass(frozen=True, slots=True)
class Found:
    """One attributed passage: direct and partial quotes are exact spans of the article text."""

    speaker: Entity
    kind: QuoteKind
    start: int
    end: int
    medium: str | None
    unit: int


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _title_case(words: Sequence[str]) -> bool:
    """A title or name ("Raqqa is Being Slaughtered Silently"): every word but the small function words is
    capitalised. "Equipment is the gap" is a sentence: "gap" is short, but no function word."""
    significant = [w for w in words if w.lower() not in _MINOR_WORDS and not w[0].isdigit()]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) <= 10 and bool(significant) and all(w[0].isupper() for w in significant) and capitals >= 2


def _source_named(tokens: Sequence[Token]) -> int | None:
    """Where the speaker's name starts in a sentence that only says whose words a quotation were: "The
    warning came from X", "Those were the words of X", "That was the message from X"."""
    if len(tokens) < 4 or tokens[0].low not in _DEMONSTRATIVES:
        return None
    verb = next((i for i in range(1, min(len(tokens), 5)) if tokens[i].low in _SOURCE_VERBS), None)
    if verb is None or not all(t.kind == "w" and t.text.islower() for t in tokens[1:verb]):
        return None
    noun = any(t.low in _SPEECH_NOUNS for t in tokens[1:verb])
    index = verb + 1
    if tokens[verb].low in ("came", "comes"):
        return index + 1 if noun and index < len(tokens) and tokens[index].low == "from" else None
    while index < len(tokens) and index <= verb + 3 and tokens[index].low not in ("of", "from"):
        noun = noun or tokens[index].low in _SPEECH_NOUNS
        if tokens[index].kind != "w" or not tokens[index].text.islower():
            return None
        index += 1
    return index + 1 if noun and index < len(tokens) and tokens[index].low in ("of", "from") else None

_QUOTE_LABELS = frozenset({"quote", "quoting", "statement", "comment"})
_PARAGRAPH_REACH = 6  # sentences of the paragraph before that are looked at


class QuoteAttributor:
    """Attributes the quoted passages of each unit, in reading order."""

    def __init__(self, text: str, units: Sequence[Unit], segments: Sequence[Segment], subjects: Subjects,
                 resolver: Resolver) -> None:
        self.text = text
        self.units = units
        self.segments = segments
        self.subjects = subjects
        self.resolver = resolver
        self.by_segment: dict[int, Found] = {}
        self.pending: list[int] = []  # segments of a multi-paragraph quote still waiting for a speaker
        self.pending_from = -1  # the unit where that quote opened
        self.last_direct: tuple[int, Entity] | None = None  # (unit index, speaker) of the latest direct quote

    def _context(self, tokens: Sequence[Token], first: int, last: int) -> str:
        return " ".join(t.text for t in tokens[max(first, 0):last] if t.kind != "q")

    def _found(self, unit: Unit, index: int, speaker: Entity, kind: QuoteKind, context: str) -> Found:
        segment = self.segments[unit.tokens[index].segment]
        medium = medium_of(context)
        if medium in ("statement", "post", "tweet"):  # a post on X is a statement its author published
            self.resolver.issued_statement(speaker)
        self.resolver.credit(unit.index, speaker)
        found = Found(speaker, kind, segment.start, segment.end, medium, unit.index)
        self.by_segment[unit.tokens[index].segment] = found
        if kind == "direct":
            self.last_direct = (unit.index, speaker)
        return found

    def attribute(self, unit: Unit, absorbed: set[int]) -> list[Found]:
        """Quotes of the unit's passages, except those `absorbed` into an indirect quote."""
        tokens = unit.tokens
        quotes = [i for i, t in enumerate(tokens) if t.kind == "q" and t.segment not in absorbed]
        results: list[Found] = []
        for number, index in enumerate(quotes):
            low = quotes[number - 1] + 1 if number else 0
            high = quotes[number + 1] if number + 1 < len(quotes) else len(tokens)
            found = self._one(unit, index, low, high)
            if found is not None:
                results.append(found)
                for waiting in self.pending:
                    segment = self.segments[waiting]
                    results.append(Found(found.speaker, "direct", segment.start, segment.end, found.medium,
                                         found.unit))
                self.pending.clear()
            elif self.segments[tokens[index].segment].close is None:
                if not self.pending:
                    self.pending_from = unit.index
                self.pending.append(tokens[index].segment)
            elif self.pending:  # a quotation over several paragraphs closes, and nobody is named for it
                results += self._led_in([*self.pending, tokens[index].segment], unit.index)
                self.pending.clear()
        return results

    def _led_in(self, waiting: list[int], unit: int) -> list[Found]:
        """'X said the hub would cut delivery times. ⏎ "… ⏎ "…"' — the one person who reported something
        in the sentence right before the quotation opened (or, failing a report, its subject) speaks it."""
        before = self.pending_from - 1
        if before < 0 or self.units[before].paragraph != self.units[self.pending_from].paragraph - 1:
            return []
        credited = {id(e): e for e in self.resolver.spoke.get(before, []) if e.kind == "person"}
        if not credited:  # "The Force Commander, Commodore X, thanked the authorities." opens a speech
            subject = self.subjects.sentence_entity(self.units[before])
            credited = {id(subject): subject} if subject is not None and subject.kind == "person" else {}
        if len(credited) != 1:
            return []
        speaker = next(iter(credited.values()))
        self.resolver.credit(unit, speaker)  # '"…" ⏎ He said …' after the quotation goes on with its speaker
        return [Found(speaker, "direct", self.segments[n].start, self.segments[n].end, None, unit) for n in waiting]

    def _one(self, unit: Unit, index: int, low: int, high: int) -> Found | None:
        tokens = unit.tokens
        segment = self.segments[tokens[index].segment]
        words = _words(self.text[segment.start:segment.end])
        if not words:
            return None
        before = tokens[index - 1] if index > 0 else None
        if before is not None and before.kind == "w" and before.low in _FRAMES and not (
                before.low == "operation" and len(words) > 3 and not _title_case(words)):
            return None  # 'Operation "Desert Shield"', but 'the operation "continues to fulfil its tasks"' speaks
        if declared_state(tokens, index):
            return None
        if segment.continued:
            previous = self.by_segment.get(tokens[index].segment - 1)
            if previous is not None:
                return self._found(unit, index, previous.speaker, "direct", "")
        lead = tokens[low:index]
        if not lead:
            return self._quote_first(unit, index, high, words)
        if _title_case(words) or (len(words) <= 2 and not self._called(tokens, index)):
            return None  # a name, title or scare quote inside a sentence
        return self._embedded(unit, index, low, high, words)

    def _reporter(self, unit: Unit, subject: tuple[Entity, int]) -> tuple[Entity, int] | None:
        """"Brig. Gen. X, the ministry's spokesman, said Iraq welcomed "a partnership between equals"": a country
        or body that is the subject of a clause a person reports speaks through that person, whose words the
        quotation holds."""
        tokens = unit.tokens
        start = subject[1]
        if subject[0].kind == "person" or start < 1:
            return None
        outer = start - 1 - (tokens[start - 1].low == "that")
        if outer < 1 or tokens[outer].kind != "w" or tokens[outer].low not in SAY_VERBS or not self.subjects.is_cue(
                tokens, outer, False):
            return None
        found = self.subjects.subject(unit, outer)
        return found if found is not None and found[0].kind == "person" else None

    @staticmethod
    def _called(tokens: Sequence[Token], index: int) -> bool:
        """'called the decision "regrettable"', 'accused MONUSCO of "taking sides"': a short fragment that a
        verb of naming or judging frames is a quote, not a scare quote."""
        for back in range(index - 1, max(-1, index - 6), -1):
            token = tokens[back]
            if token.kind != "w":
                return False
            if token.low in _CALLING or token.low in FRAGMENT_VERBS:
                return True
        return False

    def _quote_first(self, unit: Unit, index: int, high: int, words: Sequence[str]) -> Found | None:
        """A passage that opens its sentence: the cue follows it, or the next sentence names the speaker."""
        tokens = unit.tokens
        cue = cue_after(tokens, index + 1, high, self.text)
        if cue is not None:
            subject = self.subjects.subject(unit, cue)
            if subject is not None:
                return self._found(unit, index, subject[0], "direct", self._context(tokens, index + 1, high))
        if _title_case(words) or len(words) < 3 or any(t.kind == "w" for t in tokens[index + 1:high]):
            return None
        introduced = self._introduced(unit) if index == 0 else None
        if introduced is not None:
            return self._found(unit, index, introduced[0], "direct", introduced[1])
        continued = self._continues(unit) if index == 0 else None
        if continued is not None and continued[1]:
            return self._found(unit, index, continued[0], "direct", "")
        named = self._named_next(unit)
        if named is not None:
            return self._found(unit, index, named[0], "direct", named[1])
        if continued is not None:
            return self._found(unit, index, continued[0], "direct", "")
        described = self._described_before(unit) if index == 0 else None
        return self._found(unit, index, described, "direct", "") if described is not None else None

    def _described_before(self, unit: Unit) -> Entity | None:
        """'He described the role in plain terms: watch and report. "…"' — a bare quotation that follows, in
        the same paragraph, a sentence about a person (its subject) is that person's."""
        previous = self.units[unit.index - 1] if unit.index > 0 else None
        if previous is None or previous.paragraph != unit.paragraph or not previous.tokens:
            return None
        if any(t.kind == "q" for t in previous.tokens):
            return None
        entity = self.subjects.sentence_entity(previous)
        return entity if entity is not None and entity.kind == "person" and not self.resolver.is_described(
            entity) else None

    def _continues(self, unit: Unit) -> tuple[Entity, bool] | None:
        """A bare quotation right after a sentence that ended with an attributed direct quote: the same
        speaker goes on. The flag says whether both are in one paragraph (then nothing can override it)."""
        previous = self.units[unit.index - 1] if unit.index > 0 else None
        if previous is None or previous.paragraph < unit.paragraph - 1 or not previous.tokens:
            return None
        same_paragraph = previous.paragraph == unit.paragraph
        if self.last_direct is not None and self.last_direct[0] == previous.index and previous.tokens[-1].kind != "w":
            return self.last_direct[1], same_paragraph
        credited = {id(e): e for e in self.resolver.spoke.get(previous.index, [])}
        if same_paragraph and len(credited) == 1:  # 'Coordination was essential, he said. "…"'
            return next(iter(credited.values())), True
        if not same_paragraph:
            # 'The minister met the cadets. The reform was overdue, she said. …' ⏎ '"…"':
            # a paragraph of one person's reported speech, then a bare quotation, is that person going on
            paragraph = [u for u in self.units[max(0, unit.index - _PARAGRAPH_REACH):unit.index]
                         if u.paragraph == previous.paragraph]
            speakers = {id(e): e for u in paragraph for e in self.resolver.spoke.get(u.index, [])}
            if len(speakers) == 1 and not any(t.kind == "q" for u in paragraph for t in u.tokens):
                person = next(iter(speakers.values()))
                return (person, False) if person.kind == "person" else None
        return None

    def _introduced(self, unit: Unit) -> tuple[Entity, str] | None:
        """'MONUSCO said in a statement: ⏎ "…"' — the sentence before ends with a colon after a cue."""
        previous = self.units[unit.index - 1] if unit.index > 0 else None
        if previous is None or previous.paragraph < unit.paragraph - 1 or not previous.tokens:
            return None
        tokens = previous.tokens
        if tokens[-1].text != ":":
            return None
        attributable = _ATTRIBUTABLE.match(self.text, tokens[0].start)
        if attributable is not None:  # "Quotes attributable to the Minister for X, Jane Y:" (a government release)
            to = next(i for i, t in enumerate(tokens) if t.low == "to")
            named = self.subjects.resolve_phrase(previous, self.subjects.phrase_after(tokens[:-1], to + 1))
            return (named[0], "") if named is not None else None
        for cue in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _MAX_CUE_GAP), -1):
            if tokens[cue].kind == "q":
                return None
            if self.subjects.is_cue(tokens, cue, True):
                subject = self.subjects.subject(previous, cue)
                if subject is None:
                    return None
                return subject[0], self._context(tokens, subject[1], len(tokens))
        return None

    def _named_next(self, unit: Unit) -> tuple[Entity, str] | None:
        """'"…" ⏎ So said Brennan, …' / '"…" Brennan said on Thursday.' — the next sentence only names
        the speaker of the quotation."""
        following = self.units[unit.index + 1] if unit.index + 1 < len(self.units) else None
        if following is None or following.paragraph > unit.paragraph + 1:
            return None
        tokens = following.tokens
        source = _source_named(tokens)
        if source is not None:  # "The warning came from …", "Those were the words of …"
            phrase = self.subjects.phrase_after(tokens, source)
            found = self.subjects.resolve_phrase(following, phrase)
            return (found[0], self._context(tokens, 0, len(tokens))) if found is not None else None
        start = 1 if tokens and tokens[0].low in ("so", "thus") else 0
        cue = cue_after(tokens, start, len(tokens), self.text)
        if cue is None or cue > 10 or any(t.low == "that" for t in tokens[cue:cue + 3]):
            return None
        if cue > start:  # "Brennan said …": nothing but circumstances may follow the verb
            after = tokens[cue + 1] if cue + 1 < len(tokens) else None
            if after is not None and after.kind == "w" and after.low not in _CIRCUMSTANCE:
                return None
        subject = self.subjects.subject(following, cue)
        if subject is None or (tokens[cue].low == "according" and subject[0].kind not in ("person", "unknown")):
            return None  # "According to the ministry, about 120 instructors …": a source of its own
        return subject[0], self._context(tokens, 0, len(tokens))

    def _embedded(self, unit: Unit, index: int, low: int, high: int, words: Sequence[str]) -> Found | None:
        """A passage after some words of its sentence: speaker-first direct quote, or a partial quote."""
        tokens = unit.tokens
        last = tokens[index - 1]
        opens_upper = bool(words) and words[0][0].isupper()
        for cue in range(index - 1, -1, -1):
            if tokens[cue].kind == "q" or not self.subjects.is_cue(tokens, cue, cue == index - 1):
                continue
            subject = self.subjects.subject(unit, cue)
            if subject is None:
                continue
            subject = self._reporter(unit, subject) or subject
            gap = index - cue
            adjacent = gap <= _MAX_CUE_GAP and all(t.low != "that" and t.kind != "q" for t in tokens[cue + 1:index])
            direct = adjacent and (last.text in (":", ",") or (cue == index - 1 and opens_upper))
            return self._found(unit, index, subject[0], "direct" if direct else "partial",
                               self._context(tokens, subject[1], index))
        for cue in range(index + 1, len(tokens)):
            token = tokens[cue]
            if token.kind == "w" and (token.low in SAY_VERBS or token.low == "according") and (
                self.subjects.is_cue(tokens, cue, True)
            ):
                subject = self.subjects.subject(unit, cue)
                if subject is None:
                    return None
                kind: QuoteKind = "direct" if last.text == ":" and opens_upper else "partial"
                return self._found(unit, index, subject[0], kind, self._context(tokens, index + 1, len(tokens)))
        if last.text == ":" and index > 3 and tokens[0].low in _QUOTE_LABELS and tokens[1].low in ("from", "by"):
            # 'Quote from Minister of Energy Ilona X: "…"' (translated copy labels its quotations)
            found = self.subjects.resolve_phrase(unit, self.subjects.phrase_after(tokens[:index - 1], 2))
            if found is not None:
                return self._found(unit, index, found[0], "direct", "")
        # 'X was blunt: "…"', 'The head of the initiative, colonel X, is categorical: "…"'
        judged = index >= 4 and tokens[index - 2].text.islower() and tokens[index - 3].low in ("is", "was", "remains")
        if last.text == ":" and opens_upper and not any(t.kind == "q" for t in tokens[:index]):
            # 'X, who took office in May, was blunter: "…"', 'X put the point to the crowd this way: "…"':
            # a person named as the subject introduces the quotation after the colon, however long the predicate
            found = self.subjects.sentence_subject(unit, index - 1)
            near = index <= _MAX_CUE_GAP + 2 or judged
            if found is not None and not self.resolver.is_described(found[0]) and (
                    near or found[0].kind == "person"):
                return self._found(unit, index, found[0], "direct", self._context(tokens, 0, index))
        if words and words[0].lower() in _OPERATIVE_VERBS and last.kind == "w":
            # a resolution's own words after its author: 'the Council "decides to extend the mandate …"'
            found = self.subjects.sentence_subject(unit, index)
            if found is not None and found[0].kind in ("org", "group", "unknown"):
                return self._found(unit, index, found[0], "partial", self._context(tokens, 0, index))
        return None
