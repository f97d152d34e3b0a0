"""Ranges, combinations and written forms of dates, on sentences written here."""

from __future__ import annotations

from typing import Optional

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def dates(text: str, date: Optional[str] = "2014-05-07"):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


def test_a_range_of_years_gives_both_years():
    assert dates("The club won the league in 2009-2010.") == [("2009", "2009"), ("2010", "2010")]
    assert dates("He coached the 1957-58 team.") == [("1957", "1957"), ("58", "1958")]


def test_a_score_or_an_identifier_with_hyphens_is_not_a_range():
    assert dates("They won 2-1; form 12-34-5678 and COVID-19 cases.") == []


@pytest.mark.parametrize("text,span,value", [
    ("Turnout fell in February this year.", "February this year", "2014-02"),
    ("The plant opens in April next year.", "April next year", "2015-04"),
    ("The mill shut in November last year.", "November last year", "2013-11"),
    ("Talks were held the week of March 6.", "the week of March 6", "2014-W10"),
    ("Signed this 12th day of December, 2001.", "12th day of December, 2001", "2001-12-12"),
])
def test_combinations_are_one_date(text, span, value):
    assert dates(text) == [(span, value)]


@pytest.mark.parametrize("text,span,value", [
    ("She was born june 4th 1996 in Ohio.", "june 4th 1996", "1996-06-04"),
    ("The deadline was 25th march 2015.", "25th march 2015", "2015-03-25"),
    ("The log says 06-17-2014 at the top.", "06-17-2014", "2014-06-17"),
    ("The log says 17-06-2014 at the top.", "17-06-2014", "2014-06-17"),
    ("It closed on the 3rd of October 2012.", "3rd of October 2012", "2012-10-03"),
])
def test_formats(text, span, value):
    assert dates(text) == [(span, value)]


def test_lower_case_may_and_march_need_an_ordinal_or_a_year():
    assert dates("Prices may 3 times a year march 4 abreast in dismay.") == []
    assert dates("The fair opens may 3rd and closes march 4, 2015.") == [
        ("may 3rd", "2014-05-03"), ("march 4, 2015", "2015-03-04")]


@pytest.mark.parametrize("text,span,value", [
    ("The reactor was built in nineteen seventy-nine.", "nineteen seventy-nine", "1979"),
    ("Atlanta, nineteen ninety-six: a bomb at the games.", "nineteen ninety-six", "1996"),
    ("The mill opened in nineteen oh five.", "nineteen oh five", "1905"),
    ("Many feared the year two thousand.", "the year two thousand", "2000"),
    ("The clinic was bombed in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
])
def test_years_in_words(text, span, value):
    assert dates(text) == [(span, value)]


def test_number_words_that_are_counts_are_not_years():
    assert dates("Two thousand people and twenty-five men met nineteen times.") == []


def marked(text: str, date: Optional[str] = "2014-08-12"):
    return [(m.text, m.value, m.dateline) for m in extract_dates(Document(id="t", text=text, date=date))]


def test_a_dateline_is_marked_and_anchors_the_story():
    text = "BEIJING, Aug. 11, 2014 (Xinhua) -- Rain fell on Friday."
    assert marked(text, None) == [("Aug. 11, 2014", "2014-08-11", True), ("Friday", "2014-08-08", False)]
    assert marked("WASHINGTON, August 11 (Xinhua) -- The senate voted on Aug. 9.") == [
        ("August 11", "2014-08-11", True), ("Aug. 9", "2014-08-09", False)]
    assert marked("Lagos, Nigeria, Jan. 3, 2019 — Police said.")[0][2] is True


def test_a_date_after_a_sentence_opening_is_not_a_dateline():
    assert marked("In Paris, May 5 - the talks began.") == [("May 5", "2014-05-05", False)]
    assert marked("The vote, Aug. 11 -- the closest ever -- failed.") == [("Aug. 11", "2014-08-11", False)]
