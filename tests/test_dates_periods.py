"""Parts of a year, holidays, centuries and decades, on sentences written here: each shape
resolves to its TIMEX3 value (TimeBank's conventions) against the document date."""

from __future__ import annotations

from typing import Optional

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def dates(text: str, date: Optional[str]):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


@pytest.mark.parametrize("text,date,expected", [
    ("The bakery chain lost money in the third quarter.", "2011-11-03", [("the third quarter", "2011-Q3")]),
    ("Its third-quarter sales slipped.", "2011-11-03", [("Its third-quarter", "2011-Q3")]),
    ("The fourth quarter will bring a charge.", "2011-11-03", [("The fourth quarter", "2011-Q4")]),
    ("Profit in the fourth quarter doubled.", "2012-02-10", [("the fourth quarter", "2011-Q4")]),
    ("Sales rose in the fiscal first quarter.", "2011-10-20", [("the fiscal first quarter", "2011-Q1")]),
    ("In the 2009 second quarter it broke even.", "2011-11-03", [("the 2009 second quarter", "2009-Q2")]),
    ("Output fell in the third quarter of 2008.", "2011-11-03", [("the third quarter of 2008", "2008-Q3")]),
    ("Sales for this year's third quarter were flat.", "2011-11-03", [("this year's third quarter", "2011-Q3")]),
    ("Sales for last year's fourth quarter were flat.", "2011-11-03", [("last year's fourth quarter", "2010-Q4")]),
    ("It expects a profit in the current quarter.", "2011-11-03", [("the current quarter", "2011-Q4")]),
    ("The mill earned $2 million in the quarter.", "2011-08-15", [("the quarter", "2011-Q2")]),
    ("Margins shrank in the first half of 2010.", "2011-11-03", [("the first half of 2010", "2010-H1")]),
])
def test_quarters_and_halves(text, date, expected):
    assert dates(text, date) == expected


def test_year_ago_comparisons_follow_the_quarter_they_compare():
    text = ("The brewer earned $4 million in the third quarter, up from $3 million a year ago. "
            "In the year-earlier quarter it sold less beer. Sales rose from a year earlier, and the "
            "year-ago results were restated. The latest period was its best.")
    assert dates(text, "2011-11-03") == [
        ("the third quarter", "2011-Q3"), ("a year ago", "2010-Q3"), ("the year-earlier quarter", "2010-Q3"),
        ("a year earlier", "2010-Q3"), ("year-ago", "2010-Q3"), ("The latest period", "2011-Q3")]


def test_a_year_ago_without_a_quarter_stays_a_month():
    assert dates("The dam burst a year ago.", "2011-11-03") == [("a year ago", "2010-11")]


def test_quarter_that_is_a_fraction_or_a_place_is_not_a_date():
    assert dates("A quarter of the voters stayed home in the French Quarter.", "2011-11-03") == []
    assert dates("He scored in the second half of the game; the quarter-century ended.", "2011-11-03") == []


@pytest.mark.parametrize("text,date,expected", [
    ("The roof leaked last summer.", "2013-03-01", [("last summer", "2012-SU")]),
    ("Hiring picked up last fall.", "2013-03-01", [("last fall", "2012-FA")]),
    ("The ferry will run again this spring.", "2013-03-01", [("this spring", "2013-SP")]),
    ("The pier opened in the summer of 1961.", "2013-03-01", [("the summer of 1961", "1961-SU")]),
    ("The club will reopen in the autumn.", "2013-05-01", [("the autumn", "2013-FA")]),
    ("The club closed in the autumn.", "2013-05-01", [("the autumn", "2012-FA")]),
])
def test_seasons(text, date, expected):
    assert dates(text, date) == expected


def test_seasons_as_other_words_are_not_dates():
    assert dates("Prices fall when a hot spring runs dry; the fall of the old regime; the Arab Spring; "
                 "summer camps.", "2013-03-01") == []


@pytest.mark.parametrize("text,date,expected", [
    ("The shops shut on Thanksgiving Day.", "1999-12-02", [("Thanksgiving Day", "1999-11-25")]),
    ("Turnout on Election Day will be high.", "2012-10-01", [("Election Day", "2012-11-06")]),
    ("The pilgrims came during Easter week.", "2016-04-10", [("Easter week", "2016-W12")]),
    ("They married on Christmas Eve 2004.", "2016-04-10", [("Christmas Eve 2004", "2004-12-24")]),
    ("The strike ended before Christmas.", "2016-04-10", [("Christmas", "2015-12-25")]),
    ("The parade is on the Fourth of July.", None, [("Fourth of July", "XXXX-07-04")]),
])
def test_holidays(text, date, expected):
    assert dates(text, date) == expected


