"""Dates, round 24 (issue 13, dates): shapes of TimeBank's wrong values and of news that
generalise, each on sentences written here (invented companies and people): a span of a
report longer than a quarter decides what "a year earlier" compares with; two-digit decades."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def values(text: str, date: str | None):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


Q3 = "Brindle Corp. said net rose 8% in the third quarter. "


@pytest.mark.parametrize("text,expected", [
    (Q3 + "For the nine months, net was $40 million, up from $31 million a year earlier.",
     ("a year earlier", "1990")),
    (Q3 + "In the first nine months, sales fell from $9 million in the 1990 period.",
     ("the 1990 period", "1990")),
    (Q3 + "Nine-month profit rose 4% from year-earlier profit of $12 million.",
     ("year-earlier", "1990")),
    (Q3 + "Year-to-date revenue was $80 million, compared with $70 million a year ago.",
     ("a year ago", "1990")),
])
def test_a_longer_span_of_the_report_compares_with_the_year_before(text, expected):
    assert values(text, "1991-10-24")[-1] == expected


@pytest.mark.parametrize("text,expected", [
    (Q3 + "Net was $4 million, up from $3 million a year earlier.", ("a year earlier", "1990-Q3")),
    (Q3 + "Sales rose to $9 million from $8 million in the year-ago period.", ("the year-ago period", "1990-Q3")),
    ("For the nine months, net rose 3%. " + Q3 + "Net was $4 million, against $3 million a year ago.",
     ("a year ago", "1990-Q3")),
    # "the quarter" stays a quarter after a longer span
    (Q3 + "Nine-month sales rose 5%; in the quarter, margins widened.", ("the quarter", "1991-Q3")),
])
def test_a_comparison_after_the_quarter_alone_stays_that_quarter(text, expected):
    assert values(text, "1991-10-24")[-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Sales of the player peaked in the '90s.", [("the '90s", "199X")]),
    ("Nora Quill recorded the album in the 80s.", [("the 80s", "198X")]),
    ("It sold well in the early 70s.", [("70s", "197X")]),
    ("Back in the mid-'60s the town was smaller.", [("'60s", "196X")]),
    ("The label revived '50s soul.", [("'50s", "195X")]),
    ("He was a star of the 60s and 70s.", [("the 60s", "196X"), ("70s", "197X")]),
    ("Critics forget the late 80s and early 90s.", [("80s", "198X"), ("90s", "199X")]),
    ("The '20s were a boom time for the port.", [("The '20s", "192X")]),
    ("The show was a hit in the '00s.", [("the '00s", "200X")]),
])
def test_two_digit_decades(text, expected):
    assert values(text, "2011-05-04") == expected


def test_a_two_digit_decade_takes_the_century_the_document_date_allows():
    assert values("The '20s were a boom time for the port.", "2031-01-02") == [("The '20s", "202X")]
    assert values("Sales peaked in the '90s.", None) == [("the '90s", "199X")]
    assert values("Sales peaked in the '30s.", "1923-04-22") == [("the '30s", "193X")]


@pytest.mark.parametrize("text", [
    "Ada Crane is in her early 20s.",
    "The new coach is in his mid-40s.",
    "Both rivals are in their '30s.",
    "Temperatures will climb into the 90s on Friday.",
    "Life expectancy in Vell is now around the mid-70s.",
    "Her test scores were in the 80s.",
    "Crowds are in the 10s, 100s and 1,000s.",
    "The fleet of 747-400s was sold.",
    "She kept 40s and 50s in a drawer.",
])
def test_numbers_in_tens_are_not_decades(text):
    assert [v for v in values(text, "2011-05-04") if "X" in (v[1] or "")] == []


@pytest.mark.parametrize("text,expected", [
    ("Speaker Ann Loft admitted there is a chance that her party will lose its seats in an interview "
     "Tuesday on a cable channel.", [("Tuesday", "2012-04-17")]),
    ("Mayor Tom Reyes says the plant will reopen, in an interview on Thursday.", [("Thursday", "2012-04-19")]),
    ("Officials announced that the mill will close at a news conference on Wednesday.", [("Wednesday", "2012-04-18")]),
])
def test_a_date_of_an_occasion_of_speech_after_a_report_is_past(text, expected):
    assert values(text, "2012-04-23") == expected


@pytest.mark.parametrize("text,expected", [
    ("Vance will tell reporters at a news conference Friday that he is running.", [("Friday", "2012-04-27")]),
    ("Vance will lay out his plan in a speech on Thursday.", [("Thursday", "2012-04-26")]),
    ("The party will lose its seats in May, Loft said.", [("May", "2012-05")]),
])
def test_a_speech_ahead_or_no_occasion_of_speech_keeps_the_future(text, expected):
    assert values(text, "2012-04-23") == expected


@pytest.mark.parametrize("text,expected", [
    ("Mia Hart won the race in 2002 and defended her title 12 months later.", ("12 months later", "2003")),
    ("Mia Hart won the race in 2002 and won again 24 months later.", ("24 months later", "2004")),
    ("Mia Hart won in March 2002 and defended her title 12 months later.", ("12 months later", "2003-03")),
])
def test_a_whole_number_of_years_in_months_counts_from_a_year(text, expected):
    assert values(text, None)[-1] == expected


def test_months_that_are_no_whole_year_need_a_month_to_count_from():
    assert values("Mia Hart won the race in 2002 and quit 18 months later.", None)[-1] == ("18 months later", None)


@pytest.mark.parametrize("text,expected", [
    ("Talks resume the week after next.", [("the week after next", "1998-W13")]),
    ("Prices peaked the week before last.", [("the week before last", "1998-W09")]),
    ("The merger closes the month after next.", [("the month after next", "1998-05")]),
    ("Sales doubled the year before last.", [("the year before last", "1996")]),
])
def test_two_steps_from_the_document_date(text, expected):
    assert values(text, "1998-03-11") == expected


def test_the_week_after_an_event_still_needs_the_event():
    assert values("Talks resumed the week after the vote.", "1998-03-11") == [("the week after", None)]


@pytest.mark.parametrize("text,expected", [
    ("The fair runs through Sunday.", [("Sunday", "1998-03-15")]),
    ("The strike lasts until Friday.", [("Friday", "1998-03-13")]),
    ("Cara Moss runs the marathon Sunday.", [("Sunday", "1998-03-15")]),
])
def test_runs_and_lasts_in_the_present_look_ahead(text, expected):
    assert values(text, "1998-03-11") == expected


@pytest.mark.parametrize("text,expected", [
    ("He hit two home runs Sunday.", [("Sunday", "1998-03-08")]),
    ("The fair ran through Sunday.", [("Sunday", "1998-03-08")]),
])
def test_runs_as_a_noun_or_in_the_past_stays_past(text, expected):
    assert values(text, "1998-03-11") == expected


from quotecli.extract.dates import infer_document_date  # noqa: E402


@pytest.mark.parametrize("text,expected", [
    ("Ferry sinks off Corra Point\non May 3, 2012 at 9:15 AM, updated May 3, 2012 at 11:02 AM\nA ferry sank on Thursday.",
     "2012-05-03"),
    ("Mill fire\non June 8, 2011 10: 41am | Updated on June 8, 2011 10: 41am\nA fire broke out on Tuesday.", "2011-06-08"),
    ("Posted March 2, 2010-4: 05pm Updated March 3, 2010-7: 10am\nLocal Jury Finds Dane Guilty\nA jury ruled Monday.",
     "2010-03-02"),
    ("Crash in Delmont\nBy Lane & Fisk LLP, posted in Road Accidents on Friday, October 4, 2013.\nA driver fled on Thursday.",
     "2013-10-04"),
])
def test_a_time_stamp_at_the_top_dates_the_story(text, expected):
    assert infer_document_date(text) == expected


@pytest.mark.parametrize("text", [
    "Chip deal\nOn March 1, 2012, Norvex announced it would buy a rival for $300 million in cash and stock.",
    "Crash in Delmont\nThe driver, who posted bail, was charged on Friday, October 4, 2013, with leaving the scene of a crash.",
    "Storm\nOn May 3, 2012 at 9:15 AM a storm hit the coast of the island and cut power to many of its towns.",
])
def test_a_date_in_prose_at_the_top_is_no_time_stamp(text):
    assert infer_document_date(text) is None


def test_a_date_and_clock_opening_a_line_date_the_story():
    text = "Mayor to run again\nFriday March 4, 2005 6:10 PM AP Photo By ANN ROE Associated Press Writer TOWN (AP) - The mayor said."
    assert infer_document_date(text) == "2005-03-04"


def test_a_stamp_word_far_from_the_date_or_across_a_clause_does_not_label_it():
    text = "Crash in Delmont\nThe driver, who posted bail, was charged on Friday, October 4, 2013.\nHe denied it on Monday."
    assert infer_document_date(text) is None


@pytest.mark.parametrize("text", [
    'Ada Crane spoke on the "Today" show about her book.',
    "Ada Crane spoke on the “Today” show about her book.",
])
def test_a_time_word_alone_in_quotes_is_a_title(text):
    assert values(text, "2005-02-01") == []


@pytest.mark.parametrize("text,expected", [
    ('"Today," Ada Crane said, "we won."', [("Today", "2005-02-01")]),
    ('"Today we won," Ada Crane said.', [("Today", "2005-02-01")]),
    ('Ada Crane said: "Tomorrow."', [("Tomorrow", "2005-02-02")]),
    ('"Today\'s phones are faster," Ada Crane said.', [("Today", "2005-02-01")]),
])
def test_a_time_word_that_opens_a_quotation_is_a_day(text, expected):
    assert values(text, "2005-02-01") == expected
