"""The date a status took effect comes from the cue's own clause or the article's date, never from a
background year or a vague "last month" that the same sentence gives for something else."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.missions import extract_missions
from bot.models import Article


def _since(text: str, published: date | None) -> tuple[str, date | None]:
    article = Article(id="a", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    (status,) = extract_missions(article, published)
    return status.status, status.since


def test_a_background_since_year_in_another_clause_does_not_date_the_status() -> None:
    text = ("Council renews observer mission\n"
            "The Security Council extended the mandate of the United Nations Observer Mission in Velmora "
            "(UNOMV), which has monitored the ceasefire line since 2012.\n")
    assert _since(text, date(2025, 3, 4)) == ("extended", date(2025, 3, 4))
    assert _since(text, None) == ("extended", None)


def test_a_vague_month_in_another_clause_does_not_date_the_status() -> None:
    text = ("Council keeps observers\n"
            "The Security Council did not end the mandate of the United Nations Observer Mission in Velmora "
            "(UNOMV), as the government had asked in a letter last month, but extended it until March 2026.\n")
    assert _since(text, date(2025, 3, 4)) == ("extended", date(2025, 3, 4))


def test_dates_attached_to_the_cue_or_a_recent_day_still_date_the_status() -> None:
    own = ("Observers leave\n"
           "The United Nations Observer Mission in Velmora (UNOMV) ended on 28 February 2025, "
           "after monitoring the ceasefire line since 2012.\n")
    assert _since(own, date(2025, 3, 4)) == ("ended", date(2025, 2, 28))
    elsewhere = ("Council renews observers\n"
                 "At Monday's session, held on March 3, 2025, the council extended the mandate of the United "
                 "Nations Observer Mission in Velmora (UNOMV) for a year.\n")
    assert _since(elsewhere, date(2025, 3, 4)) == ("extended", date(2025, 3, 3))



def test_a_date_in_a_relative_clause_after_the_cue_dates_its_object_not_the_cue() -> None:
    text = ("Observer mission closes\n"
            "The United Nations Observer Mission in Velmora (UNOMV) formally closed on Friday.\n"
            "The mission's closure completes a drawdown that began in June 2019, when the police took over.\n")
    article = Article(id="a", source="test", title="Observer mission closes", text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    (status,) = extract_missions(article, date(2025, 3, 7))
    assert (status.status, status.previous_status, status.since) == ("ended", "drawdown", date(2025, 3, 7))


def test_a_change_whose_own_clause_is_years_old_is_background() -> None:
    text = ("Observer mission\n"
            "The United Nations Observer Mission in Velmora (UNOMV) monitors the ceasefire line.\n"
            "UNOMV completed a drawdown in June 2019.\n")
    article = Article(id="a", source="test", title="Observer mission", text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    (status,) = extract_missions(article, date(2025, 3, 7))
    assert status.status == "non-combat"


def test_an_end_years_ago_is_still_the_status_when_nothing_later_is_told() -> None:
    from bot.analyse.missions import extract_missions

    text = (
        "After the peacekeepers\n"
        "France's soldiers had gone first. Operation Kestrel, its decade-long counter-terrorism campaign across "
        "the region, ended in November 2022, and the army's smaller footprint has since unravelled too.\n"
    )
    article = Article(id="h1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 5, 2, tzinfo=UTC))
    (status,) = extract_missions(article, date(2026, 5, 2))
    assert (status.status, status.since) == ("ended", date(2022, 11, 1))


def test_the_last_convoy_rolling_out_ends_a_mission() -> None:
    from bot.analyse.mission_cues import signals

    found = signals("The last convoy of the UN mission, VALMIS, rolled out of Gao on Tuesday.")
    assert [(s.status, s.mode) for s in found] == [("ended", "fact")]


def test_a_renewal_months_before_the_article_is_the_mandate_not_the_news() -> None:
    text = (
        "EU trainers in Somalia\n"
        "The European Union Training Mission in Somalia (EUTM Somalia) trains and advises Somali army officers. "
        "It does not take part in combat operations.\n"
        "The EU Council extended the mandate of EUTM Somalia in late 2024 until February 2027.\n"
    )
    article = Article(id="r2", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2025, 11, 20, tzinfo=UTC))
    (status,) = extract_missions(article, date(2025, 11, 20))
    assert status.status == "non-combat"
