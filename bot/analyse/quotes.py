"""Who said what: direct, partial and indirect quotes of one article, each credited to a speaker.

The work is split over the speech_* modules: quotation marks are paired (speech_marks), each sentence is
tokenised with its quotations folded into single tokens (speech_tokens), names are collected into a
registry so that "Brennan" and "he" resolve to "Maj. Gen. John W. Brennan" (speech_resolve), and reporting
verbs are found next to quotations (speech_attrib) or before reported clauses (speech_reported).
Everything runs in reading order because a pronoun or "the statement" refers back to what came before.
Rules are deliberately conservative: when the speaker is unclear the quote is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.analyse.sentences import Span, paragraphs
from bot.analyse.speech_attrib import Found, QuoteAttributor
from bot.analyse.speech_compound import compound_reports
from bot.analyse.speech_interview import interview_answers
from bot.analyse.speech_introductions import first_name_given, introduced_person, revealed_quotes, revealed_speaker
from bot.analyse.speech_lexicon import (
    CATENATIVE_CUES,
    FINDING_VERBS,
    FRAGMENT_VERBS,
    PARTICIPLES,
    PLURAL_PRESENT,
    QUOTE_ONLY_VERBS,
    SAY_VERBS,
    STATEMENT_NOUNS,
)
from bot.analyse.speech_links import addressee, joint_subject
from bot.analyse.speech_marks import quote_segments
from bot.analyse.speech_numbered import numbered_points
from bot.analyse.speech_registry import Entity, Registry
from bot.analyse.speech_reported import ReportedSpeech
from bot.analyse.speech_resolve import Resolver
from bot.analyse.speech_reveal import reveal_speakers, signed_documents
from bot.analyse.speech_signed import signed_quotes
from bot.analyse.speech_subjects import Subjects
from bot.analyse.speech_tokens import Unit, build_units
from bot.analyse.speech_transcript import SPEAKER_LINE, transcript_answers
from bot.analyse.speech_viewpoint import frame_holder, viewpoints
from bot.models import Article, Quote

_NOT_BODY = re.compile(
    r"^(?:read more|read also|also read|related|see also|watch|listen|recommended|more from|click here|subscribe"
    r"|sign up|follow us|share this|advertisement)\b",
    re.IGNORECASE,
)
# A sentence with no quotation mark and none of these words holds no quote (checked before any parsing).
_CUE_WORDS = (SAY_VERBS | QUOTE_ONLY_VERBS | FRAGMENT_VERBS | FINDING_VERBS | PARTICIPLES | PLURAL_PRESENT
              | CATENATIVE_CUES | STATEMENT_NOUNS | {"according"})
_MARKS = re.compile(r"[\"“”„«»]|(?:^|\s)['‘]", re.MULTILINE)
_WORDS = re.compile(r"[A-Za-z]+")
_TERMINAL = frozenset(".!?\"”’')]…:;")
_HEADING_WORDS = 20


def _body(text: str, title: str) -> list[Span]:
    """Paragraphs that can hold quotes: not the headline, link lines ("Read More: …") or subheadings."""
    headline = title.strip()
    kept: list[Span] = []
    for paragraph in paragraphs(text):
        body = paragraph.text
        if body == headline or _NOT_BODY.match(body):
            continue
        if body[-1] not in _TERMINAL and len(body.split()) <= _HEADING_WORDS and not SPEAKER_LINE.match(body):
            continue
        kept.append(paragraph)
    return kept


def _headline_units(text: str, title: str) -> list[Unit]:
    """The headline as units numbered from -1 down: it holds no quote, but the people it names with their
    titles ("Briefing by Amina Rashidi, Deputy Spokesperson") are the ones "the Deputy Spokesperson" means."""
    headline = title.strip()
    spans = [p for p in paragraphs(text)[:2] if p.text == headline][:1]
    units = build_units(text, spans, []) if spans else []
    for number, unit in enumerate(units):
        unit.index = -1 - number
    return units


def _note_statements(unit: Unit, subjects: Subjects, resolver: Resolver) -> None:
    """Remember who issued a statement, so that a later "the statement said" has a speaker."""
    for index, token in enumerate(unit.tokens):
        if token.kind == "w" and token.low in STATEMENT_NOUNS and token.low not in ("post", "tweet"):
            issuer = subjects.statement_issuer(unit, index)
            if issuer is not None:
                resolver.issued_statement(issuer, token.low)


def _to_quotes(article: Article, found: list[Found]) -> list[Quote]:
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    said: set[tuple[str, str]] = set()
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        text = article.text[item.start:item.end]
        speaker = item.speaker
        if not text or text != text.strip() or (item.start, item.end) in seen or (speaker.name, text) in said:
            continue
        seen.add((item.start, item.end))
        said.add((speaker.name, text))
        quotes.append(Quote(speaker=speaker.name, speaker_title=speaker.title, speaker_org=speaker.org, text=text,
                            kind=item.kind, medium=item.medium, article_id=article.id, start=item.start,
                            end=item.end))
    return quotes


def extract_quotes(article: Article) -> list[Quote]:
    """Every attributed quote of the article, in reading order; spans index `article.text`."""
    text = article.text
    kept = _body(text, article.title)
    segments = quote_segments(text, kept)
    units = build_units(text, kept, segments)
    resolver = Resolver(Registry(units, text, _headline_units(text, article.title)), units)
    subjects = Subjects(resolver, text)
    resolver.find_subject = lambda index: subjects.sentence_entity(units[index])
    resolver.find_addressee = lambda index: addressee(subjects, units[index])
    resolver.find_joint = lambda index: joint_subject(subjects, units[index])
    resolver.find_opening_subject = lambda index, upto: subjects.opening_person(units[index], upto)
    attributor = QuoteAttributor(text, units, segments, subjects, resolver)
    reported = ReportedSpeech(text, segments, subjects, resolver)
    found: list[Found] = []
    reveals: dict[int, Entity] = {}
    for unit in units:
        revealed = revealed_speaker(unit, subjects)
        if revealed is not None:  # "That was X, as he announced …", "The man is X": X speaks here too
            resolver.credit(unit.index, revealed)
            reveals[unit.index] = revealed
        # "a technician who asks that only his first name, Oleksandr, be published", "One of those artists is X"
        named = first_name_given(unit, subjects) if revealed is None else None
        introduced = named or (introduced_person(unit, subjects) if revealed is None else None)
        if introduced is None and revealed is None:
            introduced = frame_holder(unit, subjects)  # "For X, an analyst at Y, the result was …"
        if introduced is not None:  # "One of those artists is X, …": the "she" that follows
            resolver.credit(unit.index, introduced)
        if not _MARKS.search(text, unit.start, unit.end) and _CUE_WORDS.isdisjoint(
                map(str.lower, _WORDS.findall(text, unit.start, unit.end))):
            continue  # many sentences report nothing: a cheap look instead of parsing them
        _note_statements(unit, subjects, resolver)
        indirect, absorbed = reported.extract(unit)
        said_here = indirect + attributor.attribute(unit, absorbed)
        if named is not None:  # "A soldier near Eringeti, who gave his name only as Moses, said …": Moses said it
            wrong = {id(item.speaker) for item in said_here if item.speaker is not named and (
                item.speaker.kind != "person" or resolver.is_described(item.speaker) or len(item.speaker.words) < 2)}
            said_here = [replace(item, speaker=named) if id(item.speaker) in wrong else item for item in said_here]
            resolver.spoke[unit.index] = [named if id(e) in wrong else e for e in resolver.spoke.get(unit.index, [])]
        found += said_here
    found += interview_answers(units, segments, found)
    found += compound_reports(units, found, text)
    found += transcript_answers(units, text, subjects, found)
    found += numbered_points(units, text, resolver, found)
    found += signed_quotes(units, text, segments, resolver.registry, found)
    found += viewpoints(units, subjects, found)
    found = revealed_quotes(units, segments, found, reveals, subjects)
    return _to_quotes(article, signed_documents(units, reveal_speakers(units, found, subjects), subjects))
