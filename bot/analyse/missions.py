"""Mission status: what one article reports about each mission it names, and (via mission_merge) where
each mission stands across many articles.

Only the paragraphs that name a mission, or refer back to one ("the mission", "its peacekeepers"), are
split into sentences, so an article that names no mission costs one regex scan. A sentence that only
refers back ("the mission will end") is credited to the mission named last, unless it names the
organisation of another of the article's missions ("NATO said it suspended its training mission").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Literal

from bot.analyse.dates import DateMention, DateReader, article_date, find_dates
from bot.analyse.mission_catalogue import organisations
from bot.analyse.mission_cues import Signal, clause_bounds, cue_scope, signals, subordinate
from bot.analyse.mission_decide import Hit, decide, framed_as_dispute, since
from bot.analyse.mission_merge import Transition, merge_missions, mission_timeline, status_at
from bot.analyse.mission_names import Mention, NamedMission, find_missions
from bot.analyse.mission_national import NATIONAL_TROOPS, operation_nations
from bot.analyse.mission_roles import named_roles, roles
from bot.analyse.scan import Needled
from bot.analyse.sentences import Span, paragraphs, sentences
from bot.models import Article, Evidence, MissionSpec, MissionStatus

__all__ = ["Transition", "extract_missions", "merge_missions", "mission_timeline", "status_at"]

# (the words after each pattern: one of them is in every match, and most text holds none)
_REFERENCE_HINT = Needled(re.compile(
    r"\b(?:missions?|operations?|forces?|peacekeep\w*|blue\s+helmets|mandates?|contingents?|coalition|"
    r"deployment|troops|soldiers|personnel|observers|programme|program)\b", re.I
), ("mission", "operation", "force", "peacekeep", "blue", "mandate", "contingent", "coalition", "deployment", "troops",
    "soldiers", "personnel", "observers", "program"))
_ANAPHOR = Needled(re.compile(
    r"\b(?:the|its|this|that|their|our|a|an|new)\s+(?:[\w'’.-]+\s+){0,2}?(?:mission|operations?|mandate|contingent|"
    r"deployment|peacekeepers|observers|detachment|programme|program)\b|\bpeacekeep(?:ers|ing)\b|\bblue\s+helmets\b|"
    # "its campaign of lethal strikes": a military campaign is the operation the story is about
    r"\b(?:its|the)\s+(?:military\s+|air\s+|bombing\s+)?campaign\s+of\s+(?:lethal\s+|air\s*)?(?:strikes|raids)\b", re.I
), ("mission", "operation", "mandate", "contingent", "deployment", "peacekeep", "blue", "observers", "detachment",
    "campaign", "program"))
# a resolution's or communiqué's preamble recalls earlier decisions: "Recalling … by which it extended the mandate"
_RECALLING = re.compile(r"\s*(?:\d+\.\s*)?(?:Also\s+|Further\s+)?(?:recalling|recalls)\b", re.I)
_DEFINITE = re.compile(r"(?:the|its|this|that|their|our)\s", re.I)
# headlines drop articles: "Biden says U.S. combat mission in Iraq will end"
_PRONOUN = re.compile(r"\b(?:it|its|we|our|they|their)\b", re.I)
_HEADLINE_ANAPHOR = Needled(re.compile(r"\b(?:mission|operation|mandate|peacekeep\w+|blue\s+helmets)\b", re.I),
                             ("mission", "operation", "mandate", "peacekeep", "blue"))
# troops and forces may be anyone's: "its troops" or "the remaining forces", never "the Iraqi Security Forces";
# "its own forces" sets them apart from the mission's
_WEAK_ANAPHOR = Needled(re.compile(
    r"\b(?:its|their|the|(?<![\w.] )(?:A|a|an|An)(?=\s+[a-z][\w-]*\s+force\b))\s+(?!own\b)(?:[a-z][\w-]*\s+)?"
    r"(?:troops|soldiers|personnel|force|forces)\b"
), ("troops", "soldiers", "personnel", "force"))
# between a subject and its verb: its acronym and an apposition ("(GSF), the force that …, launched")
_APPOSED = re.compile(r"\)?(?:\s*\(Z+\))?\s*,[^;:]{0,240}?,\s*(?:\w+\s+){0,2}", re.S)
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|in|on|at|from|with|alongside|to|for|by|than|like|after|before|including|between|against|under|"
    r"into|replaced|succeeded|which|who|that)\s+(?:the\s+|its\s+|a\s+)?$", re.I
)
_MONTH_DOT = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s\d)")
_VERB_BETWEEN = re.compile(r"n['’]t\b|\b(?:does|did|do|will|would|can|could)\b", re.I)
_IN_ASIDE = re.compile(r"[,;:—–]\s*(?:which|who|that|whose|where|when)\b[^,;:—–]*$", re.I)
_TITLE_WEIGHT, _LEAD_WEIGHT, _ANAPHOR_WEIGHT = 2.0, 1.5, 0.7
_BACKGROUND_WEIGHT = 0.5
_LEAD_SENTENCES = 4
_MAX_CUE_DISTANCE = 150
_AHEAD_WINDOW = 40
_HISTORY = timedelta(days=365)
_RENEWAL_HISTORY = timedelta(days=150)
_PRESENT = re.compile(r"(?<!s)s$")
_PAST_CUE = re.compile(r"(?:\w+ed|withdrew|left|drew|began|ended|pulled|closed)\b", re.I)
_MAX_EVIDENCE = 5
_LEAD_LINES = 3
# two words in capitals at least, so that a dateline ("04/05/2026 - 08:30 GMT") is no heading
_HEADING = re.compile(r"^(?=(?:[^a-z\n]*?\b[A-Z][A-Z'’]{2,}\b){2})[^a-z\n.!?]{3,80}$", re.M)
_HEADING_OPERATION = re.compile(r"^(?:OPERATION|MISSION)(?:\s+[A-Z0-9'’-]+){1,4}[ \t]*$", re.M)


@dataclass(slots=True)
class _Findings:
    hits: list[Hit] = field(default_factory=list)
    past_ends: list[Hit] = field(default_factory=list)  # "ended in November 2022": only if nothing else is told
    roles: list[str] = field(default_factory=list)
    role_sentences: list[str] = field(default_factory=list)
    first_sentence: str | None = None


@dataclass(frozen=True, slots=True)
class _Ref:
    start: int
    end: int
    mission: str
    explicit: bool
    weak: bool = False


def _article_text(article: Article) -> tuple[str, bool]:
    """The text to read and whether its first line is the headline (prepended when the body lacks it)."""
    title = article.title.strip()
    if not title:
        return article.text, False
    if article.text.lstrip().startswith(title):
        return article.text, True
    return f"{title}\n{article.text}", True


def _headings(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A factbox's section headings ("OPERATION NORTHERN LANTERN" on a line of its own): the text with those
    that name an operation in title case (same length, so every span stays valid), and where every all-capitals
    heading line stands. What follows a heading is about its mission until the next one."""
    spans = [(m.start(), m.end()) for m in _HEADING.finditer(text)]
    if not spans:
        return text, spans
    parts, cursor = [], 0
    for match in _HEADING_OPERATION.finditer(text):
        parts += [text[cursor:match.start()], match.group().title()]
        cursor = match.end()
    return "".join(parts) + text[cursor:], spans


