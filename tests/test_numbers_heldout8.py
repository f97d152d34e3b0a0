"""Shapes found by the blind held-out 8 (benchmarks/annotations/numbers_heldout8.jsonl), each
with sentences written for this test: an -ular adjective before a noun modifier ("regular
season games"), acronym plurals in -Is/-Us ("RBIs", "GPUs"), the first side of a dimension
("1,024 by 768 pixels"), the inch mark ″ glued to digits, ppi/dpi, pounds of weight by a
comparison after them ("at 3.2 pounds, the lightest"), a money range whose dash is spaced on
one side ("$20- $25 million"), "one" after a verb of having ("has one Green member"), and the
head of a singular noun-noun compound ("one takeover attempt" counts attempts)."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return [(n.text, n.value, n.value_max, n.unit, n.kind)
            for n in extract_numbers(Document(id="t", text=text))]


@pytest.mark.parametrize("text,expected", [
    ("The Hawks lost their last three regular season games.",
     [("three regular season games", 3, None, "games", "count")]),
    ("Dana Roe hit 19 homers and 81 RBIs.",
     [("19 homers", 19, None, "homers", "count"), ("81 RBIs", 81, None, "RBIs", "count")]),
    ("The rig has eight GPUs.", [("eight GPUs", 8, None, "GPUs", "count")]),
])
def test_counted_nouns_of_new_shapes(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an -ular plural is still a noun, and an upper-case "IS" is no plural
    ("The side fielded 12 regulars.", [("12 regulars", 12, None, "regulars", "count")]),
    ("The 4 IS fighters fled.", [("4", 4, None, None, "count")]),
])
def test_counted_nouns_left_alone(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The screen shows 1,024 by 768 pixels.",
     [("1,024", 1024, None, "pixels", "count"), ("768 pixels", 768, None, "pixels", "count")]),
    ("The hall measures 12 by 15 feet.",
     [("12", 12, None, "ft", "measure"), ("15 feet", 15, None, "ft", "measure")]),
    ("Each tile is 20 × 20cm.", [("20", 20, None, "cm", "measure"), ("20cm", 20, None, "cm", "measure")]),
])
def test_the_first_side_of_a_dimension_takes_the_unit(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sales reached 300 by 2010.", [("300", 300, None, None, "count")]),
    ("Divide 12 by 4 and you get 3.", [("4", 4, None, None, "count"), ("3", 3, None, None, "count")]),
    # a relay's legs times its distance: the legs are no metres
    ("She ran in the 4 x 100m relay.", [("4", 4, None, None, "count"), ("100m", 100, None, "m", "measure")]),
])
def test_by_without_a_unit_after_gives_none(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The 13.3″ model ships soon.", [("13.3″", 13.3, None, "in", "measure")]),
    ("The board is 10\" long.", [("10\"", 10, None, "in", "measure")]),
    ("The panel has 300 ppi and prints at 1200dpi.",
     [("300 ppi", 300, None, "ppi", "measure"), ("1200dpi", 1200, None, "dpi", "measure")]),
])
def test_inch_marks_and_pixel_densities(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a straight quotation mark closing a quote is no inch mark
    ("Kim said \"we sold 10\" and left.", [("10", 10, None, None, "count")]),
    ("She wrote \"I was born in 1990\" in a diary.", []),
])
def test_a_closing_quotation_mark_is_no_inch(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The laptop is thin, at 0.6″ and at 3.2 pounds, it is the lightest model yet.",
     [("0.6″", 0.6, None, "in", "measure"), ("3.2 pounds", 3.2, None, "lb", "measure")]),
    ("The new frame is two pounds lighter.", [("two pounds", 2, None, "lb", "measure")]),
])
def test_pounds_of_weight_by_a_comparison_after_them(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He paid 40 pounds for the heaviest bag.", [("40 pounds", 40, None, "GBP", "money")]),
    ("The fine was 40 pounds. The lightest sentence was a warning.",
     [("40 pounds", 40, None, "GBP", "money")]),
])
def test_pounds_stay_money_without_a_comparison_of_them(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deal is worth $20- $25 million.", [("$20- $25 million", 20e6, 25e6, "USD", "money")]),
    ("The deal is worth $20 -$25 million.", [("$20 -$25 million", 20e6, 25e6, "USD", "money")]),
    ("Seats cost £30- £35 each.", [("£30- £35", 30, 35, "GBP", "money")]),
])
def test_a_money_range_with_a_dash_spaced_on_one_side(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # no currency after the dash: an aside, two figures
    ("It cost $30 -30% off the list price.",
     [("$30", 30, None, "USD", "money"), ("-30%", -30, None, "percent", "percent")]),
    ("It rose to $5m -a record.", [("$5m", 5e6, None, "USD", "money")]),
])
def test_a_one_sided_dash_without_currency_is_no_range(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The council has one Green member.", [("one Green member", 1, None, "member", "count")]),
    ("Mira Tal had one son.", [("one son", 1, None, "son", "count")]),
])
def test_one_after_a_verb_of_having_counts(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "He had one of the best seasons.",
    "They have one another.",
    "One candidate has since withdrawn.",
])
def test_one_as_an_article_or_in_an_idiom(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Mr Vane has already had one takeover attempt turned down.",
     [("one takeover attempt", 1, None, "attempt", "count")]),
    ("The plan has one clear upside: costs fall.", [("one clear upside", 1, None, "upside", "count")]),
    ("Ada Kole faces at least one felony fraud count in Ohio.",
     [("at least one felony fraud count", 1, None, "count", "count")]),
    ("At least one bomb technician was hurt.",
     [("At least one bomb technician", 1, None, "technician", "count")]),
])
def test_a_singular_compound_takes_its_last_noun(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb or particle, a verb in -s or a past verb after the noun is not its head
    ("The hunt had one pack out on Thursday.", [("one pack", 1, None, "pack", "count")]),
    ("They had just one session together and left.", [("just one session", 1, None, "session", "count")]),
    ("Only one man recognises the risk.", [("Only one man", 1, None, "man", "count")]),
    ("At least one woman died.", [("At least one woman", 1, None, "woman", "count")]),
    ("It has one house, that's it.", [("one house", 1, None, "house", "count")]),
])
def test_a_singular_noun_keeps_its_place_before_other_words(text, expected):
    assert numbers(text) == expected
