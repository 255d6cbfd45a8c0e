"""Text hygiene and escaping for rendering: the pure functions behind the Jinja filters.

Article text is hostile input that ends up in chat rooms, so every string is cleaned once before it reaches a
template (control characters, terminal escapes, direction overrides, ping-able mentions) and escaped for its
format by the template (Slack mrkdwn entities here, HTML by Jinja's autoescape). Links are only ever built
from http(s) URLs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape
from pydantic import BaseModel

from bot.models import MessageFormat, Notice

# CSI (ESC [ … final, or 8-bit CSI), OSC (ESC ] … BEL/ST) and two-character escapes: removed whole, so no
# "[31m" is left behind.
_ANSI = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
# C0 except tab and newline, DEL, C1, and the bidi embeddings/overrides/isolates that can reorder what a
# reader sees ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")

WORD_JOINER = "\u2060"
# Matrix: `@room` notifies a whole room; a full user id `@alice:example.org` is turned into a pill and can
# match a user's mention push rule.
_MATRIX_MENTION = re.compile(r"@(?=room|[a-z0-9._=/+\-]+:[a-z0-9][a-z0-9.\-]*)", re.IGNORECASE)
# Slack: bare broadcast words only ping when a sender posts with link_names, but they cost nothing to defuse.
_SLACK_MENTION = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)

_URL_FIELDS = frozenset({"url"})
_T = TypeVar("_T")
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]~_"
ELLIPSIS = "…"


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Strip terminal escapes and control characters; collapse whitespace (keeping line breaks only when
    `multiline`, for notices such as help text)."""
    text = _ANSI.sub("", value)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text.replace("\t", " "))
    if not multiline:
        return " ".join(text.split())
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def defuse_matrix_mentions(text: str) -> str:
    """Insert a WORD JOINER after the `@` of `@room` and `@user:server`: they read the same, never ping."""
    return _MATRIX_MENTION.sub("@" + WORD_JOINER, text)


def defuse_slack_mentions(text: str) -> str:
    """Insert a WORD JOINER into `@channel`, `@here`, `@everyone`."""
    return _SLACK_MENTION.sub("@" + WORD_JOINER, text)


def slack_escape(text: str) -> str:
    """Slack's three control characters as entities: `<!channel>` or `<http://evil|bank.com>` becomes text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL without credentials, percent-encoding characters that could
    break out of a Slack link or an HTML attribute; None for anything else (javascript:, data:, relative)."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch.isspace() or not ch.isprintable() for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    return quote(candidate, safe=_URL_SAFE)


def slack_link(url: str | None, title: str) -> str:
    """`<url|title>` with both parts escaped, or just the escaped title when the URL is not safe."""
    label = slack_escape(title)
    link = safe_url(url)
    return f"<{slack_escape(link)}|{label}>" if link else label


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space >= limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + ELLIPSIS


def clip_mrkdwn(text: str, limit: int) -> str:
    """`clip` for Slack mrkdwn: never ends inside an entity (`&amp;`) or a link (`<url|title>`)."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if cut.rfind("<") > cut.rfind(">"):
        cut = cut[: cut.rfind("<")]
    if cut.rfind("&") > cut.rfind(";"):
        cut = cut[: cut.rfind("&")]
    return cut.rstrip() + ELLIPSIS


def iso_date(value: date | None) -> str:
    """2021-12-09; a datetime is first converted to UTC."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _as_utc(value).date().isoformat()
    return value.isoformat()


def utc_datetime(value: datetime | None) -> str:
    """2021-12-09 06:00 UTC (a naive datetime is taken to be UTC already)."""
    return "" if value is None else _as_utc(value).strftime("%Y-%m-%d %H:%M UTC")


def counted(number: int, noun: str) -> str:
    """"1 quote", "3 quotes" (regular English plurals only)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def nl2br(text: str) -> Markup:
    """HTML with line breaks as `<br>`, every line escaped."""
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def sanitise(value: _T, fmt: MessageFormat) -> _T:
    """A copy of a reply with every string cleaned and mentions defused for `fmt`: what templates see."""
    defuse = {"text": None, "slack": defuse_slack_mentions, "matrix": defuse_matrix_mentions}[fmt]

    def clean(text: str, multiline: bool) -> str:
        cleaned = clean_text(text, multiline=multiline)
        return defuse(cleaned) if defuse else cleaned

    return _walk(value, clean)


def _walk(value: _T, clean: Callable[[str, bool], str], *, multiline: bool = False) -> _T:
    """URLs keep their `@` (they are vetted by `safe_url` where used); only a notice keeps its line breaks."""
    result: object
    if isinstance(value, str):
        result = clean(value, multiline)
    elif isinstance(value, BaseModel):
        keep_lines = isinstance(value, Notice)
        fields: dict[str, Any] = {}
        for field in type(value).model_fields:
            item = getattr(value, field)
            if field in _URL_FIELDS and isinstance(item, str):
                fields[field] = clean_text(item)
            else:
                fields[field] = _walk(item, clean, multiline=keep_lines)
        result = type(value).model_construct(**fields)
    elif isinstance(value, tuple):
        result = tuple(_walk(item, clean) for item in value)
    elif isinstance(value, dict):
        result = {_walk(key, clean): _walk(item, clean) for key, item in value.items()}
    else:
        result = value
    return cast(_T, result)
