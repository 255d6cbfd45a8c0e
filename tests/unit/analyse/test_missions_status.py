"""The status one article reports: each status, tense, modality and negation, dates and roles."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _article(text: str, article_id: str = "a1") -> Article:
    return Article(id=article_id, source="test", title=text.split("\n", 1)[0], text=text,
                   fetched_at=datetime(2024, 1, 1, tzinfo=UTC))


def _one(text: str, published: date | None) -> MissionStatus:
    found = extract_missions(_article(text), published)
    assert len(found) == 1, found
    return found[0]


def test_end_of_combat_role_is_a_move_to_non_combat_with_roles_and_date() -> None:
    text = (
        "Coalition ends combat role in Iraq\n"
        "BAGHDAD (Reuters) - Thursday's talks ended with a statement announcing the end of the combat role "
        "of the US-led coalition against Islamic State.\n"
        "The coalition, formally known as Combined Joint Task Force-Operation Inherent Resolve (CJTF-OIR), "
        "has completed its transition to a non-combat mission, the statement said.\n"
        "The coalition will continue to support Iraqi forces through its advisory, assisting and enabling "
        "role.\n"
    )
    status = _one(text, date(2021, 12, 9))
    assert status.mission == "CJTF-OIR"
    assert status.status == "non-combat"
    assert status.previous_status == "combat"
    assert {"advise", "assist", "enable"} <= set(status.roles)
    assert status.since == date(2021, 12, 9)


def test_a_mission_that_ended() -> None:
    text = (
        "NATO ends Afghan mission\n"
        "KABUL (AP) - NATO formally ended its Resolute Support mission on Monday after the last allied "
        "troops left Afghanistan.\n"
    )
    status = _one(text, date(2021, 7, 14))
    assert (status.mission, status.status) == ("Resolute Support", "ended")
    assert status.since == date(2021, 7, 12)


def test_will_end_by_december_is_a_plan_not_an_end() -> None:
    text = (
        "France to end Sahel operation\n"
        "PARIS - President Emmanuel Macron said on Thursday that Operation Barkhane will end by December, "
        "with troops to be cut by half.\n"
    )
    assert _one(text, date(2021, 6, 10)).status == "planned"


def test_a_mandate_that_expires_later_tells_its_term_not_a_plan_to_end() -> None:
    text = "Mandate runs out\nThe mandate of UNMISS expires on April 30, 2025, diplomats said on Monday.\n"
    assert all(m.status != "planned" for m in extract_missions(_article(text), date(2024, 11, 4)))


def test_did_not_end_is_not_an_end() -> None:
    text = (
        "No change yet for KFOR\n"
        "KFOR did not end its mission on Monday, a spokesperson said. KFOR continues to patrol the north "
        "and to monitor the boundary.\n"
    )
    status = _one(text, date(2023, 10, 3))
    assert status.status != "ended"
    assert "monitor" in status.roles


def test_a_denial_against_a_claim_makes_the_article_a_dispute() -> None:
    text = (
        "Junta says EU mission is over\n"
        "The junta said on Monday that EUTM Mali had ended. The EU denied that EUTM Mali had ended, "
        "saying its activities continue.\n"
    )
    status = _one(text, date(2023, 12, 5))
    assert status.status == "disputed"
    assert len(status.evidence) >= 2


def test_a_demand_is_not_a_status_change() -> None:
    text = (
        "Parliament votes on foreign troops\n"
        "Iraq's parliament approved a resolution calling for an end to the presence of the US-led "
        "coalition against Islamic State.\n"
        "Lawmakers also urged the coalition to withdraw from the country.\n"
    )
    found = extract_missions(_article(text), date(2020, 1, 5))
    assert all(m.status not in ("ended", "drawdown") for m in found)


def test_a_mandate_renewal_is_an_extension_dated_by_its_vote() -> None:
    text = (
        "UN renews Lebanon force\n"
        "NEW YORK, Aug 31 (Reuters) - The UN Security Council on Thursday extended the mandate of the UN "
        "Interim Force in Lebanon (UNIFIL) for another year, until Aug. 31, 2024.\n"
    )
    status = _one(text, date(2023, 8, 31))
    assert (status.mission, status.status, status.since) == ("UNIFIL", "extended", date(2023, 8, 31))


def test_a_suspension() -> None:
    text = (
        "EU halts training in Mali\n"
        "BRUSSELS - The European Union suspended operational training by EUTM Mali on Monday, citing the "
        "presence of Russian mercenaries.\n"
    )
    assert _one(text, date(2022, 4, 11)).status == "suspended"


def test_a_drawdown_described_before_the_mission_is_named() -> None:
    text = (
        "UN peacekeepers begin leaving Mali\n"
        "The UN peacekeeping mission in Mali has begun withdrawing its 13,000 troops and handed over its "
        "first camp to the army on Saturday.\n"
        "MINUSMA must complete the withdrawal by Dec. 31.\n"
    )
    status = _one(text, date(2023, 7, 3))
    assert (status.mission, status.status) == ("MINUSMA", "drawdown")


def test_combat_from_what_the_operation_does() -> None:
    text = (
        "French forces strike jihadists\n"
        "French troops of Operation Barkhane killed around 30 jihadists in an air and ground assault in "
        "Mali, the army said on Tuesday.\n"
    )
    assert _one(text, date(2019, 11, 12)).status == "combat"


def test_an_operation_found_by_pattern_in_a_military_context() -> None:
    text = (
        "Navy launches Red Sea escort operation\n"
        "The navy said its warships had begun Operation Sea Shield to escort merchant vessels, and that "
        "Operation Sea Shield would protect shipping from drones and missiles.\n"
    )
    status = _one(text, date(2024, 2, 1))
    assert status.mission == "Operation Sea Shield"
    assert "escort" in status.roles or "protect" in status.roles


def test_an_article_with_no_mission_yields_none() -> None:
    texts = [
        "Trade delegation visits Baghdad\nA British trade mission signed deals. Our mission is to inform.\n",
        "Inquiry\nA UN fact-finding mission will visit the region next week to gather evidence.\n",
        "Council deal\nThe council launched Operation Clean Streets to double street-cleaning rounds.\n",
    ]
    for text in texts:
        assert extract_missions(_article(text), date(2023, 3, 8)) == []


def test_evidence_is_verbatim_and_carries_the_article_id() -> None:
    text = "UN mission ends\nMINUSMA formally ended on Sunday after its last peacekeepers left Mali.\n"
    status = _one(text, date(2023, 12, 31))
    assert status.evidence
    for evidence in status.evidence:
        assert evidence.article_id == "a1" and evidence.sentence in text


_PIECES = st.sampled_from([
    "UNIFIL", "ended", "will", "not", "the mission", "Operation Tide", "troops", "on Monday", ".", ",", "\n",
    "withdraw", "KFOR", "advise, assist and enable", "“", "”", "denied that", "calling for an end to", "2023",
])


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_never_crashes_and_evidence_is_verbatim(text: str) -> None:
    for status in extract_missions(_article(text), date(2024, 5, 1)):
        for evidence in status.evidence:
            assert evidence.sentence in text


@settings(deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_on_arbitrary_text(text: str) -> None:
    assert isinstance(extract_missions(_article(text), None), list)


def test_a_name_that_states_a_role_is_no_report_of_status() -> None:
    text = ("Lawmakers debate observers\nNEW DELHI, May 2, 2024 - Members of parliament debated the future of the "
            "United Nations Military Observer Group in Norland (UNMOGN) on Tuesday. The opposition asked why UNMOGN "
            "still had an office in the capital.\n")
    (status,) = extract_missions(_article(text), date(2024, 5, 2))
    assert (status.status, status.roles) == ("unknown", ("monitor",))
