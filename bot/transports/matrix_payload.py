"""Pure Matrix payloads, apart from any I/O (as matrix-nio keeps its Api apart from its clients): message
contents split into events of a readable size, transaction ids, `!command` parsing and invite checks."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from bot.models import RenderedMessage

PART_BYTES = 16_000
"""A brief longer than this is posted as several events, cut between sections or list items: clients fold
or truncate very long events, and one section per event reads well in a busy room."""

ENCRYPTED_ROOM_REFUSAL = (
    "briefbot does not support end-to-end encrypted rooms yet, so it is leaving this room. "
    "Invite it to a room without encryption."
)

_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|tr|pre|div|details|summary|caption|ol|ul)>|<br\s*/?>|<hr\s*/?>")
_TAG = re.compile(r"<[^>]*>")
_LI_START = re.compile(r"<li>")


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    args: str


def notice_content(body: str, formatted: str | None) -> dict[str, Any]:
    """An `m.notice` (bots post notices, which other bots do not answer) with HTML when there is some.
    `m.mentions` is empty: the bot never means to ping anyone, so clients that honour intentional mentions
    notify no one whatever the text says (the text is defused as well, for clients that do not)."""
    content: dict[str, Any] = {"msgtype": "m.notice", "body": body, "m.mentions": {}}
    if formatted:
        content.update(format="org.matrix.custom.html", formatted_body=formatted)
    return content


def message_contents(message: RenderedMessage, part_bytes: int = PART_BYTES) -> list[dict[str, Any]]:
    """The events to post for `message`: one when it is short, else its HTML cut between top-level blocks
    (and between the items of a long list), each part with a plain body made from its own HTML."""
    whole = notice_content(message.text, message.formatted)
    if not message.formatted or _size(whole) <= part_bytes:
        return [whole]
    parts: list[str] = []
    current = ""
    for block in _pieces(message.formatted, part_bytes):
        if current and _size(notice_content(html_to_text(current + block), current + block)) > part_bytes:
            parts.append(current)
            current = ""
        current += block
    if current:
        parts.append(current)
    return [notice_content(html_to_text(part), part) for part in parts]


def transaction_id(delivery_id: str, part: int) -> str:
    """Stable across retries of the same delivery, so the homeserver drops a repeated send."""
    return delivery_id if part == 0 else f"{delivery_id}.{part}"


def html_to_text(fragment: str) -> str:
    """A readable plain body for a part of our own (already escaped, checked) HTML."""
    text = _BLOCK_END.sub("\n", fragment.replace("<li>", "\n<li>• "))
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def parse_command(body: str, prefix: str, known: frozenset[str]) -> Command | None:
    """`!who Brennan` → Command("who", "Brennan"); None for anything else, including commands of other
    bots that share the prefix."""
    text = body.strip()
    if not text.startswith(prefix):
        return None
    head, _, rest = text[len(prefix):].partition(" ")
    name = head.strip().lower()
    if not name or name not in known:
        return None
    return Command(name=name, args=rest.strip())


def server_of(user_id: str) -> str:
    return user_id.partition(":")[2].lower()


def invite_allowed(inviter: str, allowed: tuple[str, ...], own_user_id: str) -> bool:
    """Invites are accepted from the listed users and servers (`*` for anyone); with none listed, from users
    of the bot's own server."""
    entries = allowed or (server_of(own_user_id),)
    for entry in entries:
        if entry in ("*", inviter):
            return True
        if not entry.startswith("@") and server_of(inviter) == entry.lstrip(":").lower():
            return True
    return False


def _size(content: dict[str, Any]) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def _pieces(formatted: str, part_bytes: int) -> list[str]:
    """Top-level blocks of `formatted`; a list too long for one part becomes several lists of its items
    (an ordered list keeps counting with `start`)."""
    pieces: list[str] = []
    for block in _top_level_blocks(formatted):
        tag = block[1:3]
        if len(block.encode("utf-8")) <= part_bytes // 2 or tag not in ("ul", "ol"):
            pieces.append(block)
            continue
        items = _top_level_blocks(block[4:-5])
        number = 1
        for item in items:
            start = f' start="{number}"' if tag == "ol" and number > 1 else ""
            pieces.append(f"<{tag}{start}>{item}</{tag}>")
            number += len(_LI_START.findall(item)[:1])
    return pieces


class _Splitter(HTMLParser):
    """Where top-level elements end: the offsets of their closing tags (or of a top-level void tag)."""

    VOID = frozenset({"br", "hr", "img"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.closing_at: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.depth += 1
        elif self.depth == 0:
            self.closing_at.append(self.getpos()[1])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        self.depth -= 1
        if self.depth == 0:
            self.closing_at.append(self.getpos()[1])


def _top_level_blocks(fragment: str) -> list[str]:
    one_line = fragment.replace("\n", " ")  # same offsets, and getpos() stays on line 1
    splitter = _Splitter()
    splitter.feed(one_line)
    splitter.close()
    blocks, start = [], 0
    for column in splitter.closing_at:
        end = one_line.index(">", column) + 1  # our HTML escapes ">" inside attributes
        if fragment[start:end].strip():
            blocks.append(fragment[start:end])
        start = end
    if fragment[start:].strip():
        blocks.append(fragment[start:])
    return blocks


CREATOR_LEVEL = 2**53
"""Room version 12 gives a room's creators a power level above every number (they are not in `users`)."""


def power_level(state: list[dict[str, Any]], user_id: str) -> int:
    """A user's power level from a room's state events (`GET /rooms/{id}/state`), by the spec's rules:
    creators of a version 12+ room outrank everyone; else `m.room.power_levels`, or without one 100 for the
    creator and 0 for everyone else."""
    create = next((e for e in state if e.get("type") == "m.room.create"), {})
    content = create.get("content") or {}
    creators = {create.get("sender"), *content.get("additional_creators", ())}
    version = str(content.get("room_version", "1"))
    if (not version.isdigit() or int(version) >= 12) and user_id in creators:
        return CREATOR_LEVEL
    levels = next((e.get("content") or {} for e in state if e.get("type") == "m.room.power_levels"), None)
    if levels is None:
        return 100 if user_id in creators or user_id == content.get("creator") else 0
    users = levels.get("users")
    level = users.get(user_id) if isinstance(users, dict) else None
    if level is None:
        level = levels.get("users_default", 0)
    try:
        return int(level)
    except (TypeError, ValueError):
        return 0
