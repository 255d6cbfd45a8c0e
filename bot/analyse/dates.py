"""Dates that an article states, and relative expressions resolved against an anchor date.

Plain-text articles carry no metadata, so their date has to come from the text itself: a dateline, or the
dates the text gives for the events it reports. Mission status needs the same machinery to date a change
("on Wednesday", "last month", "by the end of the year"). Small precompiled regexes keep this cheap; a
general date parser would cost more than the whole analysis budget of an article.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # a dateline in capitals: "MARCH 3, 2026 9:15 AM"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?"
)
_MONTH_FULL = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
# (kind, regex, whether case is ignored); earlier kinds win where two start at the same place
_KINDS: tuple[tuple[str, str, bool], ...] = (
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b", False),
    ("mdy", rf"\b{_MONTH}\s+{_DAY}(?:(?:,\s*|\s+){_YEAR})?", False),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", False),
    ("my", rf"\b{_MONTH_FULL},?\s+(?:of\s+)?{_YEAR}", False),
    ("end", r"\b(?:(?:the\s+)?end\s+of\s+(?:(?P<which>the|this|next|last)\s+)?(?P<unit>year|month|week)"
            r"|(?P<ye>year['’]?s[\s-]end|year-end|end-of-year))\b", True),
    ("m", rf"(?i:\b(?P<lead>in|since|from|until|till|by|last|next|this|early|late|mid-?|through|"
          rf"(?P<part>end|beginning|start|middle) of)(?:\s+|(?<=-))(?P<when>early\s+|late\s+|mid-?)?)"
          rf"{_MONTH_FULL}\b(?!\s*\d)", False),
    ("y", rf"(?i:\b(?:in|since|from|until|till|by|through|during|early|late|mid-?|(?:end|beginning|start) of|"
          # "in the second half of 2029", "by the first quarter of 2030"
          rf"(?:the\s+)?(?:first|second|third|fourth|last|latter)\s+(?:half|quarter)\s+of)"
          rf"(?:\s+|(?<=-))(?:the\s+year\s+)?){_YEAR}", False),
    ("wd", r"\b(?:(?P<mod>last|next|this|coming|past)\s+)?"
           r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\b", True),
    ("day", r"\b(?P<word>today|yesterday|tomorrow|tonight)\b", True),
    ("rel", r"\b(?:(?P<mod>last|this|next|past|coming)|(?P<when>earlier|later)\s+(?:this|in\s+the))\s+"
            r"(?P<unit>week|month|year)\b", True),
    ("ago", r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago\b", True),
)


def _combined() -> re.Pattern[str]:
    """All kinds in one regex, tried as one at each candidate word; a kind's groups are renamed
    `kind_name` so that they stay distinct."""
    parts = []
    for kind, source, ignore_case in _KINDS:
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{kind}_\1>", source)
        parts.append(f"(?P<{kind}>{'(?i:' + renamed + ')' if ignore_case else renamed})")
    return re.compile("|".join(parts))


_DATE = _combined()
# each kind's own groups, as (name in _DATE, name in the kind's regex)
_GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    kind: tuple((name, name[len(kind) + 1:]) for name in _DATE.groupindex if name.startswith(kind + "_"))
    for kind, _, _ in _KINDS
}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# a date expression contains one of these words (or a number); the words before it may belong to it too
_TRIGGERS = frozenset(
    [*_MONTHS, "january", "february", "march", "april", "june", "july", "august", "september", "sept",
     "october", "november", "december", *_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight",
     "week", "weeks", "month", "months", "year", "years"]
)
_LEADS = frozenset(
    ["in", "since", "from", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "through",
     "during", "end", "beginning", "start", "middle", "earlier", "later", "past", "coming", "first", "second",
     "third", "fourth", "latter", *_NUMBER_WORDS]
)
_LOOK_BACK = 3
_RELATIVE_KINDS = frozenset({"m", "wd", "day", "rel", "ago", "end"})
_DEADLINE_BEFORE = re.compile(
    r"(?i:\b(?:by|before|until|till|through|no\s+later\s+than|ahead\s+of|deadline\s+of|expir(?:e|es|ing)"
    r"(?:\s+on)?|due(?:\s+on)?|not\s+before|prior\s+to))\s+(?:the\s+|early\s+|late\s+|mid-?)?$"
)
_SINCE_BEFORE = re.compile(r"(?i:\bsince)\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date stated in a text. `deadline` marks a limit ("by", "until", "before") rather than the day
    something happened; `since` marks the start of a state ("since March")."""

    value: date
    precision: Precision
    start: int
    end: int
    text: str
    deadline: bool = False
    since: bool = False
    relative: bool = False


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _closest_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """A date given without a year is the one nearest the anchor, leaning to the tense of the sentence."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    if not options:
        return None
    if future:
        ahead = [d for d in options if d >= anchor - timedelta(days=1)]
        options = ahead or options
    else:
        behind = [d for d in options if d <= anchor + timedelta(days=7)]
        options = behind or options
    return min(options, key=lambda d: abs((d - anchor).days))


def _weekday(name: str, modifier: str, anchor: date, future: bool) -> date:
    target = _WEEKDAYS.index(name.lower())
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if modifier == "last":
        return anchor - timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _relative_unit(unit: str, offset: int, anchor: date) -> tuple[date, Precision]:
    if unit == "week":
        return anchor + timedelta(weeks=offset), "week"
    if unit == "month":
        return _add_months(anchor, offset), "month"
    return date(anchor.year + offset, 1, 1), "year"


def _end_of(unit: str, offset: int, anchor: date) -> date:
    if unit == "year":
        return date(anchor.year + offset, 12, 31)
    if unit == "month":
        first = _add_months(anchor, offset)
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return anchor + timedelta(days=6 - anchor.weekday() + 7 * offset)


def _resolve(kind: str, g: dict[str, str], anchor: date | None, future: bool) -> tuple[date, Precision] | None:
    """The date a match of `kind` stands for; `g` holds its groups ("" when a group did not take part)."""
    if kind == "iso":
        found = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return (found, "day") if found else None
    if kind in ("mdy", "dmy"):
        month, day = _month(g["mon"]), int(g["d"])
        if g["y"]:
            found = _safe_date(int(g["y"]), month, day)
        else:
            found = _closest_year(month, day, anchor, future) if anchor else None
        return (found, "day") if found else None
    if kind == "my":
        return date(int(g["y"]), _month(g["mon"]), 1), "month"
    if kind == "y":
        return date(int(g["y"]), 1, 1), "year"
    if anchor is None:
        return None
    if kind == "m":
        month = _month(g["mon"])
        year = anchor.year
        if future and month < anchor.month:
            year += 1
        elif not future and month > anchor.month:
            year -= 1
        part = (g["part"] or g["when"] or g["lead"]).strip().lower()
        if part in ("end", "late"):
            return date(year, month, calendar.monthrange(year, month)[1]), "month"
        return date(year, month, 15 if part in ("middle", "mid", "mid-") else 1), "month"
    if kind == "wd":
        return _weekday(g["wd"], (g["mod"] or "").lower(), anchor, future), "day"
    if kind == "day":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        return anchor + timedelta(days=offset), "day"
    if kind == "rel":
        word = (g["mod"] or g["when"] or "").lower()
        offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(word, 0)
        return _relative_unit(g["unit"].lower(), offset, anchor)
    if kind == "ago":
        raw = g["n"].lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = g["unit"].lower()
        if unit == "day":
            return anchor - timedelta(days=count), "day"
        return _relative_unit(unit, -count, anchor)
    which = (g["which"] or "").lower()
    offset = {"next": 1, "last": -1}.get(which, 0)
    return _end_of((g["unit"] or "year").lower(), offset, anchor), "day"


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of the date regex, tried only at the few words that can start a date expression: running
    it over every character costs ~3 ms per article, this a tenth of that. Lazy, so that a reader that
    stops early (a dateline near the top) does not pay for the rest of the text."""
    recent: deque[re.Match[str]] = deque(maxlen=_LOOK_BACK)  # the words before the current one
    covered = 0
    for word in _TOKEN.finditer(text):
        token = word.group()
        if token[0].isdigit() or token.lower() in _TRIGGERS:
            starts = [w.start() for w in recent if w.group().lower() in _LEADS]
            for start in [*starts, word.start()]:
                if start < covered:
                    continue
                m = _DATE.match(text, start)
                if m and m.end() > word.start():
                    covered = m.end()
                    yield m
                    break
        recent.append(word)


