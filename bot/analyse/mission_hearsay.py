"""Claims a sentence only relays: hearsay nobody is named for ("amid reports that the operation had ended",
"Reports carried by X said …"), allegations, what the media reported before the story, and claims the sentence
itself dismisses ("reports of a halt were 'speculation'"). Their cues tell nothing of the mission's status."""

from __future__ import annotations

import re

_REPORTED_THAT = r"(?:have\s+|had\s+)?(?:reported|claimed|suggested|said)\s+that\b"
# "reports of a halt to the operation were 'speculation'": a claim dismissed after it is told
_CLAIM_BEFORE = re.compile(
    r"\b(?:reports?|claims?|rumou?rs?|talk|suggestions?|stories)[\"”’']?\s+(?:of|that|about)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I)
_DISMISSED_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:were|was|are|is)\s+(?:[“\"‘']\s*)?(?:pure\s+|mere\s+|just\s+|simply\s+)?(?:speculation|false|"
    r"untrue|baseless|unfounded|fake|fabricated|incorrect|inaccurate|wrong|rumou?rs?|nonsense|disinformation|"
    r"propaganda)\b", re.I)
# "continues with full force after reports of a pause": the pause is only reported
_HEARSAY_OF = re.compile(
    r"\b(?:after|amid|despite|following|over|about|on|of|to)\s+(?:the\s+)?(?:media\s+|press\s+|news\s+)?"
    r"(?:reports|rumou?rs|speculation|suggestions|claims)\s+of\s+(?:an?\s+|the\s+)?$", re.I)
# "had spread 'baseless reports' of a pause": the word before the claim dismisses it
_DISMISSIVE = re.compile(
    r"\b(?:baseless|false|unfounded|fake|untrue|inaccurate|misleading|fabricated)[\"”’']?\s+[\"“‘']?$", re.I)
# a claim the article only relays as someone's allegation: "reports alleging that the troops have started
# withdrawing" is not a withdrawal
_ALLEGED = re.compile(r"\b(?:alleg(?:e|es|ed|ing|ation|ations|edly)|unconfirmed|unverified|purported\w*)\b", re.I)
# hearsay nobody is named for: "asked about reports that the operation had ended", "amid rumours that"
_HEARSAY = re.compile(
    r"\b(?:(?:about|amid|despite|following|over|on|of|to)\s+(?:the\s+)?(?:media\s+|press\s+|news\s+)?|"
    # "There have been reports that …", "Some media outlets have reported that …"
    r"there\s+(?:(?:have|had|has)\s+been|are|were|is)\s+(?:\w+\s+)?)(?:reports|rumou?rs|speculation|suggestions|claims)"
    r"\s+that\b|"

    r"\b(?:some|several|various|certain)\s+(?:media(?:\s+outlets)?|news\s+outlets|outlets|newspapers|reports)\s+"
    rf"{_REPORTED_THAT}|"
    # a reporter's premise in a press conference: "My newspaper wrote this week that …"
    r"\b(?:our|my)\s+(?:paper|newspaper|station|network|outlet|colleagues)\s+(?:has\s+|had\s+)?"
    r"(?:reported|wrote|said)\s+(?:\w+\s+){0,2}?that\b",
    re.I,
)
# what was reported runs to the end of the clause, or to where someone answers it ("…, the commander insisted that")
_UNTIL_ANSWERED = (r"(?:(?!\b(?:said|says|insisted|insists|told|denied|denies|stressed|added|confirmed)\b)"
                   r"(?:[^.;:]|\.(?=\w)|(?<=\b[A-Z])\.))*$")  # "U.S." ends nothing
# "A day after Norlandic media reported that the drills had been halted": the report the story answers
_REPORTED_AFTER = re.compile(
    r"\b(?:after|since|amid|despite|following)\s+(?:[\w'’-]+\s+){0,2}?(?:media|press|newspapers?|outlets)\s+"
    rf"{_REPORTED_THAT}{_UNTIL_ANSWERED}", re.I)
# the report a story answers, read over the whole sentence before the cue: "The denial came hours after the
# Kestria News agency, citing three officers, reported Tuesday that …"; a briefer answering the press: "I've seen
# the reporting over the last 48 hours that … and that …"
_ANSWERED_REPORT = re.compile(
    r"(?:\b(?:after|amid|following)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|broadcaster|"
    r"outlet|media)\b(?:,[^,;:]{0,100},)?\s+(?:had\s+|has\s+)?(?:reported|claimed)\s+(?:\w+\s+)?|"
    r"\b(?:seen|read|heard)\s+(?:the\s+|some\s+|those\s+)?(?:reporting|reports|stories|speculation)\b[^.;:]{0,40}?)"
    rf"\bthat\b{_UNTIL_ANSWERED}", re.I)
# "Reports carried on Friday by a radio station, quoting a colonel, said the patrols had stopped": what reports
# said, told as such
_REPORTS_SAID = re.compile(
    r"\s*(?:[\"“]?(?:(?:media|press|news|unconfirmed|several|some|earlier)\s+)?reports\b|"
    # "The Kestria Times report, citing unnamed officials, said …": another outlet's story, told as such
    r"(?:the|an?)\s+(?!(?:UN|U\.N\.|United|EU|NATO|AU|African|European)\b)(?-i:[A-Z][\w.&’'-]*\s+){1,3}"
    r"(?:news\s+)?report\b)(?:(?!\b(?:but|however)\b)[^;:])*?"
    r"\b(?:said|say|claimed|claim|suggested|suggest|indicated)\b[^;:]*$", re.I)


def dismissed_claim(sentence: str, start: int, end: int) -> bool:
    """Whether the cue at [start, end) is a claim the sentence dismisses: told as reports, then called false."""
    claim = _CLAIM_BEFORE.search(sentence, max(0, start - 40), start)
    if claim is None:
        return False
    dismissive = _DISMISSIVE.search(sentence, max(0, claim.start() - 20), claim.start())
    return _DISMISSED_AFTER.match(sentence, end) is not None or dismissive is not None


def hearsay(sentence: str, start: int, statement: str, clause: str) -> bool:
    """Whether the cue at `start` is only relayed: `statement` and `clause` are the words before it up to its
    statement's and its clause's start."""
    return _ALLEGED.search(statement) is not None or _HEARSAY.search(clause) is not None or (
        _REPORTED_AFTER.search(statement) is not None or _REPORTS_SAID.match(sentence, 0, start) is not None
        or _ANSWERED_REPORT.search(sentence, 0, start) is not None
        or _HEARSAY_OF.search(sentence, max(0, start - 40), start) is not None)
