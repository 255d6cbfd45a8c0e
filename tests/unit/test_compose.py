"""Composing a brief: what makes the cut, in which order, and what counts as a change."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.compose import BriefLimits, compose_brief
from bot.models import ArticleRef, Development, Evidence, MissionStatus, Quote, SummarySentence

END = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
REFS = {
    f"a{n}": ArticleRef(id=f"a{n}", title=f"Story {n}", url=f"https://news.example/{n}", source=source,
                        published=date(2024, 5, n))
    for n, source in [(1, "wire"), (2, "paper"), (3, "wire"), (4, "radio")]
}


def dev(id_: str, *articles: str) -> Development:
    return Development(id=id_, headline=f"Headline {id_}", article_ids=articles,
                       summary=(SummarySentence(text=f"Summary of {id_}.", article_id=articles[0]),))


def quote(speaker: str, text: str, article: str = "a1", kind: str = "direct") -> Quote:
    return Quote(speaker=speaker, text=text, kind=kind, article_id=article)  # type: ignore[arg-type]


def mission(name: str, status: str, article: str, *aliases: str) -> MissionStatus:
    return MissionStatus(mission=name, aliases=aliases, status=status,  # type: ignore[arg-type]
                         evidence=(Evidence(article_id=article, sentence="…"),))


def compose(**overrides: object):  # type: ignore[no-untyped-def]
    arguments: dict[str, object] = dict(
        destination="ops", window_start=None, window_end=END, window_article_ids=list(REFS), articles=REFS,
        developments=[], quotes=[], missions_now=[], missions_before=[],
    )
    arguments.update(overrides)
    return compose_brief(**arguments)  # type: ignore[arg-type]


def test_developments_told_by_more_outlets_come_first_and_only_those_in_the_window() -> None:
    brief = compose(
        developments=[dev("single", "a3"), dev("many", "a1", "a2", "a4"), dev("old", "a9")],
        window_article_ids=["a1", "a2", "a3", "a4"],
    )
    assert [d.id for d in brief.developments] == ["many", "single"]
    assert set(brief.articles) == {"a1", "a2", "a3", "a4"}


def test_quotes_direct_first_deduplicated_and_capped_per_speaker() -> None:
    said = [
        quote("Kirby", "the mission would end", kind="indirect"),
        quote("Brennan", "We will remain here"),
        quote("Brennan", "We  will remain here", article="a2"),  # the same words from another outlet
        quote("Brennan", "Two"), quote("Brennan", "Three"), quote("Brennan", "Four"),
        quote("Araji", "Relations continue", article="a9"),  # outside the window
    ]
    brief = compose(quotes=said, limits=BriefLimits(max_quotes=4, max_quotes_per_speaker=3))
    assert [(q.speaker, q.text) for q in brief.quotes] == [
        ("Kirby", "the mission would end"), ("Brennan", "We will remain here"), ("Brennan", "Two"),
        ("Brennan", "Three"),
    ]


def test_missions_say_what_changed_since_the_previous_brief_even_under_another_name() -> None:
    now = [mission("CJTF-OIR", "non-combat", "a2", "Operation Inherent Resolve"),
           mission("UNIFIL", "extended", "a3"), mission("KFOR", "non-combat", "a9")]
    before = [mission("Operation Inherent Resolve", "combat", "a0"), mission("UNIFIL", "extended", "a0")]
    brief = compose(missions_now=now, missions_before=before, window_article_ids=["a2", "a3"])
    assert [(m.status.mission, m.status_at_previous_brief, m.changed) for m in brief.missions] == [
        ("CJTF-OIR", "combat", True), ("UNIFIL", "extended", False),
    ]
    assert not brief.is_empty


def test_an_empty_window_gives_an_empty_brief() -> None:
    brief = compose(window_article_ids=[], developments=[dev("d", "a1")], quotes=[quote("A", "b")])
    assert brief.is_empty and brief.articles == {}


def test_every_story_gets_quotes_before_one_story_gets_many() -> None:
    said = [quote(f"Speaker {n}", f"Busy story words {n}", article="a1") for n in range(6)]
    said += [quote("Quiet Voice", "Quiet story words", article="a3")]
    brief = compose(
        developments=[dev("busy", "a1", "a2"), dev("quiet", "a3")], quotes=said,
        limits=BriefLimits(max_quotes=3),
    )
    assert [q.speaker for q in brief.quotes] == ["Speaker 0", "Speaker 1", "Quiet Voice"]
