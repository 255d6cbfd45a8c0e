"""The keyword filter language: what it matches, what it refuses (with the position), and that no input,
however hostile, makes the parser crash, recurse without bound or take long."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.filters import MAX_DEPTH, MAX_FILTER_CHARS, MAX_TERMS, And, Document, FilterError, Not, Or, Term, parse_filter

ARTICLE = Document(
    "Sanctions on Iran tightened after the nuclear deal collapsed",
    "BRUSSELS – Ministers agreed on Monday to widen sanctions. “The West Bank talks are separate,” said "
    "Qasim al-Araji. The café near the summit stayed open; officials in Gaza made no comment.",
)


def matches(text: str, document: Document = ARTICLE) -> bool:
    return parse_filter(text).matches(document)


@pytest.mark.parametrize(("text", "expected"), [
    ("iran", True),
    ("IRAN", True),  # case-insensitive
    ("ira", False),  # whole words only
    ("sanction", False),
    ("sanction*", True),  # a trailing * matches the start of a word
    ("iran AND gaza", True),
    ("iran gaza", True),  # AND is implied
    ("iran AND syria", False),
    ("syria OR gaza", True),
    ("syria or gaza", True),  # operators in any case
    ("NOT iran", False),
    ("-iran", False),
    ("iran -syria", True),
    ("iran NOT syria", True),
    ('"nuclear deal"', True),
    ('"deal nuclear"', False),  # a phrase is its words in a row
    ("“west bank”", True),  # typographic quotes, as chat clients send them
    ('"west bank talks"', True),
    ("al-Araji", True),  # a hyphenated name is a phrase of its words
    ("araji", True),
    ("cafe", True),  # accents are ignored, both ways
    ("Café", True),
    ('"or"', False),  # a quoted operator word is a word
    ("(syria OR iran) AND (gaza OR lebanon)", True),
    ("(syria OR iran) AND NOT (gaza OR lebanon)", False),
    ("iran AND syria OR gaza", True),  # AND binds tighter than OR
    ("iran AND (syria OR lebanon)", False),
    ("NOT NOT iran", True),
    ("-(syria OR lebanon) iran", True),
])
def test_what_a_filter_matches(text: str, expected: bool) -> None:
    assert matches(text) is expected


def test_precedence_is_not_then_and_then_or() -> None:
    assert parse_filter("a OR b c -d") == Or((Term(("a",)), And((Term(("b",)), Term(("c",)), Not(Term(("d",)))))))
    assert parse_filter("(a OR b) c") == And((Or((Term(("a",)), Term(("b",)))), Term(("c",))))
    assert parse_filter("a AND (b AND c)") == And((Term(("a",)), Term(("b",)), Term(("c",))))  # flattened


def test_a_phrase_at_the_end_of_the_text_and_a_prefix_phrase() -> None:
    document = Document("Talks end", "the envoy said the talks ended in Geneva")
    assert matches('"in geneva"', document) and not matches('"geneva talks"', document)
    assert matches("talks ended", document) and matches('"talks end"', Document("", "talks end"))
    assert matches("talks-end*", document)  # `talks end…` as a phrase with a prefix
    assert not matches('"geneva now"', document)


@pytest.mark.parametrize(("text", "problem", "position"), [
    ("(iran OR iraq", "'(' is never closed", 1),
    ("iran (iraq", "'(' is never closed", 6),
    ("iran)", "')' has no matching '('", 5),
    ("(a) b)", "')' has no matching '('", 6),
    ("iran OR", "'OR' needs a term after it", 6),
    ("iran AND", "'AND' needs a term after it", 6),
    ("AND iran", "'AND' needs a term before it", 1),
    ("iran OR OR iraq", "'OR' needs a term after it", 6),
    ("iran (OR iraq)", "'OR' needs a term before it", 7),
    ("iran NOT", "'NOT' needs a term after it", 6),
    ("NOT)", "'NOT' needs a term after it", 1),
    ("iran ()", "empty parentheses", 6),
    ('iran "nuclear deal', "a quotation mark is never closed", 6),
    ('iran ""', "has no letters or digits", 6),
    ("iran - iraq", "'-' must be directly followed", 6),
    ("iran ...", "'...' has no letters or digits", 6),
    ("   ", "the filter is empty", None),
])
def test_bad_filters_are_refused_naming_the_problem_and_where(text: str, problem: str, position: int | None) -> None:
    with pytest.raises(FilterError) as raised:
        parse_filter(text)
    assert problem in str(raised.value)
    assert raised.value.position == position
    if position is not None:
        assert str(raised.value).endswith(f"(at position {position})")


def test_length_terms_and_depth_are_bounded() -> None:
    with pytest.raises(FilterError, match="longer than"):
        parse_filter("a " * (MAX_FILTER_CHARS // 2 + 1))
    with pytest.raises(FilterError, match=f"more than {MAX_TERMS} terms"):
        parse_filter(" ".join(f"w{i}" for i in range(MAX_TERMS + 1)))
    deep = "(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1)
    with pytest.raises(FilterError, match="nested too deeply"):
        parse_filter(deep)
    with pytest.raises(FilterError, match="nested too deeply"):
        parse_filter("NOT " * (MAX_DEPTH + 1) + "a")
    assert parse_filter("(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH) == Term(("a",))


def test_matching_a_long_article_against_a_hostile_filter_is_fast() -> None:
    document = Document("x", ("a " * 50_000) + "b")
    hostile = parse_filter(" OR ".join(['"a a a a a a a a a b"'] * 10 + ["a*"] * 10))
    started = time.perf_counter()
    assert hostile.matches(document)
    assert not parse_filter('"a a a a a a a a a c"').matches(document)
    assert time.perf_counter() - started < 2


FILTER_ALPHABET = st.sampled_from(
    [*"abcxyz AND OR NOT and or not ()()\"\"“”-*- ", " AND ", " OR ", " NOT ", "(", ")", '"', "-", "é", "\u00ad", "\t"]
)


@settings(max_examples=400, deadline=1000)
@given(st.text(max_size=MAX_FILTER_CHARS + 20))
def test_any_text_parses_or_is_refused_with_a_filter_error(text: str) -> None:
    try:
        expression = parse_filter(text)
    except FilterError as error:
        assert str(error)
        assert error.position is None or 1 <= error.position <= len(text)
    else:
        assert parse_filter(str(expression)) == expression  # the canonical form reads back the same
        expression.matches(Document(text))


@settings(max_examples=400, deadline=1000)
@given(st.lists(FILTER_ALPHABET, max_size=120).map("".join))
def test_filter_shaped_text_parses_or_is_refused_and_reads_back(text: str) -> None:
    try:
        expression = parse_filter(text)
    except FilterError as error:
        assert error.position is None or 1 <= error.position <= len(text)
        return
    assert parse_filter(str(expression)) == expression
    assert isinstance(expression.matches(Document("abc xyz", text)), bool)