def test_holiday_words_as_modifiers_are_not_dates():
    assert dates("Christmas shopping and Easter eggs sold well.", "2016-04-10") == []


@pytest.mark.parametrize("text,date,expected", [
    ("He is a man of the 20th century.", "1998-02-13", [("the 20th century", "19")]),
    ("It is a nineteenth-century house.", "1998-02-13", [("nineteenth-century", "18")]),
    ("Rents doubled over the last decade.", "2005-02-13", [("the last decade", "199X")]),
    ("The plant will close by year-end.", "2005-02-13", [("year-end", "2005")]),
])
def test_centuries_decades_and_year_end(text, date, expected):
    assert dates(text, date) == expected


def test_a_comparison_counts_from_the_reported_quarter_not_from_another_comparison():
    text = ("In the fiscal-first quarter, net rose to $5 million from $4 million a year earlier. "
            "Sales rose, compared with a year earlier.")
    assert dates(text, "2011-10-20") == [
        ("the fiscal-first quarter", "2011-Q1"), ("a year earlier", "2010-Q1"), ("a year earlier", "2010-Q1")]


@pytest.mark.parametrize("text,expected", [
    ("Profit fell in fiscal 1989.", [("fiscal 1989", "1989")]),
    ("Sales rose in the current fiscal year.", [("the current fiscal year", "2011")]),
    ("Sales rose in the latest fiscal year.", [("the latest fiscal year", "2010")]),
])
def test_fiscal_years_are_years(text, expected):
    assert dates(text, "2011-10-26") == expected


def test_days_ago_after_a_month_count_from_the_document_date():
    assert dates("The talks, due to end by May, resumed two weeks ago.", "2011-03-22") == [
        ("May", "2011-05"), ("two weeks ago", "2011-03-08")]


def test_the_last_half_of_a_year_is_its_second_half():
    assert dates("Sales grew in the last half of 2009.", "2011-11-03") == [("the last half of 2009", "2009-H2")]
    assert dates("Sales fell in the last quarter.", "2011-11-03") == [("the last quarter", "2011-Q3")]


def test_years_named_by_reference():
    assert dates("The mill shut in 2008; later that year it reopened.", "2011-11-03") == [
        ("2008", "2008"), ("later that year", "2008")]
    assert dates("Thefts rose over the past year.", "2011-11-03") == [("the past year", "2010")]
    assert dates("Rain delayed planting earlier in the year.", "2011-11-03") == [("earlier in the year", "2011")]


def test_the_quarter_ended_a_day_is_the_calendar_quarter_holding_most_of_it():
    # sentences written here; May-July is mostly the second quarter
    assert dates("In the quarter ended July 31, the chain sold 40 stores.", "1989-10-30")[0] == (
        "the quarter", "1989-Q2")
    assert dates("Net rose in the quarter ended Sept. 30.", "1989-10-30")[0] == ("the quarter", "1989-Q3")
    # a quarter named just before is what "the quarter" means, fiscal or not
    assert dates("Its fiscal first quarter was weak. In the quarter ended Sept. 30, net fell.",
                         "1989-10-30")[:2] == [("Its fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q1")]


@pytest.mark.parametrize("text,expected", [
    ("The bakery expects more orders in the second half of the year.", [("the second half of the year", "2011-H2")]),
    ("Its margins narrowed in the first half of this year.", [("the first half of this year", "2011-H1")]),
    ("Losses widened in the first half of last year.", [("the first half of last year", "2010-H1")]),
    ("The plant reopens in the second half of next year.", [("the second half of next year", "2012-H2")]),
    ("Output peaked in the third quarter of the year.", [("the third quarter of the year", "2011-Q3")]),
    # half of a year needs a year: a game's half is no date
    ("The home side scored twice in the first half of the game.", []),
])
def test_a_half_or_quarter_of_a_relative_year(text, expected):
    assert dates(text, "2011-11-03") == expected


def test_the_last_quarter_of_a_year_is_its_fourth_and_a_stated_year_needs_no_document_date():
    assert dates("Growth picked up in the last quarter of 2004.", "2005-06-01") == [
        ("the last quarter of 2004", "2004-Q4")]
    assert dates("Growth picked up in the last quarter of the year.", "2005-02-01") == [
        ("the last quarter of the year", "2005-Q4")]
    assert dates("Profit rose in the last quarter.", "1989-10-26") == [("the last quarter", "1989-Q3")]
    assert dates("Output fell in the first half of 1990.", None) == [("the first half of 1990", "1990-H1")]
    assert dates("The pier reopens in the summer of 2009.", None) == [("the summer of 2009", "2009-SU")]
