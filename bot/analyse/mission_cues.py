"""What one sentence says about a mission's status, with its tense, modality and negation.

A cue such as "end" only means the mission ended when the sentence asserts it: "will end by December" is
a plan, "did not end" and "denied that the mission had ended" speak against it, and "calling for an end
to the presence" is a demand, which changes nothing. Ending a *combat role* is a transition to a
non-combat mission, not the end of the mission.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from bot.analyse.mission_cue_table import CUE_TABLE, ENDED_CUE, NEEDLES, Kind
from bot.analyse.mission_hearsay import dismissed_claim, hearsay
from bot.analyse.scan import Needled, NeedleSets
from bot.models import MissionStatusValue

Mode = Literal["fact", "future", "negated", "denied"]


@dataclass(frozen=True, slots=True)
class Signal:
    """One cue in a sentence: `status` is what the cue would mean if asserted; `mode` says whether it is."""

    status: MissionStatusValue
    previous: MissionStatusValue | None
    kind: Kind
    mode: Mode
    start: int
    end: int
    pluperfect: bool = False  # "had been suspended since April": the state before the one reported
    progressive: bool = False  # "had been drawing down", "last extended in May": a state before this one


# each cue compiled, with whether it is the plain "ended" one (whose object may be something else, and whose
# "is over" needs the mission as its subject) and whether its mode is read at a verb group named "head"
_CUES = tuple(
    (re.compile(pattern, re.I), status, prior, kind, needles, pattern == ENDED_CUE, "(?P<head>" in pattern)
    for (pattern, status, prior, kind), needles in zip(CUE_TABLE, NEEDLES, strict=True)
)
_CUE_NEEDLES = NeedleSets(NEEDLES)  # which cues a sentence may hold, in one pass
_MANDATE_NEAR = re.compile(
    r"ZZZ|\b(?:mandates?|mission|deployment|presence|operation|stay|term|authori[sz]ation|another\s+(?:year|\d+|six|twelve)|"
    # "a one-year extension of the dispatch of three staff officers": a word for a deployment, and its length
    r"dispatch(?:es)?|secondment|(?:one|two|three|six|nine|twelve|\d+)-(?:year|month)|"
    r"further\s+(?:year|\d+|six|twelve)|for\s+(?:one|a|another|six|twelve|\d+)\s+(?:more\s+)?(?:years?|months)|"
    r"by\s+(?:a|an|one|two|three|four|five|six|nine|twelve|eighteen|\d+)\s+(?:more\s+|further\s+)?(?:years?|months)|"
    r"until|through)\b", re.I
)
_MANDATE_WINDOW = 50
# what a transitive "ended" ends, when that is not a mission: "ended a war", "ended the siege"
_OTHER_OBJECT = re.compile(
    # "ended this Monday", "ends this week": a time, not an object
    r"(?!\s+(?:this|that)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|"
    r"winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"\s+(?:the|a|an|his|her|their|its|this|that|[A-Z][\w-]*['’]s)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:mission|operation|"
    r"mandate|deployment|presence|role|tour|engagement|force|activities|operations|work|duties|tasks|ZZZ\w*)\b)"
    # bases and offices closed are a drawdown (read by its own cue), not the end: "begins closing regional offices"
    r"|\s+(?:[a-z][\w-]*\s+)?(?:bases|camps|posts|offices|facilities|garrisons)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:—–(“”\"!?]|\.(?=\s)|\b(?:but|while|whereas|although|though|however|after|once|when|as\s+(?=we|it|they|the)|"
    r"and\s+that)\b",
    re.I,
)
# a demand or a denial governs its own clause, never what follows a contrast: "as Khartoum had requested,
# but extended it"
_STRONG_BREAK = re.compile(r"[;:—–!?]|\.(?=\s)|"
                           r"\b(?:but|whereas|however)\b|"

                           # "Capital denies withdrawing troops, says training mission continues": a second report
                           r",\s+(?=(?:says|said|adds|insists|stresses)\b)", re.I)
_QUESTION = re.compile(r"\?\W*$")
_ASKED = re.compile(r"\s*(?:Q|QUESTION|REPORTER)\s*:")
_OBJECT = r"(?:[^\s.;]+\s+){0,6}?"
_DEMAND = Needled(re.compile(
    rf"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|demand\w*|urg(?:e|es|ed|ing)|press(?:ed|es|ing)?\s+{_OBJECT}(?:for|to)\b|"
    rf"pressure|push(?:es|ed|ing)?\s+for|wants?|wanted|ask(?:s|ed|ing)?\s+{_OBJECT}(?:for|to)\b|(?<!at\sthe\s)request\w*|seek\w*|"
    r"sought|insist\w*\s+on|appeal\w*|lobb(?:y|ies|ied|ying)\w*|petition\w*|vow(?:s|ed)?\s+to|threat\w*\s+to|ultimatum|"
    r"resolution\s+(?:calling|demanding|asking)|"
    # backing a change is not making it: "had at no point supported closing the mission"
    r"(?:support|favou?r|advocat|back)(?:s|ed|ing|e|es)?\s+(?:an?\s+|the\s+|its\s+)?$)", re.I
), (
    "call", "demand", "urg", "press", "push", "want", "ask", "request", "seek", "sought", "insist", "appeal", "lobb",
    "petition", "vow", "threat", "ultimatum", "resolution", "support", "favo", "advocat", "back",
))
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|can|cannot|if|unless|whether|"
    r"possibl\w+|consider\w*|mull\w*|weigh\w*|discuss\w*|debat\w*|suggest\w*|recommend\w*|options?|rumou?r\w*|"
    r"speculat\w*|fears?|feared|risk)\b|can['’]t", re.I
)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+ing\b")
# opposing a decision is not denying it was taken: "rejected a UN resolution renewing the mandate", "the Front
# rejects UN vote extending the mission" — the renewal happened
_OPPOSED_DECISION = re.compile(
    r"\b(?:reject\w*|condemn\w*|oppos\w*|contest\w*|denounc\w*)\s+(?:[\w'’-]+\s+){0,5}?(?:vote|resolution|"
    r"decision|renewal|extension)\s+(?:to\s+)?$",
    re.I,
)
_CORRECTED = re.compile(r"\b(?:reduction|cut|drawdown|draw-down|thinning|downsizing|scaling\s+(?:back|down))\s*,?\s+"
                        r"not\s+(?:an?\s+|the\s+)?$", re.I)
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\b", re.I)
# what may be "disputed" as a place rather than as a claim: "the disputed region", "disputed islands"
DISPUTED_PLACES = (r"(?:region|territory|territories|area|border|frontier|islands?|land|zone|province|enclave|waters|"
                   r"state|city|town)")
_DENIAL = Needled(re.compile(
    # "the disputed Vell region", "the disputed border": a place in dispute, not a denial
    r"\b(?:den(?:y|ies|ied|ying)|denials?|reject\w*|dismiss\w*|refut\w*|"
    rf"disput(?!ed\s+(?:(?-i:[A-Z])|{DISPUTED_PLACES}\b))"
    r"\w*|contest\w*|false|untrue|"
    r"rebuff\w*|contradict\w*)\b", re.I
), (
    "deny", "deni", "reject", "dismiss", "refut", "disput", "contest", "false", "untrue", "rebuff", "contradict",
))
_ACTS = re.compile(r"strike|raid|sortie|bomb|attack", re.I)
_SINCE_AFTER = re.compile(r"[^.;]{0,40}?\bsince\s+(?:[A-Z]|\d|early|late|mid|the\s+start)", re.I)
_SECOND_PREDICATE = re.compile(r"\band\s+$", re.I)
_PREDICATE_VERB = re.compile(r"(?:extend|renew|prolong|approv|keep|kept|announc)(?:s|ed|es|e)?\b", re.I)
_STATEMENT_REACH = 120  # how far before a cue a denial or an allegation still holds it
_MANY_TIMES = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:several|many|multiple|numerous|two|three|four)\s+times\b|"
                         r"(?:\s+[\w'’-]+){0,3}?\s+(?:repeatedly|twice|again\s+and\s+again)\b", re.I)
# "continue to conduct operations" goes on now; it is no plan
# "spent the past three months preparing for the deployment": the preparing is over
_PREPARED = re.compile(r"\b(?:spent|spending|after|having|finished|completed)\b[^.;]{0,50}$", re.I)


def _future(near: str) -> bool:
    """Whether the words before the cue make it a plan ("will", "plans to", "preparing for" still under way)."""
    found = _FUTURE.search(near)
    return found is not None and not (
        found.group().lower().startswith("prepar") and _PREPARED.search(near, 0, found.start()))


# "have begun to draw down the air detachment": under way, as "continue to" is
_ONGOING = re.compile(r"\b(?:continu(?:e|es|ed|ing)|keep|keeps|kept|begun|began|started)\s+to\s+$", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no\s+one|nothing|none|neither|nor|without|veto(?:es|ed)?|block(?:s|ed)?|fail(?:s|ed)?\s+to|"
    r"declin(?:e|es|ed)\s+to|refus(?:e|es|ed)\s+to|ruled?\s+out|yet\s+to|rather\s+than|instead\s+of)\b(?!\s+only)"
    # "have no direct say over the deployment": what is denied is a say in it, not the deployment
    r"(?!\s+(?:\w+\s+)?(?:say|control|voice|input|vote|role)\s+(?:over|in|on|into)\b)|"
    r"n['’]t\b", re.I
)
_NOT_YET_ANNOUNCED = re.compile(
    r"\b(?:yet\s+to|not\s+yet|still\s+to)\s+(?:formally\s+|officially\s+|publicly\s+)?(?:announce|confirm|declare|"
    r"comment\s+on|say\s+anything\s+about)\s+(?:\w+\s+){0,2}$", re.I)
# a noun cue whose own verb is negated: "the withdrawal has not begun", "the pull-out of troops hasn't started"
_NEGATED_AFTER = re.compile(
    r"(?:\s+of(?:\s+[\w'’-]+){1,3})?\s+(?:(?:has|have|had|is|are|was|were|did|does|do|will|would)\s+(?:not|never)"
    r"|(?:hasn|haven|hadn|isn|aren|wasn|weren|didn|doesn|don)['’]t|won['’]t)\s+(?:yet\s+)?"
    r"(?:begun|begin|began|start(?:ed)?|happen(?:ed)?|taken?\s+place|took\s+place|occur(?:red)?|go(?:ne)?\s+ahead|"
    r"been\s+(?:completed|carried\s+out)|complete[d]?|finish(?:ed)?)\b", re.I)
# "we are not leaving in a hurry", "denied it had been halted for good": the manner or the permanence is
# what is negated, not the change itself
_MANNER_AFTER = re.compile(
    r"(?:\s+\w+){0,2}?\s+(?:in\s+a\s+hurry|in\s+haste|overnight|at\s+once|all\s+at\s+once|abruptly|"
    r"for\s+good|permanently|indefinitely|forever|for\s+ever)\b", re.I)
_NOT_UNTIL = re.compile(r"\s+(?:[\w'’]+\s+){0,4}?(?:before|until|till)\b", re.I)
_HELD_OPEN = re.compile(r"\s+(?:we|they|i|you|he|she)\s+(?:decide|say|judge|deem|consider|see\s+fit|are\s+satisfied)\b",
                        re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|going\s+to|to\s+be|is\s+to|are\s+to|was\s+to|were\s+to|set\s+to|due\s+to|"
    r"scheduled\s+to|expected\s+to|slated\s+to|poised\s+to|plan(?:s|ned|ning)?\s+(?:to|for)|plans?|planning|schedule\s+for|"
    r"intend\w*\s+to|aim(?:s|ed|ing)?\s+to|prepar\w+\s+(?:to|for)|ready\s+to|agree[sd]?\s+to|decide[sd]?\s+to|"
    r"vot(?:e|es|ed)\s+to|move[sd]?\s+to|upcoming|timetable|timeline|proposed|propos(?:e|es|al)|"
    r"by\s+the\s+end\s+of|before\s+the\s+end\s+of|ahead\s+of|in\s+the\s+coming|later\s+this|"
    r"(?:is|are)\s+ending|begin\s+to|start\s+to|count(?:ing|s)?\s+down\s+to|countdown\s+to)\b|['’]ll\b", re.I
)
# "… is merged into Germany's new brigade next year": a time still to come right after the cue's words
_NEXT_AFTER = re.compile(
    r"[^.;,]{0,60}?\bnext\s+(?:year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b", re.I)
# a noun cue that is the subject of a present copula with a predicate noun: "the end of UNAMI is a symbol"
_NOUN_SUBJECT = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:is|are)\s+(?:a|an|the)\b", re.I)
# a noun cue that is the subject of a modal or "do" with a verb other than one of happening
_NOUN_TOPIC = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+[\"“]?(?:does|do|did|will|would|should|must|can|could|"
    r"may|might)\s+(?:not\s+)?(?!start|begin|take|happen|occur|go\s+ahead|be\s+(?:completed|carried|done|finished))\w+",
    re.I)
# "will keep 5,000 troops there until 2027, the cabinet announced": a decision, not only a plan
_ANNOUNCED = re.compile(r"\b(?:announced|decided|approved|agreed|confirmed|ordered)\b", re.I)
# "members split over renewal of the mandate", "negotiations on renewing its mandate stalled": the change is
# what the talks are about, not something that happened
_TALKS_ABOUT = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations|debate|deliberations|wrangling|split|divided|divisions?|"
    r"decision|vote|"
    r"disagreements?|differences|impasse|deadlock)\s+(?:[\w-]+\s+){0,3}?(?:over|on|about|concerning)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:possible\s+|proposed\s+)?$", re.I)
# "Closing a mission when its work is done is not a failure": a mission in general, not the one named
_GENERIC_OBJECT = re.compile(r"\s+an?\s+(?:[\w-]+\s+)?(?:mission|operation|force|deployment)\b", re.I)
_GOES_ON_BEFORE = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to)\s+(?:remain|stay|continue\s+(?:to\s+(?:be|operate|serve)\s+)?)\s+"
    r"(?:(?:in|as|on)\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:strictly\s+|purely\s+|solely\s+|largely\s+)?$", re.I)
_OTHER_EVENT = re.compile(
    r"\b(?:course|courses|training|talks|exercise|exercises|visit|meeting|session|conference|summit|drill|drills|clash|"
    r"clashes|firefight|battle|fighting|gunfight|siege|standoff|stand-off|ceasefire|truce|war|election|vote|"
    r"programme|program|trial|hearing|review|season|tour|ceremony|festival|strike|protest|investigation|inquiry|"
    r"negotiations|consultations)(?:\s+(?:for|of|on|with|in)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4})?\s+"
    r"(?:(?:has|had|was|were|is|have)\s+(?:been\s+)?)?$", re.I)
_OTHER_THING = re.compile(
    r"\b(?:financing|funding|budget|payments?|salaries|talks|negotiations|reform)\b"
    r"[^.;]{0,40}$", re.I)
# what can be "in limbo" and so halted: the deployment or the operations themselves
_LIMBO_HOLDER = re.compile(
    r"\b(?:deployment|operations?|missions?|mandate|activities|patrols|work|ZZZ\w*)(?:['’]s?)?"
    r"(?:\s+(?!future\b)[\w'’-]+){0,3}\s+[\"“]?$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:to|in|into|on|near|beyond|along|inside)\s+(?:the\s+)?(?!\d)", re.I)
_LAST_TIME = re.compile(r"\b(?:last|previously|(?:most\s+)?recently)\s+$", re.I)
# "The mandate, extended by the Council until mid-2026 and then rolled over in June, is to help …": a change
# told in a participle set off by commas after the mandate's noun describes it; the sentence is about something
# else, so the change is the time before, as "last extended" is
_APPOSED_OPENING = re.compile(
    r"\b(?:mandate|mission|operation|force|deployment|presence)s?\s*,\s*(?:\w+ly\s+)?(?:\w+(?:ed|en)\b[^,;:.]*)?$",
    re.I)
_APPOSITION_CLOSE = re.compile(r"[^,;:.]*,\s+(?:is|are|was|were|has|have|remains?|runs?|covers?|focuses)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+|already\s+|not\s+)*(?:\w+ly\s+)?$", re.I)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|stated|explained|reported|acknowledged|noted|insisted|"
    r"claimed|according\s+to)\b", re.I
)
_TEMPORAL = re.compile(r"\b(?:after|before|once|when|following|since|until)\b[^,;:—–]*$", re.I)
_TEMPORAL_REACH = 100
_DECIDED = re.compile(
    # "voted in New York on Thursday to renew", "the Council's decision to keep its mission for another year"
    r"\b(?:vot(?:ed|es)|decide[sd]|agree[sd]|approve[sd]|moved|resolve[sd]|decision)\s+"
    r"(?:(?!against\b|not\b|down\b|no\b|plans?\b|proposals?\b|motions?\b)[\w,]+\s+){0,6}?to\s+$", re.I
)
# what carries on or is over must be the mission, its people, or a pronoun for them
_OVER = re.compile(r"(?:is|was|are|were|now|officially)\s+(?:not\s+)?(?:over|gone)", re.I)
_HOLDER = re.compile(
    r"\b(?:missions?|operations?|forces?|mandate|deployment|presence|peacekeep\w+|troops|soldiers|staff|personnel|"
    r"observers|trainers|instructors|advis[eo]rs|contingents?|helmets|patrols|it|its|they|we|ZZZ\w*)"
    r"(?:['’]s)?(?:\s+[^\s,;:.]+){0,3}"
    r"\s+[\u201c\u2018\x22]?$", re.I
)
_HOLDER_REACH = 80
# a duty is not an event: "the Council, which must renew the mandate every six months"
_OBLIGATION = re.compile(r"\b(?:must|should|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to)\s+(?:\w+\s+){0,2}$", re.I)
# "was drawing up a withdrawal plan": a plan for a drawdown, not one under way
_DATE_FOR_BEFORE = re.compile(r"\b(?:date|timetable|timeline|deadline|schedule)\s+for\s+(?:the\s+|its\s+|a\s+)?$", re.I)
_CHANGE_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "drawdown", "departure", "exit", "redeployment"})
_NOUN_FUTURE = re.compile(r"\b(?:will|shall)\s+(?:be\s+)?(?:carried\s+out|completed|begin|start|take\s+place|"
                          r"conclude|happen)\b", re.I)
_PLAN_AFTER = re.compile(r"\s+(?:plans?|timetables?|schedules?|roadmaps?|timelines?)\b", re.I)
_BLOCKING = re.compile(
    r"\b(?:block(?:s|ed|ing)?|bar(?:s|red|ring)?|halt(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|"
    r"enjoin(?:s|ed|ing)?|froze|frozen|freez(?:e|es|ing)|suspend(?:s|ed|ing)?|put\s+on\s+hold)\b",
    re.I,
)
_BLOCK_REACH = 100
_BLOCKING_NEEDLES = ("block", "bar", "halt", "prohibit", "forb", "enjoin", "froze", "freez", "suspend", "hold")
_PLANNED_VERB = re.compile(
    r"\s+(?:start|begin|take|happen|occur|go\s+ahead|be\s+(?:completed|carried|done|finished))\b", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|any)\s+(?:[\w.'’-]+\s+){0,2}$", re.I)
_BASE_VERBS = frozenset({"withdraw", "leave", "end", "close", "cease", "pull", "scale", "reduce", "hand", "exit",
                         "extend", "renew", "suspend", "halt", "resume", "deploy", "depart", "return", "wind",
                         "complete", "draw", "phase", "conclude", "terminate"})
_AND_BEFORE = re.compile(r"\band\s+$", re.I)
_FUTURE_MODALS = frozenset({"will", "would", "shall"})
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_MODAL_AFTER = re.compile(
    r"\s+(?:[^\s.;,]+\s+){0,2}?(?P<modal>will|would|shall|could|might|may|should|can)\b", re.I
)


@lru_cache(maxsize=256)  # a cue's mode, nearest mission, timing and block each ask for the same clause
def _clause_start(sentence: str, position: int, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> int:
    """Where the last break before `position` ends (0 without one); the matches are walked in C."""
    last = deque(map(re.Match.end, breaks.finditer(sentence, 0, position)), maxlen=1)
    return last[0] if last else 0


_WHEN_BEFORE = re.compile(r"\b(?:when|once)\b[^,;:—–]*$", re.I)


def _future_main(sentence: str, start: int) -> bool:
    """Whether the cue sits in a "when"/"once" clause that follows a main clause about the future."""
    clause = _WHEN_BEFORE.search(sentence, max(0, start - _TEMPORAL_REACH), start)
    return clause is not None and _FUTURE.search(sentence, 0, clause.start()) is not None


def subordinate(sentence: str, start: int) -> bool:
    """Whether the cue at `start` sits in a temporal clause ("after a NATO air campaign ended a war"):
    background to the news, not the news."""
    return bool(_TEMPORAL.search(sentence, max(0, start - _TEMPORAL_REACH), start))


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before it to the first break after it."""
    after = _CLAUSE_BREAK.search(sentence, end)
    return _clause_start(sentence, start), after.start() if after else len(sentence)


