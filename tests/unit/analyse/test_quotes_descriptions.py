"""Speakers a story describes before (or instead of) naming them again: "the company said" after "the
insurer Halvard Mutual", "The ship's operator, the Bergen-based North Cape Lines, said", "the spokesman"
after "…," the spokesman of the force, Col. X, said'. Every sentence is invented for the test.
"""

from __future__ import annotations

from quoting import quotes_of, said


def test_the_kind_of_organisation_before_a_name_is_what_the_story_later_calls_it() -> None:
    found = quotes_of(
        "The Danish shipping company Brekke Varsel will open an office in Accra next year. "
        "The new office will employ about 40 people, the company said on Monday."
    )
    assert said(found) == [("Brekke Varsel", "The new office will employ about 40 people")]


def test_a_kind_noun_names_no_organisation_when_a_person_title_stands_before_the_name() -> None:
    found = quotes_of(
        "Company founder Ilse Marrow opened the plant on Friday. "
        "The plant will run around the clock, the company said."
    )
    assert [q.speaker for q in found] == ["company"]  # described, not the founder


def test_an_organisation_apposed_to_a_noun_for_its_kind_is_the_speaker() -> None:
    found = quotes_of(
        "The ferry's operator, the Bergen-based North Cape Lines, said in a statement that the crew had "
        "followed every procedure. North Cape Lines said that it was cooperating with the police."
    )
    assert said(found) == [
        ("North Cape Lines", "the crew had followed every procedure"),
        ("North Cape Lines", "it was cooperating with the police"),
    ]


def test_a_person_apposed_to_a_noun_for_an_organisation_is_not_taken_for_it() -> None:
    found = quotes_of("The regulator's chair, Dame Olivia Tern, said the rules would change in spring.")
    assert [q.speaker for q in found] == ["Olivia Tern"]


def test_an_office_that_opens_the_attribution_after_a_quotation_is_the_title_used_later() -> None:
    found = quotes_of(
        '"The operation is going to plan," the spokesman of the force, Lieutenant Colonel Tomas Irigoyen, '
        "told a press conference. Residents said they had heard explosions all night. "
        "The spokesman said that at least 14 gang members had been killed."
    )
    assert [q.speaker for q in found] == ["Tomas Irigoyen", "Residents", "Tomas Irigoyen"]


def test_an_anonymous_spokesman_stays_anonymous_when_nobody_holds_that_office() -> None:
    found = quotes_of(
        '"The operation is going to plan," Lieutenant Colonel Tomas Irigoyen told a press conference. '
        "A spokesman for the police said that at least 14 gang members had been killed."
    )
    assert [q.speaker for q in found] == ["Tomas Irigoyen", "spokesman for the police"]


def test_a_hyphenated_title_used_alone_later_is_the_person_who_holds_it() -> None:
    found = quotes_of(
        "The UN Secretary-General, Daniel Okoro, urged restraint. "
        "The secretary-general said he was alarmed by the fighting in the north."
    )
    assert [(q.speaker, q.speaker_title) for q in found] == [("Daniel Okoro", "Secretary-General")]


def test_a_lower_case_office_before_an_apposed_name_is_a_title_used_later() -> None:
    found = quotes_of(
        "Prime Minister Aldo Ferri spoke on Monday.\n\n"
        "Lebanon's defense minister, Omar Saade, met the force commander in Naqoura on Thursday. Afterward, the "
        "minister told a broadcaster that the army would deploy 4,500 soldiers."
    )
    assert [q.speaker for q in found] == ["Omar Saade"]


def test_a_claim_that_is_the_object_of_a_verb_does_not_make_its_owner_the_speaker() -> None:
    found = quotes_of(
        "The force on Wednesday rejected Ruritanian claims that it had begun pulling out, saying its soldiers "
        "remained deployed."
    )
    assert [(q.speaker, q.text) for q in found] == [("force", "its soldiers remained deployed")]


def test_an_operation_apposed_to_its_description_is_the_speaker() -> None:
    found = quotes_of(
        "The EU's naval operation in the Red Sea, Aspides, said in a statement that it had escorted 14 merchant "
        "ships in the past fortnight."
    )
    assert [q.speaker for q in found] == ["Aspides"]


def test_the_object_of_a_participle_is_not_the_subject_of_the_verb_after_it() -> None:
    found = quotes_of(
        "The Council decision establishing the new operation says it will train the coast guard and gather "
        "information."
    )
    assert [q.speaker for q in found] == ["Council decision"]


def test_a_description_no_noun_list_knows_titles_the_name_apposed_to_it() -> None:
    found = quotes_of("In Valbona, the village mukhtar, Hassan Qadri, said residents had grown used to the patrols.")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Hassan Qadri", "village mukhtar")]


def test_a_reporting_verb_closing_a_relative_clause_before_the_attribution_reports_nothing() -> None:
    found = quotes_of(
        "Ambassador Mary Oduya spoke first. The force was weak because the two states never set up the police "
        "service that the 2011 agreement promised, she said."
    )
    assert [q.speaker for q in found] == ["Mary Oduya"]
    assert found[0].text.startswith("The force was weak")


def test_a_real_title_is_shown_before_a_courtesy_one() -> None:
    found = quotes_of(
        "The mission's acting head, Amina Waweru, said the force welcomed the renewal. "
        '"We can deter. We can patrol," Ms Waweru said.'
    )
    assert {q.speaker_title for q in found} == {"mission's acting head"}


