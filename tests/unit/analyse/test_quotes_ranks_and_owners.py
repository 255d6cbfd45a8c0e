"""An office owned by a name of several words ("Republika Srpska's minister for European integration, X,"),
a bracketed "retired" after a rank ("Major General (retd.) X"), and reported clauses whose only verb is a
present form such as "rests with". Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from quoting import quotes_of, said


@pytest.mark.parametrize("owner", ["Norland's", "New Westmark's", "the United Provinces'", "Republika Valda's"])
def test_an_office_owned_by_a_name_of_several_words_titles_the_name_after_it(owner: str) -> None:
    opening = owner[0].upper() + owner[1:]
    body = f"{opening} minister for European integration, Zoran Pavic, said the entity had no objection."
    found = quotes_of(body)
    assert [(q.speaker, q.speaker_title) for q in found] == [("Zoran Pavic", "minister for European integration")]


@pytest.mark.parametrize("retired", ["(retd.)", "(Ret.)", "(rtd)", "(retired)"])
def test_a_bracketed_retired_after_a_rank_keeps_rank_and_name_together(retired: str) -> None:
    body = (f"In a farewell message, the Head of Mission, Major General {retired} Anders Lind, said the team could "
            "be proud of its work.")
    found = quotes_of(body)
    assert [(q.speaker, q.speaker_title) for q in found] == [("Anders Lind", "Major General")]


@pytest.mark.parametrize("verb", ["rests with", "lies with", "depends on", "belongs to"])
def test_a_reported_clause_whose_verb_is_a_present_form(verb: str) -> None:
    body = f"The defence ministry says responsibility for the border {verb} the national forces."
    found = quotes_of(body)
    assert [(q.speaker, q.text) for q in found] == [
        ("defence ministry", f"responsibility for the border {verb} the national forces")]


@pytest.mark.parametrize("aside", ["(林佳欣)", "(김민준)", "(さとう)"])
def test_a_name_written_again_in_its_own_script_keeps_name_and_verb_together(aside: str) -> None:
    body = f"Court spokesman Judge Lin Chia-hsin {aside} told a news conference that the panel had found the files."
    found = quotes_of(body)
    assert [(q.speaker, q.text) for q in found] == [("Lin Chia-hsin", "the panel had found the files")]


@pytest.mark.parametrize(("opening", "speaker"), [
    ("Commanding Officer HMAS Norland, Commander Sarah Lind,", "Sarah Lind"),
    ("Commanding Officer USS Westmark, Cmdr. Jeremy Roe,", "Jeremy Roe"),
    ("President Ivo Sand, the former general,", "Ivo Sand"),
])
def test_a_title_held_over_a_ship_gives_way_to_the_ranked_person_apposed(opening: str, speaker: str) -> None:
    found = quotes_of(f"{opening} said the crew had trained hard for the deployment.")
    assert [q.speaker for q in found] == [speaker]


def test_a_bare_trade_that_can_name_a_firm_titles_the_person_after_it() -> None:
    found = quotes_of("\"It is cold,\" joked crane operator Teemu Salonen, 41, who has worked at the port for years.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Teemu Salonen", "crane operator")]


def test_the_company_before_a_person_s_name_is_not_that_person() -> None:
    assert [q.speaker for q in quotes_of("The company Ana Ruiz founded said that its profits had risen.")] != [
        "Ana Ruiz"]


@pytest.mark.parametrize("office", ["The Lithuanian Minister of National Defence", "The Lithuanian Minister of Defence",
                                    "The Minister of National Defence"])
def test_an_office_with_a_nationality_opens_an_apposition(office: str) -> None:
    found = quotes_of(f"{office}, Ruta Vaiciul, said the day was good for the alliance.")
    assert [q.speaker for q in found] == ["Ruta Vaiciul"]


def test_the_woman_apposed_to_an_office_is_the_she_of_the_next_sentence() -> None:
    found = quotes_of("The Lithuanian Minister of National Defence, Ruta Vaiciul, attended the ceremony. She said the "
                      "day was good for the alliance.")
    assert [q.speaker for q in found] == ["Ruta Vaiciul"]


def test_an_all_capitals_delegate_with_a_middle_initial_is_a_person_a_she_can_mean() -> None:
    found = quotes_of("MARGARET E. HALLOWAY (Norland), whose delegation drafted the text, said the renewal came in "
                      "time. \"The force is the only thing standing between these communities and a wider fire,\" "
                      "she said.")
    assert [q.speaker for q in found] == ["Margaret E. Halloway", "Margaret E. Halloway"]


def test_a_capitals_dateline_with_a_colon_is_no_speaker() -> None:
    body = ("Swati Desh | TNN | Nov 19, 2026\n\nMUMBAI: The Bombay high court on Wednesday pulled up the civic "
            "body, and said the body's own affidavit showed that its disaster cell had failed.")
    assert {q.speaker for q in quotes_of(body)} <= {"Bombay high court"}


def test_a_person_apposed_after_a_place_speaks() -> None:
    found = quotes_of("Simran's childhood coach at the hostel in Dehradun, Mohan Negi, said she had always been "
                      "\"the last one off the turf\".")
    assert [q.speaker for q in found] == ["Mohan Negi"]


@pytest.mark.parametrize(("name", "shown", "pronoun"), [("Mr Abdullahi Haji Sheikh", "Abdullahi Haji Sheikh", "He"),
                                                        ("Ms Ann King", "Ann King", "She")])
def test_after_a_courtesy_title_every_capitalised_word_is_the_name(name: str, shown: str, pronoun: str) -> None:
    found = quotes_of(f"Her counterpart in the Senate, {name}, disagreed. {pronoun} said an early exit would leave "
                      "the border counties exposed.")
    assert [q.speaker for q in found] == [shown]


@pytest.mark.parametrize("body", [
    "Ghana will send a ship, the Minister for Defence, Yaw Ofori-Kumah, said.",
    "Ghana will send a ship, the Minister for Defence, Dr Yaw Ofori-Kumah, has told Parliament's Select Committee "
    "on Defence and Interior.",
])
def test_an_office_apposed_before_the_name_ends_the_reported_clause(body: str) -> None:
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.text, quote.speaker_title) == (
        "Yaw Ofori-Kumah", "Ghana will send a ship", "Minister for Defence")


def test_according_to_an_office_and_the_name_apposed_to_it_is_the_named_person() -> None:
    body = ("According to the mayor of Portville, Wilson Dorcas, the victims were killed on Friday. \"The people "
            "had nowhere to go,\" he told reporters.")
    assert {speaker for speaker, _ in said(quotes_of(body))} == {"Wilson Dorcas"}


def test_a_ranking_member_is_an_office_not_a_name() -> None:
    body = ("The Ranking Member of the committee, Joseph Kwame Asante, asked whether the border would be weakened. "
            "\"Where is this battalion coming from?\" he asked.")
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Joseph Kwame Asante"]


def test_a_title_alone_is_not_someone_named_with_it_much_later() -> None:
    body = ("The minister said a draft agreement was being negotiated.\n\nThe talks went on.\n\nThe committee "
            "adjourned.\n\nMembers left.\n\nLunch was served.\n\nThe Minister for the Interior, Ali Mahama Tanko, "
            "did not attend.")
    assert "Ali Mahama Tanko" not in {speaker for speaker, _ in said(quotes_of(body))}


def test_the_officer_is_the_ranked_person_and_a_relative_pronoun_is_the_sentence_subject() -> None:
    body = ('"We train and advise," explained the commander of the ship, Lieutenant-Commander Arno Lefort, on '
            "Thursday.\n\nThe French officer specified that the mission had not been suspended.\n\nThe Chief of "
            "Staff of the Navy, Rear Admiral Yao Kouassi Bleu, welcomed a cooperation that he described as "
            '"pragmatic and without motives". He recalled that piracy had fallen.')
    assert [speaker for speaker, _ in said(quotes_of(body))] == [
        "Arno Lefort", "Arno Lefort", "Yao Kouassi Bleu", "Yao Kouassi Bleu"]


def test_a_preposition_opening_the_sentence_is_no_name_but_one_inside_a_name_is() -> None:
    body = ('Within minutes of the vote, the Minister of Finance, Marta Vial Osorio, went to the press room. "The bill '
            'was approved," she said.\n\nDoctors Without Borders said its hospital had received 23 wounded people.')
    assert [speaker for speaker, _ in said(quotes_of(body))] == ["Marta Vial Osorio", "Doctors Without Borders"]


@pytest.mark.parametrize(("body", "name", "title"), [
    ('"We cannot stay silent," said the committee\'s vice-chairperson, Ruth Chepkoech, the MP for Kuresoi.',
     "Ruth Chepkoech", "MP"),
    ('"This renewal is not a formality," Britain\'s deputy U.N. ambassador, Harriet Ashcome, told the council.',
     "Harriet Ashcome", "Britain's deputy U.N. ambassador"),
    ("Security analyst Dr Caroline Atiena, a lecturer at the National Defence University-Kenya, said the accounts "
     "pointed to a real problem.", "Caroline Atiena", "Dr"),
])
def test_offices_with_compound_heads_acronyms_and_hyphenated_bodies_title_the_name_after_them(
        body: str, name: str, title: str) -> None:
    (quote,) = quotes_of(body)
    assert (quote.speaker, quote.speaker_title) == (name, title)
