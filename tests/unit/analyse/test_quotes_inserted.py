"""Attributions moved inside or after the reported clause with any reporting verb ("…, admitted X, the chief
executive.", "Some lenders, he acknowledged, had …", "Without it, reckons X, …, the bank may …"), noun
readings of reporting verbs ("member states"), document sources written with a hyphen, and a bare quotation
after a sentence about a named person. Every sentence is invented for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analyse.quotes import extract_quotes
from bot.models import Article, Quote


def quotes_of(body: str, headline: str = "Officials weigh the next steps") -> list[Quote]:
    text = f"{headline}\n\n{body}"
    return extract_quotes(Article(id="i1", source="test", title=headline, text=text, fetched_at=datetime.now(UTC)))


def said(found: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in found]


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        ("Workers gathered at the gates. The plant will close next year, admitted Carla Diaz, the company's chief "
         "executive.", "Carla Diaz", "The plant will close next year"),
        ("The harvest was the worst in a decade, noted Tomas Berg.", "Tomas Berg",
         "The harvest was the worst in a decade"),
        ("Rates will stay high until the summer, argues Lena Holm, an analyst at Fjordbank.", "Lena Holm",
         "Rates will stay high until the summer"),
        ("Inflation will peak in the spring, reckons Maria Olsen, an economist at Nordbank.", "Maria Olsen",
         "Inflation will peak in the spring"),
    ],
)
def test_inverted_attribution_after_the_clause_with_any_verb(body: str, speaker: str, words: str) -> None:
    found = said(quotes_of(body))
    assert found == [(speaker, words)]


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        ("Finance minister Paul Grey met the lenders on Monday. Some lenders, he acknowledged, had lost patience "
         "with the government.", "Paul Grey", "Some lenders, he acknowledged, had lost patience with the government"),
        ("The bridge, Anna Kowal said, would reopen within a week.", "Anna Kowal",
         "The bridge, Anna Kowal said, would reopen within a week"),
        ("Farmers protested in the capital. Without new credit, warns Ivo Petrov, an economist at a bank in Sofia, "
         "many farms will fail before the winter.", "Ivo Petrov",
         "Without new credit, warns Ivo Petrov, an economist at a bank in Sofia, many farms will fail before the "
         "winter"),
        ("Admiral Nikos Vardas spoke on Monday. Shipowners, he explained, decide on the basis of insurance "
         "premiums.", "Nikos Vardas", "Shipowners, he explained, decide on the basis of insurance premiums"),
        ("Admiral Nils Berg spoke. Instructors who had taught trench clearing in 2023, he noted, were now teaching "
         "soldiers to survive drones.", "Nils Berg",
         "Instructors who had taught trench clearing in 2023, he noted, were now teaching soldiers to survive drones"),
        ("Deputy envoy Ivan Petrov was more measured. But, he added, Ruritania would not accept any role in "
         '"political engineering."', "Ivan Petrov",
         'But, he added, Ruritania would not accept any role in "political engineering."'),
    ],
)
def test_attribution_inserted_between_commas(body: str, speaker: str, words: str) -> None:
    assert said(quotes_of(body)) == [(speaker, words)]


@pytest.mark.parametrize(
    "body",
    [
        # the clause before the commas is complete and what follows is the reporter's gloss
        "The dam burst before dawn, the civil defence agency said, forcing thousands to flee.",
        # a "that" clause after the inserted adjunct is the report, not both sides
        "On Monday, the ministry said, in a statement, that the talks had failed.",
    ],
)
def test_a_full_clause_before_the_attribution_is_not_joined_to_what_follows(body: str) -> None:
    found = said(quotes_of(body))
    assert len(found) == 1 and "," not in found[0][1], found


def test_a_plural_noun_then_an_adverb_after_the_inserted_attribution_is_no_clause() -> None:
    assert quotes_of("Most patrols, the army said, only at night.") == []


def test_nothing_is_reported_when_the_inserted_words_hold_no_reporting_verb() -> None:
    assert quotes_of("The bridge, Anna Kowal hoped, would reopen within a week.") == []


def test_member_states_is_a_noun_not_a_verb_before_an_ending_attribution() -> None:
    found = said(quotes_of("The budget was approved by the envoys of the 27 member states on Tuesday, the "
                           "foreign office in Vienna confirmed."))
    assert found == [("foreign office in Vienna",
                      "The budget was approved by the envoys of the 27 member states on Tuesday")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Trade fell sharply. Workers met. The minister claims the vote was rigged.", "minister"),
        ("Workers met. The report states that the vote was rigged.", None),
    ],
)
def test_a_speaker_noun_before_a_present_verb_still_speaks(body: str, speaker: str | None) -> None:
    found = quotes_of(body)
    assert [q.speaker for q in found] == ([speaker] if speaker else [])


def test_a_hyphenated_institution_before_data_is_the_source() -> None:
    found = said(quotes_of("Workers met. Reserves have fallen by $9bn since March, according to central-bank "
                           "data, as the bank sold dollars."))
    assert found == [("central-bank data", "Reserves have fallen by $9bn since March")]


def test_a_clause_after_according_to_in_a_relative_frame_is_reported() -> None:
    found = said(quotes_of("The vote follows reports of a raid on a village last week in which, according to "
                           "Amnesty International, some 40 people were killed by soldiers."))
    assert found == [("Amnesty International", "some 40 people were killed by soldiers")]


def test_a_bare_quotation_after_a_sentence_about_a_named_person_is_theirs() -> None:
    found = said(quotes_of('Greta Lind runs the shelter. She described its work in plain terms: feed, house and '
                           'listen. "Families come to us every night and we never turn anyone away."'))
    assert found == [("Greta Lind", "Families come to us every night and we never turn anyone away.")]


def test_a_bare_quotation_after_a_sentence_about_an_unnamed_person_stays_unattributed() -> None:
    assert quotes_of('The minister arrived at noon. "This is a disgrace for the country and its people."') == []


@pytest.mark.parametrize(
    "body",
    [
        "Workers met. The talks have collapsed, Carla Diaz, the chief negotiator, said.",
        "Workers met. The talks have collapsed, Carla Diaz, a senior negotiator, said on Monday.",
        "Workers met. The talks have collapsed, Carla Diaz, the union's chief negotiator, conceded.",
    ],
)
def test_an_apposition_between_the_name_and_an_ending_verb(body: str) -> None:
    assert said(quotes_of(body)) == [("Carla Diaz", "The talks have collapsed")]


def test_a_quotation_before_an_apposition_with_commas_stays_direct() -> None:
    found = quotes_of('"The harvest is lost," Omar Haddad, head of the Union of Farmers, Fishermen and Herders, '
                      'told reporters.')
    assert [(q.speaker, q.kind) for q in found] == [("Omar Haddad", "direct")]


@pytest.mark.parametrize("subject", ["the companies", "the two companies", "the firms"])
def test_the_companies_after_two_named_companies_are_both(subject: str) -> None:
    found = quotes_of("Nordwind Energy Corp. agreed to buy Solaris Grid Inc. for $2 billion in cash. Nordwind "
                      f"will pay $40 a share, {subject} said in a statement.")
    assert [q.speaker for q in found] == ["Nordwind Energy Corp and Solaris Grid Inc"]


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested two men on Monday. The firms said the deal would close in June.",  # nobody named
        "Nordwind Energy Corp. agreed to buy Solaris Grid Inc. The three companies said the deal would close.",
        "Nordwind Energy Corp. agreed to buy Solaris Grid Inc. The residents said the plant would close.",
    ],
)
def test_other_plural_subjects_are_not_the_pair(body: str) -> None:
    assert all(" and " not in q.speaker for q in quotes_of(body))


def test_the_head_of_a_command_is_the_titled_person_named_next() -> None:
    found = said(quotes_of('The last plane took off a minute before midnight, the head of the Northern Command '
                           'said.\n\n"I am here to announce the end of our mission," Gen. Paul Varga told reporters.'))
    assert [speaker for speaker, _ in found] == ["Paul Varga", "Paul Varga"]


@pytest.mark.parametrize(
    "body",
    [
        # "a senior official" is not a unique role: the general named next may be someone else
        'The last plane took off before midnight, a senior official said.\n\n"I am here to announce the end of '
        'our mission," Gen. Paul Varga told reporters.',
        # the sentence of the description also names a person: the description is not waiting for a name
        'The last plane took off before midnight, the head of the Northern Command said after meeting Mayor Ana '
        'Kerr.\n\n"I am here to announce the end of our mission," Gen. Paul Varga told reporters.',
    ],
)
def test_a_description_is_not_renamed_without_the_cues(body: str) -> None:
    found = said(quotes_of(body))
    assert found[0][0] != "Paul Varga", found


@pytest.mark.parametrize(
    ("body", "speaker", "title"),
    [
        ("Secretary of State Ana Ruiz said the talks would resume.", "Ana Ruiz", "Secretary of State"),
        ("Minister of Foreign Affairs Ana Ruiz said the talks would resume.", "Ana Ruiz",
         "Minister of Foreign Affairs"),
        ("Chief of Staff Ivo Brandt said the talks would resume.", "Ivo Brandt", "Chief of Staff"),
    ],
)
def test_the_words_of_an_office_after_of_belong_to_the_title(body: str, speaker: str, title: str) -> None:
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.speaker_title) == (speaker, title)


def test_an_organisation_named_with_of_keeps_its_name() -> None:
    assert [q.speaker for q in quotes_of("The Bank of England said rates would rise.")] == ["Bank of England"]


@pytest.mark.parametrize(
    ("first", "ministry"),
    [
        ("Vice Minister of National Defense Rasa Kovac welcomed the troops on Tuesday.",
         "Ministry of National Defense"),
        ("Defence Minister Ivo Brandt met the envoys on Tuesday.", "Defence Ministry"),
    ],
)
def test_the_ministry_named_only_in_a_ministers_title(first: str, ministry: str) -> None:
    found = quotes_of(f"{first} The ministry added in a statement that the talks would resume in May.")
    assert [q.speaker for q in found] == [ministry]


@pytest.mark.parametrize(
    "first",
    [
        "Prime Minister Ana Ruiz met the envoys on Tuesday.",  # the prime minister has no "Prime Ministry"
        "The Ministry of Finance published figures. Defence Minister Ivo Brandt met the envoys.",  # named before
    ],
)
def test_a_ministers_title_does_not_override_a_named_ministry(first: str) -> None:
    found = quotes_of(f"{first} The ministry said the talks would resume in May.")
    assert [q.speaker for q in found] in (["ministry"], ["Ministry of Finance"])


@pytest.mark.parametrize(
    "body",
    [
        "Workers met. Ivo Brandt said in an interview with the BBC that the talks would resume in May.",
        "Workers met. Ivo Brandt said at a meeting of the council the talks would resume in May.",
        "Workers met. Ivo Brandt announced at the end of a round of technical talks in Vienna that the talks would "
        "resume in May.",
    ],
)
def test_a_long_adjunct_before_the_reported_clause_is_skipped(body: str) -> None:
    assert said(quotes_of(body)) == [("Ivo Brandt", "the talks would resume in May")]


def test_a_relative_that_after_a_short_adjunct_stays_in_the_clause() -> None:
    found = said(quotes_of("Workers met. Ivo Brandt said on Monday the plan that was agreed would fail."))
    assert found == [("Ivo Brandt", "the plan that was agreed would fail")]


@pytest.mark.parametrize(
    "body",
    [
        "Workers met. Ivo Brandt was quoted by the Interfax news agency as saying that a deal was close.",
        "Workers met. The agency quoted Ivo Brandt as saying a deal was close.",
        "Workers met. Ivo Brandt was quoted as saying a deal was close.",
    ],
)
def test_quoted_as_saying_reports_the_one_quoted(body: str) -> None:
    assert said(quotes_of(body)) == [("Ivo Brandt", "a deal was close")]


def test_as_saying_without_quoted_reports_nothing() -> None:
    assert quotes_of("Workers met. Ivo Brandt was seen as saying too little about the deal.") == []


def test_a_named_subject_before_a_colon_speaks_the_quotation() -> None:
    found = quotes_of('Workers met. Ivo Brandt was blunt: "We will not leave until the job is done."')
    assert [(q.speaker, q.kind) for q in found] == [("Ivo Brandt", "direct")]


@pytest.mark.parametrize(
    "body",
    [
        'Workers met. An official was blunt: "We will not leave until the job is done."',  # only described
        'Workers met. The crowd waved flags: "We will not leave until the job is done."',
    ],
)
def test_a_colon_after_an_unnamed_subject_attributes_nothing(body: str) -> None:
    assert quotes_of(body) == []


def test_the_message_from_a_named_person_in_the_next_sentence() -> None:
    found = quotes_of('Workers met. "We will not leave until the job is done." That was the message from Ivo '
                      'Brandt on Monday.')
    assert [q.speaker for q in found] == ["Ivo Brandt"]


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        ("Workers met. Several lawmakers expressed concern that the visa program still has a backlog.",
         "lawmakers", "the visa program still has a backlog"),
        ("Workers met. Ivo Brandt voiced hope that the talks would resume in May.", "Ivo Brandt",
         "the talks would resume in May"),
    ],
)
def test_a_feeling_expressed_about_a_clause_reports_it(body: str, speaker: str, words: str) -> None:
    assert said(quotes_of(body)) == [(speaker, words)]


@pytest.mark.parametrize(
    "body",
    [
        "Workers met. Ivo Brandt expressed his condolences to the families.",  # no clause
        "Workers met. Ivo Brandt expressed concern about the backlog of visa applications.",
    ],
)
def test_a_feeling_without_a_that_clause_reports_nothing(body: str) -> None:
    assert quotes_of(body) == []


def test_a_present_verb_hopes_after_said_is_part_of_the_clause() -> None:
    found = said(quotes_of("Workers met. The company has said it hopes to restart the project this year."))
    assert found == [("company", "it hopes to restart the project this year")]
