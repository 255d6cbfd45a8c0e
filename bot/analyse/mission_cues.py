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
from functools import lru_cache
from typing import Literal

from bot.analyse.scan import Needled, NeedleSets
from bot.models import MissionStatusValue

Mode = Literal["fact", "future", "negated", "denied"]
# change: the status changed; state: what the mission is doing; start: it began (its state says what it
# is); resume: it resumed after a suspension; intent: a verb that only means something as a plan ("deploy");
# persist: the mission carries on ("is still operating"), which speaks against its end
Kind = Literal["change", "state", "start", "resume", "intent", "persist"]


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
    r"dissolv(?:e|es|ed|ing)|disband(?:s|ed|ing)?|scrap(?:s|ped|ping)?|wound\s+up|wrap(?:s|ped)\s+up|"
    r"(?:is|was|are|were|now|officially)\s+(?:not\s+)?over|c(?:a|o)mes?\s+to\s+an?\s+(?:\w+\s+)?(?:end|close)|"
    r"drew\s+to\s+a\s+close|cease[sd]?\s+to\s+exist|"
    r"expir(?:e|es|ed|y)|laps(?:e|es|ed)|stood\s+down|deactivat\w+|pass(?:ed|es)\s+into\s+history|"
    r"lower(?:ed|ing)\s+(?:its|the)\s+"
    r"flag|(?:flag|colou?rs?)\s+(?:was|were)\s+(?:lowered|cased|rolled\s+up)|cas(?:ed|ing)\s+(?:its|the)\s+colou?rs|"
    + _NOT_TIME_END
)
_DRAWDOWN = (
    r"(?:withdraw(?:s|n|al|als|ing)?|withdrew)(?!\s+(?:of\s+)?(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:consent|"
    r"support|recognition|backing|funding|aid|accreditation|ambassadors?|envoys?|invitation|request|offer|bid|"
    r"candidacy|application|objections?|proposal|threat|statement|complaint|lawsuit|charges|from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:treaty|agreement|deal|accord|race|talks|pact|negotiations)))|"
    r"pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out|draw(?:s|ing)?\s*-?\s*down|"
    r"drew\s+down|drawdown|scal(?:e|es|ed|ing)\s+(?:back|down)|reduc(?:e|es|ed|ing|tion)\s+(?:[^\s.;]+\s+){0,3}?"
    r"(?:troops|forces|presence|personnel|contingent|footprint|size|strength|numbers)|redeploy\w*|repatriat\w+|"
    r"depart(?:s|ed|ing|ure)?|(?:leav(?:e|es|ing)|left)(?=\s*(?:$|[.,;]|\s+(?:the\s+country|"
    r"(?-i:[A-Z])\w+\b(?<!ans)(?<!ese)|by|before|within|after|in\s+\d)))|exit(?:s|ed|ing)?|(?-i:disengag\w+)(?=\s+from\b)|"
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
    r"\b(?:fighters|militants|jihadists|insurgents|rebels|terrorists)\s+(?:had|have|has)?\s*(?:been|were|was)\s+"
    r"(?:killed|captured|neutrali[sz]ed)\b|\b(?:air|ground)\s+(?:and\s+(?:air|ground)\s+)?operations\b|"
    r"\b(?:clash(?:es|ed|ing)?\s+with|fought|fighting|repel(?:s|led|ling)?|return(?:ed|ing)?\s+fire\s+on)\s+"
    r"(?:[^\s.;]+\s+){0,4}?(?:fighters|militants|jihadists|insurgents|rebels|gunmen|attackers)\b|"
    r"\brespond(?:s|ed|ing)?\s+with\s+(?:[^\s.;]+\s+){0,2}?(?:gunships|air\s*strikes|artillery|fighter\s+jets)\b|"
    r"\b(?:raids?|air\s*strikes?|strikes|sorties|bombing\s+runs?)\s+(?:of|in|under)\s+(?:the\s+)?ZZZ|"
    r"\b(?:take|took|taking|takes)\s+part\s+in\s+combat|\bengag\w+\s+in\s+combat|\bcombat\s+operations\b|"
    r"\b(?:air|ground)\s+(?:and\s+ground\s+)?(?:assault|offensive|campaign)|\bair\s*strikes\b"
)

