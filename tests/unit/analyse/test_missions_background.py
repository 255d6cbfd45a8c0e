"""What describes a mission rather than reports news about it: a renewal told in an apposition ("the mandate,
extended until mid-2026, is to help …"), "their mission" owned by another named force, and the roles a
commander's "we" names after the mission was described. Every text here is invented for the test."""

from __future__ import annotations

from datetime import UTC, datetime

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
