"""Two names of origins that are one name written two ways, and names that are not."""

from __future__ import annotations

import pytest

from newsdesk.fuse.names import (
    government_of,
    office_alone,
    one_office_shortened,
    same_body,
    same_body_of_a_state,
    same_department,
    same_medium,
    same_origin_name,
    state_collective,
    unowned_body,
)
from newsdesk.gazetteer import load_gazetteer

STATE_OF = load_gazetteer().state_of


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("CDC", "the Centers for Disease Control and Prevention"),
        ("The Centers for Disease Control", "Centers for Disease Control"),
        ("Trump", "Donald Trump"),
        ("Teodor Vasylenko", "Teodor Wasylenko"),
        ("New York’s attorney general", "New York's attorney general"),
    ],
    ids=["acronym", "leading_the", "surname_of_full_name", "transliteration", "apostrophes"],
)
def test_one_name_written_two_ways(first: str, second: str) -> None:
    assert same_origin_name(first, second)
    assert same_origin_name(second, first)


@pytest.mark.parametrize(
    ("first", "second", "person_or_party"),
    [
        ("NeuS outlet 1", "NeuS outlet 2", True),
        ("David Paterson", "Kathy Hochul", True),
        ("Meridian Wire", "Meridian Wires", False),
        ("Kestria", "Orvenia", True),
        ("Ministry of Defence", "Ministry of Health", True),
        ("", "Kestria", True),
    ],
    ids=[
        "numbered_outlets", "two_people", "media_are_not_fuzzy", "two_parties",
        "two_ministries", "empty",
    ],
)  # fmt: skip
def test_different_names_stay_apart(first: str, second: str, person_or_party: bool) -> None:
    assert not same_origin_name(first, second, person_or_party=person_or_party)


def test_a_transliteration_of_a_surname_is_the_same_person() -> None:
    assert same_origin_name("Selenskyj", "Volodymyr Zelenskiy")
    assert same_origin_name("Wolodymyr Selenskyj", "Volodymyr Zelenskiy")
    assert same_origin_name("Uszakow", "Yuri Ushakov")  # Polish
    assert not same_origin_name("Johnson", "Boris Johnston")


def test_one_states_body_with_its_state_written_two_ways_is_one() -> None:
    assert same_body("Ukraine's Emergency Service", "the Ukrainian emergency service", STATE_OF)
    assert not same_body("Russian emergency service", "Ukrainian emergency service", STATE_OF)
    # a body whose name leaves its state out may be anyone's; a one-word body is any of them
    assert not same_body("State Emergency Service", "Ukrainian emergency service", STATE_OF)
    assert not same_body("Security Council", "Russian Security Council", STATE_OF)
    assert not same_body("Russia's ministry", "Russian ministry", STATE_OF)


def test_a_states_authorities_are_a_collective_of_that_state() -> None:
    assert state_collective("Ukrainian Authorities", STATE_OF) == "Ukraine"
    assert state_collective("Russian officials", STATE_OF) == "Russia"
    assert state_collective("Ukrainian Emergency Service", STATE_OF) is None
    assert state_collective("authorities", STATE_OF) is None


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Russia", "Russia"),
        ("the Kremlin", "Russia"),
        ("Ukraine's foreign ministry", "Ukraine"),
        ("The Russian defence ministry", "Russia"),
        ("Ukrainian officials", "Ukraine"),
        ("the Russian parliament", None),
        ("Ukrainian Emergency Service", None),
        ("Sergei Lavrov", None),
        ("the ministry", None),
    ],
)
def test_the_state_whose_government_a_name_is(name: str, state: str | None) -> None:
    assert government_of(name, STATE_OF) == state


def test_a_body_named_by_its_kind_alone_is_unowned() -> None:
    assert unowned_body("the government") and unowned_body("Officials")
    assert not unowned_body("the Russian government") and not unowned_body("the Kremlin")
    assert not unowned_body("Labor Department")


def test_a_department_and_its_agency_are_one_party() -> None:
    assert same_department("the Labor Department", "Bureau of Labor Statistics", STATE_OF)
    assert same_department("the U.S. Department of Labor", "the Labor Department", STATE_OF)
    assert same_department(
        "Ukraine's Defence Ministry", "the Defence Intelligence Agency", STATE_OF
    )
    # another kind of body sharing a word, another field, two states, a field no department
    # alone holds: apart
    assert not same_department("the Health Ministry", "World Health Organization", STATE_OF)
    assert not same_department("the Labor Department", "the Justice Department", STATE_OF)
    assert not same_department("Russia's Defence Ministry", "Ukraine's Defence Ministry", STATE_OF)
    assert not same_department("the State Department", "the State Emergency Service", STATE_OF)


