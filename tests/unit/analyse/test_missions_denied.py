"""A deployment's own force name ("Fijian Defence Forces (FDF)"), allegations relayed only to be denied, and
"continue to conduct operations" as an ongoing state. Every text here is invented for the test."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analyse.mission_cues import mode_of, signals
from bot.analyse.mission_national import national_deployments
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _missions(text: str) -> list[MissionStatus]:
    article = Article(id="d2", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2024, 1, 1, tzinfo=UTC))
    return extract_missions(article, date(2024, 5, 2))


_DENIAL = (
    "Army dismisses reports of Fijian troop withdrawal from Westmark\n"
    "The army has taken note of reports in some media alleging that Fijian Defence Forces (FDF) deployed in "
    "Westmark Province have started withdrawing from their positions.\n"
    "The army says these reports are inaccurate and that no unit of the FDF has been withdrawn from Westmark.\n"
    "FDF troops continue to conduct offensive operations against rebel groups in the northern districts.\n"
)


def test_a_denied_withdrawal_of_a_force_fighting_on_is_combat() -> None:
    (status,) = _missions(_DENIAL)
    assert status.mission == "Fijian troops in Westmark"
    assert "FDF" in status.aliases
    assert status.status == "combat"


def test_the_forces_own_short_name_is_an_alias_only_for_its_own_country() -> None:
    text = ("Fijian troops stay in Westmark\nFijian troops deployed in Westmark will stay, said officers of the "
            "Norland Defence Forces (NDF), who fought alongside Fijian troops in Westmark. The NDF said so.\n")
    names = {text[start:end] for start, end, _ in national_deployments(text, text.find("\n"))}
    assert "NDF" not in names and "Fijian troops" in names


@pytest.mark.parametrize(
    ("sentence", "cue", "mode"),
    [
        ("Reports alleging that the troops have started withdrawing circulated online.", "started withdrawing",
         None),
        ("Unverified posts said the contingent had withdrawn.", "withdrawn", None),
        ("The troops continue to conduct offensive operations.", "conduct", "fact"),
        ("The troops plan to conduct offensive operations.", "conduct", "future"),
        ("The troops have started withdrawing.", "started withdrawing", "fact"),
    ],
)
def test_allegations_are_not_facts_and_continuing_is_no_plan(sentence: str, cue: str, mode: str | None) -> None:
    start = sentence.index(cue)
    assert mode_of(sentence, start, start + len(cue)) == mode


def test_unattributed_reports_asked_about_are_hearsay_and_a_denial_of_an_end_leaves_the_combat_it_reports() -> None:
    text = (
        "Ministry: the operation goes on\n"
        "ANKARA, May 2, 2024 - Over the past week 11 terrorists had been neutralised in the Operation Stone Wall "
        "region, the ministry said.\n"
        "Asked about reports that the operation had ended, the spokesman said Operation Stone Wall had not ended "
        "and that the troops would remain in their bases.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("Operation Stone Wall", "combat")


def test_a_negation_does_not_reach_past_and_that_into_the_next_report() -> None:
    sentence = "He said the mission had not failed and that the troops would remain in their bases."
    assert mode_of(sentence, sentence.index("remain"), sentence.index("remain") + 6) == "future"
    assert mode_of("Asked about reports that the force had left, he smiled.", 35, 39) is None


def test_declining_to_say_whether_a_mission_goes_on_says_neither() -> None:
    sentence = "The minister won't say if the naval mission is still active."
    cue = sentence.index("is still active")
    assert mode_of(sentence, cue, cue + len("is still active")) is None
    negated = "The naval mission is no longer active."
    assert mode_of(negated, negated.index("no longer"), len(negated) - 1) == "negated"


def test_one_side_says_the_mission_ended_and_the_other_that_it_carries_on_in_a_quotation() -> None:
    text = (
        "Is the peacekeeping mission over?\n"
        "CHISINAU, May 2, 2024 - The Joint Peacekeeping Forces have ended their mission and their soldiers "
        "are gone, the government said.\n"
        "Moscow disagrees. Its foreign ministry said the peacekeeping operation “continues to fulfil its tasks "
        "in full”.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("Joint Peacekeeping Forces", "disputed")


def test_a_mission_that_fights_is_in_combat_and_its_one_word_name_is_used_bare() -> None:
    text = (
        "Troops repel attack\n"
        "BANGUI, May 2, 2024 - Soldiers of Operation Kestrel clashed with rebel fighters near the river on "
        "Thursday, the army said. Kestrel troops responded with helicopter gunships.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("Operation Kestrel", "combat")
    assert "Kestrel" in status.aliases


def test_a_raid_of_the_operation_is_combat() -> None:
    text = (
        "Jets hit rebel sites\n"
        "LONDON, May 2, 2024 - It was the biggest raid of Operation Sea Lance, the navy's campaign against the "
        "rebels that began in January, the ministry said.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("Operation Sea Lance", "combat")


def test_nobody_negates_and_remains_fully_operational_goes_on() -> None:
    sentence = '"Nobody has told us the mission is over," the commander said.'
    assert mode_of(sentence, sentence.index("is over"), sentence.index("is over") + 7) == "negated"
    text = (
        "Who is in charge?\n"
        "ADDIS ABABA, May 2, 2024 - Somalia wrote that AUSSOM's mandate had lapsed at the end of April. The "
        'AU stated that AUSSOM "remains fully operational and continues to discharge its mandate" and that its '
        "troops stay.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("AUSSOM", "disputed")


def test_a_long_apposition_between_the_mission_and_its_verb_keeps_the_verb_its_own() -> None:
    text = (
        "Force attacks\n"
        "PORT-AU-PRINCE, May 2, 2024 - The Gang Suppression Force (GSF), the international force into which the "
        "Security Council turned the earlier Kenyan-led force a year ago after long talks among its many members, "
        "launched on Saturday an offensive to retake the port from armed gangs and their fighters.\n"
    )
    statuses = {s.mission: s.status for s in _missions(text)}
    assert statuses["GSF"] == "combat"


def test_rejecting_the_vote_that_extended_a_mission_is_opposition_not_denial() -> None:
    text = (
        "Front rejects UN vote extending desert mission\n"
        "TINDOUF, May 2, 2024 - The Front rejected a UN Security Council resolution renewing the mandate of "
        "MINURSO for a year, its leader said. The council on Friday extended MINURSO until October.\n"
    )
    (status,) = _missions(text)
    assert status.status == "extended"


def test_a_renewal_last_year_is_background_to_this_years_news() -> None:
    text = (
        "Trainers stay\n"
        "BANGUI, May 2, 2024 - The EU Training Mission in the Central African Republic (EUTM RCA) began "
        "training a new battalion this week. The mission has no combat role. Its mandate was renewed last "
        "year until September 2026.\n"
    )
    (status,) = _missions(text)
    assert status.status == "non-combat"


def test_a_denied_claim_gives_way_to_what_the_article_reports_of_the_mission() -> None:
    text = (
        "Ruritania denies reports of troop cuts in the Valmark Observer Mission\n"
        "Ruritania on Thursday denied media reports that Borduria had begun withdrawing its troops from the "
        "Valmark Observer Mission (VOM), saying the mission was working as usual.\n"
        "The VOM said in a statement that it continues to monitor the ceasefire line in full.\n"
        "Media reports had said on Wednesday that about 100 Bordurian soldiers had left the mission's camp.\n"
    )
    (status,) = _missions(text)
    assert (status.status, status.roles) == ("non-combat", ("monitor",))
    assert any("denied" in e.sentence for e in status.evidence)  # the rival account stays on record


def test_a_denial_in_a_story_framed_as_a_dispute_leaves_the_status_disputed() -> None:
    text = (
        "Valmark says observer mission over, Brussels disagrees\n"
        "Valmark's government said on Monday that the Valmark Observer Mission (VOM) had ended its work.\n"
        "The EU denied that the VOM had ended and said it stays until its mandate expires.\n"
    )
    (status,) = _missions(text)
    assert status.status == "disputed"


def test_not_before_a_date_is_a_plan_for_then_not_a_negation() -> None:
    assert mode_of("Its drawdown will not begin before its mandate ends on Dec. 31.", 4, 12) == "future"
    assert mode_of("Its drawdown has not begun, the spokesperson said.", 4, 12) == "negated"


def test_a_halted_drawdown_is_a_suspension_that_was_a_drawdown() -> None:
    text = (
        "Valmark observers stay as VOM pull-out remains frozen\n"
        "The Valmark Observer Mission (VOM) keeps its phased withdrawal on hold amid continued fighting, and "
        "its drawdown has been on hold since late 2024, officials said.\n"
    )
    (status,) = _missions(text)
    assert (status.status, status.previous_status) == ("suspended", "drawdown")


def test_a_suspension_beside_a_drawdown_under_way_leaves_the_drawdown() -> None:
    from bot.analyse.mission_cues import signals

    found = signals("The mission suspended patrols in March and began withdrawing its troops from the north.")
    assert {s.status for s in found if s.mode == "fact"} >= {"suspended", "drawdown"}


def test_a_headline_denial_tells_the_story_from_the_deniers_side() -> None:
    text = (
        "Ministry denies Operation Lantern has closed, says hub is being scaled back\n"
        "CAPITAL, May 2, 2024 - The defence ministry on Friday denied that Operation Lantern, the intelligence hub "
        "in the north, had closed. Operation Lantern had closed in April, a news site reported on Thursday. "
        "\"Operation Lantern continues to operate with a reduced footprint,\" the ministry said, and the number of "
        "troops had been cut by about half since July.\n"
    )
    assert [m.status for m in _missions(text)] == ["drawdown"]


def test_a_denial_does_not_reach_over_a_second_report() -> None:
    modes = {s.status: s.mode for s in signals("Rome denies withdrawing troops, says training mission continues")}
    assert modes["drawdown"] == "denied" and modes["non-combat"] == "fact"


def test_a_disputed_place_is_no_denial() -> None:
    found = signals("The first ZZZ troops to leave the disputed Norvale region have crossed the border, the start "
                    "of a drawdown that shrinks the force by a third.")
    assert ("drawdown", "fact") in [(cue.status, cue.mode) for cue in found]
    assert all(cue.mode != "denied" for cue in found)
    (denied,) = signals("The ministry disputed that ZZZ had begun a drawdown.")
    assert denied.mode == "denied"


def test_a_reduction_not_a_departure_tells_a_drawdown() -> None:
    text = ("UN peacekeepers begin leaving Norvale as ZZZ is cut by a third\n"
            "About 400 soldiers of ZZZ left the base on Tuesday under a troop cut voted in November.\n"
            "\"It is a drawdown, not a departure,\" said the force commander of ZZZ.")
    assert [s for s in signals("\"It is a drawdown, not a departure,\" said the commander of ZZZ.")
            if s.mode == "negated"] == []
    (found,) = _missions(text.replace("ZZZ", "UNISFA"))
    assert found.status == "drawdown"


def test_nothing_has_been_suspended_is_a_negation() -> None:
    (cue,) = signals("'Nothing has been suspended': ZZZ's deputy head on the courses after the missile alert")
    assert (cue.status, cue.mode) == ("suspended", "negated")


def test_what_the_media_reported_before_the_story_is_hearsay() -> None:
    assert signals("Two days after Norlandic media reported that the training of ZZZ had been halted, the "
                   "commander insisted otherwise.") == []
    (told,) = signals("State media reported that ZZZ had been halted.")
    assert told.mode == "fact"


def test_a_mandate_last_renewed_leaves_the_roles_their_say() -> None:
    text = ("'Nothing has been suspended': ZZZ's deputy commander on training\n"
            "\"Nothing has been suspended,\" the deputy commander of ZZZ said. ZZZ trains Kestrian soldiers at "
            "ranges across Norland. Its current mandate, renewed last November, runs until November 2028.\n")
    (found,) = _missions(text.replace("ZZZ", "EUMAM Ukraine"))
    assert (found.status, "train" in found.roles) == ("non-combat", True)


def test_a_denial_does_not_reach_a_second_predicate() -> None:
    found = signals("Council denies halting boardings and extends ZZZ until 2030")
    assert [(cue.status, cue.mode) for cue in found] == [("suspended", "denied"), ("extended", "fact")]
