"""Unit shapes of issue 13's second round, each with a sentence written for this test:
powers and compound units, square/cubic abbreviations, inches written "in" or with an
inch mark, suspended ranges ("8- to 12-foot"), pounds of weight against pounds of money,
currency signs after the digits, and short ages ("87 yo")."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return extract_numbers(Document(id="t", text=text))


def one(text: str):
    found = numbers(text)
    assert len(found) == 1, [(n.text, n.value, n.unit) for n in found]
    return found[0]


@pytest.mark.parametrize("text,written,unit", [
    ("The lake covers 3km^2 of the valley.", "3km^2", "km²"),
    ("The reservoir holds 7 km cubed of water.", "7 km cubed", "km³"),
    ("The park spans 640 sq mi in all.", "640 sq mi", "mi²"),
    ("The flat has 900 sq ft inside.", "900 sq ft", "ft²"),
    ("The pipeline moves 40,000 barrels a day.", "40,000 barrels a day", "bbl/d"),
    ("The probe flew at 12 kilometres per second.", "12 kilometres per second", "km/s"),
    ("The car burns 6 l/km on the hill.", "6 l/km", "L/km"),
    ("The rock has a density of 3.1 g/cm^3 at depth.", "3.1 g/cm^3", "g/cm³"),
    ("The signal moved 30 meters per millisecond.", "30 meters per millisecond", "m/ms"),
    ("The mill turns out 5,000 tonnes a year.", "5,000 tonnes a year", "t/yr"),
])
def test_powers_and_compound_units(text, written, unit):
    n = one(text)
    assert (n.text, n.unit, n.kind) == (written, unit, "measure")


@pytest.mark.parametrize("text,written", [
    ("The board is 3 in thick.", "3 in"),
    ("The screw was cut to 2 1/2 in.", "2 1/2 in"),
    ('The blade is 8 " long.', '8 "'),
])
def test_inches(text, written):
    n = one(text)
    assert (n.text, n.unit) == (written, "in")


@pytest.mark.parametrize("text", ["Prices rose 5 in March.", 'She said: "I counted 40" and left.'])
def test_in_and_quotation_marks_stay_what_they_are(text):
    assert all(n.unit != "in" for n in numbers(text))


def test_suspended_range_shares_the_second_unit():
    n = one("The crews used 8- to 12-foot ladders.")
    assert (n.value, n.value_max, n.unit, n.modifier) == (8, 12, "ft", True)


@pytest.mark.parametrize("text,written,unit,kind", [
    ("The suspect weighs about 190 pounds.", "about 190 pounds", "lb", "measure"),
    ("He lost 40 pounds in a year.", "40 pounds", "lb", "measure"),
    ("Agents found 12 pounds of heroin in the van.", "12 pounds", "lb", "measure"),
    ("A 300-pound bear wandered into town.", "300-pound", "lb", "measure"),
    ("The fine was 300 pounds.", "300 pounds", "GBP", "money"),
    ("She paid with a five-pound note.", "five-pound", "GBP", "money"),
    ("The firm lost 30m pounds last year.", "30m pounds", "GBP", "money"),
    ("Police seized two million pounds of beef.", "two million pounds", "lb", "measure"),
    ("They spent 60 pounds of taxpayers' money.", "60 pounds", "GBP", "money"),
])
def test_pounds_of_weight_and_of_money(text, written, unit, kind):
    n = one(text)
    assert (n.text, n.unit, n.kind) == (written, unit, kind)


@pytest.mark.parametrize("text,written,unit", [
    ("The ticket costs 20€ at the door.", "20€", "EUR"),
    ("The loss was -15€ per share.", "-15€", "EUR"),
    ("A meal costs 100₾ there.", "100₾", "GEL"),
    ("The fare is 12 $ each way.", "12 $", "USD"),
])
def test_currency_signs_after_the_digits(text, written, unit):
    n = one(text)
    assert (n.text, n.unit, n.kind) == (written, unit, "money")


def test_a_fraction_with_a_measure():
    n = one("Add ½ tbsp of salt.")
    assert (n.value, n.unit, n.kind) == (0.5, "tbsp", "measure")


def test_short_age():
    n = one("The patient, a 87 yo man, was sent home.")
    assert (n.value, n.unit, n.kind) == (87, "years", "age")


def test_bytes_are_a_measure():
    assert one("The file is 2,048 bytes.").unit == "B"


def test_a_price_per_measure():
    n = one("Copper traded at $9 per kg on Monday.")
    assert (n.text, n.unit, n.kind) == ("$9 per kg", "USD/kg", "money")
    assert one("Fees are $20 per person.").unit == "USD"


@pytest.mark.parametrize("text,written,unit", [
    ("Cleaners earn $15.4/hour there.", "$15.4/hour", "USD/h"),
    ("Nurses are paid $40 per hour.", "$40 per hour", "USD/h"),
    ("The limit is 30km/hr in town.", "30km/hr", "km/h"),
    ("The limit is 50kmph on the bridge.", "50kmph", "km/h"),
])
def test_rates(text, written, unit):
    n = one(text)
    assert (n.text, n.unit) == (written, unit)


def test_thin_space_grouping_with_decimals():
    assert one("The total was 1\u202f234\u202f567.89 in all.").value == 1234567.89


def test_a_pair_shares_its_measure():
    first, second = numbers("They were given 45 and 50 mg of the drug.")
    assert (first.text, first.unit, second.unit) == ("45", "mg", "mg")
    assert numbers("He scored 3 and 4 points.")[0].unit is None  # only measures are shared
    assert numbers("She won 3 and lost 5 games.")[0].unit is None


def test_a_spelled_fraction_with_a_measure():
    n = one("The farm lies one-half miles east.")
    assert (n.value, n.unit, n.kind) == (0.5, "mi", "measure")


@pytest.mark.parametrize("text,expected", [
    ("Delta retired 12 767s last year.", [("12", 12)]),
    ("The carrier flies two 747s.", [("two", 2)]),
    ("The engine's impulse is 365s at sea level.", [("365s", 365)]),
    ("About 40 000 people came.", [("About 40 000 people", 40000)]),
])
def test_plural_models_after_a_count_are_not_seconds(text, expected):
    assert [(n.text, n.value) for n in numbers(text)] == expected
