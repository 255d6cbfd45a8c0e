"""Names and aliases resolved to one mission, and one current status across many articles."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.missions import extract_missions, merge_missions, mission_timeline, status_at
from bot.models import Article, ArticleFacts, Evidence, MissionSpec, MissionStatus


def _article(text: str, article_id: str) -> Article:
    return Article(id=article_id, source="test", title=text.split("\n", 1)[0], text=text,
                   fetched_at=datetime(2024, 1, 1, tzinfo=UTC))


def _facts(text: str, article_id: str, published: date, tracked: tuple[MissionSpec, ...] = ()) -> ArticleFacts:
    missions = extract_missions(_article(text, article_id), published, tracked)
    return ArticleFacts(article_id=article_id, published=published, missions=tuple(missions))


def _observation(mission: str, status: str, article_id: str, since: date) -> MissionStatus:
    return MissionStatus.model_validate({
        "mission": mission, "status": status, "since": since,
        "evidence": [Evidence(article_id=article_id, sentence=f"{mission} is {status}.")],
    })


def test_acronym_long_form_and_the_articles_own_definition_are_one_mission() -> None:
    text = (
        "Coalition role changes\n"
        "The presence of the Coalition, formally known as Combined Joint Task Force-Operation Inherent "
        "Resolve (CJTF-OIR), will continue. The Coalition will advise, assist and enable Iraqi forces.\n"
    )
    (status,) = extract_missions(_article(text, "a"), date(2021, 12, 9))
    assert status.mission == "CJTF-OIR"
    assert {"Combined Joint Task Force-Operation Inherent Resolve", "Operation Inherent Resolve",
            "the Coalition"} <= set(status.aliases)


def test_the_coalition_alone_is_no_mission_unless_the_article_says_which() -> None:
    text = "Coalition deal\nThe ruling coalition agreed a budget and the coalition partners will meet.\n"
    assert extract_missions(_article(text, "a"), date(2022, 5, 19)) == []


def test_spellings_outlets_vary_resolve_to_the_catalogue_name() -> None:
    texts = {
        "u": "Peacekeepers\nThe U.N. Mission in South Sudan said its peacekeepers will monitor the vote.\n",
        "g": "Afghanistan\nNato's Isaf passed into history at midnight on Wednesday.\n",
        "d": "Lebanon\nThe UN peacekeeping force in Lebanon said it would monitor the Blue Line.\n",
    }
    names = {key: [m.mission for m in extract_missions(_article(t, key), date(2024, 1, 1))]
             for key, t in texts.items()}
    assert names == {"u": ["UNMISS"], "g": ["ISAF"], "d": ["UNIFIL"]}


def test_tracked_missions_are_reported_under_the_operators_name() -> None:
    spec = MissionSpec(name="Inherent Resolve", aliases=("CJTF-OIR", "the Coalition"))
    text = "Iraq talks\nThe Coalition will continue to advise and assist Iraqi forces, CJTF-OIR said.\n"
    (status,) = extract_missions(_article(text, "a"), date(2023, 3, 14), (spec,))
    assert status.mission == "Inherent Resolve"
    assert {"advise", "assist"} <= set(status.roles)
    politics = "Coalition wins vote\nThe ruling coalition won. The coalition partners will meet on Monday.\n"
    assert extract_missions(_article(politics, "p"), date(2023, 3, 14), (spec,)) == []


def test_articles_naming_a_mission_differently_merge_into_one() -> None:
    first = _facts("UN renews mission\nThe UN Security Council on Tuesday extended the mandate of "
                   "UNMISS for one year.\n", "a", date(2024, 4, 30))
    second = _facts("South Sudan\nThe United Nations Mission in South Sudan had its mandate extended "
                    "on Tuesday, diplomats said.\n", "b", date(2024, 5, 1))
    (merged,) = merge_missions([first, second])
    assert merged.mission == "UNMISS" and merged.status == "extended"
    assert {e.article_id for e in merged.evidence} == {"a", "b"}


def test_the_latest_report_wins_and_the_timeline_gives_the_previous_status() -> None:
    suspended = _facts("EU halts training\nThe EU suspended training by EUTM Mali on Monday.\n",
                       "old", date(2022, 4, 11))
    ended = _facts("EU mission ends\nEUTM Mali ended on Saturday when its mandate expired.\n",
                   "new", date(2024, 5, 21))
    (merged,) = merge_missions([ended, suspended])
    assert (merged.status, merged.previous_status) == ("ended", "suspended")
    assert merged.since == date(2024, 5, 18)
    timeline = mission_timeline([ended, suspended], "European Union Training Mission in Mali")
    assert [t.status for t in timeline] == ["suspended", "ended"]
    assert status_at(timeline, date(2023, 1, 1)) == "suspended"
    assert status_at(timeline, date(2024, 6, 1)) == "ended"
    assert status_at(timeline, date(2020, 1, 1)) is None


def test_sources_of_the_same_time_that_contradict_each_other_make_a_dispute() -> None:
    over = _facts("Niger ends EU mission\nNiger's junta said on Monday that the EU Military Partnership "
                  "Mission in Niger (EUMPM Niger) had ended with immediate effect.\n", "niamey", date(2023, 12, 4))
    paused = _facts("EU says mission only suspended\nThe EU said on Tuesday that the EU Military "
                    "Partnership Mission in Niger (EUMPM Niger) was suspended, not terminated.\n", "brussels",
                    date(2023, 12, 5))
    (merged,) = merge_missions([over, paused])
    assert merged.status == "disputed"
    assert {e.article_id for e in merged.evidence} == {"niamey", "brussels"}


def test_compatible_reports_do_not_make_a_dispute() -> None:
    facts = [
        ArticleFacts(article_id="a", published=date(2023, 7, 1),
                     missions=(_observation("MINUSMA", "drawdown", "a", date(2023, 7, 1)),)),
        ArticleFacts(article_id="b", published=date(2023, 7, 2),
                     missions=(_observation("MINUSMA", "planned", "b", date(2023, 7, 2)),)),
    ]
    (merged,) = merge_missions(facts)
    assert merged.status == "drawdown"


def test_unknown_observations_do_not_override_a_known_status() -> None:
    facts = [
        ArticleFacts(article_id="a", published=date(2023, 8, 31),
                     missions=(_observation("UNIFIL", "extended", "a", date(2023, 8, 31)),)),
        ArticleFacts(article_id="b", published=date(2023, 9, 20),
                     missions=(_observation("UNIFIL", "unknown", "b", date(2023, 9, 20)),)),
    ]
    (merged,) = merge_missions(facts)
    assert (merged.status, merged.since) == ("extended", date(2023, 8, 31))


def test_different_missions_stay_apart() -> None:
    facts = [
        ArticleFacts(article_id="a", published=date(2023, 8, 31),
                     missions=(_observation("UNIFIL", "extended", "a", date(2023, 8, 31)),
                               _observation("KFOR", "non-combat", "a", date(2023, 8, 31)))),
    ]
    assert sorted(m.mission for m in merge_missions(facts)) == ["KFOR", "UNIFIL"]
