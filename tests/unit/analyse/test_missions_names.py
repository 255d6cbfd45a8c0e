"""How one mission is recognised under the several names an article gives it: a lower-cased head noun, a
descriptive phrase ("a UN-backed mission"), a long form followed by its acronym, a shorter form of a
catalogued name; and what is not a name at all."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.mission_names import find_missions
from bot.analyse.missions import extract_missions
from bot.models import Article, MissionStatus


def _article(text: str) -> Article:
    return Article(id="n1", source="test", title=text.split("\n", 1)[0], text=text,
                   fetched_at=datetime(2024, 1, 1, tzinfo=UTC))


def _missions(text: str, published: date | None = date(2024, 5, 2)) -> list[MissionStatus]:
    return extract_missions(_article(text), published)


def test_a_catalogued_long_form_with_a_lower_case_head_noun_is_the_mission() -> None:
    text = (
        "Liberia drawdown\n"
        "MONROVIA, May 2, 2024 - The United Nations mission in Liberia began withdrawing its last 400 troops "
        "on Thursday, a spokesman said.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("UNMIL", "drawdown")
    assert "United Nations mission in Liberia" in status.aliases


def test_a_backed_mission_is_the_one_the_article_names_even_if_its_backer_does_not_run_it() -> None:
    text = (
        "Rwandan engineers join southern African force\n"
        "KIGALI, May 2, 2024 - Rwanda sent 200 engineers on Thursday to join the UN-backed mission in "
        "northern Mozambique, the army said.\n"
        "The SADC Mission in Mozambique has about 2,000 troops.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "SAMIM"
    assert "UN-backed mission" in status.aliases


def test_a_backed_mission_named_only_by_its_place_and_kind_is_the_one_catalogue_mission_that_fits() -> None:
    text = (
        "Somali cadets graduate\n"
        "MOGADISHU, May 2, 2024 - Some 300 Somali soldiers graduated on Thursday from courses run by the "
        "UN-endorsed training mission in Somalia, officers said. The mission's mandate was extended until "
        "2026 last month.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("EUTM Somalia", "extended")
    assert "UN-endorsed training mission in Somalia" in status.aliases


def test_a_backed_force_with_nothing_of_its_own_is_not_guessed_from_the_catalogue() -> None:
    text = (
        "Bangui patrols\n"
        "BANGUI, May 2, 2024 - Troops of the UN-mandated stabilisation force in the Central African Republic "
        "patrolled the capital on Thursday, soldiers said.\n"
    )
    assert _missions(text) == []


def test_an_uncatalogued_mission_with_its_acronym_in_apposition_is_one_mission_named_by_the_acronym() -> None:
    text = (
        "Baltic cable patrols begin\n"
        "COPENHAGEN, May 2, 2024 - Defence ministers on Thursday approved a joint naval mission, the Nordic "
        "Cable Protection Mission, or NCPM, to guard undersea cables with frigates and drones.\n"
        "The NCPM will begin patrols in June.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "NCPM"
    assert "Nordic Cable Protection Mission" in status.aliases
    assert status.status == "planned"


def test_a_descriptive_phrase_with_its_acronym_in_apposition_names_a_mission_of_its_own() -> None:
    text = (
        "Burkina ends EU cooperation\n"
        "OUAGADOUGOU, May 2, 2024 - The junta also ended its participation in a separate EU border "
        "assistance mission, EUBAM, the ministry said, while the EU's civilian mission EUCAP Sahel Mali "
        "said its troops and staff would stay.\n"
    )
    named, _ = find_missions(text)
    by_name = {n.name: n.aliases for n in named}
    assert "EU border assistance mission" in by_name["EUBAM"]
    assert "EU border assistance mission" not in by_name["EUCAP Sahel Mali"]


def test_a_known_acronym_after_known_as_joins_its_long_form() -> None:
    text = (
        "Congo deployment\n"
        "GOMA, May 2, 2024 - The SADC Mission in the DRC, known as SAMIDRC, said its troops had begun "
        "patrols around Goma on Thursday.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "SAMIDRC"


def test_a_shorter_form_of_a_catalogued_name_is_no_second_mission() -> None:
    text = (
        "Somali army training resumes\n"
        "MOGADISHU, May 2, 2024 - The EU Training Mission said on Thursday that 400 Somali soldiers had "
        "started a new course at its camp, after militants attacked army posts last month.\n"
        "EUTM Somalia has trained more than 7,000 troops since 2010.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "EUTM Somalia"
    assert "EU Training Mission" in status.aliases


def test_a_pattern_name_does_not_swallow_the_word_before_it() -> None:
    text = (
        "Georgia monitors\n"
        "TBILISI, May 2, 2024 - The EU Monitoring Mission in Georgia said its unarmed monitors would continue "
        "to monitor the boundary line, as troops massed and military drills began on the other side.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("EUMM Georgia", "non-combat")
    assert not [a for a in status.aliases if a.startswith("The ")]


def test_verbs_and_function_words_are_never_part_of_a_descriptive_name() -> None:
    text = (
        "Mali mission row\n"
        "BAMAKO, May 2, 2024 - The EU insists the mission is still working, and EUTM Mali said its trainers "
        "remained at their posts. The United Nations that its peacekeepers replaced had no say.\n"
    )
    named, _ = find_missions(text)
    aliases = [a for n in named for a in n.aliases]
    assert not [a for a in aliases if "insists" in a or " that " in a]


def test_a_long_form_before_its_acronym_never_reaches_back_over_a_sentence_end() -> None:
    text = (
        "Peacekeeping review\n"
        "The biggest exit came in East Africa. The African Union Transition Mission in Somalia (ATMIS) ended "
        "on 31 December 2024, when its last troops left Mogadishu.\n"
    )
    (status,) = _missions(text, date(2025, 1, 2))
    assert status.mission == "ATMIS"
    assert not [a for a in status.aliases if "." in a]


def test_an_undefined_acronym_that_spells_a_mission_found_by_its_shape_names_that_mission() -> None:
    text = (
        "Adriatic cable patrols\n"
        "ROME, May 2, 2024 - Defence ministers on Thursday approved the Adriatic Maritime Protection Mission, "
        "a joint naval operation with frigates and drones to guard undersea cables.\n"
        "Officials said AMPM warships would begin patrols in June, with troops on standby.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "AMPM"
    assert "Adriatic Maritime Protection Mission" in status.aliases
    assert status.status == "planned"


def test_a_force_named_by_its_kind_is_a_mission_but_air_and_defence_forces_are_not() -> None:
    text = (
        "Regional troops pull back\n"
        "GOMA, May 2, 2024 - Soldiers of the East African Regional Force began leaving their bases on Thursday, "
        "while the South African National Defence Force and the Kenya Air Force said their troops would stay.\n"
    )
    named, _ = find_missions(text)
    assert [n.name for n in named] == ["East African Regional Force"]
    (status,) = _missions(text)
    assert status.status == "drawdown"


def test_known_as_makes_one_mission_of_a_name_and_an_acronym_that_does_not_spell_it() -> None:
    text = (
        "Troops head home\n"
        "GOMA, May 2, 2024 - The Southern Regional Stabilisation Mission in the Kivus, known as SOREM, began "
        "withdrawing its troops on Thursday, the army said. SOREM soldiers had fought rebels for two years.\n"
    )
    named, _ = find_missions(text)
    assert [n.name for n in named] == ["SOREM"]


def test_a_headline_without_a_name_is_about_the_mission_the_story_names_first() -> None:
    text = (
        "Regional troops begin leaving as mission winds down\n"
        "GOMA, May 2, 2024 - The Southern Regional Stabilisation Mission (SOREM) will end by June 30, the army "
        "said, and its first soldiers crossed the border on Thursday.\n"
        "The withdrawal leaves the U.N. peacekeeping mission, MONUSCO, alone in the province. MONUSCO has "
        "12,000 troops there.\n"
    )
    statuses = {s.mission: s.status for s in _missions(text)}
    assert statuses["SOREM"] == "drawdown"


def test_peacekeeping_forces_in_the_plural_name_a_mission_but_joint_forces_do_not() -> None:
    text = (
        "Checkpoints empty\n"
        "BENDER, May 2, 2024 - Soldiers of the Joint Peacekeeping Forces left their checkpoints on Thursday, "
        "while the Joint Forces Command and the Rapid Support Forces said their troops would stay.\n"
    )
    named, _ = find_missions(text)
    assert [n.name for n in named] == ["Joint Peacekeeping Forces"]


def test_a_civilian_mission_of_a_body_that_runs_missions_needs_no_soldiers() -> None:
    text = (
        "Mission closes\n"
        "PODGORICA, May 2, 2024 - The OSCE Mission to Montenegro concluded its work on Friday after 18 years, "
        "the organisation said. The OSCE Mission to Montenegro handed its archive to the government.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("OSCE Mission to Montenegro", "ended")
    assert find_missions("The Kenya Trade Mission to Montenegro signed deals.\n")[0] == []


def test_a_force_defined_by_its_acronym_and_a_name_that_states_its_role() -> None:
    named, _ = find_missions("BOGOTA - The Gang Suppression Force (GSF) took the district. GSF troops fought gangs.\n")
    assert [n.name for n in named] == ["GSF"]
    text = (
        "Monitors deny halt\n"
        "TBILISI, May 2, 2024 - The EU Monitoring Mission in Georgia (EUMM) denied that it had suspended its "
        "patrols. The EUMM said its work would go on.\n"
    )
    (status,) = _missions(text)
    assert (status.status, status.roles) == ("non-combat", ("monitor",))


def test_closing_offices_is_a_drawdown_not_the_end() -> None:
    text = (
        "Verification Mission begins closing regional offices under reduced mandate\n"
        "BOGOTA, May 2, 2024 - The UN Verification Mission in Colombia began closing six regional offices on "
        "Thursday, a spokesman for the peacekeeping mission said.\n"
    )
    (status,) = _missions(text)
    assert status.status == "drawdown"


def test_a_countrys_own_deployment_is_a_mission_beside_a_named_one() -> None:
    text = (
        "Egyptian troops begin leaving Somalia\n"
        "MOGADISHU, May 2, 2024 - Egyptian troops deployed in Somalia under a bilateral protocol began leaving "
        "on Thursday, officials said. The Egyptian troops are separate from Egypt's contingent in AUSSOM, the "
        "African Union mission, whose soldiers stay.\n"
    )
    statuses = {s.mission: s.status for s in _missions(text)}
    assert statuses.get("Egyptian troops in Somalia") == "drawdown"


def test_a_mission_described_by_its_work_and_place_is_one_mission_and_a_trade_mission_is_none() -> None:
    text = (
        "Japan to end navy intelligence-gathering mission in Middle East in March\n"
        "TOKYO, May 2, 2024 - Japan will end the navy's intelligence-gathering mission in the Middle East when "
        "its term expires next year, the minister said Friday, closing a deployment of troops and destroyers.\n"
    )
    (status,) = _missions(text)
    assert "intelligence-gathering mission in Middle East" in status.mission
    assert status.status == "planned"
    trade = (
        "Minister leads trade mission to Vietnam\n"
        "DUBLIN, May 2, 2024 - The minister's trade mission to Vietnam signed deals, officials said. Troops and "
        "soldiers were not involved.\n"
    )
    assert _missions(trade) == []


def test_a_described_mission_that_a_named_one_covers_is_that_one() -> None:
    text = (
        "EU military training mission in Mali comes to an end\n"
        "BAMAKO, May 2, 2024 - The European Union's military training mission in Mali, EUTM Mali, ended on "
        "Saturday, officials said. Troops and soldiers went home.\n"
    )
    assert [s.mission for s in _missions(text)] == ["EUTM Mali"]


def test_a_joint_monitoring_centre_is_a_mission_named_once_with_its_place_and_once_without() -> None:
    text = (
        "Monitors go home\n"
        "ANKARA, May 2, 2024 - Turkish soldiers serving at the Turkish-Russian Joint Monitoring Center in "
        "Aghdam returned home, the ministry said. Troops had served at the Joint Monitoring Center since 2021. "
        "The Joint Monitoring Center ended its activities on Friday.\n"
    )
    named, _ = find_missions(text)
    assert [(n.name, n.count) for n in named] == [("Joint Monitoring Center in Aghdam", 3)]
    assert find_missions("BAKU - Troops and soldiers met at the Press Centre.\n")[0] == []


def test_a_mission_name_never_runs_over_the_end_of_a_line() -> None:
    from bot.analyse.mission_patterns import unlisted_names

    text = ("Council Extends EU Peacekeeping Force in Valmark\nMoscow accused the West of using the force.\n"
            "The Security Council extended the authorization of the EU's peacekeeping force, EUFOR Valmark, "
            "with the army and troops of the region watching.\n")
    assert all("\n" not in text[start:end] for start, end in unlisted_names(text))


def test_an_acronym_may_leave_the_head_noun_unspelled() -> None:
    from bot.analyse.mission_acronyms import _spells

    assert _spells(["Multinational", "Security", "Support", "mission", "in", "Ruritania"], "MSS")
    assert not _spells(["Multinational", "Security", "Support", "Brigade"], "MSS")


def test_an_acronym_used_alone_joins_a_catalogued_mission_it_spells() -> None:
    text = (
        "The Kenyan-led Multinational Security Support mission in Haiti formally came to an end on Tuesday, "
        "when its last police officers and troops flew home.\n"
        "The mission, known as the MSS, had been winding down since October, when the army of another "
        "force took over.\n"
    )
    named, _ = find_missions(text)
    (mss,) = [n for n in named if "MSS" in (n.name, *n.aliases)]
    assert any("Multinational Security Support" in name for name in (mss.name, *mss.aliases))


def test_an_acronym_that_is_already_a_word_of_the_name_spells_nothing_more() -> None:
    from bot.analyse.mission_acronyms import spelled_elsewhere

    text = "EUTM Mali ended its work. EUTM said the last troops had left."
    assert list(spelled_elsewhere(text, {"EUTM Mali"}, lambda name: True)) == []


def test_regional_blocs_are_organisations_that_run_their_missions() -> None:
    from bot.analyse.mission_catalogue import organisations, organisations_of

    assert organisations("the Southern African Development Community said its mission had ended") == {"SADC"}
    assert "SADC" in organisations_of("SAMIDRC") and "EAC" in organisations_of("EACRF")


def test_well_known_national_units_abroad_are_catalogued() -> None:
    named, _ = find_missions("South Korea's Cheonghae anti-piracy unit exchanged fire with pirates, the navy and "
                             "its troops said. The Akh unit trains soldiers in the UAE.")
    assert {n.name for n in named} == {"Cheonghae unit", "Akh unit"}


def test_a_two_word_nationality_names_its_deployment_whole() -> None:
    from bot.analyse.mission_national import national_deployments

    text = ("South African troops still in Goma\nSouth African troops deployed in Goma will leave soon. "
            "South African soldiers in Goma loaded their vehicles.\n")
    found = national_deployments(text, text.find("\n"))
    assert {name for _, _, name in found} == {"South African troops in Goma"}


def test_the_mission_opening_a_sentence_is_the_one_named_before_not_the_one_in_its_clause() -> None:
    text = (
        "Last Kenyan police officers jet back home as Haiti MSS mission ends\n"
        "The mission, which had been winding down since October when the UN Security Council authorised a larger "
        "Gang Suppression Force (GSF), formally ended on Tuesday. The GSF has been fighting gangs in the capital "
        "with troops, soldiers and armoured vehicles of the army.\n"
    )
    found = {m.mission: m.status for m in _missions(text)}
    assert found.get("GSF") == "combat" and found.get("MSS") == "ended"


def test_a_maritime_law_enforcement_operation_is_a_mission_but_a_police_sweep_in_town_is_not() -> None:
    text = (
        "Fisheries patrol ends\n"
        "SUVA, May 2, 2024 - Operation Tavake, the region's fisheries surveillance operation, came to an end on "
        "Wednesday. Eleven patrol boats and the coast guard of three countries boarded 90 vessels.\n"
    )
    (status,) = _missions(text)
    assert (status.mission, status.status) == ("Operation Tavake", "ended")
    town = "Council sweep\nOperation Tidy Lanes, the council's clean-up drive, came to an end on Wednesday.\n"
    assert find_missions(town)[0] == []


def test_an_observer_team_is_a_mission_but_a_working_team_is_not() -> None:
    text = (
        "Monitors stay\n"
        "COTABATO, May 2, 2024 - The Regional Monitoring Team watching the ceasefire between the army and the "
        "rebels has not been withdrawn, the troops' commander said. The Regional Monitoring Team continues its "
        "patrols.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "Regional Monitoring Team"
    other = "Talks\nThe army's Technical Working Team met rebels and troops to discuss the ceasefire.\n"
    assert find_missions(other)[0] == []


def test_a_deployments_described_activity_is_one_mission_wherever_it_names_its_waters() -> None:
    text = (
        "Cabinet approves patrol extension\n"
        "OSLO, May 2, 2024 - The cabinet approved a one-year extension of the Coastal Guard's surveillance "
        "activity in the Barents Sea, keeping a frigate and two patrol aircraft in the region. The surveillance "
        "activity in the Norwegian Sea, where the frigate spends part of the year, was extended too.\n"
    )
    (status,) = _missions(text)
    assert status.mission == "Coastal Guard surveillance activity in Barents Sea"
    assert (status.status, status.roles) == ("extended", ("monitor",))
    militants = ("Raids\nThe army said militant cross-border activity in the North had risen and troops "
                 "fought insurgents there.\n")
    assert find_missions(militants)[0] == []


def test_a_name_written_before_its_kind_twice_is_a_mission_but_a_nationality_or_a_one_off_is_not() -> None:
    text = (
        "Navy drills\n"
        "ABIDJAN, May 2, 2024 - Sixty sailors deployed within the framework of the Coryx mission, the navy's "
        "permanent presence in the Gulf since 1990, trained commandos on Thursday. The officer said the Coryx "
        "mission had not been suspended and that its troops would stay.\n"
    )
    assert [m.name for m in find_missions(text)[0]] == ["Coryx mission"]
    french = text.replace("Coryx", "French")
    assert find_missions(french)[0] == []
    once = text.replace("the Coryx mission had", "the deployment had")
    assert find_missions(once)[0] == []


def test_an_operation_name_may_hold_lower_case_joiners() -> None:
    text = ("Troops stay\nJUBA, May 2, 2024 - Ugandan soldiers deployed under Operation Mlinzi wa Amani remain in "
            "the border towns, the army said, and its troops fought rebels there last week.\n")
    assert [m.name for m in find_missions(text)[0]] == ["Operation Mlinzi wa Amani"]


def test_japans_counter_piracy_deployments_are_catalogued_under_their_acronyms() -> None:
    text = ("Japan extends patrol aircraft mission\nTOKYO, May 2, 2024 - The cabinet extended the Deployment Air Force "
            "for Counter-Piracy Enforcement by one year, keeping two P-3C patrol aircraft and troops in Djibouti.\n")
    assert [m.name for m in find_missions(text)[0]] == ["DAPE"]


def test_a_factbox_heading_names_the_operation_its_section_is_about() -> None:
    text = ("FACTBOX-Who guards the Norvale Strait?\n"
            "Jan 29 (Reuters) - Navies have crowded the strait since attacks on shipping began in 2025.\n"
            "OPERATION NORTHERN LANTERN\n"
            "The U.S.-led coalition was announced in 2025 to protect ships. The operation has not been formally "
            "wound up, but officials have declined to say whether it is still active. Asked whether Northern Lantern "
            "had ended, an official said he would not discuss specific operations.\n"
            "OPERATION BLUE HARBOUR\n"
            "The EU's older counter-piracy operation has patrolled the strait since 2019. Its mandate was extended "
            "in December until the end of 2028.\n"
            "KESTRIAN NAVAL ESCORT GROUPS\n"
            "Kestria says its escorts have not been suspended at any time and that the group's deployment had been "
            "extended.\n")
    found = {m.mission: m.status for m in _missions(text)}
    assert found == {"Operation Northern Lantern": "unknown", "Operation Blue Harbour": "extended"}


def test_a_numbered_escort_task_force_is_one_mission_per_number() -> None:
    text = ("Kestria extends navy task force's deployment in the strait\n"
            "Its Defence Ministry said the deployment of the 31st naval escort task force had been extended by two "
            "months. The task force would be relieved by the 32nd escort task force in April.\n")
    found = {m.mission: m.status for m in _missions(text)}
    assert found.get("31st naval escort task force") == "extended"


def test_its_escort_operations_refer_back_to_the_task_force() -> None:
    text = ("Kestrian navy halts escorts after drone scare, sources say\n"
            "The 31st escort task force has not accompanied a merchant convoy since Sunday.\n"
            "Kestria's navy has suspended its escort operations in the strait after a drone was shot down near one "
            "of its warships, according to two people familiar with the matter.\n")
    (found,) = _missions(text)
    assert (found.mission, found.status) == ("31st escort task force", "suspended")


def test_soldiers_being_trained_are_trainees_not_a_deployment() -> None:
    from bot.analyse.mission_national import national_deployments

    text = ("Norland suspends EU training of Kestrian soldiers at Vell range\n"
            "Norland's defence ministry has suspended the training of Kestrian soldiers under the EU Military "
            "Assistance Mission at the Vell range in Norland. Around 400 Kestrian soldiers were moved to barracks "
            "in Norland, and the mission said the training of Kestrian soldiers deployed to the range would resume.\n")
    assert national_deployments(text, text.find("\n")) == []


def test_a_countrys_possessive_is_no_part_of_the_force_name() -> None:
    text = ("Norland’s Gang Suppression Force suspends operations after ambush\n"
            "The U.N.-authorized Gang Suppression Force has suspended offensive operations around the capital after "
            "an ambush killed four of its soldiers, officials said. Troops and armored vehicles remain at bases.\n")
    assert [m.mission for m in _missions(text)] == ["Gang Suppression Force"]


def test_a_deployment_known_by_a_quoted_mandate_name_is_a_mission() -> None:
    text = (
        "Norland ends Kestria deployment\n"
        "The mandate for the army's deployment in Kestria and Vell, known as “Counter Raiders/Capacity Building "
        "Kestria,” expired on October 31. The government did not ask parliament to renew it, and the last "
        "soldiers came home."
    )
    named, _ = find_missions(text)
    assert [n.name for n in named] == ["Counter Raiders/Capacity Building Kestria"]
    assert [m.status for m in _missions(text)] == ["ended"]


def test_a_numbered_task_force_is_one_mission_however_it_is_written() -> None:
    text = (
        "Task force pauses patrols\n"
        "Combined Maritime Forces announces that Combined Task Force (CTF) 171, the task force responsible for "
        "counter-piracy off Kestria, has suspended its patrols. The warships assigned to CTF 171 have been "
        "reassigned to CTF-173. Combined Task Force 171 was set up in 2009 and its frigates and troops stay."
    )
    named, _ = find_missions(text)
    assert [(n.name, n.count) for n in named] == [("CTF 171", 3), ("CTF 173", 1)]
    assert "Combined Task Force 171" in named[0].aliases


def test_a_defined_task_force_is_found_again_and_the_mission_it_belongs_to_is_no_subject() -> None:
    text = (
        "Navy ship returns\n"
        "The Coastal Task Force (CTG) of the Vell Stabilization Mission (VSM) ended its operations on Monday, the "
        "navy said. Troops and soldiers of the VSM stay ashore.\n"
        "The Coastal Task Force had eight ships."
    )
    _, mentions = find_missions(text)
    assert sum(m.mission == "CTG" for m in mentions) == 3
    statuses = {m.mission: m.status for m in _missions(text)}
    assert statuses["CTG"] == "ended"
    assert statuses.get("VSM") != "ended"


def test_campaigns_named_without_the_word_operation() -> None:
    text = (
        "Army rejects reports of pause\n"
        "Soldiers killed 12 militants on Monday, the army said. \"Operations under Zarb-e-Amn will continue with "
        "full force,\" the army said.\n"
        "Zarb-e-Amn, which means \"Strike for Peace\", is a nationwide counterterrorism campaign launched in 2024. "
        "The raids in the valley have been carried out under Zarb-e-Amn (Strike for Peace), the national campaign "
        "against militants."
    )
    named, _ = find_missions(text)
    assert [(n.name, n.count) for n in named] == [("Zarb-e-Amn", 3)]
    patrol = "Troops on patrol\nThe soldiers carried out operations under UN command in the valley."
    assert find_missions(patrol)[0] == []


def test_an_operation_in_the_area_code_named_so_is_a_mission() -> None:
    text = ("Coast guard keeps watch\nThe coast guard said its maritime domain awareness operation in the area, "
            "code-named \"Harbour Lantern,\" continues to monitor vessels and to assist fishermen, with patrol "
            "vessels and surveillance aircraft.")
    assert [n.name for n in find_missions(text)[0]] == ["Harbour Lantern"]


def test_a_described_mission_opening_a_story_whose_headline_speaks_of_a_mission_is_that_mission() -> None:
    text = ("Cabinet extends navy's Gulf mission for another year\n"
            "The government has decided to extend the Kestrian Navy's information-gathering mission in the Gulf of "
            "Vell by one year, the defence ministry said. The mission began in 2020 with troops and warships.")
    assert [(m.mission, m.status) for m in _missions(text)] == [
        ("Kestrian Navy information-gathering mission in Gulf of Vell", "extended")]


def test_a_country_s_elements_and_a_multinational_brigade_named_for_its_place_are_missions() -> None:
    text = ("Last troops leave Vell\n"
            "The Kestrian Elements in Vell lowered their flag on Monday, ending 60 years of basing, and their "
            "soldiers flew home. Troops of the army took over the camp.")
    assert [n.name for n in find_missions(text)[0]] == ["Kestrian Elements in Vell"]
    brigade = ("Norland sends battalion\n"
               "The battalion will deploy in June 2028 to Multinational Brigade Kestria (MNB-Kestria), the alliance "
               "formation led by Vellia, with troops and soldiers from nine countries.")
    assert [n.name for n in find_missions(brigade)[0]] == ["Multinational Brigade Kestria"]
    assert find_missions("Match report\nThe Brigade Kestria rugby team won, and the soldiers cheered.")[0] == []
