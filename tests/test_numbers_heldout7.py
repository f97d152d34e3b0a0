"""Shapes found by the blind held-out 7 (benchmarks/annotations/numbers_heldout7.jsonl), each
with sentences written for this test: a partitive count takes the noun after "of" as its unit
and its total after "the" is a new figure, an age written as its decade ("in his 30s"), a
24-hour clock time paired with one written with its leading zero, a ranking "N in the world",
a vague amount said twice ("hundreds and hundreds of"), and plural nouns in -ics
("12 critics"; not the mass nouns of lexicon/number_ics_mass.txt, "physics")."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return [(n.text, n.value, n.value_max, n.unit, n.kind)
            for n in extract_numbers(Document(id="t", text=text))]


@pytest.mark.parametrize("text,expected", [
    ("The club won three of the seven cups it entered.",
     [("three", 3, None, "cups", "count"), ("seven cups", 7, None, "cups", "count")]),
    ("Police questioned four of the driver's passengers.", [("four", 4, None, "passengers", "count")]),
    ("He started 12 of the Rangers' 30 matches.",
     [("12", 12, None, "matches", "count"), ("30 matches", 30, None, "matches", "count")]),
    ("Six of Acme's suppliers walked out.", [("Six", 6, None, "suppliers", "count")]),
])
def test_a_partitive_count_takes_the_noun_after_of(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a pronoun after "of" gives no noun; a restating "the two" alone stays out
    ("Two of them were later released.", [("Two", 2, None, None, "count")]),
    ("The two ministers met on Monday.", []),
    # "of" before a measure or a time word: the partitive gives no unit
    ("She spent three of the hours asleep.", [("three", 3, None, None, "count")]),
])
def test_no_partitive_noun_where_none_is_counted(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A woman in her 40s was treated in hospital.", [("40s", 40, 49, "years", "age")]),
    ("Two men in their early 20s were held.",
     [("Two men", 2, None, "men", "count"), ("20s", 20, 29, "years", "age")]),
])
def test_an_age_written_as_its_decade(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "The band was big in the 80s.",
    "It recalls the music of the 1960s and 70s.",
    "Prices in his 2020s plan rose.",
])
def test_a_decade_is_not_an_age(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text", [
    "He must stay home between 2300 and 0600 each night.",
    "The road is shut from 2200 to 0500.",
    "The shift runs 1800-0200.",
])
def test_a_paired_24_hour_clock_time_is_no_figure(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    ("They sold 2200 and 3100 units.",
     [("2200", 2200, None, None, "count"), ("3100 units", 3100, None, "units", "count")]),
    ("Output rose from 2250 to 2400 units.",
     [("2250", 2250, None, None, "count"), ("2400 units", 2400, None, "units", "count")]),
    # a partner that is a bare zero is no clock time written with its leading zero
    ("He had 2300 and 0 points.",
     [("2300", 2300, None, None, "count"), ("0 points", 0, None, "points", "count")]),
])
def test_four_digit_counts_without_a_clock_partner_stay(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "She has dropped to seven in the world.",
    "He was ranked 9 in the world last year.",
])
def test_a_ranking_in_the_world_is_no_count(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The firm has 40 offices in the world.", [("40 offices", 40, None, "offices", "count")]),
    ("It has five in the world's top 20 list.", [("five", 5, None, None, "count")]),
])
def test_a_count_before_in_the_world_stays(text, expected):
    assert numbers(text)[:1] == expected


def test_a_vague_amount_said_twice_is_one_figure():
    assert numbers("There were thousands and thousands of fans.") == [
        ("thousands of fans", 2000, 9999, "fans", "count")]
    assert numbers("Hundreds upon hundreds of letters came.") == [
        ("hundreds of letters", 200, 999, "letters", "count")]


def test_two_different_vague_amounts_stay_two():
    assert numbers("There were hundreds of police and thousands of fans.") == [
        ("hundreds of police", 200, 999, "police", "count"),
        ("thousands of fans", 2000, 9999, "fans", "count")]


@pytest.mark.parametrize("text,expected", [
    ("The singer wrote 12 lyrics that year.", [("12 lyrics", 12, None, "lyrics", "count")]),
    ("Four critics walked out.", [("Four critics", 4, None, "critics", "count")]),
    ("The town lost three clinics.", [("three clinics", 3, None, "clinics", "count")]),
])
def test_a_plural_in_ics_is_the_counted_noun(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a field or sport in -ics is a singular mass noun: skipped as a modifier of the noun
    ("She won 20 athletics medals.", [("20 athletics medals", 20, None, "medals", "count")]),
    ("They hired three physics teachers.", [("three physics teachers", 3, None, "teachers", "count")]),
])
def test_a_mass_noun_in_ics_is_no_counted_noun(text, expected):
    assert numbers(text) == expected