def _lead(text: str) -> str:
    """The headline, standfirst and first paragraph: where a story says what kind of story it is."""
    return "\n".join([line for line in text.splitlines() if line.strip()][:_LEAD_LINES])


def _sentences(text: str, mentions: list[Mention], title_first: bool) -> Iterator[tuple[Span, bool, int]]:
    """Sentences of the paragraphs worth reading (they name a mission or may refer to one), with whether
    they are the headline and where their paragraph starts."""
    starts = [m.start for m in mentions]
    worth: dict[int, int] = {}
    for paragraph in paragraphs(text):
        named = bisect_left(starts, paragraph.start) < bisect_left(starts, paragraph.end)
        if named or _REFERENCE_HINT.search(paragraph.text):
            worth[paragraph.paragraph] = paragraph.start
    for span in sentences(text):
        if span.paragraph in worth:
            yield span, title_first and span.paragraph == 0, worth[span.paragraph]


def _mask(sentence: str, refs: list[_Ref]) -> str:
    """Names blanked out, so that 'Resolute Support' or 'Training Mission' is not read as a role or a cue; the
    dot of a month's abbreviation before a day ("ends on Dec. 31") too, so that it ends no clause."""
    for ref in refs:
        if ref.explicit:
            sentence = sentence[:ref.start] + "Z" * (ref.end - ref.start) + sentence[ref.end:]
    if ". " in sentence:
        sentence = _MONTH_DOT.sub(r"\1 ", sentence)
    return sentence


