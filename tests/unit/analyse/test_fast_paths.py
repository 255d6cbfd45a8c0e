"""The speed-ups of the analysis give exactly what the plain code they replaced gives.

Each fast path (a scan that jumps to the characters a match can start with, a needle test before a regex,
an index instead of a loop, a lazy reader) is compared on generated news-like text with a straightforward
reference: the regex run over the whole text, or the loop as it was written before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analyse import (
    dates,
    mission_acronyms,
    mission_catalogue,
    mission_cue_table,
    mission_cues,
    mission_names,
    mission_patterns,
    mission_roles,
    missions,
)
from bot.analyse.mission_catalogue import CATALOGUE_INDEX, AliasIndex, organisations
from bot.analyse.people_names import fold
from bot.analyse.scan import Anchored, Needled, NeedleSets, case_variants, folds_plainly
from bot.analyse.speech_lexicon import NAME_PREFIX, NOT_NAME_WORDS
from bot.analyse.speech_registry import Entity, Registry
from bot.analyse.speech_tokens import _DOTTED, Token, Unit, tokenise

PIECES = [
    "Operation Inherent Resolve", "Opération Barkhane", "Operation The", "Mission", "UN Mission in South Sudan",
    "Training Mission in Mali", "Permanent Mission", "Coalition", "coalition", "COALITION", "ruling coalition",
    "the Coalition, formally known as", "coalition (CJTF-OIR)", "CJTF-OIR", "JTF-HOA", "Joint Task Force",
    "Combined Joint Task Force-Operation Inherent Resolve", "Task Force Takuba", "Task force", "UN", "U.N.",
    "United Nations", "NATO", "Nato", "EU", "European Union", "African Union", "AU", "UNIFIL", "Unifil",
    "(UNIFIL)", "MINUSMA", "(MINUSMA)", "(Reuters)", "(AFP)", "(Joc)", "Iraqi Joint Operations Command (JOC)",
    "United Nations Interim Force in Lebanon", "anti-ISIS coalition", "anti-IS", "international coalition against ISIS",
    "internationally", "US-led coalition against ISIS", "American-led", "U.S.-led", "peacekeeping mission in Mali",
    "UN peacekeeping mission in Mali", "NATO's training mission", "EU military partnership mission in Niger", "KFOR",
    "Kosovo Force", "EUFOR Althea", "Resolute Support", "Monday", "mondays", "FRIDAY", "Tuesday's", "today",
    "day", "Sunday", "June 30, 2023", "30 June 2023", "2021-12-09", "since March", "by June 30", "last week",
    "two years ago", "by the end of the year", "in 2011", "Dec. 9", "demanded", "urged", "called for", "denied",
    "rejects", "false", "advise", "training", "assisting and enabling", "troops", "its troops", "the forces",
    "peacekeepers", "blue helmets", "the mandate", "the mission", "operations", "personnel", "ſoldiers", "ıt",
    "İncirlik", "Kelvin", "K", "said", "Maj. Gen. John W. Brennan", "Gen.", "al-Araji", "Qasim al-Araji",
    "don't", "Iraq’s", "parents’ house", "the Ministry of Defence", "the ministry", "(", ")", ",", ".", ";", ":",
    "-", "–", "—", "'", "’", "\"", "“", "”", "\n", "\n\n", " ", "  ", "12", "1999", "2020", "a", "of the", "The",
    # whole phrases, so that every alternative of every pattern is met
    "African Union mission in Somalia", "AU force", "the U.N. peacekeepers in Mali", "UN's political mission",
    "NATO-led force in Kosovo", "Nato mission", "EU training mission in Mali", "European Union operation",
    "United Nations mission to Haiti", "Thursday", "SATURDAY", "Wednesday", "sunday", "Operation Prosperity Guardian",
    "CJTF–OIR", "Combined Joint Task Force – Operation Inherent Resolve", "Joint Task Force-Horn", "Coalition (OIR)",
    "coalition, also known as", "denial", "deny", "pressure", "sought", "ultimatum", "resolution calling",
    "observers", "escorting", "deterrence", "contingent", "deployment", "peacekeeping", "its force",
]
news = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
glued = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)  # names touching other words
texts = st.one_of(news, glued)
SETTINGS = settings(max_examples=250, deadline=None)


def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


ANCHORED: list[Anchored] = [
    mission_patterns._OPERATION, mission_patterns._TASK_FORCE, mission_patterns._MISSION_WORD,
    mission_names._COALITION_DEF, mission_names._COALITION, mission_names._DESCRIPTIVE,
]
NEEDLED: list[Needled] = [
    mission_cues._DEMAND, mission_cues._DENIAL, mission_roles._ROLE_WORD, missions._REFERENCE_HINT,
    missions._ANAPHOR, missions._HEADLINE_ANAPHOR, missions._WEAK_ANAPHOR,
]


@SETTINGS
@given(texts)
def test_anchored_scans_find_what_the_whole_text_scan_finds(text: str) -> None:
    for anchored in ANCHORED:
        assert spans(anchored.finditer(text)) == spans(anchored.pattern.finditer(text)), anchored.pattern.pattern


@SETTINGS
@given(texts)
def test_needled_patterns_find_what_the_plain_search_finds(text: str) -> None:
    for needled in NEEDLED:
        found, plain = needled.search(text), needled.pattern.search(text)
        assert (found and found.span()) == (plain and plain.span())
        assert spans(needled.finditer(text)) == spans(needled.pattern.finditer(text))


@SETTINGS
@given(st.one_of(texts, st.text(alphabet="abenxd l", max_size=30)))
def test_needle_sets_are_those_a_substring_test_finds(text: str) -> None:
    low = text.lower()
    nested = NeedleSets([("end", "extend"), ("exten",), ("x",), ("nd l", "d")])  # needles inside needles
    cases = [(mission_cues._CUE_NEEDLES, mission_cue_table.NEEDLES), (nested, [("end", "extend"), ("exten",), ("x",),
                                                                         ("nd l", "d")])]
    for needle_sets, sets in cases:
        held = needle_sets.held(low)
        assert [bool(held >> i & 1) for i in range(len(sets))] == [any(n in low for n in needles) for needles in sets]


def test_needles_are_skipped_only_where_lower_casing_is_plain() -> None:
    assert not folds_plainly("ſoldiers") and not folds_plainly("İncirlik") and folds_plainly("Soldiers’ “camp”")
    assert missions._REFERENCE_HINT.search("the ſoldiers left") is not None  # IGNORECASE: ſ is an s


def test_case_variants_are_every_character_ignorecase_matches() -> None:
    for letter in "cikosu":
        pattern = re.compile(letter, re.IGNORECASE)
        expected = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000 and pattern.fullmatch(chr(c))}
        assert set(case_variants(letter)) == expected


def reference_organisations(text: str) -> frozenset[str]:
    return frozenset(org for org, pattern, _ in mission_catalogue._ORGANISATION_WORDS if pattern.search(text))


@SETTINGS
@given(texts)
def test_organisations_need_no_regex_for_texts_without_their_words(text: str) -> None:
    assert organisations(text) == reference_organisations(text)


def reference_alias_find(index: AliasIndex, text: str) -> list[tuple[int, int, str]]:
    """The loop over every word that AliasIndex.find replaced."""
    found: list[tuple[int, int, str]] = []
    covered = -1
    for word in re.finditer(r"\w+", text):
        pattern = index._by_first.get(word.group().lower())
        if pattern is None or word.start() < covered:
            continue
        hit = pattern.match(text, word.start())
        if hit:
            found.append((hit.start(), hit.end(), hit.group()))
            covered = hit.end()
    return found


TRACKED = AliasIndex(
    ["UNIFIL", "United Nations Interim Force in Lebanon", "Opération Barkhane", "anti-ISIS coalition", "kfor",
     "Task Force Takuba"],
    fold_lowercase=True,
)
DOTTED_I = AliasIndex(["İncirlik Air Base", "Incirlik"], fold_lowercase=True)  # a key lower-cased from "İ"


@SETTINGS
@given(texts)
def test_alias_index_finds_what_the_word_loop_finds(text: str) -> None:
    for index in (CATALOGUE_INDEX, TRACKED, DOTTED_I):
        assert index.find(text) == reference_alias_find(index, text)


def test_alias_index_finds_catalogue_names_in_every_spelling() -> None:
    text = "The U.N. Mission in South Sudan, Unifil and the anti-ISIS coalition; international coalition against ISIS."
    assert [name for _, _, name in CATALOGUE_INDEX.find(text)] == [
        "U.N. Mission in South Sudan", "Unifil", "anti-ISIS coalition", "international coalition against ISIS",
    ]


@SETTINGS
@given(texts)
def test_acronym_definitions_are_the_regex_matches(text: str) -> None:
    assert spans(mission_acronyms._acronym_definitions(text)) == spans(mission_acronyms._ACRONYM_DEF.finditer(text))


def test_acronym_definition_far_from_its_parenthesis_is_found() -> None:
    long = "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"
    text = "x " * 300 + long + "   (MINUSCA) and (Reuters) - " + "word " * 40 + "Joint Operations Command (JOC)"
    assert spans(mission_acronyms._acronym_definitions(text)) == spans(mission_acronyms._ACRONYM_DEF.finditer(text))
    assert [m["acr"] for m in mission_acronyms._acronym_definitions(text)] == ["MINUSCA", "JOC"]


def reference_weekdays(text: str) -> set[int]:
    return {dates._WEEKDAYS.index(w.lower()) for w in dates._WEEKDAY_WORD.findall(text)}


def outcome(function: Callable[[], object]) -> object:
    """A result or the type of the exception raised: fast and plain code must also fail alike."""
    try:
        return function()
    except ValueError as error:
        return type(error)


@SETTINGS
@given(texts)
def test_weekdays_are_found_from_their_day_suffix(text: str) -> None:
    assert outcome(lambda: dates._weekdays(text)) == outcome(lambda: reference_weekdays(text))


def test_weekday_names_must_be_whole_words() -> None:
    assert dates._weekdays("Mondays and TUESDAY, todayFriday, Thursday's") == {1, 3}


@SETTINGS
@given(texts)
def test_a_date_reader_resolves_like_find_dates(text: str) -> None:
    reader = dates.DateReader(text)
    for anchor in (None, date(2023, 6, 30)):
        for future in (False, True):
            assert reader.find(anchor, future=future) == dates.find_dates(text, anchor, future=future)


def reference_article_date(text: str) -> date | None:
    """article_date before it read the text lazily: every mention first, then the dateline."""
    from collections import Counter

    mentions = [m for m in dates.find_dates(text) if m.precision == "day"]
    dateline = dates._dateline(text, mentions)
    if dateline is not None:
        return dateline
    weekdays = reference_weekdays(text)
    score: Counter[date] = Counter()
    head = max(dates._HEAD_CHARS, len(text) // 5)
    for mention in mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        if not mention.deadline and not dates._FUTURE_CONTEXT.search(text[line_start:mention.start]):
            score[mention.value] += 1 + (mention.start < head)
    if not score:
        return None
    for value in score:
        if value.weekday() in weekdays:
            score[value] += 2
    return max(score, key=lambda value: (score[value], value))


@SETTINGS
@given(texts)
def test_article_date_is_unchanged_by_reading_lazily(text: str) -> None:
    assert outcome(lambda: dates.article_date.__wrapped__(text)) == outcome(lambda: reference_article_date(text))


@SETTINGS
@given(texts, st.integers(min_value=0, max_value=400))
def test_clause_start_is_the_end_of_the_last_break(text: str, position: int) -> None:
    for breaks in (mission_cues._CLAUSE_BREAK, mission_cues._STRONG_BREAK):
        expected = 0
        for match in breaks.finditer(text, 0, position):
            expected = match.end()
        assert mission_cues._clause_start(text, position, breaks) == expected


# The tokenizer as it was: no leading whitespace in the match, a function call for the name test.
_REFERENCE_TOKEN = re.compile(
    r"(?P<acr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>\w+(?:(?:[-‐]|[’'](?![sS]\b))\w+)*)"
    r"|(?P<pos>[’'][sS]\b|(?<=[sS])[’'](?=\s))"
    r"|(?P<punct>[^\w\s])"
)


def _reference_name_like(word: str, low: str) -> bool:
    if word[0].isupper():
        return low not in NOT_NAME_WORDS or (word.isupper() and len(word) > 1)
    return ("-" in word or "‐" in word) and NAME_PREFIX.match(word) is not None


def reference_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    end = len(text)
    taken_until = -1
    for match in _REFERENCE_TOKEN.finditer(text):
        kind = match.lastgroup
        first, stop = match.span()
        word = text[first:stop]
        if kind in ("word", "acr"):
            low = word.lower()
            if kind == "word" and stop < end and text[stop] == "." and (
                low in _DOTTED or (len(word) == 1 and word.isupper())
            ):
                stop += 1
                taken_until = stop
                word += "."
            else:
                low = low.rstrip(".")
            out.append(Token(word, first, stop, "w", low, -1, _reference_name_like(word, low)))
        elif kind == "pos":
            out.append(Token(word, first, stop, "pos", "'s", -1, False))
        elif first >= taken_until:
            out.append(Token(word, first, stop, "p", word, -1, False))
    return out


@SETTINGS
@given(st.one_of(texts, st.text(max_size=80)))
def test_tokens_are_those_of_the_plain_tokenizer(text: str) -> None:
    assert tokenise(text) == reference_tokens(text)


def reference_find_org(registry: Registry, name: str) -> Entity | None:
    """Registry.find_org as a pass over every organisation, as it was written before it kept an index."""
    key = fold(name.removeprefix("the ").removeprefix("The "))
    words = set(name.replace("(", " ").replace(")", " ").split())
    for org in registry.orgs:
        if fold(org.name) == key or (org.acronym and (org.acronym in words or fold(org.acronym) == key)):
            return org
    return None


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join), st.lists(st.sampled_from(PIECES)))
def test_registry_finds_organisations_like_a_pass_over_all_of_them(text: str, names: list[str]) -> None:
    registry = Registry([Unit(0, 0, 0, len(text), tokenise(text))], text)
    registry.org("Joint Operations Command")
    registry.org("Joint Operations Command", "JOC")  # an acronym learnt after the organisation
    for name in [*names, *(org.name for org in registry.orgs), *(org.acronym or "" for org in registry.orgs)]:
        assert registry.find_org(name) is reference_find_org(registry, name)
    assert registry.find_org("the JOC") is reference_find_org(registry, "the JOC") is not None


def test_clear_caches_forgets_every_article() -> None:
    from datetime import UTC, datetime

    from bot.analyse import people_names, sentences, speech_tokens
    from bot.analyse.batch import analyse_article
    from bot.analyse.caches import clear_caches
    from bot.models import Article, MissionSpec

    text = "UN extends UNIFIL\nBEIRUT, Aug. 31, 2023 — UNIFIL's mandate was extended, Maj. Gen. Aroldo Lázaro said."
    article = Article(id="c", source="test", title="UN extends UNIFIL", text=text, fetched_at=datetime.now(UTC))
    analyse_article(article, (MissionSpec(name="UNIFIL"),))
    caches = [
        sentences._sentences, sentences._paragraphs, dates.article_date, mission_names._tracked,
        mission_catalogue.name_key, mission_catalogue.organisations_of, people_names._split_name, people_names.fold,
        people_names.name_words, people_names.initials,
    ]
    assert all(cache.cache_info().currsize for cache in caches[:6])
    clear_caches()
    assert [cache.cache_info().currsize for cache in caches] == [0] * len(caches)
    assert not speech_tokens._FACTS
