"""The keyword filter language of subscriptions: a small parser, so no user regex ever runs (no ReDoS).

    ceasefire AND (gaza OR "west bank") -rumour          nuclear NOT iran          sanction*

Terms match whole words of an article's title and text, ignoring case and accents; a "quoted phrase"
matches those words in a row; a trailing `*` matches any word starting so (`sanction*`: sanctions,
sanctioned). Operators: AND (also implied between terms), OR, NOT or a leading `-`, and parentheses;
NOT binds tightest, then AND, then OR. Operators are recognised in any case, so to look for the word
"or" itself, quote it: `"or"`. Input is bounded (length, terms, nesting), parsing is linear and
matching runs over a word index, so neither a hostile filter nor a long article can stall the bot.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

MAX_FILTER_CHARS = 500
MAX_TERMS = 50
MAX_DEPTH = 12

TokenKind = Literal["(", ")", "AND", "OR", "NOT", "-", "term"]

_WORD = re.compile(r"\w+")
_OPERATORS: dict[str, TokenKind] = {"AND": "AND", "OR": "OR", "NOT": "NOT"}
_PARENTHESES: dict[str, TokenKind] = {"(": "(", ")": ")"}
_OPENING_QUOTES = frozenset('"“„')
_CLOSING_QUOTES = frozenset({'"', "”", "“"})
_BARE_END = frozenset("()\"“”„")


class FilterError(ValueError):
    """A filter that cannot be parsed; the message says what is wrong and at which character (from 1)."""

    def __init__(self, problem: str, position: int | None = None) -> None:
        super().__init__(problem if position is None else f"{problem} (at position {position})")
        self.position = position


def fold(text: str) -> str:
    """Case- and accent-insensitive form: `Café` and `CAFE` both become `cafe`."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# ------------------------------------------------------------------------------------------ matching
class Document:
    """An article's words, indexed once so that every subscription's filter is checked cheaply."""

    def __init__(self, *parts: str) -> None:
        self.words = [word for part in parts for word in words_of(part)]
        self.positions: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            self.positions.setdefault(word, []).append(index)


@dataclass(frozen=True, slots=True)
class Term:
    """One word or a phrase (words in a row); `prefix`: its last word may be the start of a longer one."""

    words: tuple[str, ...]
    prefix: bool = False

    def matches(self, document: Document) -> bool:
        first, last = self.words[0], len(self.words) - 1
        if last == 0 and self.prefix:
            return any(word.startswith(first) for word in document.positions)
        for start in document.positions.get(first, ()):
            if start + last >= len(document.words):
                return False
            if all(document.words[start + i] == self.words[i] for i in range(1, last)) and (
                last == 0 or self._last_matches(document.words[start + last])
            ):
                return True
        return False

    def _last_matches(self, word: str) -> bool:
        return word.startswith(self.words[-1]) if self.prefix else word == self.words[-1]

    def __str__(self) -> str:
        if self.prefix:
            return "-".join(self.words) + "*"
        if len(self.words) == 1 and self.words[0].upper() not in _OPERATORS:
            return self.words[0]
        return '"' + " ".join(self.words) + '"'


@dataclass(frozen=True, slots=True)
class Not:
    term: Expression

    def matches(self, document: Document) -> bool:
        return not self.term.matches(document)

    def __str__(self) -> str:
        return f"NOT {_grouped(self.term, (And, Or))}"


@dataclass(frozen=True, slots=True)
class And:
    terms: tuple[Expression, ...]

    def matches(self, document: Document) -> bool:
        return all(term.matches(document) for term in self.terms)

    def __str__(self) -> str:
        return " AND ".join(_grouped(term, (Or,)) for term in self.terms)


@dataclass(frozen=True, slots=True)
class Or:
    terms: tuple[Expression, ...]

    def matches(self, document: Document) -> bool:
        return any(term.matches(document) for term in self.terms)

    def __str__(self) -> str:
        return " OR ".join(str(term) for term in self.terms)


Expression = Term | Not | And | Or


def _grouped(expression: Expression, kinds: tuple[type, ...]) -> str:
    return f"({expression})" if isinstance(expression, kinds) else str(expression)


# ---------------------------------------------------------------------------------------- tokenizing
@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    position: int
    """Where the token starts, counting characters from 1 (what error messages show)."""
    text: str
    term: Term | None = None


