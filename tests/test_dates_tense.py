"""Tense and context decide on which side of the document date a date without a year (or a bare
weekday or month) lies; sentences written here."""

from __future__ import annotations

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def values(text: str, date: str):
    return [(m.text, m.value) for m in extract_dates(Document(id="t", text=text, date=date))]


@pytest.mark.parametrize("text,date,expected", [
    # 2014-05-07 is a Wednesday
    ("The envoy planned to leave on Thursday.", "2014-05-07", [("Thursday", "2014-05-08")]),
    ("The envoy left on Thursday.", "2014-05-07", [("Thursday", "2014-05-01")]),
    ("A decision could come as soon as Tuesday.", "2014-05-07", [("Tuesday", "2014-05-13")]),
    # 2014-05-10 is a Saturday: a past-tense Friday is yesterday
    ("The ferry sank on Friday.", "2014-05-10", [("Friday", "2014-05-09")]),
    ("The exhibition will run through June.", "2014-08-07", [("June", "2015-06")]),
    ("The exhibition ran through June.", "2014-05-07", [("June", "2013-06")]),
])
def test_weekdays_and_months_follow_the_tense(text, date, expected):
    assert values(text, date) == expected


def test_a_past_event_on_a_day_months_ahead_is_last_year():
    assert values("Police arrested a neighbour in the Oct. 23 slaying.", "2014-05-10") == [
        ("Oct. 23", "2013-10-23")]
    assert values("Sales rose in the fiscal year ended March 31.", "2014-11-01") == [("March 31", "2014-03-31")]


def test_a_coming_day_past_months_back_is_next_year():
    assert values("The new mayor will take office on Jan. 8.", "2014-03-20") == [("Jan. 8", "2015-01-08")]


def test_a_near_day_keeps_the_nearest_year_whatever_the_tense():
    assert values("The board approved a dividend payable Dec. 7.", "2014-10-27") == [("Dec. 7", "2014-12-07")]


def test_a_reporting_verb_dates_the_report_not_the_event():
    assert values("The mayor said the referendum is in May.", "2017-12-04") == [("May", "2018-05")]
    assert values("In May, the mayor told reporters.", "2017-12-04") == [("May", "2017-05")]


def test_a_participle_after_be_takes_the_tense_of_the_modal():
    assert values("Final rules are to be published in early November.", "2014-10-30") == [
        ("November", "2014-11")]
    assert values("The winners were announced in November.", "2014-10-30") == [("November", "2013-11")]


def test_words_ending_in_ed_that_are_not_past_forms():
    assert values("Mr. Ruiz will succeed her on Feb. 1.", "2014-10-26") == [("Feb. 1", "2015-02-01")]


def test_an_adjective_in_ed_gives_no_tense():
    # "unspecified" is no past verb: "would" decides, and the nearest January is the coming one
    assert values("The dividend would be paid on a still unspecified date in January.", "2014-10-26") == [
        ("January", "2015-01")]


def test_an_effective_date_lies_ahead():
    assert values("The board created a new office, effective Feb. 1.", "2014-10-26") == [("Feb. 1", "2015-02-01")]


def test_the_previous_or_following_weekday_counts_from_the_day_named_before():
    text = "The index closed at a record on Oct. 24, up from the previous Friday; it fell the following Monday."
    assert values(text, "2014-10-30") == [
        ("Oct. 24", "2014-10-24"), ("the previous Friday", "2014-10-17"), ("the following Monday", "2014-10-20")]


# --- issue 13: the clause that governs the date ----------------------------------------------


@pytest.mark.parametrize("text,date,expected", [
    # 2021-03-05 is a Friday. A reported clause after the verb dates its own date: which September
    # is open, so the nearest one
    ("The ministry told the importers of a cut in deliveries in September.", "2021-08-16", [("September", "2021-09")]),
    ("The coach said the team needs to rest before the November final.", "2021-07-04", [("November", "2021-11")]),
    # without one the date is the report's own, whatever the words before the verb say
    ("Having lost the vote, the minister announced her resignation in February.", "2021-12-20",
     [("February", "2021-02")]),
    ("The council, which met last month, said Tuesday it had no comment.", "2021-03-05",
     [("last month", "2021-02"), ("Tuesday", "2021-03-02")]),
    ("Ms. Ode said at a hearing on Thursday that the plan was sound.", "2021-03-05", [("Thursday", "2021-03-04")]),
])
def test_a_reporting_verb_and_the_clause_it_reports(text, date, expected):
    assert values(text, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    # an infinitive looks forward from an unknown point: the nearer side wins
    ("The club advances to play Saturday in the semifinal.", "2021-03-05", [("Saturday", "2021-03-06")]),
    ("The firm agreed to buy the mill from its owners in February.", "2021-10-30", [("February", "2022-02")]),
    ("Unions urged the board to delay the vote on Monday.", "2021-03-05", [("Monday", "2021-03-08")]),
    # a future cue stays future
    ("The envoy is expected to arrive on Thursday.", "2021-03-05", [("Thursday", "2021-03-11")]),
    # "to" that opens no infinitive
    ("Shipments to China rose on Monday.", "2021-03-05", [("Monday", "2021-03-01")]),
    ("The striker started to look sharper on Sunday.", "2021-03-05", [("Sunday", "2021-02-28")]),
    ("Prices ranged from low to record highs in September.", "2021-08-16", [("September", "2020-09")]),
    ("He went on to win the seat in May.", "2021-12-20", [("May", "2021-05")]),
])
def test_an_infinitive_before_the_date(text, date, expected):
    assert values(text, date) == expected


