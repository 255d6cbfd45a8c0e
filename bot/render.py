"""Turn a brief or a look-up result into a message for the console, Slack or Matrix, through Jinja2 templates.

Templates are named `{kind}.{format}.j2` (kind: brief, who, status, quotes, sources, notice, subscription, item,
digest; format: text, slack, matrix) and are looked up in this order:

1. the operator's `templates_dir`, so any single template can be replaced by a file of the same name;
2. `bot/templates` inside the installed package (package data, present in a wheel), if it exists;
3. the top-level `templates/` folder of a source checkout (`Path(bot.__file__).parent.parent/"templates"`).

Templates receive the reply as `brief`, `result` (who, status, quotes, sources), `notice`, `change` (subscribe,
unsubscribe), `item` or `digest` (realtime posts), plus `articles` (id → ArticleRef, for source links). Globals:
person, quote_text, mission_name, mission_state, status_change, brief_window, evidence_text, transition,
subscription_scope, subscription_origin (bot/render_phrases.py). Filters: clip, counted, iso_date, utc, safe_url,
slack_text, slack_link, nl2br (bot/render_filters.py).

Safety model. Article text and user queries are *data*: they are cleaned (control characters, terminal
escapes and direction overrides removed; mentions defused for the target chat) before any template sees
them, and are never compiled as templates, so `{{ 7*7 }}` in a quote is printed as is. Each format escapes on
output: HTML autoescape for `*.matrix.j2` templates (and only those: macro files are named
`_macros.{format}.j2` so theirs follows), the `slack_text` filter for Slack mrkdwn, then `tojson`. Wording
shared by all formats comes from Python globals (bot/render_phrases.py), never from a macro file shared
across formats, because Jinja marks a macro's unescaped output safe when a Matrix template calls it. As a
last line of defence Matrix HTML is checked against the spec's tag list, and Slack blocks are cut to Slack's
limits with stray mentions escaped; a Slack message too long for one is split into a parent and its thread.

Templates are trusted operator files (rendered unsandboxed, like the config); an undefined variable in one is
an error (StrictUndefined) reported with the template's file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateSyntaxError,
    select_autoescape,
)
from pydantic import BaseModel

from bot import render_filters as rf
from bot import render_phrases as phrases
from bot.models import (
    Brief,
    Digest,
    MessageFormat,
    NewItem,
    Notice,
    QuotesResult,
    RenderedMessage,
    Reply,
    SourcesResult,
    StatusResult,
    SubscriptionChange,
    WhoResult,
)
from bot.render_matrix import check_html, fits_in_event, omission_note
from bot.render_slack import fallback_text, fit_each, page_text, paginate, parse_blocks

KINDS = ("brief", "who", "status", "quotes", "sources", "notice", "subscription", "item", "digest")
FORMATS: tuple[MessageFormat, ...] = ("text", "slack", "matrix")
# The variable each kind's templates receive it under (besides `articles` for the source look-up).
_KIND_OF: tuple[tuple[type[BaseModel], str, str], ...] = (
    (Brief, "brief", "brief"),
    (WhoResult, "who", "result"),
    (StatusResult, "status", "result"),
    (QuotesResult, "quotes", "result"),
    (SourcesResult, "sources", "result"),
    (Notice, "notice", "notice"),
    (SubscriptionChange, "subscription", "change"),
    (NewItem, "item", "item"),
    (Digest, "digest", "digest"),
)
_TRIM_ORDER = ("quotes", "missions", "developments", "people", "subscriptions", "sources", "headlines")
_LINE_BREAK_IN_HTML = re.compile(r"(>)?[^\S\n]*\n\s*(<)?")
_T = TypeVar("_T")


class RenderError(Exception):
    """A template is missing, broken or produced an invalid message; the text names the template file."""


def builtin_templates_dir() -> Path:
    """The templates shipped with briefbot: package data in a wheel, else the checkout's top-level folder."""
    package = Path(__file__).resolve().parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent / "templates"


