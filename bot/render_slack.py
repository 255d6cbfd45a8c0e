"""Keep rendered Block Kit within Slack's limits, so a long brief is shortened instead of rejected.

Slack refuses a whole message for one bad block (`invalid_blocks`), so every text is cut to its limit with an
ellipsis and empty blocks are dropped. A message longer than Slack takes (50 blocks, 40 000 characters) is
split into pages: the first is posted to the channel, the others as replies in its thread (the Slack
transport posts them); past MAX_THREAD_MESSAGES replies the rest is left out, with a note saying so.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.render_filters import ELLIPSIS, clip, clip_mrkdwn, slack_escape

MAX_BLOCKS = 50
HEADER_MAX = 150
TEXT_MAX = 3000
FIELD_MAX = 2000
MAX_FIELDS = 10
MAX_CONTEXT_ELEMENTS = 10
FALLBACK_MAX = 4000  # Slack truncates `text` at 40 000 characters and advises far less for notifications
MESSAGE_MAX = 40_000  # characters of Block Kit JSON in one message, kept well inside what chat.postMessage takes
MAX_THREAD_MESSAGES = 9

Block = dict[str, Any]
_NOTE_ROOM = 400  # characters kept free on every page for a note
# Anything in angle brackets that is not an http(s) link we built: a mention (<!channel>, <@U123>, <#C1>)
# or a link to another scheme. Only an override template that forgot `slack_text` can produce one.
_FOREIGN_TOKEN = re.compile(r"<(?!https?://[^\s<>|]+(?:\|[^<>]*)?>)([^<>]*)>")


def parse_blocks(raw: str) -> list[Block]:
    """The template's output as a list of blocks; ValueError says what is wrong with it."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
    if not isinstance(data, list):
        raise ValueError(f"expected a JSON list of blocks, got {type(data).__name__}")
    for index, block in enumerate(data):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise ValueError(f"block {index} is not an object with a string 'type'")
    return data


def fit_blocks(blocks: list[Block]) -> tuple[Block, ...]:
    """Blocks cut to Slack's limits, at most MAX_BLOCKS of them; ValueError for a text object whose text is
    not a string."""
    fitted = fit_each(blocks)
    if len(fitted) > MAX_BLOCKS:
        left_out = len(fitted) - (MAX_BLOCKS - 1)
        note = f"{ELLIPSIS} {left_out} more blocks not shown: the message was too long for Slack."
        fitted = [*fitted[: MAX_BLOCKS - 1], {"type": "context", "elements": [_mrkdwn(note)]}]
    return tuple(fitted)


def fit_each(blocks: list[Block]) -> list[Block]:
    """Every block cut to Slack's limits for one block, empty ones dropped; no limit on their number."""
    return [fixed for block in blocks if (fixed := _fit_block(block)) is not None]


def paginate(blocks: list[Block]) -> list[tuple[Block, ...]]:
    """Fitted blocks as messages within Slack's limits: the parent first, then its thread replies. Each page
    keeps a block free for a note: the parent's says the brief goes on in the thread, the last allowed
    page's how many blocks were left out."""
    pages: list[list[Block]] = [[]]
    size = 0
    for block in blocks:
        cost = len(json.dumps(block, ensure_ascii=False)) + 2
        if pages[-1] and (len(pages[-1]) >= MAX_BLOCKS - 1 or size + cost > MESSAGE_MAX - _NOTE_ROOM):
            pages.append([])
            size = 0
        pages[-1].append(block)
        size += cost
    kept = pages[: MAX_THREAD_MESSAGES + 1]
    left_out = sum(len(page) for page in pages[len(kept):])
    if left_out:
        note = f"{ELLIPSIS} {left_out} more blocks not shown: the message was too long for Slack."
        kept[-1].append({"type": "context", "elements": [_mrkdwn(note)]})
    if len(kept) > 1:
        replies = len(kept) - 1
        more = "1 more message" if replies == 1 else f"{replies} more messages"
        kept[0].append({"type": "context", "elements": [_mrkdwn(f"Continued in the thread: {more}.")]})
    return [tuple(page) for page in kept]


def page_text(blocks: tuple[Block, ...]) -> str:
    """A thread reply's `text` (its notification and screen-reader text): its blocks' texts, escaped."""
    texts: list[str] = []
    for block in blocks:
        objects = [block.get("text"), *block.get("fields", ()), *block.get("elements", ())]
        for obj in objects:
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                text = obj["text"]
                texts.append(slack_escape(text) if obj.get("type") == "plain_text" else text)
    return clip_mrkdwn("\n".join(texts), FALLBACK_MAX)


def fallback_text(plain: str) -> str:
    """The plain rendering as a message's `text` (notifications, screen readers): escaped and bounded."""
    return clip_mrkdwn(slack_escape(plain), FALLBACK_MAX)



def _fit_block(block: Block) -> Block | None:
    kind = block["type"]
    if kind == "header":
        text = _fit_text(block.get("text"), HEADER_MAX)
        return {**block, "text": text} if text else None
    if kind == "section":
        fields = [f for f in (_fit_text(x, FIELD_MAX) for x in block.get("fields", ())) if f]
        text = _fit_text(block.get("text"), TEXT_MAX)
        if not text and not fields:
            return None
        fixed = {k: v for k, v in block.items() if k not in ("text", "fields")}
        if text:
            fixed["text"] = text
        if fields:
            fixed["fields"] = fields[:MAX_FIELDS]
        return fixed
    if kind == "context":
        elements = [_fit_element(e) for e in block.get("elements", ())]
        kept = [e for e in elements if e][:MAX_CONTEXT_ELEMENTS]
        return {**block, "elements": kept} if kept else None
    return block


def _fit_element(element: Any) -> Any:
    if isinstance(element, dict) and element.get("type") in ("mrkdwn", "plain_text"):
        return _fit_text(element, TEXT_MAX)
    return element


def _fit_text(obj: Any, limit: int) -> Block | None:
    """A text object cut to `limit`; None when it is missing or empty (Slack rejects empty text)."""
    if obj is None:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError(f"text object {obj!r:.80} has no string 'text'")
    text = obj["text"].strip()
    if obj.get("type") == "mrkdwn":
        text = clip_mrkdwn(_FOREIGN_TOKEN.sub(r"&lt;\1&gt;", text), limit)
    else:
        text = clip(text, limit)
    return {**obj, "text": text} if text else None


def _mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": text}