_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.I)


def cue_scope(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The part of the cue's clause that can date it: a relative clause after the cue dates its object
    ("completes a drawdown that began in June 2016": the drawdown began then, the completion is now)."""
    lo, hi = clause_bounds(sentence, start, end)
    relative = _RELATIVE.search(sentence, end, hi)
    return lo, relative.start() if relative else hi


def mode_of(sentence: str, start: int, end: int) -> Mode | None:
    """How the sentence holds the cue at [start, end): asserted, planned, negated, denied, or not at all
    (a demand, a question, a hypothesis)."""
    if _QUESTION.search(sentence) or _ASKED.match(sentence):
        return None  # a question, or a reporter's turn in a transcript ("Q: But the spokesperson said …")
    span = sentence[start:end]
    statement = sentence[max(_clause_start(sentence, start, _STRONG_BREAK), start - _STATEMENT_REACH):start]
    if _SECOND_PREDICATE.search(sentence, max(0, start - 6), start) and _PREDICATE_VERB.match(sentence, start):
        statement = ""  # "EU denies suspending inspections and extends Operation X": a second predicate
    if _DEMAND.search(statement):
        return None
    clause = sentence[_clause_start(sentence, start):start]
    near = clause[-60:] + span
    manner = _MANNER_AFTER.match(sentence, end) is not None
    if _DENIAL.search(statement) and not manner and not _OPPOSED_DECISION.search(sentence, max(0, start - 120), start):
        return "denied"
    if dismissed_claim(sentence, start, end):
        return "denied"
    if hearsay(sentence, start, statement, clause):
        return None
    if (_NOUN_SUBJECT.match(sentence, end) or _NOUN_TOPIC.match(sentence, end)) and sentence[
            max(0, start - 4):start].lower().endswith(("the ", "its ")):
        # "the end of UNAMI is a symbol", "the closure of the mission does not signal …": the ending named as
        # a topic, not told as having happened
        return None
    if _TALKS_ABOUT.search(sentence, max(0, start - 60), start):
        return None
    if _OPEN_QUESTION.search(clause[-60:]):
        return None  # "won't say whether the mission is still active": neither way
    if _NOT_YET_ANNOUNCED.search(clause[-60:]):
        return None  # "the ministry has yet to confirm the end of the operation": no word either way
    until = _NOT_UNTIL.match(sentence, end)
    # "will not stop until they say the job is done": a condition someone holds open, not a time
    held_open = until is not None and _HELD_OPEN.match(sentence, until.end())
    if (_NEGATION.search(near) or _NEGATED_AFTER.match(sentence, end)) and not manner and not (
            until and not held_open and (_FUTURE.search(near) or _FUTURE.search(sentence, end, end + 25))):
        # "will not begin before its mandate ends" is a plan for then; "is not over until the last soldier
        # is out" says it is not over now
        return "negated"
    # a noun or gerund cue may be the subject of a modal that follows it: "the departure can only begin",
    # "leaving now would be", "the withdrawal will take months"
    modal = None if span.lower().endswith("ed") else _MODAL_AFTER.match(sentence, end)
    would = modal is not None and modal["modal"].lower() == "would"
    if would and _INDEFINITE_BEFORE.search(sentence, max(0, start - 30), start) and modal is not None and (
            not _PLANNED_VERB.match(sentence, modal.end())):
        return None  # "a U.S. departure would be noticed": what would follow if it happened, not a plan
    if _HYPOTHETICAL.search(clause[-60:]) or (modal and modal["modal"].lower() not in _FUTURE_MODALS):
        return None
    if _future(near) or (_INFINITIVE.search(clause) and not _ONGOING.search(clause)) or modal or (
            _NEXT_AFTER.match(sentence, end)):
        return "future"
    if span.split(" ")[0].lower() in _BASE_VERBS and _AND_BEFORE.search(sentence, max(0, start - 8), start) and (
            _FUTURE.search(sentence, 0, start)):
        return "future"  # "will cease its operations on Dec. 31, and withdraw from Lebanon within a year"
    if _PARTICIPLE_AFTER_COMMA.search(sentence, max(0, start - 2), end) and _FUTURE.search(sentence, 0, start):
        return "future"  # "Japan will end the mission …, the minister said, closing a deployment …"
    return "fact"


def _blocked(sentence: str, start: int) -> Mode | None:
    """How the sentence holds a block on the plan whose cue starts at `start` ("a court blocked the
    deployment", "barred the government from sending troops"): a blocked plan is a suspended mission."""
    block = _BLOCKING.search(sentence, max(_clause_start(sentence, start), start - _BLOCK_REACH), start)
    return None if block is None else mode_of(sentence, block.start(), block.start())


def signals(sentence: str) -> list[Signal]:
    """Every status cue in `sentence`, each span used once (earlier, more specific cues win)."""
    found: list[Signal] = []
    taken: list[tuple[int, int]] = []
    held = _CUE_NEEDLES.held(lowered := sentence.lower())
    for index, (pattern, cue_status, previous, cue_kind, _, plain_end, headed) in enumerate(_CUES):
        if not held >> index & 1:
            continue
        for m in pattern.finditer(sentence):
            status, kind = cue_status, cue_kind
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if status == "extended" and not _MANDATE_NEAR.search(
                sentence, max(0, start - _MANDATE_WINDOW), end + _MANDATE_WINDOW
            ):
                continue
            if plain_end and not m.group().lower().endswith("into") and _OTHER_OBJECT.match(sentence, end):
                continue  # "a NATO air campaign ended a war", "ended Niger's participation": something else ended
            if (kind == "persist" or (plain_end and _OVER.fullmatch(m.group()))) and not _HOLDER.search(
                sentence, max(0, start - _HOLDER_REACH), start
            ):
                continue  # "the war is not over", "the threat is still there": not the mission
            # a long cue is held by its verb: "ruled that the plan to send troops is unlawful" is no plan
            mode = mode_of(sentence, *(m.span("head") if headed and m.start("head") >= 0 else (start, end)))
            taken.append((start, end))
            if kind == "intent" and any(map(lowered.__contains__, _BLOCKING_NEEDLES)):
                blocked = _blocked(sentence, start)
                if blocked is not None:
                    status, kind, mode = "suspended", "change", blocked
            if kind == "open":  # "no decision has been made on its future": the negation is the cue's own
                mode = None if mode in (None, "denied") else "fact"
            if kind == "persist" and mode in ("negated", "denied"):
                kind, mode = "change", "fact" if mode == "negated" else None  # "no longer operates": it ended
            if status == "planned" and m.group().lower().startswith(_PLANNED_ADJECTIVES):
                mode = "fact"  # "no troops would deploy as part of the planned ZZZ": the force is planned all the same
            if mode is None or (kind == "change" and _OBLIGATION.search(sentence, max(0, start - 30), start)):
                continue
            if status in ("drawdown", "ended") and mode == "fact" and (
                    _PLAN_AFTER.match(sentence, end) or _DATE_FOR_BEFORE.search(sentence, max(0, start - 30), start)
                    or (m.group().lower() in _CHANGE_NOUNS and _NOUN_FUTURE.search(sentence, end, end + 220))):
                # "a withdrawal plan", "set a date for the departure", "the withdrawal …, “will be carried out in
                # phases”": the change is still to come
                mode = "future"
            if status == "ended" and (mode == "future" or m.group().lower() in _TERM_PRESENT) and (
                    m.group().lower().startswith(("expir", "laps"))):
                continue  # "the mandate is due to expire", "which expires at the end of February": a term
            if mode == "negated" and status == "drawdown" and _CORRECTED.search(sentence, max(0, start - 40), start):
                continue  # "a reduction, not a departure": a smaller force is told; only a full exit is denied
            if kind == "intent" and mode == "negated" and _PLACE_AFTER.match(sentence, end):
                continue  # "would not be deployed to the front line": where, not whether
            if status == "ended" and kind == "change" and _OTHER_EVENT.search(sentence, max(0, start - 70), start):
                continue  # "the course for staff officers concluded on Friday": an event of the mission ended
            if kind == "change" and _GENERIC_OBJECT.match(sentence, end):
                continue
            if mode == "fact" and kind == "change" and _future_main(sentence, start):
                mode = "future"  # "will end on 14 June 2027, when its current mandate expires": the same time
            if status == "suspended" and _OTHER_THING.search(sentence, max(0, start - 60), start):
                continue  # "left the force's financing where it was: in limbo": the money, not the mission
            if status == "suspended" and m.group().lower().endswith("limbo") and not _LIMBO_HOLDER.search(
                    sentence, max(0, start - 50), start):
                continue  # "trainers in limbo", "the observers' future in limbo": people or prospects, not activity
            if status == "extended" and mode == "future" and (_DECIDED.search(sentence, max(0, start - 40), start) or (
                    m.group().lower().startswith("keep") and _ANNOUNCED.search(sentence))):
                # "voted to extend the mandate": the extension is done when the vote is; "will keep 5,000 troops
                # there until 30 June 2027, the cabinet announced": so is a decision to keep them longer
                mode = "fact"
            if kind == "state" and mode == "future" and _GOES_ON_BEFORE.search(sentence, max(0, start - 50), start):
                mode = "fact"  # "will remain in a strictly non-combat role": the state it is in goes on
            if kind == "state" and status == "combat" and mode == "negated":
                if _SINCE_AFTER.match(sentence, end) and _ACTS.search(m.group()):
                    # "No strikes have been carried out under X since Nov. 2" (but "no combat role since 2021")
                    status, kind, mode = "suspended", "change", "fact"
                else:
                    status, mode = "non-combat", "fact"  # "will not take part in combat", "has no combat role"
            # "had been suspended since April" tells the earlier state; "said it had suspended" is reported
            pluperfect = bool(_PLUPERFECT.search(sentence, max(0, start - 30), start)) and not _REPORTING.search(
                sentence, 0, start
            )
            progressive = pluperfect and sentence[start:end].lower().split(" ")[0].endswith("ing")
            if _LAST_TIME.search(sentence, max(0, start - 12), start) or _apposed_participle(sentence, start, end) or (
                    status == "extended" and _MANY_TIMES.match(sentence, end)):
                # "its mandate, last extended in May 2025", "renewed the deployment several times since":
                # the time before
                pluperfect = progressive = True
            found.append(Signal(status, previous, kind, mode, start, end, pluperfect, progressive))
    return _from_to(sentence, _halted_drawdowns(sentence, found))


def _apposed_participle(sentence: str, start: int, end: int) -> bool:
    """Whether the cue at [start, end) is a past participle in an apposition to the mission's noun."""
    return bool(sentence[start:end].lower().split(" ")[0].endswith(("ed", "en")) and _APPOSED_OPENING.search(
        sentence, max(0, start - 120), start) and _APPOSITION_CLOSE.match(sentence, end))


_TERM_PRESENT = frozenset({"expires", "expire", "lapses", "lapse"})
_PLANNED_ADJECTIVES = ("planned", "proposed", "envisaged", "prospective")
_FROM_TO = re.compile(r"\bfrom\s+(?P<before>[^.;]{3,90}?)\s+to\s+(?P<after>[^.;]{3,90})", re.I)


def _from_to(sentence: str, found: list[Signal]) -> list[Signal]:
    """"moved from a deterrence and monitoring posture to active combat operations": the state after "from"
    is what came before the state after "to"."""
    states = [s for s in found if s.kind == "state" and s.mode == "fact"]
    if len(states) < 2 or "from" not in sentence.lower():
        return found
    for move in _FROM_TO.finditer(sentence):
        before = [s for s in states if move.start("before") <= s.start < move.end("before")]
        after = [s for s in states if move.start("after") <= s.start < move.end("after")]
        if before and after and before[0].status != after[0].status:
            old, new = before[0], after[0]
            return [replace(s, pluperfect=True, progressive=True) if s is old else
                    replace(s, previous=s.previous or old.status) if s is new else s for s in found]
    return found


_DRAWDOWN_NOUN = re.compile(r"(?:pull-?out|drawdown|draw-down|withdrawal|departure|exit|reduction|phase-?out)s?", re.I)
_HALT_REACH = 60


def _halted_drawdowns(sentence: str, found: list[Signal]) -> list[Signal]:
    """"the pull-out remains frozen", "keeps its phased withdrawal on hold": a drawdown that is halted is the
    suspension's previous status, not a drawdown going on."""
    halts = [s for s in found if s.status == "suspended" and s.kind == "change" and s.mode == "fact"]
    if not halts:
        return found
    halted = [d for d in found if d.status == "drawdown" and d.kind == "change" and d.mode == "fact"
              and _DRAWDOWN_NOUN.fullmatch(sentence[d.start:d.end])
              and any(abs(h.start - d.end) <= _HALT_REACH or abs(d.start - h.end) <= _HALT_REACH for h in halts)]
    if not halted:
        return found
    return [replace(s, previous=s.previous or "drawdown") if s in halts else s for s in found if s not in halted]
