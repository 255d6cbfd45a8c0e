"""The cleaning, escaping and wording helpers behind the templates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from markupsafe import Markup

from bot.models import Brief, MissionStatus, MissionUpdate, Quote
from bot.render_filters import (
    WORD_JOINER,
    clean_text,
    clip,
    clip_mrkdwn,
    counted,
    defuse_matrix_mentions,
    defuse_slack_mentions,
    iso_date,
    nl2br,
    safe_url,
    slack_escape,
    slack_link,
    utc_datetime,
)
from bot.render_phrases import brief_window, mission_state, person, quote_text, status_change


@pytest.mark.parametrize(("dirty", "clean"), [
    ("\x1b[1;31mAlert\x1b[0m", "Alert"),
    ("before\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\after", "beforelinkafter"),  # OSC 8 hyperlink
    ("title\x1b]0;owned\x07!", "title!"),
    ("a\x00b\x07c\x7fd\x9b31me", "abcde"),
    ("\u202eevil\u202c \u2066iso\u2069", "evil iso"),
    ("  many \t spaces\r\nand\u2028lines  ", "many spaces and lines"),
    ("Kurdistan Region — ھەرێمی کوردستان", "Kurdistan Region — ھەرێمی کوردستان"),
])
def test_clean_text_removes_controls_and_collapses_whitespace(dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean


def test_clean_text_multiline_keeps_line_structure() -> None:
    dirty = "Usage:\r\n  /who   NAME\n\n\n\nDone\x1b[0m "
    assert clean_text(dirty, multiline=True) == "Usage:\n/who NAME\n\nDone"


def test_matrix_mentions_are_defused_but_emails_are_not() -> None:
    text = "@room @Room hi @alice:example.org and @bob_2:matrix.example.com, mail press@nato.int or @someone"
    defused = defuse_matrix_mentions(text)
    j = WORD_JOINER
    assert defused == (f"@{j}room @{j}Room hi @{j}alice:example.org and @{j}bob_2:matrix.example.com, "
                       "mail press@nato.int or @someone")
    assert defused.replace(j, "") == text


def test_slack_broadcasts_are_defused() -> None:
    assert defuse_slack_mentions("@channel @here @everyone @herald") == \
        f"@{WORD_JOINER}channel @{WORD_JOINER}here @{WORD_JOINER}everyone @herald"


def test_slack_escape_turns_control_characters_into_entities() -> None:
    assert slack_escape("<!channel> & <@U1> <http://x|y>") == \
        "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a?b=1&c=2#frag", "https://example.org/a?b=1&c=2#frag"),
    ("  http://example.org/path  ", "http://example.org/path"),
    ("https://example.org/a|b<c>\"d", "https://example.org/a%7Cb%3Cc%3E%22d"),
    ("https://example.org/caf%C3%A9", "https://example.org/caf%C3%A9"),
    ("https://example.org/café", "https://example.org/caf%C3%A9"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<script>", None),
    ("ftp://example.org/file", None),
    ("/relative/path", None),
    ("//example.org/no-scheme", None),
    ("https://bank.example@evil.example/", None),
    ("https://exa mple.org/", None),
    ("https://example.org/\x00", None),
    ("http:///nohost", None),
    ("https://[::1", None),
    ("", None),
    (None, None),
])
def test_safe_url_allows_only_absolute_http_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_slack_link_escapes_both_parts_or_drops_the_url() -> None:
    assert slack_link("https://e.org/?a=1&b=2", "Q&A <live>") == \
        "<https://e.org/?a=1&amp;b=2|Q&amp;A &lt;live&gt;>"
    assert slack_link("javascript:x", "<!here>") == "&lt;!here&gt;"
    assert slack_link(None, "Plain") == "Plain"


def test_clip_cuts_at_a_word_and_marks_it() -> None:
    assert clip("short", 10) == "short"
    clipped = clip("The coalition will remain in Iraq to advise, assist and enable", 40)
    assert clipped == "The coalition will remain in Iraq to…"
    assert len(clipped) <= 40
    assert clip("x" * 50, 10) == "x" * 9 + "…"


def test_clip_mrkdwn_never_ends_inside_an_entity_or_link() -> None:
    text = "See <https://example.org/long/path|the report> &amp; more"
    for limit in range(5, len(text)):
        clipped = clip_mrkdwn(text, limit)
        assert len(clipped) <= limit
        body = clipped.removesuffix("…")
        assert body.count("<") == body.count(">")
        assert body.rfind("&") <= body.rfind(";")


def test_dates_are_iso_and_times_utc() -> None:
    plus3 = timezone(timedelta(hours=3))
    assert iso_date(date(2021, 12, 9)) == "2021-12-09"
    assert iso_date(datetime(2021, 12, 10, 1, 0, tzinfo=plus3)) == "2021-12-09"
    assert iso_date(None) == ""
    assert utc_datetime(datetime(2021, 12, 9, 9, 30, tzinfo=plus3)) == "2021-12-09 06:30 UTC"
    assert utc_datetime(datetime(2021, 12, 9, 6, 30)) == "2021-12-09 06:30 UTC"


def test_counted_and_nl2br() -> None:
    assert counted(1, "quote") == "1 quote"
    assert counted(0, "mission") == "0 missions"
    html = nl2br("a <b>\nc & d")
    assert isinstance(html, Markup)
    assert html == "a &lt;b&gt;<br>c &amp; d"


def test_person_joins_title_and_org() -> None:
    assert person("John W. Brennan", "Maj. Gen.", "CJTF-OIR") == "John W. Brennan (Maj. Gen., CJTF-OIR)"
    assert person("John Kirby", None, "Pentagon") == "John Kirby (Pentagon)"
    assert person("Qasim al-Araji") == "Qasim al-Araji"


def test_quote_text_marks_kinds() -> None:
    direct = Quote(speaker="A", text="We will stay.", kind="direct", article_id="x")
    indirect = direct.model_copy(update={"kind": "indirect", "text": "the talks went well"})
    assert quote_text(direct) == "“We will stay.”"
    assert quote_text(indirect) == "(reported) the talks went well"


def test_status_change_compares_with_previous_brief() -> None:
    status = MissionStatus(mission="CJTF-OIR", status="non-combat", roles=("advise", "assist"),
                           since=date(2021, 12, 9), previous_status="combat")
    assert mission_state(status) == "non-combat — advise, assist — since 2021-12-09"
    assert status_change(MissionUpdate(status=status, status_at_previous_brief="combat")) == \
        "changed from combat (previous brief)"
    assert status_change(MissionUpdate(status=status, status_at_previous_brief="non-combat")) == "no change"
    assert status_change(MissionUpdate(status=status)) == \
        "new in this brief; previously combat according to the articles"
    bare = status.model_copy(update={"previous_status": None})
    assert status_change(MissionUpdate(status=bare)) == "new in this brief"


def test_brief_window() -> None:
    end = datetime(2021, 12, 9, 6, 0, tzinfo=UTC)
    assert brief_window(Brief(destination="c", title="t", window_end=end)) == "up to 2021-12-09 06:00 UTC"
    assert brief_window(Brief(destination="c", title="t", window_end=end,
                              window_start=end - timedelta(days=1))) == \
        "2021-12-08 06:00 UTC – 2021-12-09 06:00 UTC"