def test_a_headline_in_title_case_is_read_lower_cased():
    # 2021-03-03 is a Wednesday
    assert values("Mayor Will Open New Bridge On Friday\n\nThe bridge opens.", "2021-03-03") == [
        ("Friday", "2021-03-05")]
    # a name is not a cue in running text
    assert values("Will Hart scored on Friday.", "2021-03-03") == [("Friday", "2021-02-26")]


@pytest.mark.parametrize("text,expected", [
    # 2021-03-03 is a Wednesday: running text puts what happened in the past tense
    ("The trial begins Monday in Leeds.", [("Monday", "2021-03-08")]),
    ("The new rule takes effect Saturday.", [("Saturday", "2021-03-06")]),
    ("The trial began Monday in Leeds.", [("Monday", "2021-03-01")]),
])
def test_a_verb_of_schedule_in_the_present_looks_ahead(text, expected):
    assert values(text, "2021-03-03") == expected


@pytest.mark.parametrize("text,expected", [
    # 2021-03-03 is a Wednesday
    ("The two leaders meet separately Monday in Oslo.", [("Monday", "2021-03-08")]),
    ("The two leaders did not meet Monday.", [("Monday", "2021-03-01")]),
    ("Talks resume Friday after a pause.", [("Friday", "2021-03-05")]),
])
def test_a_plural_verb_of_schedule_looks_ahead_unless_an_auxiliary_decides(text, expected):
    assert values(text, "2021-03-03") == expected


def test_a_month_half_a_year_away_in_a_forward_clause_is_the_coming_one():
    # November is six months from May either way; "running to face" looks forward
    assert values("She is running to face him in November.", "2010-05-18") == [("November", "2010-11")]
    assert values("The race was held in November.", "2010-05-18") == [("November", "2009-11")]


def test_dates_back_points_to_the_past():
    assert values("The feud dates back to January, when the rival spoke.", "2016-08-31") == [("January", "2016-01")]


def test_a_modal_leaves_the_side_open_so_the_nearer_one_wins():
    # 2019-01-25: February is a month ahead, last February eleven months back
    assert values("If the two sides cannot agree by the February deadline, talks end.", "2019-01-25") == [
        ("February", "2019-02")]
    assert values("He said he could win the state in November.", "2016-07-12") == [("November", "2016-11")]


@pytest.mark.parametrize("text,date,expected", [
    # a participle of the passive has no tense: "going to" before it decides
    ("He said the sector is going to start getting beat up in the spring.", "1998-02-06",
     [("the spring", "1998-SP")]),
    # 2003-10-22 is a Wednesday
    ("Fans are going to get soaked on Monday.", "2003-10-22", [("Monday", "2003-10-27")]),
    # after "been" the perfect keeps it past
    ("The mill has been sold in March.", "2003-10-20", [("March", "2003-03")]),
    ("The club has been charged over trouble at the match on 26 October.", "2003-05-07",
     [("26 October", "2002-10-26")]),
    # an amount in the words an infinitive governs keeps it governing ("agreed to buy ... for $40 million")
    ("The firm agreed to buy the mill for $40 million in March.", "2003-10-20", [("March", "2004-03")]),
    ("The firm agreed to buy the unit, which was sold in March.", "2003-10-20", [("March", "2003-03")]),
    # after an infinitive, a past verb of the main clause still dates the date
    ("Seeking to clarify his remarks, he issued a statement on Friday.", "2003-10-22", [("Friday", "2003-10-17")]),
])
def test_past_forms_that_do_not_date_the_date(text, date, expected):
    assert values(text, date) == expected
