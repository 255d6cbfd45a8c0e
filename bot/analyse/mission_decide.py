"""From the cues an article gives about one mission to the status it reports.

Every asserted cue votes with the weight of where it stands (headline, lead, body; named or referred to).
A reported change counts most, a plan less, a description of what the mission does least: "MONUSCO
helicopters strike M23 positions" is combat even if the last paragraph mentions a plan to withdraw one day.
The same cue negated or denied speaks against that status; when both sides are strong the article itself
shows a dispute.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.analyse.dates import DateMention, find_dates
from bot.analyse.mission_cues import DISPUTED_PLACES, Signal, cue_scope
from bot.models import MissionStatusValue

_PRIORITY: tuple[MissionStatusValue, ...] = (
    "ended", "suspended", "extended", "drawdown", "non-combat", "combat", "planned",
)
_CHANGE, _PLAN, _STATE, _FUTURE_STATE = 1.0, 0.6, 0.5, 0.25
_DISPUTE_SHARE = 0.5
_DENIAL_FACTOR = 2.0
_ENDED_SHARE = 0.5
_RIVAL_SHARE = 0.6
_ROLE_VOTE, _MAX_ROLE_VOTE = 0.4, 1.0
_NON_COMBAT_ROLES = frozenset({"advise", "assist", "enable", "train", "mentor", "monitor", "equip"})
_HISTORY = timedelta(days=365)


_COMPATIBLE: frozenset[frozenset[MissionStatusValue]] = frozenset(
    frozenset(pair) for pair in (
        ("extended", "non-combat"), ("extended", "combat"), ("extended", "drawdown"),
        ("drawdown", "ended"), ("drawdown", "non-combat"), ("drawdown", "combat"),
    )
)


def compatible(a: MissionStatusValue, b: MissionStatusValue) -> bool:
    """Whether two statuses can both hold at about the same time (a drawdown and a combat role can; an end
    and a suspension cannot). A plan fits any status: "will end on 15 July" and "ended" are one story told
    at two moments, not two accounts of one moment."""
    return a == b or "unknown" in (a, b) or "planned" in (a, b) or frozenset((a, b)) in _COMPATIBLE


@dataclass(frozen=True, slots=True)
class Hit:
    """A cue that a sentence gives about the mission, weighted by where the sentence stands."""

    signal: Signal
    weight: float
    sentence: str
    order: int


@dataclass(frozen=True, slots=True)
class Decision:
    status: MissionStatusValue
    previous: MissionStatusValue | None
    support: tuple[Hit, ...]
    rejected: tuple[Hit, ...] = ()  # denials of another status: evidence that a rival account exists


def _vote(hit: Hit, current: bool = True) -> tuple[MissionStatusValue, float] | None:
    """The status a hit votes for and how strongly; `current` leaves out a state that went on until
    something else happened ("had been drawing down since September"), which only tells what came before."""
    signal = hit.signal
    if current and signal.pluperfect and signal.progressive:
        return None
    if signal.kind in ("change", "open") and signal.mode == "fact":
        return signal.status, hit.weight * _CHANGE
    if signal.kind in ("change", "intent") and signal.mode == "future":
        return "planned", hit.weight * _PLAN
    if signal.kind == "state" and signal.mode == "fact":
        return signal.status, hit.weight * _STATE
    if signal.kind == "state" and signal.mode == "future":
        return signal.status, hit.weight * _FUTURE_STATE
    return None


def _previous(status: MissionStatusValue, support: list[Hit], hits: list[Hit]) -> MissionStatusValue | None:
    before: dict[MissionStatusValue, float] = {}
    for hit in hits:
        vote = _vote(hit, current=False)
        if hit.signal.pluperfect and vote and vote[0] not in (status, "planned"):
            before[vote[0]] = before.get(vote[0], 0.0) + vote[1]
    if before:
        return max(before, key=lambda s: before[s])
    stated = Counter(h.signal.previous for h in support if h.signal.previous).most_common(1)
    if stated:
        return stated[0][0]
    asserted = [h.signal for h in hits if h.signal.mode == "fact"]
    if any(s.kind == "resume" for s in asserted):
        return "suspended"
    if status == "ended" and any(s.previous == "combat" for s in asserted):
        return "combat"  # "ending a 13-year combat mission" and the mission is gone: it was a combat mission
    if status == "ended" and any(s.status == "drawdown" and s.kind == "change" for s in asserted):
        return "drawdown"
    return None


# "the disputed region", "disputed islands": a place whose ownership is disputed frames nothing about the mission
_GOING_ON = re.compile(r"continu|as\s+(?:normal|usual|before)|operat|function", re.I)
_DISPUTE_FRAME = re.compile(
    rf"\b(?:disput\w*(?!\s+(?:\w+\s+)?{DISPUTED_PLACES})|disagree\w*|conflicting|contradict\w*|at odds|differing|"
    r"rival accounts|"
    r"(?:row|clash|spat|standoff|stand-off) over)\b", re.IGNORECASE)


# a denial of what reports or claims say, rather than of what a named party declared
_DENIES_REPORTS = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|allegations?|rumou?rs?|speculation|accounts?)\b", re.IGNORECASE)
# "X says A, Y insists B", "Police claim monitors halted patrols; the mission says nothing has changed"
_TWO_SIDES = re.compile(r"\b(?:says?|insists?|maintains?|claims?)\b.*\b(?:says?|insists?|maintains?)\b", re.IGNORECASE)


def framed_as_dispute(lead: str) -> bool:
    """Whether the headline or lead presents the story as a dispute ("Kosovo says EULEX is over, EU
    disagrees", "conflicting accounts over whether the force has gone on the offensive", "X says A, but Y
    insists B"), rather than as a denial of a claim ("Egypt denies reports of troop cuts")."""
    return _DISPUTE_FRAME.search(lead) is not None or any(_TWO_SIDES.search(line) for line in lead.splitlines())


def decide(hits: list[Hit], roles: Sequence[str] = (), dispute_framed: bool = False) -> Decision:
    """The status the hits add up to, what it changed from, and the hits that support it. Reports or claims
    the article tells of as denied give way to what else it reports, unless the article frames a dispute;
    a named party's declaration that another denies is a dispute."""
    score: dict[MissionStatusValue, float] = {}
    voters: dict[MissionStatusValue, list[Hit]] = {}
    # "the extension, approved by Cabinet last week": once the renewal is decided, "will keep troops there
    # until 2029, extending the operation" tells of that extension, not of a plan
    decided = any(h.signal.status == "extended" and h.signal.kind == "change" and h.signal.mode == "fact" for h in hits)
    # "has begun reducing its numbers, with about 90 personnel to leave before Christmas": once a drawdown is
    # under way, the departures still to come are that drawdown, not a plan (a planned end stays a plan)
    drawing_down = any(h.signal.status == "drawdown" and h.signal.kind == "change" and h.signal.mode == "fact"
                       and not h.signal.pluperfect for h in hits)
    for hit in hits:
        vote = _vote(hit)
        if decided and vote is not None and hit.signal.status == "extended" and hit.signal.mode == "future":
            vote = "extended", vote[1]
        if drawing_down and vote is not None and hit.signal.kind == "change" and hit.signal.mode == "future" and (
                hit.signal.status == "drawdown"):
            vote = "drawdown", vote[1]
        if vote is not None:
            score[vote[0]] = score.get(vote[0], 0.0) + vote[1]
            voters.setdefault(vote[0], []).append(hit)
    if any(h.signal.kind == "resume" and h.signal.mode == "fact" for h in hits) and "suspended" in score:
        # "resumes inspections after a three-week pause": the suspension is what came before
        del score["suspended"]
        voters.pop("suspended", None)
    # a mission that advises, trains or monitors describes a non-combat mission
    # ("last renewed in May" tells the time before: it votes for nothing, so it leaves the roles their say)
    changes = {h.signal.status for h in hits
               if h.signal.kind == "change" and h.signal.mode == "fact" and _vote(h) is not None}
    if "suspended" not in score:
        changes.discard("suspended")  # resumed: the pause is the time before, so the roles tell what it does now
    role_vote = min(_ROLE_VOTE * len(_NON_COMBAT_ROLES.intersection(roles)), _MAX_ROLE_VOTE)
    if role_vote and not changes:
        score["non-combat"] = score.get("non-combat", 0.0) + role_vote
        voters.setdefault("non-combat", [])
    if not score:
        resumed = [h for h in hits if h.signal.kind == "resume" and h.signal.mode == "fact"]
        return Decision("unknown", "suspended" if resumed else None, tuple(resumed))
    ending = [
        h for h in voters.get("non-combat", []) if h.signal.previous == "combat" and h.signal.kind == "change"
    ]
    if score.get("ended", 0.0) >= _ENDED_SHARE * sum(h.weight for h in ending) > 0:
        # "Isaf passed into history, ending a 13-year combat mission": the mission itself is gone, so its
        # combat ending is part of its end, not a move to a non-combat role
        for hit in ending:
            score["non-combat"] -= hit.weight
            score["ended"] += hit.weight
            voters["non-combat"].remove(hit)
            voters["ended"].append(hit)
    status = max(score, key=lambda s: (score[s], -_PRIORITY.index(s) if s in _PRIORITY else -len(_PRIORITY)))
    support = voters[status]
    if status in ("non-combat", "combat"):
        support += [h for h in hits if h.signal.kind == "start" and h.signal.mode == "fact"]
    previous = _previous(status, support, hits)
    # a denial answers someone's claim, so it weighs more against the claim than a plain "did not"
    # "is still operating" speaks against its end as a "has not ended" does
    # "is still operating" speaks against an end; "patrols are continuing as normal" against a suspension too
    against = [
        h for h in hits
        if (h.signal.status == status and (h.signal.mode in ("negated", "denied") or h.signal.kind == "persist"))
        or (status == "suspended" and h.signal.kind == "persist" and h.signal.mode == "fact"
            and _GOING_ON.search(h.sentence, h.signal.start, h.signal.end))
    ]
    # a denial, or "the mission is continuing" against a reported end, answers the claim head-on
    # in a story framed as a dispute ("Monusco says they never stopped"), a plain "have never been suspended" is
    # one side's answer, as a denial is
    weight_against = sum(h.weight * (_DENIAL_FACTOR if h.signal.mode == "denied" or h.signal.kind == "persist" or (
        dispute_framed and h.signal.mode == "negated") else 1.0) for h in against)
    if against and weight_against >= _DISPUTE_SHARE * score[status]:
        # a headline that is a denial ("Ministry denies Operation Lantern has closed, says hub is being
        # scaled back") tells the story from the denier's side, as a denial of reports does
        if not dispute_framed and any(h.signal.mode == "denied" and (_DENIES_REPORTS.search(h.sentence) or h.order == 0)
                                      for h in against):
            return _after_denial(status, score, voters, hits, roles=roles, against=tuple(against))
        return Decision("disputed", previous, tuple(support + against))
    # "Niger says the mission is over; Brussels says it is only suspended": two accounts of the present
    rivals = [
        s for s in changes
        if status in changes and s in score and not compatible(s, status) and score[s] >= _RIVAL_SHARE * score[status]
    ]
    current = [
        h for h in voters.get(rivals[0], []) if h.signal.kind == "change" and not h.signal.pluperfect
    ] if rivals else []
    if current and sum(h.weight for h in current) >= _RIVAL_SHARE * score[status]:
        return Decision("disputed", previous, tuple(support + current))
    denials = tuple(h for h in hits if h.signal.mode == "denied" and h.signal.status not in (status, "unknown"))
    return Decision(status, previous, tuple(support), denials)


def _after_denial(denied: MissionStatusValue, score: dict[MissionStatusValue, float],
                  voters: dict[MissionStatusValue, list[Hit]], hits: list[Hit], *, roles: Sequence[str],
                  against: tuple[Hit, ...]) -> Decision:
    """"Egypt denied reports that the US had begun withdrawing": the article reports the denial, so the
    status is what else it says (the force "continues its monitoring"), not the denied claim."""
    rest = {s: v for s, v in score.items() if s != denied and v > 0}
    if not rest and _NON_COMBAT_ROLES.intersection(roles):
        return Decision("non-combat", None, tuple(voters.get("non-combat", [])), against)
    if not rest:
        return Decision("unknown", None, (), against)
    other = max(rest, key=lambda s: (rest[s], -_PRIORITY.index(s) if s in _PRIORITY else -len(_PRIORITY)))
    return Decision(other, _previous(other, voters[other], hits), tuple(voters[other]), against)


def since(hits: tuple[Hit, ...], anchor: date | None) -> date | None:
    """The date the status took effect (for a plan: was announced): a past date stated in its strongest
    evidence — in the cue's own clause first ("ended on 31 December 2020"), then a recent one elsewhere in
    the sentence ("Thursday's session ... announcing the end"), "since Dec. 9, 2021" before others — else
    the article's date. A description of what the mission does ("its aircraft conducted 41 strikes between
    Monday and Tuesday") dates the report, not the state, unless it says since when."""
    stated: dict[str, list[DateMention]] = {}  # several hits often share a sentence
    for hit in sorted(hits, key=lambda h: (-h.weight, h.order)):
        lo, hi = cue_scope(hit.sentence, hit.signal.start, hit.signal.end)
        if hit.sentence not in stated:
            stated[hit.sentence] = find_dates(hit.sentence, anchor)
        past = [
            m for m in stated[hit.sentence]
            if not m.deadline and (anchor is None or m.value <= anchor + timedelta(days=1))
        ]
        if hit.signal.kind != "change":
            past = [m for m in past if m.since]
        own = [m for m in past if lo <= m.start < hi]
        # outside the cue's clause only a day counts: "since 2012" or "last month" there dates something else
        recent = [
            m for m in past
            if m.precision == "day" and (m.since or (anchor is not None and m.value >= anchor - _HISTORY))
        ]
        middle = (hit.signal.start + hit.signal.end) // 2
        for dated in (own, recent):
            if dated:
                return min(dated, key=lambda m: (not m.since, m.precision != "day", abs(m.start - middle))).value
    return anchor
