"""News shapes found by the blind held-out 4 (benchmarks/annotations/numbers_heldout4.jsonl),
each with a sentence written for this test: an age after a name with no closing comma, the
counts of a title-case headline, a count whose noun follows a model name, and a number
that names a model before a singular noun."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return [(n.text, n.value, n.unit, n.kind) for n in extract_numbers(Document(id="t", text=text))]


@pytest.mark.parametrize("text,expected", [
    ("Maria Gonzales, 38 was taken to hospital.", [("38", 38, "years", "age")]),
    ("Tom Baker, 61 has retired.", [("61", 61, "years", "age")]),
    # a count after a place or a plural verb is no age
    ("In Boston, 20 was the final tally.", [("20", 20, None, "count")]),
    ("At Fort Worth, 12 was the total.", [("12", 12, None, "count")]),
    ("Of the crew, 20 were hurt.", [("20", 20, None, "count")]),
])
def test_age_after_a_name_without_a_closing_comma(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Coast Guard Rescues Four Fishermen Off Cornwall\nThe boat sank.",
     [("Four Fishermen", 4, "fishermen", "count")]),
    ("Teacher Charged with Three Counts of Fraud\nShe denies it.",
     [("Three Counts", 3, "counts", "count")]),
])
def test_counts_in_a_title_case_headline(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "He met the Three Tenors in a busy square with friends.",  # a name in a sentence
    "Rescue Crews Reach Ground Zero Site\nThey dug all night.",  # zero in a headline
    "Best Comedy Shows (Channel Four, BBC Two)\nThe list follows.",  # channels
])
def test_capitalised_number_words_that_are_names(text):
    assert numbers(text) == []


def test_count_before_a_spaced_model_name():
    assert numbers("Soldiers seized nine AK 47 rifles and 40 Magazines.") == [
        ("nine AK 47 rifles", 9, "rifles", "count"), ("40 Magazines", 40, "magazines", "count")]


@pytest.mark.parametrize("text", [
    "The pilot flew a 747 Jumbo jet to Paris.",
    "Police said he had a. 38 Special revolver.",
])
def test_number_and_capitalised_word_before_a_singular_noun_name_a_model(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    ("They sold 300 Ford trucks.", [("300 Ford trucks", 300, "trucks", "count")]),
    ("Police said 40 Afghans most of them farmers fled.", [("40 Afghans", 40, "afghans", "count")]),
])
def test_counts_before_a_capitalised_word_stay(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Police arrested four gunmen.", [("four gunmen", 4, "gunmen", "count")]),
    ("The lab kept 30 specimen jars.", [("30 specimen jars", 30, "jars", "count")]),
])
def test_plurals_in_men(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Shares closed at NT $41.5 on Friday.", [("NT $41.5", 41.5, "TWD", "money")]),
    ("The port spent hk $ 2.5 billion.", [("hk $ 2.5 billion", 2_500_000_000, "HKD", "money")]),
    # one or two letters that are words stay before a US dollar amount
    ("It charges a $5 fee.", [("$5", 5, "USD", "money")]),
    ("The deal cost us $3 million.", [("$3 million", 3_000_000, "USD", "money")]),
])
def test_dollar_letters_apart_from_the_sign(text, expected):
    assert numbers(text) == expected


def test_scaled_amounts_have_no_float_noise():
    assert numbers("Profit rose to $4.1m.") == [("$4.1m", 4_100_000, "USD", "money")]


def test_a_capitalised_unit_word_after_a_name_is_part_of_it():
    assert numbers("The street has 10 Royal Mile shops.") == [("10 Royal Mile shops", 10, "shops", "count")]
