"""Dates, round 25 (issue 13, dates): shapes of TimeBank's dev-half wrong values that generalise,
each on sentences written here (invented companies and people): "since year-end" counts from the
year-end gone by; "a year earlier" compares with the date its own sentence names."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def values(text: str, date: str | None):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


@pytest.mark.parametrize("text,expected", [
    ("The Ferrow index has gained 12% since year-end.", ("year-end", "1998-12-31")),
    ("Shares of Ostin Ltd. are down 4% since the end of the year.", ("the end of the year", "1998-12-31")),
    ("Since year end, the Kelby fund has lost a tenth of its value.", ("year end", "1998-12-31")),
])
def test_since_year_end_is_the_last_day_of_the_year_before(text, expected):
    assert values(text, "1999-10-20") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Marlow Bank expects to close the sale by year-end.", ("year-end", "1999")),
    ("Profit at the end of the year was $4 million, Tamsin Orr said.", ("the end of the year", "1999")),
    ("Shares have risen 8% since the start of the year.", ("the start of the year", "1999")),
])
def test_year_end_without_since_stays_the_documents_year(text, expected):
    assert values(text, "1999-10-20") == [expected]


@pytest.mark.parametrize("text,date,expected", [
    ("Net at Corvane Inc. was $4 million in 1997, up from $3 million a year earlier.", "1999-10-20",
     ("a year earlier", "1996")),
    ("In 1997, Corvane's net was $4 million, up from $3 million a year earlier.", None, ("a year earlier", "1996")),
    ("Sales at Pellow Ltd. were $9 million in March, against $7 million a year earlier.", "1999-10-20",
     ("a year earlier", "1998-03")),
    ("Last year, Pellow lost $2 million, after a profit of $1 million a year earlier.", "1999-10-20",
     ("a year earlier", "1997")),
])
def test_a_year_earlier_counts_from_the_date_its_sentence_names(text, date, expected):
    assert values(text, date)[-1] == expected


@pytest.mark.parametrize("text,date,expected", [
    # a date in the sentence before is not the sentence's reference time
    ("Corvane was founded in 1990. Net was $4 million, up from $3 million a year earlier.", "1999-10-20",
     ("a year earlier", "1998")),
    ("Corvane was founded in 1990. Net was $4 million, up from $3 million a year earlier.", None,
     ("a year earlier", None)),
    # a year that is itself a comparison's base: both count back from the report's year
    ("Margins fell to 4.1% from 6.3% in 1998, and debt to $2m from $5m a year earlier.", "1999-10-20",
     ("a year earlier", "1998")),
    ("Margins fell to 4.1% from 6.3% in 1998, and debt to $2m from $5m a year earlier.", None,
     ("a year earlier", None)),
    # a relative day is no reference for a comparison of years
    ("Pellow said Tuesday that net rose to $4 million from $3 million a year earlier.", "1999-10-20",
     ("a year earlier", "1998")),
])
def test_a_year_earlier_without_a_date_in_its_sentence_keeps_the_document_year(text, date, expected):
    assert values(text, date)[-1] == expected


@pytest.mark.parametrize("text,date,expected", [
    ("The hearings Senator Dunmore held this past week were tense.", "2017-03-22", ("this past week", "2017-W11")),
    ("The hearings Senator Dunmore held this past week were tense.", "2017-03-25", ("this past week", "2017-W12")),
    ("The hearings Senator Dunmore held this past week were tense.", "2017-03-26", ("this past week", "2017-W12")),
    ("Rallies in Corrib drew crowds this past weekend.", "2017-03-26", ("this past weekend", "2017-W12-WE")),
    ("Rallies in Corrib drew crowds this past weekend.", "2017-03-25", ("this past weekend", "2017-W11-WE")),
    ("Rallies in Corrib drew crowds this past weekend.", "2017-03-27", ("this past weekend", "2017-W12-WE")),
])
def test_this_past_week_is_the_last_one_over_by_the_document_date(text, date, expected):
    assert values(text, date) == [expected]


@pytest.mark.parametrize("text", [
    "Prices at Tulloch Farms rose over the past week.",
    "Rain has lashed Ardmore for the past week.",
])
def test_the_past_week_is_a_duration(text):
    assert values(text, "2017-03-22") == []
