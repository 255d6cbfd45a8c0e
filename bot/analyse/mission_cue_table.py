"""The cues of mission status: each pattern with the status it signals, the status before it, its kind, and
the words one of which a sentence must hold for the pattern to be tried. `mission_cues` reads them with
tense, modality and negation; this module only lists them.
"""

from __future__ import annotations

from typing import Literal

from bot.models import MissionStatusValue

# change: the status changed; state: what the mission is doing; start: it began (its state says what it
# is); resume: it resumed after a suspension; intent: a verb that only means something as a plan ("deploy");
# persist: the mission carries on ("is still operating"), which speaks against its end; open: its future is
# left undecided ("the future of the mission is in doubt", "no decision has been made on its future")
Kind = Literal["change", "state", "start", "resume", "intent", "persist", "open"]

_W = r"(?:[^\s.;]+\s+)"  # one word and its trailing space, never crossing a sentence or clause end
_END_VERB = (
    r"(?:end(?:s|ed|ing)?|conclu(?:de|des|ded|ding|sion)|complet(?:e|es|ed|ing|ion)|finish(?:es|ed|ing)?|"
    r"terminat(?:e|es|ed|ing|ion)|wind(?:s|ing)?\s+down|wound\s+down)"
)
_COMBAT_THING = (
    r"(?:(?<!non-)(?<!non\s)combat\s+(?:role|mission|operations?|phase|tasks?|duties|presence|troops|forces|units)"
    # "RAF ends strike missions over Iraq and Syria": the strikes are the combat part
    r"|(?:air\s*)?strike\s+(?:missions|operations|role|campaign)|bombing\s+(?:missions|campaign))\b"
)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ROLE_NOUN = r"(?:non-?combat|advis\w+|training|support(?:ing)?|assistance|train\b|advise\b|enabling)"
# "end" that is a time, not a mission ending: "by the end of the year", "at the end of the talks", "its
# previous end date"; "toward that end", "to this end": a purpose
_NOT_TIME_END = (
    rf"(?<!in\sthe\s)(?<!at\sthe\s)(?<!year['’]s\s)(?<!\bthat\s)(?<!\bthis\s)(?<!beginning\sof\sthe\s)(?<![\w-])"
    rf"end(?!\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?"
    rf"(?:year|month|week|day|decade|\d{{4}}|{_MONTH_NAMES}))(?![\s-]+(?:date|point|state|goal|user)s?\b)"
)
_ENDED = (
    r"ends|ended|conclu(?:de[sd]?|ding)|terminat(?:e|es|ed|ing|ion)|"
    # "briefed them in a closed meeting", "closed-door consultations": a kind of meeting, not an end
    r"clos(?:es|ed|ing|ure)(?![\s-]+(?:meetings?|sessions?|doors?|consultations?|hearings?|briefings?|talks)\b)|"
    r"shut(?:s|ting)?\s+down|"
    r"dissolv(?:e|es|ed|ing)|disband(?:s|ed|ing)?|scrap(?:s|ped|ping)?|wound\s+up|wrap(?:s|ped)\s+up|"
    r"(?:is|was|are|were|now|officially)\s+(?:not\s+)?(?:over|gone)|c(?:a|o)mes?\s+to\s+an?\s+(?:\w+\s+)?(?:end|close)|"
    r"drew\s+to\s+a\s+close|cease[sd]?\s+to\s+exist|(?:merg|fold|absorb)(?:e|es|ed|ing)?\s+into|"
    r"complet(?:e|es|ed)\s+(?:its|their)\s+(?:work|mission|mandate|tasks?)\b|"
    r"expir(?:e|es|ed|y(?!\s+date))|laps(?:e|es|ed)|stood\s+down|deactivat\w+|pass(?:ed|es)\s+into\s+history|"
    r"lower(?:ed|ing)\s+(?:its|the)\s+"
    r"flag|(?:flag|colou?rs?)\s+(?:was|were)\s+(?:lowered|cased|rolled\s+up)|cas(?:ed|ing)\s+(?:its|the)\s+colou?rs|"
    + _NOT_TIME_END
)
_DRAWDOWN = (
    r"(?:withdraw(?:s|n|al|als|ing)?|withdrew)(?!\s+(?:of\s+)?(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:consent|"
    r"support|recognition|backing|funding|aid|accreditation|ambassadors?|envoys?|invitation|request|offer|bid|"
    r"permission|approval|clearance|access|"
    r"candidacy|application|objections?|proposal|threat|statement|complaint|lawsuit|charges|from\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:treaty|agreement|deal|accord|race|talks|pact|negotiations)))|"
    r"pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out|draw(?:s|ing)?\s*-?\s*down|"
    r"drew\s+down|drawdown|scal(?:e|es|ed|ing)\s+(?:back|down)|reduc(?:e|es|ed|ing|tion)\s+(?:[^\s.;]+\s+){0,3}?"
    r"(?:troops|forces|presence|personnel|contingent|footprint|size|strength|numbers)|redeploy\w*|repatriat\w+|"
    # "HMAS X has departed Fleet Base West to support Operation Y": setting out to join, not leaving
    r"depart(?:s|ed|ing|ure)?(?!\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:support|join|serve|take\s+part|participate|deploy|"
    r"reinforce|contribute)\b)"
    # "departed Fleet Base West today for a three-month deployment to North Asia as part of ZZZ"
    r"(?![^.;]{0,80}?\bfor\s+(?:a|an|its|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:deployment|patrol|rotation|tour)\b)|(?<!days\s)(?<!weeks\s)(?<!months\s)(?<!years\s)(?<!time\s)"
    # "with three weeks left before it expires": time remaining, not a departure; "the Left Alliance" is a party
    r"(?:leav(?:e|es|ing)|(?-i:left))(?!\s+(?i:behind)\b)(?!\s+\w+['’]s\b)(?=\s*(?:$|[.,;]|\s+(?:the\s+(?:country|(?-i:[A-Z])\w+\s+(?:Region|Province|Strip|Valley))|"
    r"(?-i:[A-Z])\w+\b(?<!ans)(?<!ese)|by|before|within|after|in\s+\d)))|exit(?:s|ed|ing)?|(?-i:disengag\w+)(?=\s+from\b)|"
    r"retrograde|phas(?:e|es|ed|ing)\s+out|wind(?:s|ing)?\s+down|downsiz\w+|"
    # "would go home this summer without a unit to replace it", "has begun bringing home hundreds of soldiers"
    r"(?:go(?:es|ing)?|went|return(?:s|ed|ing)?|head(?:s|ed|ing)?|com(?:e|es|ing)|came)\s+home|"
    r"(?:bring(?:s|ing)?|brought)\s+(?:(?:[^\s.;]+\s+){0,4}?(?:troops|soldiers|forces|personnel|contingent|sailors|"
    r"airmen|police|officers)\s+)?home|"
    r"(?:shr[ai]nk(?:s|ing)?|shrunk)(?=\s+(?:from|to|by)\s+(?:about\s+|around\s+|half|a\s+third|\d))|"
    r"(?:cut(?:s|ting)?|trim(?:s|med|ming)?)\s+(?:[^\s.;]+\s+){0,3}?(?:troops|forces|presence|personnel|"
    r"contingent|footprint|strength|numbers|soldiers)|"
    # "consolidated our forces in northeast Syria from eight locations to three", "a reduction in our footprint"
    r"consolidat(?:e|es|ed|ing)\s+(?:our|its|their|the|U\.S\.)\s+(?:forces|troops|bases|positions|presence|footprint)\b"
    r"(?=[^.;]{0,60}?\bfrom\s+\w+\s+(?:\w+\s+)?to\s+\w+)|"
    r"reduc(?:e|es|ed|ing|tion\s+in)\s+(?:our|its|their|the)\s+(?:footprint|presence|troop\s+numbers)"
)
_COMBAT_ACTS = (
    r"(?:carr(?:y|ies|ied)\s+out|conduct(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:[^\s.;]+\s+){0,3}?(?:air\s*strikes?|"
    r"strikes?|raids?|offensives?|attacks?|bombing|assaults?|operations\s+against)|"
    r"\b(?:strik(?:e|es|ing)|struck|hit|hits|bomb(?:s|ed|ing)?|pound(?:s|ed|ing)?|fired\s+on|fir(?:e|es|ing)\s+on|"
    r"shell(?:s|ed|ing)?|target(?:s|ed|ing)?|engag(?:e|es|ed|ing))\s+(?:[^\s.;]+\s+){0,3}?(?:targets?|sites?|"
    r"positions?|bases?|camps?|hideouts?|fighters|militants|jihadists|insurgents|rebels|elements|convoys?)\b|"
    # "have engaged Kestrian uncrewed aerial vehicles (UAVs) and cruise missiles nearly every day"
    r"\bengag(?:e|es|ed|ing)\s+(?:[^\s.;]+\s+){0,3}?(?:aerial\s+vehicles|UAVs|drones|missiles|rockets)\b|"
    # "they are in combat every night"
    r"\b(?:is|are|was|were|remains?)\s+(?:now\s+|still\s+)?in\s+combat\b(?!\s+(?:role|roles|mission|operations))|"
    # "its forces had “neutralized” two PKK members", "killing at least 14 suspected gang members"
    r"\b(?:kill(?:s|ed|ing)?|captur(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing))[”\"’]?\s+(?:[^\s.;]+\s+){0,3}?(?:"
    r"fighters|militants|jihadists|insurgents|rebels|terrorists|commanders?|leaders?|gang\s+members|gangsters|"
    r"gunmen|bandits|militiamen|pirates|assailants|attackers|raiders|(?-i:[A-Z]{2,})\s+members)\b|"
    r"\b(?:fighters|militants|jihadists|insurgents|rebels|terrorists)\s+(?:had|have|has)?\s*(?:been|were|was)\s+"
    r"(?:killed|captured|neutrali[sz]ed)\b|\b(?:air|ground)\s+(?:and\s+(?:air|ground)\s+)?operations\b|"
    r"\b(?:clash(?:es|ed|ing)?\s+with|fought|fighting|repel(?:s|led|ling)?|return(?:ed|ing)?\s+fire\s+on)\s+"
    r"(?:[^\s.;]+\s+){0,4}?(?:fighters|militants|jihadists|insurgents|rebels|gunmen|attackers|pirates|gangs)\b|"
    r"\brespond(?:s|ed|ing)?\s+with\s+(?:[^\s.;]+\s+){0,2}?(?:gunships|air\s*strikes|artillery|fighter\s+jets)\b|"
    r"\b(?:raids?|air\s*strikes?|strikes?|sorties|bombing\s+runs?)\s+(?:(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?"
    r"(?:carried\s+out|conducted|flown|launched)\s+)?"
    r"(?:of|in|under|as\s+part\s+of)\s+(?:the\s+)?ZZZ|"
    r"\b(?:take|took|taking|takes)\s+part\s+in\s+combat|\bengag\w+\s+in\s+combat|\bcombat\s+operations\b|"
    r"\b(?:air|ground)\s+(?:and\s+ground\s+)?(?:assault|offensive|campaign)|\bair\s*strikes\b|"
    r"\b(?:raids|strikes|sorties|bombings)\s+(?:were|are|form(?:ed)?)\s+part\s+of\b|"
    r"\bexchang(?:e|es|ed|ing)\s+fire\s+with\b|"
    r"\b(?:fight|fighting|fought|fights|battling|battled)\s+(?:alongside|against)\b|"
    # "our units are pursuing rebel remnants in the hills"
    r"\bpursu(?:e|es|ed|ing)\s+(?:[^\s.;]+\s+){0,2}?(?:remnants|fighters|militants|rebels|insurgents|gangs|"
    r"jihadists|terrorists|gunmen|bandits)\b|"
    # "units keep taking the fight to the militias"
    r"\b(?:take|takes|taking|took|taken|carry|carrying|carried)\s+the\s+fight\s+to\b|"
    # "the third day of a joint operation against Islamic State remnants" tells it is under way; "its operation
    # against militants had been suspended" only names it, so the indefinite article is part of the cue
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|assault)\s+against\s+(?:the\s+)?(?:[^\s.;]+\s+){0,2}?"
    r"(?:Islamic\s+State|ISIS|ISIL|Daesh|"
    r"al-Shabaab|Boko\s+Haram|armed\s+groups|militants|insurgents|jihadists|rebels|terrorists)\b|"
    # "pressed ahead Tuesday with its offensive", "pushed on with the offensive"
    r"\b(?:continu(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|pursu(?:e|es|ed|ing))\s+"
    r"(?:(?:on|ahead)\s+(?:[A-Z]\w+\s+)?(?:with\s+)?)?(?:(?:a|an|the|its|their)\s+)?"
    r"(?:joint\s+|military\s+|ground\s+|new\s+|cross-border\s+|counter-?\s*)?offensive\b|"
    # "operations against armed groups continue each night"
    r"\boperations\s+against\s+(?:the\s+)?(?:[^\s.;]+\s+){0,2}?(?:gangs|militants|jihadists|insurgents|rebels|"
    r"terrorists|armed\s+groups|pirates|bandits)\s+(?:continue|are\s+continuing|go\s+on|have\s+continued)\b|"
    # "the force went on the offensive", "is now on the offensive"
    r"\b(?:is|are|was|were|went|go|goes|going|gone|been|now|remains?|stays?)\s+on\s+the\s+offensive\b|"
    # "U.S. forces had destroyed another vessel in the eastern Pacific, killing three people aboard"
    r"\b(?:destroy(?:s|ed|ing)?|sank|sunk|sink(?:s|ing)?)\s+(?:another|a|an|two|three|four|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vessels?|boats?|speedboats?|drones|UAVs|missiles)\b|"
    r"\b(?:intercept(?:s|ed|ing)?|shot\s+down|shoot(?:s|ing)?\s+down|downed)\s+(?:[^\s.;]+\s+){0,3}?"
    r"(?:drones?|missiles?|rockets?|projectiles?)\b"
)

