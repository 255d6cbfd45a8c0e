"""Indirect speech: the reported clause of "X said (that) …", "X warned/confirmed/denied … that …",
"according to X, …", "…, X said." and "…, adding that …".

The clause is what is reported, without "that" and without the attribution around it. A clause that holds
a quotation is left to the quote attributor (the quoted words are the better record), and a clause inside
another reported clause is not reported twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.analyse.speech_according import described_source, needs_description, object_pronoun
from bot.analyse.speech_appositions import OFFICE_JOINERS, office_before
from bot.analyse.speech_attrib import Found
from bot.analyse.speech_clauses import ADJUNCT_STARTS, clause_end, past_apposition, skip_adjuncts, skip_listener, trim
from bot.analyse.speech_cues import cue_after, quoted_title
from bot.analyse.speech_inserted import inserted_clause, inverted_subject, is_inverted
from bot.analyse.speech_lexicon import (
    CATENATIVE_CUES,
    COMMON_PAST,
    DASHES,
    FINDING_VERBS,
    PARTICIPLES,
    PARTICIPLES_THAT_OPTIONAL,
    PARTICLE_VERBS,
    RARER_PAST,
    SAY_VERBS,
    STATEMENT_ISSUE_VERBS,
    THAT_OPTIONAL,
    medium_of,
    word_set,
)
from bot.analyse.speech_marks import Segment
from bot.analyse.speech_phrases import based_place_start, phrase_starting_at
from bot.analyse.speech_registry import Entity
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_subjects import Subjects, with_subject
from bot.analyse.speech_tokens import Token, Unit

_TELL = word_set("told tells telling informed informs assured assures")
# "expressed concern that …": a verb of feeling reports the clause its noun governs
_FEELING_VERBS = word_set("expressed expresses voiced voices")
_CUE_WORDS = SAY_VERBS | PARTICIPLES | FINDING_VERBS | _FEELING_VERBS | CATENATIVE_CUES | {"according"}
# Nouns whose "that" clause is what was said: "denied reports that …", "rejected claims that …".
_CONTENT_NOUNS = word_set("reports claims suggestions allegations accusations rumours rumors speculation fears")
_MADE_NOUNS = word_set("statement statements remarks comments claims claim")
_POSITION_NOUNS = word_set("position view stance belief conviction assessment argument line")
_PLAIN_SAY = word_set("said says told tells")
_FEELING_NOUNS = word_set("concern concerns hope hopes confidence fear fears regret doubt doubts optimism frustration")
_NOT_CLAUSE = word_set(
    """and but or to for with of by as in on at from about if whether when how what why nothing so goodbye
    little much yes no"""
)
_FINITE = word_set(
    """is are was were will would could can should must may might has have had did does do shall won't wasn't
    isn't aren't weren't hasn't haven't hadn't didn't doesn't don't can't couldn't wouldn't shouldn't
    remains remain remained"""
) | COMMON_PAST
# More past forms, trusted only before the first comma: "said his team got the order", but not "confirmed
# their role, and some … chose to …" (a noun phrase, then the reporter's own clause).
_PAST_BEFORE_COMMA = RARER_PAST
# present forms that are verbs whatever stands before them, unless a determiner makes them nouns ("the plans")
_PRESENT_VERBS = word_set(
    """expects plans intends wants needs faces sees believes continues hopes aims holds owns controls employs
    operates supports opposes rejects accepts considers knows thinks seeks lacks risks requires remains rests lies
    depends belongs applies exists reflects shows proves signals marks means suggests represents matters makes
    leaves serves threatens undermines weakens strengthens reveals illustrates amounts sends"""
)
_MIN_CLAUSE_WORDS = 3
_URGING = word_set("urged urges called calls asked asks appealed appeals pressed presses encouraged encourages")
_OBJECT_OPENERS = word_set("the a an its their his her this these those to all no")
_APPROXIMATELY = word_set("about around nearly almost roughly approximately")
_TAIL_CLAUSES = word_set("as while after when amid since before although though because")
_RELATIVE_FRAMES = word_set("which that what whom who")
# Openings of a circumstance, never of a reported clause ("Asked whether …, Kirby said").
_ASIDES = word_set("asked speaking addressing writing responding commenting reading answering referring")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def looks_finite(tokens: Sequence[Token]) -> bool:
    """Whether the words hold a finite verb: an auxiliary, a past form, or "it/he/she …s" ("it focuses")."""
    comma = False
    for index, token in enumerate(tokens):
        comma = comma or token.text == ","
        if token.kind != "w" or not token.text.islower():
            continue
        if token.low in _FINITE or (token.low.endswith("ed") and len(token.low) > 3 and not token.low.endswith("eed")):
            return True  # "had", "owed", "ordered"; never "need", "speed"
        if token.low in _PRESENT_VERBS and index > 0 and tokens[index - 1].low not in _OBJECT_OPENERS:
            return True  # "the company now expects revenue to fall"
        if token.low in _PAST_BEFORE_COMMA and not comma:
            return True
        if index > 0 and tokens[index - 1].low in ("it", "he", "she", "this", "that") and token.low.endswith("s"):
            return True
        if _named_subject_verb(tokens, index):
            return True
    return False


_NOT_VERBS = word_set(
    """the a an of in on at for to by with from and or but that which who whom it its their his her this these
    those as not also only just even all some many most more less both each every no so than then there"""
)


def _continuation(tokens: Sequence[Token], verb: int, text: str) -> list[tuple[int, int]]:
    """"A, she said, and B.": after an attribution that closes a reported clause, a conjunction and a clause of
    their own go on with the same report."""
    after = verb + 1
    if after + 2 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].low not in ("and", "but", "yet"):
        return []
    start = after + 2
    end = clause_end(tokens, start, text)
    finite = looks_finite(tokens[start:end]) or any(_plural_verb_after(tokens, i + 1, i + 1)
                                                     for i in range(start, min(end - 1, start + 4)))
    if end - start < 4 or not finite or any(
            t.kind == "q" or (t.text.islower() and t.low in SAY_VERBS) for t in tokens[start:end]):
        return []
    return [(start, end)]


def _before_relative(tokens: Sequence[Token]) -> Sequence[Token]:
    """"Instructors who had taught trench clearing in 2023, he noted, were now …": the words before a relative
    clause, whose own verb is not the sentence's."""
    cut = next((i for i, t in enumerate(tokens) if i > 0 and t.low in ("who", "which", "that")), len(tokens))
    return tokens[:cut]


