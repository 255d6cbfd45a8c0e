"""The store on real databases: SQLite in a temp dir and the PostgreSQL server (each test runs on both)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.models import Article, ArticleFacts, Development, Evidence, MissionStatus, Quote, SummarySentence
from bot.store import Store, open_store
from bot.store.db import needs_upgrade

T0 = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)


def article(n: int, fetched: datetime = T0, source: str = "wire") -> Article:
    return Article(
        id=f"a{n}", source=source, url=f"https://news.example/{n}", title=f"Headline {n}",
        text=f"Headline {n}\n\nBody of article {n}.", fetched_at=fetched,
        published_at=fetched - timedelta(hours=1),
    )


@pytest.fixture
def store(database_url: str) -> Store:
    opened = open_store(database_url)
    opened.articles.ensure_source("wire", "feed", "https://news.example/feed", T0)
    yield opened
    opened.close()


def test_migrations_apply_once_and_are_idempotent(database_url: str) -> None:
    first = open_store(database_url)
    assert not needs_upgrade(first.engine)
    tables = set(sa.inspect(first.engine).get_table_names())
    assert {"sources", "articles", "quotes", "people", "mission_observations", "developments",
            "development_articles", "destinations", "deliveries", "job_runs"} <= tables
    first.close()
    open_store(database_url).close()  # a second start applies nothing and fails on nothing


def test_the_migrations_create_exactly_the_schema_the_code_declares(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.store.tables import metadata

    opened = open_store(database_url)
    with opened.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)
    opened.close()
    assert differences == []


def test_adding_the_same_articles_twice_stores_them_once(store: Store) -> None:
    assert store.articles.add([article(1), article(2)]) == ["a1", "a2"]
    assert store.articles.add([article(2), article(3), article(3)]) == ["a3"]
    assert store.articles.count() == 3
    assert [a.id for a in store.articles.get(["a3", "a1", "missing"])] == ["a3", "a1"]
    stored = store.articles.get(["a1"])[0]
    assert stored == article(1)
    assert stored.fetched_at.tzinfo is not None


def test_window_selection_and_unanalysed(store: Store) -> None:
    store.articles.add([article(1, T0), article(2, T0 + timedelta(hours=2)), article(3, T0 + timedelta(hours=5))])
    assert store.articles.ids_fetched_between(T0, T0 + timedelta(hours=5)) == ["a2", "a3"]
    assert store.articles.ids_fetched_between(None, T0) == ["a1"]
    assert store.articles.ids_fetched_between(None, T0 + timedelta(days=1), ["other"]) == []
    assert [a.id for a in store.articles.unanalysed()] == ["a1", "a2", "a3"]
    store.facts.save(ArticleFacts(article_id="a2", published=date(2024, 5, 6)), T0)
    assert [a.id for a in store.articles.unanalysed()] == ["a1", "a3"]
    assert store.articles.refs(["a2"])["a2"].published == date(2024, 5, 6)


def _quote(article_id: str, speaker: str, text: str, start: int | None = None) -> Quote:
    end = None if start is None else start + len(text)
    return Quote(speaker=speaker, speaker_title="Maj. Gen.", speaker_org="CJTF-OIR", text=text, kind="direct",
                 medium="statement", article_id=article_id, start=start, end=end)


def test_saving_facts_replaces_them_and_people_merge_across_articles(store: Store) -> None:
    store.articles.add([article(1, T0), article(2, T0 + timedelta(days=1))])
    facts = ArticleFacts(article_id="a1", published=date(2024, 5, 5), quotes=(
        _quote("a1", "John W. Brennan", "We will remain here", 10),
        _quote("a1", "Qasim al-Araji", "The relationship will continue", 40),
    ))
    store.facts.save(facts, T0)
    store.facts.save(facts, T0)  # analysing again must not double anything
    assert len(store.facts.quotes_for(["a1"])) == 2
    store.facts.save(ArticleFacts(article_id="a2", published=date(2024, 5, 6),
                                  quotes=(_quote("a2", "Brennan", "Many brave men and women"),)), T0)
    people, said = store.facts.said_by("brennan")
    assert [q.text for q in said] == ["Many brave men and women", "We will remain here"]  # newest first
    assert any(p.name == "John W. Brennan" for p in people)
    assert [q.speaker for q in store.facts.search_quotes("relationship")] == ["Qasim al-Araji"]
    assert store.facts.quotes_for(["a1"])[0].start == 10


def test_mission_observations_round_trip_in_article_order(store: Store) -> None:
    store.articles.add([article(1, T0), article(2, T0 + timedelta(days=1))])
    observed = MissionStatus(
        mission="CJTF-OIR", aliases=("Operation Inherent Resolve",), status="non-combat",
        roles=("advise", "assist"), since=date(2021, 12, 9), previous_status="combat",
        evidence=(Evidence(article_id="a2", sentence="The combat role ended."),),
    )
    store.facts.save(ArticleFacts(article_id="a2", published=date(2021, 12, 9), missions=(observed,)), T0)
    store.facts.save(ArticleFacts(article_id="a1", published=date(2021, 12, 8)), T0)
    facts = store.facts.mission_facts()
    assert [f.article_id for f in facts] == ["a2"]
    assert facts[0].missions == (observed,)
    assert facts[0].published == date(2021, 12, 9)
    assert store.facts.mission_facts(until=T0) == []


def test_developments_keep_their_ids_and_members(store: Store) -> None:
    store.articles.add([article(1, T0), article(2, T0 + timedelta(hours=1)), article(3, T0 + timedelta(hours=2))])
    story = Development(id="d1", headline="Coalition ends combat role",
                        summary=(SummarySentence(text="Body of article 1.", article_id="a1"),), article_ids=("a1",))
    store.developments.save([story], T0)
    assert store.developments.members_since(T0 - timedelta(hours=1)) == {"d1": ["a1"]}
    grown = story.model_copy(update={"article_ids": ("a1", "a2")})
    store.developments.save([grown, Development(id="d2", headline="Other", article_ids=("a3",))], T0)
    found = store.developments.containing(["a2", "a3"])
    assert [(d.id, d.article_ids) for d in found] == [("d1", ("a1", "a2")), ("d2", ("a3",))]
    assert found[0].summary == story.summary
    # moving an article to another story takes it out of the first; an emptied story disappears
    store.developments.save([Development(id="d2", headline="Other", article_ids=("a3", "a1", "a2"))], T0)
    assert [d.id for d in store.developments.containing(["a1"])] == ["d2"]
    assert store.developments.members_since(T0 - timedelta(hours=1)) == {"d2": ["a1", "a2", "a3"]}
    # a story saved with only its recent members keeps the older ones
    store.developments.save([Development(id="d2", headline="Other, updated", article_ids=("a3",))], T0)
    assert store.developments.containing(["a3"])[0].article_ids == ("a1", "a2", "a3")
    assert store.developments.members_since(T0 - timedelta(hours=1), per_story=2) == {"d2": ["a2", "a3"]}


def test_a_delivery_slot_is_sent_at_most_once(store: Store) -> None:
    first = store.deliveries.claim("ops", "cron:2024-05-06T07:00", None, T0, T0)
    assert first is not None and first.attempts == 1
    # a second claim while the first send may still be under way (another process): hands off
    assert store.deliveries.claim("ops", "cron:2024-05-06T07:00", None, T0, T0 + timedelta(minutes=1)) is None
    assert store.deliveries.pending("ops", T0 + timedelta(minutes=1)) == []
    # long after: the first sender died mid-send, so the brief is retried with its original window
    later = T0 + timedelta(minutes=30)
    assert [d.id for d in store.deliveries.pending("ops", later)] == [first.id]
    again = store.deliveries.claim("ops", "cron:2024-05-06T07:00", T0, T0 + timedelta(hours=1), later)
    assert again is not None and again.id == first.id and again.window_end == T0 and again.attempts == 2
    store.deliveries.mark_sent(first.id, "remote-1", T0)
    assert store.deliveries.claim("ops", "cron:2024-05-06T07:00", None, T0, later) is None
    assert store.deliveries.pending("ops", later) == []
    assert store.deliveries.last_sent_window_end("ops") == T0
    failed = store.deliveries.claim("ops", "cron:2024-05-07T07:00", T0, T0 + timedelta(days=1), T0)
    assert failed is not None
    store.deliveries.mark_failed(failed.id, "channel_not_found")
    assert store.deliveries.last_sent_window_end("ops") == T0
    assert store.deliveries.get(failed.id).status == "failed"  # type: ignore[union-attr]
    retried = store.deliveries.claim("ops", "cron:2024-05-07T07:00", T0, T0 + timedelta(days=1), T0)
    assert retried is not None and retried.id == failed.id  # a failed send may be tried again at once
    store.deliveries.mark_failed(failed.id, "channel_not_found")
    assert store.deliveries.next_window_start("ops") == T0
    never_sent = store.deliveries.claim("new", "s1", T0 - timedelta(hours=24), T0, T0)
    assert never_sent is not None and store.deliveries.next_window_start("new") is None
    store.deliveries.mark_failed(never_sent.id, "invalid_auth")
    assert store.deliveries.next_window_start("new") == T0 - timedelta(hours=24)  # the failed window comes back


def test_job_runs_are_recorded(store: Store) -> None:
    run = store.jobs.start("ingest:wire", T0)
    store.jobs.finish(run, False, "wire: HTTP 500", T0 + timedelta(seconds=3))
    [recent] = store.jobs.recent()
    assert (recent.job, recent.ok, recent.detail) == ("ingest:wire", False, "wire: HTTP 500")
    assert recent.finished_at == T0 + timedelta(seconds=3)
