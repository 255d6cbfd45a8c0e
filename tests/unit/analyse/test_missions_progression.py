"""Across articles: a plan followed by what came of it is one story, reports without a date still count,
and the reports that agree are joined (roles, aliases) rather than one of them picked."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.missions import extract_missions, merge_missions, mission_timeline
from bot.models import Article, ArticleFacts, Evidence, MissionStatus


def _facts(text: str, article_id: str, published: date | None) -> ArticleFacts:
    article = Article(id=article_id, source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2024, 1, 1, tzinfo=UTC))
    return ArticleFacts(article_id=article_id, published=published,
                        missions=tuple(extract_missions(article, published)))


def _observed(article_id: str, published: date | None, **status: object) -> ArticleFacts:
    fields = {"evidence": [Evidence(article_id=article_id, sentence=f"{status['mission']} report.")], **status}
    return ArticleFacts(article_id=article_id, published=published,
                        missions=(MissionStatus.model_validate(fields),))


_PLAN = (
    "AU to end Somalia mission on Dec. 31\n"
    "The African Union will end its mission in Somalia, ATMIS, on Dec. 31, the bloc's peace and security "
    "council said on Thursday, handing security to the Somali army.\n"
)
_END = (
    "African Union mission in Somalia ends\n"
    "ATMIS formally ended its mandate at a flag-lowering ceremony in Mogadishu, after its last troops flew "
    "out on Sunday.\n"
)


def test_a_planned_end_then_the_end_is_a_progression_not_a_dispute() -> None:
    facts = [_facts(_PLAN, "plan", date(2024, 11, 14)), _facts(_END, "end", date(2025, 1, 2))]
    assert [f.missions[0].status for f in facts] == ["planned", "ended"]
    (merged,) = merge_missions(facts)
    assert (merged.status, merged.previous_status) == ("ended", "planned")
    assert [t.status for t in mission_timeline(facts, "ATMIS")] == ["planned", "ended"]


def test_an_undated_plan_and_an_undated_end_give_the_end() -> None:
    facts = [_facts(_PLAN, "plan", None), _facts(_END, "end", None)]
    (merged,) = merge_missions(facts)
    assert merged.status == "ended"


def test_an_undated_report_stands_with_the_newest_dated_one() -> None:
    # the end has no date, the plan has one: the undated report is not taken as the oldest
    facts = [_facts(_PLAN, "plan", date(2024, 11, 14)), _facts(_END, "end", None)]
    (merged,) = merge_missions(facts)
    assert merged.status == "ended"


def test_reports_of_the_same_time_that_cannot_both_be_true_are_still_a_dispute() -> None:
    facts = [
        _observed("a", None, mission="UNDOF", status="ended"),
        _observed("b", None, mission="UNDOF", status="suspended"),
    ]
    (merged,) = merge_missions(facts)
    assert merged.status == "disputed"


def test_same_day_reports_of_one_status_join_their_roles_in_article_order() -> None:
    facts = [
        _observed("a", date(2023, 3, 14), mission="NATO Mission Iraq", status="non-combat",
                  roles=("advise", "train")),
        _observed("b", date(2023, 3, 14), mission="NATO Mission Iraq", status="non-combat",
                  roles=("assist", "advise")),
        _observed("c", date(2023, 3, 14), mission="NATO Mission Iraq", status="non-combat"),
    ]
    (merged,) = merge_missions(facts)
    assert merged.roles == ("advise", "train", "assist")


def test_roles_of_an_older_report_are_not_joined_to_the_newest_ones() -> None:
    facts = [
        _observed("old", date(2021, 5, 1), mission="KFOR", status="non-combat", roles=("patrol",)),
        _observed("new", date(2023, 10, 3), mission="KFOR", status="non-combat", roles=("monitor",)),
    ]
    (merged,) = merge_missions(facts)
    assert merged.roles == ("monitor",)


def test_aliases_are_kept_once_whatever_their_case() -> None:
    facts = [
        _observed("a", date(2024, 1, 26), mission="MINUSCA", status="extended",
                  aliases=("UN peacekeeping mission in the Central African Republic",)),
        _observed("b", date(2024, 1, 27), mission="MINUSCA", status="extended",
                  aliases=("UN Peacekeeping Mission in the Central African Republic", "minusca")),
    ]
    (merged,) = merge_missions(facts)
    assert merged.aliases == ("UN peacekeeping mission in the Central African Republic",)


def test_an_undated_report_that_contradicts_the_dated_ones_does_not_override_them() -> None:
    facts = [
        _observed("raid", None, mission="Operation Sangaris", status="combat"),
        _observed("end", date(2016, 10, 31), mission="Operation Sangaris", status="ended"),
    ]
    (merged,) = merge_missions(facts)
    assert (merged.status, merged.previous_status) == ("ended", "combat")
