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
from bot.analyse.speech_lexicon import TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, word_set
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
        bite = _BITE.search(text, max(0, members[0].start - _BITE_REACH), members[0].start)
        if signature is not None and len(signature["name"].split()) >= 2:
            speaker = registry.person(signature["name"].strip(), (signature["title"] or "").strip() or None)
        elif bite is not None and (labelled := _bite_speaker(bite["label"])) is not None:
            speaker = registry.person(*labelled)
        else:
            continue
        for segment in quoted:
            if not any(s < segment.end and segment.start < e for s, e in credited):
                result.append(Found(speaker, "direct", segment.start, segment.end, None, members[0].index))
    return result


# a broadcast script's sound bite, labelled on the line above: "[SOT — MAYOR JANE DOE]", "[SOT: COUN. X, WARD 8]"
_BITE = re.compile(r"\[\s*(?:SOT|SOUNDBITE|SOUND\s*BITE|BITE|CLIP|SYNC|VO/SOT)\s*[—–:-]+\s*(?P<label>[^\]\n]{3,100})\]"
                   r"[ \t]*\n\s*$")
_BITE_REACH = 120
# what may stand before the name on a label: the lexicon's titles, and a broadcast script's local offices
_LABEL_TITLES = TITLE_HEADS | TITLE_MODIFIERS | TITLE_ABBREVIATIONS | word_set(
    "coun constable manager mpp reeve warden board fire police transit school resident")


def _bite_speaker(label: str) -> tuple[str, str | None] | None:
    """"COUN. MARK LeBLANC, DISTRICT 11" → ("Mark LeBlanc", "Coun."): the words after the last title word before
    the comma are the name, written as a name again."""
    head = label.split(",", 1)[0].split()
    words = [w if any(c.islower() for c in w) else w.capitalize() for w in head]
    last_title = max((i for i, w in enumerate(head) if w.lower().strip(".") in _LABEL_TITLES), default=-1)
    name = words[last_title + 1:]
    if not 2 <= len(name) <= 4:
        return None
    return " ".join(name), " ".join(words[:last_title + 1]) or None


def _alone(members: Sequence[Unit], text: str, quoted: Sequence[Segment]) -> bool:
    """Whether the paragraph holds nothing but its quotations (and their marks and punctuation)."""
    start, end = members[0].start, members[-1].end
    rest = text[start:end]
    for segment in sorted(quoted, key=lambda s: s.open, reverse=True):
        outer = segment.close + 1 if segment.close is not None else end
        rest = rest[:segment.open - start] + rest[outer - start:]
    return not any(ch.isalnum() for ch in rest)

