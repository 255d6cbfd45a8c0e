"""Titles and offices of the people an article names: which post a person holds ("the Rear Admiral"), which
names are posts rather than bodies ("Deputy Head of Mission"), and which heads writers use for people they
never name ("the official").
"""

from __future__ import annotations

import re

from bot.analyse.speech_lexicon import COMMISSIONED_RANKS, spelled_out
from bot.analyse.speech_registry import Entity

# heads that writers use for people they do not name, so "the official said" is no one named before
ANONYMOUS_WORDS = (
    "official source diplomat analyst expert resident witness observer insider aide officer soldier spokesperson "
    "spokesman spokeswoman representative delegate member person man woman worker guard"
)
ANONYMOUS_HEADS = frozenset(ANONYMOUS_WORDS.split())
MISSION_HEADS = frozenset({"mission", "force", "operation"})


def holds(person: Entity, head: str) -> bool:
    """Whether one of the person's titles has this head ("secretary-general" in "UN Secretary-General"; "the
    general" is a "Lt. Gen.", never a director-general)."""
    wanted = f" {head.replace('-', ' ')} "
    titles = [title for title in (person.title, *person.titles) if title]
    if head == "officer" and any(_RANK.search(_spelled(title)) for title in titles):
        return True  # "The French officer specified …" after "Lieutenant-Commander X"
    if head == "judge" and any(" justice " in _spelled(title) for title in titles):
        return True  # "The judge ordered …" after "Mrs Justice X" or "Mr Justice Y"
    return any(wanted in _spelled(title) and not (head == "general" and _NOT_A_GENERAL.search(title))
               for title in titles)


_RANK = re.compile(rf" (?:{'|'.join(sorted(COMMISSIONED_RANKS))}) ")
_NOT_A_GENERAL = re.compile(r"\b(?:director|secretary|attorney|surgeon|governor|inspector|solicitor|auditor|"
                            r"postmaster|consul|procurator|accountant|registrar)[\s-]+general\b", re.I)


def _spelled(title: str) -> str:
    """The title in lower case with its rank abbreviations written out: "Lt. Gen." → " lieutenant general "."""
    return " " + " ".join(spelled_out(title)) + " "


_RANKS = frozenset({"deputy", "vice", "shadow", "former", "assistant", "acting", "junior", "under", "ex", "associate"})


def other_rank(person: Entity, said: set[str]) -> bool:
    """Whether every title of the person that could match is a deputy's, a shadow's or a former holder's
    while the words said name the office itself ("the defence secretary" is not the shadow defence
    secretary)."""
    titles = [t for t in (person.title, *person.titles) if t]
    ranked = [set(t.lower().replace("-", " ").split()) & _RANKS for t in titles]
    # "the Deputy Minister told MPs" is not the Minister: a rank said that none of the titles carries
    wanted = said & _RANKS - {"former", "ex", "acting"}
    if titles and wanted and not any(wanted <= rank for rank in ranked):
        return True
    return bool(titles) and all(rank and not rank <= said for rank in ranked)
