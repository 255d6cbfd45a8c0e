"""What one sentence says about a mission's status, with its tense, modality and negation.

A cue such as "end" only means the mission ended when the sentence asserts it: "will end by December" is
a plan, "did not end" and "denied that the mission had ended" speak against it, and "calling for an end
to the presence" is a demand, which changes nothing. Ending a *combat role* is a transition to a
non-combat mission, not the end of the mission.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import Literal

from bot.analyse.scan import Needled
from bot.models import MissionStatusValue

Mode = Literal["fact", "future", "negated", "denied"]
# change: the status changed; state: what the mission is doing; start: it began (its state says what it
# is); resume: it resumed after a suspension; intent: a verb that only means something as a plan ("deploy")
Kind = Literal["change", "state", "start", "resume", "intent"]


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


_W = r"(?:[^\s.;]+\s+)"  # one word and its trailing space, never crossing a sentence or clause end
_END_VERB = (
    r"(?:end(?:s|ed|ing)?|conclu(?:de|des|ded|ding|sion)|complet(?:e|es|ed|ing|ion)|finish(?:es|ed|ing)?|"
    r"terminat(?:e|es|ed|ing|ion)|wind(?:s|ing)?\s+down|wound\s+down)"
)
_COMBAT_THING = (
    r"(?<!non-)(?<!non\s)combat\s+(?:role|mission|operations?|phase|tasks?|duties|presence|troops|forces|units)\b"
)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ROLE_NOUN = r"(?:non-?combat|advis\w+|training|support(?:ing)?|assistance|train\b|advise\b|enabling)"
# "end" that is a time, not a mission ending: "by the end of the year", "at the end of the talks"
_NOT_TIME_END = (
    rf"(?<!in\sthe\s)(?<!at\sthe\s)(?<!year['’]s\s)(?<![\w-])end(?!\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?"
    rf"(?:year|month|week|day|decade|\d{{4}}|{_MONTH_NAMES}))"
)
_ENDED = (
    r"ends|ended|conclu(?:de[sd]?|ding)|terminat(?:e|es|ed|ing|ion)|clos(?:es|ed|ing|ure)|shut(?:s|ting)?\s+down|"
    r"dissolv(?:e|es|ed|ing)|disband(?:s|ed|ing)?|wound\s+up|wrap(?:s|ped)\s+up|(?:is|was|are|were|now|officially)\s+"
    r"over|c(?:a|o)mes?\s+to\s+an?\s+(?:\w+\s+)?(?:end|close)|drew\s+to\s+a\s+close|cease[sd]?\s+to\s+exist|"
    r"expir(?:e|es|ed|y)|laps(?:e|es|ed)|stood\s+down|deactivat\w+|pass(?:ed|es)\s+into\s+history|"
    r"lower(?:ed|ing)\s+(?:its|the)\s+"
    r"flag|(?:flag|colou?rs?)\s+(?:was|were)\s+(?:lowered|cased|rolled\s+up)|cas(?:ed|ing)\s+(?:its|the)\s+colou?rs|"
    + _NOT_TIME_END
)
_DRAWDOWN = (
    r"(?:withdraw(?:s|n|al|als|ing)?|withdrew)(?!\s+(?:of\s+)?(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:consent|"
    r"support|recognition|backing|funding|aid|accreditation|ambassadors?|envoys?|invitation|request|offer|bid|"
    r"candidacy|application|objections?|proposal|threat|statement|complaint|lawsuit|charges|from\s+the\s+"
    r"(?:treaty|agreement|deal|accord|race|talks|pact)))|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out|draw(?:s|ing)?\s*-?\s*down|"
    r"drew\s+down|drawdown|scal(?:e|es|ed|ing)\s+(?:back|down)|reduc(?:e|es|ed|ing|tion)\s+(?:[^\s.;]+\s+){0,3}?"
    r"(?:troops|forces|presence|personnel|contingent|footprint|size|strength|numbers)|redeploy\w*|repatriat\w+|"
    r"depart(?:s|ed|ing|ure)?|(?:leav(?:e|es|ing)|left)(?=\s*(?:$|[.,;]|\s+(?:the\s+country|[A-Z]\w+|by|before|within|"
    r"after|in\s+\d)))|exit(?:s|ed|ing)?|disengag\w+|"
    r"retrograde|phas(?:e|es|ed|ing)\s+out|wind(?:s|ing)?\s+down|downsiz\w+"
)
_COMBAT_ACTS = (
    r"(?:carr(?:y|ies|ied)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:[^\s.;]+\s+){0,3}?(?:air\s*strikes?|"
    r"strikes?|raids?|offensives?|attacks?|bombing|assaults?|operations\s+against)|"
    r"\b(?:strik(?:e|es|ing)|struck|hit|hits|bomb(?:s|ed|ing)?|pound(?:s|ed|ing)?|fired\s+on|fir(?:e|es|ing)\s+on|"
    r"shell(?:s|ed|ing)?|target(?:s|ed|ing)?|engag(?:e|es|ed|ing))\s+(?:[^\s.;]+\s+){0,3}?(?:targets?|sites?|"
    r"positions?|bases?|camps?|hideouts?|fighters|militants|jihadists|insurgents|rebels|elements|convoys?)\b|"
    r"\b(?:kill(?:s|ed|ing)?|captur(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing))\s+(?:[^\s.;]+\s+){0,3}?(?:fighters|"
    r"militants|jihadists|insurgents|rebels|terrorists|commanders?|leaders?)\b|"
    r"\b(?:take|took|taking|takes)\s+part\s+in\s+combat|\bengag\w+\s+in\s+combat|\bcombat\s+operations\b|"
    r"\b(?:air|ground)\s+(?:and\s+ground\s+)?(?:assault|offensive|campaign)|\bair\s*strikes\b"
)

_CUE_TABLE: tuple[tuple[str, MissionStatusValue, MissionStatusValue | None, Kind], ...] = (
    # a combat role ending is a transition to non-combat, checked before any plain "end"
    (rf"\b{_END_VERB}\b(?:\s+(?:of|to))?\s+{_W}{{0,4}}?{_COMBAT_THING}",
     "non-combat", "combat", "change"),
    (rf"\b{_COMBAT_THING}[^.;]{{0,60}}?\b(?:(?<!year['’]s\s)end(?:s|ed)?|(?:is|was|are|were)\s+over|"
     rf"conclude[sd]?|came\s+to\s+an\s+end|finished|completed?|wound\s+down)\b",
     "non-combat", "combat", "change"),
    (rf"\b(?:transition\w*|shift\w*|mov(?:e|es|ed|ing)|switch\w*|chang\w+|convert\w*|pivot\w*)\b[^.;]{{0,40}}?"
     rf"\b(?:to|into|towards?)\s+(?:an?\s+|its\s+|the\s+)?(?:purely\s+|exclusively\s+|solely\s+)?{_ROLE_NOUN}",
     "non-combat", "combat", "change"),
    (r"\bno\s+longer\b[^.;]{0,30}?\bcombat\b", "non-combat", "combat", "change"),
    (r"\bwithdraw\w*\s+(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+)?combat\s+(?:troops|forces|units)",
     "non-combat", "combat", "change"),
    # the withdrawal is over: the mission has ended
    (rf"\bcomplet(?:e|es|ed|ing)\s+(?:its\s+|the\s+|their\s+)?{_W}{{0,2}}?(?:withdrawal|pull-?out|drawdown|"
     r"departure|exit|retrograde|redeployment)", "ended", "drawdown", "change"),
    (r"\b(?:withdrawal|pull-?out|departure|exit|drawdown)\s+(?:[^\s.;]+\s+){0,5}?(?:was|is|has\s+been|had\s+been)"
     r"\s+(?:now\s+|fully\s+|officially\s+)?completed?\b", "ended", "drawdown", "change"),
    (r"\b(?:the\s+)?last\s+(?:[^\s.;]+\s+){0,3}?(?:troops|soldiers|peacekeepers|personnel|contingent|forces|"
     r"blue\s+helmets)\s+(?:[^\s.;]+\s+){0,2}?(?:left|departed|withdrew|pulled\s+out|flew\s+out)\b",
     "ended", "drawdown", "change"),
    # bases handed over or closed: a drawdown, not the end of the mission
    (r"\b(?:clos(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|vacat\w+|evacuat\w+|leav(?:e|es|ing)|left|"
     r"transferr?(?:ed|ing|s)?)\s+(?:[^\s.;]+\s+){0,3}?(?:bases?|camps?|posts?|positions?|facilities|"
     r"headquarters|garrisons?)\b", "drawdown", None, "change"),
    (r"\b(?:suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|put\s+on\s+hold|on\s+hold|"
     r"fr(?:oze|ozen|eeze|eezes|eezing)|cease[sd]?(?!\s+to\s+exist))\b", "suspended", None, "change"),
    (r"\bresum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:operations|activities|"
     r"training|patrols|work|mission|flights|deployment|escorts?)\b|\b(?:operations|activities|training|patrols|"
     r"flights|escorts)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+|were\s+|was\s+)?resumed\b",
     "unknown", "suspended", "resume"),
    (r"\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|ing|al)?|prolong(?:s|ed|ing|ation)?|"
     r"roll(?:s|ed)?\s+over|re-?authori[sz](?:e|es|ed|ing|ation))\b(?!\s+(?:fighting|clashes|attacks?|calls?|"
     r"violence|hostilities|tensions?|offensive|strikes|push|efforts?|interest|focus|pressure|concerns?|fears?|"
     r"its\s+control|control|reach|influence|lead))", "extended", None, "change"),
    (rf"\b(?:{_ENDED})\b", "ended", None, "change"),
    (rf"\b(?:{_DRAWDOWN})\b", "drawdown", None, "change"),
    (r"\b(?:authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed)|green-?light\w*|endors(?:e|es|ed|ing))\s+"
     r"(?:[^\s.;]+\s+){0,4}?(?:deployment|creation|establishment|launch|new\s+(?:\w+\s+)?(?:mission|force|"
     r"operation)|an?\s+(?:\w+\s+){0,2}?(?:mission|force|operation))\b", "planned", None, "change"),
    (r"\b(?:began|begins|started|starts|kicked\s+off|commenced|got\s+under\s*way|took\s+over|assumed|"
     r"inaugurated|was\s+launched|were\s+launched|has\s+been\s+launched)\b", "unknown", None, "start"),
    (r"\b(?:deploy(?:ment)?|launch|establish|set\s+up|creat(?:e|ion)|stand\s+up|send|begin|start)\b",
     "planned", None, "intent"),
    # what the mission is doing now
    (r"\bnon-?combat\b|\b(?:advisory|training|assistance|support|monitoring|observer|mentoring|"
     r"capacity-building|enabling)\s+(?:and\s+\w+\s+)?(?:role|mission|capacity|function|posture)\b",
     "non-combat", None, "state"),
    (rf"{_COMBAT_THING}|{_COMBAT_ACTS}", "combat", None, "state"),
)
# words one of which each cue needs (in the order of _CUE_TABLE): a substring test is far cheaper than a
# regex, and most sentences hold only a few of these words
_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("combat",), ("combat",), ("transition", "shift", "mov", "switch", "chang", "convert", "pivot"),
    ("no longer",), ("combat",), ("complet",), ("complet",), ("last",),
    ("base", "camp", "post", "position", "facilit", "headquarter", "garrison"),
    ("suspen", "halt", "paus", "hold", "froze", "frozen", "freez", "ceas"), ("resum",),
    ("exten", "renew", "prolong", "roll", "author"),
    ("end", "conclu", "termin", "clos", "shut", "dissolv", "disband", "wound", "wrap", "over", "exist", "expir",
     "laps", "stood", "deactiv", "history", "flag", "colo"),
    ("withdr", "pull", "draw", "drew", "scal", "reduc", "redeploy", "repatri", "depart", "leav", "left", "exit",
     "disengag", "retrograde", "phas", "wind", "downsiz"),
    ("authori", "approv", "green", "endors"),
    ("began", "begin", "start", "kick", "commenc", "under", "took over", "assum", "inaugur", "launched"),
    ("deploy", "launch", "establish", "set up", "creat", "stand up", "send", "begin", "start"),
    ("combat", "advis", "train", "assist", "support", "monitor", "observ", "mentor", "capacity", "enabl"),
    ("combat", "carr", "conduct", "launch", "strik", "struck", "hit", "bomb", "pound", "fire", "shell", "target",
     "engag", "kill", "captur", "neutrali", "take", "took", "air", "ground"),
)
_CUES = tuple(
    (re.compile(pattern, re.I), status, prior, kind, needles)
    for (pattern, status, prior, kind), needles in zip(_CUE_TABLE, _NEEDLES, strict=True)
)
_MANDATE_NEAR = re.compile(
    r"ZZZ|\b(?:mandates?|mission|deployment|presence|operation|stay|term|authori[sz]ation|another\s+(?:year|\d+|six|twelve)|"
    r"further\s+(?:year|\d+|six|twelve)|for\s+(?:one|a|another|six|twelve|\d+)\s+(?:more\s+)?(?:years?|months)|"
    r"until|through)\b", re.I
)
_MANDATE_WINDOW = 50
# what a transitive "ended" ends, when that is not a mission: "ended a war", "ended the siege"
_OTHER_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:mission|operation|mandate|"
    r"deployment|presence|role|tour|engagement|force|ZZZ)\b)", re.I
)
_CLAUSE_BREAK = re.compile(
    r"[,;:—–(“”\"!?]|\.(?=\s)|\b(?:but|while|whereas|although|though|however|after|once|when|as\s+(?=we|it|they|the))\b",
    re.I,
)
_STRONG_BREAK = re.compile(r"[;:—–!?]|\.(?=\s)")
_QUESTION = re.compile(r"\?\W*$")
_OBJECT = r"(?:[^\s.;]+\s+){0,6}?"
_DEMAND = Needled(re.compile(
    rf"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|demand\w*|urg(?:e|es|ed|ing)|press(?:ed|es|ing)?\s+{_OBJECT}(?:for|to)\b|"
    rf"pressure|push(?:es|ed|ing)?\s+for|wants?|wanted|ask(?:s|ed|ing)?\s+{_OBJECT}(?:for|to)\b|request\w*|seek\w*|"
    r"sought|insist\w*\s+on|appeal\w*|lobby\w*|petition\w*|vow(?:s|ed)?\s+to|threat\w*\s+to|ultimatum|"
    r"resolution\s+(?:calling|demanding|asking))", re.I
), (
    "call", "demand", "urg", "press", "push", "want", "ask", "request", "seek", "sought", "insist", "appeal", "lobby",
    "petition", "vow", "threat", "ultimatum", "resolution",
))
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|can|cannot|if|unless|whether|possibl\w+|consider\w*|mull\w*|weigh\w*|discuss\w*|"
    r"debat\w*|suggest\w*|recommend\w*|options?|rumou?r\w*|speculat\w*|fears?|feared|risk)\b|can['’]t", re.I
)
_DENIAL = Needled(re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|denials?|reject\w*|dismiss\w*|refut\w*|disput\w*|contest\w*|false|untrue|"
    r"rebuff\w*|contradict\w*)\b", re.I
), (
    "deny", "deni", "reject", "dismiss", "refut", "disput", "contest", "false", "untrue", "rebuff", "contradict",
))
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|without|veto(?:es|ed)?|block(?:s|ed)?|fail(?:s|ed)?\s+to|"
    r"declin(?:e|es|ed)\s+to|refus(?:e|es|ed)\s+to|ruled?\s+out|yet\s+to)\b(?!\s+only)|n['’]t\b", re.I
)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|going\s+to|to\s+be|is\s+to|are\s+to|was\s+to|were\s+to|set\s+to|due\s+to|"
    r"scheduled\s+to|expected\s+to|slated\s+to|poised\s+to|plan(?:s|ned|ning)?\s+(?:to|for)|plans?|"
    r"intend\w*\s+to|aim(?:s|ed|ing)?\s+to|prepar\w+\s+(?:to|for)|ready\s+to|agree[sd]?\s+to|decide[sd]?\s+to|"
    r"vot(?:e|es|ed)\s+to|move[sd]?\s+to|upcoming|timetable|timeline|proposed|propos(?:e|es|al)|"
    r"by\s+the\s+end\s+of|before\s+the\s+end\s+of|ahead\s+of|in\s+the\s+coming|later\s+this|"
    r"(?:is|are)\s+ending|begin\s+to|start\s+to)\b|['’]ll\b", re.I
)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+|already\s+|not\s+)*(?:\w+ly\s+)?$", re.I)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|stated|explained|reported|acknowledged|noted|insisted|"
    r"claimed|according\s+to)\b", re.I
)
_TEMPORAL = re.compile(r"\b(?:after|before|once|when|following|since|until)\b[^,;:—–]*$", re.I)
_TEMPORAL_REACH = 100
_DECIDED = re.compile(
    r"\b(?:vot(?:ed|es)|decided|agreed|approved|moved|resolved)\s+(?:\w+\s+)?to\s+$", re.I
)
_FUTURE_MODALS = frozenset({"will", "would", "shall"})
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_MODAL_AFTER = re.compile(
    r"\s+(?:[^\s.;,]+\s+){0,2}?(?P<modal>will|would|shall|could|might|may|should|can)\b", re.I
)


def _clause_start(sentence: str, position: int, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> int:
    """Where the last break before `position` ends (0 without one); the matches are walked in C."""
    last = deque(map(re.Match.end, breaks.finditer(sentence, 0, position)), maxlen=1)
    return last[0] if last else 0


def subordinate(sentence: str, start: int) -> bool:
    """Whether the cue at `start` sits in a temporal clause ("after a NATO air campaign ended a war"):
    background to the news, not the news."""
    return bool(_TEMPORAL.search(sentence, max(0, start - _TEMPORAL_REACH), start))


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before it to the first break after it."""
    after = _CLAUSE_BREAK.search(sentence, end)
    return _clause_start(sentence, start), after.start() if after else len(sentence)


