"""One current status per mission across many articles, and the timeline of how it got there.

Articles name a mission differently (acronym, long form, the operator's alias), so observations are
grouped by any name they share. Reports are then read in date order: reports of about the same time that
cannot both be true make the mission `disputed`, with both sides kept as evidence; otherwise the latest
report wins, and the report before it gives the previous status.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.analyse.mission_catalogue import CANONICAL_BY_KEY, name_key
from bot.analyse.mission_cues import signals
from bot.analyse.mission_decide import compatible
from bot.models import ArticleFacts, Evidence, MissionSpec, MissionStatus, MissionStatusValue

_GENERIC = re.compile(r"^(?:\w+ )?(?:coalition|mission|operation|force|task force|peacekeeping mission)$")
_SAME_TIME_DAYS = 2
_MAX_EVIDENCE = 6
_STAGE: tuple[MissionStatusValue, ...] = (
    "ended", "suspended", "extended", "drawdown", "non-combat", "combat", "planned", "disputed",
)
@dataclass(frozen=True, slots=True)
class Transition:
    """The mission entered `status` on `on` (from `previous_status`), as the listed articles report."""

    mission: str
    on: date | None
    status: MissionStatusValue
    previous_status: MissionStatusValue | None
    article_ids: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class _Observation:
    status: MissionStatus
    published: date | None
    index: int
    article_id: str

    @property
    def when(self) -> date | None:
        return self.published or self.status.since


def _keys(status: MissionStatus) -> set[str]:
    keys = {name_key(n) for n in (status.mission, *status.aliases)}
    keys |= {name_key(CANONICAL_BY_KEY[k]) for k in list(keys) if k in CANONICAL_BY_KEY}
    return {k for k in keys if k and not _GENERIC.match(k)}


def _tracked_names(tracked: Sequence[MissionSpec]) -> dict[str, str]:
    return {name_key(n): spec.name for spec in tracked for n in (spec.name, *spec.aliases)}


def _groups(
    facts: Sequence[ArticleFacts], tracked: Sequence[MissionSpec]
) -> list[tuple[str, list[_Observation]]]:
    """Observations grouped by mission: two share a group when any of their names do."""
    observations = [
        _Observation(status, fact.published, index, fact.article_id)
        for index, (fact, status) in enumerate((f, s) for f in facts for s in f.missions)
    ]
    parent = list(range(len(observations)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, obs in enumerate(observations):
        for key in _keys(obs.status):
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    members: dict[int, list[_Observation]] = {}
    for i, obs in enumerate(observations):
        members.setdefault(root(i), []).append(obs)
    names = _tracked_names(tracked)
    result: list[tuple[str, list[_Observation]]] = []
    for group in members.values():
        spec = next((names[k] for o in group for k in _keys(o.status) if k in names), None)
        common = Counter(o.status.mission for o in group).most_common(1)[0][0]
        result.append((spec or common, group))
    return result


def _told(obs: _Observation, modes: tuple[str, ...] = ("fact", "future")) -> frozenset[MissionStatusValue]:
    """The statuses an observation's own evidence reports or plans as changes (or, with `modes=("denied",)`,
    rejects): "ceased operations and will withdraw by December" is read as a suspension, but its source
    tells of the drawdown too."""
    told = {obs.status.status} if "fact" in modes else set()
    for evidence in obs.status.evidence:
        told.update(
            cue.status for cue in signals(evidence.sentence)
            if cue.kind == "change" and cue.mode in modes and cue.status != "unknown"
        )
    return frozenset(told)


def _rejected(known: list[_Observation]) -> bool:
    """Whether one source rejects the status another reports ("the host rejected the renewal" next to "the
    council renewed the mandate"), whatever it reports itself, even only a plan ("troops must leave")."""
    denied = {id(o): _told(o, ("denied",)) for o in known}
    return any(
        a.article_id != b.article_id and a.status.status != b.status.status and b.status.status in denied[id(a)]
        for a in known for b in known if b.status.status not in ("planned", "unknown")
    )


def _bucket_status(bucket: list[_Observation]) -> MissionStatusValue:
    """Reports of about the same time contradict each other when they give incompatible statuses and
    neither source tells of the other's (two accounts); a source that tells of both is refining one story,
    and the status most of the sources tell of stands."""
    known = [o for o in bucket if o.status.status != "unknown"]
    if not known:
        return "unknown"
    distinct = {o.status.status for o in known}
    if len(distinct) > 1:  # a plan next to what came of it: the plan is the earlier moment of one story
        distinct.discard("planned")
    if "disputed" in distinct or _rejected(bucket):
        return "disputed"
    told = {id(o): _told(o) for o in known}
    if any(
        not compatible(a.status.status, b.status.status)
        and a.status.status not in told[id(b)] and b.status.status not in told[id(a)]
        for a in known for b in known if {a.status.status, b.status.status} <= distinct
    ):
        return "disputed"
    if any(not compatible(a, b) for a in distinct for b in distinct):
        # refinements only: the status the most sources tell of, the later stage on a tie
        tellers = Counter(s for o in known for s in told[id(o)] if s in distinct)
        return max(distinct, key=lambda s: (tellers[s], -_STAGE.index(s)))
    counts = Counter(o.status.status for o in known)
    return max(distinct, key=lambda s: (counts[s], -_STAGE.index(s)))


def _buckets(group: list[_Observation]) -> list[list[_Observation]]:
    """Reports of about the same time (within a couple of days) side by side, oldest first. A report with
    no date cannot be placed in time: it stands with the newest reports when it agrees with them or is a
    step of the same story ("will end" next to "ended"), and before them when it contradicts them, since
    the dated reports are the ones known to be recent."""
    dated = sorted((o for o in group if o.when is not None), key=lambda o: (o.when or date.min, o.index))
    buckets: list[list[_Observation]] = []
    for obs in dated:
        first = buckets[-1][0].when if buckets else None
        if first is not None and obs.when is not None and (obs.when - first).days <= _SAME_TIME_DAYS:
            buckets[-1].append(obs)
        else:
            buckets.append([obs])
    older: list[_Observation] = []
    for obs in (o for o in group if o.when is None):
        fits = bool(buckets) and all(compatible(obs.status.status, o.status.status) for o in buckets[-1])
        (buckets[-1] if fits else older).append(obs)
    return [older, *buckets] if older else buckets


def _evidence(observations: list[_Observation], status: MissionStatusValue) -> tuple[Evidence, ...]:
    """Evidence from the newest reports first; for a dispute, at least one sentence from each side."""
    newest = sorted(observations, key=lambda o: (o.when or date.min, o.index), reverse=True)
    picked: list[Evidence] = []
    if status == "disputed":
        sides: dict[MissionStatusValue, _Observation] = {}
        for obs in newest:
            sides.setdefault(obs.status.status, obs)
        picked += [obs.status.evidence[0] for obs in sides.values() if obs.status.evidence]
    for obs in newest:
        picked += [e for e in obs.status.evidence if e not in picked]
    return tuple(picked[:_MAX_EVIDENCE])


def _transitions(name: str, group: list[_Observation]) -> list[Transition]:
    runs: list[tuple[MissionStatusValue, list[_Observation]]] = []
    for bucket in _buckets(group):
        status = _bucket_status(bucket)
        if status == "unknown":
            continue
        if runs and runs[-1][0] == status:
            runs[-1][1].extend(bucket)
        else:
            runs.append((status, list(bucket)))
    result: list[Transition] = []
    for status, members in runs:
        own = [o for o in members if o.status.status == status] or members
        dates = [d for o in own if (d := o.status.since or o.when)]
        if result:
            previous: MissionStatusValue | None = result[-1].status
        else:
            stated = Counter(o.status.previous_status for o in own if o.status.previous_status).most_common(1)
            previous = stated[0][0] if stated else None
        result.append(Transition(
            mission=name,
            on=min(dates) if dates else None,
            status=status,
            previous_status=previous,
            article_ids=tuple(dict.fromkeys(o.article_id for o in members)),
            evidence=_evidence(members, status),
        ))
    return result


def mission_timeline(
    facts: Sequence[ArticleFacts], mission: str, tracked: Sequence[MissionSpec] = ()
) -> list[Transition]:
    """How `mission` (any of its names) changed status across the articles, oldest first."""
    key = name_key(mission)
    key = name_key(CANONICAL_BY_KEY.get(key, mission))
    tracked_name = _tracked_names(tracked).get(key)
    for name, group in _groups(facts, tracked):
        if name == tracked_name or any(key in _keys(o.status) for o in group):
            return _transitions(name, group)
    return []


def status_at(timeline: Sequence[Transition], when: date) -> MissionStatusValue | None:
    """The status the timeline gives for `when` (None before its first dated transition)."""
    current: MissionStatusValue | None = None
    for transition in timeline:
        if transition.on is not None and transition.on > when:
            break
        current = transition.status
    return current


def _aliases(name: str, group: list[_Observation]) -> tuple[str, ...]:
    """Every other name the articles use, once: "UN-backed mission" and "UN-Backed Mission" are one alias."""
    seen = {name_key(name)}
    aliases: list[str] = []
    for alias in (a for o in group for a in (o.status.mission, *o.status.aliases)):
        if (key := name_key(alias)) not in seen:
            seen.add(key)
            aliases.append(alias)
    return tuple(aliases)


def _roles(newest_first: list[_Observation], status: MissionStatusValue) -> tuple[str, ...]:
    """The roles the newest reports of the current status give, all of them: two articles of the same day
    that agree on the status each name part of what the mission does ("advise" here, "train" there), so
    their roles are joined, in the order the articles were given."""
    reporting = [o for o in newest_first if o.status.status == status and o.status.roles]
    if not reporting:
        reporting = [o for o in newest_first if o.status.roles][:1]
    if not reporting:
        return ()
    latest = reporting[0].when
    same_time = [
        o for o in reporting
        if latest is None or o.when is None or abs((latest - o.when).days) <= _SAME_TIME_DAYS
    ]
    return tuple(dict.fromkeys(role for o in sorted(same_time, key=lambda o: o.index) for role in o.status.roles))


def merge_missions(facts: Sequence[ArticleFacts], tracked: Sequence[MissionSpec] = ()) -> list[MissionStatus]:
    """One current status per mission, newest change first."""
    merged: list[MissionStatus] = []
    for name, group in _groups(facts, tracked):
        aliases = _aliases(name, group)
        timeline = _transitions(name, group)
        newest = sorted(group, key=lambda o: (o.when or date.min, o.index), reverse=True)
        if not timeline:
            merged.append(MissionStatus(mission=name, aliases=aliases, status="unknown",
                                        evidence=_evidence(group, "unknown")))
            continue
        current = timeline[-1]
        in_run = [o for o in newest if o.article_id in current.article_ids]
        roles = _roles(in_run, current.status)
        merged.append(MissionStatus(
            mission=name, aliases=aliases, status=current.status, roles=roles, since=current.on,
            previous_status=current.previous_status, evidence=current.evidence,
        ))
    merged.sort(key=lambda m: (m.since or date.min, m.mission), reverse=True)
    return merged