def _nearest(sentence: str, refs: list[_Ref], start: int, end: int) -> _Ref | None:
    """The mission a cue is about: the closest one named before it in the same clause (its subject, or the
    owner in "Isaf's flag was rolled up"), else the closest one at all."""
    def distance(ref: _Ref) -> int:
        if ref.end <= start and _APPOSED.fullmatch(sentence, ref.end, start):
            return 0  # "The GSF (GSF), the force into which the Council turned the MSS mission, launched …"
        return max(0, ref.start - end, start - ref.end)

    inside = [r for r in refs if start <= r.start and r.end <= end]
    if inside:  # "will be replaced by a successor mission, Operation Lintel": the cue names its mission
        return inside[0]
    if _TRANSITIVE_END.fullmatch(sentence, start, end):
        # "… closed UNITAMS in 2024 and shut down its assistance mission in Iraq, UNAMI, at the end of 2025":
        # what a verb of closing closes is the mission after it, not the one named before
        objects = [r for r in refs if end <= r.start <= end + _OBJECT_REACH and r.explicit
                   and _OBJECT_PATH.fullmatch(sentence, end, r.start)
                   and not _SAID_AFTER.match(sentence, r.end)]
        if objects:
            return objects[0]
    clause_start = clause_bounds(sentence, start, end)[0]
    subjects = [r for r in refs if clause_start <= r.start and r.end <= start]
    if not subjects:  # "Takuba, which operated alongside Barkhane, was dissolved": skip objects and asides
        subjects = [
            r for r in refs
            if r.end <= start and not _OBJECT_BEFORE.search(sentence, max(0, r.start - 30), r.start)
            and not _IN_ASIDE.search(sentence, max(0, r.start - 80), r.start)
        ]
    if not subjects:  # "The extension doesn't revive Operation X": a verb of its own stands between them
        refs = [r for r in refs if r.end <= start or not _VERB_BETWEEN.search(sentence, end, r.start)]
        if not refs:
            return None
    subjects = _heads(sentence, _owned_back(sentence, refs, subjects))
    if subjects and all(_incidental(sentence, r) for r in subjects):
        return None  # the clause is about something the mission's name only qualifies
    best = min(subjects or refs, key=distance)
    return best if distance(best) <= _MAX_CUE_DISTANCE else None


_TRANSITIVE_END = re.compile(r"(?:closed|shut\s+down|terminated|wound\s+up|disbanded|dissolved|scrapped)", re.I)
_OBJECT_PATH = re.compile(r"\s+(?:(?:its|the|their|his|her)\s+(?:[^,.;:]{0,50}?,\s*(?:the\s+)?)?)?", re.I)
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told|announced|added)\b")
_OBJECT_REACH = 70
# a mission's name before a noun that is not the mission: "the NSATU order" (a spokesperson speaks for it)
_MODIFIES = re.compile(r"\s+(?:orders?|contracts?|deals?|budget|tender|purchases?)\b", re.I)
_RELATION_BEFORE = re.compile(
    r"\b(?:partnership|cooperation|co-operation|relationship|relations|ties|friendship|dialogue|coordination)\s+"
    r"(?:with|to|between)\s+(?:the\s+)?$", re.I)
_OF_OWNER = re.compile(r"\)?\s*of\s+(?:the\s+)?")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*")


def _incidental(sentence: str, ref: _Ref) -> bool:
    """A name that only qualifies what the clause is about: "Our partnership with the force does not stop", "The
    NSATU order follows efforts that are being folded into …"."""
    return _RELATION_BEFORE.search(sentence, max(0, ref.start - 40), ref.start) is not None or (
        _MODIFIES.match(sentence, ref.end) is not None)


def _link(sentence: str, before: _Ref, ref: _Ref) -> str | None:
    """How a name follows the one before it: as its owner ("… Task Force (CTG) of the Vell Mission"), as its
    acronym in brackets ("the Vell Mission (VM)"), or not at all."""
    if _OF_OWNER.fullmatch(sentence, before.end, ref.start):
        return "owner"
    if ref.mission == before.mission and _ACRONYM_AFTER.fullmatch(sentence, before.end, ref.start):
        return "acronym"
    return None


def _owned_back(sentence: str, refs: list[_Ref], subjects: list[_Ref]) -> list[_Ref]:
    """The subjects with the names a bracket cut off before them ("… Task Force (CTG) of the VM (VM) ended")."""
    if not subjects:
        return subjects
    chain = list(subjects)
    earlier = [r for r in refs if r.end <= chain[0].start]
    while earlier and _link(sentence, earlier[-1], chain[0]) is not None:
        chain.insert(0, earlier.pop())
    return chain


