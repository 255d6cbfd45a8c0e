"""Article text is hostile: it must arrive as inert text in every format, and never break a message."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.models import (
    ArticleRef,
    Brief,
    Development,
    Evidence,
    MessageFormat,
    MissionStatus,
    MissionUpdate,
    Notice,
    PersonRef,
    Quote,
    QuotesResult,
    RenderedMessage,
    StatusResult,
    SummarySentence,
    WhoResult,
)
from bot.render import FORMATS, Renderer, RenderError
from bot.render_filters import WORD_JOINER
from bot.render_matrix import fits_in_event
from bot.render_slack import HEADER_MAX, MAX_BLOCKS, MAX_THREAD_MESSAGES, MESSAGE_MAX, TEXT_MAX

SLACK_TOKENS = "<!channel> <!here> <@U123ABC> <#C024BE7LR> <http://evil.example|bank.com> & friends"
MENTIONS = re.compile(r"<[!@#]")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def mrkdwn_texts(message: RenderedMessage) -> list[str]:
    assert message.blocks is not None
    texts: list[str] = []
    for block in message.blocks:
        if isinstance(block.get("text"), dict) and block["text"]["type"] == "mrkdwn":
            texts.append(block["text"]["text"])
        texts.extend(e["text"] for e in block.get("elements", ()) if e.get("type") == "mrkdwn")
    return texts


def assert_valid_slack(message: RenderedMessage) -> None:
    assert message.blocks is not None
    assert 0 < len(message.blocks) <= MAX_BLOCKS
    json.loads(json.dumps(list(message.blocks)))
    for block in message.blocks:
        if block["type"] == "header":
            assert 0 < len(block["text"]["text"]) <= HEADER_MAX
        if block["type"] == "section":
            assert 0 < len(block["text"]["text"]) <= TEXT_MAX
        if block["type"] == "context":
            assert 0 < len(block["elements"]) <= 10
            assert all(0 < len(e["text"]) <= TEXT_MAX for e in block["elements"])


def test_slack_mentions_and_links_from_articles_arrive_as_text(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    articles = {"a1": ArticleRef(id="a1", title="<!here> Breaking <http://evil.example|bank.com>",
                                 url="https://news.example.org/a?x=1&y=<2>", source="<@U999> Wire")}
    brief = brief_with(
        title="Brief <!channel>",
        quotes=(make_quote(SLACK_TOKENS, speaker="<@U123ABC>", article_id="a1"),),
        developments=(), missions=(), articles=articles,
    )
    message = renderer.render(brief, "slack")
    assert_valid_slack(message)
    texts = mrkdwn_texts(message)
    for text in [*texts, message.text]:
        assert not MENTIONS.search(text), text
        assert "<http://evil" not in text
    quote_section = next(t for t in texts if "friends" in t)
    assert "&lt;!channel&gt; &lt;!here&gt; &lt;@U123ABC&gt;" in quote_section
    assert "&lt;http://evil.example|bank.com&gt; &amp; friends" in quote_section
    # The only link is the one we built, with both parts escaped and the URL's `<>` percent-encoded.
    assert ("<https://news.example.org/a?x=1&amp;y=%3C2%3E|&lt;!here&gt; Breaking "
            "&lt;http://evil.example|bank.com&gt;> · &lt;@U999&gt; Wire") in quote_section
    # Header text is plain_text, which Slack never parses: shown as written.
    assert message.blocks is not None
    assert message.blocks[0]["text"] == {"type": "plain_text", "text": "Brief <!channel>"}


def test_slack_broadcast_words_are_defused(renderer: Renderer, brief_with: Callable[..., Brief],
                                           make_quote: Callable[..., Quote]) -> None:
    brief = brief_with(quotes=(make_quote("Tell @channel and @here now"),))
    texts = mrkdwn_texts(renderer.render(brief, "slack"))
    assert any(f"@{WORD_JOINER}channel and @{WORD_JOINER}here" in t for t in texts)


def test_json_breakout_in_article_text_stays_inside_its_string(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    breakout = '"}}, {"type": "section", "text": {"type": "mrkdwn", "text": "<!channel>"}}, {"x": "'
    normal = renderer.render(brief_with(quotes=(make_quote("calm"),)), "slack")
    hostile = renderer.render(brief_with(quotes=(make_quote(breakout),)), "slack")
    assert normal.blocks is not None and hostile.blocks is not None
    assert len(hostile.blocks) == len(normal.blocks)
    assert not any(MENTIONS.search(t) for t in mrkdwn_texts(hostile))


def test_matrix_mentions_are_defused_in_body_and_html(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        matrix_html: Callable[[str], Any]) -> None:
    brief = brief_with(quotes=(make_quote("Attention @room, ask @alice:example.org or press@nato.int"),))
    message = renderer.render(brief, "matrix")
    assert message.formatted is not None
    for shown in (message.text, "".join(matrix_html(message.formatted).text)):
        assert f"@{WORD_JOINER}room" in shown
        assert f"@{WORD_JOINER}alice:example.org" in shown
        assert "press@nato.int" in shown  # an e-mail address is not a mention and stays copyable
        assert not re.search(r"@room|@alice", shown)


def test_matrix_html_from_articles_is_escaped(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        matrix_html: Callable[[str], Any]) -> None:
    articles = {
        "a1": ArticleRef(id="a1", title='<img src=x onerror="alert(1)">', url="javascript:alert(1)",
                         source="<b>Wire</b>"),
        "a2": ArticleRef(id="a2", title="Login", url="https://bank.example@evil.example/", source="Phish"),
        "a3": ArticleRef(id="a3", title="Quote", url='https://ok.example/"><script>x</script>', source="Ok"),
    }
    quotes = (
        make_quote('<script>alert("x")</script> and <a href="javascript:alert(1)">click</a>',
                   article_id="a1"),
        make_quote("second", article_id="a2"),
        make_quote("third", article_id="a3"),
    )
    message = renderer.render(brief_with(quotes=quotes, articles=articles, developments=(), missions=()),
                              "matrix")
    assert message.formatted is not None
    parsed = matrix_html(message.formatted)  # only allowed tags, only http(s) hrefs
    hrefs = [attrs[0][1] for tag, attrs in parsed.tags if tag == "a"]
    assert hrefs == ["https://ok.example/%22%3E%3Cscript%3Ex%3C/script%3E"]
    text = "".join(parsed.text)
    assert '<script>alert("x")</script> and <a href="javascript:alert(1)">click</a>' in text
    assert '<img src=x onerror="alert(1)"> (<b>Wire</b>)' in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_template_syntax_in_article_text_is_not_evaluated(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        fmt: MessageFormat) -> None:
    payload = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# hidden #}"
    brief = brief_with(title="{{ brief.destination }}", quotes=(make_quote(payload, speaker="{{ 6*7 }}"),))
    message = renderer.render(brief, fmt)
    for shown in (message.text, message.formatted or "", json.dumps(message.blocks, ensure_ascii=False)):
        assert "49" not in shown and "42" not in shown and "looploop" not in shown
    assert "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# hidden #}" in message.text
    assert "{{ brief.destination }}" in message.text


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_characters_and_terminal_escapes_are_removed(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        fmt: MessageFormat) -> None:
    dirty = "\x1b[31mRED\x1b[0m \x1b]0;pwned\x07title\x00nul\x9b2Jcsi \u202eevil\u202c\x85end"
    brief = brief_with(quotes=(make_quote(dirty, speaker="Ana\x1b[1m Moreira"),))
    message = renderer.render(brief, fmt)
    for shown in (message.text, message.formatted or "", json.dumps(message.blocks, ensure_ascii=False)):
        assert "\x1b" not in shown
        assert not CONTROL.search(shown.replace("\n", "")), repr(shown)
    assert "“RED titlenulcsi evil end”" in message.text  # the OSC payload ("pwned") goes with its escape
    assert "Ana Moreira" in message.text


def test_ten_thousand_character_quote_is_clipped_everywhere(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    long_quote = " ".join(["withdrawal"] * 1000)[:10_000]
    brief = brief_with(quotes=(make_quote(long_quote),))
    text = renderer.render(brief, "text").text
    line = next(x for x in text.splitlines() if "withdrawal withdrawal" in x)
    assert len(line) < 700 and line.endswith("…”")
    slack = renderer.render(brief, "slack")
    assert_valid_slack(slack)
    matrix = renderer.render(brief, "matrix")
    assert matrix.formatted is not None and len(matrix.formatted) < 6000


def test_two_hundred_quotes_still_make_a_valid_slack_message(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    quotes = tuple(make_quote(f"Statement number {i}: " + "we remain committed to the region. " * 30)
                   for i in range(200))
    message = renderer.render(brief_with(quotes=quotes), "slack")
    assert_valid_slack(message)
    assert message.blocks is not None and message.thread
    assert re.fullmatch(r"Continued in the thread: \d+ more messages\.", message.blocks[-1]["elements"][0]["text"])
    assert len(message.text) <= 4000
    for page in (message, *message.thread):  # every message within Slack's limits, the whole brief posted
        assert_valid_slack(page)
        assert len(json.dumps(page.blocks, ensure_ascii=False)) <= MESSAGE_MAX and 0 < len(page.text) <= 4000
    posted = " ".join(str(page.blocks) for page in (message, *message.thread))
    assert all(f"Statement number {i}:" in posted for i in range(200))


def test_a_brief_longer_than_a_thread_ends_with_a_note(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote]) -> None:
    quotes = tuple(make_quote(f"Statement number {i}: " + "we remain committed to the region. " * 80)
                   for i in range(500))
    message = renderer.render(brief_with(quotes=quotes), "slack")
    assert len(message.thread) == MAX_THREAD_MESSAGES
    last = message.thread[-1].blocks
    assert last is not None and len(last) <= MAX_BLOCKS
    assert re.fullmatch(r"… \d+ more blocks not shown: the message was too long for Slack\.",
                        last[-1]["elements"][0]["text"])


def test_huge_summary_and_title_are_cut_to_slack_limits(
        renderer: Renderer, brief: Brief, brief_with: Callable[..., Brief]) -> None:
    development = brief.developments[0]
    first = development.summary[0]
    sentences = tuple(first.model_copy(update={"text": f"Sentence {i} about the <!here> talks."})
                      for i in range(400))
    long = brief_with(title="Brief " + "very " * 60 + "long",
                      developments=(development.model_copy(update={"summary": sentences}),))
    message = renderer.render(long, "slack")
    assert_valid_slack(message)
    assert message.blocks is not None
    assert message.blocks[0]["text"]["text"].endswith("…")
    section = next(b for b in message.blocks if "Sentence 0" in b.get("text", {}).get("text", ""))
    assert section["text"]["text"].endswith("…")
    assert not re.search(r"&[a-z]*…$", section["text"]["text"])  # never cut inside an entity


hostile_text = st.lists(
    st.sampled_from([*"<>&|!@#:*_~`\"'{}%/\\\n\t\x00\x1b\x9b\u202e\u2028 abcXYZ.éرم😀",
                     "<!channel>", "@room", "@u:s.org", "{{", "}}", "{%", "%}", "javascript:", "http://"]),
    max_size=30,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile_text, title=hostile_text, url=hostile_text)
def test_any_article_text_renders_valid_inert_messages(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        matrix_html: Callable[[str], Any], text: str, title: str, url: str) -> None:
    articles = {"a1": ArticleRef(id="a1", title=title, url=url, source=text)}
    brief = brief_with(title=title or "Brief", quotes=(make_quote(text or "x", speaker=title or "Someone"),),
                       articles=articles, developments=(), missions=())
    slack = renderer.render(brief, "slack")
    assert_valid_slack(slack)
    assert not any(MENTIONS.search(t) for t in [*mrkdwn_texts(slack), slack.text])
    matrix = renderer.render(brief, "matrix")
    assert matrix.formatted is not None
    matrix_html(matrix.formatted)
    assert "@room" not in matrix.text and "@room" not in matrix.formatted
    for message in (slack, matrix, renderer.render(brief, "text")):
        assert not CONTROL.search(message.text.replace("\n", ""))


def test_two_hundred_quotes_are_shortened_to_fit_one_matrix_event(
        renderer: Renderer, brief_with: Callable[..., Brief], make_quote: Callable[..., Quote],
        matrix_html: Callable[[str], Any]) -> None:
    quotes = tuple(make_quote(f"Statement number {i}: " + "we remain committed to the region. " * 30)
                   for i in range(200))
    message = renderer.render(brief_with(quotes=quotes), "matrix")
    assert message.formatted is not None
    assert fits_in_event(message.text, message.formatted)
    matrix_html(message.formatted)
    kept = message.formatted.count("Statement number")
    assert 10 < kept < 200
    assert f"Statement number {kept - 1}:" in message.formatted  # the first ones are kept, in order
    note = f"… {200 - kept} more items not shown: the message was too long for Matrix."
    assert message.text.endswith(note)
    assert message.formatted.endswith(f"<p><em>{note}</em></p>")
    # Missions and developments, listed before the quotes, are all still there.
    assert "CJTF-OIR" in message.formatted and "UN ends Mali peacekeeping mission" in message.formatted


def test_a_notice_too_large_for_matrix_is_an_error(renderer: Renderer) -> None:
    with pytest.raises(RenderError, match="too large for one Matrix event"):
        renderer.render(Notice(text="word " * 20_000), "matrix")


PAYLOAD = '<!here> <b>bold</b> <a href="javascript:x">@room</a> {{ 7*7 }} & \x1b[2J'


def hostile_everywhere() -> list[object]:
    """A brief and each look-up with the payload in every string a template prints."""
    p = PAYLOAD
    ref = ArticleRef(id=p, title=p, url="https://e.org/" + p, source=p, published=date(2023, 7, 1))
    quote = Quote(speaker=p, speaker_title=p, speaker_org=p, text=p, kind="direct", medium=p, article_id=p)
    status = MissionStatus(mission=p, aliases=(p,), status="ended", roles=(p,), since=date(2023, 7, 1),
                           previous_status="drawdown", evidence=(Evidence(article_id=p, sentence=p),))
    development = Development(id=p, headline=p, summary=(SummarySentence(text=p, article_id=p),),
                              article_ids=(p,))
    brief = Brief(destination=p, title=p, window_end=datetime(2023, 7, 2, tzinfo=UTC),
                  developments=(development,), missions=(MissionUpdate(status=status),), quotes=(quote,),
                  articles={p: ref})
    return [
        brief,
        WhoResult(query=p, people=(PersonRef(name=p, title=p, org=p),), quotes=(quote,), articles={p: ref}),
        StatusResult(query=p, missions=(status,), articles={p: ref}),
        QuotesResult(query=p, quotes=(quote,), articles={p: ref}),
        Notice(text=p + "\n" + p, is_error=True),
    ]


@pytest.mark.parametrize("reply", hostile_everywhere(), ids=lambda r: type(r).__name__)
def test_payload_in_every_field_stays_inert(renderer: Renderer, reply: Any,
                                            matrix_html: Callable[[str], Any]) -> None:
    slack = renderer.render(reply, "slack")
    assert_valid_slack(slack)
    for text in [*mrkdwn_texts(slack), slack.text]:
        assert not MENTIONS.search(text) and "<b>" not in text and "<a " not in text
    matrix = renderer.render(reply, "matrix")
    assert matrix.formatted is not None
    parsed = matrix_html(matrix.formatted)
    assert all(tag != "b" for tag, _ in parsed.tags)
    assert "@room" not in matrix.text and "@room" not in matrix.formatted
    text = renderer.render(reply, "text").text
    for shown in (text, slack.text, matrix.text, "".join(parsed.text)):
        assert "{{ 7*7 }}" in shown and "49" not in shown and "\x1b" not in shown
