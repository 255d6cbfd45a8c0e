"""The roles a sentence gives a mission: advise, assist, enable, train, monitor, protect, support, patrol…

Role words are everywhere in news ("supported the militias", "enabling them to protect citizens"), so a
word counts only where it names a role: in a list of role words ("advisory, assisting and enabling role",
"training, advising and enabling"), before a role noun ("training mission"), or as what the mission does
or will do ("will remain here to advise", "had begun patrolling"); never when negated or demanded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.mission_cues import mode_of
from bot.analyse.scan import Needled

_ROLE_WORD = Needled(re.compile(
    r"\b(?:advis(?:e|es|ed|ing|ory|ers?)|assist(?:s|ed|ing|ance)?|enabl(?:e|es|ed|ing|ement)|train(?:s|ed|ing)?|"
    r"mentor(?:s|ed|ing)?|monitor(?:s|ed|ing)?|observ(?:e|es|ing|ers?)|protect(?:s|ing|ion)?|support(?:s|ing)?|"
    r"patrol(?:s|led|ling)?|equip(?:s|ping)?|escort(?:s|ed|ing)?|deter(?:s|rence)?)\b",
    re.I,
), ("advis", "assist", "enabl", "train", "mentor", "monitor", "observ", "protect", "support", "patrol", "equip",
    "escort", "deter"))
_ROLE_BY_STEM = (
    ("advis", "advise"), ("assist", "assist"), ("enabl", "enable"), ("train", "train"), ("mentor", "mentor"),
    ("monitor", "monitor"), ("observ", "monitor"), ("protect", "protect"), ("support", "support"),
    ("patrol", "patrol"), ("equip", "equip"), ("escort", "escort"), ("deter", "deter"),
)
# "we train, we advise, we help", "to train and to advise": a list may repeat its subject pronoun or "to"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)\s*(?:(?i:we|they|to)\s+)?")
_ROLE_AFTER = re.compile(
    r"\s+(?:and\s+[\w-]+\s+)?(?:role|mission|capacity|tasks?|duties|activities|efforts|function|deployment|rotation)\b",
    re.I
)
_ROLE_BEFORE = re.compile(
    r"(?:\bto|\bcontinu\w+\s+(?:to|in|with)|\bremain\s+(?:\w+\s+)?to|\brole\b[^.;]{0,40}?\bremains?\s+the|\bstay\s+(?:\w+\s+)?to|\bfocus\w*\s+on|"
    r"\bin\s+an?|\bfor|\bwill|\bwould|\bshall|\bmust|\bbe(?:gan|gun|gin|gins)|\bstart(?:s|ed)?|\bincreas(?:e|es|ed)|\bstep(?:s|ped)?\s+up|"
    r"\bstepping\s+up|\bconduct(?:s|ed|ing)?|\bcarr(?:y|ies|ied)\s+out)\s+$", re.I
)
# what the mission's people do, in the present: "Its staff train Ukrainian personnel", "the mission, which
# trains special forces", "ZZZ monitors the ceasefire" (a blanked-out name)
_DOER_BEFORE = re.compile(
    r"(?:\b(?:its|their)\s+(?:\w+\s+)?(?:staff|troops|personnel|soldiers|instructors|trainers|teams?|advisers|"
    r"advisors|officers|experts|observers|monitors)|\b(?:mission|force|operation)\s*,?\s*(?:which|that)|"
    r"\bZZZ+|(?:^|[.;]\s*)(?:It|They)(?:\s+(?:also|still|now))?)\s+$",
    re.I,
)
_AND_BEFORE = re.compile(r"\band\s+$", re.I)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$", re.I)
# "the naval mission protecting shipping", "peacekeepers monitoring the truce", "a force tasked with protecting"
_GERUND_AFTER = re.compile(
    r"\b(?:(?:mission|operation|force|troops|peacekeepers|monitors|observers|contingent|deployment)(?:['’]s)?|"
    r"(?:tasked|charged|entrusted|mandated)\s+with)\s+$",
    re.I,
)


def _role(word: str) -> str:
    lower = word.lower()
    return next(role for stem, role in _ROLE_BY_STEM if lower.startswith(stem))


def roles(sentence: str) -> list[str]:
    """The mission's roles the sentence names: a list of role words ("advise, assist and enable"), a role
    noun ("advisory role", "training mission"), or a role verb after "to" / "continue to"."""
    words = list(_ROLE_WORD.finditer(sentence))
    keep: list[re.Match[str]] = []
    group: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and group and _LIST_GAP.fullmatch(sentence, group[-1].end(), word.start()):
            group.append(word)
            continue
        if len(group) >= 2:
            keep += group
        elif group:
            single = group[0]
            gerund = single.group().lower().endswith("ing")
            if (_ROLE_AFTER.match(sentence, single.end()) or _ROLE_BEFORE.search(sentence, 0, single.start())
                    or (gerund and _PROGRESSIVE.search(sentence, 0, single.start()))
                    or (gerund and _GERUND_AFTER.search(sentence, 0, single.start()))
                    or (not gerund and _DOER_BEFORE.search(sentence, 0, single.start()))
                    or (keep and _AND_BEFORE.search(sentence, 0, single.start()))):  # "train … and assist"
                keep.append(single)
        group = [word] if word is not None else []
    found: list[str] = []
    for word in keep:
        if mode_of(sentence, word.start(), word.end()) in ("fact", "future"):
            role = _role(word.group())
            if role not in found:
                found.append(role)
    return found


_NAMED_ROLE = re.compile(
    r"\b(?P<word>Training|Monitoring|Observers?|Observation|Assistance|Advisory|Verification|Supervision|"
    # a described mission's name is in lower case: "surveillance activity in the Barents Sea"
    r"(?i:information-gathering|intelligence-gathering|surveillance|reconnaissance))\b"
)
_ROLE_OF_NAME = {"training": "train", "monitoring": "monitor", "observer": "monitor", "observers": "monitor",
                 "observation": "monitor", "assistance": "assist", "advisory": "advise", "verification": "monitor",
                 "supervision": "monitor", "information-gathering": "monitor", "intelligence-gathering": "monitor",
                 "surveillance": "monitor", "reconnaissance": "monitor"}


def named_roles(names: Sequence[str]) -> list[str]:
    """The roles a mission's own name states: an "EU Monitoring Mission" monitors, a "Training Mission"
    trains, a "Military Assistance Mission" assists."""
    found: list[str] = []
    for name in names:
        for match in _NAMED_ROLE.finditer(name):
            role = _ROLE_OF_NAME[match["word"].lower()]
            if role not in found:
                found.append(role)
    return found
