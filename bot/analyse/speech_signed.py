"""Quotations signed on the line below, as government press releases print them:

    "Renewing the operation sends a clear message …"
    — The Honourable Jane Doe, Minister of National Defence

The quotation stands alone in its paragraph; the next line opens with a dash and names who said it (such a
line is no body text, so it is read here from the article itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_marks import Segment
from bot.analyse.speech_registry import Registry
from bot.analyse.speech_tokens import Unit

_SIGNATURE = re.compile(
    r"\s*\n\s*[—–-]\s*(?:The\s+)?(?:(?:Right\s+)?Honou?rable\s+|Hon\.\s+)?(?P<name>[A-Z][^,\n]{2,60}?)"
    r"(?:,\s*(?P<title>[^\n]{2,120}))?\s*(?:\n|$)"
)


def signed_quotes(units: Sequence[Unit], text: str, segments: Sequence[Segment], registry: Registry,
                  found: Sequence[Found]) -> list[Found]:
    """Direct quotes whose paragraph is only the quotation and whose next line is a dash and a name."""
    paragraphs: dict[int, list[Unit]] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    credited = [(item.start, item.end) for item in found]
    result: list[Found] = []
    for paragraph, members in paragraphs.items():
        quoted = [s for s in segments if s.paragraph == paragraph]
        if not quoted or not _alone(members, text, quoted):
            continue
        signature = _SIGNATURE.match(text, members[-1].end)
        if signature is None or len(signature["name"].split()) < 2:
            continue
        speaker = registry.person(signature["name"].strip(), (signature["title"] or "").strip() or None)
        for segment in quoted:
            if not any(s < segment.end and segment.start < e for s, e in credited):
                result.append(Found(speaker, "direct", segment.start, segment.end, None, members[0].index))
    return result


def _alone(members: Sequence[Unit], text: str, quoted: Sequence[Segment]) -> bool:
    """Whether the paragraph holds nothing but its quotations (and their marks and punctuation)."""
    start, end = members[0].start, members[-1].end
    rest = text[start:end]
    for segment in sorted(quoted, key=lambda s: s.open, reverse=True):
        outer = segment.close + 1 if segment.close is not None else end
        rest = rest[:segment.open - start] + rest[outer - start:]
    return not any(ch.isalnum() for ch in rest)

