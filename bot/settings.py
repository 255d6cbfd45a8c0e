"""Configuration: a YAML file overlaid by `BRIEFBOT_*` environment variables (nested with `__`).

Secrets (tokens, passwords, signing secrets) are read only from the environment, never from the YAML file,
so a config file can be committed or pasted into an issue without leaking anything; they are `SecretStr`
so they never appear in logs, reprs or `check-config` output.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from bot.cron import check_cron
from bot.filters import FilterError, parse_filter
from bot.ingest.fetch import FetchPolicy
from bot.models import MissionSpec, Subscription, Topics

DEFAULT_CONFIG_PATH = Path("config/briefbot.yaml")
SECRET_FIELDS = {
    "slack": ("bot_token", "signing_secret", "app_token"),
    "matrix": ("access_token", "password"),
}


class ConfigError(Exception):
    """Invalid configuration; `str(error)` is the message for the user (one line per problem)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(Section):
    url: str = "sqlite:///var/briefbot.db"

    @field_validator("url")
    @classmethod
    def _known_backend(cls, url: str) -> str:
        if not url.startswith(("sqlite://", "postgresql://", "postgresql+psycopg://")):
            raise ValueError(f"{url!r} is not supported: use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
        if url.startswith("postgresql://"):
            return "postgresql+psycopg://" + url.removeprefix("postgresql://")
        return url


class SourceSettings(Section):
    """Where articles come from: a file or folder, a feed URL or a single page URL.

    `first_poll_limit`: a feed's first poll records its whole back catalogue but announces only this many
    of its newest items (a folder's first ingest announces everything: its files were put there to be
    briefed). `failure_alert_after_minutes`: a source failing this long is reported once to the
    destinations that receive it, and once more when it works again; null turns the report off.
    """

    name: str = Field(min_length=1)
    location: str = Field(min_length=1)
    kind: Literal["auto", "files", "feed", "page"] = "auto"
    interval_minutes: int = Field(default=30, ge=1, le=7 * 24 * 60)
    first_poll_limit: int = Field(default=5, ge=0)
    failure_alert_after_minutes: int | None = Field(default=360, ge=1)

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_minutes)

    @property
    def failure_alert_after(self) -> timedelta | None:
        minutes = self.failure_alert_after_minutes
        return None if minutes is None else timedelta(minutes=minutes)


def _check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone (e.g. UTC, Europe/Berlin)") from None
    return name


class TopicSettings(Section):
    missions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


class DestinationBase(Section):
    """Where briefs go. What it receives: `sources` (default every source; [] none but what commands add),
    the articles of those that pass `filter` (keyword filter, bot.filters) and, when `topics` are given,
    report on one of its missions or quote one of its people. These are the destination's subscriptions
    of origin "config": commands add to them, never change them.

    `mode` realtime: besides the scheduled briefs, new articles are posted as they arrive; more than
    `burst_limit` messages within `burst_window_minutes` are posted as one digest (bot.realtime).
    """

    name: str = Field(min_length=1)
    schedule: str = "0 7 * * *"
    timezone: str = "UTC"
    sources: tuple[str, ...] | None = None
    filter: str | None = None
    topics: TopicSettings = TopicSettings()
    post_when_empty: bool = False
    mode: Literal["brief", "realtime"] = "brief"
    burst_limit: int = Field(default=5, ge=1, le=100)
    burst_window_minutes: int = Field(default=60, ge=1, le=7 * 24 * 60)

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, expression: str) -> str:
        return check_cron(expression)

    @field_validator("filter")
    @classmethod
    def _valid_filter(cls, text: str | None) -> str | None:
        if text is None or not text.strip():
            return None
        try:
            parse_filter(text)
        except FilterError as error:
            raise ValueError(f"{text!r}: {error}") from None
        return text.strip()

    @property
    def burst_window(self) -> timedelta:
        return timedelta(minutes=self.burst_window_minutes)

    def declared_subscriptions(self) -> tuple[Subscription, ...]:
        """The subscriptions this configuration declares: one per listed source, or one for every source."""
        topics = Topics(missions=self.topics.missions, people=self.topics.people)
        return tuple(
            Subscription(destination=self.name, source=source, filter=self.filter, topics=topics, origin="config")
            for source in (self.sources if self.sources is not None else (None,))
        )

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, name: str) -> str:
        return _check_timezone(name)

    @property
    def target(self) -> str:
        raise NotImplementedError


