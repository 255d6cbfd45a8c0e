"""Reports of about the same time: two accounts that cannot both hold are a dispute; a source that tells
of the other's status too is refining the same story, not contradicting it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.analyse.missions import extract_missions, merge_missions
from bot.models import Article, ArticleFacts

_PULLOUT = (
    "Peacekeepers begin pullout from Velmora\n"
    "UN peacekeepers began withdrawing from Velmora on Wednesday after the Security Council terminated the "
    "mandate of the United Nations Mission in Velmora (UNMV) this week.\n"
    "The first 500 troops left a base in the north, officials said.\n"
)


def _facts(text: str, article_id: str, published: date) -> ArticleFacts:
    article = Article(id=article_id, source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    return ArticleFacts(article_id=article_id, published=published,
                        missions=tuple(extract_missions(article, published)))


def test_a_halt_that_tells_of_the_withdrawal_too_refines_the_drawdown() -> None:
    halt = _facts("UN mission in Velmora ceases operations ahead of withdrawal\n"
                  "The United Nations Mission in Velmora (UNMV) ceased its operations on Tuesday and will "
                  "withdraw its 9,000 peacekeepers by December 31.\n", "halt", date(2025, 7, 1))
    (alone,) = halt.missions
    assert alone.status == "suspended"  # read alone, the halt is what the article reports
    (merged,) = merge_missions([halt, _facts(_PULLOUT, "pullout", date(2025, 7, 2))])
    assert merged.status == "drawdown"


def test_a_halt_that_says_nothing_of_leaving_disputes_a_pullout_of_the_same_days() -> None:
    halt = _facts("UN mission in Velmora suspends operations\n"
                  "The United Nations Mission in Velmora (UNMV) suspended its operations on Tuesday, a "
                  "spokesman said. The peacekeepers are staying in their bases.\n", "halt", date(2025, 7, 1))
    (merged,) = merge_missions([halt, _facts(_PULLOUT, "pullout", date(2025, 7, 2))])
    assert merged.status == "disputed"
    assert {e.article_id for e in merged.evidence} == {"halt", "pullout"}


def test_an_extension_and_an_expiry_two_days_apart_are_a_dispute_with_both_sides_cited() -> None:
    extended = _facts("Council extends UNMV\nThe Security Council on Tuesday extended the mandate of the "
                      "United Nations Mission in Velmora (UNMV) for a year.\n", "council", date(2025, 3, 4))
    expired = _facts("Velmora says UN mandate has expired\nThe government of Velmora said on Thursday that "
                     "the mandate of the United Nations Mission in Velmora (UNMV) had expired and that the "
                     "force must withdraw.\n", "host", date(2025, 3, 6))
    (merged,) = merge_missions([extended, expired])
    assert merged.status == "disputed"
    assert {e.article_id for e in merged.evidence} == {"council", "host"}


_RENEWED = ("Council extends UNMV\nThe Security Council on Tuesday extended the mandate of the United Nations "
            "Mission in Velmora (UNMV) for a year.\n")


def test_a_host_that_rejects_the_renewal_and_orders_troops_out_disputes_it() -> None:
    rejection = _facts("Velmora rejects UN mandate renewal\nThe government of Velmora on Thursday rejected the "
                       "renewal of the mandate of the United Nations Mission in Velmora (UNMV), saying the troops "
                       "had to leave within 30 days.\n", "host", date(2025, 3, 6))
    (alone,) = rejection.missions
    assert alone.status not in ("disputed", "extended")  # alone, nothing says the mandate was renewed
    (merged,) = merge_missions([_facts(_RENEWED, "council", date(2025, 3, 4)), rejection])
    assert merged.status == "disputed"
    assert {e.article_id for e in merged.evidence} == {"council", "host"}


def test_a_source_rejecting_what_no_other_source_reports_is_no_dispute() -> None:
    other = _facts("UNMV stays\nThe Security Council on Tuesday renewed the mandate of the United Nations Mission "
                   "in Velmora (UNMV), rejecting calls to end the mission.\n", "wire", date(2025, 3, 5))
    (merged,) = merge_missions([_facts(_RENEWED, "council", date(2025, 3, 4)), other])
    assert merged.status == "extended"


def test_a_government_saying_a_mission_finished_and_the_alliance_saying_it_continues_is_a_dispute() -> None:
    from datetime import UTC, date, datetime

    from bot.analyse.missions import extract_missions
    from bot.models import Article

    text = (
        "Strikes go on in Syria\n"
        "In neighboring Iraq, accounts differ over the future of the alliance's advisory presence. Government "
        'spokesman Karim Aziz said Tuesday that NATO Mission Iraq had "completed its work" and that its last '
        "advisers had left Baghdad in February. NATO officials in Brussels said the mission was continuing with a "
        "smaller staff and that no decision to close it had been taken.\n"
    )
    article = Article(id="n1", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 5, 2, tzinfo=UTC))
    (status,) = [m for m in extract_missions(article, date(2026, 5, 2)) if m.mission == "NATO Mission Iraq"]
    assert status.status == "disputed"


def test_extending_a_mandate_until_a_later_date_is_an_extension_not_a_plan() -> None:
    from datetime import UTC, date, datetime

    from bot.analyse.missions import extract_missions
    from bot.models import Article

    text = (
        "EU naval force stays\n"
        "The EU's naval operation in the Red Sea, Operation Aspides, will stay for at least another year after "
        "European governments on Monday agreed to extend its mandate until the end of February 2027.\n"
    )
    article = Article(id="n2", source="test", title=text.split("\n", 1)[0], text=text,
                      fetched_at=datetime(2026, 2, 20, tzinfo=UTC))
    (status,) = extract_missions(article, date(2026, 2, 20))
    assert status.status == "extended"


def test_one_side_claims_and_the_mission_says_is_a_dispute() -> None:
    from bot.analyse.mission_decide import framed_as_dispute

    assert framed_as_dispute("Security service claims EUMM 'suspended' patrols; mission says nothing has changed")
    assert not framed_as_dispute("Security service claims EUMM suspended patrols near the boundary")