def _heads(sentence: str, subjects: list[_Ref]) -> list[_Ref]:
    """"The Coastal Task Force (CTG) of the Vell Mission (VM) ended its operations": the mission a name belongs to
    is no subject of the clause, the one before "of" is (its acronym in brackets goes with it)."""
    kept: list[_Ref] = []
    owned = False
    for before, ref in zip([None, *subjects], subjects, strict=False):
        link = _link(sentence, before, ref) if before is not None else None
        owned = link == "owner" or (owned and link == "acronym")
        if not owned:
            kept.append(ref)
    return kept


def _primary(named: dict[str, NamedMission], mentions: list[Mention], title_end: int) -> str:
    """The mission the article is about: the one its headline names, else the one it names most, where the
    first one named counts double (a story names its subject first and others in passing, sometimes twice)."""
    in_title = [m.mission for m in mentions if m.start < title_end]
    if in_title:
        return in_title[0]
    first = min(named.values(), key=lambda n: n.first).name
    return max(named.values(), key=lambda n: (n.count * (2 if n.name == first else 1), -n.first)).name


_OPENING_ANAPHOR = re.compile(r"(?:The|the)\s+(mission|force|operation)\b")
# "the Rwanda Security Forces (RSF) had begun to scale down their mission": "their" is that named force's, not
# the article's mission
_OTHER_OWNER = re.compile(
    r"(?:\b(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:Forces?|Army|Contingent|Guard)(?:\s*\([A-Z]{2,6}\))?)"
    r"|\b(?:the|a)\s+(?:[\w.-]+\s+){0,2}?coalition\b)[^.;]{0,80}$")


def _referred(
    sentence: str, named: dict[str, NamedMission], last_here: str | None, primary: str, is_title: bool, *,
    nations: dict[str, frozenset[str]] | None = None,
) -> _Ref | None:
    """The mission a sentence without a name refers back to, if it does: the one named last in the same
    paragraph, else the article's main mission (a headline or lead often describes it before naming it)."""
    anaphor = (_HEADLINE_ANAPHOR if is_title else _ANAPHOR).search(sentence)
    weak = None if anaphor else _WEAK_ANAPHOR.search(sentence)
    if anaphor is None and weak is None and nations:
        # "Italian troops begin leaving …" where the article's mission is the Italian deployment it names
        troops = NATIONAL_TROOPS.search(sentence)
        mission = last_here or primary
        if troops is not None and troops["nat"] in nations.get(mission, ()):
            return _Ref(troops.start(), troops.end(), mission, False, True)
    # "We will continue to monitor the boundary," right after KFOR was named
    pronoun = _PRONOUN.search(sentence) if last_here and not (anaphor or weak) else None
    match = anaphor or weak or pronoun
    if match is None:
        return None
    mission = last_here or primary
    if match.group().lower().startswith(("its ", "their ")) and _OTHER_OWNER.search(sentence, 0, match.start()):
        return None
    orgs = organisations(sentence)
    if orgs and not orgs <= named[mission].organisations:
        owners = [n for n in named.values() if orgs <= n.organisations]
        if len(owners) != 1:
            return None
        mission = owners[0].name
    return _Ref(match.start(), match.end(), mission, False, weak is not None)


def _describes(sentence: str, refs: list[_Ref], cue: Signal) -> bool:
    """"A regional force fighting insurgents around the lake has suspended …": a participle right after the
    mission's name describes what it is for, which weighs less than what the sentence reports."""
    first = sentence[cue.start:cue.end].split(maxsplit=1)[0].lower() if cue.end > cue.start else ""
    return first.endswith("ing") and any(not sentence[r.end:cue.start].strip() for r in refs if r.end <= cue.start)


def _later(mention: DateMention, anchor: date, signal: Signal) -> bool:
    """A date after the article's, other than a deadline (an end "by June 30" is still a later end)."""
    return mention.value > anchor + timedelta(days=1) and (signal.status == "ended" or not mention.deadline)


