"""summarize: a mini-brief of one article now, from a URL fetched through the guard or from pasted text;
analysed for real, rendered by the brief templates, and nothing stored."""

from __future__ import annotations

from integration.ingest.ingest_fixture_server import FixtureServer
from integration.sources.sources_support import serve_feed
from subscriptions_support import ask, make_bot, stories
from support import SEED, FakeClock

from bot.models import Brief, Notice


def test_a_local_page_is_summarized_and_nothing_is_stored(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = server.file("/wildfire.html", "pages/article.html", "text/html; charset=utf-8")
    bot = make_bot(database_url, clock)

    summary = ask(bot, "summarize", url)

    assert isinstance(summary, Brief)
    assert summary.title == "Summary: Wildfire forces evacuation of hill villages"
    assert len(summary.developments) == 1 and summary.developments[0].summary
    assert "Henrik Larsen" in {q.speaker for q in summary.quotes}
    [ref] = summary.articles.values()  # a canonical link to another host is not trusted
    assert (ref.source, ref.url) == ("The Valley Observer", url)
    text = bot.renderer.render(summary, "text").text
    assert text.startswith("Summary: Wildfire forces evacuation of hill villages\n=====")
    assert "Who said what" in text and "Henrik Larsen" in text
    assert bot.store.articles.count() == 0 and bot.store.sources.all() == []
    bot.close()


def test_pasted_text_is_summarized_with_its_first_line_as_headline(database_url: str, clock: FakeClock) -> None:
    bot = make_bot(database_url, clock, missions=[{"name": "CJTF-OIR", "aliases": ["Operation Inherent Resolve"]}])
    pasted = SEED.read_text(encoding="utf-8")

    summary = ask(bot, "summarize", pasted, transport="slack", channel="C024BE91L")

    assert isinstance(summary, Brief) and summary.destination == "C024BE91L"
    assert summary.title == "Summary: " + pasted.splitlines()[0].strip()
    assert {"John W. Brennan", "Qasim al-Araji"} <= {q.speaker for q in summary.quotes}
    assert [m.status.mission for m in summary.missions] == ["CJTF-OIR"]
    assert summary.missions[0].status.status == "non-combat"
    assert {r.source for r in summary.articles.values()} == {"pasted text"}
    slack = bot.renderer.render(summary, "slack")
    assert slack.blocks is not None and "Summary: Iraq, Coalition" in str(slack.blocks[0])
    assert bot.store.articles.count() == 0
    bot.close()


def test_what_cannot_be_summarized_is_refused_with_the_reason(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    page = server.file("/wildfire.html", "pages/article.html", "text/html; charset=utf-8")
    feed = serve_feed(server, "/coast.xml", stories("harbour", "budget"))
    allowed, default = make_bot(database_url, clock), make_bot(database_url, clock, fetch={})

    refused = ask(default, "summarize", page)
    assert isinstance(refused, Notice) and refused.is_error
    assert refused.text == f"Cannot summarize it: {page}: refused: 127.0.0.1 is a loopback address"
    a_feed = ask(allowed, "summarize", feed)
    assert isinstance(a_feed, Notice) and a_feed.text.startswith(f"{feed} is a feed of 2 articles, not one article")
    empty = ask(allowed, "summarize", "   ")
    assert isinstance(empty, Notice) and empty.is_error and "What should I summarize?" in empty.text
    too_long = ask(allowed, "summarize", "Headline\n" + "word " * 30_000)
    assert isinstance(too_long, Notice) and "too long to summarize" in too_long.text
    allowed.close()
    default.close()