def mode_of(sentence: str, start: int, end: int) -> Mode | None:
    """How the sentence holds the cue at [start, end): asserted, planned, negated, denied, or not at all
    (a demand, a question, a hypothesis)."""
    if _QUESTION.search(sentence):
        return None
    span = sentence[start:end]
    statement = sentence[max(_clause_start(sentence, start, _STRONG_BREAK), start - 120):start]
    if _DEMAND.search(statement):
        return None
    clause = sentence[_clause_start(sentence, start):start]
    near = clause[-60:] + span
    if _DENIAL.search(statement):
        return "denied"
    if _NEGATION.search(near):
        return "negated"
    # a noun or gerund cue may be the subject of a modal that follows it: "the departure can only begin",
    # "leaving now would be", "the withdrawal will take months"
    modal = None if span.lower().endswith("ed") else _MODAL_AFTER.match(sentence, end)
    if _HYPOTHETICAL.search(clause[-60:]) or (modal and modal["modal"].lower() not in _FUTURE_MODALS):
        return None
    if _FUTURE.search(near) or _INFINITIVE.search(clause) or modal:
        return "future"
    return "fact"


def signals(sentence: str) -> list[Signal]:
    """Every status cue in `sentence`, each span used once (earlier, more specific cues win)."""
    found: list[Signal] = []
    taken: list[tuple[int, int]] = []
    holds = sentence.lower().__contains__
    for pattern, cue_status, previous, kind, needles in _CUES:
        if not any(map(holds, needles)):
            continue
        for m in pattern.finditer(sentence):
            status = cue_status
            start, end = m.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if status == "extended" and not _MANDATE_NEAR.search(
                sentence, max(0, start - _MANDATE_WINDOW), end + _MANDATE_WINDOW
            ):
                continue
            if status == "ended" and _OTHER_OBJECT.match(sentence, end):
                continue  # "a NATO air campaign ended a war": something else ended
            mode = mode_of(sentence, start, end)
            taken.append((start, end))
            if mode is None:
                continue
            if status == "extended" and mode == "future" and _DECIDED.search(sentence, max(0, start - 40), start):
                mode = "fact"  # "voted to extend the mandate": the extension is done when the vote is
            if kind == "state" and status == "combat" and mode == "negated":
                status, mode = "non-combat", "fact"  # "will not take part in combat", "has no combat role"
            # "had been suspended since April" tells the earlier state; "said it had suspended" is reported
            pluperfect = bool(_PLUPERFECT.search(sentence, max(0, start - 30), start)) and not _REPORTING.search(
                sentence, 0, start
            )
            found.append(Signal(status, previous, kind, mode, start, end, pluperfect))
    return found
