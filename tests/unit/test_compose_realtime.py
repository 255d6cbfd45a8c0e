"""Pure composition of realtime posts and on-demand summaries: a digest's counts and headlines, an item's
lead, a summary built from one article's analysis."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.compose import compose_digest, compose_item, compose_summary
from bot.models import (
    Analysis,
    Article,
    ArticleFacts,
    ArticleRef,
    Development,
    Evidence,
    MissionStatus,
    Quote,
    SourceCount,
    SummarySentence,
)

NOW = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)


def ref(article_id: str, source: str) -> ArticleRef:
    return ArticleRef(id=article_id, title=f"Headline {article_id}", source=source, published=date(2024, 5, 6))


def test_a_digest_counts_per_source_and_heads_with_the_stories_most_outlets_tell() -> None:
    burst = [ref("a1", "wire"), ref("a2", "wire"), ref("b1", "agency"), ref("a3", "wire"), ref("c1", "blog"),
             ref("a4", "wire"), ref("b2", "agency")]
    stories = [
        Development(id="s1", headline="Storm", article_ids=("a1", "a2", "old")),  # two items, one outlet
        Development(id="s2", headline="Talks", article_ids=("a3", "b1", "c1")),  # three outlets
    ]
    digest = compose_digest(destination="ops", window_start=None, window_end=NOW, articles=burst,
                            developments=stories, max_headlines=3)
    assert digest.total == 7
    assert digest.sources == (SourceCount(source="wire", count=4), SourceCount(source="agency", count=2),
                              SourceCount(source="blog", count=1))
    # s2 (three outlets), then s1 (two articles), then the newest single article; one headline per story,
    # each the newest of its story's articles in the burst
    assert [h.id for h in digest.headlines] == ["c1", "a2", "b2"]


def test_an_items_lead_is_its_first_paragraph_that_is_not_the_headline() -> None:
    article = Article(id="x", source="wire", title="Port reopens", fetched_at=NOW,
                      text="Port reopens\n\nThe harbour authority said on Tuesday that the terminal reopened.\n\nMore.")
    item = compose_item("ops", article, ref("x", "wire"))
    assert item.lead == "The harbour authority said on Tuesday that the terminal reopened."
    assert compose_item("ops", article.model_copy(update={"text": "Port reopens"}), ref("x", "wire")).lead is None


def test_a_summary_is_a_brief_of_one_article_titled_after_its_headline() -> None:
    article = Article(id="x", source="pasted text", title="Peacekeepers stay", text="Peacekeepers stay\n\nText.",
                      fetched_at=NOW)
    quote = Quote(speaker="Maria Lopez", text="We stay.", kind="direct", article_id="x")
    mission = MissionStatus(mission="UNIFIL", status="extended",
                            evidence=(Evidence(article_id="x", sentence="The mandate was renewed."),))
    analysis = Analysis(
        articles=(article,),
        facts=(ArticleFacts(article_id="x", published=date(2024, 5, 5), quotes=(quote,), missions=(mission,)),),
        missions=(mission,),
        developments=(Development(id="d", headline="Peacekeepers stay", article_ids=("x",),
                                  summary=(SummarySentence(text="Text.", article_id="x"),)),),
    )
    brief = compose_summary(analysis, destination="cli", now=NOW)
    assert brief.title == "Summary: Peacekeepers stay"
    assert [d.headline for d in brief.developments] == ["Peacekeepers stay"]
    assert brief.quotes == (quote,)
    assert [(m.status.mission, m.status.status) for m in brief.missions] == [("UNIFIL", "extended")]
    assert brief.articles["x"].published == date(2024, 5, 5) and brief.articles["x"].source == "pasted text"