def _timing(sentence: str, signal: Signal, anchor: date | None) -> Literal["ahead", "history", "now"]:
    """When an asserted cue happens, by the dates its own clause names: later than the article ("the
    mandate expires on June 30": a plan), years before it ("withdrew its forces in 2011": background), or
    now."""
    lo, hi = cue_scope(sentence, signal.start, signal.end)
    clause = sentence[lo:min(hi, signal.end + _AHEAD_WINDOW)]
    if anchor is None:
        # without the article's date, a present tense with a date ("its mandate expires on June 30") is
        # a schedule, not a report
        cue = sentence[signal.start:signal.end].lower()
        scheduled = _PRESENT.search(cue) and find_dates(sentence[signal.end:hi], date(2000, 1, 1))
        return "ahead" if scheduled else "now"
    # a date without a year leans forward; "on Sunday" next to a past-tense verb is the last Sunday
    reader = DateReader(clause)
    # "formally closed on October 31" in a November report: a past-tense end looks back to the last one
    looks_back = signal.status in ("ended", "suspended") and sentence[signal.start:signal.end].lower().split(" ")[
        0].endswith("ed")
    stated = [m for m in reader.find(anchor, future=not looks_back) if not m.relative]
    # a renewal months ago is the mandate the mission now works under, not news: "extended … in late 2024
    # until February 2027" (the later date is the term it set)
    renewal = signal.status == "extended"
    history = _RENEWAL_HISTORY if renewal else _HISTORY
    past = any(m.value < anchor - history and not m.since and not m.deadline for m in stated)
    if renewal:
        wider = DateReader(sentence[lo:min(hi, signal.end + 2 * _AHEAD_WINDOW)]).find(anchor, future=True)
        if any(m.value < anchor - history and not m.since and not m.deadline and not m.relative for m in wider):
            return "history"
    if any(_later(m, anchor, signal) and not m.since for m in stated):  # "since Nov. 2" is never ahead
        return "ahead"
    if past:
        return "history"
    if signal.kind == "change" and _PAST_CUE.match(sentence, signal.start) and any(
            m.value < anchor - history and not m.since and not m.deadline and not m.relative
            for m in DateReader(sentence[lo:hi]).find(anchor, future=False)):
        return "history"  # "withdrew its engineering unit from South Sudan in 2017": the date ends the clause
    relative = [m for m in reader.find(anchor) if m.relative]
    if any(_later(m, anchor, signal) for m in relative):
        return "ahead"
    if any(m.precision == "year" and m.value.year < anchor.year and not m.since for m in relative):
        return "history"  # "its mandate was renewed last year": background to this year's news
    return "now"


def _read(
    text: str, named: dict[str, NamedMission], mentions: list[Mention], title_first: bool, anchor: date | None,
    *, headings: Sequence[tuple[int, int]] = (),
) -> dict[str, _Findings]:
    found: dict[str, _Findings] = {name: _Findings() for name in named}
    starts = [m.start for m in mentions]
    title_end = text.find("\n") if title_first else 0
    primary = _primary(named, mentions, title_end)
    nations = operation_nations(text, [(n.name, n.first) for n in named.values()])
    referred_here: tuple[int, str | None] = (-1, None)  # the paragraph and mission an anaphor last pointed to
    for order, (span, is_title, paragraph_start) in enumerate(_sentences(text, mentions, title_first)):
        roles_only = False
        inside = mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]
        refs = [_Ref(m.start - span.start, m.end - span.start, m.mission, True) for m in inside]
        opening = _OPENING_ANAPHOR.match(span.text) if refs else None
        if opening is not None and refs[0].start > opening.end():
            # "The mission, which had been winding down since October when the Council authorised a larger
            # Gang Suppression Force, …": the sentence's subject is the mission named before, not the one in
            # its clause
            before = bisect_right(starts, span.start) - 1
            earlier = mentions[before].mission if before >= 0 else primary
            if all(earlier != r.mission for r in refs):
                refs.insert(0, _Ref(opening.start(1), opening.end(1), earlier, False))
        if not refs:
            before = bisect_right(starts, span.start) - 1
            heading = max((start for start, _ in headings if start < span.start), default=-1)
            if heading > (starts[before] if before >= 0 else -1):
                continue  # under a section heading that names no mission ("CHINA'S ESCORT TASK FORCES")
            # named in this paragraph, or in the section heading the paragraph stands under
            here = before >= 0 and (starts[before] >= paragraph_start or any(
                start <= starts[before] < end for start, end in headings))
            last_here = mentions[before].mission if here else None
            referred = _referred(span.text, named, last_here, primary, is_title, nations=nations)
            if referred is None and last_here is None and referred_here[0] == paragraph_start:
                # "The mission's commander … said. "We train, we advise," …": a pronoun after the mission's
                # description tells its roles; its status cues are too loosely tied ("we are not leaving")
                referred = _referred(span.text, named, referred_here[1], primary, is_title)
                roles_only = True
            if referred is None:
                continue
            refs = [referred]
            if not referred.weak:
                referred_here = (paragraph_start, referred.mission)
        for ref in refs:
            if found[ref.mission].first_sentence is None:
                found[ref.mission].first_sentence = span.text
        masked = _mask(span.text, refs)
        recalled = _RECALLING.match(masked) is not None
        weight = _TITLE_WEIGHT if is_title else _LEAD_WEIGHT if order < _LEAD_SENTENCES else 1.0
        contrast_end = min(r.start for r in refs) if masked.startswith(("Unlike ", "Unlike its ")) else 0
        for cue in [] if roles_only else signals(masked):
            if cue.end <= contrast_end:
                continue  # "Unlike its predecessor, which was handing over bases, ZZZ has been fighting"
            if cue.kind == "intent" and any(not r.explicit and r.start <= cue.start < r.end and _DEFINITE.match(
                    masked, r.start) for r in refs):
                continue  # "details of the deployment will follow": the word that names the mission plans nothing
            about = _nearest(masked, refs, cue.start, cue.end)
            timing = _timing(masked, cue, anchor) if cue.mode == "fact" else "now"
            if recalled:
                timing = "history"
            # background years ago tells nothing of now, except an end: "Barkhane ended in November 2022"
            # is still its status when nothing later is told
            ended_long_ago = timing == "history" and cue.status == "ended" and cue.kind == "change"
            if about is None or (timing == "history" and not ended_long_ago):
                continue
            # a later date is a plan, except the new term of an extension ("extended until February 2027");
            # a mandate that "expires on 30 April" tells its term, not a plan to end
            if timing == "ahead" and masked[cue.start:cue.end].lower().startswith(("expir", "laps")):
                continue
            ahead = timing == "ahead" and cue.kind in ("change", "intent") and cue.status != "extended"
            planned = replace(cue, mode="future") if ahead else cue
            hit_weight = weight * (1.0 if about.explicit else _ANAPHOR_WEIGHT)
            if subordinate(masked, cue.start) or _describes(masked, refs, cue):
                hit_weight *= _BACKGROUND_WEIGHT
            target = found[about.mission].past_ends if ended_long_ago else found[about.mission].hits
            target.append(Hit(planned, hit_weight, span.text, order))
        named_roles = roles(masked) if not refs[0].weak else []
        if named_roles:
            owner = found[refs[0].mission]
            owner.roles += [r for r in named_roles if r not in owner.roles]
            owner.role_sentences.append(span.text)
    return found