def test_a_member_of_parliament_abbreviated_is_a_title() -> None:
    found = quotes_of(
        "Her counterpart on the committee, Likud MK Yoav Tamir, was more measured. He said the treaty did not "
        "depend on the observers."
    )
    assert [(q.speaker, q.speaker_title) for q in found] == [("Yoav Tamir", "MK")]


def test_the_representative_of_a_country_is_not_someone_else_holding_a_representative_office() -> None:
    found = quotes_of(
        "The representative of Ruritania said the final text did not reflect the views of the region.\n\n"
        "The Special Representative of the Secretary-General, Ama Oyede, did not attend the meeting."
    )
    assert [q.speaker for q in found] == ["representative of Ruritania"]


def test_an_abbreviated_title_refers_to_the_one_person_holding_it() -> None:
    found = quotes_of(
        "Foreign Affairs Principal Secretary Lydia Koros told the paper that Kenya had lobbied the members. "
        '"Every delegation asked us the same thing," the PS said.'
    )
    assert [(q.speaker, q.speaker_title) for q in found] == [
        ("Lydia Koros", "Foreign Affairs Principal Secretary")] * 2


def test_the_office_said_is_not_a_shadow_holding_it() -> None:
    found = quotes_of(
        "Britain could send troops within weeks, Defence Minister Tom Hale has said.\n\n"
        "The defence minister told a broadcaster that the headquarters was ready to go.\n\n"
        "Shadow defence minister Ian Carter said his party supported the principle of the force."
    )
    assert [q.speaker for q in found] == ["Tom Hale", "Tom Hale", "Ian Carter"]
    assert found[-1].speaker_title == "Shadow defence minister"


def test_a_general_staff_is_a_body_not_a_general() -> None:
    found = quotes_of("Ruritania's General Staff said in a statement that the number of soldiers sent abroad had "
                      "risen this year.")
    assert [q.speaker for q in found] == ["Ruritania's General Staff"]


def test_the_head_of_a_group_led_by_someone_is_that_person() -> None:
    found = quotes_of(
        "The fund mission led by Tomas Brandl worked in Vellmar for two weeks.\n\n"
        '"Growth will be about 2 per cent," the head of the fund mission said. "Risks remain high."'
    )
    assert [q.speaker for q in found] == ["Tomas Brandl"] * 2
    assert found[0].speaker_title == "head of the fund mission"


def test_a_delegation_headed_by_someone_names_the_head_of_the_delegation() -> None:
    found = quotes_of(
        "A delegation, headed by Irene Sallo, met the ministers on Monday.\n\n"
        "The head of the delegation told reporters that the talks had been useful."
    )
    assert [q.speaker for q in found] == ["Irene Sallo"]


def test_the_head_of_another_body_is_not_the_leader_of_a_delegation() -> None:
    found = quotes_of(
        "A delegation led by Irene Sallo met the ministers on Monday.\n\n"
        '"We need the money now," the head of the bank said.'
    )
    assert [q.speaker for q in found] == ["head of the bank"]


def test_the_owner_of_an_office_runs_on_to_the_noun_it_modifies() -> None:
    found = quotes_of('"Growth will be about 2 per cent," the head of the bank delegation said.')
    assert [(q.speaker, q.text) for q in found] == [("head of the bank delegation", "Growth will be about 2 per cent")]
    found = quotes_of("The head of the bank visited Vellmar on Monday and said growth was strong.")
    assert [q.speaker for q in found] == ["head of the bank"]


def test_a_delegation_speaks_as_a_body() -> None:
    found = quotes_of('"The talks were useful," the Kestrian delegation said in a statement.')
    assert [q.speaker for q in found] == ["Kestrian delegation"]


def test_his_sister_is_the_sister_named_before() -> None:
    found = quotes_of(
        "Private Tomas Brandl, 24, died on Monday. His sister, Mia Brandl, and his mother attended the ceremony.\n\n"
        "The commander praised his courage.\n\n"
        '"He was always joking," his sister added.'
    )
    assert [q.speaker for q in found] == ["Mia Brandl"]


def test_a_relation_named_for_two_people_or_none_stays_described() -> None:
    found = quotes_of(
        "Her lawyer, Ana Vell, filed the appeal on Monday. His lawyer, Ines Karl, did not.\n\n"
        '"We will appeal again," her lawyer said.'
    )
    assert [q.speaker for q in found] == ["lawyer"]


def test_the_company_and_the_city_state_based_company_are_the_one_incorporated_before() -> None:
    found = quotes_of(
        "Kestrel Technologies Inc. shares rose 14% after the chipmaker raised its forecast.\n\n"
        "Sales will be about $4.6 billion, the Austin, Texas-based company said in a statement Wednesday.\n\n"
        "The company said its plant in Austin would add 400 jobs."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Kestrel Technologies Inc", "Sales will be about $4.6 billion"),
        ("Kestrel Technologies Inc", "its plant in Austin would add 400 jobs"),
    ]


def test_the_deputy_minister_is_not_the_minister_and_an_office_before_mr_is_his_title() -> None:
    found = quotes_of(
        "The Minister of Defence, Ms Ana Vell, sent apologies.\n\n"
        "Deputy Minister of Defence and Former Combatants Mr Ivo Kest said Cabinet had approved the withdrawal.\n\n"
        '"Operation Lantern will end on 31 March 2028," the Deputy Minister told MPs.'
    )
    assert [(q.speaker, q.speaker_title) for q in found] == [
        ("Ivo Kest", "Deputy Minister of Defence and Former Combatants")] * 2
