"""Every reply kind in every format: the content a reader needs is there, in the shape each chat expects."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from bot.models import (
    Brief,
    MessageFormat,
    MissionTransition,
    Notice,
    QuotesResult,
    RenderedMessage,
    StatusResult,
    WhoResult,
)
from bot.render import FORMATS, Renderer


def slack_texts(blocks: tuple[dict[str, Any], ...]) -> str:
    """All text in the blocks, in order (section text, context elements, header)."""
    return "\n".join(_texts(blocks))


def _texts(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for key, value in node.items() if key != "text" or not own for t in _texts(value)]
    if isinstance(node, list | tuple):
        return [t for item in node for t in _texts(item)]
    return []


def test_text_brief_has_every_section_in_order(renderer: Renderer, brief: Brief) -> None:
    text = renderer.render(brief, "text").text
    positions = [text.index(h) for h in ("Key developments", "Mission status", "Who said what")]
    assert positions == sorted(positions)
    assert text.startswith("Morning brief: Sahel and Iraq\n")
    assert "2023-06-30 06:00 UTC – 2023-07-03 06:00 UTC" in text


def test_text_brief_development_lists_summary_and_source_links(renderer: Renderer, brief: Brief) -> None:
    text = renderer.render(brief, "text").text
    assert "1. UN ends Mali peacekeeping mission; EU suspends training" in text
    assert "   The Security Council voted to end MINUSMA after ten years." in text
    assert (
        "- Security Council ends Mali peacekeeping mandate after decade-long deployment"
        " (Sahel Wire, 2023-06-30) — https://news.example.org/africa/mali-peacekeeping-mandate-ends?src=rss&lang=en"
    ) in text
    # An article without a URL is cited by its source instead.
    assert "Coalition keeps advisers in Iraq (files)\n" in text + "\n"


def test_text_brief_mission_change_no_change_and_new(renderer: Renderer, brief: Brief) -> None:
    text = renderer.render(brief, "text").text
    minusma = text[text.index("- MINUSMA"):text.index("- EUTM Mali")]
    assert "drawdown — monitor — since 2023-06-30" in minusma
    assert "changed from non-combat (previous brief)" in minusma
    assert "Evidence: “The council voted unanimously to end the mission" in minusma
    assert "Source: Security Council ends Mali peacekeeping mandate" in minusma
    eutm = text[text.index("- EUTM Mali"):text.index("- CJTF-OIR")]
    assert "new in this brief" in eutm
    oir = text[text.index("- CJTF-OIR"):text.index("Who said what")]
    assert "(also: Operation Inherent Resolve)" in oir
    assert "no change" in oir
    assert "changed" not in oir


def test_text_brief_quotes_show_kind_medium_and_source(renderer: Renderer, brief: Brief) -> None:
    text = renderer.render(brief, "text").text
    assert "- Lt. Gen. Ana Moreira (Force Commander, MINUSMA), press conference:\n" \
           "  “We will leave in good order, and we will not leave anyone behind.”" in text
    assert "“the mission has become untenable”" in text  # partial quotes are quoted too
    assert "(reported) the withdrawal should begin without delay" in text  # indirect ones are not
    assert "“the withdrawal" not in text
    assert "Abdoulaye Sidibé (Foreign Minister), interview:" in text


def test_text_empty_brief_says_so_in_each_section(renderer: Renderer, empty_brief: Brief) -> None:
    text = renderer.render(empty_brief, "text").text
    for line in ("No new developments.", "No mission updates.", "No new quotes."):
        assert line in text


def test_brief_without_window_start_says_up_to(renderer: Renderer, brief_with: Callable[..., Brief]) -> None:
    text = renderer.render(brief_with(window_start=None), "text").text
    assert "up to 2023-07-03 06:00 UTC" in text


def test_naive_and_offset_datetimes_are_shown_in_utc(renderer: Renderer,
                                                     brief_with: Callable[..., Brief]) -> None:
    plus3 = timezone(timedelta(hours=3))
    text = renderer.render(brief_with(window_start=datetime(2023, 7, 1, 9, 30, tzinfo=plus3),
                                      window_end=datetime(2023, 7, 2, 8, 0)), "text").text
    assert "2023-07-01 06:30 UTC – 2023-07-02 08:00 UTC" in text


def test_slack_brief_is_block_kit_with_fallback(renderer: Renderer, brief: Brief) -> None:
    message = renderer.render(brief, "slack")
    assert message.format == "slack"
    assert message.blocks is not None
    json.dumps(message.blocks)  # serialisable as sent
    assert message.blocks[0] == {"type": "header",
                                 "text": {"type": "plain_text", "text": "Morning brief: Sahel and Iraq"}}
    kinds = [b["type"] for b in message.blocks]
    assert set(kinds) <= {"header", "section", "context", "divider"}
    texts = slack_texts(message.blocks)
    assert "*UN ends Mali peacekeeping mission; EU suspends training*" in texts
    assert ("<https://news.example.org/africa/mali-peacekeeping-mandate-ends?src=rss&amp;lang=en|"
            "Security Council ends Mali peacekeeping mandate after decade-long deployment>"
            " · Sahel Wire · 2023-06-30") in texts
    assert "_changed from non-combat (previous brief)_" in texts
    assert "> “We will leave in good order, and we will not leave anyone behind.”" in texts
    assert "1 development · 3 missions · 3 quotes · 3 source articles" in texts
    # The fallback is the plain rendering, escaped for Slack (it is parsed as mrkdwn too).
    assert message.text.startswith("Morning brief: Sahel and Iraq")
    assert "?src=rss&amp;lang=en" in message.text


def test_slack_empty_brief(renderer: Renderer, empty_brief: Brief) -> None:
    message = renderer.render(empty_brief, "slack")
    assert message.blocks is not None
    texts = slack_texts(message.blocks)
    for line in ("_No new developments._", "_No mission updates._", "_No new quotes._"):
        assert line in texts


def test_matrix_brief_is_restricted_html_with_plain_body(renderer: Renderer, brief: Brief,
                                                          matrix_html: Callable[[str], Any]) -> None:
    message = renderer.render(brief, "matrix")
    assert message.format == "matrix"
    assert message.formatted is not None
    assert message.text == renderer.render(brief, "text").text
    parsed = matrix_html(message.formatted)
    url = "https://news.example.org/africa/mali-peacekeeping-mandate-ends?src=rss&lang=en"
    assert ("a", [("href", url)]) in parsed.tags
    assert message.formatted.startswith("<h4>Morning brief: Sahel and Iraq</h4>")
    assert "<blockquote>“We will leave in good order, and we will not leave anyone behind.”</blockquote>" \
        in message.formatted
    assert "<em>changed from non-combat (previous brief)</em>" in message.formatted
    assert "\n" not in message.formatted


def test_matrix_empty_brief(renderer: Renderer, empty_brief: Brief,
                            matrix_html: Callable[[str], Any]) -> None:
    message = renderer.render(empty_brief, "matrix")
    assert message.formatted is not None
    text = "".join(matrix_html(message.formatted).text)
    for line in ("No new developments.", "No mission updates.", "No new quotes."):
        assert line in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_lists_people_and_their_quotes(renderer: Renderer, lookups: dict[str, object],
                                           fmt: MessageFormat) -> None:
    who = lookups["who"]
    assert isinstance(who, WhoResult)
    shown = _shown(*_parts(renderer.render(who, fmt)))
    assert "Who: Moreira" in shown
    assert "Ana Moreira (Lt. Gen., MINUSMA)" in shown
    assert "We will leave in good order" in shown
    nobody = _shown(*_parts(renderer.render(WhoResult(query="Nobody"), fmt)))
    assert "No one matching “Nobody” has been quoted." in nobody


@pytest.mark.parametrize("fmt", FORMATS)
def test_status_lists_missions_with_evidence(renderer: Renderer, lookups: dict[str, object],
                                             fmt: MessageFormat) -> None:
    status = lookups["status"]
    assert isinstance(status, StatusResult)
    shown = _shown(*_parts(renderer.render(status, fmt)))
    assert "Mission status: mali" in shown
    assert "drawdown — monitor — since 2023-06-30" in shown
    assert "previously non-combat" in shown
    assert "The EU said training of Malian units is on hold." in shown
    assert "No mission status known yet." in _shown(*_parts(renderer.render(StatusResult(), fmt)))
    assert "No mission matches “Niger”." in _shown(*_parts(renderer.render(StatusResult(query="Niger"), fmt)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_status_of_one_mission_shows_its_timeline(renderer: Renderer, lookups: dict[str, object],
                                                   fmt: MessageFormat) -> None:
    status = lookups["status"]
    assert isinstance(status, StatusResult)
    steps = (
        MissionTransition(on=date(2013, 7, 1), status="non-combat"),
        MissionTransition(on=date(2023, 6, 30), status="drawdown", previous_status="non-combat",
                          evidence=status.missions[0].evidence[:1]),
    )
    shown = _shown(*_parts(renderer.render(status.model_copy(update={"timeline": steps}), fmt)))
    assert "Timeline" in shown
    assert "2013-07-01: non-combat" in shown
    assert "2023-06-30: non-combat → drawdown" in shown
    assert "Timeline" not in _shown(*_parts(renderer.render(status, fmt)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_quotes_lists_every_quote(renderer: Renderer, lookups: dict[str, object], fmt: MessageFormat) -> None:
    quotes = lookups["quotes"]
    assert isinstance(quotes, QuotesResult)
    shown = _shown(*_parts(renderer.render(quotes, fmt)))
    assert "Quotes: withdrawal" in shown
    for speaker in ("Ana Moreira", "Josep Ferrer", "Abdoulaye Sidibé"):
        assert speaker in shown
    assert "No quotes yet." in _shown(*_parts(renderer.render(QuotesResult(), fmt)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_notice_keeps_lines_and_marks_errors(renderer: Renderer, lookups: dict[str, object],
                                             fmt: MessageFormat) -> None:
    notice = lookups["notice"]
    assert isinstance(notice, Notice)
    message = renderer.render(notice, fmt)
    assert message.text == "Usage: /who NAME\nShows who said what, newest first."
    if fmt == "matrix":
        assert message.formatted == "<p>Usage: /who NAME<br>Shows who said what, newest first.</p>"
    if fmt == "slack":
        assert message.blocks == ({"type": "section", "text": {
            "type": "mrkdwn", "text": "Usage: /who NAME\nShows who said what, newest first."}},)
    error = renderer.render(Notice(text="The store is unavailable.", is_error=True), fmt)
    assert error.text == "Error: The store is unavailable."
    assert "Error:" in _shown(*_parts(error))


def test_renderer_is_reusable_across_formats(renderer: Renderer, brief: Brief) -> None:
    first = renderer.render(brief, "matrix")
    renderer.render(brief, "slack")
    assert renderer.render(brief, "matrix") == first


def _parts(message: RenderedMessage) -> tuple[str, str | None, tuple[dict[str, Any], ...] | None]:
    return message.text, message.formatted, message.blocks


def _shown(text: str, formatted: str | None, blocks: tuple[dict[str, Any], ...] | None) -> str:
    """What a reader of this format sees (HTML entities decoded, Slack entities decoded)."""
    if formatted is not None:
        return html.unescape(formatted.replace("<br>", "\n"))
    if blocks is not None:
        return slack_texts(blocks).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text
