"""The number shapes of issue 13, each with a sentence written for this test: glued units
and scales, signs, fractions and multipliers, spelled-out counts, ranges, what is not a
figure, modifiers, canonical units, and what each figure is about."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    return extract_numbers(Document(id="t", text=text))


def one(text: str):
    found = numbers(text)
    assert len(found) == 1, [(n.text, n.value) for n in found]
    return found[0]


# 1. units and scales glued to the digits ---------------------------------------------

@pytest.mark.parametrize("text,written,value,unit,kind", [
    ("The club paid £2.7m for a winger.", "£2.7m", 2_700_000, "GBP", "money"),
    ("The plant makes 35m devices a year.", "35m devices", 35_000_000, "devices", "count"),
    ("Revenue reached $50.8bn last year.", "$50.8bn", 50_800_000_000, "USD", "money"),
    ("Season tickets sold at 25k each.", "25k", 25_000, None, "count"),
    ("The show drew 4.3M viewers.", "4.3M viewers", 4_300_000, "viewers", "count"),
    ("Inflation reached 24pc in May.", "24pc", 24, "percent", "percent"),
    ("Rates eased to 1.38pc.", "1.38pc", 1.38, "percent", "percent"),
    ("The coupe makes 640bhp.", "640bhp", 640, "bhp", "measure"),
    ("The panel refreshes at 120Hz.", "120Hz", 120, "Hz", "measure"),
    ("The whistle peaks at 15kHz.", "15kHz", 15, "kHz", "measure"),
    ("Each bar holds 45g of sugar.", "45g", 45, "g", "measure"),
    ("Homes get 30Mbps at best.", "30Mbps", 30, "Mbit/s", "measure"),
    ("It has a 1.0l petrol engine.", "1.0l", 1.0, "L", "measure"),
    ("Shares closed at 164p on Friday.", "164p", 164, "GBX", "money"),
    ("The plan costs RM79 a month.", "RM79", 79, "MYR", "money"),
    ("Debts hit $US113 trillion.", "$US113 trillion", 113_000_000_000_000, "USD", "money"),
])
def test_glued_units_and_scales(text, written, value, unit, kind):
    n = one(text)
    assert (n.text, n.value, n.unit, n.kind) == (written, value, unit, kind)


def test_currency_keeps_its_written_symbol():
    assert one("They raised US$40 million.").symbol == "US$"
    assert one("It cost nine euros.").symbol == "euros"


def test_glued_letters_that_are_codes_are_not_money():
    assert numbers("The rocket uses an RS68 engine.") == []
    assert numbers("They flew an A380 to Sydney.") == []


# 2. signs and leading points ----------------------------------------------------------

@pytest.mark.parametrize("text,written,value", [
    ("Output changed by -1.3% in March.", "-1.3%", -1.3),
    ("The quarter ended at $-50.8bn.", "$-50.8bn", -50_800_000_000),
    ("He was pushed back minus-5 yards.", "minus-5 yards", -5),
    ("They finished with a .500 record.", ".500", 0.5),
    ("Deposits earn .001 per cent now.", ".001 per cent", 0.001),
])
def test_signs_and_leading_points(text, written, value):
    n = one(text)
    assert (n.text, n.value) == (written, value)


def test_hyphen_after_a_word_is_not_a_sign():
    n = one("The COVID-19 ward had 40 beds.")
    assert n.value == 40


# 3. fractions and multipliers -----------------------------------------------------------

@pytest.mark.parametrize("text,written,value,kind", [
    ("A third of the pupils walked to school.", "A third", 1 / 3, "fraction"),
    ("Two-thirds of members backed the plan.", "Two-thirds", 2 / 3, "fraction"),
    ("More than half of the towns flooded.", "More than half", 0.5, "fraction"),
    ("One in four drivers admitted speeding.", "One in four drivers", 0.25, "fraction"),
    ("Output rose sixfold after the merger.", "sixfold", 6, "multiplier"),
])
def test_fractions_and_multipliers(text, written, value, kind):
    n = one(text)
    assert (n.text, n.kind) == (written, kind)
    assert n.value == pytest.approx(value)


def test_share_of_what():
    assert one("A third of the pupils walked to school.").of == "the pupils"


@pytest.mark.parametrize("text", ["Rain fell in the second half of the match.",
                                  "Profits grew in the third quarter.",
                                  "He came third in the race."])
def test_ordinal_halves_and_quarters_are_not_shares(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text,written,value,unit", [
    ("The gap is 4 1/2 inches wide.", "4 1/2 inches", 4.5, "in"),
    ("A 1/4 inch crack ran along it.", "1/4 inch", 0.25, "in"),
    ("The loaf weighs 2½ kilos.", "2½ kilos", 2.5, "kg"),
    ("They counted five and a half million ballots.", "five and a half million ballots", 5_500_000, "ballots"),
    ("The town has 3 million and a half residents.", "3 million and a half residents", 3_500_000, "residents"),
    ("The ticket was 15 dollars and 50.", "15 dollars and 50", 15.5, "USD"),
    ("Lunch came to twelve dollars forty-five cents.", "twelve dollars forty-five cents", 12.45, "USD"),
])
def test_mixed_numbers_are_one_figure(text, written, value, unit):
    n = one(text)
    assert (n.text, n.unit) == (written, unit)
    assert n.value == pytest.approx(value)


def test_dates_with_slashes_stay_out():
    assert numbers("The attacks of 9/11 changed air travel.") == []


def test_cents_do_not_swallow_another_amount():
    found = numbers("She paid 5 dollars and 20 euros.")
    assert [(n.text, n.unit) for n in found] == [("5 dollars", "USD"), ("20 euros", "EUR")]


# 4. spelled-out counts with their noun; what "one" counts as ---------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("The talks took three months.", 3, "months"),
    ("Parking costs nine euros.", 9, "EUR"),
    ("Both teams fielded two sides.", 2, "sides"),
    ("The agency planned five launches.", 5, "launches"),
])
def test_spelled_out_counts(text, value, unit):
    n = one(text)
    assert (n.value, n.unit) == (value, unit)


@pytest.mark.parametrize("text", ["One man was seen leaving.", "It was one of the best games."])
def test_one_as_article_or_pronoun_is_not_a_figure(text):
    assert numbers(text) == []


def test_one_as_a_quantity_is_a_figure():
    assert one("Only one bridge stayed open.").value == 1


# 5. ranges and vague plurals ------------------------------------------------------------

@pytest.mark.parametrize("text,value,value_max,unit", [
    ("Homes sold from $800,000 to $1.3 million.", 800_000, 1_300_000, "USD"),
    ("Prices ranged from 18 to 34 euros.", 18, 34, "EUR"),
    ("Rates sat between 10 and 12 per cent.", 10, 12, "percent"),
    ("Millions of commuters stayed home.", 2_000_000, 9_999_999, "commuters"),
    ("It cost tens of thousands of dollars.", 20_000, 99_999, "USD"),
])
def test_ranges_are_one_figure(text, value, value_max, unit):
    n = one(text)
    assert (n.value, n.value_max, n.unit) == (value, value_max, unit)


def test_a_change_from_one_value_to_another_is_two_figures():
    found = numbers("Fares rose from $2 to $3.")
    assert [n.value for n in found] == [2, 3]


# 6. not figures; modifiers --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "She bought an iPhone 11 Pro on Monday.",
    "The airline flies a 787 Dreamliner.",
    "They play in the Big 12 this year.",
    "The S&P 500 closed higher.",
    "Carriers are building 5G masts.",
    "Those 2018s sold out fast.",
    "Kopp's 1987 Chevrolet was towed.",
    "The airline grounded its 767s.",
])
def test_names_and_models_are_not_figures(text):
    assert numbers(text) == []


def test_compound_modifiers_are_marked():
    found = numbers("She won a five-year $700,000 grant and a four-door car.")
    assert [(n.text, n.modifier) for n in found] == [
        ("five-year", True), ("$700,000", False), ("four-door", True)]
    assert found[0].kind == "duration"


# 8. canonical units ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,unit", [
    ("The trail is 12 miles long.", "mi"),
    ("The lorry carried 20 tonnes.", "t"),
    ("It reached 30 degrees Celsius.", "°C"),
    ("The swimmer covered 400 metres.", "m"),
])
def test_measures_use_symbols(text, unit):
    assert one(text).unit == unit


# 7. what the figure is about -------------------------------------------------------------

@pytest.mark.parametrize("text,about", [
    ("Acme, the toy maker, has 1,200 workers.", "Acme workers"),
    ("A late exit would cost it $900 million.", "cost of late exit"),
    ("The merger is valued at $4bn.", "value of merger"),
    ("Acme's 1,200 workers walked out.", "Acme workers"),
    ("Jane Roe, 52, runs the shop.", "age of Jane Roe"),
    ("A crowd of 3,000 fans waited.", "crowd of fans"),
    ("Turnout rose 4% this year.", "Turnout"),
])
def test_about(text, about):
    assert one(text).about == about


def test_about_is_empty_for_a_pronoun_subject():
    assert one("It has 300 staff.").about is None


# more shapes from the development sets (sentences written for these tests) ----------------

@pytest.mark.parametrize("text,written,value,unit", [
    ("The centre is 6 feet 3 inches tall.", "6 feet 3 inches", 6.25, "ft"),
    ("The reading was four point two five.", "four point two five", 4.25, None),
    ("They booked 40 USD million in fees.", "40 USD million", 40_000_000, "USD"),
    ("Costs rose to 25 MEUR last year.", "25 MEUR", 25_000_000, "EUR"),
    ("The village has 12 000 residents.", "12 000 residents", 12_000, "residents"),
    ("The loan was Rs 2,50,000 in total.", "Rs 2,50,000", 250_000, "INR"),
    ("There are one million reasons to stay.", "one million reasons", 1_000_000, "reasons"),
    ("The ferry sails at 20 knots.", "20 knots", 20, "kn"),
    ("The yard covers 300 square metres.", "300 square metres", 300, "m²"),
    ("The train reached 180 miles an hour.", "180 miles an hour", 180, "mph"),
    ("The oven was set to 220 °C.", "220 °C", 220, "°C"),
])
def test_more_shapes(text, written, value, unit):
    n = one(text)
    assert (n.text, n.unit) == (written, unit)
    assert n.value == pytest.approx(value)


def test_a_year_before_a_count_is_not_grouped_with_it():
    found = numbers("In 2019 120 people applied.")
    assert [(n.text, n.value) for n in found] == [("120 people", 120)]


def test_about_reads_the_reported_clause():
    found = numbers("The firm said profits rose 8% last year.")
    assert [n.about for n in found] == ["profits"]


def test_one_of_four_is_a_share():
    n = one("She was one of four finalists.")
    assert (n.value, n.kind, n.unit) == (0.25, "fraction", "finalists")
