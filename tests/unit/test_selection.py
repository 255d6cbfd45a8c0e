"""Which articles a destination's subscriptions admit: sources, keyword filters, topics, and their union."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Article, MissionSpec, MissionStatus, Quote, Subscription, Topics
from bot.selection import Candidate, Selector, needs_content, subscribed_sources

NOW = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)


def candidate(article_id: str, source: str, title: str, text: str = "", *, speakers: tuple[str, ...] = (),
              missions: tuple[MissionStatus, ...] = ()) -> Candidate:
    article = Article(id=article_id, source=source, title=title, text=text or title, fetched_at=NOW)
    quotes = tuple(Quote(speaker=s, text="We will see.", kind="direct", article_id=article_id) for s in speakers)
    return Candidate(article, quotes, missions)


HARBOUR = candidate("h", "wire", "Harbour reopens after the storm", "Ships docked again on Monday.")
CEASEFIRE = candidate("c", "wire", "Ceasefire talks open in Geneva", "Delegations met on Monday.",
                      speakers=("Maria Lopez",))
PEACEKEEPERS = candidate(
    "p", "agency", "Peacekeepers stay in southern Lebanon", "The mandate was renewed.",
    missions=(MissionStatus(mission="UNIFIL", aliases=("United Nations Interim Force in Lebanon",),
                            status="extended"),),
)
ALL = [HARBOUR, CEASEFIRE, PEACEKEEPERS]


def select(*subscriptions: Subscription, tracked: tuple[MissionSpec, ...] = ()) -> list[str]:
    return Selector(subscriptions, tracked).select(ALL)


def sub(source: str | None = None, filter_text: str | None = None, **topics: tuple[str, ...]) -> Subscription:
    return Subscription(destination="ops", source=source, filter=filter_text, topics=Topics(**topics))


def test_sources_alone() -> None:
    assert select(sub()) == ["h", "c", "p"]
    assert select(sub("agency")) == ["p"]
    assert select() == []
    assert subscribed_sources([sub("wire"), sub("agency")]) == ["agency", "wire"]
    assert subscribed_sources([sub("wire"), sub()]) is None
    assert not needs_content([sub("wire"), sub()]) and needs_content([sub(filter_text="x")])


def test_a_keyword_filter_reads_title_and_text() -> None:
    assert select(sub(filter_text="monday -geneva")) == ["h"]
    assert select(sub(filter_text='"southern lebanon" OR harbour')) == ["h", "p"]
    assert select(sub("agency", filter_text="harbour")) == []  # the filter applies to its own source only


def test_topics_match_analysed_facts_not_words() -> None:
    assert select(sub(people=("Lopez",))) == ["c"]  # a surname finds the speaker
    assert select(sub(people=("maria lopez",))) == ["c"]
    assert select(sub(people=("Monday",))) == []  # a word in the text is no quote
    assert select(sub(missions=("unifil",))) == ["p"]
    assert select(sub(missions=("United Nations Interim Force in Lebanon",))) == ["p"]  # an alias the article gives


def test_a_tracked_missions_aliases_count_for_its_topic() -> None:
    tracked = (MissionSpec(name="UNIFIL", aliases=("Blue Helmets in Lebanon",)),)
    assert select(sub(missions=("blue helmets in lebanon",)), tracked=tracked) == ["p"]
    assert select(sub(missions=("blue helmets in lebanon",))) == []


def test_topics_are_ored_and_anded_with_the_filter() -> None:
    both = sub(filter_text="monday", people=("Lopez",), missions=("UNIFIL",))
    assert select(both) == ["c"]  # p is on topic but fails the filter; h passes the filter but is off topic


def test_a_destination_receives_what_any_subscription_admits() -> None:
    assert select(sub("wire", filter_text="harbour"), sub("agency")) == ["h", "p"]
    assert select(sub(filter_text="geneva"), sub(people=("Lopez",)), sub(missions=("UNIFIL",))) == ["c", "p"]


def test_a_filter_that_no_longer_parses_admits_nothing() -> None:
    broken = Subscription.model_construct(destination="ops", source=None, filter="(unclosed", topics=Topics(),
                                          origin="command", created_by=None, created_at=None)
    assert select(broken) == []
    assert select(broken, sub("agency")) == ["p"]
    assert not Selector([broken]).admits_source("wire")
