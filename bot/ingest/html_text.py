"""HTML fragments (feed summaries and content) to clean article text.

trafilatura is built for whole pages and drops short fragments, so feed entries are converted here with
the standard library parser: block elements end a paragraph, everything inside one stays on one line.
"""

from __future__ import annotations

from html.parser import HTMLParser

from bot.ingest.normalise import clean_text

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "thead", "tr", "ul",
})
_CELLS = frozenset({"td", "th"})
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "iframe", "object", "svg"})
_NEWLINES_TO_SPACES = str.maketrans("\r\n", "  ")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            self._pre_depth += tag == "pre"
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        # Outside <pre>, a newline in HTML source is just a space inside the paragraph.
        self.parts.append(data if self._pre_depth else data.translate(_NEWLINES_TO_SPACES))


def html_to_text(html: str) -> str:
    """Clean text of an HTML fragment, one paragraph per line (see `clean_text`)."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return clean_text("".join(collector.parts))