def extract_missions(
    article: Article, published: date | None, tracked: Sequence[MissionSpec] = ()
) -> list[MissionStatus]:
    """The missions this article reports on, each as one observation with its evidence."""
    text, title_first = _article_text(article)
    text, headings = _headings(text)
    named_list, mentions = find_missions(text, tracked)
    if not named_list:
        return []
    named = {n.name: n for n in named_list}
    anchor = published or article_date(text)
    found = _read(text, named, mentions, title_first, anchor, headings=headings)
    dispute_framed = framed_as_dispute(_lead(text))
    result: list[MissionStatus] = []
    for mission in named_list:
        findings = found[mission.name]
        roles_ = findings.roles or named_roles((mission.name, *mission.aliases))
        # an end years ago stands unless the article tells what the mission does now
        told = findings.hits if findings.roles else findings.hits + findings.past_ends
        # roles its name states say what the mission is for, not what the article reports of it now
        decision = decide(told, findings.roles if not told else roles_, dispute_framed)
        in_title = title_first and mission.first < len(article.title)
        if decision.status == "unknown" and mission.count < 2 and not in_title:
            continue
        chosen = sorted(decision.support, key=lambda h: (-h.weight, h.order))[:_MAX_EVIDENCE]
        evidence = list(dict.fromkeys(h.sentence for h in sorted(chosen, key=lambda h: h.order)))
        denial = max(decision.rejected, key=lambda h: h.weight, default=None)
        if denial is not None and denial.sentence not in evidence:
            evidence.append(denial.sentence)  # what the article rejects: a rival account, for the timeline
        if not evidence:  # the status rests on the roles the article gives, or on nothing but the name
            evidence = findings.role_sentences[:_MAX_EVIDENCE] or [findings.first_sentence or mission.name]
        result.append(MissionStatus(
            mission=mission.name,
            aliases=mission.aliases,
            status=decision.status,
            roles=tuple(roles_),
            since=since(decision.support, anchor),
            previous_status=decision.previous,
            evidence=tuple(Evidence(article_id=article.id, sentence=s) for s in evidence),
        ))
    return result
