"""Dates an article states, and relative expressions resolved against the article's date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.analyse.dates import article_date, find_dates, resolve_relative

THURSDAY = date(2021, 12, 9)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Wednesday", date(2021, 12, 8)),
        ("Thursday’s session", date(2021, 12, 9)),
        ("last Thursday", date(2021, 12, 2)),
        ("next Tuesday", date(2021, 12, 14)),
        ("yesterday", date(2021, 12, 8)),
        ("three weeks ago", date(2021, 11, 18)),
        ("last month", date(2021, 11, 1)),
        ("earlier this month", date(2021, 12, 1)),
        ("by the end of the year", date(2021, 12, 31)),
        ("before year’s end", date(2021, 12, 31)),
        ("in March", date(2021, 3, 1)),
        ("at the end of June", date(2021, 6, 30)),
        ("on Dec. 28", date(2020, 12, 28)),
    ],
)
def test_relative_expressions_resolve_against_the_anchor(expression: str, expected: date) -> None:
    assert resolve_relative(expression, THURSDAY) == expected


def test_future_tense_turns_a_bare_weekday_forward() -> None:
    assert resolve_relative("the council will vote on Friday", THURSDAY, future=True) == date(2021, 12, 10)
    assert resolve_relative("the council voted on Friday", THURSDAY) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Dec. 9, 2021", date(2021, 12, 9)),
        ("on 9 December 2021", date(2021, 12, 9)),
        ("2021-12-09", date(2021, 12, 9)),
        ("Sept 30, 2023", date(2023, 9, 30)),
    ],
)
def test_explicit_dates_need_no_anchor(text: str, expected: date) -> None:
    assert [m.value for m in find_dates(text)] == [expected]


def test_deadlines_and_starts_are_marked() -> None:
    by, until, since = find_dates("by June 30, 2024, until Aug. 31, 2024, and since 2014")
    assert by.deadline and until.deadline and not since.deadline
    assert since.since and since.precision == "year" and since.value == date(2014, 1, 1)


def test_relative_dates_are_marked_and_skipped_without_anchor() -> None:
    assert find_dates("on Wednesday and last month") == []
    assert all(m.relative for m in find_dates("on Wednesday and last month", THURSDAY))
    assert not find_dates("January 2020", THURSDAY)[0].relative


def test_article_date_from_dates_about_the_events() -> None:
    text = (
        "Talks end with a deal\n"
        "The two sides met in Baghdad on Dec. 9, 2021. (Photo: government)\n"
        "Thursday’s meeting concluded with a statement. The mandate expires on Dec. 31, 2022.\n"
    )
    assert article_date(text) == THURSDAY


def test_article_date_prefers_a_dateline() -> None:
    text = "Council votes\nBAMAKO, Mali, June 30, 2023 — The council voted after talks on May 2, 2023.\n"
    assert article_date(text) == date(2023, 6, 30)


def test_article_date_from_a_dateline_without_year_checked_by_weekday() -> None:
    text = (
        "Mission ends\nBAMAKO, Dec 31 (Reuters) - The mission ended on Sunday, ten years after it began in "
        "2013. A team will stay into 2024.\n"
    )
    assert article_date(text) == date(2023, 12, 31)


def test_article_date_from_a_labelled_numeric_date() -> None:
    text = "Macron ends operation\nIssued on: 09/11/2022 - 11:53\nMacron on Wednesday announced the end.\n"
    assert article_date(text) == date(2022, 11, 9)


def test_article_date_ignores_dates_that_only_lie_ahead() -> None:
    assert article_date("Plan\nThe mission will end by Dec. 31, 2025.\n") is None
    assert article_date("No dates here at all.") is None


@given(st.text(max_size=300))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    for mention in find_dates(text, THURSDAY):
        assert text[mention.start:mention.end] == mention.text
    article_date(text)


@pytest.mark.parametrize(("head", "expected"), [
    ("Last updated: 30/03/2018", date(2018, 3, 30)),
    ("Ana Vidal | 12.06.2024 - 14:05 GMT+3", date(2024, 6, 12)),
    ("Updated 05.11.2021", date(2021, 11, 5)),
])
def test_numeric_datelines_in_a_byline_date_the_article(head: str, expected: date) -> None:
    text = f"Observers leave\n\n{head}\n\nThe observers left this week after 14 years, since 2004.\n"
    assert article_date(text) == expected


def test_a_numeric_date_in_the_running_text_is_no_dateline() -> None:
    text = "Observers leave\n\nThe observers, deployed on 12.06.2004 under a | shared command, left.\n"
    assert article_date(text) != date(2004, 6, 12)


@pytest.mark.parametrize(("head", "expected"), [
    ("Drone strike kills two\nRudaw\n20-11-2026\nERBIL - A drone struck a car on Thursday.", date(2026, 11, 20)),
    ("Council meets\nBy A. Writer\n03/12/2026 14:05\nThe council met on Thursday.", date(2026, 12, 3)),
])
def test_a_line_that_is_only_a_numeric_date_is_the_dateline(head: str, expected: date) -> None:
    assert article_date(head) == expected


def test_a_score_is_no_dateline() -> None:
    assert article_date("Cup final\nThe side won 3-1-2026 was the year.") is None


def test_a_numeric_date_line_with_an_update_after_it_dates_the_article() -> None:
    text = ("EU denies its monitors have stopped patrolling\nThe mission is still on the lines, two days after the "
            "claim.\nYle News\n25.11.2026 18:45 | Updated 25.11.2026 19:30\nThe EU said on Tuesday that patrols "
            "continue, a week after the 18 November meeting.\n")
    assert article_date(text) == date(2026, 11, 25)


def test_a_dateline_in_capitals_is_the_articles_date() -> None:
    from bot.analyse.dates import article_date

    assert article_date("Force halts operations\nBY A REPORTER\nFEBRUARY 10, 2027 7:42 PM\nPORT TOWN\nText.") == (
        date(2027, 2, 10))


@pytest.mark.parametrize("expression", ["in the second half of 2027", "by the first quarter of 2027", "by mid-2027"])
def test_a_part_of_a_year_is_that_year(expression: str) -> None:
    assert [m.value for m in find_dates(expression, date(2026, 11, 12))] == [date(2027, 1, 1)]
