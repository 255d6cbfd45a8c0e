"""The pydantic models that cross stage boundaries.

Every stage (ingest, store, analyse, compose, render, deliver, commands) speaks these types and nothing
else, so a stage can be replaced or tested without the others. This module imports nothing from `bot`.
All models are frozen: a value handed to the next stage cannot be changed behind its back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------------------------- ingest
SourceKind = Literal["files", "feed", "page"]


class Article(Frozen):
    """One news item, as fetched. `id` is a hash of the canonical URL (or of the normalised text for files),
    so fetching the same item twice yields the same id and the store keeps one copy."""

    id: str
    source: str
    url: str | None = None
    title: str
    text: str
    published_at: datetime | None = None
    fetched_at: datetime


# -------------------------------------------------------------------------------------------- analyse
QuoteKind = Literal["direct", "indirect", "partial"]


class Quote(Frozen):
    """Who said what. For direct and partial quotes `text` is verbatim: `article.text[start:end] == text`."""

    speaker: str
    speaker_title: str | None = None
    speaker_org: str | None = None
    text: str
    kind: QuoteKind
    medium: str | None = None
    article_id: str
    start: int | None = None
    end: int | None = None

    @model_validator(mode="after")
    def _span_is_consistent(self) -> Quote:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must be given together")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise ValueError("span must satisfy 0 <= start <= end")
        return self


MissionStatusValue = Literal[
    "planned", "combat", "non-combat", "drawdown", "suspended", "ended", "extended", "disputed", "unknown"
]
MISSION_STATUSES: tuple[MissionStatusValue, ...] = (
    "planned", "combat", "non-combat", "drawdown", "suspended", "ended", "extended", "disputed", "unknown",
)


class MissionSpec(Frozen):
    """A mission the operator tracks, with the other names articles use for it."""

    name: str
    aliases: tuple[str, ...] = ()


class Evidence(Frozen):
    article_id: str
    sentence: str


class MissionStatus(Frozen):
    """A mission's state: from one article (an observation) or merged over many (the current status)."""

    mission: str
    aliases: tuple[str, ...] = ()
    status: MissionStatusValue
    roles: tuple[str, ...] = ()
    since: date | None = None
    previous_status: MissionStatusValue | None = None
    evidence: tuple[Evidence, ...] = ()


class SummarySentence(Frozen):
    text: str
    article_id: str


class Development(Frozen):
    """One story, told by one or more articles. `id` is the stable cluster id kept in the store so that a
    follow-up article joins its story instead of starting a new one."""

    id: str
    headline: str
    summary: tuple[SummarySentence, ...] = ()
    article_ids: tuple[str, ...]


class StoryMember(Frozen):
    """An article filed into a story, as clustering needs it later: its term counts (headline and lead),
    the day of its event and the fingerprint of its wording (packed 32-bit hashes, in text order). Stored
    when the article is filed, so a later run compares new articles with it without reading its text."""

    article_id: str
    source: str
    title: str
    fetched_at: datetime
    day: date | None = None
    terms: dict[str, float]
    prints: bytes = b""


class ArticleFacts(Frozen):
    """What analysis found in one article on its own (before merging across articles)."""

    article_id: str
    published: date | None = None
    quotes: tuple[Quote, ...] = ()
    missions: tuple[MissionStatus, ...] = ()


class Analysis(Frozen):
    """A batch analysed together: the facts of each article plus what only a batch shows (clusters, merged
    mission status). Its JSON form is the analysis contract (see `bot.analyse.contract`)."""

    articles: tuple[Article, ...]
    facts: tuple[ArticleFacts, ...]
    missions: tuple[MissionStatus, ...]
    developments: tuple[Development, ...]


# -------------------------------------------------------------------------------------------- compose
class ArticleRef(Frozen):
    id: str
    title: str
    url: str | None = None
    source: str
    published: date | None = None


class MissionUpdate(Frozen):
    """A mission's status in a brief, with what it was at the previous brief."""

    status: MissionStatus
    status_at_previous_brief: MissionStatusValue | None = None

    @property
    def changed(self) -> bool:
        return self.status_at_previous_brief != self.status.status


class Brief(Frozen):
    destination: str
    title: str
    window_start: datetime | None = None
    window_end: datetime
    developments: tuple[Development, ...] = ()
    missions: tuple[MissionUpdate, ...] = ()
    quotes: tuple[Quote, ...] = ()
    articles: dict[str, ArticleRef] = Field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.developments or self.quotes or any(m.changed for m in self.missions))


# ------------------------------------------------------------------------------------- render, deliver
MessageFormat = Literal["text", "slack", "matrix"]


