"""The database schema (SQLAlchemy Core). Alembic migrations under migrations/ create exactly this.

Core tables rather than ORM classes: the store hands out pydantic models from bot.models, so rows never
leave this package and an identity map would only add state to keep in sync.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Stores UTC without a zone (SQLite has none) and always returns aware UTC datetimes."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    # polling state and health (conditional GET validators, backoff, the once-only failure report)
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("primed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("last_polled_at", UTCDateTime),
    sa.Column("last_success_at", UTCDateTime),
    sa.Column("last_error_at", UTCDateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll_at", UTCDateTime),
    sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failure_reported_at", UTCDateTime),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("source", sa.String(200), sa.ForeignKey("sources.name"), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published_at", UTCDateTime),
    sa.Column("fetched_at", UTCDateTime, nullable=False, index=True),
    sa.Column("analysed_at", UTCDateTime, index=True),
    sa.Column("published", sa.Date),
    # an item edited upstream is updated in place (same id), not posted again
    sa.Column("content_hash", sa.String(64)),
    sa.Column("updated_at", UTCDateTime),
    # False for the back catalogue recorded on a feed's first poll: stored, never briefed
    sa.Column("announce", sa.Boolean, nullable=False, server_default=sa.true()),
)

people = sa.Table(
    "people",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("org", sa.Text),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("person_key", sa.String(200), index=True),
    sa.Column("speaker", sa.Text, nullable=False),
    sa.Column("speaker_title", sa.Text),
    sa.Column("speaker_org", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("medium", sa.String(40)),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
)

mission_observations = sa.Table(
    "mission_observations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("mission", sa.Text, nullable=False, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("since", sa.Date),
    sa.Column("previous_status", sa.String(16)),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("roles", sa.JSON, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
)

developments = sa.Table(
    "developments",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("headline", sa.Text, nullable=False),
    sa.Column("summary", sa.JSON, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False, index=True),
)

development_articles = sa.Table(
    "development_articles",
    metadata,
    sa.Column("development_id", sa.String(64), sa.ForeignKey("developments.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
              index=True),
)

story_members = sa.Table(
    # what clustering keeps of an article filed into a story (bot.models.StoryMember): later runs compare
    # new articles with it instead of reading the story's texts again
    "story_members",
    metadata,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("day", sa.Date),
    sa.Column("terms", sa.JSON, nullable=False),
    sa.Column("prints", sa.LargeBinary, nullable=False),
)

destinations = sa.Table(
    "destinations",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("transport", sa.String(16), nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("schedule", sa.String(100), nullable=False),
    sa.Column("timezone", sa.String(64), nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("destination", sa.String(200), nullable=False),
    sa.Column("slot", sa.String(100), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("window_start", UTCDateTime),
    sa.Column("window_end", UTCDateTime, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("sent_at", UTCDateTime),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("remote_id", sa.Text),
    sa.Column("error", sa.Text),
    sa.Column("kind", sa.String(16), nullable=False, server_default="brief"),
    sa.Column("claimed_at", UTCDateTime),  # a pending claim younger than IN_FLIGHT is someone's send in progress
    sa.UniqueConstraint("destination", "slot", name="uq_deliveries_destination_slot"),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("destination", sa.String(200), nullable=False, index=True),
    sa.Column("source", sa.String(200)),  # None: every source
    sa.Column("filter", sa.Text),  # keyword filter expression, None: everything
    sa.Column("topics", sa.JSON, nullable=False),  # mission names and people to follow
    sa.Column("origin", sa.String(16), nullable=False),  # "config" or "command"
    sa.Column("created_by", sa.Text),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("destination", "source", name="uq_subscriptions_destination_source"),
)

leases = sa.Table(
    "leases",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("holder", sa.String(200), nullable=False),
    sa.Column("expires_at", UTCDateTime, nullable=False),
)

job_runs = sa.Table(
    "job_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("job", sa.String(200), nullable=False, index=True),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("finished_at", UTCDateTime),
    sa.Column("ok", sa.Boolean),
    sa.Column("detail", sa.Text),
)

matrix_sessions = sa.Table(
    "matrix_sessions",
    metadata,
    # one row per (homeserver, bot user): the token and device a password login produced, and the sync token
    sa.Column("homeserver", sa.String(300), primary_key=True),
    sa.Column("user_id", sa.String(300), primary_key=True),
    sa.Column("access_token", sa.Text),
    sa.Column("device_id", sa.String(200)),
    sa.Column("sync_token", sa.Text),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)
