"""The wording shared by every format ("changed from combat (previous brief)", "Name (title, org)").

These are Python functions exposed to templates as globals, not a shared macro file, on purpose: Jinja marks
a macro's output as safe HTML when the *calling* template autoescapes, so a format-neutral macro file imported
into a Matrix template would let article text through unescaped. A plain `str` from a function is escaped.
"""

from __future__ import annotations

from bot.models import Brief, Evidence, MissionStatus, MissionTransition, MissionUpdate, Quote, Subscription
from bot.render_filters import clip, iso_date, utc_datetime

QUOTE_MAX = 600
EVIDENCE_MAX = 400


def person(name: str, title: str | None = None, org: str | None = None) -> str:
    """`John W. Brennan (Maj. Gen., CJTF-OIR)`."""
    extra = ", ".join(part for part in (title, org) if part)
    return f"{name} ({extra})" if extra else name


def quote_text(quote: Quote) -> str:
    """Direct and partial quotes in quotation marks; an indirect one is marked as reported speech."""
    text = clip(quote.text, QUOTE_MAX)
    return f"(reported) {text}" if quote.kind == "indirect" else f"“{text}”"


def mission_name(status: MissionStatus) -> str:
    return f"{status.mission} (also: {', '.join(status.aliases)})" if status.aliases else status.mission


def mission_state(status: MissionStatus) -> str:
    """`non-combat — advise, assist, enable — since 2021-12-09`."""
    parts: list[str] = [status.status]
    if status.roles:
        parts.append(", ".join(status.roles))
    if status.since:
        parts.append(f"since {iso_date(status.since)}")
    return " — ".join(parts)


def status_change(update: MissionUpdate) -> str:
    """How the status compares with the previous brief."""
    if not update.changed:
        return "no change"
    if update.status_at_previous_brief:
        return f"changed from {update.status_at_previous_brief} (previous brief)"
    if update.status.previous_status:
        return f"new in this brief; previously {update.status.previous_status} according to the articles"
    return "new in this brief"


def brief_window(brief: Brief) -> str:
    """`2021-12-08 06:00 UTC – 2021-12-09 06:00 UTC`, or `up to …` for a first brief."""
    end = utc_datetime(brief.window_end)
    return f"{utc_datetime(brief.window_start)} – {end}" if brief.window_start else f"up to {end}"


def evidence_text(evidence: Evidence) -> str:
    return f"“{clip(evidence.sentence, EVIDENCE_MAX)}”"


def transition(step: MissionTransition) -> str:
    """`2021-12-09: combat → non-combat`."""
    when = iso_date(step.on) if step.on else "undated"
    return f"{when}: {step.previous_status} → {step.status}" if step.previous_status else f"{when}: {step.status}"


def subscription_scope(subscription: Subscription) -> str:
    """`wire — filter: iran OR iraq — missions: UNIFIL — people: John Brennan`."""
    parts = [subscription.source or "every source"]
    if subscription.filter:
        parts.append(f"filter: {subscription.filter}")
    if subscription.topics.missions:
        parts.append("missions: " + ", ".join(subscription.topics.missions))
    if subscription.topics.people:
        parts.append("people: " + ", ".join(subscription.topics.people))
    return " — ".join(parts)


def subscription_origin(subscription: Subscription) -> str:
    """`configuration`, or `added by @alice on 2024-05-06`."""
    if subscription.origin == "config":
        return "configuration"
    by = f" by {subscription.created_by}" if subscription.created_by else ""
    on = f" on {iso_date(subscription.created_at)}" if subscription.created_at else ""
    return f"added{by}{on}"
