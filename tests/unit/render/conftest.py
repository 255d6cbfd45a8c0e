"""Realistic replies to render: a morning brief about a peacekeeping drawdown, its look-ups, and builders for
hostile variants. The stories are invented but shaped like wire copy (titles, orgs, mixed quote kinds)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from bot.models import (
    ArticleRef,
    Brief,
    Development,
    Evidence,
    MissionStatus,
    MissionUpdate,
    Notice,
    PersonRef,
    Quote,
    QuotesResult,
    StatusResult,
    SummarySentence,
    WhoResult,
)
from bot.render import Renderer

ARTICLES = {
    "a1": ArticleRef(
        id="a1",
        title="Security Council ends Mali peacekeeping mandate after decade-long deployment",
        url="https://news.example.org/africa/mali-peacekeeping-mandate-ends?src=rss&lang=en",
        source="Sahel Wire",
        published=date(2023, 6, 30),
    ),
    "a2": ArticleRef(
        id="a2",
        title="EU suspends training mission as junta tightens grip",
        url="https://www.example.com/world/eutm-suspended",
        source="Example Post",
        published=date(2023, 7, 2),
    ),
    "a3": ArticleRef(id="a3", title="Coalition keeps advisers in Iraq", url=None, source="files"),
}


def minusma(status: str = "drawdown") -> MissionStatus:
    return MissionStatus(
        mission="MINUSMA",
        aliases=("UN Multidimensional Integrated Stabilization Mission in Mali",),
        status=status,
        roles=("monitor",),
        since=date(2023, 6, 30),
        previous_status="non-combat",
        evidence=(
            Evidence(
                article_id="a1",
                sentence="The council voted unanimously to end the mission, ordering a withdrawal of its "
                "12,000 troops and police by Dec. 31.",
            ),
        ),
    )


def eutm() -> MissionStatus:
    return MissionStatus(
        mission="EUTM Mali",
        status="suspended",
        roles=("train",),
        since=date(2023, 7, 1),
        evidence=(Evidence(article_id="a2", sentence="The EU said training of Malian units is on hold."),),
    )


def oir() -> MissionStatus:
    return MissionStatus(
        mission="CJTF-OIR",
        aliases=("Operation Inherent Resolve",),
        status="non-combat",
        roles=("advise", "assist", "enable"),
        since=date(2021, 12, 9),
        previous_status="combat",
        evidence=(Evidence(article_id="a3", sentence="The coalition completed its transition to a "
                           "non-combat mission before year's end."),),
    )


def quote(text: str, *, kind: str = "direct", speaker: str = "Lt. Gen. Ana Moreira", article_id: str = "a1",
          title: str | None = "Force Commander", org: str | None = "MINUSMA",
          medium: str | None = "press conference") -> Quote:
    return Quote(speaker=speaker, speaker_title=title, speaker_org=org, text=text, kind=kind,
                 medium=medium, article_id=article_id)


QUOTES = (
    quote("We will leave in good order, and we will not leave anyone behind."),
    quote("the mission has become untenable", kind="partial", speaker="Josep Ferrer", title="spokesperson",
          org="European External Action Service", medium="statement", article_id="a2"),
    quote("the withdrawal should begin without delay", kind="indirect", speaker="Abdoulaye Sidibé",
          title="Foreign Minister", org=None, medium="interview"),
)


def make_brief(**changes: object) -> Brief:
    fields: dict[str, object] = {
        "destination": "console",
        "title": "Morning brief: Sahel and Iraq",
        "window_start": datetime(2023, 6, 30, 6, 0, tzinfo=UTC),
        "window_end": datetime(2023, 7, 3, 6, 0, tzinfo=UTC),
        "developments": (
            Development(
                id="d1",
                headline="UN ends Mali peacekeeping mission; EU suspends training",
                summary=(
                    SummarySentence(text="The Security Council voted to end MINUSMA after ten years.",
                                    article_id="a1"),
                    SummarySentence(text="Brussels put its training mission on hold two days later.",
                                    article_id="a2"),
                ),
                article_ids=("a1", "a2"),
            ),
        ),
        "missions": (
            MissionUpdate(status=minusma(), status_at_previous_brief="non-combat"),
            MissionUpdate(status=eutm(), status_at_previous_brief=None),
            MissionUpdate(status=oir(), status_at_previous_brief="non-combat"),
        ),
        "quotes": QUOTES,
        "articles": ARTICLES,
    }
    fields.update(changes)
    return Brief.model_validate(fields)


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def brief() -> Brief:
    return make_brief()


@pytest.fixture
def empty_brief() -> Brief:
    return make_brief(developments=(), missions=(), quotes=(), articles={})


@pytest.fixture
def lookups() -> dict[str, object]:
    return {
        "who": WhoResult(
            query="Moreira",
            people=(PersonRef(name="Ana Moreira", title="Lt. Gen.", org="MINUSMA"),),
            quotes=QUOTES[:1],
            articles=ARTICLES,
        ),
        "status": StatusResult(query="mali", missions=(minusma(), eutm()), articles=ARTICLES),
        "quotes": QuotesResult(query="withdrawal", quotes=QUOTES, articles=ARTICLES),
        "notice": Notice(text="Usage: /who NAME\nShows who said what, newest first."),
    }


BriefFactory = Callable[..., Brief]


@pytest.fixture
def brief_with() -> BriefFactory:
    """Build a brief with some fields replaced (hostile quotes, long text, many items)."""
    return make_brief


@pytest.fixture
def make_quote() -> Callable[..., Quote]:
    return quote


MATRIX_TAGS = {"h4", "p", "strong", "em", "ol", "ul", "li", "blockquote", "a", "br", "code"}


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_matrix_html(html: str) -> _TagCollector:
    """Parse `formatted` and check it uses only the tags we allow and only http(s) links."""
    collector = _TagCollector()
    collector.feed(html)
    collector.close()
    for tag, attrs in collector.tags:
        assert tag in MATRIX_TAGS, f"unexpected tag <{tag}>"
        if tag == "a":
            assert [name for name, _ in attrs] == ["href"]
            assert (attrs[0][1] or "").startswith(("http://", "https://"))
        else:
            assert attrs == [], f"<{tag}> has attributes {attrs}"
    return collector


@pytest.fixture
def matrix_html() -> Callable[[str], _TagCollector]:
    return parse_matrix_html
