"""What describes a mission rather than reports news about it: a renewal told in an apposition ("the mandate,
extended until mid-2026, is to help …"), "their mission" owned by another named force, and the roles a
commander's "we" names after the mission was described. Every text here is invented for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analyse.mission_cues import signals
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _missions(text: str) -> list[MissionStatus]:
    article = Article(id="b1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    return extract_missions(article, None)


def test_a_renewal_in_an_apposition_to_the_mandate_is_the_time_before() -> None:
    sentence = ("The EU's mandate, extended by the Council until mid-2026 and then rolled over again in May, "
                "is to help the navy build a coastguard.")
    found = [s for s in signals(sentence) if s.status == "extended"]
    assert found and all(s.pluperfect and s.progressive for s in found)


def test_a_renewal_that_is_the_sentence_s_news_still_counts() -> None:
    for sentence in ("The Council extended the mission's mandate until mid-2027 on Friday.",
                     "The mandate, the Council said, was extended until mid-2027.",
                     "The mission's mandate was extended on Friday, officials said."):
        found = [s for s in signals(sentence) if s.status == "extended"]
        assert found and not any(s.pluperfect for s in found), sentence


def test_a_training_mission_whose_mandate_was_renewed_in_an_apposition_is_non_combat() -> None:
    text = ("EU trainers in Norland: teaching, not fighting\n"
            "The exercise is part of the European Union Training Mission in Norland (EUTM Norland), which took "
            "over from an earlier EU training mission in September 2024.\n"
            "The EU's mandate, extended by the Council until mid-2026 and then rolled over again in May, is to "
            "help Norland's army build a rapid reaction force.\n")
    (status,) = _missions(text)
    assert status.status == "non-combat"


def test_their_mission_after_another_named_force_is_not_the_article_s_mission() -> None:
    text = ("EU trainers in Norland: teaching, not fighting\n"
            "The European Union Training Mission in Norland (EUTM Norland) trains the country's marines.\n"
            "The minister told parliament that the Westmark Security Forces (WSF) had scaled down their "
            "mission in the north.\n")
    (status,) = _missions(text)
    assert status.status != "drawdown"


def test_their_mission_with_no_other_force_named_is_still_the_article_s_mission() -> None:
    text = ("EU trainers in Norland: teaching, not fighting\n"
            "The European Union Training Mission in Norland (EUTM Norland) trains the country's marines.\n"
            "The minister told parliament that the trainers had scaled down their mission in the north.\n")
    (status,) = _missions(text)
    assert status.status == "drawdown"


def test_a_commander_s_we_after_the_mission_was_described_names_its_roles() -> None:
    text = ("EU trainers in Norland: teaching, not fighting\n"
            "The exercise is part of the European Union Training Mission in Norland (EUTM Norland).\n"
            "The mission's commander, Brigadier General Ana Ribeiro, is keen to say what her soldiers do. "
            "\"We train, we advise, we help with logistics. We do not fight,\" she said.\n")
    (status,) = _missions(text)
    assert {"train", "advise"} <= set(status.roles)


def test_a_we_in_a_paragraph_that_never_described_the_mission_adds_no_roles() -> None:
    text = ("EU trainers in Norland: teaching, not fighting\n"
            "The exercise is part of the European Union Training Mission in Norland (EUTM Norland).\n"
            "Farmers in the valley are tired. \"We advise everyone to stay home,\" one of them said.\n")
    (status,) = _missions(text)
    assert "advise" not in status.roles


def test_a_disputed_region_does_not_frame_the_story_as_a_dispute() -> None:
    from bot.analyse.mission_decide import framed_as_dispute

    assert not framed_as_dispute("Observers suspend patrols in the disputed region after shelling")
    assert not framed_as_dispute("Shells land near the disputed Westmark border")
    assert framed_as_dispute("Conflicting accounts over whether the mission has ended")
    assert framed_as_dispute("The mission's future is disputed")


@pytest.mark.parametrize("sentence", [
    "ZZZ's chief observer briefed troop-contributing countries in a closed meeting Friday.",
    "ZZZ held closed-door consultations with the parties.",
])
def test_a_closed_meeting_is_no_end(sentence: str) -> None:
    assert [s for s in signals(sentence) if s.status == "ended"] == []


def test_a_mission_that_closed_still_ended() -> None:
    assert [s.status for s in signals("ZZZ closed on Friday after 20 years.")] == ["ended"]


def test_a_ship_departing_to_support_an_operation_is_no_drawdown() -> None:
    assert signals("The frigate has departed Fleet Base West to support ZZZ.") == []
    assert [s.status for s in signals("The frigate departed for home.")] == ["drawdown"]


def test_months_spent_preparing_for_a_deployment_are_no_plan() -> None:
    text = ("Frigate sails to join Operation Tasman Watch\n"
            "The frigate has departed Fleet Base West to support Operation Tasman Watch, Australia's contribution "
            "to monitoring sanctions at sea.\n"
            "The crew spent the past three months preparing for the deployment.\n")
    (status,) = _missions(text)
    assert status.status != "planned"


def test_still_preparing_for_a_deployment_is_a_plan() -> None:
    (found,) = [s for s in signals("The crew is preparing for the deployment of ZZZ.") if s.kind == "intent"]
    assert found.mode == "future"


def test_departures_still_to_come_in_a_drawdown_under_way_are_that_drawdown() -> None:
    text = ("Assistance force begins to shrink\n"
            "The Westmark Islands Assistance Force (WIAF) has begun reducing its numbers, with about 90 personnel "
            "to leave before Christmas.\n"
            "About 90 of the force's 210 personnel will leave before Christmas, the statement said, and the rest "
            "would depart in a staged way next year.\n")
    (status,) = _missions(text)
    assert status.status == "drawdown"


def test_planning_a_withdrawal_is_a_plan_not_a_drawdown() -> None:
    (found,) = [s for s in signals("The army has begun planning the withdrawal of its battalion from ZZZ.")
                if s.status == "drawdown"]
    assert found.mode == "future"


def test_a_withdrawal_dated_years_before_at_the_end_of_its_clause_is_background() -> None:
    from datetime import date

    text = ("Norland keeps two officers at UNTSO headquarters\n"
            "The Cabinet on Friday approved a one-year extension of the dispatch of two Ground Self-Defense Force "
            "officers to the headquarters of UNTSO in the region.\n"
            "Norland withdrew its engineering battalion from Western Equatoria in 2017 but has kept a few staff "
            "officers at the mission's headquarters since 2011.\n")
    article = Article(id="b2", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2027, 2, 12, tzinfo=UTC))
    (found,) = extract_missions(article, date(2027, 2, 12))
    assert found.status == "extended"