def _closes_relative(tokens: Sequence[Token], verb: int, comma: int) -> bool:
    """"… the police service that the 2011 agreement promised, she said": a reporting verb that ends a
    relative clause right before the attribution reports nothing of its own."""
    return verb + 1 == comma and any(t.low in ("that", "which") for t in tokens[max(0, verb - 6):verb])


def _plural_verb_after(tokens: Sequence[Token], subject_end: int, after: int) -> bool:
    """"Shipowners, he explained, decide on …": a plural subject before the inserted attribution and a bare
    lower-case word after it, which can then only be the verb."""
    if after >= len(tokens) or subject_end < 1:
        return False
    subject, word = tokens[subject_end - 1], tokens[after]
    plural = subject.kind == "w" and subject.low.endswith("s") and not subject.low.endswith(("ss", "us", "is"))
    return plural and word.kind == "w" and word.text.islower() and word.low not in _NOT_VERBS and not (
        word.low.endswith(("ly", "ing")))


def _named_subject_verb(tokens: Sequence[Token], index: int) -> bool:
    """"China supports MINUSCA", "Kigali wants to …": a present verb after a name, known by what follows it
    (an object or "to"), so that "confirmed Iraqi reports." or "Iraqi reports of …" is no clause."""
    token = tokens[index]
    if index == 0 or index + 1 >= len(tokens) or not tokens[index - 1].name or tokens[index - 1].kind != "w":
        return False
    if not token.low.endswith("s") or token.low.endswith(("ss", "us", "is")) or len(token.low) < 4:
        return False
    following = tokens[index + 1]
    return following.kind == "w" and (following.low in _OBJECT_OPENERS or (following.name and following.low != "of"))


def _reports_on(rest: Sequence[Token], comma: int) -> bool:
    """After "…, the ministry said": whatever follows the next comma is the reporter's sentence going on
    (", in France's heaviest strike yet", ", handing the fight to …", ", but the EU said …") — unless it
    is only an aside before the reported clause (", however, that …")."""
    aside = next((i for i in range(comma + 1, min(len(rest), comma + 5)) if rest[i].text == ","), None)
    return aside is not None and aside + 1 < len(rest) and rest[aside + 1].low == "that"



_NOBODY = word_set("nobody noone")
_LAST_TIME = word_set("last first only")