def _mentions(text: str, anchor: date | None, future: bool,
              matches: Iterable[re.Match[str]] | None = None) -> Iterator[DateMention]:
    """The mentions of `find_dates`, one at a time; `matches`: the text's date matches, if already found."""
    for m in _matches(text) if matches is None else matches:
        kind = m.lastgroup or ""
        groups = {short: m.group(name) or "" for name, short in _GROUPS[kind]}
        resolved = _resolve(kind, groups, anchor, future)
        if resolved is None:
            continue
        start = m.start()
        before = text[max(0, start - 30):start]
        head = m.group().lower()
        deadline = bool(_DEADLINE_BEFORE.search(before)) or head.startswith(("by ", "until ", "till "))
        since = bool(_SINCE_BEFORE.search(before)) or head.startswith("since ")
        relative = kind in _RELATIVE_KINDS
        yield DateMention(resolved[0], resolved[1], start, m.end(), m.group(), deadline, since, relative)


def find_dates(text: str, anchor: date | None = None, *, future: bool = False) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `anchor` (relative expressions and dates
    without a year are skipped when there is no anchor). `future` says the text speaks of what will happen,
    so a bare weekday or month means the next one rather than the last one."""
    return list(_mentions(text, anchor, future))


class DateReader:
    """The date expressions of one text, found once and resolved as often as asked (against other anchors,
    or leaning to the future or to the past): finding them is the costly part."""

    __slots__ = ("_matches", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._matches = list(_matches(text))

    def find(self, anchor: date | None = None, *, future: bool = False) -> list[DateMention]:
        """`find_dates(text, anchor, future=future)`."""
        return list(_mentions(self._text, anchor, future, self._matches))


def resolve_relative(expression: str, anchor: date, *, future: bool = False) -> date | None:
    """The date of the first date expression in `expression` ("on Wednesday", "last month", "by the end of
    the year", "Thursday's"), counted from `anchor`."""
    mentions = find_dates(expression, anchor, future=future)
    return mentions[0].value if mentions else None


# ------------------------------------------------------------------------------------ the article's date
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted|date|dated)\b[^\n]{0,12}?)?(?:[A-Z][A-Za-z .,'’/-]{0,60}?,\s*)?$", re.I
)
_DATELINE_AFTER = re.compile(
    r"^\s*(?:,?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?[^\n]{0,20})?\s*(?:\(|[—–-]|/|$)"
)
_FUTURE_CONTEXT = re.compile(
    r"(?i:\b(?:will|would|shall|until|till|before|expires?|expiring|deadline|scheduled|due|set\s+to|"
    r"expected|next|ahead\s+of|starting)\b)[^.\n]{0,60}$"
)
_YEARLESS_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Za-z .,'’/-]{{0,60}}?,\s*)?{_MONTH}\s+{_DAY}\s*"
    rf"(?:\((?:Reuters|AP|AFP|[A-Z][\w ]{{1,20}})\)|[—–-])",
    re.M,
)
# "Last updated: 30/03/2018", or a byline's "Name | 12.06.2024 - 14:05 GMT+3"
_NUMERIC_DATELINE = re.compile(
    r"^(?:(?:last\s+)?(?:published|updated|posted|issued|date|dated)\b[^\n\d]{0,20}|[^\n|•]{0,60}[|•]\s*)"
    r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b", re.I | re.M
)
# a line that is only a numeric date, as some outlets print under the byline: "20-11-2026", "20/11/2026 14:05"
_DATE_ONLY_LINE = re.compile(
    r"^[ \t]*(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)(?:[ ,]+\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?"
    r"(?:[ \t]+(?-i:[A-Z]{2,5}))?)?(?:[ \t]*[|•][^\n]{0,60})?[ \t]*$", re.I | re.M  # "| Updated 25.11.2026 19:30"
)
_ANY_YEAR = re.compile(rf"\b{_YEAR}")
_WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_DAY_SUFFIX = re.compile("day", re.I)  # how every weekday name ends
_WEEKDAY_STEMS = sorted({len(w) - 3 for w in _WEEKDAYS})  # letters before that "day"
_HEAD_CHARS = 600


