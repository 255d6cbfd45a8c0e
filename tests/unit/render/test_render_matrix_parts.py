"""Matrix payloads (bot.transports.matrix_payload): long briefs cut into readable events, transaction ids,
`!command` parsing, who may invite the bot, power levels. Pure: no homeserver."""

from __future__ import annotations

import json

import pytest
from conftest import BriefFactory

from bot.models import Development, RenderedMessage, SummarySentence
from bot.render import Renderer
from bot.render_filters import WORD_JOINER
from bot.render_matrix import check_html
from bot.transports.matrix_payload import (
    CREATOR_LEVEL,
    PART_BYTES,
    Command,
    html_to_text,
    invite_allowed,
    message_contents,
    parse_command,
    power_level,
    transaction_id,
)

KNOWN = frozenset({"brief", "who", "help", "subscribe"})


def many_developments(count: int) -> tuple[Development, ...]:
    return tuple(
        Development(
            id=f"d{n}", headline=f"Development number {n} in the Sahel @room",
            summary=tuple(SummarySentence(text=f"Sentence {k} of development {n}: " + "troops moved north. " * 8,
                                          article_id="a1") for k in range(3)),
            article_ids=("a1",),
        )
        for n in range(1, count + 1)
    )


def test_a_short_brief_is_one_notice_with_the_templates_own_plain_body(renderer: Renderer,
                                                                       brief_with: BriefFactory) -> None:
    message = renderer.render(brief_with(), "matrix")
    [content] = message_contents(message)
    assert content == {"msgtype": "m.notice", "body": message.text, "m.mentions": {},
                       "format": "org.matrix.custom.html", "formatted_body": message.formatted}


def test_a_long_brief_is_cut_between_items_in_order(renderer: Renderer, brief_with: BriefFactory) -> None:
    message = renderer.render(brief_with(developments=many_developments(40)), "matrix")
    contents = message_contents(message)
    assert len(contents) > 2
    numbers: list[int] = []
    for content in contents:
        assert len(json.dumps(content, ensure_ascii=False).encode()) <= PART_BYTES
        check_html(content["formatted_body"])  # each part is valid Matrix HTML on its own
        assert "@room" not in content["body"] and f"@{WORD_JOINER}room" in content["body"]
        numbers += [int(line.split()[3]) for line in content["body"].splitlines()
                    if line.startswith("• Development number")]
    shown = [int(line.split()[3]) for line in html_to_text(message.formatted or "").splitlines()
             if line.startswith("• Development number")]
    assert len(shown) > 20 and numbers == shown == list(range(1, len(shown) + 1))  # none lost or repeated
    assert contents[0]["formatted_body"].startswith("<h4>")
    assert contents[1]["formatted_body"].startswith('<ol start="')  # numbering carries on
    assert "Who said what" in contents[-1]["body"]


def test_plain_bodies_of_parts_are_text_not_markup() -> None:
    html = '<p><strong>A &amp; B</strong><br>&lt;b&gt;x&lt;/b&gt;</p><ul><li><a href="https://e.org">t</a></li></ul>'
    assert html_to_text(html) == "A & B\n<b>x</b>\n• t"
    whole = RenderedMessage(format="matrix", text="plain", formatted=None)
    assert message_contents(whole) == [{"msgtype": "m.notice", "body": "plain", "m.mentions": {}}]


def test_transaction_ids_are_stable_per_part() -> None:
    assert transaction_id("abc", 0) == "abc"
    assert [transaction_id("abc", n) for n in (1, 2)] == ["abc.1", "abc.2"]


@pytest.mark.parametrize(("body", "prefix", "expected"), [
    ("!who John Brennan", "!", Command("who", "John Brennan")),
    ("  !HELP  ", "!", Command("help", "")),
    ("!brief", "!", Command("brief", "")),
    ("?bb-brief 6h", "?bb-", Command("brief", "6h")),
    ("!frobnicate", "!", None),  # another bot's command
    ("please !brief", "!", None),
    ("! brief", "!", None),
    ("> <@a:b> !brief\n\nthanks", "!", None),  # a reply quoting a command
    ("!brief", "?bb-", None),
])
def test_commands_are_read_only_at_the_start_with_the_prefix(body: str, prefix: str,
                                                              expected: Command | None) -> None:
    assert parse_command(body, prefix, KNOWN) == expected


@pytest.mark.parametrize(("inviter", "allowed", "accepted"), [
    ("@alice:example.org", (), True),  # the bot's own server by default
    ("@mallory:evil.example", (), False),
    ("@alice:example.org", ("@bob:example.org",), False),
    ("@bob:example.org", ("@bob:example.org",), True),
    ("@carol:partner.example", ("partner.example",), True),
    ("@carol:partner.example", (":partner.example",), True),
    ("@carol:notpartner.example", ("partner.example",), False),
    ("@anyone:any.where", ("*",), True),
])
def test_invites(inviter: str, allowed: tuple[str, ...], accepted: bool) -> None:
    assert invite_allowed(inviter, allowed, "@briefbot:example.org") is accepted


def state(version: str, levels: dict[str, object] | None, creator: str = "@root:s") -> list[dict[str, object]]:
    events: list[dict[str, object]] = [{"type": "m.room.create", "sender": creator,
                                        "content": {"room_version": version, "additional_creators": ["@co:s"]}}]
    if levels is not None:
        events.append({"type": "m.room.power_levels", "sender": creator, "content": levels})
    return events


def test_power_levels_follow_the_room_version() -> None:
    levels = {"users": {"@mod:s": 50, "@root:s": 100}, "users_default": 10}
    assert power_level(state("10", levels), "@mod:s") == 50
    assert power_level(state("10", levels), "@someone:s") == 10
    assert power_level(state("10", levels), "@co:s") == 10  # additional creators only count from v12
    assert power_level(state("12", {"users": {}}), "@root:s") == CREATOR_LEVEL
    assert power_level(state("12", {"users": {}}), "@co:s") == CREATOR_LEVEL
    assert power_level(state("12", {"users": {}}), "@mod:s") == 0
    assert power_level(state("9", None), "@root:s") == 100
    assert power_level(state("9", None), "@mod:s") == 0
    assert power_level(state("10", {"users": {"@x:s": "lots"}}), "@x:s") == 0
