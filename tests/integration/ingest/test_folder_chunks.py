"""A folder source is read and stored a chunk at a time, so ingesting thousands of files never holds them all:
the same articles, counts and skipped files as reading it at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FakeClock, RecordingTransport

from bot.app import source_collector
from bot.ingest.collect import FOLDER_CHUNK, collect_detailed, path_chunks
from bot.ingest.errors import IngestError
from bot.ingest.fetch import Fetcher
from bot.ingest.poll import poll
from bot.models import Article
from bot.pipeline import Pipeline
from bot.render import Renderer
from bot.settings import SourceSettings
from bot.store import open_store


def write_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for index in range(count):
        (folder / f"a{index:04}.txt").write_text(
            f"Report number {index} from the field\n\nTroops {index} moved on day {index} of the operation.\n",
            encoding="utf-8",
        )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_a_folder_is_read_in_chunks_that_add_up_to_reading_it_at_once(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "articles", 5)
    chunks = list(path_chunks(folder, source="local", now=FakeClock(), size=2))
    assert [len(c.articles) + len(c.skipped) for c in chunks] == [2, 2, 2]
    whole = collect_detailed(str(folder), source="local", fetcher=Fetcher(), now=FakeClock())
    assert [a for c in chunks for a in c.articles] == list(whole.articles)
    assert [s for c in chunks for s in c.skipped] == list(whole.skipped) == [f"{folder / 'empty.txt'}: file is empty"]


def test_a_missing_or_empty_folder_fails_the_poll_at_once(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file or directory"):
        poll(str(tmp_path / "missing"), fetcher=Fetcher())
    (tmp_path / "empty").mkdir()
    with pytest.raises(IngestError, match=r"no \.txt, \.md or \.html files"):
        poll(str(tmp_path / "empty"), fetcher=Fetcher())


def test_the_pipeline_stores_a_large_folder_chunk_by_chunk(sqlite_url: str, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "articles", FOLDER_CHUNK + 3)
    store, clock = open_store(sqlite_url), FakeClock()
    sizes: list[int] = []
    upsert = store.articles.upsert

    def recording(items: tuple[Article, ...], *args: object, **kwargs: object) -> object:
        sizes.append(len(items))
        return upsert(items, *args, **kwargs)  # type: ignore[arg-type]

    object.__setattr__(store.articles, "upsert", recording)
    try:
        pipeline = Pipeline(
            store=store,
            collect=source_collector(Fetcher(), clock),
            render=Renderer().render,
            transports={"console": RecordingTransport()},
            clock=clock,
        )
        report = pipeline.ingest([SourceSettings(name="local", location=str(folder), kind="files")])
        assert report.new_articles == FOLDER_CHUNK + 3 == store.articles.count()
        assert report.failures == [f"{folder / 'empty.txt'}: file is empty"]
        assert max(sizes) <= FOLDER_CHUNK and len(sizes) == 2
        assert store.sources.sync("local", "files", str(folder), clock()).items_seen == FOLDER_CHUNK + 3
        assert store.jobs.last_finished("ingest:local") is not None
        again = pipeline.ingest([SourceSettings(name="local", location=str(folder), kind="files")], force=True)
        assert again.new_articles == 0 and again.edited_articles == 0
    finally:
        store.close()
