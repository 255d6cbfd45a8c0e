"""The speed-ups of clustering give exactly what the plain code they replaced gives: the same fingerprints in
the same iteration order (it breaks ties between wire-copy originals), the same stems, and the same stories
and summaries whether stored stories come with their texts or as the members stored of them.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.analyse import cluster_vectors
from bot.analyse.caches import clear_caches
from bot.analyse.developments import cluster_developments, cluster_stories
from bot.analyse.story_members import fingerprint, member_of
from bot.models import Article, StoryMember

WORDS = ["UNIFIL", "mandate", "extended", "troops", "withdrawal", "Mali", "said", "the", "on", "Monday", "2023",
         "June", "30,", "peacekeepers", "O'Neil's", "leaving", "ies", "studies", "talks", "Niger", "a", "’s", "—"]
news = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map(" ".join)


def reference_shingles(text: str) -> frozenset[int]:
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d{2,}", text)]
    found = set()
    for i in range(len(words) - 5 + 1):
        h = zlib.crc32(" ".join(words[i:i + 5]).encode())
        if h % 4 == 0:
            found.add(h)
    return frozenset(found)


def reference_stem(word: str) -> str:
    w = re.sub(r"['’]s$", "", word.lower())
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("al", ""), ("s", "")):
        if len(w) > len(suffix) + 3 and w.endswith(suffix) and not w.endswith("ss"):
            return w[: -len(suffix)] + keep
    return w


@settings(max_examples=300, deadline=None)
@given(news)
def test_shingles_match_the_loop_in_members_and_order(text: str) -> None:
    expected = reference_shingles(text)
    assert list(cluster_vectors.shingles(text)) == list(expected)
    assert set(cluster_vectors.shingle_hashes(text)) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20))
def test_stems_are_the_plain_stemmer(words: list[str]) -> None:
    assert [cluster_vectors.stem(w) for w in words] == [reference_stem(w) for w in words]


def _article(number: int, text: str) -> Article:
    title = text.splitlines()[0]
    return Article(id=f"a{number}", source=f"s{number % 3}", title=title, text=text,
                   fetched_at=datetime(2024, 6, 1, 12, tzinfo=UTC))


STORIES = [
    "UN extends UNIFIL mandate\nBEIRUT, Aug. 31, 2023 — The Security Council extended the mandate of UNIFIL "
    "for another year on Thursday, diplomats said, after talks over the peacekeepers' freedom of movement.",
    "Mali tells MINUSMA to leave\nBAMAKO, June 16, 2023 — Mali's foreign minister asked the UN peacekeeping "
    "mission MINUSMA to withdraw without delay, saying it had failed to bring security.",
    "Niger scraps EU mission\nNIAMEY, Dec. 4, 2023 — Niger's junta revoked the agreement for the EU military "
    "partnership mission, ending cooperation with the bloc on security.",
]


def _batches() -> list[list[Article]]:
    articles = [_article(i, STORIES[i % 3] + f" Copy {i} of the report, with words {i * 7}.") for i in range(12)]
    return [articles[:5], articles[5:9], articles[9:]]


def _run(batches: list[list[Article]]) -> list[tuple[str, tuple[str, ...], str]]:
    """Cluster batch after batch against the stories of the batches before, as `analyze` does with texts."""
    members: dict[str, list[Article]] = {}
    out = []
    for batch in batches:
        for development in cluster_developments(batch, {k: list(v) for k, v in members.items()}):
            by_id = {a.id: a for group in [*members.values(), batch] for a in group}
            members[development.id] = [by_id[i] for i in development.article_ids]
            out.append((development.id, development.article_ids, development.headline))
    return out


def _run_stored(batches: list[list[Article]]) -> list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
    """The same as the pipeline does it: stored stories come as stored members (through JSON, as a database
    hands them back), and only the texts a summary quotes are read."""
    texts: dict[str, Article] = {}
    stored: dict[str, StoryMember] = {}
    members: dict[str, tuple[str, ...]] = {}
    read: list[str] = []

    def load(ids: Sequence[str]) -> list[Article]:
        read.extend(ids)
        return [texts[i] for i in ids]

    out = []
    for batch in batches:
        existing = {k: [stored[i] for i in ids] for k, ids in members.items()}
        clustered = cluster_stories(batch, existing, load)
        for member in clustered.members:
            as_stored = {**member.model_dump(), "terms": json.loads(json.dumps(member.terms))}
            stored[member.article_id] = StoryMember.model_validate(as_stored)
        texts.update((a.id, a) for a in batch)
        for development in clustered.developments:
            members[development.id] = development.article_ids
            out.append((development.id, development.article_ids, development.headline,
                        tuple(s.text for s in development.summary)))
    assert set(read) <= set(texts) and len(set(read)) < len(texts)  # only some stored texts were read
    return out


def test_stories_are_the_same_from_stored_members_as_from_texts() -> None:
    clear_caches()
    from_texts = _run(_batches())
    assert [(i, ids, h) for i, ids, h, _ in _run_stored(_batches())] == from_texts
    assert any(len(ids) > 1 for _, ids, _ in from_texts)  # stories were joined across batches


def test_summaries_are_the_same_from_stored_members_as_from_texts() -> None:
    batches = _batches()
    members: dict[str, list[Article]] = {}
    summaries = []
    for batch in batches:
        for development in cluster_developments(batch, {k: list(v) for k, v in members.items()}):
            by_id = {a.id: a for group in [*members.values(), batch] for a in group}
            members[development.id] = [by_id[i] for i in development.article_ids]
            summaries.append(tuple(s.text for s in development.summary))
    assert [summary for *_, summary in _run_stored(batches)] == summaries


def test_an_edited_text_is_dated_and_fingerprinted_again() -> None:
    clear_caches()
    first = _article(1, "Mali tells MINUSMA to leave\nBAMAKO, June 16, 2023 — Mali asked MINUSMA to withdraw.")
    edited = first.model_copy(update={"text": first.text.replace("June 16, 2023", "July 2, 2024") + " More."})
    assert member_of(first).day == datetime(2023, 6, 16).date()
    assert member_of(edited).day == datetime(2024, 7, 2).date()
    assert list(fingerprint(member_of(edited))) == list(cluster_vectors.shingles(edited.text))
    assert list(fingerprint(member_of(first))) == list(cluster_vectors.shingles(first.text))


def test_a_stored_member_whose_text_was_edited_is_taken_from_its_new_text() -> None:
    vote, quake = _article(1, STORIES[0]), _article(2, STORIES[1])
    (story,) = cluster_stories([vote], {}, lambda ids: []).developments
    edited = vote.model_copy(update={"title": quake.title, "text": quake.text})
    clustered = cluster_stories([edited], {story.id: [member_of(vote)]}, lambda ids: [])
    assert [m.terms for m in clustered.members] == [member_of(edited).terms]
    assert clustered.developments[0].headline == cluster_developments([edited])[0].headline
