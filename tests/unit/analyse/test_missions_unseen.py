"""Unnamed national deployments as missions ("the Chilean peacekeeping contingent in Eastvale", "Fijian
troops … in the northern province of Westmark"), and backing a change ("had at no point supported closing
the mission") that is not the change. Every text here is invented for the test."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.mission_national import national_deployments
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _missions(text: str) -> list[MissionStatus]:
    article = Article(id="d1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2024, 1, 1, tzinfo=UTC))
    return extract_missions(article, date(2024, 5, 2))


def test_a_peacekeeping_contingent_named_twice_with_its_place_is_a_mission_and_its_withdrawal_counts() -> None:
    text = ("Chilean peacekeepers complete withdrawal from Norland's Eastvale region\n"
            "The Chilean peacekeeping contingent deployed in Norland's Eastvale region since 2019 has completed "
            "its withdrawal, the defence ministry said on Thursday.\n"
            "The last column crossed the border at dawn, officials said.\n")
    (status,) = _missions(text)
    assert "Eastvale" in status.mission and status.mission.startswith("Chilean")
    assert status.status == "ended"


def test_troops_scaling_down_a_deployment_the_headline_places_are_in_drawdown() -> None:
    text = ("Minister says Fijian troops have begun scaling down Westmark deployment\n"
            "The defence minister says Fijian troops who have fought rebels in the northern province of Westmark "
            "since 2021 have begun to reduce their numbers.\n"
            "About 1,000 Fijian soldiers remain deployed in the province, he said.\n")
    (status,) = _missions(text)
    assert status.mission == "Fijian troops in Westmark"
    assert status.status == "drawdown"


def test_one_mention_of_troops_in_a_war_report_is_no_mission() -> None:
    text = ("Shelling intensifies along the river\n"
            "Artillery fire hit three villages overnight as Ruritanian troops in Borduria pushed towards the "
            "river, local officials said.\n"
            "The regional governor said 40 homes had been destroyed.\n")
    assert national_deployments(text, text.find("\n")) == []
    assert _missions(text) == []


def test_a_joint_centre_of_two_countries_is_not_one_country_s_deployment() -> None:
    text = ("Joint centre closes\n"
            "The Chilean-Peruvian contingent in Eastvale ended its work on Friday. The Chilean-Peruvian "
            "contingent in Eastvale had monitored the ceasefire.\n")
    assert national_deployments(text, text.find("\n")) == []


def test_a_named_mission_is_not_doubled_by_its_description() -> None:
    text = ("UN mission in Norland extended\n"
            "The Security Council extended the United Nations Mission in Norland (UNMINOR) for a year. The "
            "Chilean peacekeeping contingent in Eastvale, part of UNMINOR, will stay. The Chilean contingent in "
            "Eastvale has 800 troops.\n")
    names = [s.mission for s in _missions(text)]
    assert not any(n.startswith("Chilean") for n in names), names


# ---------------------------------------------------------- backing a change is not the change
def _status(text: str) -> str:
    (status,) = _missions(text)
    return status.status


_HEAD = ("Monitors on the ridge\n"
         "Hana Vesely has led the EU Monitoring Mission in Norland (EUMMN) since last spring.\n"
         "\"Member states have extended our mandate until 2027. That is the decision,\" Vesely said.\n")


def test_a_government_that_never_supported_closing_the_mission_does_not_close_it() -> None:
    text = _HEAD + ("A spokeswoman for the Dutch foreign ministry, Eva Smit, told reporters that the Netherlands, "
                    "which provides the largest contingent, had \"at no point\" supported closing the mission.\n")
    assert _status(text) == "extended"


def test_parties_that_favour_ending_the_mission_do_not_end_it() -> None:
    text = _HEAD + ("Eva Smit, a Dutch diplomat, said two parties in Vienna, which hold few seats, had long "
                    "favoured ending the mission.\n")
    assert _status(text) == "extended"


def test_a_government_that_closed_the_mission_disputes_the_extension() -> None:
    text = _HEAD + "Eva Smit, a Dutch diplomat, said the government had closed the mission.\n"
    assert _status(text) == "disputed"


# ---------------------------------------------------------- "a training deployment" says what a mission does
def test_a_training_deployment_is_a_non_combat_mission_that_trains() -> None:
    text = ("Armour arrives for Operation Steady Shield\n"
            "About 200 soldiers arrived in Norland this week as part of Operation Steady Shield, officials said.\n"
            "\"This is a training deployment. These soldiers are not there to fight anyone,\" a spokesman said.\n")
    (status,) = _missions(text)
    assert (status.status, status.roles) == ("non-combat", ("train",))


def test_a_deployment_still_to_come_is_planned() -> None:
    text = ("Operation Steady Shield to begin\n"
            "Norland will deploy 200 soldiers next month as part of Operation Steady Shield, officials said.\n")
    (status,) = _missions(text)
    assert status.status == "planned"