def tokens(text: str) -> Iterator[Token]:
    index = 0
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
        elif char in "()":
            yield Token(_PARENTHESES[char], index + 1, char)
            index += 1
        elif char in _OPENING_QUOTES:
            end = _closing_quote(text, index)
            phrase = text[index + 1 : end]
            words = tuple(words_of(phrase))
            if not words:
                raise FilterError(f"the phrase {text[index : end + 1]} has no letters or digits", index + 1)
            yield Token("term", index + 1, text[index : end + 1], Term(words))
            index = end + 1
        elif char == "-" and index + 1 < len(text) and not text[index + 1].isspace() and text[index + 1] != ")":
            yield Token("-", index + 1, "-")
            index += 1
        else:
            end = index
            while end < len(text) and not text[end].isspace() and text[end] not in _BARE_END:
                end += 1
            yield _bare(text[index:end], index + 1)
            index = end


def _closing_quote(text: str, start: int) -> int:
    for end in range(start + 1, len(text)):
        if text[end] in _CLOSING_QUOTES:
            return end
    raise FilterError("a quotation mark is never closed", start + 1)


def _bare(word: str, position: int) -> Token:
    if word.upper() in _OPERATORS:
        return Token(_OPERATORS[word.upper()], position, word)
    prefix = word.endswith("*")
    words = tuple(words_of(word))
    if not words:
        shown = "'-' must be directly followed by a word, a phrase or '('" if word == "-" else (
            f"{word!r} has no letters or digits")
        raise FilterError(shown, position)
    return Token("term", position, word, Term(words, prefix))


# ------------------------------------------------------------------------------------------- parsing
_STARTS_TERM = frozenset({"(", "NOT", "-", "term"})


class _Parser:
    """Recursive descent over the token list: or := and (OR and)*; and := unary ([AND] unary)*;
    unary := (NOT | -) unary | '(' or ')' | term. Depth is counted, so nesting cannot exhaust the stack."""

    def __init__(self, items: Sequence[Token]) -> None:
        self.items = items
        self.at = 0
        self.terms = 0

    def peek(self) -> Token | None:
        return self.items[self.at] if self.at < len(self.items) else None

    def take(self) -> Token:
        token = self.items[self.at]
        self.at += 1
        return token

    def needs_term_after(self, operator: Token) -> None:
        following = self.peek()
        if following is None or following.kind not in _STARTS_TERM:
            raise FilterError(f"{operator.text!r} needs a term after it", operator.position)

    def parse_or(self, depth: int) -> Expression:
        terms = [self.parse_and(depth)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            self.needs_term_after(token)
            terms.append(self.parse_and(depth))
        return _joined(Or, terms)

    def parse_and(self, depth: int) -> Expression:
        terms = [self.parse_unary(depth)]
        while (token := self.peek()) is not None and token.kind not in (")", "OR"):
            if token.kind == "AND":
                self.take()
                self.needs_term_after(token)
            terms.append(self.parse_unary(depth))
        return _joined(And, terms)

    def parse_unary(self, depth: int) -> Expression:
        token = self.take()
        if depth > MAX_DEPTH:
            raise FilterError(f"the filter is nested too deeply (more than {MAX_DEPTH} levels)", token.position)
        if token.kind in ("NOT", "-"):
            self.needs_term_after(token)
            return Not(self.parse_unary(depth + 1))
        if token.kind == "(":
            following = self.peek()
            if following is not None and following.kind == ")":
                raise FilterError("empty parentheses", token.position)
            if following is None:
                raise FilterError("'(' is never closed", token.position)
            inner = self.parse_or(depth + 1)
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise FilterError("'(' is never closed", token.position)
            self.take()
            return inner
        if token.kind == ")":
            raise FilterError("')' has no matching '('", token.position)
        if token.kind in ("AND", "OR"):
            raise FilterError(f"{token.text!r} needs a term before it", token.position)
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise FilterError(f"the filter has more than {MAX_TERMS} terms", token.position)
        assert token.term is not None
        return token.term


def _joined(kind: type[And] | type[Or], terms: list[Expression]) -> Expression:
    """Flattened: `a AND (b AND c)` is one AND of three terms; a single term stands alone."""
    flat: list[Expression] = []
    for term in terms:
        flat.extend(term.terms if isinstance(term, kind) else (term,))
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


def parse_filter(text: str) -> Expression:
    """The expression in `text`; FilterError (with the position) for anything that is not a filter."""
    if len(text) > MAX_FILTER_CHARS:
        raise FilterError(f"the filter is longer than {MAX_FILTER_CHARS} characters")
    items = list(tokens(text))
    if not items:
        raise FilterError("the filter is empty")
    parser = _Parser(items)
    expression = parser.parse_or(0)
    leftover = parser.peek()
    if leftover is not None:  # parse_or stops early only at a ')' without its '('
        raise FilterError("')' has no matching '('", leftover.position)
    return expression
