"""Dates, issue 13 third round: shapes of financial and general news on sentences written here
(years before the figures they date, a coming quarter, "due to" as "because of")."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def values(text: str, date: str):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


@pytest.mark.parametrize("text,expected", [
    ("The brewer said 1992 earnings would climb.", [("1992", "1992")]),
    ("Analysts see 1993 profit of $3 a share.", [("1993", "1993")]),
    ("The mill posted 1991 sales of $2 billion.", [("1991", "1991")]),
    ("Orders are back at 1988 levels.", [("1988", "1988")]),
])
def test_a_bare_year_before_the_figures_it_dates(text, expected):
    assert values(text, "1992-03-04") == expected


@pytest.mark.parametrize("text", [
    "The firm logged 1992 visits on its site.",
    "The mill hired 1991 workers.",
])
def test_a_bare_number_before_other_plurals_stays_a_count(text):
    assert values(text, "1992-03-04") == []


@pytest.mark.parametrize("text,date,expected", [
    # November: the first and second quarters ahead are next year's
    ("The brewer expects a loss in the first quarter.", "1991-11-05", [("the first quarter", "1992-Q1")]),
    ("It will report second-quarter results later.", "1991-11-05", [("second-quarter", "1992-Q2")]),
    # the quarter just ended is still reported on in a future clause
    ("It will report third-quarter results next week.", "1991-10-05",
     [("third-quarter", "1991-Q3"), ("next week", "1991-W41")]),
    ("The brewer lost money in the first quarter.", "1991-11-05", [("the first quarter", "1991-Q1")]),
])
def test_an_ordinal_quarter_in_a_future_clause_is_the_coming_one(text, date, expected):
    assert values(text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    ("The mill shut due to a strike in the first quarter.", "1991-11-05", [("the first quarter", "1991-Q1")]),
    ("Shares slid due to weak orders in October.", "1991-11-05", [("October", "1991-10")]),
    ("The ferry is due to dock on Friday.", "1991-11-05", [("Friday", "1991-11-08")]),
    ("The ferry, due to dock on Friday, sails at dawn.", "1991-11-05", [("Friday", "1991-11-08")]),
])
def test_due_to_looks_ahead_only_after_be_or_a_comma(text, date, expected):
    assert values(text, date) == expected


@pytest.mark.parametrize("text,expected", [
    # 2010-06-14 is a Monday
    ("The club is holding a raffle on Saturday.", [("Saturday", "2010-06-19")]),
    ("The two leaders are meeting Thursday.", [("Thursday", "2010-06-17")]),
    # the date does not follow the verb and its object: no cue, the last such day
    ("The driver is recovering after surgery on Friday.", [("Friday", "2010-06-11")]),
    ("The club was holding a raffle on Saturday.", [("Saturday", "2010-06-12")]),
])
def test_the_present_progressive_before_its_date_looks_ahead(text, expected):
    assert values(text, "2010-06-14") == expected