class ConsoleDestination(DestinationBase):
    """Prints briefs to standard output, and appends them to `file` when given."""

    transport: Literal["console"] = "console"
    file: Path | None = None

    @property
    def target(self) -> str:
        return str(self.file) if self.file else "-"


class SlackDestination(DestinationBase):
    transport: Literal["slack"]
    channel: str = Field(min_length=1)

    @property
    def target(self) -> str:
        return self.channel


class MatrixDestination(DestinationBase):
    transport: Literal["matrix"]
    room: str = Field(min_length=1)

    @property
    def target(self) -> str:
        return self.room


Destination = Annotated[
    ConsoleDestination | SlackDestination | MatrixDestination, Field(discriminator="transport")
]


class BriefSettings(Section):
    lookback_hours: int = Field(default=24, ge=1)
    max_developments: int = Field(default=8, ge=1, le=40)
    max_quotes: int = Field(default=10, ge=0, le=100)
    max_missions: int = Field(default=10, ge=0, le=50)
    cluster_window_days: int = Field(default=7, ge=1)


class SchedulerSettings(Section):
    """How `briefbot run` keeps time; see README "Scheduling".

    `misfire_grace_seconds`: a job that fires late (a stalled or suspended process) still runs if it is
    at most this late; a brief missed by more, or while the bot was down, is caught up once (`catch_up`),
    unless its next regular slot is within the same grace. `lease_seconds`: how long the process that runs
    the scheduler holds the leader lease without renewing it; another `briefbot run` on the same
    database takes over at most this long after the leader died.
    """

    misfire_grace_seconds: int = Field(default=900, ge=1, le=24 * 3600)
    catch_up: bool = True
    lease_seconds: int = Field(default=60, ge=2, le=3600)

    @property
    def grace(self) -> timedelta:
        return timedelta(seconds=self.misfire_grace_seconds)

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.lease_seconds)


class RetentionSettings(Section):
    """How long articles keep their text and facts: `days` (0 keeps everything for ever), pruned daily
    at `schedule` (cron, UTC). Mission timelines are never pruned; see README "Retention"."""

    days: int = Field(default=90, ge=0)
    schedule: str = "30 3 * * *"

    @field_validator("schedule")
    @classmethod
    def _valid_cron(cls, expression: str) -> str:
        return check_cron(expression)


class SlackHttpSettings(Section):
    """Where `briefbot serve` listens for Slack's signed requests (path /slack/events). Put it behind a
    TLS-terminating reverse proxy: Slack only calls https URLs."""

    host: str = "127.0.0.1"
    port: int = Field(default=3000, ge=0, le=65535)
    threads: int = Field(default=8, ge=1, le=64)
    """HTTP worker threads: they only verify and acknowledge; slow work runs on `workers`."""
    workers: int = Field(default=4, ge=1, le=64)
    """Threads that run commands after their acknowledgement and answer through response_url."""


_SLASH_NAME = r"^/[a-z0-9_\-]{1,31}$"


