"""A quotation after a colon that closes a sentence about a named person, however long its predicate, and a bare
quotation after a paragraph of one person's reported speech: invented sentences."""

from __future__ import annotations

from quoting import quotes_of, said


def test_a_colon_after_a_long_apposition_introduces_the_subjects_quotation() -> None:
    body = ("Rear Admiral Petros Lianos, a former commander of the frigate Orion who took over the operation in "
            "March, was more cautious: \u201cThe threat has not gone away. It has become quieter.\u201d")
    assert said(quotes_of(body)) == [("Petros Lianos", "The threat has not gone away. It has become quieter.")]


def test_a_colon_after_a_long_predicate_introduces_the_subjects_quotation() -> None:
    body = ("Jonas Peck, the country's envoy to the council, made his position plain on Friday night in remarks "
            "to reporters outside the palace, the former royal residence: \"There is no mandate.\"")
    assert said(quotes_of(body)) == [("Jonas Peck", "There is no mandate.")]


def test_a_described_subject_before_a_colon_is_not_a_speaker() -> None:
    body = "The crowd outside the parliament building chanted one line all evening: \"Bring them home now.\""
    assert quotes_of(body) == []


def test_a_bare_quotation_after_a_paragraph_of_one_persons_reported_speech_is_theirs() -> None:
    body = ("Defence Minister Ilse Brandt addressed the commanders in Potsdam. The move was the largest the army "
            "had made in decades, she said. It would only succeed if families came along.\n\n"
            "\"We are not sending soldiers abroad for six months. We are moving a brigade.\"")
    found = quotes_of(body)
    assert said(found)[-1] == ("Ilse Brandt", "We are not sending soldiers abroad for six months. We are moving a "
                                              "brigade.")


def test_a_paragraph_with_two_speakers_passes_on_no_bare_quotation() -> None:
    body = ("Defence Minister Ilse Brandt said the move was the largest in decades. Her deputy, Karl Hoff, said "
            "it would take years.\n\n"
            "\"We are not sending soldiers abroad for six months.\"")
    assert [q.text for q in quotes_of(body)] == ["the move was the largest in decades", "it would take years"]


def test_a_report_nobody_made_reports_nothing() -> None:
    assert quotes_of("Nobody from the navy has told us the escorts have stopped, and nobody has told us they are "
                     "continuing.") == []
    assert quotes_of("No one at the ministry said the escorts had stopped.") == []


def test_the_last_time_someone_said_anything_is_no_report() -> None:
    assert quotes_of("The last time the navy said anything about the escorts in public was in August.") == []


def test_with_x_claiming_and_y_insisting_are_two_reports() -> None:
    body = ("Norland and the United Nations gave conflicting accounts of the observer group, with Norland claiming "
            "that the group had suspended its field visits and the UN insisting that its observers continued to "
            "work normally.")
    assert said(quotes_of(body)) == [
        ("Norland", "the group had suspended its field visits"),
        ("UN", "its observers continued to work normally"),
    ]


def test_a_position_reiterated_reports_its_that_clause_past_an_aside_adverb() -> None:
    body = ("Ministry spokesperson Lina Varga said Norland had not withdrawn any facilities. She, however, reiterated "
            "Norland's position that the monitoring group had served its purpose.")
    assert said(quotes_of(body))[-1] == ("Lina Varga", "the monitoring group had served its purpose")


def test_initials_written_together_open_a_persons_name() -> None:
    body = ("Former diplomat T.K. Ramesh, who served in Islamabad, said the dispute was for show. He said Norland "
            "periodically raised the matter before council talks.")
    assert [q.speaker for q in quotes_of(body)] == ["T.K. Ramesh", "T.K. Ramesh"]


def test_a_colon_inside_a_reported_clause_explains_and_does_not_end_it() -> None:
    found = quotes_of("Writing in a newspaper, Saima Orr argued that the report left one thing "
                      "out: who would pay for the repairs this year.")
    assert said(found) == [("Saima Orr", "the report left one thing out: who would pay for the repairs "
                                         "this year")]


def test_according_to_a_bodys_website() -> None:
    found = quotes_of("The group is led by a general from Uruguay and has 44 observers from ten countries, according "
                      "to the UN's website.")
    assert [q.speaker for q in found] == ["UN"]


def test_according_to_a_title_ends_at_its_comma() -> None:
    body = ("Minister Hirut Alem said the programme was integral.\n\n"
            "According to the minister, Norland has trained more than 300 professionals.")
    assert said(quotes_of(body))[-1] == ("Hirut Alem", "Norland has trained more than 300 professionals")


def test_an_office_for_a_domain_then_the_name_apposed_to_it() -> None:
    body = ("The agency's Deputy Director General for Satellite Operations, Meseret Alemu, explained that engineers "
            "had carried out the tests at home.")
    assert [q.speaker for q in quotes_of(body)] == ["Meseret Alemu"]


def test_an_office_of_two_domains_ends_before_the_name() -> None:
    found = quotes_of("State Minister of Trade and Industry Hirut Alem said the programme was integral.")
    assert [(q.speaker, q.speaker_title) for q in found] == [
        ("Hirut Alem", "State Minister of Trade and Industry")]


def test_a_dash_after_the_quotation_before_an_inverted_verb() -> None:
    body = ("Oksana Bondar, chair of the budget committee, spoke on Friday.\n\n"
            "Quote: \"Let us be honest: the money is not a gift,\" – wrote Bondar.")
    assert said(quotes_of(body))[-1] == ("Oksana Bondar", "Let us be honest: the money is not a gift")


def test_quote_from_a_titled_person_labels_the_quotation() -> None:
    found = quotes_of("Quote from Minister of Finance Taras Dovh: \"The conclusions confirm that we keep our word.\"")
    assert said(found) == [("Taras Dovh", "The conclusions confirm that we keep our word.")]


def test_a_described_minister_then_the_named_person_who_added_is_one_speaker() -> None:
    body = ("The suspension was announced on Tuesday by a deputy defence minister, who told the committee that "
            "\"no training will take place at the range until we are certain it is safe\". Tomasz Wolny added that "
            "400 soldiers had been moved to barracks.")
    assert [q.speaker for q in quotes_of(body)] == ["Tomasz Wolny", "Tomasz Wolny"]


def test_while_a_second_speaker_with_a_relative_clause_ends_the_first_report() -> None:
    body = ("Her neighbour Tomas Keel, a lorry driver, said he had already moved his children to the coast, while a "
            "trader who gave his name only as Ali said the herders would stay.")
    assert said(quotes_of(body)) == [("Tomas Keel", "he had already moved his children to the coast"),
                                     ("Ali", "the herders would stay")]


def test_an_in_law_apposed_to_a_name_introduces_the_speaker() -> None:
    body = "Her brother-in-law, Abdou Seka, a taxi driver, disagreed, saying the rebels had been weakened."
    assert said(quotes_of(body)) == [("Abdou Seka", "the rebels had been weakened")]