_MISSION_NOUN = (
    r"(?:missions?|operations?|forces?|peacekeep\w*|troops|soldiers|observers|contingents?|presence|mandate|"
    r"blue\s+helmets|ZZZ\w*|it|them)\b"
)
_ENDED_CUE = rf"\b(?:{_ENDED})\b"

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
     r"headquarters|garrisons?|(?:field\s+|regional\s+)offices)\b", "drawdown", None, "change"),
    (r"\b(?:suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|put\s+on\s+hold|on\s+hold|"
     r"in\s+limbo|fr(?:oze|ozen|eeze|eezes|eezing)|cease[sd]?(?!\s+to\s+exist))\b", "suspended", None, "change"),
    # a court that rules the deployment unlawful stops it
    (rf"\b(?P<head>rul(?:ed|es|ing)|found|declar(?:ed|es|ing))\s+(?:that\s+)?{_W}{{0,25}}?(?:is|was|were|are|be|been)"
     r"\s+(?:(?!not\b|never\b)\w+\s+)?(?:unconstitutional|illegal|unlawful|invalid|null\s+and\s+void)\b",
     "suspended", None, "change"),
    # a host that revokes the mission's legal basis says it is over (the mission may say otherwise)
    (rf"\b(?:revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|annul(?:s|led|ling)?|"
     rf"scrap(?:s|ped|ping)?|t(?:ore|ear|ears|earing)\s+up|withdr(?:ew|aw|aws|awn|awing)|strip(?:s|ped|ping)?)\s+"
     rf"(?:(?!from\s|with\s|ceasefire\s|peace\s|trade\s|nuclear\s|grain\s){_W}){{0,4}}?(?:agreement|accord|"
     r"status[- ]of[- ]forces|sofa|privileges|immunities|legal\s+(?:protections?|status|basis|cover)|diplomatic\s+"
     r"status|accreditation)\b", "ended", None, "change"),
    # carrying on ("no longer operating" is read as its negation: an end)
    (r"\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still|no\s+longer)|still\s+(?:is|are|was|were))\s+"
     r"(?:operating|operational|active|functioning|working|running|in\s+place|deployed|on\s+the\s+ground|here|"
     r"there)\b|\b(?:remain|stay)(?:s|ed|ing)?\s+(?:fully\s+|still\s+)?(?:operational|active|in\s+place|(?:at|in)\s+(?:their|its|our)\s+"
     r"(?:\w+\s+)?(?:positions?|posts?|bases?|stations?))\b|\bcontinu(?:e|es|ed|ing)\s+(?:to\s+operate|operating|to\s+"
     r"function|its\s+work|their\s+work|to\s+(?:fulfil|fulfill|carry\s+out|perform|discharge)\s+(?:its|their)\s+"
     r"(?:tasks|mandate|duties|mission))\b|\b(?:still|no\s+longer)\s+(?:operates|functions)\b|"
     r"\b(?:operat|function)(?:e|es|ed|ing)\s+as\s+(?:normal|usual|before)\b",
     "ended", None, "persist"),
    (r"\bresum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:operations|activities|"
     r"training|patrols|work|mission|flights|deployment|escorts?)\b|\b(?:operations|activities|training|patrols|"
     r"flights|escorts)\s+(?:have\s+|has\s+|had\s+)?(?:been\s+|were\s+|was\s+)?resumed\b",
     "unknown", "suspended", "resume"),
    # kept for another year: "voted to keep its peacekeeping force in the region for another year"
    (rf"\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\s+{_W}{{0,3}}?{_MISSION_NOUN}"
     r"[^.;]{0,100}?\bfor\s+(?:another|a\s+further|an\s+additional|one\s+more)\s+(?:\w+\s+)?"
     r"(?:years?|months?|terms?)\b",
     "extended", None, "change"),
    (r"\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|ing|al)?|prolong(?:s|ed|ing|ation)?|"
     r"roll(?:s|ed)?\s+over|re-?authori[sz](?:e|es|ed|ing|ation))\b(?!\s+(?:fighting|clashes|attacks?|calls?|"
     r"violence|hostilities|tensions?|offensive|strikes|push|efforts?|interest|focus|pressure|concerns?|fears?|"
     r"its\s+control|control|reach|influence|lead))", "extended", None, "change"),
    (_ENDED_CUE, "ended", None, "change"),
    (rf"\b(?:{_DRAWDOWN})\b", "drawdown", None, "change"),
    (r"\b(?:authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed)|green-?light\w*|endors(?:e|es|ed|ing))\s+"
     r"(?:[^\s.;]+\s+){0,4}?(?:deployment|creation|establishment|launch|new\s+(?:\w+\s+)?(?:mission|force|"
     r"operation)|an?\s+(?:\w+\s+){0,2}?(?:mission|force|operation))\b", "planned", None, "change"),
    (r"\b(?:began|begins|started|starts|kicked\s+off|commenced|got\s+under\s*way|took\s+over|assumed|"
     r"inaugurated|was\s+launched|were\s+launched|has\s+been\s+launched)\b", "unknown", None, "start"),
    # "a training deployment" says what the mission does (below), not that it is planned
    (r"\b(?:(?<!training\s)(?<!advisory\s)(?<!monitoring\s)(?<!observer\s)(?<!mentoring\s)deploy(?:ment|ing)?|"
     r"launch|establish|set\s+up|creat(?:e|ion)|stand\s+up|send(?:ing)?|begin|start)\b",
     "planned", None, "intent"),
    # what the mission is doing now
    (r"\bnon-?combat\b|\b(?:advisory|training|assistance|support|monitoring|observer|mentoring|"
     r"capacity-building|enabling)\s+(?:and\s+\w+\s+)?(?:role|mission|capacity|function|posture|deployment|"
     r"rotation)\b",
     "non-combat", None, "state"),
    (rf"{_COMBAT_THING}|{_COMBAT_ACTS}", "combat", None, "state"),
)
# words one of which each cue needs (in the order of _CUE_TABLE): a substring test is far cheaper than a
# regex, and most sentences hold only a few of these words
_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("combat",), ("combat",), ("transition", "shift", "mov", "switch", "chang", "convert", "pivot"),
    ("no longer",), ("combat",), ("complet",), ("complet",), ("last",),
    ("base", "camp", "post", "position", "facilit", "headquarter", "garrison", "offices"),
    ("suspen", "halt", "paus", "hold", "limbo", "froze", "frozen", "freez", "ceas"),
    ("unconstitutional", "illegal", "unlawful", "invalid", "void"),
    ("revok", "rescind", "cancel", "annul", "scrap", "tore", "tear", "withdr", "strip"),
    ("still", "longer", "remain", "stay", "continu", "as normal", "as usual", "as before"), ("resum",),
    ("keep", "kept", "maintain", "retain"), ("exten", "renew", "prolong", "roll", "author"),
    ("end", "conclu", "termin", "clos", "shut", "dissolv", "disband", "scrap", "wound", "wrap", "over", "exist",
     "expir", "laps", "stood", "deactiv", "history", "flag", "colo"),
    ("withdr", "pull", "draw", "drew", "scal", "reduc", "redeploy", "repatri", "depart", "leav", "left", "exit",
     "disengag", "retrograde", "phas", "wind", "downsiz"),
    ("authori", "approv", "green", "endors"),
    ("began", "begin", "start", "kick", "commenc", "under", "took over", "assum", "inaugur", "launched"),
    ("deploy", "launch", "establish", "set up", "creat", "stand up", "send", "begin", "start"),
    ("combat", "advis", "train", "assist", "support", "monitor", "observ", "mentor", "capacity", "enabl"),
    ("combat", "carr", "conduct", "launch", "strik", "struck", "hit", "bomb", "pound", "fire", "shell", "target",
     "engag", "kill", "captur", "neutrali", "take", "took", "air", "ground", "clash", "fought", "fighting", "repel",
     "return", "respond", "raid", "sortie"),
)
# each cue compiled, with whether it is the plain "ended" one (whose object may be something else, and whose
# "is over" needs the mission as its subject) and whether its mode is read at a verb group named "head"
_CUES = tuple(
    (re.compile(pattern, re.I), status, prior, kind, needles, pattern == _ENDED_CUE, "(?P<head>" in pattern)
    for (pattern, status, prior, kind), needles in zip(_CUE_TABLE, _NEEDLES, strict=True)
)
_CUE_NEEDLES = NeedleSets(_NEEDLES)  # which cues a sentence may hold, in one pass
_MANDATE_NEAR = re.compile(
    r"ZZZ|\b(?:mandates?|mission|deployment|presence|operation|stay|term|authori[sz]ation|another\s+(?:year|\d+|six|twelve)|"
    r"further\s+(?:year|\d+|six|twelve)|for\s+(?:one|a|another|six|twelve|\d+)\s+(?:more\s+)?(?:years?|months)|"
    r"until|through)\b", re.I
)
_MANDATE_WINDOW = 50
# what a transitive "ended" ends, when that is not a mission: "ended a war", "ended the siege"
_OTHER_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that|[A-Z][\w-]*['’]s)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:mission|operation|"
    r"mandate|deployment|presence|role|tour|engagement|force|ZZZ)\b)"
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
_STRONG_BREAK = re.compile(r"[;:—–!?]|\.(?=\s)|\b(?:but|whereas|however)\b", re.I)
_QUESTION = re.compile(r"\?\W*$")
_OBJECT = r"(?:[^\s.;]+\s+){0,6}?"
_DEMAND = Needled(re.compile(
    rf"\b(?:call(?:s|ed|ing)?\s+(?:for|on)|demand\w*|urg(?:e|es|ed|ing)|press(?:ed|es|ing)?\s+{_OBJECT}(?:for|to)\b|"
    rf"pressure|push(?:es|ed|ing)?\s+for|wants?|wanted|ask(?:s|ed|ing)?\s+{_OBJECT}(?:for|to)\b|request\w*|seek\w*|"
    r"sought|insist\w*\s+on|appeal\w*|lobby\w*|petition\w*|vow(?:s|ed)?\s+to|threat\w*\s+to|ultimatum|"
    r"resolution\s+(?:calling|demanding|asking)|"
    # backing a change is not making it: "had at no point supported closing the mission"
    r"(?:support|favou?r|advocat|back)(?:s|ed|ing|e|es)?\s+(?:an?\s+|the\s+|its\s+)?$)", re.I
), (
    "call", "demand", "urg", "press", "push", "want", "ask", "request", "seek", "sought", "insist", "appeal", "lobby",
    "petition", "vow", "threat", "ultimatum", "resolution", "support", "favo", "advocat", "back",
))
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|can|cannot|if|unless|whether|"
    r"possibl\w+|consider\w*|mull\w*|weigh\w*|discuss\w*|debat\w*|suggest\w*|recommend\w*|options?|rumou?r\w*|"
    r"speculat\w*|fears?|feared|risk)\b|can['’]t", re.I
)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+[a-z]+ing\b")
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\b", re.I)
_DENIAL = Needled(re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|denials?|reject\w*|dismiss\w*|refut\w*|disput\w*|contest\w*|false|untrue|"
    r"rebuff\w*|contradict\w*)\b", re.I
), (
    "deny", "deni", "reject", "dismiss", "refut", "disput", "contest", "false", "untrue", "rebuff", "contradict",
))
# a claim the article only relays as someone's allegation: "reports alleging that the troops have started
# withdrawing" is not a withdrawal
_ALLEGED = re.compile(r"\b(?:alleg(?:e|es|ed|ing|ation|ations|edly)|unconfirmed|unverified|purported\w*)\b", re.I)
# hearsay nobody is named for: "asked about reports that the operation had ended", "amid rumours that"
_HEARSAY = re.compile(
    r"\b(?:about|amid|despite|following|over|on|of|to)\s+(?:the\s+)?(?:media\s+|press\s+|news\s+)?"
    r"(?:reports|rumou?rs|speculation|suggestions|claims)\s+that\b",
    re.I,
)
# "continue to conduct operations" goes on now; it is no plan
_ONGOING = re.compile(r"\b(?:continu(?:e|es|ed|ing)|keep|keeps|kept)\s+to\s+$", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no\s+one|neither|nor|without|veto(?:es|ed)?|block(?:s|ed)?|fail(?:s|ed)?\s+to|"
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
# what carries on or is over must be the mission, its people, or a pronoun for them
_OVER = re.compile(r"(?:is|was|are|were|now|officially)\s+(?:not\s+)?over", re.I)
_HOLDER = re.compile(
    r"\b(?:missions?|operations?|forces?|mandate|deployment|presence|peacekeep\w+|troops|soldiers|staff|personnel|"
    r"observers|trainers|contingents?|helmets|it|they|we|ZZZ\w*)(?:['’]s)?(?:\s+[^\s,;:.]+){0,3}"
    r"\s+[\u201c\u2018\x22]?$", re.I
)
_HOLDER_REACH = 80
# a duty is not an event: "the Council, which must renew the mandate every six months"
_OBLIGATION = re.compile(r"\b(?:must|should|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to)\s+(?:\w+\s+)?$", re.I)
_BLOCKING = re.compile(
    r"\b(?:block(?:s|ed|ing)?|bar(?:s|red|ring)?|halt(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|"
    r"enjoin(?:s|ed|ing)?|froze|frozen|freez(?:e|es|ing)|suspend(?:s|ed|ing)?|put\s+on\s+hold)\b",
    re.I,
)
_BLOCK_REACH = 100
_BLOCKING_NEEDLES = ("block", "bar", "halt", "prohibit", "forb", "enjoin", "froze", "freez", "suspend", "hold")
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
    if _ALLEGED.search(statement) or _HEARSAY.search(clause):
        return None
    if _OPEN_QUESTION.search(clause[-60:]):
        return None  # "won't say whether the mission is still active": neither way
    if _NEGATION.search(near):
        return "negated"
    # a noun or gerund cue may be the subject of a modal that follows it: "the departure can only begin",
    # "leaving now would be", "the withdrawal will take months"
    modal = None if span.lower().endswith("ed") else _MODAL_AFTER.match(sentence, end)
    if _HYPOTHETICAL.search(clause[-60:]) or (modal and modal["modal"].lower() not in _FUTURE_MODALS):
        return None
    if _FUTURE.search(near) or (_INFINITIVE.search(clause) and not _ONGOING.search(clause)) or modal:
        return "future"
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
            if plain_end and _OTHER_OBJECT.match(sentence, end):
                continue  # "a NATO air campaign ended a war", "ended Niger's participation": something else ended
            if (kind == "persist" or (plain_end and _OVER.fullmatch(m.group()))) and not _HOLDER.search(
                sentence, max(0, start - _HOLDER_REACH), start
            ):
                continue  # "the war is not over", "the threat is still there": not the mission
            # a long cue is held by its verb: "ruled that the plan to send troops is unlawful" is no plan
            mode = mode_of(sentence, *(m.span("head") if headed else (start, end)))
            taken.append((start, end))
            if kind == "intent" and any(map(lowered.__contains__, _BLOCKING_NEEDLES)):
                blocked = _blocked(sentence, start)
                if blocked is not None:
                    status, kind, mode = "suspended", "change", blocked
            if kind == "persist" and mode in ("negated", "denied"):
                kind, mode = "change", "fact" if mode == "negated" else None  # "no longer operates": it ended
            if mode is None or (kind == "change" and _OBLIGATION.search(sentence, max(0, start - 30), start)):
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
