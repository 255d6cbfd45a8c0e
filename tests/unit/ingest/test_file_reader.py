"""Local files to Articles: formats, encodings, refusals and stable ids."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingest.errors import IngestError, SourceError
from bot.ingest.files import find_files, read_file
from bot.ingest.normalise import article_id_for_text

Clock = Callable[[], datetime]
STORY = "Port reopens after storm\n\nThe harbour authority said on Tuesday that the terminal had reopened.\n"
SEED = Path(__file__).resolve().parents[3] / "seeds" / "kurdistan24-coalition-combat-role-ends.txt"


def _error(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        read_file(path, source="desk")
    message = str(caught.value)
    assert isinstance(caught.value, SourceError)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_text_file_headline_and_full_text(data_dir: Path, clock: Clock) -> None:
    article = read_file(data_dir / "files" / "port-reopens.txt", source="desk", now=clock)

    assert article.title == "Port reopens after three-day storm closure"
    assert article.text.startswith("Port reopens after three-day storm closure\n\nThe harbour authority said")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5 and all("\n" not in paragraph for paragraph in paragraphs)
    assert (article.source, article.url, article.published_at) == ("desk", None, None)
    assert article.fetched_at == datetime(2021, 12, 10, 12, 0, tzinfo=UTC)
    assert article.id == article_id_for_text(article.title, article.text)


def test_offsets_point_into_the_whole_text(data_dir: Path) -> None:
    article = read_file(data_dir / "files" / "port-reopens.txt", source="desk")
    quote = "We expect the backlog to clear by the weekend"
    start = article.text.index(quote)
    assert start > len(article.title)
    assert article.text[start : start + len(quote)] == quote


def test_seed_article_reads_with_its_headline(clock: Clock) -> None:
    article = read_file(SEED, source="seeds", now=clock)
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert article.title == lines[0]
    assert article.text.split("\n\n") == lines  # one paragraph per line, nothing joined or dropped


def test_same_file_re_read_or_re_saved_keeps_its_id(tmp_path: Path) -> None:
    unix = tmp_path / "story.txt"
    unix.write_bytes(STORY.encode())
    windows = tmp_path / "story-crlf.txt"
    windows.write_bytes(STORY.replace("\n", "\r\n").encode())
    bom = tmp_path / "story-bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + STORY.encode())

    ids = {read_file(path, source="desk").id for path in (unix, unix, windows, bom)}

    assert len(ids) == 1
    unix.write_bytes(STORY.replace("Tuesday", "Wednesday").encode())
    assert read_file(unix, source="desk").id not in ids


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "story.txt"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path.write_bytes(bom + "Ça reprend à Nîmes\n\nLe port a rouvert mardi.".encode(encoding))
    article = read_file(path, source="desk")
    assert article.title == "Ça reprend à Nîmes"
    assert article.text == "Ça reprend à Nîmes\n\nLe port a rouvert mardi."


def test_latin1_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "nimes.txt"
    path.write_bytes("Ça reprend à Nîmes\n\nLe port a rouvert.".encode("latin-1"))
    message = _error(path)
    assert "not UTF-8 text (byte 0xc7 at offset 0)" in message
    assert "re-save it as UTF-8" in message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00")
    assert _error(path).endswith("binary file (contains NUL bytes), not text")


def test_control_character_soup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes(range(1, 32)) * 20 + b"some text")
    assert _error(path).endswith("binary file (mostly control characters), not text")


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert _error(path).endswith("file is empty")


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Headline\n\n" + b"word " * 300)
    with pytest.raises(IngestError, match="larger than 1000 bytes"):
        read_file(path, source="desk", max_bytes=1000)


def test_unreadable_and_unsupported_paths(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    assert "cannot read file" in _error(folder)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert "unsupported file type '.pdf'" in _error(pdf)


def test_markdown_file(data_dir: Path) -> None:
    article = read_file(data_dir / "files" / "election-recount.md", source="desk")

    assert article.title == "Recount confirms narrow win in coastal district"
    assert article.text.split("\n\n") == [
        "Recount confirms narrow win in coastal district",
        "Published 8 December 2021",
        "Election officials said on Wednesday that a manual recount had confirmed the result in the coastal "
        "district, where the winning margin was just 57 votes.",
        '"Every ballot was checked twice," said the returning officer, Daniel Osei.',
        "The recount took three days. Key figures:",
        "Turnout: 64 percent",
        "Spoiled ballots: 212",
    ]


def test_markdown_without_heading_uses_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text("Flood *warning* lifted\n\nThe river fell below the alert level overnight.\n")
    article = read_file(path, source="desk")
    assert article.title == "Flood warning lifted"


def test_html_file(data_dir: Path) -> None:
    article = read_file(data_dir / "pages" / "article.html", source="desk")

    assert article.title == "Wildfire forces evacuation of hill villages"
    assert article.url is None
    assert article.published_at == datetime(2021, 12, 9, 14, 20, tzinfo=UTC)
    assert "“The fire jumped the ridge road shortly after noon" in article.text
    assert "Stay safe everyone" not in article.text
    assert "All rights reserved" not in article.text


def test_html_file_in_a_declared_legacy_charset(data_dir: Path) -> None:
    article = read_file(data_dir / "pages" / "latin1-meta.html", source="desk")
    assert article.title == "Huelga de transporte en Sevilla"
    assert "«Llevamos dos años sin convenio», declaró la portavoz sindical, Lucía Martín" in article.text


def test_html_file_without_article_text(data_dir: Path) -> None:
    assert _error(data_dir / "pages" / "no-text.html").endswith("no article text found in the HTML")


def test_hard_wrapped_text_is_unwrapped_into_paragraphs(data_dir: Path) -> None:
    article = read_file(data_dir / "files" / "hard-wrapped.txt", source="desk")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Bridge repairs to close river crossing for six weeks"
    assert paragraphs[1].startswith("The main road bridge across the river will close to traffic for six")
    assert paragraphs[1].endswith("the highways agency said on Monday.")
    assert len(paragraphs) == 4


def test_short_lines_that_end_sentences_are_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "briefs.txt"
    path.write_text(
        "Morning briefs\n"
        "Rail strike called off after talks.\n"
        "Ferry fares to rise by 4 percent.\n"
        "New bridge opens to cyclists today.\n"
        "Council tax bills sent out this week.\n"
    )
    assert read_file(path, source="desk").text.count("\n\n") == 4


def test_find_files_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    names = ["b.txt", "a.md", "sub/c.HTML", "sub/d.htm", ".hidden.txt", ".git/e.txt", "f.csv", "sub/.g.md"]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = [path.relative_to(tmp_path).as_posix() for path in find_files(tmp_path)]
    assert found == ["a.md", "b.txt", "sub/c.HTML", "sub/d.htm"]
