"""Status vocabulary beyond "ended" and "extended": renewals worded as keeping a force, obligations, a mission
that carries on, a host revoking its agreement, court rulings, and cues whose subject is not the mission."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.analyse.mission_cues import signals
from bot.analyse.mission_roles import roles
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _article(text: str) -> Article:
    return Article(id="v1", source="test", title=text.split("\n", 1)[0], text=text,
                   fetched_at=datetime(2024, 1, 1, tzinfo=UTC))


def _one(text: str, published: date | None) -> MissionStatus:
    found = extract_missions(_article(text), published)
    assert len(found) == 1, found
    return found[0]


def test_a_council_that_did_not_end_a_mandate_as_asked_but_renewed_it_extended_it() -> None:
    # the request before "but" governs its own clause only, and "until" a later date is the new horizon
    text = (
        "Council renews Western Sahara mission\n"
        "The Security Council did not terminate the mandate of MINURSO, as Rabat had asked in a letter, "
        "but renewed it until Oct. 31, 2025, in a resolution adopted on Thursday.\n"
    )
    assert _one(text, date(2024, 10, 31)).status == "extended"


def test_keeping_a_force_for_another_year_is_an_extension() -> None:
    text = (
        "Council keeps Cyprus peacekeepers for a further year\n"
        "The Security Council on Monday voted to keep its peacekeeping force on the divided island for a "
        "further year, rejecting calls that UNFICYP be wound up.\n"
    )
    assert _one(text, date(2024, 1, 29)).status == "extended"


def test_keeping_something_else_for_another_year_is_no_extension() -> None:
    cues = signals("The government kept the curfew in place for another month, KFOR said.")
    assert not [c for c in cues if c.status == "extended"]


def test_an_obligation_to_renew_is_no_renewal() -> None:
    text = (
        "Observers hold their line in Kashmir\n"
        "The U.N. observer group said on Tuesday that its observers remained at their field stations and were "
        "continuing to monitor the Line of Control.\n"
        "The mission is known as UNMOGIP. The Security Council, which must renew UNMOGIP's funding every year, "
        "meets next month.\n"
    )
    status = _one(text, date(2024, 3, 12))
    assert status.mission == "UNMOGIP"
    assert status.status == "non-combat"
    assert "monitor" in status.roles


def test_a_duty_is_no_status_change_but_still_a_role() -> None:
    assert not signals("The Security Council, which has to renew ZZZZ's mandate every year, meets in June.")
    assert roles("Under the truce the force must monitor the line of separation.") == ["monitor"]


def test_a_host_revoking_the_agreement_while_the_mission_says_it_goes_on_is_a_dispute() -> None:
    text = (
        "Juba cancels status deal for UN mission\n"
        "JUBA, May 6, 2025 (AFP) - South Sudan's government has revoked the status-of-forces agreement for the "
        "United Nations Mission in South Sudan, the information ministry said, but UNMISS said on Tuesday its "
        "mission was still operating.\n"
        "\"Our mission is not over,\" a UNMISS spokeswoman said. \"Our staff remain at their posts.\"\n"
    )
    status = _one(text, date(2025, 5, 6))
    assert (status.mission, status.status) == ("UNMISS", "disputed")


def test_withdrawing_a_missions_immunities_is_not_a_drawdown() -> None:
    cues = signals("The junta is withdrawing the privileges and immunities of ZZZZZ, officials said.")
    assert [(c.status, c.mode) for c in cues] == [("ended", "fact")]


def test_no_longer_operating_is_an_end() -> None:
    cues = signals("The mission is no longer operating in the north, the ministry said.")
    assert [(c.status, c.kind, c.mode) for c in cues] == [("ended", "change", "fact")]


@pytest.mark.parametrize("sentence", [
    "ZZZZ formally ended its mission on Sunday, but the war is not over, commanders said.",
    "ZZZZ lowered its flag on Sunday, and the threat is still there, officials said.",
])
def test_what_carries_on_or_is_over_must_be_the_mission(sentence: str) -> None:
    cues = signals(sentence)
    assert [c.status for c in cues] == ["ended"]
    assert all(c.mode == "fact" and c.kind == "change" for c in cues)


def test_a_mission_that_ended_while_the_war_goes_on_is_not_disputed() -> None:
    text = (
        "Kosovo mission closes\n"
        "PRISTINA, June 14, 2024 - EULEX Kosovo formally ended its mission on Friday, but the dispute over "
        "the north is not over, diplomats said.\n"
    )
    assert _one(text, date(2024, 6, 14)).status == "ended"


def test_a_court_blocking_a_deployment_suspends_the_mission() -> None:
    text = (
        "Court halts troop deployment\n"
        "FREETOWN, March 8, 2024 (AP) - A Sierra Leone court on Friday blocked the government's plan to send "
        "600 soldiers to the African Union Transition Mission in Somalia, ruling that the deployment was "
        "unlawful.\n"
    )
    status = _one(text, date(2024, 3, 8))
    assert (status.mission, status.status) == ("ATMIS", "suspended")


@pytest.mark.parametrize("sentence", [
    "A judge barred the government from deploying engineers to ZZZZ until the case is heard.",
    "The constitutional court on Tuesday halted the deployment of 200 medics to ZZZZ.",
    "The tribunal froze the government's plan to send police to ZZZZ.",
])
def test_a_blocked_deployment_is_a_suspension(sentence: str) -> None:
    assert [(c.status, c.mode) for c in signals(sentence) if c.kind == "change"][-1:] == [("suspended", "fact")]


def test_a_deployment_that_was_not_blocked_is_no_suspension() -> None:
    cues = signals("The court did not block the deployment of police to ZZZZ, the ruling said.")
    assert not [c for c in cues if c.status == "suspended" and c.mode == "fact"]


@pytest.mark.parametrize("sentence", [
    "ZZZZ troops stayed at their posts, the mission said.",
    "Our observers remain in their forward positions.",
    "The mission continues to operate from its base in the capital.",
])
def test_carrying_on_speaks_against_an_end(sentence: str) -> None:
    assert [(c.status, c.kind) for c in signals(sentence)] == [("ended", "persist")]


def test_a_ruling_that_the_plan_is_unconstitutional_is_a_suspension_not_a_plan() -> None:
    (cue,) = [c for c in signals(
        "A judge ruled that the plan to send 300 engineers to ZZZZZ is unconstitutional."
    ) if c.status == "suspended"]
    assert cue.mode == "fact"


def test_a_ruling_that_a_deployment_is_not_unlawful_suspends_nothing() -> None:
    cues = signals("The court ruled that the deployment to ZZZZZ was not unlawful.")
    assert not [c for c in cues if c.status == "suspended"]


def test_a_mission_left_in_limbo_is_suspended() -> None:
    cues = signals("The ruling leaves the deployment of ZZZZ in limbo.")
    assert [c.status for c in cues if c.kind == "change"] == ["suspended"]


def test_leaving_people_somewhere_is_no_departure() -> None:
    cues = signals("ZZZZ troops pulled back, leaving Afghans in the border towns without protection.")
    assert [c.status for c in cues] == ["drawdown"]  # "pulled back", not "leaving Somalis"


def test_withdrawing_from_an_agreement_is_no_drawdown() -> None:
    cues = signals("ZZZZ kept patrolling as Moscow withdrew from the grain export agreement on Monday.")
    assert not [c for c in cues if c.status in ("drawdown", "ended")]


def test_a_role_can_be_what_the_mission_is_doing_right_after_its_name() -> None:
    assert roles("The naval mission protecting shipping in the strait has three frigates.") == ["protect"]
    assert roles("A force tasked with monitoring the ceasefire arrived on Monday.") == ["monitor"]
    assert roles("Villagers protecting their homes fled as the troops approached.") == []


def test_what_the_missions_people_do_in_the_present_are_its_roles() -> None:
    assert roles("Its staff train recruits at bases abroad and assist with logistics.") == ["train", "assist"]
    assert roles("The mission, which trains special forces, was set up in 2021.") == ["train"]
    assert roles("Their officers supported the coup.") == []


def test_an_alliance_body_with_a_missions_task_in_its_name_is_a_mission() -> None:
    from bot.analyse.mission_names import find_missions

    text = (
        "Alliance opens hub\n"
        "BRUSSELS, May 2, 2024 - NATO Security Assistance and Training for Moldova (NSATM) opened a depot on "
        "Tuesday for the troops it trains. NSATM staff train soldiers and assist with logistics.\n"
    )
    named, _ = find_missions(text)
    assert [n.name for n in named] == ["NSATM"]
    plain = "BRUSSELS - The NATO Parliamentary Assembly (NPA) met on Tuesday. NPA members discussed troops.\n"
    assert find_missions(plain)[0] == []


@pytest.mark.parametrize(
    ("sentence", "drawdown"),
    [
        ("The minister confirmed that Operation Ruval had begun shrinking from 10,000 to 7,000 soldiers.", True),
        ("The army cut its troops in the region by half last month.", True),
        ("The shrinking budget worried the mission's commanders.", False),
        ("Member states lost interest in the mission as their defence budgets shrank.", False),
        ("The budget cut hurt the mission.", False),
    ],
)
def test_shrinking_or_cutting_troops_is_a_drawdown_a_shrinking_budget_is_not(sentence: str, drawdown: bool) -> None:
    from bot.analyse.mission_cues import signals

    assert any(s.status == "drawdown" and s.mode == "fact" for s in signals(sentence)) is drawdown


def test_raids_that_were_part_of_an_operation_make_it_a_combat_operation() -> None:
    from bot.analyse.mission_cues import signals

    found = signals("The raids were part of Operation Kestrel, Ruritania's contribution to the campaign.")
    assert [(s.status, s.kind, s.mode) for s in found] == [("combat", "state", "fact")]
    assert not signals("The talks were part of a wider effort to end the war.")


def test_a_completed_withdrawal_told_at_length_is_an_end() -> None:
    from bot.analyse.mission_cues import signals

    for sentence in (
        "The withdrawal of VMDC troops, equipment and materiel from the eastern region was completed on 11 June.",
        'The secretariat said the mission had "completed its mandate and the withdrawal of all its personnel".',
    ):
        assert [(s.status, s.previous) for s in signals(sentence) if s.mode == "fact"] == [("ended", "drawdown")]


def test_an_end_date_is_no_ending() -> None:
    from bot.analyse.mission_cues import signals

    assert signals("The operation will run well beyond its previous end date of March 2026.") == []


def test_a_decided_extension_told_in_the_future_is_an_extension() -> None:
    from bot.analyse.missions import extract_missions

    text = (
        "Ruritania extends Operation Kestrel\n"
        "Ruritania will keep about 2,000 troops in Valmark until at least March 2029, extending Operation "
        "Kestrel, its largest deployment abroad, the defence minister said.\n"
        "The extension of the mandate, approved by the cabinet last week, means the operation will run beyond "
        "its previous end date.\n"
    )
    article = Article(id="k1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 5, 2, tzinfo=UTC))
    (status,) = extract_missions(article, date(2026, 5, 2))
    assert status.status == "extended"


def test_a_unit_folded_into_another_ends_and_next_year_is_still_to_come() -> None:
    assert [(s.status, s.mode) for s in signals(
        "The battlegroup, which has been based in Rukla since 2017, will be folded into the new brigade.")] == [
        ("ended", "future")]
    assert [(s.status, s.mode) for s in signals(
        "The battlegroup is merged into the new armoured brigade next year, officials said.")] == [
        ("ended", "future")]


def test_a_catalogued_nato_deployment_is_found_by_its_lower_case_acronym() -> None:
    from bot.analyse.mission_names import find_missions

    named, _ = find_missions("The German-led NATO enhanced Forward Presence (eFP) battlegroup will be folded into "
                             "the brigade, officials said. The eFP troops and soldiers stay until then.")
    assert [n.name for n in named] == ["enhanced Forward Presence"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"For the capital, the end of VOM is a symbol," the minister said.', []),
        ("The end of the mission was announced on Monday.", [("ended", "fact")]),
        ("What It Leaves Behind Is Less Clear", []),
    ],
)
def test_an_ending_named_as_a_symbol_or_what_is_left_behind_is_no_report(sentence: str, expected: list) -> None:
    assert [(s.status, s.mode) for s in signals(sentence) if s.kind == "change"] == expected


def test_a_drawdown_that_went_on_until_the_end_is_what_came_before_it() -> None:
    text = (
        "Operation Kestrel ends in Valmark\n"
        "Operation Kestrel came to an end on Tuesday, the task force said in a statement. "
        "The operation had been drawing down its troops since September under an agreement with the army.\n"
    )
    article = Article(id="v1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 5, 2, tzinfo=UTC))
    found = extract_missions(article, date(2026, 5, 2))
    assert [(m.status, m.previous_status) for m in found] == [("ended", "drawdown")]


def test_a_resumed_operation_is_what_it_does_again_and_was_suspended_before() -> None:
    text = (
        "EU naval operation Kestrel resumes embargo inspections after three-week pause\n"
        "Operation Kestrel resumed boardings of suspect ships on Monday, three weeks after it halted boardings "
        "following a standoff with a militia.\n"
        "Kestrel, launched in March 2020, is a non-combat operation whose primary task is to implement the arms "
        "embargo. It also monitors illegal exports of oil and trains the coast guard and navy.\n"
    )
    article = Article(id="r1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 7, 8, tzinfo=UTC))
    (status,) = extract_missions(article, date(2026, 7, 8))
    assert (status.status, status.previous_status) == ("non-combat", "suspended")
    assert {"monitor", "train"} <= set(status.roles)


def test_a_mandate_due_to_expire_or_last_extended_is_neither_a_plan_nor_an_extension() -> None:
    text = (
        "Council weighs the future of the mission\n"
        "With the mandate of the UN Mission in Valmark (UNMIV) due to expire at the end of the month, Council "
        "members are divided over its future. The mission's current mandate, last extended in May 2025, expires "
        "on 30 April. The mission protects civilians at its bases.\n"
    )
    article = Article(id="u1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 4, 10, tzinfo=UTC))
    found = extract_missions(article, date(2026, 4, 10))
    assert [m.status for m in found] != ["planned"] and [m.status for m in found] != ["extended"]


def test_a_plan_for_a_force_that_would_be_deployed_later_is_planned() -> None:
    text = (
        "Coalition finalises plan for Multinational Force Ukraine, deployment only after ceasefire\n"
        "The coalition has finalised the operational plan for a Multinational Force Ukraine, which would be "
        "deployed only after a ceasefire comes into force, the minister said. She stressed that the force would "
        "not be deployed to the front line and that its troops would train Ukrainian units.\n"
    )
    article = Article(id="p1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 3, 2, tzinfo=UTC))
    (status,) = extract_missions(article, date(2026, 3, 2))
    assert status.status == "planned"


def test_not_sending_troops_at_all_is_still_a_negation() -> None:
    assert [(s.status, s.mode) for s in signals("France has said it will not send combat troops back.")
            if s.kind == "intent"] == [("planned", "negated")]


def test_exchanging_fire_with_pirates_is_combat() -> None:
    assert [(s.status, s.kind) for s in signals("The ZZZ exchanged fire with armed pirates on Tuesday.")] == [
        ("combat", "state")]


def test_what_a_predecessor_did_in_an_unlike_clause_is_not_the_missions_status() -> None:
    text = (
        "Soldier missing in Somalia\n"
        "Ugandan troops are serving under the African Union Support and Stabilisation Mission in Somalia (AUSSOM). "
        "Unlike its predecessor, which was handing over bases to Somali forces, AUSSOM has been fighting alongside "
        "the Somali National Army to retake territory.\n"
    )
    article = Article(id="s1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 5, 2, tzinfo=UTC))
    (status,) = [m for m in extract_missions(article, date(2026, 5, 2)) if m.mission == "AUSSOM"]
    assert status.status == "combat"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We are not leaving Lebanon in a hurry," the spokesperson said.', ("drawdown", "fact")),
        ("The spokesman denied that the mission had been halted for good.", ("suspended", "fact")),
        ("The army denied that the mission had been halted.", ("suspended", "denied")),
        ("The mission has not left the country.", ("drawdown", "negated")),
    ],
)
def test_negating_the_manner_or_the_permanence_leaves_the_change_itself(sentence: str, expected: tuple) -> None:
    assert [(s.status, s.mode) for s in signals(sentence) if s.kind == "change"] == [expected]


def test_pressing_or_continuing_an_offensive_is_combat() -> None:
    for sentence in ("Police and ZZZ continued on Thursday a joint offensive against armed groups.",
                     "Haitian police and ZZZ press offensive east of the capital"):
        assert [(s.status, s.kind) for s in signals(sentence)] == [("combat", "state")]


def test_who_backs_a_force_is_no_part_of_its_name() -> None:
    from bot.analyse.mission_names import find_missions
    from bot.analyse.mission_patterns import unlisted_names

    text = ("The U.N.-backed Gang Suppression Force in Haiti has suspended its offensive operations, the army "
            "said. Troops and soldiers of the force were deployed in 2025.")
    assert [text[a:b] for a, b in unlisted_names(text)] == ["Gang Suppression Force in Haiti"]
    assert find_missions(text)[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The first course for Ukrainian staff officers concluded on Friday.", []),
        ("Talks on the mission ended without agreement.", []),
        ("The mission concluded its work on Friday.", [("ended", "fact")]),
        ("ZZZ describes it as a continuing drawdown rather than a completed withdrawal.",
         [("ended", "negated"), ("drawdown", "fact")]),
        ("Destroyers of ZZZ shot down 11 drones and two cruise missiles.", [("combat", "fact")]),
    ],
)
def test_what_ended_is_the_mission_and_what_it_is_rather_than_what_it_is_not(sentence: str, expected: list) -> None:
    assert [(s.status, s.mode) for s in signals(sentence) if s.kind in ("change", "state")] == expected


def test_a_role_noun_joined_to_a_hyphenated_one_still_names_a_role() -> None:
    assert "advise" in roles("NMI is a non-combat advisory and capacity-building mission.")


def test_financing_in_limbo_is_not_the_mission_suspended() -> None:
    assert signals("The vote left ZZZ's financing exactly where it was: in limbo.") == []
    assert signals("The vote left the force's financing exactly where it was: in limbo.") == []
    assert [(s.status, s.mode) for s in signals("The operations of ZZZ remain in limbo after the coup.")] == [
        ("suspended", "fact")]


def test_the_haiti_mission_is_known_by_its_acronym() -> None:
    from bot.analyse.mission_names import find_missions

    named, _ = find_missions("Last Kenyan police officers jet home as Haiti MSS mission ends, the troops said.")
    assert [("Multinational Security Support Mission" in (n.name, *n.aliases)) for n in named] == [True]


def test_an_operation_named_in_passing_is_found_again_and_a_joint_operation_against_militants_is_combat() -> None:
    text = (
        "Militia fight alongside army in valley operation\n"
        "KIRKUK, May 2, 2024 - Army units and local fighters advanced into the hills on Tuesday, the third day of "
        "a joint operation against Islamic State remnants, commanders said.\n"
        "The brigade's commander said the operation, dubbed Desert Lantern by the joint command, had cleared six "
        "villages.\n"
        "Desert Lantern would move into its second phase next week, the army said.\n"
    )
    status = _one(text, date(2024, 5, 2))
    assert (status.mission, status.status) == ("Desert Lantern", "combat")
    assert [s.status for s in signals("a joint operation against militants entered its third week")] == ["combat"]
    # the operation named as the theme of a halt is no report that it is fighting
    assert "combat" not in {s.status for s in signals("denied that its operation against militants had stopped")}


@pytest.mark.parametrize("sentence", [
    "The future of the mission is unclear after the government let the deadline pass.",
    "Future of border mission in doubt as talks stall",
    "Cabinet has not yet made a decision on the future of the deployment.",
    "The fate of the observer force remains up in the air.",
])
def test_a_future_left_undecided_is_an_open_question(sentence: str) -> None:
    assert ("unknown", "open", "fact") in [(s.status, s.kind, s.mode) for s in signals(sentence)]


def test_an_article_about_a_mission_whose_future_is_undecided_reports_no_status() -> None:
    text = (
        "Future of lake monitoring mission in doubt as council talks stall\n"
        "NEW YORK, May 2, 2024 - Council members remain split over renewal of the Lake Observer Mission's mandate, "
        "with three weeks left before it expires, diplomats said. The Lake Observer Mission has 200 troops and "
        "monitors the ceasefire line.\n"
    )
    assert _one(text, date(2024, 5, 2)).status == "unknown"


def test_a_renewal_that_talks_are_about_has_not_happened() -> None:
    assert signals("Negotiations on renewing its mandate stalled on Tuesday.") == []
    assert [s.status for s in signals("The council renewed its mandate on Tuesday.")] == ["extended"]


@pytest.mark.parametrize("sentence", [
    "There have been reports that the mission has been suspended.",
    "Some media outlets have reported that the ministry has suspended the mission.",
])
def test_reports_nobody_is_named_for_are_hearsay(sentence: str) -> None:
    assert signals(sentence) == []


def test_keeping_troops_until_a_later_date_by_decision_is_an_extension() -> None:
    text = (
        "Norland keeps troops on border\n"
        "CAPITAL, May 2, 2024 - The government will keep 5,000 soldiers and marines on its northern border until "
        "30 June 2025, six months beyond the date on which the deployment was due to end, the cabinet announced. "
        "The deployment, known as Operation Northern Wall, began in 2023.\n"
    )
    assert _one(text, date(2024, 5, 2)).status == "extended"
    assert [s.mode for s in signals("The army will keep its troops in the town until 2026, officials hope.")
            if s.status == "extended"] == ["future"]


def test_a_list_of_roles_may_repeat_to() -> None:
    assert roles("Our role is to train and to advise.") == ["train", "advise"]


def test_stopping_patrols_suspends_and_a_most_recent_extension_is_the_time_before() -> None:
    text = (
        "Monitors halt patrols\n"
        "TALLINN, May 2, 2024 - The EU Monitoring Mission in Norland (EUMN) had stopped sending patrols out of its "
        "field offices, the minister said. The mission's mandate was most recently extended until December 2024, "
        "and a decision on its renewal is expected in the coming weeks.\n"
    )
    assert _one(text, date(2024, 5, 2)).status == "suspended"
    assert signals("The army stopped its patrols on Monday.")[0].status == "suspended"
    assert [s.status for s in signals("Police stopped the car at the border.")] == []
