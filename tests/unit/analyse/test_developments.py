"""Articles about the same event grouped across sources, with a short extractive summary."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analyse.developments import cluster_developments
from bot.models import Article

_VOTE_A = (
    "UN Security Council votes to end peacekeeping mission in Mali\n"
    "The United Nations Security Council voted unanimously on Friday to end its decade-long peacekeeping "
    "mission in Mali, two weeks after the military government demanded that the force leave.\n"
    "The resolution ends the mandate of MINUSMA on June 30 and orders the withdrawal of its 13,000 troops "
    "and police by December 31.\n"
    "Mali's ambassador told the council that the mission had failed to stop the spread of armed groups.\n"
    "Analysts said the withdrawal would be among the most complex in the history of UN peacekeeping.\n"
)
_VOTE_B = (
    "Security Council terminates mandate of UN mission in Mali\n"
    "The Security Council on Friday terminated the mandate of the United Nations stabilization mission in "
    "Mali, MINUSMA, at the request of the Malian transitional authorities.\n"
    "Unanimously adopting resolution 2690, the council asked the mission to start the withdrawal of its "
    "troops on July 1 and to complete it by December 31.\n"
    "Several council members said the peacekeepers had protected civilians in the north of Mali for ten "
    "years.\n"
)
_QUAKE = (
    "Morocco earthquake: rescuers race to reach mountain villages\n"
    "Rescue teams dug through the rubble of collapsed homes in the High Atlas mountains on Sunday as the "
    "death toll from Morocco's strongest earthquake in decades passed 2,000.\n"
    "The magnitude 6.8 quake struck late on Friday south-west of Marrakesh, flattening villages.\n"
    "Survivors in Amizmiz said they had slept outside for a second night for fear of aftershocks.\n"
)
_FOLLOW_UP = (
    "Mali peacekeepers begin leaving northern bases\n"
    "UN peacekeepers in Mali began withdrawing from their northern bases on Saturday, a day after the "
    "Security Council voted to end the mandate of MINUSMA.\n"
    "The mission said the withdrawal of its 13,000 troops would be completed by December 31.\n"
)


def _article(text: str, article_id: str, source: str, day: int) -> Article:
    return Article(id=article_id, source=source, title=text.split("\n", 1)[0], text=text,
                   published_at=datetime(2023, 6, day, 12, tzinfo=UTC), fetched_at=datetime(2023, 7, 1, tzinfo=UTC))


def test_reports_of_one_event_from_two_sources_form_one_development() -> None:
    articles = [_article(_VOTE_A, "a", "broadcaster", 30), _article(_VOTE_B, "b", "un", 30),
                _article(_QUAKE, "q", "wire", 30)]
    developments = cluster_developments(articles)
    assert sorted(sorted(d.article_ids) for d in developments) == [["a", "b"], ["q"]]
    mali = next(d for d in developments if "a" in d.article_ids)
    assert developments[0] is mali  # two sources outrank one
    assert 2 <= len(mali.summary) <= 4
    assert {s.article_id for s in mali.summary} <= {"a", "b"}
    assert mali.headline in (_VOTE_A.split("\n", 1)[0], _VOTE_B.split("\n", 1)[0])


def test_summary_sentences_are_verbatim_from_their_article() -> None:
    texts = {"a": _VOTE_A, "b": _VOTE_B}
    developments = cluster_developments([_article(_VOTE_A, "a", "x", 30), _article(_VOTE_B, "b", "y", 30)])
    for development in developments:
        for sentence in development.summary:
            assert sentence.text in texts[sentence.article_id]


def test_ids_are_deterministic_and_do_not_depend_on_input_order() -> None:
    articles = [_article(_VOTE_A, "a", "x", 30), _article(_VOTE_B, "b", "y", 30), _article(_QUAKE, "q", "z", 30)]
    first = {d.id: d.article_ids for d in cluster_developments(articles)}
    second = {d.id: d.article_ids for d in cluster_developments(list(reversed(articles)))}
    assert first.keys() == second.keys()
    assert {k: set(v) for k, v in first.items()} == {k: set(v) for k, v in second.items()}


def test_a_follow_up_joins_the_stored_development() -> None:
    (stored,) = cluster_developments([_article(_VOTE_A, "a", "x", 30)])
    existing = {stored.id: [_article(_VOTE_A, "a", "x", 30)]}
    developments = cluster_developments([_article(_FOLLOW_UP, "f", "y", 30), _article(_QUAKE, "q", "z", 30)],
                                        existing)
    grown = next(d for d in developments if d.id == stored.id)
    assert grown.article_ids == ("a", "f")
    assert any(d.article_ids == ("q",) for d in developments)
    assert any(s.article_id == "f" for s in grown.summary)  # the follow-up's news is in the summary


def test_a_follow_up_months_later_continues_the_story_but_years_later_is_new() -> None:
    def dated(year: int, month: int) -> Article:
        return _article(_FOLLOW_UP, "f", "y", 30).model_copy(
            update={"published_at": datetime(year, month, 31, tzinfo=UTC)})

    vote = _article(_VOTE_A, "a", "x", 30)
    assert len(cluster_developments([vote, dated(2023, 7)])) == 1
    assert len(cluster_developments([vote, dated(2026, 1)])) == 2


def test_wire_copies_count_once() -> None:
    copy = _VOTE_A.replace("two weeks after", "a fortnight after") + "(Reporting by a wire service)\n"
    developments = cluster_developments([
        _article(_VOTE_A, "wire", "agency", 30), _article(copy, "copy", "newspaper", 30),
        _article(_VOTE_B, "b", "un", 30),
    ])
    (mali,) = developments
    assert set(mali.article_ids) == {"wire", "copy", "b"}
    assert not {"wire", "copy"} <= {s.article_id for s in mali.summary}  # one of the twins speaks
    texts = [s.text for s in mali.summary]
    assert len(texts) == len(set(texts))


def test_a_wire_copy_adds_no_weight_to_its_development() -> None:
    copy = _VOTE_A.replace("two weeks after", "a fortnight after")
    quake_b = (
        "Quake survivors sleep outdoors in Morocco's High Atlas\n"
        "Thousands of survivors of Friday's earthquake in Morocco slept outdoors again on Sunday in the High "
        "Atlas mountains, where rescue teams searched the rubble of collapsed homes.\n"
        "The death toll from the magnitude 6.8 quake south-west of Marrakesh rose past 2,000, officials said.\n"
    )
    developments = cluster_developments([
        _article(_VOTE_A, "wire", "agency", 30), _article(copy, "copy", "newspaper", 30),
        _article(_QUAKE, "q1", "agency", 30), _article(quake_b, "q2", "broadcaster", 30),
    ])
    assert [sorted(d.article_ids) for d in developments] == [["q1", "q2"], ["copy", "wire"]]


def test_nothing_in_nothing_out() -> None:
    assert cluster_developments([]) == []


_WORDS = st.sampled_from(["Mali", "mission", "troops", "ended", "the", "council", "voted", "quake", ".", "\n",
                          "“", "”", "Friday", "said", "rescuers", "withdrawal", "2023"])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=60).map(" ".join), min_size=1, max_size=4))
def test_any_batch_clusters_every_article_once_with_verbatim_summaries(texts: list[str]) -> None:
    articles = [_article(t, f"id{i}", f"s{i}", 30) for i, t in enumerate(texts)]
    developments = cluster_developments(articles)
    ids = [i for d in developments for i in d.article_ids]
    assert sorted(ids) == sorted(a.id for a in articles)
    by_id = {a.id: a.text for a in articles}
    for development in developments:
        assert len(development.summary) <= 4
        for sentence in development.summary:
            assert sentence.text in by_id[sentence.article_id]


def test_a_long_headline_is_cut_at_a_natural_break() -> None:
    title = ("Iraq, Coalition affirm end of combat role; followed by Iraqi invite for Coalition to advise, "
             "assist, enable")
    (development,) = cluster_developments([_article(title + "\n" + _VOTE_A.split("\n", 1)[1], "k", "x", 30)])
    assert development.headline == "Iraq, Coalition affirm end of combat role"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=3))
def test_arbitrary_text_never_crashes_and_summaries_stay_verbatim(texts: list[str]) -> None:
    articles = [_article(t or "x", f"id{i}", "s", 30) for i, t in enumerate(texts)]
    for development in cluster_developments(articles):
        for sentence in development.summary:
            assert sentence.text in next(a.text for a in articles if a.id == sentence.article_id)
