"""Block Kit limits and the Matrix HTML check, on hand-made input."""

from __future__ import annotations

import json
import re

import pytest

from bot.render_matrix import check_html
from bot.render_slack import (
    HEADER_MAX,
    MAX_BLOCKS,
    MESSAGE_MAX,
    TEXT_MAX,
    fallback_text,
    fit_blocks,
    page_text,
    paginate,
    parse_blocks,
)


def section(text: str) -> dict[str, object]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def test_header_and_section_text_are_cut_with_an_ellipsis() -> None:
    header, body = fit_blocks([
        {"type": "header", "text": {"type": "plain_text", "text": "Coalition " * 30}},
        section("&amp; " * 1000),
    ])
    assert len(header["text"]["text"]) <= HEADER_MAX and header["text"]["text"].endswith("…")
    assert len(body["text"]["text"]) <= TEXT_MAX and body["text"]["text"].endswith("&amp;…")


def test_empty_blocks_are_dropped_and_fields_bounded() -> None:
    blocks = fit_blocks([
        section("   "),
        {"type": "header", "text": {"type": "plain_text", "text": ""}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": ""}]},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f"*{i}*"} for i in range(12)]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": str(i)} for i in range(14)]},
        {"type": "divider"},
    ])
    assert [b["type"] for b in blocks] == ["section", "context", "divider"]
    assert len(blocks[0]["fields"]) == 10 and "text" not in blocks[0]
    assert len(blocks[1]["elements"]) == 10


def test_too_many_blocks_end_with_a_note() -> None:
    blocks = fit_blocks([section(f"item {i}") for i in range(120)])
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-2]["text"]["text"] == "item 48"
    assert blocks[-1] == {"type": "context", "elements": [
        {"type": "mrkdwn", "text": "… 71 more blocks not shown: the message was too long for Slack."}]}
    assert len(fit_blocks([section("x")] * MAX_BLOCKS)) == MAX_BLOCKS  # exactly at the limit: untouched


def test_mentions_that_slipped_through_are_escaped_but_our_links_kept() -> None:
    (block,) = fit_blocks([section("<!channel> <@U1|bob> <#C1> <mailto:a@b.c|mail> <https://ok.example/?a=1|ok>")])
    assert block["text"]["text"] == \
        "&lt;!channel&gt; &lt;@U1|bob&gt; &lt;#C1&gt; &lt;mailto:a@b.c|mail&gt; <https://ok.example/?a=1|ok>"


def test_other_block_types_pass_through() -> None:
    image = {"type": "image", "image_url": "https://example.org/x.png", "alt_text": "map"}
    assert fit_blocks([image]) == (image,)


def test_parse_blocks_rejects_non_lists() -> None:
    assert parse_blocks('[{"type": "divider"}]') == [{"type": "divider"}]
    with pytest.raises(ValueError, match="line 1, column"):
        parse_blocks("[{]")
    with pytest.raises(ValueError, match="string 'type'"):
        parse_blocks('[{"type": 3}]')


def test_fallback_text_is_escaped_and_bounded() -> None:
    assert fallback_text("Q&A <!here>") == "Q&amp;A &lt;!here&gt;"
    long = fallback_text("&" * 10_000)
    assert len(long) <= 4000 and long.endswith("&amp;…")


def test_matrix_html_check_accepts_the_spec_subset() -> None:
    check_html('<h4>T</h4><p><strong>a</strong> <a href="https://e.org/?a=1&amp;b=2">x</a></p>'
               '<ol start="2"><li><blockquote>q</blockquote></li></ol><code class="language-py">x</code><br>')


@pytest.mark.parametrize(("html", "problem"), [
    ("<script>alert(1)</script>", "tag <script>"),
    ('<img src="https://e.org/x.png">', "tag <img>"),
    ('<p onclick="x()">hi</p>', "'onclick' is not allowed on <p>"),
    ('<a href="javascript:alert(1)">x</a>', "'javascript:alert(1)' is not an http(s) URL"),
    ('<a href="https://e.org" target="_blank">x</a>', "'target'"),
    ("<p>a<!-- hidden --></p>", "comments"),
])
def test_matrix_html_check_refuses_anything_else(html: str, problem: str) -> None:
    with pytest.raises(ValueError, match="unsafe Matrix HTML: .*" + re.escape(problem)):
        check_html(html)


def test_pages_keep_to_slack_limits_and_say_the_brief_goes_on_in_the_thread() -> None:
    assert paginate([section("short")]) == [(section("short"),)]  # one page: no note
    pages = paginate([section(f"item {i}") for i in range(100)])
    assert [len(p) for p in pages] == [50, 49, 2]  # 49 blocks and the note; 49; the last 2
    assert pages[0][-1]["elements"][0]["text"] == "Continued in the thread: 2 more messages."
    big = paginate([section("x" * 2900) for _ in range(30)])
    assert all(len(json.dumps(p, ensure_ascii=False)) <= MESSAGE_MAX for p in big) and len(big) == 3
    assert page_text(({"type": "header", "text": {"type": "plain_text", "text": "Q&A <!here>"}},)) == \
        "Q&amp;A &lt;!here&gt;"