def _unsaid(tokens: Sequence[Token], index: int) -> bool:
    """"Nobody from the ministry has told us …", "No one has said …", "The last time the army said anything …":
    a report that nobody made, or a time something was said, reports nothing."""
    start = next((i + 1 for i in range(index - 1, -1, -1) if tokens[i].text in ",;:" or tokens[i].kind == "q"), 0)
    words = [t.low for t in tokens[start:index]]
    if any(w in _NOBODY for w in words) or any(a == "no" and b == "one" for a, b in pairwise(words)):
        return True
    return len(words) > 2 and words[0] == "the" and words[1] in _LAST_TIME and words[2] == "time"


def _before_based(tokens: Sequence[Token], comma: int) -> int:
    """"…, the Austin, Texas-based firm said": the comma inside the place is not the clause's end."""
    the = based_place_start(tokens, comma + 1) if comma + 1 < len(tokens) else None
    return the - 1 if the is not None and the >= 2 and tokens[the - 1].text == "," else comma


def _dashed_aside_start(tokens: Sequence[Token], index: int) -> int:
    """Where an aside between dashes that ends right before tokens[index] opens ("X — who …, — said"), else
    `index`."""
    before = index - 1
    if before < 2 or tokens[before].text not in DASHES:
        return index
    return next((i for i in range(before - 1, 0, -1) if tokens[i].text == tokens[before].text), index)


