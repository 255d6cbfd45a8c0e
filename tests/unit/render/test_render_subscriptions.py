"""The new replies in every format: subscribe / unsubscribe answers, realtime items and digests, and the
subscriptions under `sources`; user- and article-derived text stays inert text everywhere."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from bot.models import (
    ArticleRef,
    Digest,
    MessageFormat,
    NewItem,
    SourceCount,
    SourceHealth,
    SourcesResult,
    Subscription,
    SubscriptionChange,
    Topics,
)
from bot.render import FORMATS, Renderer
from bot.render_filters import WORD_JOINER

NOW = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
HOSTILE = "<!channel> <b>bold</b> @room:example.org \x1b[31m"
REF = ArticleRef(id="a1", title=f"Port reopens {HOSTILE}", url="https://news.example/port?a=1&b=2",
                 source=f"Wire {HOSTILE}", published=date(2024, 5, 6))
SUBSCRIPTION = Subscription(
    destination="ops", source="news.example/feed.xml", filter=f'harbour OR "<script>" {HOSTILE}',
    topics=Topics(missions=("UNIFIL",), people=("Maria Okafor",)), origin="command", created_by="@alice",
    created_at=NOW,
)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def inert(fmt: MessageFormat, rendered: str) -> None:
    """No live markup, mention or escape sequence from the data survives in `rendered`."""
    assert "\x1b" not in rendered
    if fmt == "slack":
        assert "<!channel>" not in rendered
    if fmt == "matrix":
        assert "<b>bold</b>" not in rendered and "<script>" not in rendered and "@room:" not in rendered


def test_a_subscription_answer_says_what_is_received_in_every_format(renderer: Renderer) -> None:
    change = SubscriptionChange(action="subscribed", subscription=SUBSCRIPTION, location="https://news.example/feed.xml",
                                new_source=True, note="A feed with 12 items.")
    text = renderer.render(change, "text").text
    assert text.splitlines()[0].startswith("ops now receives news.example/feed.xml — filter: harbour OR")
    assert "missions: UNIFIL — people: Maria Okafor" in text
    assert "New source news.example/feed.xml: https://news.example/feed.xml" in text and "12 items" in text
    for fmt in FORMATS:
        message = renderer.render(change, fmt)
        inert(fmt, str(message.blocks) + (message.formatted or "") if fmt != "text" else message.text)
    slack = str(renderer.render(change, "slack").blocks)
    assert "&lt;!channel&gt;" in slack and "&lt;script&gt;" in slack
    matrix = renderer.render(change, "matrix").formatted or ""
    assert "&lt;script&gt;" in matrix and f"@{WORD_JOINER}room" in matrix
    removed = SubscriptionChange(action="unsubscribed", subscription=SUBSCRIPTION)
    assert renderer.render(removed, "text").text.startswith("ops no longer receives news.example/feed.xml")


def test_an_item_and_a_digest_in_every_format(renderer: Renderer) -> None:
    item = NewItem(destination="ops", article=REF, lead="The terminal reopened on Tuesday. " * 30)
    digest = Digest(destination="ops", window_start=NOW, window_end=NOW, total=7,
                    sources=(SourceCount(source=REF.source, count=5), SourceCount(source="agency", count=2)),
                    headlines=(REF, REF.model_copy(update={"id": "a2", "title": "Second", "url": "javascript:x"})))
    text = renderer.render(item, "text").text
    assert text.startswith("New: Port reopens") and "Source: Port reopens" in text
    assert "https://news.example/port?a=1&b=2" in text and len(text) < 700  # the lead is clipped
    digest_text = renderer.render(digest, "text").text
    assert digest_text.startswith("7 new articles since 2024-05-06 07:00 UTC")
    assert re.search(r"By source: Wire .* 5 · agency 2", digest_text)
    assert "- Second (agency" not in digest_text and "- Second (Wire" in digest_text
    assert "javascript:" not in digest_text  # an unsafe link is left out
    for reply in (item, digest):
        for fmt in FORMATS:
            message = renderer.render(reply, fmt)
            inert(fmt, message.text if fmt == "text" else str(message.blocks) + (message.formatted or ""))
    assert 'href="https://news.example/port?a=1&amp;b=2"' in (renderer.render(item, "matrix").formatted or "")
    assert "<https://news.example/port?a=1&amp;b=2|" in str(renderer.render(digest, "slack").blocks)


def test_sources_lists_the_subscriptions_below_the_health(renderer: Renderer) -> None:
    result = SourcesResult(
        sources=(SourceHealth(name="wire", kind="feed", location="https://news.example/feed.xml", state="new"),),
        subscriptions=(Subscription(destination="ops", source=None, origin="config"), SUBSCRIPTION),
    )
    lines = renderer.render(result, "text").text.splitlines()
    start = lines.index("Subscriptions")
    assert lines[start + 2] == "- ops: every source (configuration)"
    assert lines[start + 3].startswith("- ops: news.example/feed.xml — filter: ")
    assert lines[start + 3].endswith("(added by @alice on 2024-05-06)")
    for fmt in FORMATS:
        message = renderer.render(result, fmt)
        inert(fmt, message.text if fmt == "text" else str(message.blocks) + (message.formatted or ""))
    assert "Subscriptions" in str(renderer.render(result, "slack").blocks)
    assert "every source" in (renderer.render(result, "matrix").formatted or "")
