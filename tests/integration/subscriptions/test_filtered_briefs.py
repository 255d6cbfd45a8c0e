"""A destination's brief holds only what its subscriptions admit: by keyword, by mission, by person, and
what a command added; analysed for real from the sample articles, stored on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from subscriptions_support import ask, make_bot
from support import REPO, FakeClock

from bot.app import BriefBot, ingest_and_analyse
from bot.models import Brief

IRAQ = {"US-led coalition says combat mission in Iraq is over, troops to stay as advisers",
        "Iraq, Coalition affirm end of combat role; followed by Iraqi invite for Coalition to advise, assist, enable"}


@pytest.fixture
def bot(database_url: str, clock: FakeClock, tmp_path: Path) -> BriefBot:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    composed = make_bot(
        database_url, clock,
        sources=[{"name": "seeds", "location": str(tmp_path / "seeds"), "kind": "files"}],
        destinations=[
            {"name": "markets", "transport": "console", "filter": "retail OR (cyprus -iraq)"},
            {"name": "iraq-desk", "transport": "console", "topics": {"missions": ["Operation Inherent Resolve"]}},
            {"name": "brennan", "transport": "console", "topics": {"people": ["Brennan"]}},
            {"name": "nothing", "transport": "console", "sources": []},
        ],
    )
    ingest_and_analyse(composed)
    yield composed
    composed.close()


def brief(bot: BriefBot, name: str) -> Brief:
    [destination] = [d for d in bot.settings.destinations if d.name == name]
    return bot.pipeline.brief_for(destination, None, bot.clock())


def titles(result: Brief) -> set[str]:
    return {result.articles[a].title for d in result.developments for a in d.article_ids if a in result.articles}


def test_a_keyword_filter_keeps_the_matching_stories_only(bot: BriefBot) -> None:
    result = brief(bot, "markets")
    assert len(result.developments) == 2
    assert not titles(result) & IRAQ
    admitted = {a for d in result.developments for a in d.article_ids}
    assert result.quotes and {q.article_id for q in result.quotes} <= admitted  # none from the Iraq articles
    assert "CJTF-OIR" not in {m.status.mission for m in result.missions}
    assert result.missions and {e.article_id for m in result.missions for e in m.status.evidence} & admitted


def test_a_mission_topic_by_alias_keeps_the_articles_reporting_on_it(bot: BriefBot) -> None:
    result = brief(bot, "iraq-desk")
    assert titles(result) == IRAQ
    assert [m.status.mission for m in result.missions] == ["CJTF-OIR"]
    assert "Rachel Ogundipe" not in {q.speaker for q in result.quotes}


def test_a_person_topic_keeps_the_articles_quoting_them(bot: BriefBot) -> None:
    result = brief(bot, "brennan")
    assert titles(result) == IRAQ and "John W. Brennan" in {q.speaker for q in result.quotes}


def test_what_a_command_adds_is_briefed_too(bot: BriefBot) -> None:
    assert brief(bot, "nothing").is_empty  # `sources: []`: nothing but what commands add
    ask(bot, "subscribe", 'nothing seeds "retail sales"')
    result = brief(bot, "nothing")
    assert len(result.developments) == 1
    [title] = titles(result)
    assert title.startswith("UK retail sales rebound")
    ask(bot, "unsubscribe", "nothing seeds")
    assert brief(bot, "nothing").is_empty
