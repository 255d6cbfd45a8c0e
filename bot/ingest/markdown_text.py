"""Markdown to article text, minimally: keep every word a reader sees, drop the markup around it.

No Markdown library: articles use little more than headings, emphasis, links, lists and quotes, and a
renderer would add HTML only to be stripped again. Consecutive lines form one paragraph, as in Markdown,
so hard-wrapped files still give one paragraph per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)[ \t]*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE_MARKER = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NOT_TEXT = (_THEMATIC_BREAK, _LINK_DEFINITION, _TABLE_RULE)

_INLINE = (
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images carry no article text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"`+([^`]+?)`+"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])"), r"\1"),
)


@dataclass(frozen=True, slots=True)
class MarkdownText:
    heading: str | None
    """The first heading, if the document has one."""
    paragraphs: tuple[str, ...]


def strip_inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def markdown_paragraphs(source: str) -> MarkdownText:
    """Paragraphs in reading order (headings, list items and table rows are paragraphs of their own)."""
    lines = _FRONT_MATTER.sub("", source.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    paragraphs: list[str] = []
    heading: str | None = None
    current: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in lines:
        if fence is not None:  # code is kept line by line, verbatim
            if raw.strip().startswith(fence):
                fence = None
            elif raw.strip():
                paragraphs.append(raw.strip())
            continue
        if opening := _FENCE.match(raw):
            flush()
            fence = opening.group(1)
            continue
        line = _QUOTE_MARKER.sub("", raw)
        if current and _SETEXT_UNDERLINE.match(line):
            text = " ".join(current)
            current.clear()
            paragraphs.append(text)
            heading = heading or text
            continue
        if not line.strip() or any(rule.match(line) for rule in _NOT_TEXT):
            flush()
            continue
        if (atx := _ATX_HEADING.match(line)) is not None:
            flush()
            text = strip_inline(atx.group(1) or "").strip()
            if text:
                paragraphs.append(text)
                heading = heading or text
            continue
        if _LIST_ITEM.match(line):
            flush()
            line = _LIST_ITEM.sub("", line, count=1)
        elif line.lstrip().startswith("|"):
            flush()
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        text = strip_inline(line.removesuffix("\\")).strip()
        if text:
            current.append(text)
        if raw.endswith(("  ", "\\")) or line.lstrip().startswith("|"):
            flush()  # a hard line break or a table row ends the paragraph
    flush()
    return MarkdownText(heading, tuple(paragraphs))