class SlackCommandNames(Section):
    """The slash command for each look-up, as created in the Slack app (config/slack-manifest.yaml); null
    leaves one out. `umbrella` takes the look-up as its first word (`/briefbot status UNIFIL`), for
    workspaces that allow an app only one command."""

    brief: str | None = Field(default="/brief", pattern=_SLASH_NAME)
    status: str | None = Field(default="/status", pattern=_SLASH_NAME)
    who: str | None = Field(default="/who", pattern=_SLASH_NAME)
    quotes: str | None = Field(default="/quotes", pattern=_SLASH_NAME)
    summarize: str | None = Field(default="/summarize", pattern=_SLASH_NAME)
    sources: str | None = Field(default="/sources", pattern=_SLASH_NAME)
    subscribe: str | None = Field(default="/subscribe", pattern=_SLASH_NAME)
    unsubscribe: str | None = Field(default="/unsubscribe", pattern=_SLASH_NAME)
    umbrella: str | None = Field(default="/briefbot", pattern=_SLASH_NAME)

    @model_validator(mode="after")
    def _distinct(self) -> SlackCommandNames:
        names = [name for name in self.model_dump().values() if name]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise ValueError(f"{', '.join(twice)} is used for two look-ups")
        return self

    def lookups(self) -> tuple[tuple[str, str], ...]:
        """(look-up, slash command) for every look-up that has its own command."""
        return tuple((field, name) for field, name in self.model_dump().items() if name and field != "umbrella")


class SlackSettings(Section):
    """Secrets (bot_token, signing_secret, app_token) come from the environment only. With `app_token`
    (`xapp-…`) `serve` connects in Socket Mode and needs no public URL; without it, it serves HTTP."""

    bot_token: SecretStr | None = None
    signing_secret: SecretStr | None = None
    app_token: SecretStr | None = None
    api_base_url: str = "https://slack.com/api/"
    http: SlackHttpSettings = SlackHttpSettings()
    commands: SlackCommandNames = SlackCommandNames()
    reply_visibility: Literal["in_channel", "ephemeral"] = "in_channel"
    """Who sees a look-up's answer; help, usage and errors are always shown only to the person who asked."""

    @field_validator("api_base_url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        if not url.startswith(("https://", "http://")):
            raise ValueError(f"{url!r} is not an http(s) URL")
        return url if url.endswith("/") else url + "/"


class MatrixSettings(Section):
    """The Matrix account `briefbot serve` answers commands with and posts briefs as (README "Run on Matrix").

    Log in with `access_token`, or with `user_id` and `password` once: the token and device id that login
    returns are kept in the database, with the sync token. `allow_invites_from`: user ids
    (`@alice:example.org`) or server names (`example.org`) whose invites the bot accepts; empty means users
    of the bot's own server. `subscription_power_level`: the room power level a user needs for subscribe
    and unsubscribe (50 is a moderator). `send_timeout_seconds`: how long one send may wait for a homeserver
    that is down or rate-limits before the delivery is reported failed (and retried by its next run).
    """

    homeserver: str | None = None
    user_id: str | None = None
    access_token: SecretStr | None = None
    password: SecretStr | None = None
    device_name: str = Field(default="briefbot", min_length=1, max_length=100)
    allow_invites_from: tuple[str, ...] = ()
    command_prefix: str = Field(default="!", min_length=1, max_length=10)
    subscription_power_level: int = Field(default=50, ge=0, le=100)
    send_timeout_seconds: float = Field(default=60, gt=0, le=3600)
    sync_timeout_seconds: int = Field(default=30, ge=1, le=300)

    @field_validator("homeserver")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("https://", "http://")):
            raise ValueError(f"{url!r} is not a homeserver URL: use https://matrix.example.org")
        return None if url is None else url.rstrip("/")

    @field_validator("user_id")
    @classmethod
    def _full_user_id(cls, user_id: str | None) -> str | None:
        if user_id is not None and not (user_id.startswith("@") and ":" in user_id):
            raise ValueError(f"{user_id!r} is not a full Matrix user id such as @briefbot:example.org")
        return user_id

    @field_validator("command_prefix")
    @classmethod
    def _no_spaces(cls, prefix: str) -> str:
        if any(ch.isspace() for ch in prefix):
            raise ValueError("the command prefix cannot contain spaces")
        return prefix

    @field_validator("allow_invites_from")
    @classmethod
    def _users_or_servers(cls, entries: tuple[str, ...]) -> tuple[str, ...]:
        for entry in entries:
            if not entry or any(ch.isspace() for ch in entry) or (entry.startswith("@") and ":" not in entry):
                raise ValueError(f"{entry!r} is neither a user id (@alice:example.org) nor a server name")
        return entries


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BRIEFBOT_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    database: DatabaseSettings = DatabaseSettings()
    templates_dir: Path | None = None
    sources: tuple[SourceSettings, ...] = ()
    missions: tuple[MissionSpec, ...] = ()
    destinations: tuple[Destination, ...] = ()
    brief: BriefSettings = BriefSettings()
    fetch: FetchPolicy = FetchPolicy()
    scheduler: SchedulerSettings = SchedulerSettings()
    retention: RetentionSettings = RetentionSettings()
    slack: SlackSettings = SlackSettings()
    matrix: MatrixSettings = MatrixSettings()
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The YAML file arrives as init kwargs; the environment overrides it.
        return (env_settings, init_settings)

    @model_validator(mode="after")
    def _names_are_consistent(self) -> Settings:
        _unique("sources", [s.name for s in self.sources])
        _unique("destinations", [d.name for d in self.destinations])
        known = {s.name for s in self.sources}
        for index, destination in enumerate(self.destinations):
            for name in destination.sources or ():
                if name not in known:
                    raise ValueError(f"destinations[{index}].sources: no source named {name!r}")
        return self