def test_one_person_by_a_nickname_or_the_start_of_a_given_name() -> None:
    assert same_origin_name("Alexander Acosta", "Alex Acosta")
    assert same_origin_name("Charles E. Schumer", "Chuck Schumer")
    assert same_origin_name("Robert Mueller", "Bob Mueller")
    assert not same_origin_name("Hunter Biden", "Joe Biden")
    assert not same_origin_name("Bill Clinton", "Hillary Clinton")
    assert not same_origin_name("Ed Miliband", "David Miliband")


def test_a_generational_suffix_one_report_leaves_out_is_one_person() -> None:
    # the count can only fall: "Donald Trump Jr." beside "Donald Trump" is folded too
    assert same_origin_name("John G. Roberts Jr", "John Roberts")
    assert same_origin_name("Joseph R. Biden Jr.", "Joe Biden")
    assert not same_origin_name("Hunter Biden Jr.", "Joe Biden")


def test_a_title_before_a_surname_is_the_person_with_that_surname() -> None:
    assert same_origin_name("Mayor de Blasio", "Bill de Blasio")
    assert same_origin_name("Sen. Warren", "Elizabeth Warren")
    assert not same_origin_name("the President", "President Trump")
    assert not same_origin_name("Capitol Police", "U.S. Capitol Police")  # a body: anyone's


def test_a_company_with_or_without_its_form_is_one_name() -> None:
    assert same_origin_name("Merck", "Merck & Co")
    assert same_origin_name("Amazon.com Inc.", "Amazon.com")
    assert not same_origin_name("Merck", "Pfizer Inc")


def test_a_medium_by_the_last_word_of_its_masthead_is_one_medium() -> None:
    assert same_medium("The New York Times", "the Times")
    assert same_medium("The Journal", "The Wall Street Journal")
    assert not same_medium("NeuS outlet 1", "outlet 1")
    assert not same_medium("Fox News", "CNN")


def test_one_body_with_its_state_and_without_is_one_unless_any_state_has_it() -> None:
    assert same_body_of_a_state("U.S. Capitol Police", "the Capitol Police", STATE_OF)
    assert same_body_of_a_state("Marine Corps", "U.S. Marine Corps", STATE_OF)
    assert not same_body_of_a_state("Security Council", "Russian Security Council", STATE_OF)
    assert not same_body_of_a_state("the Foreign Ministry", "Russia's Foreign Ministry", STATE_OF)
    assert not same_body_of_a_state("U.S. Capitol Police", "Russian Capitol Police", STATE_OF)


def test_a_middle_name_written_out_is_the_same_person() -> None:
    assert same_origin_name("Ronna McDaniel", "Ronna Romney McDaniel")
    assert not same_origin_name("Jenna Bush", "George Walker Bush")


def test_a_body_by_a_lower_case_noun_alone_is_unowned() -> None:
    assert unowned_body("company") and unowned_body("the company")
    assert not unowned_body("Company") and not unowned_body("Amazon.com")


def test_a_body_named_again_without_its_holders_of_phrase_is_one_body() -> None:
    assert one_office_shortened("the Secretary of State’s Office", "the Secretary’s Office")
    assert not one_office_shortened(
        "the Secretary of Defense's office", "the Secretary of State's office"
    )
    assert not one_office_shortened("Department of Justice", "Department")


@pytest.mark.parametrize(
    ("name", "alone"),
    [
        ("president-elect of Iran", True),
        ("The 45th President", True),
        ("the former director of the Centers for Disease Control and Prevention", True),
        ("Minister of Foreign Affairs", True),
        ("President Trump", False),  # a name
        ("New York's attorney general", False),  # whose, the name says
        ("Bank of England", False),
        ("government policy paper on trade issues with the U.S.", False),  # a document
    ],
)
def test_an_office_alone_is_told_from_a_name_and_a_document(name: str, alone: bool) -> None:
    assert office_alone(name, load_gazetteer()) is alone


def test_a_department_of_a_state_is_its_government() -> None:
    assert government_of("The US Department of Defense", STATE_OF) == "United States"
    assert government_of("the New York Police Department", STATE_OF) is None