_MISSION_NOUN = (
    r"(?:missions?|operations?|forces?|peacekeep\w*|troops|soldiers|observers|contingents?|presence|mandate|"
    r"blue\s+helmets|ZZZ\w*|it|them)\b"
)
ENDED_CUE = rf"\b(?:{_ENDED})\b"

CUE_TABLE: tuple[tuple[str, MissionStatusValue, MissionStatusValue | None, Kind], ...] = (
    # a combat role ending is a transition to non-combat, checked before any plain "end"
    (rf"\b{_END_VERB}\b(?:\s+(?:of|to))?\s+{_W}{{0,4}}?{_COMBAT_THING}",
     "non-combat", "combat", "change"),
    (rf"\b{_COMBAT_THING}[^.;]{{0,60}}?\b(?:(?<!year['’]s\s)end(?:s|ed)?|(?:is|was|are|were)\s+over|"
     rf"conclude[sd]?|came\s+to\s+an\s+end|finished|completed?|wound\s+down)\b",
     "non-combat", "combat", "change"),
    (rf"\b(?:transition\w*|shift\w*|mov(?:e|es|ed|ing)|switch\w*|chang\w+|convert\w*|pivot\w*)\b[^.;]{{0,40}}?"
     rf"\b(?:to|into|towards?)\s+(?:an?\s+|its\s+|the\s+)?(?:purely\s+|exclusively\s+|solely\s+)?{_ROLE_NOUN}",
     "non-combat", "combat", "change"),
    # "the emphasis will shift from basic infantry training of new recruits, which …, to the training of …"
    (rf"\b(?:shift\w*|mov(?:e|es|ed|ing)|switch\w*)\s+(?:\w+\s+)?from\b[^.;]{{0,160}}?,\s+to\s+(?:an?\s+|its\s+|the\s+)?"
     rf"{_ROLE_NOUN}", "non-combat", None, "change"),
    (r"\bno\s+longer\b[^.;]{0,30}?\bcombat\b", "non-combat", "combat", "change"),
    (r"\bwithdraw\w*\s+(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+)?combat\s+(?:troops|forces|units)",
     "non-combat", "combat", "change"),
    # the withdrawal is over: the mission has ended
    (rf"\bcomplet(?:e|es|ed|ing)\s+(?:its\s+|the\s+|their\s+)?(?:{_W}{{0,2}}?|\w+\s+and\s+(?:the\s+|its\s+)?)"
     r"(?:withdrawal|pull-?out|drawdown|departure|exit|retrograde|redeployment)", "ended", "drawdown", "change"),
    (r"\b(?:withdrawal|pull-?out|departure|exit|drawdown)\s+(?:[^\s.;]+\s+){0,10}?(?:was|is|has\s+been|had\s+been)"
     r"\s+(?:now\s+|fully\s+|officially\s+)?completed?\b", "ended", "drawdown", "change"),
    (r"\b(?:the\s+)?last\s+(?:[^\s.;]+\s+){0,3}?(?:troops|soldiers|peacekeepers|personnel|contingent|forces|"
     r"blue\s+helmets|convoys?|units|advisers|advisors|trainers|instructors|observers|officers)\s+"
     r"(?:[^\s.;]+\s+){0,7}?(?:left|departed|withdrew|pulled\s+out|flew\s+out|rolled\s+out|landed|"
     r"(?:returned|came|flew|arrived)\s+home)\b",
     "ended", "drawdown", "change"),
    # "will hand over to a successor operation": the operation ends when its successor takes over
    (r"\bhand(?:s|ed|ing)?\s+over\s+(?:its\s+\w+\s+)?to\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:successor|follow-on|new\s+(?:mission|operation|force))\b", "ended", None, "change"),
    # bases handed over or closed: a drawdown, not the end of the mission
    (r"\b(?:clos(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|vacat\w+|evacuat\w+|leav(?:e|es|ing)|left|"
     r"transferr?(?:ed|ing|s)?)\s+(?:[^\s.;]+\s+){0,3}?(?:bases?|camps?|posts?|positions?|facilities|"
     r"headquarters|garrisons?|(?:field\s+|regional\s+)offices)\b", "drawdown", None, "change"),
    (r"\b(?:suspen(?:d|ds|ded|ding|sion)|halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|put\s+on\s+hold|on\s+hold|"
     r"in\s+limbo|fr(?:oze|ozen|eeze|eezes|eezing)|cease[sd]?(?!\s+to\s+exist)|discontinu(?:e|es|ed|ing))\b|"
     # "had stopped sending patrols from its bases": stopping the mission's work suspends it
     r"\bstop(?:s|ped|ping)?\s+(?:sending\s+(?:out\s+)?|conducting\s+|carrying\s+out\s+|flying\s+)?"
     r"(?:its\s+|their\s+|the\s+|all\s+)?(?:patrols|operations|flights|escorts|training|monitoring|inspections)\b",
     "suspended", None, "change"),
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
     r"there|at\s+work)\b|\b(?:remain|stay)(?:s|ed|ing)?\s+(?:fully\s+|still\s+)?(?:operational|active|in\s+place|(?:at|in)\s+(?:their|its|our)\s+"
     r"(?:\w+\s+)?(?:positions?|posts?|bases?|stations?))\b|\bcontinu(?:e|es|ed|ing)\s+(?:to\s+operate|operating|to\s+"
     r"function|its\s+work|their\s+work|to\s+(?:fulfil|fulfill|carry\s+out|perform|discharge)\s+(?:its|their)\s+"
     r"(?:tasks|mandate|duties|mission))\b|\b(?:still|no\s+longer)\s+(?:operates|functions)\b|"
     r"\b(?:operat|function)(?:e|es|ed|ing)\s+as\s+(?:normal|usual|before)\b|"
     # "are continuing their cross-border offensive" is combat going on (the combat cue reads it)
     r"\b(?:is|are|was|were)\s+continuing\b(?!\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+){0,2}?offensive\b)|"
     r"\bcontinu(?:e|es|ed)\s+(?:with|unchanged|as\s+before|as\s+normal)\b|"
     # "Its work continues", "the patrols go on", "Operation X continues, and it will continue"
     r"\b(?:work|patrols|operations|activities|monitoring)\s+(?:continues|continue|go(?:es)?\s+on)\b|"
     r"(?<=Z\s)(?:continues|goes\s+on)\b(?!\s+to\b)",
     "ended", None, "persist"),
    (r"\b(?:resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?)\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
     r"(?:programmes|programs|operations|"
     r"activities|training|patrols|work|mission|flights|deployment|escorts?|inspections|boardings|monitoring|"
     r"visits)\b|\b(?:operations|activities|training|patrols|flights|escorts|inspections|boardings|visits)\s+"
     r"(?:have\s+|has\s+|had\s+)?(?:been\s+|were\s+|was\s+)?resumed\b",
     "unknown", "suspended", "resume"),
    # kept for another year: "voted to keep its peacekeeping force in the region for another year"; kept until a
    # date: "keeps 5,000 troops on the border until mid-2027"
    (rf"\b(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)\s+{_W}{{0,3}}?{_MISSION_NOUN}"
     r"[^.;]{0,100}?\bfor\s+(?:another|a\s+further|an\s+additional|one\s+more)\s+(?:\w+\s+)?"
     r"(?:years?|months?|terms?)\b|"
     rf"\b(?:keep(?:s|ing)?|kept)\s+(?:[\d,]+\s+)?{_W}{{0,5}}?{_MISSION_NOUN}[^.;]{{0,60}}?\buntil\s+"
     r"(?:(?:mid|late|early|the\s+end\s+of)[-\s]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b|"
     # "announced that the mission will stay until at least mid-2031": a new term, announced
     r"\b(?P<head>announc(?:e|es|ed|ing))\s+(?:today\s+)?that\s+[^.;]{0,60}?\b(?:will|would)\s+(?:continue|remain|stay)\b"
     r"[^.;]{0,40}?\buntil\s+(?:at\s+least\s+)?(?:(?:mid|late|early|the\s+end\s+of)[-\s]+)?(?:\d{1,2}\s+)?"
     r"(?:[A-Z][a-z]+\s+)?\d{4}\b",
     "extended", None, "change"),
    (r"\b(?:extend(?:s|ed|ing)?|extension|renew(?:s|ed|ing|al)?|prolong(?:s|ed|ing|ation)?|"
     r"roll(?:s|ed)?\s+over|re-?authori[sz](?:e|es|ed|ing|ation))\b(?!\s+(?:fighting|clashes|attacks?|calls?|"
     r"violence|hostilities|tensions?|offensive|strikes|push|efforts?|interest|focus|pressure|concerns?|fears?|"
     r"its\s+control|control|reach|influence|lead))", "extended", None, "change"),
    (ENDED_CUE, "ended", None, "change"),
    (rf"\b(?:{_DRAWDOWN})\b", "drawdown", None, "change"),
    (r"\b(?:authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed)|green-?light\w*|endors(?:e|es|ed|ing))\s+"
     r"(?:[^\s.;]+\s+){0,4}?(?:deployment|creation|establishment|launch|new\s+(?:\w+\s+)?(?:mission|force|"
     r"operation)|an?\s+(?:\w+\s+){0,2}?(?:mission|force|operation))\b|"
     r"\bplans?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:ZZZ\w*|mission|force|operation)\b|"
     # "as part of the planned Multinational Force Ukraine": a force named as still to come
     r"\b(?:planned|proposed|envisaged|prospective)\s+(?:[\w-]+\s+){0,2}?ZZZ\w*",
     "planned", None, "change"),
    (r"\b(?:began|begins|started|starts|kicked\s+off|commenced|got\s+under\s*way|took\s+over|assumed|"
     r"inaugurated|was\s+launched|were\s+launched|has\s+been\s+launched)\b", "unknown", None, "start"),
    # "a training deployment" says what the mission does (below), not that it is planned
    (r"\bnew\s+(?:operation|mission)\s+(?:called|named|dubbed|code-?named)\s+ZZZ|"
     r"\bsuccessor\s+(?:mission|operation|force),\s+ZZZ\w*|"
     # "a three-month deployment under ZZZ", "the 20th deployment of a ship": one rotation of a mission under way
     r"\b(?:(?<!training\s)(?<!advisory\s)(?<!monitoring\s)(?<!observer\s)(?<!mentoring\s)(?<!month\s)(?<!week\s)"
     r"(?<!year\s)(?<!\dth\s)(?<!\dst\s)(?<!\dnd\s)(?<!\drd\s)deploy(?:ment|ing|s)?|"
     r"launch|establish|set\s+up|creat(?:e|ion)|stand\s+up|send(?:ing)?|begin|start|activat(?:e|ion|ing))\b|"
     r"\b(?:be|been)\s+deployed\b",
     "planned", None, "intent"),
    # its future undecided: the article reports no status, and says so
    (rf"\b(?:future|fate)\s+of\s+(?:the\s+|its\s+|[A-Z][\w-]*['’]s\s+)?{_W}{{0,4}}?{_MISSION_NOUN}[^.;]{{0,60}}?"
     r"(?:\s(?:is|was|remains?|remained|looks?|appears?|seems?|hangs?|now|still|left)\s+|\s)(?:\w+\s+)?"
     r"(?:unclear|uncertain|in\s+doubt|undecided|in\s+question|up\s+in\s+the\s+air|in\s+the\s+balance|unresolved)\b|"
     r"\b(?:no\s+decision|not\s+(?:yet\s+)?(?:made|taken|reached)\s+a\s+decision|(?:yet|still)\s+to\s+(?:decide|make\s+a\s+"
     r"decision))\b[^.;]{0,40}?\b(?:on|about|over)\s+(?:the\s+)?(?:future|fate)\b",
     "unknown", None, "open"),
    # what the mission is doing now
    (r"\bnon-?combat\b|\bpeacetime\s+(?:[\w-]+\s+){0,2}mission\b|"
     r"\b(?:advisory|training|assistance|support|monitoring|observer|mentoring|"
     r"capacity-building|enabling)\s+(?:and\s+\w+\s+)?(?:role|mission|capacity|function|posture|deployment|"
     r"rotation)\b",
     "non-combat", None, "state"),
    (rf"{_COMBAT_THING}|{_COMBAT_ACTS}", "combat", None, "state"),
)
# words one of which each cue needs (in the order of CUE_TABLE): a substring test is far cheaper than a
# regex, and most sentences hold only a few of these words
NEEDLES: tuple[tuple[str, ...], ...] = (
    ("combat", "strike", "bombing"), ("combat", "strike", "bombing"),
    ("transition", "shift", "mov", "switch", "chang", "convert", "pivot"), ("shift", "mov", "switch"),
    ("no longer",), ("combat",), ("complet",), ("complet",), ("last",), ("hand",),
    ("base", "camp", "post", "position", "facilit", "headquarter", "garrison", "offices"),
    ("suspen", "halt", "paus", "hold", "limbo", "froze", "frozen", "freez", "ceas", "discontinu", "stop"),
    ("unconstitutional", "illegal", "unlawful", "invalid", "void"),
    ("revok", "rescind", "cancel", "annul", "scrap", "tore", "tear", "withdr", "strip"),
    ("still", "longer", "remain", "stay", "continu", "as normal", "as usual", "as before", "go on", "goes on"),
    ("resum", "restart"),
    ("keep", "kept", "maintain", "retain", "announc"), ("exten", "renew", "prolong", "roll", "author"),
    ("end", "conclu", "termin", "clos", "shut", "dissolv", "disband", "scrap", "wound", "wrap", "over", "gone", "exist",
     "merg", "fold", "absorb", "complet", "expir", "laps", "stood", "deactiv", "history", "flag", "colo"),
    ("withdr", "pull", "draw", "drew", "scal", "reduc", "redeploy", "repatri", "depart", "leav", "left", "exit",
     "disengag", "retrograde", "phas", "wind", "downsiz", "shr", "cut", "trim", "home", "consolidat", "reduc"),
    ("authori", "approv", "green", "endors", "plan", "propos", "envisag", "prospect"),
    ("began", "begin", "start", "kick", "commenc", "under", "took over", "assum", "inaugur", "launched"),
    ("deploy", "launch", "establish", "set up", "creat", "stand up", "send", "begin", "start", "activat", "new",
     "successor"),
    ("future", "fate"),
    ("combat", "advis", "train", "assist", "support", "monitor", "observ", "mentor", "capacity", "enabl", "peacetime"),
    ("combat", "carr", "conduct", "launch", "strik", "struck", "hit", "bomb", "pound", "fire", "shell", "target",
     "engag", "kill", "captur", "neutrali", "take", "took", "air", "ground", "clash", "fought", "fight", "battl",
     "repel", "return", "respond", "raid", "sortie", "offensive", "intercept", "shot", "shoot", "downed", "destroy",
     "sank", "sunk", "sink", "against", "pursu"),
)
