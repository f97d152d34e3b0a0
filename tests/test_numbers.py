"""Numbers extractor: one positive and one negative case per pattern, with our own sentences."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers


def numbers(text: str):
    found = extract_numbers(Document(id="t", text=text))
    for n in found:
        assert n.text == text[n.start:n.end]
    return found


def one(text: str):
    found = numbers(text)
    assert len(found) == 1, found
    return found[0]


def test_digits_with_separators_and_decimals():
    n = one("The agency counted 12,450 refugees last week.")
    assert (n.value, n.unit, n.kind) == (12450, "refugees", "count")
    assert one("Prices rose by 2.75 points.").value == 2.75


def test_digits_glued_to_letters_are_not_numbers():
    assert numbers("The MP3 player and the 4G network use 3D screens.") == []


def test_number_words_compose():
    n = one("Twenty-one sailors were rescued.")
    assert (n.value, n.unit) == (21, "sailors")
    assert one("It cost three hundred and five thousand pesos.").value == 305000


def test_a_dozen_and_dozens():
    assert one("She bought a dozen lemons.").value == 12
    n = one("Dozens of farmers marched on the capital.")
    assert (n.value, n.value_max, n.unit) == (12, 120, "farmers")


def test_bare_scale_word_without_article_is_not_a_number():
    assert numbers("The Hundred Years War ended long ago.") == []


def test_hundreds_of_thousands_of_dollars():
    n = one("The city spent hundreds of thousands of dollars on paint.")
    assert (n.value, n.value_max, n.unit, n.kind) == (200000, 999999, "USD", "money")
    assert n.text == "hundreds of thousands of dollars"


def test_vague_plural_without_of_needs_no_noun():
    n = one("Thousands marched through the town.")
    assert (n.value, n.value_max, n.unit) == (2000, 9999, None)
    assert numbers("The scores were level at half time.") == []


def test_scales():
    assert one("The fund holds 3.5 million shares.").value == 3_500_000
    assert one("Officials wanted $5bn for the dam.").value == 5_000_000_000
    assert one("Officials wanted $5 billion for the dam.").value == 5_000_000_000


def test_one_letter_scale_only_with_currency():
    assert one("The club paid £1.2m for him.").value == 1_200_000
    n = one("He won the 100m final.")
    assert (n.value, n.kind) == (100, "measure")


@pytest.mark.parametrize("text", ["Turnout was 53 percent of the electorate.",
                                  "Turnout was 53% of the electorate.",
                                  "Turnout was 53 per cent of the electorate."])
def test_percentages(text):
    n = one(text)
    assert (n.value, n.unit, n.kind, n.of) == (53, "percent", "percent", "the electorate")


def test_percentage_points_and_no_of():
    n = one("Support fell 4 percentage points, the poll found.")
    assert (n.unit, n.of) == ("percentage points", None)


@pytest.mark.parametrize("text,code", [("It cost $40 to enter.", "USD"),
                                       ("It cost 40 euros to enter.", "EUR"),
                                       ("It cost €40 to enter.", "EUR"),
                                       ("It cost 40 pesos to enter.", "MXN"),
                                       ("It cost £40 to enter.", "GBP")])
def test_money(text, code):
    n = one(text)
    assert (n.value, n.unit, n.kind) == (40, code, "money")


def test_number_before_a_non_currency_word_is_not_money():
    assert one("They sold 40 dollhouses.").kind == "count"


@pytest.mark.parametrize("text", ["Between 20 and 30 boats sank.", "About 20 to 30 boats sank.",
                                  "Some 20-30 boats sank."])
def test_ranges(text):
    n = one(text)
    assert (n.value, n.value_max, n.unit) == (20, 30, "boats")


def test_range_with_shared_scale_and_words():
    n = one("Repairs will cost $20-30 million.")
    assert (n.value, n.value_max, n.unit) == (20_000_000, 30_000_000, "USD")
    n = one("It takes two or three days.")
    assert (n.value, n.value_max, n.kind) == (2, 3, "duration")


def test_from_to_is_two_numbers_and_scores_are_none():
    assert [n.value for n in numbers("Fees rose from 20 to 30 dollars.")] == [20, 30]
    assert numbers("The home side won 3-1 on Sunday.") == []


@pytest.mark.parametrize("text,qualifier", [("Nearly 400 homes flooded.", "Nearly"),
                                            ("More than 400 homes flooded.", "More than"),
                                            ("At least 400 homes flooded.", "At least"),
                                            ("Up to 400 homes flooded.", "Up to"),
                                            ("About 400 homes flooded.", "About")])
def test_qualifiers(text, qualifier):
    n = one(text)
    assert (n.qualifier, n.value, n.unit) == (qualifier, 400, "homes")
    assert n.text.startswith(qualifier)


def test_no_qualifier():
    assert one("Precisely because 400 homes flooded, they left.").qualifier is None


def test_durations():
    n = one("The talks lasted 18 months.")
    assert (n.value, n.unit, n.kind) == (18, "months", "duration")
    n = one("After a nearly 14-month closure, the border reopened.")
    assert (n.text, n.value, n.unit, n.qualifier, n.kind) == (
        "nearly 14-month", 14, "month", "nearly", "duration")


def test_ages():
    n = one("A 34-year-old driver was arrested.")
    assert (n.value, n.unit, n.kind) == (34, "years", "age")


def test_counted_noun_skips_adjectives_and_trailing_words():
    n = one("The plan covers 40 Peruvian embassies in Europe.")
    assert (n.text, n.unit) == ("40 Peruvian embassies", "embassies")
    assert one("Police found 17 sailors hiding in a container.").unit == "sailors"
    assert one("They agreed a 7-Point Plan.").unit == "point"


def test_counted_noun_compound_and_none():
    assert one("Some 300 police officers stood by.").unit == "officers"
    assert one("Twelve were injured.").unit is None


@pytest.mark.parametrize("text", ["He caught COVID-19 in March.", "The G-20 met again.",
                                  "U.S.-Mexico ties improved.", "Talks began July 8, 2022.",
                                  "It opens Dec. 15 in Ohio.", "It opens 15 December.",
                                  "He moved there in 2016.", "Ahead of the 2022 midterms, he left.",
                                  "They met at 10:30 a.m. sharp.", "It starts at 9 p.m. daily.",
                                  "He sat in Section 427 Row 21.", "The S&P 500 fell.",
                                  "A Boeing 737 landed.", "Call 555-1234 today.", "He is ranked No. 5 now.",
                                  "It was the first summit.", "She came 3rd in the race.",
                                  "The shop is open 24/7.", "Music of the 1990s returned."])
def test_not_numbers(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text", ["It was one of the worst storms.", "They helped one another.",
                                  "No one came.", "Someone called.", "She is the one who left.",
                                  "One day he will return.", "It tilts one way or the other."])
def test_pronoun_one_is_not_a_number(text):
    assert numbers(text) == []


def test_one_counting_a_noun_is_a_number():
    n = one("Only one inspector came.")
    assert (n.value, n.unit) == (1, "inspector")


def test_the_two_countries_restates_not_counts():
    assert numbers("Trade between the two countries grew.") == []
    assert one("They visited two countries.").value == 2


def test_capitalised_number_word_in_a_name():
    assert numbers("They met at the Big Four summit.") == []


@pytest.mark.parametrize("text", ["", "\"", "1,", "$", "-5", "9" * 400, "one" * 50, "\u00a0\u201c3\u201d",
                                  "between 5 and", "hundreds of", "5-", "£.5m", "2 0 1 9"])
def test_odd_inputs_do_not_crash(text):
    for n in numbers(text):
        assert n.text == text[n.start:n.end]


def test_no_break_space_between_number_and_unit():
    n = one("They built 40\u00a0bridges.")
    assert (n.value, n.unit) == (40, "bridges")


def test_age_in_commas_after_a_name():
    n = one("Officer Dana Pike, 38, was hurt.")
    assert (n.value, n.unit, n.kind) == (38, "years", "age")
    assert one("The towns, 38 in all, voted.").kind == "count"


def test_label_after_short_acronym():
    n = one("They seized nine AK 47 rifles.")
    assert n.value == 9
    assert one("The SEC fined 12 brokers.").value == 12


@pytest.mark.parametrize("text", ["It was a zero tolerance policy.", "Dec. 20 or 21 is likely.",
                                  "The call began at 06: 31 GMT.", "After 9 / 11 everything changed.",
                                  "He loved the 80s and the 1990s."])
def test_more_not_numbers(text):
    assert numbers(text) == []


def test_seconds_glued_are_a_measure():
    n = one("The burn lasted 365s in total.")
    assert (n.value, n.unit, n.kind) == (365, "s", "measure")


@pytest.mark.parametrize("text", ["One witness said so.", "He was the father of one victim."])
def test_one_as_indefinite_article(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text", ["They want at least one nurse.", "She had just one phone.",
                                  "The bill was cut to one page."])
def test_one_as_quantity(text):
    assert one(text).value == 1


def test_percent_change_to_a_price_is_not_a_range():
    found = numbers("Shares fell 2.1% to 17.58 euros.")
    assert [(n.value, n.unit) for n in found] == [(2.1, "percent"), (17.58, "EUR")]
    n = one("A rise of between 40% and 50% was expected.")
    assert (n.value, n.value_max, n.unit) == (40, 50, "percent")


def test_hyphenated_unit_after_definite_article_still_counts():
    n = one("They backed the two-year extension.")
    assert (n.value, n.unit, n.kind) == (2, "year", "duration")


@pytest.mark.parametrize("text", ["Airlines ordered Boeing 737 jets.", "Fans of Doom-Quest 3 players rejoiced.",
                                  "It ships with a GeForce 9400M chip."])
def test_labels_before_a_noun(text):
    assert numbers(text) == []


def test_title_case_headline_and_sentence_start_still_count():
    assert one("Storm Kills 5 People").value == 5
    assert one("Yesterday 5 villagers left.").unit == "villagers"
    assert one("The union's 800 workers struck.").unit == "workers"


def test_compound_only_after_collective_noun():
    assert one("The 14 depots uses solar power.").unit == "depots"
    assert one("Some 30 staff members quit.").unit == "members"


def test_year_ranges_are_dates_not_figures():
    assert numbers("From 2010-2012 and from 2014 to 2016 it grew.") == []
    assert one("About 2000 people came.").value == 2000


def test_change_is_two_figures_not_a_range():
    found = numbers("Shares fell $28.63 to $38.65 on Monday.")
    assert [(n.value, n.value_max) for n in found] == [(28.63, None), (38.65, None)]


@pytest.mark.parametrize("text", ["He won 7-5 3-6 6-3 in the end.", "The Hawks (5-9) lost again."])
def test_bare_hyphen_pairs_are_scores(text):
    assert numbers(text) == []


def test_hyphen_range_with_unit_and_age_range():
    assert one("Each shift lasts 8-10 hours.").value_max == 10
    n = one("Volunteers aged 20-30 years applied.")
    assert (n.value, n.value_max, n.kind) == (20, 30, "age")


def test_fraction_of_a_scale():
    n = one("Nearly half a million people fled.")
    assert (n.value, n.unit, n.qualifier) == (500_000, "people", "Nearly")
    assert one("She bought half a dozen eggs.").value == 6
    # Issue 13: a share is a figure of its own kind (it was left out before).
    n = one("Nearly half of them left.")
    assert (n.text, n.value, n.kind, n.qualifier) == ("Nearly half", 0.5, "fraction", "Nearly")


def test_of_phrase_stops_before_verbs_and_names():
    assert one("Now 45% of the local voters Gallup asked agree.").of == "the local voters"
    assert one("Some 21 percent of primary voters surveyed agree.").of == "primary voters"
    assert one("About 16% of visitors came by bus.").of == "visitors"


def test_hyphenated_adjectives_are_skipped_before_the_noun():
    assert one("The city runs 50 consulate-style welcome centers.").unit == "centers"
    assert one("She thanked 3 co-workers.").unit == "co-workers"


def test_number_word_after_a_label_word_and_age_after_age():
    assert numbers("The single entered the chart at number nine.") == []
    n = one("He died at age 44 in Ohio.")
    assert (n.value, n.kind) == (44, "age")


def test_degrees():
    n = one("Temperatures hit 40°C on Monday.")
    assert (n.value, n.kind) == (40, "measure")


@pytest.mark.parametrize("text,qualifier,unit", [("Some 50 or more people came.", "Some or more", "people"),
                                                 ("It took 20-odd years.", "odd", "years"),
                                                 ("They cut 500-plus jobs.", "plus", "jobs")])
def test_trailing_qualifiers(text, qualifier, unit):
    n = one(text)
    assert (n.qualifier, n.unit) == (qualifier, unit)


def test_or_between_numbers_is_still_a_range():
    assert one("Some 20 or 30 people came.").value_max == 30
