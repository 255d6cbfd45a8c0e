"""Wordings found in political and defence reporting that look like status cues and are not ("toward that
end", "no expiry date", "a U.S. departure would be noticed", "no say over the deployment", people "in limbo"),
and ones that are ("the latest strike carried out under Operation X", "bringing troops home"). Every text
here is invented for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analyse.mission_cues import signals
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _missions(text: str) -> list[MissionStatus]:
    article = Article(id="w1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    return extract_missions(article, None)


@pytest.mark.parametrize("sentence", [
    "ZZZ continues to work with its partners toward that end.",
    "To this end, ZZZ will hold talks with the parties.",
    "ZZZ's mandate has no expiry date.",
    "He said a U.S. departure from ZZZ would be noticed in the region.",
    "An end to ZZZ would leave a dangerous vacuum.",
    "The senator accused the department of leaving allies and troops \"in limbo\" over ZZZ.",
    "The Left Party, which voted against ZZZ, wants a debate on the deployment.",
    "ZZZ ended this war in 2003.",
])
def test_wordings_that_tell_no_status(sentence: str) -> None:
    assert [s for s in signals(sentence) if s.kind in ("change", "state")] == []


def test_going_on_the_offensive_is_combat() -> None:
    found = signals("This month ZZZ did something its predecessor never did: it went on the offensive.")
    assert [(s.status, s.mode) for s in found] == [("combat", "fact")]
    assert signals("ZZZ is no longer on the offensive.") == []


def test_a_say_over_the_deployment_is_what_is_denied() -> None:
    (found,) = signals("Lawmakers have no direct say over the deployment of ZZZ.")
    assert found.mode != "negated"
    (plain,) = signals("There will be no deployment of ZZZ.")
    assert plain.mode == "negated"


@pytest.mark.parametrize(("sentence", "status", "mode"), [
    ("He said a withdrawal of ZZZ would start in May.", "drawdown", "future"),
    ("The brigade deployed under ZZZ would go home this summer.", "drawdown", "future"),
    ("Canada has begun bringing home hundreds of soldiers from ZZZ.", "drawdown", "fact"),
    ("The operations of ZZZ remain in limbo after the coup.", "suspended", "fact"),
    ("ZZZ came to an end.", "ended", "fact"),
    ("ZZZ ended this Monday, after 15 months.", "ended", "fact"),
])
def test_wordings_that_tell_a_status(sentence: str, status: str, mode: str) -> None:
    assert [(s.status, s.mode) for s in signals(sentence) if s.kind == "change"][:1] == [(status, mode)]


def test_a_strike_carried_out_under_an_operation_is_combat() -> None:
    text = ("Jets strike hideout in the desert\n"
            "Two jets destroyed a building used by militants, the ministry said, in the latest strike carried out "
            "under Operation Dune Shield.\n"
            "Operation Dune Shield has flown more than 1,700 sorties since 2014. The air force jets used guided "
            "bombs, and no troops or soldiers were on the ground, the defence ministry said.\n")
    (status,) = _missions(text)
    assert status.status == "combat"


def test_another_country_s_own_forces_are_not_the_operation_s() -> None:
    text = ("Jets strike hideout in the desert\n"
            "Two jets destroyed a building used by militants, the ministry said, in the latest strike carried out "
            "under Operation Dune Shield.\n"
            "Operation Dune Shield has flown more than 1,700 sorties since 2014. The air force jets used guided "
            "bombs, and no troops or soldiers were on the ground, the defence ministry said.\n"
            "The strike comes as Westmark continues to reduce its own forces in the region.\n")
    (status,) = _missions(text)
    assert status.status == "combat"


def test_a_national_operation_named_right_after_the_deployment_is_its_name() -> None:
    text = ("Army quietly cuts troops in Norland, letter shows\n"
            "Hundreds of Chilean soldiers have been quietly withdrawn from Norland and will not be replaced, "
            "according to a letter seen by the paper.\n"
            "\"There is no drawdown of Chilean forces in Norland. Operation Birch continues,\" a spokesman said.\n"
            "Chilean troops have been deployed in Norland since 2017.\n")
    names = [m.mission for m in _missions(text)]
    assert names == ["Operation Birch"]


def test_a_numbered_combined_task_force_is_a_mission() -> None:
    from bot.analyse.mission_names import find_missions

    text = ("Insurers raise premiums as piracy returns\n"
            "The Combined Maritime Forces said warships of its counter-piracy task force, CTF-158, had disabled two "
            "pirate skiffs after they fired on a tanker. Troops and sailors of the navy were not hurt.\n"
            "CTF-158 will find them, the statement said.\n")
    named, _ = find_missions(text, ())
    assert [(n.name, n.aliases) for n in named] == [("CTF 158", ("CTF-158",))]


def test_an_operation_named_for_its_theatre_is_known_without_it() -> None:
    text = ("Advisers stay in the south\n"
            "The U.S. will keep military advisers in the south under Operation Silver Heron-Norland into 2027, the "
            "commander of special operations forces said, as troops and soldiers rotate.\n"
            "\"Silver Heron has not ended, and there is no date for it to end,\" the admiral said. \"What we do "
            "there is advise and assist.\"\n")
    (status,) = _missions(text)
    assert status.mission == "Operation Silver Heron-Norland" and "Silver Heron" in status.aliases
    assert status.status == "non-combat"


def test_a_move_from_one_posture_to_another_is_the_second_with_the_first_before() -> None:
    found = signals("ZZZ had moved \"from a deterrence and monitoring posture to active combat operations\" "
                    "against pirate groups.")
    states = [s for s in found if s.kind == "state"]
    assert [(s.status, s.pluperfect) for s in states] == [("non-combat", True), ("combat", False)]
    assert states[1].previous == "non-combat"


@pytest.mark.parametrize("sentence", [
    "No troops would deploy to Norland as part of the planned ZZZ, which two allies have offered to lead.",
    "The proposed ZZZ would have 5,000 troops.",
])
def test_a_force_called_planned_or_proposed_is_planned(sentence: str) -> None:
    assert [(s.status, s.mode) for s in signals(sentence) if s.status == "planned"][:1] in (
        [("planned", "fact")], [("planned", "future")])


def test_the_beginning_of_the_end_for_the_gangs_ends_nothing() -> None:
    assert [s for s in signals("The force called ZZZ's offensive \"the beginning of the end\" for the gangs.")
            if s.status == "ended"] == []


@pytest.mark.parametrize("sentence", [
    "The Council stressed that the closure of the mission \"does not signal any lessening\" of support.",
    "Closing a mission when its work is done is not a failure.",
])
def test_an_ending_named_as_a_topic_or_in_general_is_no_end(sentence: str) -> None:
    assert [s for s in signals(sentence) if s.status == "ended"] == []


def test_an_end_when_the_mandate_expires_after_a_future_main_clause_is_planned() -> None:
    assert {s.mode for s in signals("ZZZ will end on 14 June 2027, when its current mandate expires.")} == {"future"}
    assert {s.mode for s in signals("ZZZ ended when its mandate expired in June.")} == {"fact"}


def test_a_communique_that_decides_to_extend_has_extended() -> None:
    found = signals("Decides to extend the mandate of ZZZ for a further period of twelve months.")
    assert [(s.status, s.mode) for s in found] == [("extended", "fact")]


def test_a_withdrawal_that_will_be_completed_is_still_a_plan() -> None:
    assert [(s.status, s.mode) for s in signals("The withdrawal of ZZZ will be completed by May.")] == [
        ("drawdown", "future")]


@pytest.mark.parametrize(("sentence", "mode"), [
    ("The Council voted in New York on Thursday to renew the mandate of ZZZ for a year.", "fact"),
    ("The government welcomed the Council's decision to keep ZZZ in the country for another year.", "fact"),
    ("The Council will vote next week to renew ZZZ.", "future"),
])
def test_a_vote_or_decision_to_renew_has_renewed(sentence: str, mode: str) -> None:
    assert [(s.status, s.mode) for s in signals(sentence)] == [("extended", mode)]


def test_voting_against_a_plan_to_end_a_mission_ends_nothing() -> None:
    assert [s.mode for s in signals("Lawmakers voted against a plan to end ZZZ.")] == ["future"]


def test_an_operation_ended_years_ago_under_its_long_name_still_ended() -> None:
    assert [s.status for s in signals("Its influence grew after France ended its anti-jihadist ZZZZZZZZZZZZ in 2022.")
            ] == ["ended"]


def test_a_bare_verb_joined_by_and_shares_the_future_before_it() -> None:
    found = signals("ZZZ will cease its operations on Dec. 31, 2026, and withdraw from the country within a year.")
    assert {s.mode for s in found} == {"future"}
    assert {s.mode for s in signals("ZZZ ended its operations and withdrew from the country.")} == {"fact"}


@pytest.mark.parametrize(("sentence", "status", "mode"), [
    ("The UN force is counting down to the end of ZZZ's mandate.", "ended", "future"),
    ("The government ordered ZZZ to leave; the blue helmets were gone by the end of 2023.", "ended", "fact"),
])
def test_countdowns_and_troops_gone(sentence: str, status: str, mode: str) -> None:
    assert [(s.status, s.mode) for s in signals(sentence)][:1] == [(status, mode)]


def test_lobbying_for_a_closure_is_a_demand_and_a_war_gone_is_no_mission_ended() -> None:
    assert signals("The government lobbied hard for the closure of ZZZ.") == []
    assert signals("The war is gone, said ZZZ's commander.") == []


def test_instructors_still_at_work_speak_against_an_end() -> None:
    assert [(s.status, s.kind) for s in signals("The ministry says ZZZ's instructors are still at work.")] == [
        ("ended", "persist")]


@pytest.mark.parametrize(("sentence", "status"), [
    ("The ministry said that ZZZ patrols in the area \"have been discontinued in agreement with the government\".",
     "suspended"),
])
def test_discontinued_patrols_are_a_suspension(sentence: str, status: str) -> None:
    assert [s.status for s in signals(sentence)] == [status]


@pytest.mark.parametrize("sentence", [
    "EU governments have yet to decide whether to renew the ZZZ mandate, which expires at the end of February.",
    "Authorities withdrew permission for ZZZ to use their airspace.",
])
def test_a_term_in_the_present_and_a_withdrawn_permission_are_no_status(sentence: str) -> None:
    assert [s for s in signals(sentence) if s.status in ("ended", "drawdown")] == []


def test_patrols_continuing_as_normal_dispute_a_reported_suspension() -> None:
    text = ("Georgia and the EU monitors disagree over patrols\n"
            "Georgia's Interior Ministry said that EUMM Georgia patrols in two districts \"have been discontinued\".\n"
            "The spokesperson of the EU Monitoring Mission in Georgia said the mission's patrols were continuing "
            "\"as normal, day and night\".\n")
    (status,) = _missions(text)
    assert status.status == "disputed"


@pytest.mark.parametrize("sentence", [
    "The air force ends strike missions over the two countries as ZZZ becomes advisory.",
    "The end of ZZZ's bombing campaign leaves trainers in place.",
])
def test_an_ended_strike_role_is_a_move_to_a_non_combat_role(sentence: str) -> None:
    assert [(s.status, s.previous) for s in signals(sentence) if s.kind == "change"][:1] == [("non-combat", "combat")]


def test_a_lucky_strike_ending_is_no_transition() -> None:
    assert [s for s in signals("The strike by dock workers at ZZZ's port ended on Friday.")
            if s.status == "non-combat"] == []


@pytest.mark.parametrize("sentence", [
    "ZZZ, Canada's contribution to NATO's eastern flank, has been extended by three years, to March 31, 2030.",
    "The deployment was extended by 18 months.",
])
def test_an_extension_by_a_span_of_time_is_an_extension(sentence: str) -> None:
    assert [s.status for s in signals(sentence) if s.kind == "change"] == ["extended"]


def test_the_strikes_were_extended_by_two_days_is_no_mandate() -> None:
    assert [s for s in signals("The dock strike was extended by two days.") if s.status == "extended"] == []


@pytest.mark.parametrize("sentence", [
    "ZZZ pressed ahead Tuesday with its offensive in the district, after killing at least 14 suspected gang members.",
    "The ministry said its forces had “neutralized” two PKK members in the area of ZZZ.",
])
def test_an_offensive_pressed_and_fighters_killed_are_combat(sentence: str) -> None:
    assert {s.status for s in signals(sentence)} == {"combat"}


def test_reports_of_a_halt_dismissed_as_speculation_are_a_denial() -> None:
    (halt,) = signals("An official said that reports of a halt to ZZZ were “speculation.”")
    assert (halt.status, halt.mode) == ("suspended", "denied")
    (premature,) = signals("Reports of a halt to ZZZ were premature, he said.")
    assert premature.mode == "fact"


@pytest.mark.parametrize("sentence", [
    "\"Its work continues,\" the spokesman said of ZZZ.",
    "Within hours, ZZZ issued a statement saying its patrols were continuing \"as planned\".",
])
def test_work_and_patrols_going_on_speak_against_an_end(sentence: str) -> None:
    assert [(s.status, s.kind) for s in signals(sentence)] == [("ended", "persist")]


def test_a_monitoring_mission_said_to_be_over_and_denied_is_disputed() -> None:
    text = ("Baku says the EU mission is over. Brussels says it is not\n"
            "Azerbaijan says the EU Mission in Armenia (EUMA) has ended its work along the border.\n"
            "\"The mission has not ended,\" said mission spokeswoman Anna Nowak.\n"
            "Within hours, EUMA issued a statement saying its patrols were continuing \"as planned\".\n")
    (status,) = _missions(text)
    assert status.status == "disputed"


@pytest.mark.parametrize(("text", "name", "status"), [
    ("Rome halts training in Niger\nItaly has suspended the training activities of its bilateral military mission "
     "in Niger, MISAN, after an attack on a convoy of instructors, the defence minister said.\n", "MISAN", "suspended"),
    ("Training goes on\nWhat will remain is MABIL, the Italian bilateral military mission that has trained and "
     "advised the Lebanese army since 2015. The minister said MABIL had been extended for another year.\n",
     "MABIL", "extended"),
])
def test_an_acronym_apposed_to_a_described_military_mission_names_it(text: str, name: str, status: str) -> None:
    found = {s.mission: s.status for s in _missions(text)}
    assert found.get(name) == status


def test_an_acronym_apposed_to_a_trade_mission_is_no_mission() -> None:
    text = ("Firms go to Iraq\nThe chamber sent its trade mission to Iraq, TMI, on Monday; soldiers guarded the "
            "convoy and the mission was extended by a day.\n")
    assert [s.mission for s in _missions(text) if s.mission == "TMI"] == []


def test_a_past_end_on_a_yearless_date_looks_back() -> None:
    text = ("Last troops home as the peacekeeping mission ends\nBy A. Writer\n14:06, Nov 02 2026\n"
            "Operation Farod, the army's name for the deployment, formally closed on October 31.\n"
            "The last 11 soldiers of Operation Farod landed at the airport on Sunday night.\n")
    found = {s.mission: s.status for s in _missions(text)}
    assert found.get("Operation Farod") == "ended"


def test_a_four_letter_operation_name_stands_alone_when_never_written_in_lower_case() -> None:
    text = ("No combat role, minister insists as new Kudo rotation lands\n"
            "The minister said the force's role in the war will remain the training of recruits in Britain under "
            "Operation Kudo. Troops were deployed there in 2023.\n")
    (status,) = [s for s in _missions(text) if s.mission == "Operation Kudo"]
    assert status.aliases == ("Kudo",) and "train" in status.roles


@pytest.mark.parametrize(("sentence", "mode"), [
    ("The mission was drawing up a withdrawal plan with the authorities.", "future"),
    ("Its peacekeepers must then be withdrawn within 12 months, ZZZ said.", None),
    ("The army struck again after reports of a pause in ZZZ.", None),
    ("The statement said critics had spread \"baseless reports\" of a pause in ZZZ.", "denied"),
])
def test_plans_duties_and_dismissed_reports_are_no_change_under_way(sentence: str, mode: str | None) -> None:
    found = [s.mode for s in signals(sentence) if s.kind == "change"]
    assert found == ([mode] if mode else [])


def test_handing_over_to_a_successor_ends_the_operation() -> None:
    (end,) = signals("ZZZ will hand over to a successor operation on 1 April 2027, the minister said.")
    assert (end.status, end.mode) == ("ended", "future")
    assert signals("The base was handed over to the new owners.") == []


def test_a_long_from_clause_before_a_training_role_is_a_move_to_it() -> None:
    sentence = ("Under ZZZ, the emphasis will shift from basic infantry training of new recruits, which the army's "
                "own centres now deliver at scale, to the training of instructors and specialists.")
    assert [(s.status, s.mode) for s in signals(sentence)] == [("non-combat", "future")]


def test_an_acronym_with_a_slash_after_a_lower_case_mission_head() -> None:
    text = ("Last contingent returns\nThe army's part in the international Counter Daesh/Capacity Building Iraq "
            "mission (CD/CBI) ended on Thursday with the return of the last soldiers from Erbil.\n")
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("CD/CBI", "ended")


def test_an_operation_headquarters_is_no_mission() -> None:
    text = ("EU extends Atalanta\nThe commander spoke at the Operation Headquarters (OHQ) in Rota. Atalanta's "
            "mandate was extended for another two years, and its ships will keep patrolling.\n")
    assert [s.mission for s in _missions(text) if s.mission == "OHQ"] == []


@pytest.mark.parametrize(("sentence", "status"), [
    ("No strikes have been carried out under ZZZ since Nov. 2, the officials said.", "suspended"),
    ("ZZZ has had no combat role in Iraq since Dec. 9, 2021.", "non-combat"),
])
def test_no_strikes_since_a_date_is_a_pause_but_no_combat_role_is_not(sentence: str, status: str) -> None:
    assert [s.status for s in signals(sentence) if s.kind in ("change", "state")][:1] == [status]


@pytest.mark.parametrize("sentence", [
    "Hours later the command said its forces had destroyed another vessel, killing three people aboard.",
    "Over the past six months we have consolidated our forces in the northeast from eight locations to three.",
    "What I have described is a reduction in our footprint, not the end of ZZZ.",
    "“There is no pause. ZZZ continues, and it will continue until the job is done,” he wrote.",
])
def test_strikes_consolidation_and_carrying_on_are_read(sentence: str) -> None:
    assert {s.status for s in signals(sentence)} & {"combat", "drawdown", "ended"}


def test_a_training_group_with_a_hyphened_place_is_a_mission() -> None:
    text = ("Army ends Ukraine training mission\nThe Army formally ended its mission on Thursday, casing the colors "
            "of the Joint Multinational Training Group-Ukraine at a ceremony attended by troops and soldiers.\n")
    assert [s.mission for s in _missions(text)] == ["Joint Multinational Training Group-Ukraine"]


def test_a_change_that_does_not_touch_the_operation_named_after_it() -> None:
    text = ("Red Sea escorts extended\nThe extension doesn't revive Operation Rough Ride, the bombing campaign "
            "against targets in Yemen that ended in May 2025.\n")
    assert [s.status for s in _missions(text) if s.mission == "Operation Rough Ride"] in ([], ["ended"])


def test_an_operation_with_a_number_and_its_spanish_name_are_one() -> None:
    text = ("Navy suspends patrols\nThe Navy has suspended the warship patrols it carries out under Operation Mile 201 "
            "(Operativo Milla 201), its spokesman said. \"The patrols of Milla 201 are suspended for now,\" he said.\n")
    (status,) = _missions(text)
    assert status.status == "suspended" and "Operativo Milla 201" in (status.mission, *status.aliases)


def test_a_month_abbreviation_does_not_end_the_clause_that_dates_an_end() -> None:
    text = ("Unit to leave Lebanon\nSEOUL, Nov. 12 (Yonhap) -- The unit is preparing to leave as the mandate of the "
            "U.N. Interim Force in Lebanon (UNIFIL) ends on Dec. 31, under a decision taken last year.\n")
    (status,) = [s for s in _missions(text) if s.mission == "UNIFIL"]
    assert status.status == "planned"


def test_assailants_neutralised_are_combat() -> None:
    assert {s.status for s in signals("The army said ZZZ had \"neutralised\" around fifteen assailants.")} == {"combat"}


def test_a_decision_to_activate_a_force_plans_it_and_its_short_name_is_the_same_force() -> None:
    text = ("Summit communique\n10. The Authority recalls its decision to activate the ECOWAS Standby Force for "
            "counter-terrorism operations against militants.\n"
            "12. The Authority notes that only four Member States have paid their contributions to the Standby "
            "Force, and urges troops to be ready.\n")
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("ECOWAS Standby Force", "planned")


def test_a_translated_name_with_its_acronym_and_a_new_operation_called_x() -> None:
    text = ("Troops leave the ports as GLO ends; police operation to replace it\n"
            "RIO DE JANEIRO The Guarantee of Law and Order (Garantia da Lei e da Ordem, GLO) operation that put "
            "3,700 soldiers in the ports ended on Tuesday.\n"
            "From the 16th, cargo checks will be led by the police in a new operation called Cais Firme.\n")
    found = {s.mission: s.status for s in _missions(text)}
    assert found == {"GLO": "ended", "Cais Firme": "planned"}


def test_in_a_story_framed_as_a_dispute_a_plain_never_answers_the_claim() -> None:
    text = ("The army says the UN mission has halted patrols; the mission says they never stopped\n"
            "The army chief told lawmakers that MONUSCO had halted its patrols around the city last week.\n"
            "Hours later, MONUSCO said in a statement that its patrols \"have never been suspended\".\n")
    (status,) = _missions(text)
    assert status.status == "disputed"


def test_a_nations_troops_in_the_headline_are_its_named_operation() -> None:
    text = ("Italian troops begin leaving the Kurdistan Region, ministry says\n"
            "About 150 soldiers left Erbil over the weekend, a ministry official said.\n"
            "The Italian deployment, known in Rome as Operation Prima Partha, has been based at a camp near Erbil, "
            "where troops trained local forces.\n")
    (status,) = _missions(text)
    assert status.status == "drawdown"


@pytest.mark.parametrize(("sentence", "mode"), [
    ("Madrid is the first contributor to set a date for the departure of its troops from ZZZ.", "future"),
    ("The ministry said the withdrawal of the contingent, deployed under ZZZ, “will be carried out in phases”.",
     "future"),
])
def test_a_date_set_for_a_departure_and_a_withdrawal_that_will_be_carried_out_are_plans(sentence: str,
                                                                                         mode: str) -> None:
    assert [s.mode for s in signals(sentence) if s.status == "drawdown"] == [mode]


def test_an_operation_named_in_quotation_marks() -> None:
    text = ("Command launches \"Hamrin Dusk\" operation\nThe command announced the launch of a large-scale military "
            "operation, named \"Hamrin Dusk\", to pursue militants; troops killed three fighters on Monday.\n")
    assert [s.mission for s in _missions(text)] == ["Hamrin Dusk"]


def test_a_successor_mission_named_in_apposition_is_planned_and_the_program_is_the_operation() -> None:
    text = ("UK ends training program\nThe U.K.-led Operation Interflux, run by British troops and soldiers, "
            "formally ended on Oct. 31, the ministry said on Nov. 3.\n"
            "The program had been winding down since July, when fewer recruits came.\n"
            "Interflux will be replaced in January by a smaller successor mission, Operation Lintol, which will "
            "train instructors.\n")
    found = {s.mission: (s.status, s.previous_status) for s in _missions(text)}
    assert found["Operation Interflux"] == ("ended", "drawdown")
    assert found["Operation Lintol"][0] == "planned"


def test_a_peacetime_mission_is_no_combat_mission() -> None:
    assert [s.status for s in signals("ZZZ is a peacetime collective defence mission.")] == ["non-combat"]


def test_a_resumption_beside_a_suspension_and_another_change_does_not_crash() -> None:
    text = ("UN peacekeepers resume buffer zone patrols\n"
            "UNFICYP resumed its patrols in Sector Two on Monday after a three-week pause.\n"
            "The mission had suspended the patrols after an incident, and the Security Council extended its mandate "
            "in January.\n"
            "UNFICYP suspended patrols near the old airport last week, a spokesman said.\n")
    (status,) = _missions(text)
    assert status.status in ("extended", "unknown", "non-combat", "suspended", "disputed")


def test_a_restarted_training_mission_is_what_its_roles_say_after_the_pause() -> None:
    text = ("EU police mission resumes training after five-month pause\n"
            "The EU Police Mission for the Palestinian Territories (EUPOL COPS) has restarted its training "
            "programmes, five months after it suspended all field activities.\n"
            "The mission continues to advise and train the Palestinian Civil Police.\n")
    (status,) = _missions(text)
    assert (status.status, status.previous_status) == ("non-combat", "suspended")


def test_will_remain_in_a_non_combat_role_is_the_state_it_is_in() -> None:
    (cue,) = signals("Trainers sent under ZZZ will remain in a strictly non-combat role, limited to teaching.")
    assert (cue.status, cue.kind, cue.mode) == ("non-combat", "state", "fact")


def test_a_clash_that_ended_is_no_end_of_the_mission() -> None:
    assert signals("The ministry said the ZZZ medics in the photo had arrived after the battle had ended.") == []


def test_have_begun_to_draw_down_is_under_way() -> None:
    (cue,) = signals("Since the risk has fallen, we have begun to draw down the air detachment assigned to ZZZ.")
    assert (cue.status, cue.mode) == ("drawdown", "fact")


def test_a_reporters_premise_in_a_transcript_is_no_report() -> None:
    assert signals("Q: Yet your own spokesman said ZZZ patrols were suspended.") == []
    assert signals("My newspaper wrote this week that ZZZ has suspended patrols.") == []


def test_taking_the_fight_to_armed_groups_is_combat() -> None:
    found = signals("ZZZ units keep taking the fight to the militias.")
    assert ("combat", "state", "fact") in [(cue.status, cue.kind, cue.mode) for cue in found]


def test_what_reports_said_is_hearsay() -> None:
    assert signals("Reports carried on Friday by a radio station, quoting a colonel, said the patrols, "
                   "known as ZZZ, had stopped since Tuesday.") == []


def test_another_outlet_s_report_is_hearsay_and_a_body_s_own_report_is_not() -> None:
    assert signals("The Kestria Times report, published on Monday and citing unnamed officials, said ZZZ had "
                   "suspended its patrols since June 9.") == []
    found = signals("The UN report said ZZZ had suspended its patrols since June 9.")
    assert [(cue.status, cue.mode) for cue in found] == [("suspended", "fact")]


def test_operations_against_armed_groups_that_continue_are_combat() -> None:
    found = signals('ZZZ said that "targeted operations against armed groups continue each night".')
    assert [(cue.status, cue.mode) for cue in found] == [("combat", "fact")]


def test_extended_several_times_is_the_time_before() -> None:
    (cue,) = signals("The two governments have since extended ZZZ several times.")
    assert cue.progressive


def test_pursuing_armed_remnants_is_combat() -> None:
    found = signals("Our units under ZZZ are pursuing rebel remnants in the hills.")
    assert ("combat", "fact") in [(cue.status, cue.mode) for cue in found]


def test_will_not_end_until_we_decide_is_no_plan() -> None:
    found = signals("\"ZZZ has not ended, and it will not end until we say the job is done,\" "
                    "the commander said.")
    assert all(cue.mode == "negated" for cue in found if cue.status == "ended")
    (planned,) = [c for c in signals("ZZZ will not end until June 2027.") if c.status == "ended"]
    assert planned.mode == "future"


def test_continuing_a_cross_border_offensive_is_combat() -> None:
    found = signals("Forces are continuing their cross-border offensive in the valley, the commander of ZZZ said.")
    assert [(cue.status, cue.kind) for cue in found] == [("combat", "state")]


def test_a_name_the_kind_word_follows_is_a_mission_whatever_its_acronym_spells() -> None:
    text = ("Norland army leaves ports\n"
            "The Public Order Support (APO) operation in the ports of Vell and Kestria ended this Monday, after 15 "
            "months. The approximately 3,700 soldiers began returning to their units.")
    assert [(m.mission, m.status) for m in _missions(text)] == [("APO", "ended")]


def test_an_armed_group_s_operation_or_a_space_mission_named_so_is_none() -> None:
    assert _missions("Clashes in the north\nThe Popular Defence Forces (PDF) operation against army posts "
                     "killed 12 soldiers, the army said.") == []
    assert _missions("Probe reaches asteroid\nThe Double Asteroid Redirection Test (DART) mission ended in "
                     "2022 when the spacecraft hit the moonlet.") == []


def test_a_ship_sailing_for_a_rotation_under_an_operation_neither_leaves_nor_plans_it() -> None:
    text = ("Frigate sails for sanctions patrol\n"
            "The frigate HMAS Kestrel departed Fleet Base West today for a three-month deployment to North Asia as "
            "part of Operation Vell Watch, which monitors and deters sanctions evasion at sea. Troops and sailors "
            "of the navy are aboard.\n"
            "The ministry will give more details of the deployment in due course.")
    (found,) = _missions(text)
    assert (found.status, set(found.roles) >= {"monitor"}) == ("non-combat", True)


def test_deploying_in_a_later_half_year_is_a_plan() -> None:
    text = ("Kestria pledges battalion\n"
            "Published 12 November 2026\n"
            "Kestria will contribute 1,000 soldiers to the Vell Standby Force's new brigade when it deploys in the "
            "second half of 2028, the defence minister told parliament. No soldier has been deployed yet.")
    assert [(m.mission, m.status) for m in _missions(text)] == [("Vell Standby Force", "planned")]


@pytest.mark.parametrize("sentence", [
    "Warships assigned to ZZZ have engaged Kestrian uncrewed aerial vehicles (UAVs) and anti-ship missiles daily.",
    '"We are in combat," the commodore commanding ZZZ said.',
    "ZZZ ships had destroyed 23 UAVs by 17 August.",
])
def test_fighting_off_drones_and_missiles_is_combat(sentence: str) -> None:
    assert ("combat", "fact") in [(cue.status, cue.mode) for cue in signals(sentence)]


def test_combat_roles_that_ended_are_no_combat_now() -> None:
    assert [cue for cue in signals("Troops of ZZZ were in combat roles until 2021.") if cue.status == "combat"] == []


def test_a_preamble_recalling_earlier_decisions_is_background() -> None:
    text = ("Communique of the 88th meeting of the Regional Security Council\n"
            "Adopted on 24 June 2027.\n"
            "Recalling its communique of 2026, by which it authorized the deployment of the Vell Stabilization "
            "Mission (VSM) with effect from 1 January 2027, and its communique of March 2027 on the VSM;\n"
            "Also recalling that the VSM is to be deployed across the north;\n"
            "1. Takes note of the briefing of the Commissioner;\n"
            "5. Decides to extend the mandate of the VSM for a further period of six months, from 1 July 2027 to "
            "31 December 2027, and asks its troops and soldiers to stay;")
    assert [(m.mission, m.status) for m in _missions(text)] == [("VSM", "extended")]


def test_the_agency_report_a_denial_answers_is_hearsay_up_to_the_next_speaker() -> None:
    assert signals("The statement came hours after the Kestria News agency, citing three officers and a diplomat, "
                   "reported Tuesday that ZZZ had halted the offensive.") == []
    found = signals("Two days after Kestrian media reported that training had been halted, the deputy commander of "
                    "ZZZ insisted that ZZZ had not suspended its training.")
    assert [(cue.status, cue.mode) for cue in found] == [("suspended", "negated")]


def test_a_force_described_in_the_lead_is_the_mission_and_its_description_weighs_less() -> None:
    text = ("Lake force halts offensive\n"
            "VELL, 14 September 2027 - A regional force fighting insurgents around Lake Vell has suspended its "
            "offensive against militant camps on the islands, three military officers said on Tuesday.\n"
            "The Lake Vell Joint Task Force (LVJTF), made up of troops from four countries, is based in Vell.")
    assert [(m.mission, m.status) for m in _missions(text)] == [("LVJTF", "suspended")]


def test_announcing_that_a_deployment_will_continue_until_a_later_year_extends_it() -> None:
    found = signals("The ministry denied reports that Norland is halving its troops in Kestria and announced that "
                    "ZZZ will continue until at least the end of 2031.")
    assert [(cue.status, cue.mode) for cue in found] == [("extended", "fact")]
    kept = signals("UN keeps ZZZ going for another year, but critics say it is not enough")
    assert [(cue.status, cue.mode) for cue in kept] == [("extended", "fact")]


def test_the_country_that_runs_an_operation_gives_its_troops_to_it() -> None:
    text = ("Army quietly halves Vellian battlegroup in Kestria\n"
            "Published 17 May 2027\n"
            "The army has begun to halve the size of the Vellian battlegroup in Kestria, with about 250 soldiers "
            "already withdrawn since March, according to defence sources.\n"
            "Vellia has led the multinational battlegroup in Kestria since 2017 under Operation Harbour Gate, and "
            "promised to keep a brigade ready to reinforce it.")
    assert [(m.mission, m.status) for m in _missions(text)] == [("Operation Harbour Gate", "drawdown")]


def test_an_end_not_yet_announced_is_no_word_either_way() -> None:
    found = signals("The last troops left the province, officials said, though the ministry has yet to announce "
                    "the end of ZZZ.")
    assert ("ended", "negated") not in [(cue.status, cue.mode) for cue in found]


def test_a_partnership_with_the_mission_that_does_not_end_is_not_the_mission() -> None:
    text = ("Troops leave Vell\n"
            "Published 13 April 2027\n"
            "The last Kestrian troops left Vell province over the weekend, ending Operation Lantern there, officials "
            "said, though the ministry has yet to announce the end of the mission.\n"
            '"Our partnership with Operation Lantern does not end because a base closes," a commander said.')
    assert [(m.mission, m.status) for m in _missions(text)] == [("Operation Lantern", "ended")]


@pytest.mark.parametrize("sentence", [
    "Second, I've seen the reporting over the last 48 hours that U.S. forces have left Vell and that ZZZ has ended.",
    "There are reports that ZZZ has effectively been disbanded.",
])
def test_reporting_a_briefer_has_seen_and_reports_there_are_are_hearsay(sentence: str) -> None:
    assert signals(sentence) == []


def test_what_a_verb_of_closing_closes_is_the_mission_after_it() -> None:
    text = ("Council closes another mission\n"
            "Published 14 May 2027\n"
            "The council closed the UN Verification Mission in Vell (UNVM) in February 2024 at the request of the "
            "government, and shut down its assistance mission in Kestria, the UN Assistance Mission in Kestria "
            "(UNKAM), at the end of 2026. Its troops and soldiers went home.")
    statuses = {m.mission: m.status for m in _missions(text)}
    assert statuses.get("UNKAM") == "ended"


def test_a_mission_naming_an_order_is_not_the_subject_of_the_order_s_clause() -> None:
    text = ("Simulator order for Kestria training\n"
            "Published 20 October 2027\n"
            "The Vell Training Mission (VTM) trains soldiers and does not send trainers into Kestria; it has no "
            "combat role.\n"
            "The VTM order follows national training efforts that are being folded into the alliance structure.")
    assert [(m.mission, m.status) for m in _missions(text)] == [("VTM", "non-combat")]
