"""Local files (.txt, .md, .html) to Articles.

A plain-text article is its headline on the first non-empty line followed by the body; `text` keeps the
headline line so that character offsets found by the analysis point into the whole file as cleaned.
Encodings are not guessed: UTF-8 (with or without BOM) and UTF-16 with a BOM are read, anything else is
refused with a message saying so, because a wrong guess silently corrupts names and quotes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bot.ingest.errors import IngestError
from bot.ingest.markdown_text import markdown_paragraphs
from bot.ingest.normalise import article_id_for_text, clean_text, one_line, utc_now
from bot.ingest.pages import extract_html
from bot.models import Article

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
MAX_FILE_BYTES = 5_000_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SENTENCE_END = ('.', '!', '?', ':', '"', "'", "”", "’", ")")


def find_files(root: Path) -> list[Path]:
    """Supported files under `root`, recursively, in sorted order, skipping hidden files and folders."""
    found = [
        path
        for path in root.rglob("*")
        if path.suffix.lower() in SUPPORTED_SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(root).parts)
    ]
    return sorted(found)


def read_file(
    path: Path, *, source: str, now: Callable[[], datetime] = utc_now, max_bytes: int = MAX_FILE_BYTES
) -> Article:
    """The article in one file; IngestError (one line, naming the file) when it cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(f"{path}: unsupported file type {suffix or '(none)'!r} (supported: {supported})")
    data = _read_bytes(path, max_bytes)
    published_at: datetime | None = None
    if suffix in HTML_SUFFIXES:
        page = extract_html(_decode_html(data, path))
        if page is None:
            raise IngestError(f"{path}: no article text found in the HTML")
        title, text, published_at = page.title or page.text.split("\n", 1)[0], page.text, page.published_at
    elif suffix in MARKDOWN_SUFFIXES:
        markdown = markdown_paragraphs(decode_text(data, path))
        text = clean_text("\n".join(markdown.paragraphs))
        title = one_line(markdown.heading or "") or text.split("\n", 1)[0]
    else:
        text = clean_text(_unwrap_hard_wrapped(decode_text(data, path)))
        title = text.split("\n", 1)[0]
    if not text:
        raise IngestError(f"{path}: file is empty")
    return Article(
        id=article_id_for_text(title, text),
        source=source,
        title=title,
        text=text,
        published_at=published_at,
        fetched_at=now(),
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise IngestError(f"{path}: file is larger than {max_bytes} bytes")
    return data


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (BOM optional) or UTF-16 with a BOM; IngestError for binary or anything else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise IngestError(f"{path}: binary file (contains NUL bytes), not text")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-16":
            raise IngestError(f"{path}: cannot decode as UTF-16 ({exc.reason} at byte {exc.start})") from exc
        raise IngestError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8 (it may be Latin-1 or Windows-1252)"
        ) from exc
    if _mostly_non_text(text):
        raise IngestError(f"{path}: binary file (mostly control characters), not text")
    return text


def _mostly_non_text(text: str) -> bool:
    sample = text[:65_536]
    odd = sum(
        1
        for char in sample
        if char == "\ufffd" or (unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v")
    )
    return odd > 0.05 * len(sample)


def _decode_html(data: bytes, path: Path) -> str:
    """As `decode_text`, but an HTML file may declare a legacy charset in a <meta> tag and is read with it."""
    try:
        return decode_text(data, path)
    except IngestError:
        declared = _META_CHARSET.search(data[:4096])
        if declared is None or b"\x00" in data:
            raise
    try:
        return data.decode(declared.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError) as exc:
        raise IngestError(f"{path}: cannot decode with its declared charset ({exc})") from exc


def _unwrap_hard_wrapped(text: str) -> str:
    """Join the lines of each paragraph when the file is hard-wrapped prose (e.g. at 72 columns).

    Wrapped prose has long, similar-width lines inside blank-line separated blocks that mostly do not end a
    sentence; a one-paragraph-per-line file (the usual export) has some long lines or lines that do.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [block.split("\n") for block in re.split(r"\n[ \t]*\n", text)]
    lengths = [len(line.rstrip()) for block in blocks for line in block]
    inner = [line.rstrip() for block in blocks for line in block[:-1] if line.strip()]
    if len(inner) < 3 or max(lengths, default=0) > 100:
        return text
    width = max(lengths)
    full = sum(len(line) >= 0.6 * width for line in inner)
    ended = sum(line.endswith(_SENTENCE_END) for line in inner)
    if full < 0.8 * len(inner) or ended > 0.5 * len(inner):
        return text
    return "\n\n".join(" ".join(line.strip() for line in block) for block in blocks)
