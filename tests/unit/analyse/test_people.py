"""Speakers across articles: keys, the same-person test, merging and user look-ups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.analyse.people import matches_query, merge_people, person_key, same_person
from bot.models import PersonRef, Quote


def quote(speaker: str, title: str | None = None, org: str | None = None, article: str = "a1") -> Quote:
    return Quote(speaker=speaker, speaker_title=title, speaker_org=org, text="…", kind="indirect", article_id=article)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Brennan", "John W. Brennan"), ("John W. Brennan", "Maj. Gen. John W. Brennan"), ("Brennan", "Maj. Gen. Brennan"),
     ("Araji", "Qasim al-Araji"), ("Qasim Al-Araji", "qasim al-araji"), ("Moussa Diakité", "DIAKITE"),
     ("JOC", "Iraqi Joint Operations Command"), ("Joint Operations Command", "Iraqi Joint Operations Command"),
     ("CENTCOM", "CENTCOM"), ("President Emmanuel Macron", "Macron")],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)
    assert person_key(a) == person_key(b) or "JOC" in (a, b) or "Joint" in a


@pytest.mark.parametrize(
    ("a", "b"),
    [("John Kirby", "John W. Brennan"), ("John Brennan", "Mary Brennan"), ("John W. Brennan", "John K. Brennan"),
     ("CENTCOM", "Iraqi Joint Operations Command"), ("Pentagon", "Pentagon spokesperson"), ("", "Brennan")],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_person_key_is_the_surname_for_people_and_the_name_for_organisations() -> None:
    assert person_key("Maj. Gen. John W. Brennan") == "brennan"
    assert person_key("Qasim al-Araji") == "araji"
    assert person_key("Iraqi Joint Operations Command") == "iraqi-joint-operations-command"


def test_merge_people_keeps_the_fullest_name_and_known_title() -> None:
    quotes = [
        quote("Brennan", article="a2"),
        quote("John W. Brennan", "Maj. Gen."),
        quote("John Kirby", "Press Secretary", "Pentagon"),
        quote("Maj. Gen. John W. Brennan", "Maj. Gen.", "CJTF-OIR"),
    ]
    assert merge_people(quotes) == [
        PersonRef(name="John W. Brennan", title="Maj. Gen.", org="CJTF-OIR"),
        PersonRef(name="John Kirby", title="Press Secretary", org="Pentagon"),
    ]


def test_merge_people_keeps_namesakes_apart_and_gives_a_bare_surname_to_the_busiest() -> None:
    quotes = [quote("John Brennan"), quote("Mary Brennan"), quote("Mary Brennan"), quote("Brennan")]
    merged = merge_people(quotes)
    assert [p.name for p in merged] == ["John Brennan", "Mary Brennan"]


def test_merge_people_of_nothing() -> None:
    assert merge_people([]) == []


@pytest.mark.parametrize(
    ("query", "speaker"),
    [("Brennan", "John W. Brennan"), ("john brennan", "Maj. Gen. John W. Brennan"), ("araji", "Qasim al-Araji"),
     ("al-Araji", "Qasim al-Araji"), ("Brenan", "John W. Brennan"), ("diakite", "Moussa Diakité"),
     ("JOC", "Iraqi Joint Operations Command"), ("centcom", "CENTCOM"), ("Gen. Brennan", "John W. Brennan")],
)
def test_query_names_the_speaker(query: str, speaker: str) -> None:
    assert matches_query(query, speaker)


@pytest.mark.parametrize(
    ("query", "speaker"),
    [("Kirby", "John W. Brennan"), ("mary brennan", "John W. Brennan"), ("", "John Kirby"), ("jk", "John Kirby"),
     ("Pentagon", "John Kirby")],
)
def test_query_does_not_name_the_speaker(query: str, speaker: str) -> None:
    assert not matches_query(query, speaker)


names = st.text(alphabet=st.sampled_from(list("abcJKMW .-’'()ÉéALQ")), max_size=30)


@given(names, names)
def test_people_functions_accept_any_text_and_same_person_is_symmetric(a: str, b: str) -> None:
    assert isinstance(person_key(a), str)
    assert same_person(a, b) == same_person(b, a)
    assert isinstance(matches_query(a, b), bool)
    assert len(merge_people([quote(a or "x"), quote(b or "y")])) in (1, 2)