class ReportedSpeech:
    """Extracts indirect quotes from one unit at a time, in reading order."""

    def __init__(self, text: str, segments: Sequence[Segment], subjects: Subjects, resolver: Resolver) -> None:
        self.text = text
        self.segments = segments
        self.subjects = subjects
        self.resolver = resolver

    def extract(self, unit: Unit) -> tuple[list[Found], set[int]]:
        """Indirect quotes of the unit, and the quoted passages they absorb (their words are part of a
        reported clause, so they are not reported again as partial quotes)."""
        tokens = unit.tokens
        taken: list[tuple[int, int]] = []
        results: list[Found] = []
        absorbed: set[int] = set()
        for index, token in enumerate(tokens):
            if token.low not in _CUE_WORDS or token.kind != "w" or any(a <= index < b for a, b in taken):
                continue
            if not self.subjects.is_cue(tokens, index):
                continue
            span = self._clause(unit, index)
            if span is None:
                continue
            first, last, clause_like = span
            if any(a <= first < b for a, b in taken) or self._mostly_quoted(tokens, first, last):
                continue  # mostly one quotation: the quotation itself is the record
            # a compound report ("acknowledged A but denied that B") is given whole, and its first part
            # on its own as well, since it may be read as a report of its own
            part = clause_end(tokens, first, self.text, compound=False) if clause_like else last
            spans = [(first, last)] + ([(first, part)] if first < part < last and not self._mostly_quoted(
                tokens, first, part) else [])
            joined = self._joined_end(unit, last)
            if joined is not None:
                spans.append((first, joined))
            if last <= index:
                spans += _continuation(tokens, index, self.text)
            subject = self._inverted(unit, index, first) or self.subjects.subject(unit, index)
            if subject is None:
                continue
            speaker, subject_first = subject
            if subject_first > 0 and tokens[subject_first - 1].low in _RELATIVE_FRAMES:
                continue  # "…, which she said had been …": an aside, not a report
            taken.append((first, last))
            absorbed.update(t.segment for t in tokens[first:last] if t.kind == "q")
            context = " ".join(t.text for i, t in enumerate(tokens) if t.kind == "w" and not first <= i < last)
            medium = medium_of(context)
            if medium in ("statement", "post", "tweet"):  # a post on X is a statement its author published
                self.resolver.issued_statement(speaker)
            self.resolver.credit(unit.index, speaker)
            results += [Found(speaker, "indirect", tokens[a].start, tokens[b - 1].end, medium, unit.index)
                        for a, b in spans]
        return results, absorbed

    def _inverted(self, unit: Unit, index: int, first: int) -> tuple[Entity, int] | None:
        """"…, admitted Ana Ruiz, the chief executive." / "Without it, reckons Ana Ruiz, …, the bank …": the
        subject follows the verb when the verb comes right after a comma and the clause starts before it."""
        if first >= index or not is_inverted(unit.tokens, index):
            return None
        return self.subjects.resolve_phrase(unit, self.subjects.phrase_after(unit.tokens, index + 1)
                                            if inverted_subject(unit.tokens, index, self.text) else None)

    def _joined_end(self, unit: Unit, last: int) -> int | None:
        """"said A and insisted B", "denied that A and said B": one speech act with two verbs of one subject.
        Where the whole ends (B is reported again on its own when its verb is read), or None."""
        tokens = unit.tokens
        # "said A and insisted B", "said A, but regretted that B"
        verb = last + 1 if last < len(tokens) and tokens[last].low in ("and", "but") else (
            last + 2 if last + 1 < len(tokens) and tokens[last].text == "," and tokens[last + 1].low in ("and", "but")
            else None)
        if verb is None or verb >= len(tokens) or not tokens[verb].text.islower():
            return None
        if tokens[verb].low in _URGING and any(t.low == "to" for t in tokens[verb + 1:verb + 6]):
            # "said it was "deeply concerned" and urged all parties to protect civilians": one statement
            return clause_end(tokens, verb + 1, self.text)
        if tokens[verb].low not in SAY_VERBS:
            return None
        second = self._clause(unit, verb)
        if second is None or second[0] <= verb or second[1] <= second[0]:
            return None
        return second[1]

    def _mostly_quoted(self, tokens: Sequence[Token], first: int, last: int) -> bool:
        """Whether the clause is too short, or mostly one quotation (then the quotation is the record)."""
        words = len(_WORD.findall(self.text, tokens[first].start, tokens[last - 1].end))
        quoted = [t.segment for t in tokens[first:last] if t.kind == "q"]
        inside = sum(len(_WORD.findall(self.text, self.segments[n].start, self.segments[n].end)) for n in quoted)
        return words - inside < _MIN_CLAUSE_WORDS or (len(quoted) == 1 and inside * 2 >= words)

    def _clause(self, unit: Unit, index: int) -> tuple[int, int, bool] | None:
        """Token range [first, last) of the clause that the cue at `index` reports, and whether the clause
        runs on after the cue (then a compound report may be split), rather than ending at it."""
        tokens = unit.tokens
        token = tokens[index]
        if token.low == "according":
            return self._according(tokens, index)
        if _unsaid(tokens, index):
            return None
        before = tokens[index - 1] if index > 0 else None
        quoted_as = token.low == "saying" and before is not None and before.low == "as" and any(
            t.low == "quoted" for t in tokens[max(0, index - 12):index])  # "X was quoted as saying …"
        # "made statements alleging that …": the statement's maker reports the clause
        made = index > 1 and before is not None and before.low in _MADE_NOUNS and tokens[index - 2].low in (
            STATEMENT_ISSUE_VERBS)
        if token.low in PARTICIPLES and (before is None or (before.text != "," and before.low != "and")) and (
                not quoted_as) and with_subject(tokens, index) is None and not made:
            return None
        inserted = inserted_clause(tokens, index, self.text)
        if inserted is not None and not looks_finite(_before_relative(tokens[:inserted[0]])) and (
                looks_finite(tokens[inserted[1] + 1:inserted[2]])  # "Some lenders, he acknowledged, had lost …"
                or _plural_verb_after(tokens, inserted[0], inserted[1] + 1)):  # "Shipowners, he explained, decide"
            return 0, inserted[2], False
        ending = self._ending_attribution(tokens, index)
        if ending is not None:
            return (*ending, False)
        after_quote = before is not None and before.kind == "q" and not quoted_title(tokens, index - 1)
        if before is None or before.low in ("so", "thus") or after_quote or (
            before.text == "," and index > 1 and tokens[index - 2].kind == "q" and token.low not in PARTICIPLES
            and not quoted_title(tokens, index - 2)
        ):
            return None  # "So said Dr X, …": the words after the verb name the speaker
        # 'X — who calls the plan "a gamble" — said …': a quotation inside a dashed aside is
        # the aside's, not the cue's
        aside = _dashed_aside_start(tokens, index)
        attributes_quote = any(t.kind == "q" and cue_after(tokens, i + 1, len(tokens), self.text) == index
                               and not quoted_title(tokens, i)  # 'In a statement titled "…", the fund said it …'
                               for i, t in enumerate(tokens[:aside]))
        start = self._clause_start(tokens, index, attributes_quote)
        if start is None:
            return None
        end = clause_end(tokens, start, self.text)
        return (start, end, True) if end > start else None

    def _according(self, tokens: Sequence[Token], index: int) -> tuple[int, int, bool] | None:
        """"According to X, …", "… in which, according to X, …" and "…, according to X[, a researcher]."."""
        source = self.subjects.source_at(tokens, index + 2, lambda part: self.subjects.phrase_after(part, index + 2))
        phrase = object_pronoun(tokens, index + 2) or source
        phrase = self.subjects.publisher(tokens, phrase) or phrase  # "according to figures published by X"
        if needs_description(tokens, index + 2, phrase):
            phrase = described_source(tokens, index + 2, self.text) or phrase
        if phrase is None:
            return None
        before = tokens[index - 1] if index > 0 else None
        after = past_apposition(tokens, phrase.last + 1)
        framed = index > 1 and tokens[index - 2].low in _RELATIVE_FRAMES  # "in which, according to X, …"
        if before is not None and before.text == "," and not framed:  # "…, according to X[, a researcher at Y].""
            rest = tokens[len(tokens) if after is None else after:]
            tail = next((i for i, t in enumerate(rest) if t.text in DASHES or (
                t.text == "," and i + 1 < len(rest) and rest[i + 1].low in _TAIL_CLAUSES)), len(rest))
            # what is left describes the source ("two negotiators familiar with the talks") or glosses the
            # report ("— the deadliest attack in years"); a clause of its own would have a verb
            if any(t.kind == "w" and t.low in SAY_VERBS and self.subjects.is_cue(tokens, i)
                   for i, t in enumerate(tokens[:index])):
                return None  # "X said …, according to a statement": the source only names the medium
            if sum(1 for t in rest[:tail] if t.kind == "w") <= 4 or not looks_finite(rest[:tail]):
                return 0, trim(tokens, 0, index - 1), False
        start = phrase.last + 1 if after is None or after >= len(tokens) else after
        opens = before is None or before.text == "," or before.low in ("but", "and") or before.low in _RELATIVE_FRAMES
        if opens and start < len(tokens) and tokens[start].text == ",":
            return start + 1, clause_end(tokens, start + 1, self.text), True
        return None

    def _ending_attribution(self, tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
        """"…, the statement explained." / "…, said Brennan." / "…, the army said Tuesday, as …": the
        clause is everything before the comma."""
        if tokens[index].low not in SAY_VERBS:
            return None
        for candidate in range(index - 1, 0, -1):
            if tokens[candidate].text != "," or cue_after(tokens, candidate, len(tokens), self.text) != index:
                continue
            comma = _before_based(tokens, candidate)
            rest_start = index + 1
            if all(t.text in ",—–-" for t in tokens[comma:index]):  # inverted: ", said Brennan"
                if tokens[index].low in _TELL:
                    continue  # "…, X, the spokesperson, told Rudaw.": the comma closes an apposition
                if not looks_finite(tokens[:comma]) and not any(t.kind == "q" for t in tokens[:comma]):
                    continue  # "A spokesperson for X, diplomat Y, said a statement would …": no clause before
                phrase = phrase_starting_at(tokens, index + 1, len(tokens), self.text)
                if phrase is None and not any(t.kind == "q" for t in tokens[:index]):
                    continue  # "…, X, the chief negotiator, said.": the comma closes an apposition
                if phrase is None:
                    return None
                if phrase.kind == "relative":
                    return None
                rest_start = phrase.last + 1
            if tokens[index].low in _TELL:
                rest_start = skip_listener(tokens, rest_start, self.text)
            rest = tokens[rest_start:]
            if tokens[0].low in _ASIDES or (len(rest) > 1 and rest[0].text == "," and rest[1].kind == "q"):
                return None  # 'Asked whether …, Kirby said, "…"': the verb introduces the quotation
            if rest and ((rest[0].kind == "w" and rest[0].low not in ADJUNCT_STARTS) or rest[0].text == ":"
                         or rest[0].kind == "pos"):
                return None  # "…, Whitfield said the coalition …" / "…, Kariuki said:": no ending
            tail = next((i for i, t in enumerate(rest) if t.text == "," and i + 1 < len(rest)), len(rest))
            if sum(1 for t in rest[:tail] if t.kind == "w") > 12 or any(
                    t.low == "that" or t.kind == "q" for t in rest[:tail]) or _reports_on(rest, tail):
                return None
            if any(t.kind == "w" and t.low in SAY_VERBS and self.subjects.is_cue(tokens, i)
                   and not _closes_relative(tokens, i, comma) for i, t in enumerate(tokens[:comma])):
                return None
            # "…, Ana Ruiz, the chief negotiator, said.": the attribution opens at the name's comma
            named = next((c for c in range(comma - 1, max(0, comma - 12), -1) if tokens[c].text == ","
                          and cue_after(tokens, c, len(tokens), self.text) == index), None)
            end = comma if named is None else named
            office = office_before(tokens, end)  # "…, the Minister for Defence, Yaw X, said."
            end = end if office is None else office - 1
            if all(t.kind == "w" and (t.text[0].isupper() or t.low in OFFICE_JOINERS) for t in tokens[:end]):
                return None  # "The Chief of Staff, Joint Staff, General X, reported …": an office, no clause
            if tokens[0].kind == "q" and all(t.kind == "p" or t.name for t in tokens[1:end]):
                return None  # '"…," Vice Admiral X Y Z, the Operation Commander, told …': a quotation first
            return 0, trim(tokens, 0, end)
        return None

    def _clause_start(self, tokens: Sequence[Token], index: int, that_required: bool) -> int | None:
        """Where the reported clause starts after the cue at `index`; `that_required` when the verb already
        attributes a quotation ('"…," he told the sailors …')."""
        verb = tokens[index].low
        cursor = index + 1
        if verb in PARTICLE_VERBS:
            cursor += 1  # "pointed out that …", "shot back that …"
        if verb in _TELL:
            that = next((i for i in range(cursor, min(len(tokens), cursor + 8)) if tokens[i].low == "that"
                         or tokens[i].kind not in ("w", "pos")), None)
            if that is not None and tokens[that].low == "that":
                return that + 1  # "told the council that …", "told ERR's Aktuaalne kaamera that …"
            listener_end = skip_listener(tokens, cursor, self.text)
            if listener_end == cursor and not (cursor < len(tokens) and tokens[cursor].low == "that"):
                return None
            cursor = listener_end
        skipped = skip_adjuncts(tokens, cursor)
        if skipped >= len(tokens):
            return None
        if tokens[skipped].low == "that":
            return skipped + 1
        if skipped > cursor:  # "announced at the end of a round of talks that …": a long adjunct, then "that"
            that = next((i for i in range(skipped, min(len(tokens) - 1, skipped + 8))
                         if tokens[i].low == "that" or tokens[i].kind != "w"), None)
            if that is not None and tokens[that].low == "that" and tokens[that + 1].kind == "w" and (
                    tokens[that + 1].low not in _FINITE and not tokens[that + 1].low.endswith("ed")):
                return that + 1
        cursor = skipped
        nouns = _FEELING_NOUNS if verb in _FEELING_VERBS else _CONTENT_NOUNS if verb in _PLAIN_SAY else (
            _CONTENT_NOUNS | _POSITION_NOUNS)  # "reiterated India's position that …" (but "said the view that …")
        content = next((i for i in range(cursor, min(len(tokens), cursor + 4)) if tokens[i].low in nouns), None)
        if content is not None:  # "denied reports in several tabloids that …"
            that = next((i for i in range(content + 1, min(len(tokens), content + 8))
                         if tokens[i].low == "that" or tokens[i].kind != "w"), None)
            if that is not None and tokens[that].low == "that":
                return that + 1
            # without "that" the noun may be the clause's subject: "said the claims would be paid"
        if that_required or (verb not in THAT_OPTIONAL and verb not in PARTICIPLES_THAT_OPTIONAL) or (
                verb in _FEELING_VERBS):
            return None
        first = tokens[cursor]
        # "said at least 21 …", "said about 100 Americans …"
        quantity = cursor + 1 < len(tokens) and (tokens[cursor + 1].low in ("least", "most") or (
            first.low in _APPROXIMATELY and tokens[cursor + 1].text[:1].isdigit()))
        # "said no Americans were left": a negative subject, unlike "said no to the plan" or "said no."
        negative = first.low == "no" and cursor + 1 < len(tokens) and tokens[cursor + 1].kind == "w" and (
            tokens[cursor + 1].low not in _NOT_CLAUSE)
        money = first.text in ("£", "$", "€", "¥") and cursor + 1 < len(tokens) and tokens[cursor + 1].low[:1].isdigit()
        if (first.kind != "w" and not money) or (first.low in _NOT_CLAUSE and not quantity and not negative):
            return None  # "said £180m of the budget had been reallocated" is a clause
        end = clause_end(tokens, cursor, self.text)
        return cursor if looks_finite(tokens[cursor:end]) else None





