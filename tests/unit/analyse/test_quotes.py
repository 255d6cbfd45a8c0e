"""Who said what, one construction at a time, on short invented wire-style paragraphs.

Each test builds an article (headline first line, as in the .txt files) and checks the speaker, kind and
text of what `extract_quotes` finds — and, for the "not a quote" cases, that nothing is credited.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analyse.quotes import extract_quotes
from bot.models import Article, Quote


def article(body: str, headline: str = "Officials weigh the future of the mission") -> Article:
    text = f"{headline}\n\n{body}"
    return Article(id="a1", source="test", title=headline, text=text, fetched_at=datetime.now(UTC))


def quotes_of(body: str, headline: str = "Officials weigh the future of the mission") -> list[Quote]:
    found = extract_quotes(article(body, headline))
    text = article(body, headline).text
    for quote in found:  # the contract: direct and partial quotes are exact spans of the article
        assert quote.start is not None and quote.end is not None
        assert text[quote.start:quote.end] == quote.text
    return found


def only(found: list[Quote]) -> Quote:
    assert len(found) == 1, [(q.speaker, q.text) for q in found]
    return found[0]


# ------------------------------------------------------------------------------------------ direct
def test_quote_first_with_said_after_the_name() -> None:
    quote = only(quotes_of('"We will stay as long as we are needed," Defence Minister Ana Petrescu said.'))
    assert (quote.speaker, quote.kind, quote.speaker_title) == ("Ana Petrescu", "direct", "Defence Minister")
    assert quote.text == "We will stay as long as we are needed"


def test_quote_first_with_said_before_the_name_and_an_apposition() -> None:
    quote = only(quotes_of('"The border is calm tonight," said Colonel Idris Haddad, a spokesman for the army.'))
    assert quote.speaker == "Idris Haddad"
    assert quote.text == "The border is calm tonight"


def test_speaker_first_with_a_colon() -> None:
    quote = only(quotes_of('Prime Minister Lena Holt said: "Our soldiers have done their duty."'))
    assert (quote.speaker, quote.kind, quote.text) == ("Lena Holt", "direct", "Our soldiers have done their duty.")


def test_told_reporters_sets_the_medium() -> None:
    quote = only(quotes_of('General Omar Saleh told reporters: "The last convoy leaves on Friday."'))
    assert quote.speaker == "Omar Saleh"
    assert quote.medium == "told reporters"


def test_split_quote_gives_two_quotes_for_one_speaker() -> None:
    found = quotes_of('"This renewal sends a clear message," Gabor Kovacs said, "that the region is not alone."')
    assert [q.speaker for q in found] == ["Gabor Kovacs", "Gabor Kovacs"]
    assert found[1].text == "that the region is not alone."


def test_quote_running_over_two_paragraphs() -> None:
    body = ('The commander, Rear Admiral Luca Benedetti, addressed the crews:\n\n'
            '"Every ship that crosses these waters safely is the result of your work.\n\n'
            '"The extension of our mandate is a recognition of that."')
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Luca Benedetti", "Luca Benedetti"]
    assert found[1].text == "The extension of our mandate is a recognition of that."


def test_curly_marks_nested_single_quotes_and_apostrophes() -> None:
    body = ("“The minister’s words were clear: ‘we don’t leave our allies behind,’” "
            "said Ahmed Karimi, Iraq’s deputy foreign minister.")
    quote = only(quotes_of(body))
    assert quote.speaker == "Ahmed Karimi"
    assert quote.text == "The minister’s words were clear: ‘we don’t leave our allies behind,’"


def test_straight_single_quotes_in_a_paragraph_without_double_quotes() -> None:
    quote = only(quotes_of("'We are ready for the handover,' the governor, Maria Santos, said on Monday."))
    assert (quote.speaker, quote.text) == ("Maria Santos", "We are ready for the handover")


def test_bare_quote_after_an_attributed_one_continues_the_same_speaker() -> None:
    body = '"We did not come here to stay forever," Sarah Okafor said. "But we will not leave in a hurry."'
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Sarah Okafor", "Sarah Okafor"]


def test_speaker_named_in_the_next_sentence() -> None:
    body = '"The Americans were asked to leave, and then they came back."\n\nSo said Dr Nizar Rubaie, a historian.'
    quote = only(quotes_of(body))
    assert quote.speaker == "Nizar Rubaie"


def test_speaker_introduced_in_the_previous_paragraph() -> None:
    body = "MONUSCO said in a statement:\n\n\"Peacekeepers engaged the armed group near the town of Sake.\""
    quote = only(quotes_of(body))
    assert (quote.speaker, quote.medium) == ("MONUSCO", "statement")


def test_said_according_to_the_statement_takes_the_statement_as_medium() -> None:
    quote = only(quotes_of('"Many brave men gave their lives," Maj. Gen. John W. Brennan said, according to the '
                           "statement."))
    assert (quote.speaker, quote.speaker_title, quote.medium) == ("John W. Brennan", "Maj. Gen.", "statement")


def test_tweet_medium() -> None:
    quote = only(quotes_of('Araji also said in a tweet, "The relationship will continue in training."'))
    assert quote.medium == "tweet"


# ---------------------------------------------------------------------------------------- speakers
def test_surname_resolves_to_the_full_name_of_the_first_mention() -> None:
    body = ("The talks were chaired by Iraq's National Security Adviser, Qasim al-Araji.\n\n"
            '"The relationship with the coalition will continue," Araji said.')
    quote = only(quotes_of(body))
    assert (quote.speaker, quote.speaker_title, quote.speaker_org) == (
        "Qasim al-Araji", "National Security Adviser", "Iraq")


def test_title_before_the_name_with_commas() -> None:
    body = ("The plan was previewed by Pentagon Press Secretary, John Kirby, who explained that the troops "
            "would remain at the government's request.")
    quote = only(quotes_of(body))
    assert (quote.speaker, quote.speaker_title, quote.speaker_org) == ("John Kirby", "Press Secretary", "Pentagon")
    assert quote.kind == "indirect"
    assert quote.text == "the troops would remain at the government's request"


def test_pronoun_goes_to_the_most_recent_person_of_the_right_gender() -> None:
    body = ("Amina Diallo, the mayor, said she had asked for more patrols.\n\n"
            "Her deputy, Paul Mensah, disagreed with the timing.\n\n"
            '"The city cannot wait another month," she said.')
    found = quotes_of(body)
    assert found[-1].speaker == "Amina Diallo"
    assert found[-1].text == "The city cannot wait another month"


def test_he_after_a_sentence_about_a_man() -> None:
    body = ("The delegation was led by General Marc Olivier.\n\n"
            '"We will go at the pace the authorities set," he said.')
    assert only(quotes_of(body)).speaker == "Marc Olivier"


def test_it_resolves_to_an_organisation() -> None:
    body = ('"The operation remains on schedule," the Iraqi Joint Operations Command said in a statement. '
            '"All equipment has been handed over," it added.')
    found = quotes_of(body)
    assert [q.speaker for q in found] == ["Iraqi Joint Operations Command"] * 2
    assert found[0].medium == "statement"


def test_unnamed_spokesperson_keeps_title_and_organisation() -> None:
    quote = only(quotes_of('"No decision has been made," a Pentagon spokesperson said.'))
    assert quote.speaker == "Pentagon spokesperson"
    assert (quote.speaker_title, quote.speaker_org) == ("spokesperson", "Pentagon")


def test_the_ministry_refers_back_to_the_named_ministry() -> None:
    body = ("Iraq's Foreign Ministry summoned the ambassador on Monday.\n\n"
            "The ministry said in a statement that the strike was a violation of sovereignty.")
    quote = only(quotes_of(body))
    assert "Foreign Ministry" in quote.speaker
    assert (quote.kind, quote.medium) == ("indirect", "statement")


def test_statement_from_an_organisation_and_its_acronym() -> None:
    body = ("A statement from the Iraqi Joint Operations Command (JOC) confirmed the plan, explaining that the "
            'two parties had reaffirmed their "commitment to the ongoing partnership between the two forces."\n\n'
            'The statement from the Iraqi JOC also cited "the successful transfer of equipment to the Iraqi side."')
    found = quotes_of(body)
    assert [(q.speaker, q.kind) for q in found] == [("Iraqi Joint Operations Command", "partial")] * 2
    assert found[0].text.startswith("commitment to the ongoing partnership")


def test_the_statement_refers_to_whoever_issued_it() -> None:
    body = ("Following the meeting, CENTCOM published a statement. Moving forward, the coalition will have a "
            "non-combat mission, the statement explained.")
    quote = only(quotes_of(body))
    assert (quote.speaker, quote.kind) == ("CENTCOM", "indirect")
    assert quote.text == "Moving forward, the coalition will have a non-combat mission"


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Mohammed bin Salman", "Salman"), ("Ursula von der Leyen", "Leyen"), ("Nicolas de la Roche", "Roche"),
     ("Maarten van der Linde", "Linde"), ("Ahmadou ag Albachar", "Albachar")],
)
def test_name_particles_stay_in_the_name(name: str, surname: str) -> None:
    body = f"The envoy {name} arrived on Sunday.\n\n\"We expect a deal within days,\" {surname} said."
    assert only(quotes_of(body)).speaker == name


def test_all_capitals_name_with_country_in_parentheses() -> None:
    quote = only(quotes_of("VASSILY ORLOV (Russian Federation) said the decision of the authorities must be "
                           "respected."))
    assert (quote.speaker, quote.speaker_org) == ("Vassily Orlov", "Russian Federation")


def test_role_then_name_in_apposition() -> None:
    quote = only(quotes_of("A senior official at the Joint Operations Command, Maj. Gen. Tahsin al-Khafaji, "
                           "confirmed that the letter was genuine."))
    assert (quote.speaker, quote.text) == ("Tahsin al-Khafaji", "the letter was genuine")


# ------------------------------------------------------------------------------------------ indirect
@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Kirby said the combat mission would end by December.", "the combat mission would end by December"),
        ("Kirby said that the combat mission would end.", "the combat mission would end"),
        ("Kirby warned that the militias could strike again.", "the militias could strike again"),
        ("Kirby confirmed on Monday that two bases had been handed over.", "two bases had been handed over"),
        ("Kirby denied that any troops were leaving.", "any troops were leaving"),
        ("Kirby told reporters in Baghdad that the talks had gone well.", "the talks had gone well"),
        ("According to Kirby, the talks had gone well.", "the talks had gone well"),
        ("The talks had gone well, according to Kirby.", "The talks had gone well"),
        ("The talks had gone well, Kirby said on Tuesday.", "The talks had gone well"),
    ],
)
def test_indirect_speech_reports_the_clause(body: str, text: str) -> None:
    quote = only(quotes_of(f"John Kirby visited the base.\n\n{body}"))
    assert (quote.speaker, quote.kind, quote.text) == ("John Kirby", "indirect", text)


def test_two_reports_in_one_sentence() -> None:
    found = quotes_of("The representative of Chile said her delegation had voted in favour, but warned that the "
                      "departure of the mission would leave a vacuum.")
    # the compound is one report ("said A, but warned that B"); each part is reported too
    assert [q.text for q in found] == ["her delegation had voted in favour",
                                       "her delegation had voted in favour, but warned that the departure of the "
                                       "mission would leave a vacuum",
                                       "the departure of the mission would leave a vacuum"]
    assert {q.speaker for q in found} == {"representative of Chile"}


def test_adding_that_belongs_to_the_first_speaker() -> None:
    found = quotes_of('"We are ready," Marchal said, adding that the raid had targeted the group\'s leaders.')
    assert [(q.speaker, q.kind) for q in found] == [("Marchal", "direct"), ("Marchal", "indirect")]


def test_reported_clause_with_short_quoted_words_stays_one_indirect_quote() -> None:
    quote = only(quotes_of('Macron said the new approach would be "less exposed" and based on cooperation with '
                           "African states."))
    assert quote.kind == "indirect"
    assert quote.text.startswith('the new approach would be "less exposed"')


# ------------------------------------------------------------------------------------------ partial
def test_described_as_gives_a_partial_quote() -> None:
    quote = only(quotes_of('Sadiq described the reform as "the most important reform in the history of the '
                           'ministry."'))
    assert (quote.speaker, quote.kind) == ("Sadiq", "partial")
    assert quote.text == "the most important reform in the history of the ministry."


def test_short_fragment_framed_by_a_verb_of_judging() -> None:
    quote = only(quotes_of('The government called the decision "regrettable" on Tuesday.'))
    assert (quote.speaker, quote.kind, quote.text) == ("government", "partial", "regrettable")


def test_partial_quote_credited_by_the_cue_after_it() -> None:
    quote = only(quotes_of('The vote was "a turning point for the region," Foreign Minister Fuad Hussein said.'))
    assert (quote.speaker, quote.kind, quote.text) == ("Fuad Hussein", "partial", "a turning point for the region")


# -------------------------------------------------------------------------------------- not quotes
@pytest.mark.parametrize(
    "body",
    [
        'The so-called "peace dividend" never arrived.',
        'The report, titled "Mali After the Mission", was published on Monday.',
        'The film "The Quiet Harbour" won the main prize.',
        'Operation "Inherent Resolve" began in 2014.',
        'The chant of the crowd outside parliament has been "Stop the Steal."',
        '"No to Fraud" was painted on the walls of the ministry.',
        '"We will never forget what happened here, not in a hundred years."',
        "Read More: Pentagon: 'US forces will remain in Iraq'",
    ],
)
def test_no_speaker_no_quote(body: str) -> None:
    assert quotes_of(body) == []


def test_headline_is_not_a_quote() -> None:
    headline = 'Macron says France "will not abandon" the Sahel'
    assert quotes_of("The president spoke in Toulon on Wednesday.", headline=headline) == []


def test_people_who_are_only_mentioned_never_speak() -> None:
    body = ("Pressure increased following the assassination of Qasim Soleimani, who directed the militias.\n\n"
            "They responded by taking a page out of Donald Trump's playbook, claiming the count was fraudulent.")
    assert quotes_of(body) == []


def test_unsure_speaker_is_dropped_rather_than_guessed() -> None:
    body = 'Residents gathered in the square.\n\n"Nobody told us anything," one of them said.'
    assert all(q.speaker != "Residents" for q in quotes_of(body))


def test_subheading_is_not_read_for_quotes() -> None:
    body = 'Diminished popularity of the "resistance" militias\n\nThe vote was held on Sunday.'
    assert quotes_of(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The report said civilian deaths had doubled since January.",
        "According to official data, the number of crossings fell by half.",
    ],
)
def test_documents_are_not_speakers(body: str) -> None:
    assert quotes_of(body) == []


def test_saying_with_a_present_tense_clause() -> None:
    quote = only(quotes_of("Libya's government has criticised the operation, saying it focuses on weapons shipments "
                           "to its forces."))
    assert (quote.speaker, quote.kind) == ("Libya's government", "indirect")
    assert quote.text == "it focuses on weapons shipments to its forces"


def test_wire_dateline_is_not_a_speaker() -> None:
    quote = only(quotes_of("PRISTINA, October 3, 2023 – NATO's peacekeeping force in Kosovo, KFOR, said on Tuesday "
                           "it had increased patrols along the boundary."))
    assert quote.speaker == "KFOR"