def _unique(section: str, names: list[str]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            raise ValueError(f"{section}[{index}].name: {name!r} is used twice")
        seen.add(name)


def load_settings(path: Path | None = None) -> Settings:
    """Read `path` (default $BRIEFBOT_CONFIG or config/briefbot.yaml), overlay the environment, validate.

    Raises ConfigError with messages of the form `FILE: FIELD: PROBLEM`.
    """
    config_path = path or Path(os.environ.get("BRIEFBOT_CONFIG", str(DEFAULT_CONFIG_PATH)))
    data = _read_yaml(config_path)
    _refuse_secrets_in_file(config_path, data)
    try:
        return Settings(**data)
    except ValidationError as error:
        raise ConfigError([f"{config_path}: {message}" for message in _messages(error)]) from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file (give --config PATH or set BRIEFBOT_CONFIG)"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([f"{path}: cannot be read ({error})"]) from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError([f"{path}: {where}invalid YAML ({problem})"]) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError([f"{path}: the top level must be a mapping of settings, not {type(data).__name__}"])
    return data


def _refuse_secrets_in_file(path: Path, data: dict[str, Any]) -> None:
    problems = []
    for section, fields in SECRET_FIELDS.items():
        values = data.get(section)
        if not isinstance(values, dict):
            continue
        for field in fields:
            if values.get(field):
                variable = f"BRIEFBOT_{section.upper()}__{field.upper()}"
                problems.append(
                    f"{path}: {section}.{field}: secrets are read only from the environment; "
                    f"remove it from the file and set {variable}"
                )
    if problems:
        raise ConfigError(problems)


def _messages(error: ValidationError) -> list[str]:
    messages = []
    for item in error.errors():
        location = _location(item["loc"])
        text = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            text = "unknown setting"
        elif item["type"] == "union_tag_invalid":
            text = "transport must be one of console, slack, matrix"
        messages.append(f"{location}: {text}" if location else text)
    return messages


def _location(loc: tuple[int | str, ...]) -> str:
    """('destinations', 0, 'console', 'schedule') -> 'destinations[0].schedule'."""
    parts: list[str] = []
    for piece in loc:
        if isinstance(piece, int):
            parts.append(f"[{piece}]")
        elif piece in {"console", "slack", "matrix"} and parts and parts[-1].endswith("]"):
            continue  # the discriminator tag pydantic inserts
        else:
            parts.append(f".{piece}" if parts else str(piece))
    return "".join(parts)
