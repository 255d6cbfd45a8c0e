"""Paragraph and sentence spans: exact offsets, and the breaks news copy needs (titles, initials, quotes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.analyse.sentences import Span, paragraphs, sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_paragraphs_are_non_blank_lines_with_offsets() -> None:
    text = "Headline\n\n  First paragraph.  \nSecond one."
    found = paragraphs(text)
    assert [(p.text, p.paragraph) for p in found] == [("Headline", 0), ("First paragraph.", 1), ("Second one.", 2)]
    assert all(text[p.start:p.end] == p.text for p in found)


def test_titles_initials_and_dates_do_not_end_sentences() -> None:
    text = "Maj. Gen. John W. Brennan spoke on Dec. 9 in Baghdad. Mr. Kirby agreed."
    assert texts(text) == ["Maj. Gen. John W. Brennan spoke on Dec. 9 in Baghdad.", "Mr. Kirby agreed."]


def test_dotted_acronym_ends_a_sentence_only_before_a_sentence_opener() -> None:
    assert texts("Troops left the U.S. The base closed.") == ["Troops left the U.S.", "The base closed."]
    assert texts("The U.S. Army left.") == ["The U.S. Army left."]


def test_full_stop_inside_a_closing_quote_mark_ends_the_sentence() -> None:
    text = "He said: “We will stay.” The minister disagreed."
    assert texts(text) == ["He said: “We will stay.”", "The minister disagreed."]


def test_a_quoted_passage_of_several_sentences_stays_together() -> None:
    text = 'Whitfield said: "This will not be quick. They have had years to prepare." Fighting continued.'
    assert texts(text) == ['Whitfield said: "This will not be quick. They have had years to prepare."',
                           "Fighting continued."]


def test_initial_before_an_opening_quote_ends_the_sentence() -> None:
    assert texts("He said it in a post on X. “We now move on.”") == ["He said it in a post on X.", "“We now move on.”"]


def test_sentences_never_cross_paragraphs_and_keep_paragraph_numbers() -> None:
    found = sentences("One. Two\nThree")
    assert [(s.text, s.paragraph) for s in found] == [("One.", 0), ("Two", 0), ("Three", 1)]


def test_callers_get_their_own_list() -> None:
    text = "One. Two."
    first = sentences(text)
    first.clear()
    assert len(sentences(text)) == 2


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"“”'’()UKSdrMG,:")), max_size=200))
def test_spans_are_exact_ordered_and_inside_their_paragraph(text: str) -> None:
    found: list[Span] = sentences(text)
    by_number = {p.paragraph: p for p in paragraphs(text)}
    previous_end = -1
    for span in found:
        assert span.text and text[span.start:span.end] == span.text == span.text.strip()
        assert span.start >= previous_end
        paragraph = by_number[span.paragraph]
        assert paragraph.start <= span.start < span.end <= paragraph.end
        previous_end = span.end
