"""Canonical URLs, article ids and clean text.

Ids must be stable across runs and machines (the store deduplicates on them), so they are derived only from
normalised content: the canonical URL for anything fetched, the whitespace-folded text for local files.
Article text has one paragraph per line with blank lines between them, because the analysis treats every
non-blank line as a paragraph and quotes as exact slices of this text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import unquote_plus, urlsplit, urlunsplit

ID_LENGTH = 16

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid"})

# Line breaks in every spelling (CRLF, CR, VT, FF, NEL, LINE/PARAGRAPH SEPARATOR) become "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0/C1 controls except tab and newline, plus invisible characters that only break matching:
# byte-order mark, zero-width space and soft hyphen. ZWJ/ZWNJ stay: they carry meaning in many scripts.
_INVISIBLE = {
    **{code: None for code in range(0x20) if code not in (0x09, 0x0A)},
    **{code: None for code in range(0x7F, 0xA0)},
    0xFEFF: None,
    0x200B: None,
    0x00AD: None,
}
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")


def utc_now() -> datetime:
    """The default clock; callers inject their own in tests."""
    return datetime.now(UTC)


def canonical_url(url: str) -> str:
    """The form of `url` used for ids and shown to users.

    Lower-cases scheme and host, drops the default port, the fragment, credentials and tracking
    parameters (utm_*, fbclid, gclid and a few like them), and sorts the remaining parameters while keeping
    their original encoding. Raises ValueError for a URL without scheme and host.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if not scheme or not host:
        raise ValueError(f"not an absolute URL: {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"invalid port in URL: {url!r}") from exc
    host = _ascii_host(host)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", _canonical_query(parts.query), ""))


def _ascii_host(host: str) -> str:
    """IDNA form, so the Unicode and punycode spellings of a host give one id."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _canonical_query(query: str) -> str:
    kept: list[tuple[str, str]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        name = unquote_plus(piece.split("=", 1)[0]).lower()
        if name.startswith("utm_") or name in _TRACKING_PARAMS:
            continue
        kept.append((name, piece))
    return "&".join(piece for _, piece in sorted(kept))


def _short_hash(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:ID_LENGTH]


def _fold(text: str) -> str:
    """NFC with every run of whitespace (line endings included) reduced to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id_for_url(url: str) -> str:
    """Id of a fetched article: the same story behind differently decorated links gets one id."""
    return _short_hash(canonical_url(url))


def article_id_for_text(title: str, text: str) -> str:
    """Id of an article known only by its content: immune to line endings and re-wrapping."""
    return _short_hash(_fold(title), _fold(text))


def article_id_for_guid(feed_url: str, guid: str) -> str:
    """Id of a feed entry without a link: its guid is only unique within its feed."""
    return _short_hash("guid", canonical_url(feed_url), guid.strip())


def clean_text(text: str) -> str:
    """NFC text with one paragraph per line and a blank line between paragraphs.

    Control and invisible characters are dropped, every line break spelling becomes a newline, runs of
    horizontal whitespace (tabs and no-break spaces included) become one space, and blank lines are merged.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text).translate(_INVISIBLE)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    """A title or name: clean text folded onto a single line."""
    return " ".join(clean_text(text).split())
