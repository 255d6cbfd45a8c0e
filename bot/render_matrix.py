"""Check a rendered Matrix `formatted_body` before it is sent: only tags the Matrix spec lists, only the
attributes we use, only http(s) links.

The built-in templates cannot fail this (data is autoescaped), so a failure means an override template let
article text through unescaped; refusing to send is better than posting someone else's markup.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

from bot.render_filters import safe_url

# Matrix client-server spec, "m.room.message msgtypes / HTML" (img left out: it needs mxc:// and we never
# embed images).
ALLOWED_TAGS = frozenset({
    "font", "del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol", "sup", "sub",
    "li", "b", "i", "u", "strong", "em", "s", "code", "hr", "br", "div", "table", "thead", "tbody", "tr",
    "th", "td", "caption", "pre", "span", "details", "summary",
})
# Synapse refuses events over 65 536 bytes; leave room for the envelope, signatures and relations.
MAX_CONTENT_BYTES = 60_000
ALLOWED_ATTRIBUTES = {"a": frozenset({"href"}), "ol": frozenset({"start"}), "code": frozenset({"class"})}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
            return
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, ()):
                self.problems.append(f"attribute {name!r} is not allowed on <{tag}>")
            elif name == "href" and safe_url(value) is None:
                self.problems.append(f"link {value!r} is not an http(s) URL")

    def handle_comment(self, data: str) -> None:
        self.problems.append("HTML comments are not allowed")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("declarations are not allowed")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instructions are not allowed")


def check_html(html: str) -> None:
    """ValueError naming the first problems if `html` uses anything outside the allowed subset."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    if checker.problems:
        raise ValueError("unsafe Matrix HTML: " + "; ".join(checker.problems[:3]))


def fits_in_event(body: str, formatted_body: str) -> bool:
    """Whether an m.text message with this body and HTML stays under the event size limit."""
    content = {"msgtype": "m.text", "body": body, "format": "org.matrix.custom.html",
               "formatted_body": formatted_body}
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8")) <= MAX_CONTENT_BYTES


def omission_note(count: int) -> str:
    items = "item" if count == 1 else "items"
    return f"… {count} more {items} not shown: the message was too long for Matrix."