class Renderer:
    """Renders every `Reply` in every `MessageFormat`; all templates are compiled up front, so a broken
    override fails at start-up rather than at the first brief."""

    def __init__(self, templates_dir: Path | None = None) -> None:
        search = [builtin_templates_dir()]
        if templates_dir is not None:
            if not templates_dir.is_dir():
                raise RenderError(f"templates folder {templates_dir} does not exist or is not a folder")
            search.insert(0, templates_dir)
        self._env = _environment(search)
        for kind in KINDS:
            for fmt in FORMATS:
                self._template_call(f"{kind}.{fmt}.j2", self._env.get_template)

    def render(self, reply: Reply, fmt: MessageFormat) -> RenderedMessage:
        kind, name = _kind(reply)
        data = rf.sanitise(reply, fmt)
        if fmt == "matrix":
            return self._matrix(kind, name, data)
        plain = self._render(f"{kind}.text.j2", _context(name, data))
        if fmt == "text":
            return RenderedMessage(format="text", text=plain)
        template = f"{kind}.slack.j2"
        try:
            parent, *replies = paginate(fit_each(parse_blocks(self._render(template, _context(name, data)))))
        except ValueError as exc:
            raise RenderError(f"{template}: {exc}") from exc
        thread = tuple(RenderedMessage(format="slack", text=page_text(page), blocks=page) for page in replies)
        return RenderedMessage(format="slack", text=fallback_text(plain), blocks=parent, thread=thread)

    def _matrix(self, kind: str, name: str, data: BaseModel) -> RenderedMessage:
        """Matrix refuses an event over 64 KiB, so a reply too long for one loses items from the end of its
        lists (quotes first) until it fits, and says how many it left out."""
        omitted = 0
        message = self._matrix_once(kind, name, data, omitted)
        for field in _TRIM_ORDER:
            items: tuple[object, ...] = getattr(data, field, ())
            if _fits(message):
                return message
            if not items:
                continue
            best, low, high = None, 0, len(items) - 1  # bisect for the longest prefix that fits
            while low <= high:
                keep = (low + high) // 2
                trial = self._matrix_once(kind, name, data.model_copy(update={field: items[:keep]}),
                                          omitted + len(items) - keep)
                best, low, high = (trial, keep + 1, high) if _fits(trial) else (best, low, keep - 1)
            if best is not None:
                return best
            data = data.model_copy(update={field: ()})
            omitted += len(items)
            message = self._matrix_once(kind, name, data, omitted)
        if _fits(message):
            return message
        raise RenderError(f"{kind}.matrix.j2: the message is too large for one Matrix event")

    def _matrix_once(self, kind: str, name: str, data: BaseModel, omitted: int) -> RenderedMessage:
        template = f"{kind}.matrix.j2"
        plain = self._render(f"{kind}.text.j2", _context(name, data))
        html = _compact_html(self._render(template, _context(name, data)))
        try:
            check_html(html)
        except ValueError as exc:
            raise RenderError(f"{template}: {exc}") from exc
        if omitted:
            note = omission_note(omitted)
            plain, html = f"{plain}\n\n{note}", f"{html}<p><em>{note}</em></p>"
        return RenderedMessage(format="matrix", text=plain, formatted=html)

    def _render(self, name: str, context: dict[str, Any]) -> str:
        template = self._template_call(name, self._env.get_template)
        return self._template_call(name, lambda _: template.render(context)).strip()

    @staticmethod
    def _template_call(name: str, call: Callable[[str], _T]) -> _T:
        try:
            return call(name)
        except TemplateSyntaxError as exc:
            raise RenderError(f"{exc.filename or name}:{exc.lineno}: syntax error: {exc.message}") from exc
        except Exception as exc:  # an override template is operator code: say where it failed
            where = _template_location(exc.__traceback__) or name
            raise RenderError(f"{where}: {type(exc).__name__}: {exc}") from exc


def _environment(search: list[Path]) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(path) for path in search]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("matrix.j2",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=lambda value: "" if value is None else value,
    )
    env.globals.update(
        person=phrases.person,
        quote_text=phrases.quote_text,
        mission_name=phrases.mission_name,
        mission_state=phrases.mission_state,
        status_change=phrases.status_change,
        brief_window=phrases.brief_window,
        evidence_text=phrases.evidence_text,
        transition=phrases.transition,
        subscription_scope=phrases.subscription_scope,
        subscription_origin=phrases.subscription_origin,
    )
    env.filters.update(
        clip=rf.clip,
        counted=rf.counted,
        iso_date=rf.iso_date,
        utc=rf.utc_datetime,
        safe_url=rf.safe_url,
        slack_text=rf.slack_escape,
        slack_link=rf.slack_link,
        nl2br=rf.nl2br,
    )
    return env


def _template_location(tb: TracebackType | None) -> str | None:
    """`file:line` of the innermost template frame (Jinja rewrites tracebacks to point into templates)."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def _compact_html(html: str) -> str:
    """Drop the templates' line breaks: some Matrix clients show a newline in formatted_body as a break.
    Data never holds one (it is cleaned to one line, and a notice's lines become <br>)."""
    return _LINE_BREAK_IN_HTML.sub(lambda m: (m[1] or "") + (m[2] or "") if m[1] or m[2] else " ", html)


def _fits(message: RenderedMessage) -> bool:
    return fits_in_event(message.text, message.formatted or "")


def _context(name: str, data: BaseModel) -> dict[str, Any]:
    return {name: data, "articles": getattr(data, "articles", {})}


def _kind(reply: Reply) -> tuple[str, str]:
    for model, kind, name in _KIND_OF:
        if isinstance(reply, model):
            return kind, name
    raise TypeError(f"cannot render {type(reply).__name__}")
