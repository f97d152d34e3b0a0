"""Shapes found by the blind held-out 6 (benchmarks/annotations/numbers_heldout6.jsonl) and
numbers_specs, each with a sentence written for this test: a glued scale before a singular
currency word, a reporting period after "the", a measure written "square foot" before its
noun, a rank joined to its number by a hyphen, a currency word joined by a hyphen, "MM"
after a currency, and measures that were counted nouns (yards, cups, megawatts)."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return [(n.text, n.value, n.unit, n.kind) for n in extract_numbers(Document(id="t", text=text))]


@pytest.mark.parametrize("text,expected", [
    ("The bank agreed a 250m euro loan.", [("250m euro", 250e6, "EUR", "money")]),
    ("They paid a 7bn dollar fine.", [("7bn dollar", 7e9, "USD", "money")]),
    ("It signed a 40m pound deal.", [("40m pound", 40e6, "GBP", "money")]),
    ("The firm lost 30m pounds last year.", [("30m pounds", 30e6, "GBP", "money")]),
    # a glued "m" before anything else stays metres
    ("She won the 400m final.", [("400m", 400, "m", "measure")]),
    ("He ran 800m in the heat.", [("800m", 800, "m", "measure")]),
])
def test_glued_scale_before_a_currency_word(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sales rose 4% in the three months to June.",
     [("4%", 4, "percent", "percent"), ("three months", 3, "months", "duration")]),
    ("Profit for the nine months ended March fell.", [("nine months", 9, "months", "duration")]),
    ("He has toured in the four years since his last record.", [("four years", 4, "years", "duration")]),
])
def test_a_reporting_period_after_the_is_a_figure(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "The two countries signed a treaty.",
    "The three years were hard for the family.",  # no period word after it: a restatement
    "All four teams went through.",
])
def test_a_small_number_after_the_still_restates(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    ("They built a 40,000 square foot warehouse.", [("40,000 square foot", 40000, "ft²", "measure")]),
    ("The town sold a 2,500 square metre plot.", [("2,500 square metre", 2500, "m²", "measure")]),
    ("The tank holds 40 cubic feet of gas.", [("40 cubic feet", 40, "ft³", "measure")]),
])
def test_square_and_cubic_before_a_singular_unit(text, expected):
    assert numbers(text) == expected


def test_square_before_a_plural_noun_is_no_measure():
    assert numbers("They bought 40 square tables.") == [("40 square tables", 40, "tables", "count")]


@pytest.mark.parametrize("text,expected", [
    ("She is a top-five player on clay.", []),
    ("He needs a top-10 finish.", []),
    ("It was a bottom-three team.", []),
    # a count after "top" without a hyphen still counts
    ("The top three runners were tested.", [("three runners", 3, "runners", "count")]),
])
def test_a_rank_joined_by_a_hyphen_is_a_label(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("She paid with a five-pound note.", [("five-pound", 5, "GBP", "money")]),
    ("He found a 10-euro coin.", [("10-euro", 10, "EUR", "money")]),
    ("The council accepted a controversial one-yen bid.", [("one-yen", 1, "JPY", "money")]),
    ("A 50-pence piece was minted.", [("50-pence", 50, "GBX", "money")]),
    ("A 300-pound bear wandered in.", [("300-pound", 300, "lb", "measure")]),
])
def test_a_currency_word_joined_by_a_hyphen_is_money(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The club offered $20MM for the pitcher.", [("$20MM", 20e6, "USD", "money")]),
    ("He wants at least $160MM over eight years.",
     [("at least $160MM", 160e6, "USD", "money"), ("over eight years", 8, "years", "duration")]),
    # without a currency "mm" is millimetres, even before a plural
    ("The ship carried 300mm guns.", [("300mm", 300, "mm", "measure")]),
])
def test_mm_after_a_currency_is_millions(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He scored with a 25-yard shot.", [("25-yard", 25, "yd", "measure")]),
    ("The drive went 300 yards.", [("300 yards", 300, "yd", "measure")]),
    ("Add 1/2 pint of milk.", [("1/2 pint", 0.5, "pt", "measure")]),
    # a capitalised name after the count is not its unit (the partitive "five" counts the same games)
    ("They lost five of their eight post-World Cup games.", [("five", 5, "games", "count"), ("eight post-World Cup games", 8, "games", "count")]),
    ("The turbine makes 5 megawatts.", [("5 megawatts", 5, "MW", "measure")]),
    ("The drive holds 500 gigabytes.", [("500 gigabytes", 500, "GB", "measure")]),
])
def test_measures_that_were_counted_nouns(text, expected):
    assert numbers(text) == expected


def test_a_rapper_named_fifty_cent_is_no_figure():
    assert numbers("Stars such as 50 Cent have recorded there.") == []
    assert [n[3] for n in numbers("The stamp cost 50 cents.")] == ["money"]
