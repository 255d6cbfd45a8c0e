"""Stories across runs on real databases: a follow-up analysed in a later run joins the story stored before,
compared through what clustering stored of its members (not their texts), also in a store upgraded from the
revision before those were stored."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from support import SEED, FakeClock, RecordingTransport

from bot.analyse.story_members import member_of
from bot.app import source_collector
from bot.ingest.fetch import Fetcher
from bot.models import Article
from bot.pipeline import Pipeline
from bot.render import Renderer
from bot.settings import SourceSettings
from bot.store import Store, open_store
from bot.store.db import create_engine, upgrade
from bot.store.tables import articles, development_articles, developments, sources, story_members

FOLLOW_UP = """Iraqi forces take over last coalition-held base in Anbar

BAGHDAD, Dec. 12, 2021 (Wire) – Iraqi troops assumed full control of Ain al-Asad air base on Sunday, days after the \
US-led coalition declared the end of its combat role in Iraq and the transition to advise, assist and enable.

A coalition spokesperson said the remaining advisers would stay at the invitation of the Iraqi government.
"""
UNRELATED = """UK retail sales rebound in March

LONDON, April 19, 2024 – British shoppers spent more in March than expected, official figures showed, as \
clothing and food sales recovered after a wet February.
"""


class CountingStore:
    """Counts the article texts the pipeline reads, to show clustering reads only what summaries quote."""

    def __init__(self, store: Store) -> None:
        self.read: list[str] = []
        original = store.articles.get

        def get(ids: list[str]) -> list[Article]:
            self.read.extend(ids)
            return original(ids)

        object.__setattr__(store.articles, "get", get)


def make_pipeline(store: Store, clock: FakeClock) -> Pipeline:
    return Pipeline(
        store=store,
        collect=source_collector(Fetcher(), clock),
        render=Renderer().render,
        transports={"console": RecordingTransport()},
        clock=clock,
    )


def story_of(store: Store, article_id: str) -> tuple[str, set[str]]:
    (story,) = store.developments.containing([article_id])
    return story.id, set(story.article_ids)


def stored_member_ids(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.scalars(sa.select(story_members.c.article_id)))


def id_titled(store: Store, title: str) -> str:
    with store.engine.connect() as connection:
        return str(connection.scalar(sa.select(articles.c.id).where(articles.c.title == title)))


def test_a_follow_up_in_a_later_run_joins_its_stored_story(database_url: str, tmp_path: Path) -> None:
    store, clock = open_store(database_url), FakeClock()
    try:
        folder = tmp_path / "articles"
        folder.mkdir()
        shutil.copy(SEED, folder / SEED.name)
        (folder / "retail.txt").write_text(UNRELATED, encoding="utf-8")
        pipeline = make_pipeline(store, clock)
        source = SourceSettings(name="local", location=str(folder), kind="files")
        pipeline.ingest([source])
        assert pipeline.analyse_pending() == 2
        seed = id_titled(store, SEED.read_text(encoding="utf-8").splitlines()[0])
        retail = id_titled(store, UNRELATED.splitlines()[0])
        first_story, _ = story_of(store, seed)
        assert stored_member_ids(store) == {seed, retail}  # members are stored as articles are filed

        clock.advance(days=1)
        (folder / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
        pipeline.ingest([source])
        counting = CountingStore(store)
        assert pipeline.analyse_pending() == 1
        follow_up = id_titled(store, FOLLOW_UP.splitlines()[0])
        assert story_of(store, follow_up) == (first_story, {seed, follow_up})
        assert stored_member_ids(store) == {seed, retail, follow_up}
        # no stored text was read to compare the follow-up with the stories; only the seed's, for the summary
        assert seed in counting.read and retail not in counting.read
    finally:
        store.close()


def test_a_store_upgraded_from_0004_keeps_its_stories(database_url: str, tmp_path: Path) -> None:
    """Stories filed before members were stored get theirs from their texts the first time a later run
    compares new articles with them, and a follow-up joins them as it did before the upgrade."""
    engine = create_engine(database_url)
    upgrade(engine, "0004")
    seed_text = SEED.read_text(encoding="utf-8")
    then = datetime(2024, 5, 6, 6, 0, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(sources.insert().values(name="local", kind="files", location=str(tmp_path), created_at=then))
        connection.execute(
            articles.insert().values(
                id="old-seed",
                source="local",
                title=seed_text.splitlines()[0],
                text=seed_text,
                fetched_at=then,
                analysed_at=then,
            )
        )
        connection.execute(
            developments.insert().values(
                id="dev-old", headline="Coalition ends combat role", summary=[], created_at=then, updated_at=then
            )
        )
        connection.execute(development_articles.insert().values(development_id="dev-old", article_id="old-seed"))
    engine.dispose()

    store, clock = open_store(database_url), FakeClock()  # upgrades to the head revision
    try:
        assert story_of(store, "old-seed") == ("dev-old", {"old-seed"})
        assert stored_member_ids(store) == set()
        folder = tmp_path / "articles"
        folder.mkdir()
        (folder / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
        pipeline = make_pipeline(store, clock)
        pipeline.ingest([SourceSettings(name="local", location=str(folder), kind="files")])
        assert pipeline.analyse_pending() == 1
        follow_up = next(i for i in stored_member_ids(store) if i != "old-seed")
        assert story_of(store, follow_up) == ("dev-old", {"old-seed", follow_up})
        # the old article's member was made from its text once, and is what its text gives
        (old,) = store.articles.get(["old-seed"])
        assert store.story_members.get(["old-seed"])["old-seed"] == member_of(old)
    finally:
        store.close()


def test_members_round_trip_through_the_store(database_url: str) -> None:
    store = open_store(database_url)
    try:
        store.articles.ensure_source("local", "files", "/tmp", datetime(2024, 5, 6, tzinfo=UTC))
        article = Article(
            id="a1",
            source="local",
            title=SEED.read_text().splitlines()[0],
            text=SEED.read_text(),
            fetched_at=datetime(2024, 5, 6, tzinfo=UTC),
        )
        store.articles.add([article])
        member = member_of(article)
        store.story_members.save([member])
        store.story_members.save([member])  # saving again replaces, never doubles
        assert store.story_members.get(["a1", "missing"]) == {"a1": member}
        assert list(member.terms) == list(store.story_members.get(["a1"])["a1"].terms)  # the order too
    finally:
        store.close()