class RenderedMessage(Frozen):
    """A message ready for one transport. `text` is always a plain-text rendering (the fallback and the
    notification text); `formatted` is HTML for Matrix; `blocks` is Block Kit for Slack."""

    format: MessageFormat
    text: str
    formatted: str | None = None
    blocks: tuple[dict[str, Any], ...] | None = None
    thread: tuple[RenderedMessage, ...] = ()
    """Slack: what did not fit in one message (50 blocks, 40 000 characters), posted as replies in its
    thread, in order."""


class DeliveryReceipt(Frozen):
    delivery_id: str
    destination: str
    ok: bool
    remote_id: str | None = None
    error: str | None = None
    retry_after_seconds: float | None = None


# ------------------------------------------------------------------------------------------- commands
class CommandRequest(Frozen):
    """A look-up from any front end (CLI, Slack slash command, Matrix `!command`)."""

    command: str
    args: str = ""
    user: str | None = None
    transport: str = "cli"
    channel: str | None = None


class PersonRef(Frozen):
    """A speaker as merged across articles: `John W. Brennan` = `Brennan` = `Maj. Gen. Brennan`."""

    name: str
    title: str | None = None
    org: str | None = None


class WhoResult(Frozen):
    query: str
    people: tuple[PersonRef, ...] = ()
    quotes: tuple[Quote, ...] = ()
    articles: dict[str, ArticleRef] = Field(default_factory=dict)


class MissionTransition(Frozen):
    """One step of a mission's timeline: it entered `status` on `on`, as the evidence reports."""

    on: date | None = None
    status: MissionStatusValue
    previous_status: MissionStatusValue | None = None
    evidence: tuple[Evidence, ...] = ()


class StatusResult(Frozen):
    """Missions' current status; when the query names exactly one mission, also how it got there."""

    query: str | None = None
    missions: tuple[MissionStatus, ...] = ()
    timeline: tuple[MissionTransition, ...] = ()
    articles: dict[str, ArticleRef] = Field(default_factory=dict)


class QuotesResult(Frozen):
    query: str | None = None
    quotes: tuple[Quote, ...] = ()
    articles: dict[str, ArticleRef] = Field(default_factory=dict)


class Notice(Frozen):
    """A short answer that is only text: help, usage, 'nothing found', an error for the user."""

    text: str
    is_error: bool = False


SourceHealthState = Literal["new", "ok", "failing"]


class SourceHealth(Frozen):
    """How one source's polling goes: `new` (not polled yet), `ok`, or `failing` since `failing_since`
    (then `next_poll_at` is when the backed-off retry is due)."""

    name: str
    kind: str
    location: str
    state: SourceHealthState
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    failing_since: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    items_seen: int = 0
    """Items in the source's last answer with content."""
    articles: int = 0
    """Articles stored from this source in total."""


# -------------------------------------------------------------------------------------- subscriptions
SubscriptionOrigin = Literal["config", "command"]


class Topics(Frozen):
    """Missions (by name or alias) and people to follow: an article matches when its analysed facts report
    on one of the missions or quote one of the people."""

    missions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.missions or self.people)


class Subscription(Frozen):
    """What a destination receives from one source (`source` None: from every source): the articles that
    pass the keyword `filter` (bot.filters) and, when topics are given, match one of them. A destination
    receives an article when any of its subscriptions admits it. `origin` "config" rows mirror the
    configuration (and only it changes them); "command" rows come from subscribe / unsubscribe."""

    destination: str
    source: str | None = None
    filter: str | None = None
    topics: Topics = Topics()
    origin: SubscriptionOrigin = "config"
    created_by: str | None = None
    created_at: datetime | None = None


class SourcesResult(Frozen):
    query: str | None = None
    sources: tuple[SourceHealth, ...] = ()
    subscriptions: tuple[Subscription, ...] = ()
    """Who receives what: every destination's (or, in a chat, this channel's) subscriptions."""


class SubscriptionChange(Frozen):
    """The answer to subscribe and unsubscribe. `location` is the source's feed URL or path; `new_source`:
    the URL given became a source of its own, polled from now on."""

    action: Literal["subscribed", "updated", "unsubscribed"]
    subscription: Subscription
    location: str | None = None
    new_source: bool = False
    note: str | None = None


class NewItem(Frozen):
    """One new article, posted as it arrives to a destination in realtime mode."""

    destination: str
    article: ArticleRef
    lead: str | None = None


class SourceCount(Frozen):
    source: str
    count: int


class Digest(Frozen):
    """A burst of new articles for a realtime destination, posted as one message instead of one each:
    how many from each source, and the top headlines."""

    destination: str
    window_start: datetime | None = None
    window_end: datetime
    total: int
    sources: tuple[SourceCount, ...] = ()
    headlines: tuple[ArticleRef, ...] = ()


Reply = (
    Brief | WhoResult | StatusResult | QuotesResult | Notice | SourcesResult | SubscriptionChange | NewItem | Digest
)