def _weekdays(text: str) -> set[int]:
    """The weekdays the text names. Weekday names are whole words that end in "day", so each is found by
    trying the weekday regex a few letters before a "day" (a literal search) instead of at every character."""
    found: set[int] = set()
    for day in _DAY_SUFFIX.finditer(text):
        for stem in _WEEKDAY_STEMS:
            if day.start() >= stem and (name := _WEEKDAY_WORD.match(text, day.start() - stem)):
                found.add(_WEEKDAYS.index(name.group(1).lower()))
    return found


def _numeric_date(a: int, b: int, year: int, weekdays: set[int]) -> date | None:
    """'09/11/2022' is 9 November in most of the world and September 11 in the US: a weekday the text names
    decides, else the day-first reading."""
    day_first, month_first = _safe_date(year, b, a), _safe_date(year, a, b)
    options = [d for d in (day_first, month_first) if d]
    matching = [d for d in options if d.weekday() in weekdays]
    return next(iter(matching or options), None)


def _dateline(text: str, dated: Iterable[DateMention]) -> date | None:
    """A date standing at the head of a line in the first lines: 'BAMAKO, June 30, 2023 —', 'Published
    30 June 2023', or a line that is only a date."""
    for mention in dated:
        if mention.start > _HEAD_CHARS:
            break
        line_start = text.rfind("\n", 0, mention.start) + 1
        if _DATELINE.match(text[line_start:mention.start]) and _DATELINE_AFTER.match(text[mention.end:]):
            return mention.value
    numeric = _NUMERIC_DATELINE.search(text, 0, _HEAD_CHARS) or _DATE_ONLY_LINE.search(text, 0, _HEAD_CHARS)
    if numeric:
        return _numeric_date(int(numeric["a"]), int(numeric["b"]), int(numeric["y"]), _weekdays(text))
    yearless = _YEARLESS_DATELINE.search(text, 0, _HEAD_CHARS)
    if not yearless:
        return None
    years = Counter(int(y) for y in _ANY_YEAR.findall(text))
    if not years:
        return None
    month, day = _month(yearless["mon"]), int(yearless["d"])
    weekdays = _weekdays(text)
    if not weekdays:  # no way to check: the year the text names most often
        return _safe_date(max(years, key=lambda y: (years[y], y)), month, day)
    # the text names years around the event ("since 2013", "into 2024"): take the latest one, or the one
    # before it, on which the dateline's day falls on a weekday the text names
    latest = max(years)
    candidates = sorted({y for y in years} | {y - 1 for y in years}, reverse=True)
    for year in candidates:
        found = _safe_date(year, month, day)
        if year >= latest - 3 and found and found.weekday() in weekdays:
            return found
    return None


