"""Regex scans that skip the places where a pattern cannot match, with exactly the pattern's own results.

Python's regex engine tries a pattern that opens with a look-behind, `\\b` or a case-insensitive word at every
character of the text (50–100 ns each: 0.1–0.5 ms per 800-word article and pattern). Two ways round that:

- `Anchored`: most patterns that scan whole articles can only start with a handful of characters
  ("Operation", "Mission", a name's capital letter); a character class of those is found in C and the
  pattern is tried only there. Exact as long as every match starts with one of the given characters and the
  pattern never matches the empty string — both are the caller's promise.
- `Needled`: a case-insensitive pattern whose every match holds one of a few words is not run at all on a
  text (a sentence, a clause) that holds none of them — a few substring tests in C. Exact as long as the
  words are lower case and every match, lower-cased, holds one — again the caller's promise.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator

# The characters outside A–Z and a–z that a case-insensitive regex matches to an ASCII letter: "İ" and
# "ı" to i, "ſ" to s, "K" (Kelvin) to k. Nothing else folds to an ASCII letter.
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def case_variants(chars: Iterable[str]) -> str:
    """Every character that a case-insensitive regex matches to one of `chars`; exact for ASCII letters and
    for characters without case (anything else raises, since its case folding is not known here)."""
    found: set[str] = set()
    for char in chars:
        if char.isascii() and char.isalpha():
            found |= {char.lower(), char.upper()}
            found |= {c for c in _ASCII_FOLDS if re.fullmatch(char, c, re.IGNORECASE)}
        elif char.lower() == char.upper():
            found.add(char)
        else:
            raise ValueError(f"case variants of {char!r} are not known")
    return "".join(sorted(found))


class Anchored:
    """A compiled pattern and the characters its matches can start with; `finditer` gives the same matches
    as the pattern's own, found faster. `then`, a regex, may also say what must follow that first character
    in every match (checked in C too, so fewer places are tried in Python)."""

    __slots__ = ("_first", "pattern")

    def __init__(self, pattern: re.Pattern[str], first: Iterable[str], then: str | None = None) -> None:
        self.pattern = pattern
        chars = "[" + "".join(re.escape(c) for c in sorted(set(first))) + "]"
        # the look-ahead keeps each candidate one character long, so none hides the start of another
        self._first = re.compile(chars if then is None else f"{chars}(?={then})")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match = self.pattern.match
        position = 0
        for candidate in self._first.finditer(text):
            start = candidate.start()
            if start < position:
                continue
            found = match(text, start)
            if found is not None:
                position = found.end()
                yield found


_FOLD_UNSAFE = re.compile(f"[{_ASCII_FOLDS}]")


def folds_plainly(text: str) -> bool:
    """Whether IGNORECASE matching of ASCII letters in `text` is plain lower-casing: the text holds none of
    the characters that fold to an ASCII letter only inside a regex ("ſ", "ı", "İ", "K"), and so
    `text.lower()` keeps every position ("İ" is the only character whose lower case is longer)."""
    return _FOLD_UNSAFE.search(text) is None


class Needled:
    """A case-insensitive pattern and its needles: lower-case words one of which the lower-cased text of every
    match holds ("demand" for "demanded", "demands"); `search` and `finditer` give what the pattern's own give.
    Where lower-casing is not what IGNORECASE does (see `folds_plainly`) the pattern is always run."""

    __slots__ = ("_needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], needles: Iterable[str]) -> None:
        self.pattern = pattern
        self._needles = tuple(needles)

    def _hopeless(self, text: str) -> bool:
        if not folds_plainly(text):
            return False
        return not any(map(text.lower().__contains__, self._needles))

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._hopeless(text) else self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._hopeless(text) else self.pattern.finditer(text)


def _alternatives(words: Iterable[str]) -> str:
    """A regex for exactly these words that shares their prefixes (a trie), so that at each place it tries
    one branch per distinct next character instead of every word; the longest word that fits wins."""
    endings: dict[str, set[str]] = {}
    for word in words:
        endings.setdefault(word[:1], set()).add(word[1:])
    complete = "" in endings.pop("", set())
    branches = [re.escape(first) + _alternatives(rest) for first, rest in sorted(endings.items())]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
    return f"(?:{body})?" if complete and body else body


class NeedleSets:
    """Which of several sets of needles (non-empty lower-case substrings) a text holds, all found in one pass
    of a regex in C instead of one substring search per needle: at each place the longest needle that
    starts there is found, and with it every shorter needle it starts with."""

    __slots__ = ("_finder", "_sets_of")

    def __init__(self, sets: Iterable[Iterable[str]]) -> None:
        owners: dict[str, int] = {}  # needle -> bit mask of the sets that hold it
        for index, needles in enumerate(sets):
            for needle in needles:
                if not needle:
                    raise ValueError("a needle cannot be empty")
                owners[needle] = owners.get(needle, 0) | 1 << index
        self._sets_of = {
            needle: functools.reduce(operator.or_, (bits for other, bits in owners.items() if needle.startswith(other)))
            for needle in owners
        }
        self._finder = re.compile(f"(?=({_alternatives(owners)}))")

    def held(self, text: str) -> int:
        """A bit mask: bit i is set when `text` holds one of the needles of set i."""
        held = 0
        for needle in self._finder.findall(text):
            held |= self._sets_of[needle]
        return held