def dateline_near(text: str, around: Iterable[date], within: timedelta = timedelta(days=120)) -> date | None:
    """The date of a dateline without a year ('KORVA, March 6 (Reuters) —') when the article's own text
    cannot tell the year: the year that puts it closest to `around` (the dates of the articles it is read
    with), on a weekday the text names if it names any. A background year in the text ("since 2021") says
    nothing about when the article was written, its neighbours in a batch do."""
    yearless = _YEARLESS_DATELINE.search(text, 0, _HEAD_CHARS)
    known = sorted(set(around))
    if not yearless or not known:
        return None
    month, day = _month(yearless["mon"]), int(yearless["d"])
    weekdays = _weekdays(text)
    candidates = [
        found for year in sorted({d.year + step for d in known for step in (-1, 0, 1)})
        if (found := _safe_date(year, month, day)) and (not weekdays or found.weekday() in weekdays)
    ]
    scored = [(min(abs((c - d).days) for d in known), c) for c in candidates]
    best = min(scored, default=None)
    return best[1] if best and best[0] <= within.days else None


@lru_cache(maxsize=512)
def article_date(text: str) -> date | None:
    """The date of the events the article reports: its dateline, else the stated date that fits best.

    A candidate gains weight for each mention that is not a deadline or in a future context, for a weekday
    the text names ("Thursday's session" + "Dec. 9, 2021", a Thursday), and for standing near the top;
    ties go to the latest date, since news reports the latest event. Cached: the pipeline, mission status
    and clustering all ask for the date of the same text.
    """
    stream = (m for m in _mentions(text, None, False) if m.precision == "day")
    read: list[DateMention] = []  # what the dateline check took from the stream
    dateline = _dateline(text, _recorded(stream, read))
    if dateline is not None:
        return dateline
    mentions = read + list(stream)
    weekdays = _weekdays(text)
    score: Counter[date] = Counter()
    head = max(_HEAD_CHARS, len(text) // 5)
    for mention in mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        if not mention.deadline and not _FUTURE_CONTEXT.search(text[line_start:mention.start]):
            score[mention.value] += 1 + (mention.start < head)
    if not score:
        return None
    for value in score:
        if value.weekday() in weekdays:
            score[value] += 2
    return max(score, key=lambda value: (score[value], value))


def _recorded(items: Iterator[DateMention], into: list[DateMention]) -> Iterator[DateMention]:
    """`items`, each also appended to `into`, so that a reader that stops early leaves the rest unread."""
    for item in items:
        into.append(item)
        yield item
