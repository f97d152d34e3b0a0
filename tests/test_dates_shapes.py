"""Issue 13 / issue 9 item 5: shapes of dates whose value needs more than the document date —
"the day after" an event or a date, ranges of days, the present of a verb of schedule, this
and next quarter. Sentences written here."""

from __future__ import annotations

from typing import Optional

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates

# 2019-03-14 is a Thursday, in the first quarter
DOC_DATE = "2019-03-14"


def dates(text: str, date: Optional[str] = DOC_DATE) -> list[tuple[str, Optional[str]]]:
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return [(m.text, m.value) for m in found]


# --- "the day after", "the year before": from the date named last, or from their object -------


@pytest.mark.parametrize("text,expected", [
    ("The ceasefire ended on Monday; the day after, fighting resumed.",
     [("Monday", "2019-03-11"), ("the day after", "2019-03-12")]),
    ("The index fell in 2018 from the year before.", [("2018", "2018"), ("the year before", "2017")]),
    ("The flood came in May 2016 and the drought the month after.",
     [("May 2016", "2016-05"), ("the month after", "2016-06")]),
    ("They will vote the day after tomorrow.", [("the day after tomorrow", "2019-03-16")]),
    ("He left the day before yesterday.", [("the day before yesterday", "2019-03-12")]),
])
def test_the_day_after_counts_from_the_date_named_last(text, expected):
    assert dates(text) == expected


def test_the_day_after_a_date_counts_from_that_date():
    assert dates("The shops reopened the day after Christmas.") == [
        ("the day after", "2018-12-26"), ("Christmas", "2018-12-25")]


def test_a_date_and_the_day_after_an_event_beside_it_are_one_day():
    # the apposition renames the date: it is not a day later than it
    assert dates("Trading resumed Oct. 14, the day after the crash.", "2019-10-30") == [
        ("Oct. 14", "2019-10-14"), ("the day after", "2019-10-14")]


def test_the_day_after_an_event_of_unknown_date_has_no_value():
    # not the day after the date named before: the election's day is not written
    assert dates("The polls closed Sunday. The talks resumed the day after the election.") == [
        ("Sunday", "2019-03-10"), ("the day after", None)]


def test_the_day_before_a_dated_event_counts_from_its_date():
    assert dates("He was seen the day before his June 24, 2005 trial.") == [
        ("the day before", "2005-06-23"), ("June 24, 2005", "2005-06-24")]


def test_of_the_year_after_is_a_title_not_a_date():
    assert dates("She was named player of the year after winning the title.") == []


# --- ranges of days: "June 5-9", "Dec. 20 or 21, 2018" ----------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The fair runs June 5-9 in Leeds.", [("June 5", "2019-06-05"), ("9", "2019-06-09")]),
    ("Talks are set for Dec. 20-21.", [("Dec. 20", "2019-12-20"), ("21", "2019-12-21")]),
    # the year after the second day is both days'
    ("The fair ran June 5-9, 2016.", [("June 5", "2016-06-05"), ("9, 2016", "2016-06-09")]),
    ("The polls open Dec. 20 or 21, 2020.", [("Dec. 20", "2020-12-20"), ("21, 2020", "2020-12-21")]),
])
def test_a_range_of_days_of_a_month_gives_both_days(text, expected):
    assert dates(text) == expected


def test_a_score_after_a_month_is_no_range_of_days():
    assert dates("The June 5-4 ruling stood.") == [("June", "2018-06")]


def test_a_clock_time_after_a_hyphen_keeps_the_year_of_the_date():
    # a web page's stamp: the date with its year (which then dates the story), then the time
    assert dates("Posted April 10, 2007-7: 07AM. The mill closed today.", None) == [
        ("April 10, 2007", "2007-04-10"), ("today", "2007-04-10")]
    # a range of years after the day: the day keeps no year of it
    assert dates("The season of June 5, 2016-17 was long.")[0] == ("June 5", "2019-06-05")


# --- a present verb of schedule that is as often a noun looks ahead right before its date ------


@pytest.mark.parametrize("text,expected", [
    ("The summit starts Friday.", [("Friday", "2019-03-15")]),
    ("The exhibition closes on Sunday.", [("Sunday", "2019-03-17")]),
    ("The flight lands Tuesday night.", [("Tuesday", "2019-03-19")]),
    ("The summit started Friday.", [("Friday", "2019-03-08")]),
    # nouns: after a number or a determiner the word says nothing of the tense
    ("Two false starts Friday cost him the race.", [("Friday", "2019-03-08")]),
    ("The tax returns Monday were late.", [("Monday", "2019-03-11")]),
])
def test_a_verb_of_schedule_right_before_its_date_looks_ahead(text, expected):
    assert dates(text) == expected


# --- this, next and the coming quarter ---------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Next quarter will be hard.", [("Next quarter", "2019-Q2")]),
    ("Sales should pick up in the coming quarter.", [("the coming quarter", "2019-Q2")]),
    # looking ahead, "this quarter" is the running one
    ("Sales will rise this quarter.", [("this quarter", "2019-Q1")]),
    # in a report on results, the quarter reported on
    ("This quarter's loss was large.", [("This quarter", "2018-Q4")]),
    ("The dam will stand for the next quarter century.", []),
])
def test_this_and_next_quarter(text, expected):
    assert dates(text) == expected


# --- a year after a possessive, a noun after a comma, anchors in undated stories ---------------


@pytest.mark.parametrize("text,expected", [
    ("The senator ran on the governor's 2000 ticket.", [("2000", "2000")]),
    ("She worked on Smith’s 2004 campaign.", [("2004", "2004")]),
    # a count takes a collective noun (or a plural)
    ("The mill's 2000 staff went on strike.", []),
    # after a comma the noun opens the next phrase: "2009" stays a year
    ("In 2009, people said the mill would close.", [("2009", "2009")]),
])
def test_years_after_a_possessive_and_before_a_comma(text, expected):
    assert dates(text) == expected


def test_an_infinitive_with_a_quotation_inside_looks_forward():
    # Sunday 2010-12-12: a past report of a request for Monday: the nearer Monday, tomorrow
    assert dates('He asked members to join him "for a private call" Monday evening.', "2010-12-12") == [
        ("Monday", "2010-12-13")]


def test_a_day_counted_from_a_day_of_unknown_date_has_no_value():
    # undated: "Saturday" has no value, so neither has the day before it (not January 29)
    text = "Elections are set for January 30. Officials said Saturday that rebels attacked the day before."
    assert dates(text, None) == [("January 30", "XXXX-01-30"), ("Saturday", None), ("the day before", None)]
    assert dates(text, "2005-01-16") == [
        ("January 30", "2005-01-30"), ("Saturday", "2005-01-15"), ("the day before", "2005-01-14")]


# --- "two years from now", "1989's third quarter" ---------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The plant will close two years from now.", [("two years from now", "2021")]),
    ("A week from today, the vote is held.", [("A week from today", "2019-03-21")]),
    ("Prices may double a decade from now.", [("a decade from now", "2029")]),
])
def test_from_now_counts_forward_from_the_document_date(text, expected):
    assert dates(text) == expected


def test_from_now_without_a_document_date_has_no_value():
    assert dates("The plant will close two years from now.", None) == [("two years from now", None)]


def test_a_quarter_of_a_year_in_the_possessive():
    assert dates("In 1989's third quarter, sales rose.") == [("1989's third quarter", "1989-Q3")]


# --- lists and ranges of months, two days with a slash, "Dec.14" ------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Rates rose in June, August, September and November.",
     [("June", "2018-06"), ("August", "2018-08"), ("September", "2018-09"), ("November", "2018-11")]),
    ("Prices fell in July-September.", [("July", "2018-07"), ("September", "2018-09")]),
    # a calendar quarter's three months
    ("Prices fell in the July-to-September quarter.", [("July-to-September quarter", "2018-Q3")]),
    ("The ties were played on 22/23 February.", [("22", "2019-02-22"), ("23 February", "2019-02-23")]),
    ("Voting began on Dec.14 in the capital.", [("Dec.14", "2018-12-14")]),
    # names, not months
    ("June Carter, August Wilson and others came.", []),
])
def test_lists_and_ranges_of_months_and_days(text, expected):
    assert dates(text) == expected


# --- bare years: more prepositions, comparisons, and a year as the subject of a verb -----------


@pytest.mark.parametrize("text,expected", [
    ("Growth will continue into 2005.", [("2005", "2005")]),
    ("Jobs rose throughout 2004.", [("2004", "2004")]),
    ("He will stay beyond 2007.", [("2007", "2007")]),
    ("Sales were flat compared with 2003.", [("2003", "2003")]),
    ("But 2005 will also see more rivals.", [("2005", "2005")]),
    ("Clearly 2004 was the worst year.", [("2004", "2004")]),
    # a count takes a plural verb; "another" makes a quantity; a name's number is no year
    ("Some 2000 were hurt.", []),
    ("Another 2000 will be hired.", []),
    ("But Football Manager 2005 is back.", []),
])
def test_more_bare_years(text, expected):
    assert dates(text) == expected


def test_a_quarter_ending_on_a_coming_day_is_the_running_one():
    # 2019-10-28: "ended Sept. 30" is this year's third quarter; "ending Dec. 31" this year's fourth
    assert dates("Revenue in the quarter ending Dec. 31 will fall.", "2019-10-28") == [
        ("the quarter", "2019-Q4"), ("Dec. 31", "2019-12-31")]
    assert dates("Revenue in the quarter ended Sept. 30 fell.", "2019-10-28") == [
        ("the quarter", "2019-Q3"), ("Sept. 30", "2019-09-30")]


@pytest.mark.parametrize("text,expected", [
    ("The vote is Tuesday.", [("Tuesday", "2019-03-19")]),
    ("The vote is on Tuesday.", [("Tuesday", "2019-03-19")]),
    # "is" away from the date says nothing of its side, before or after it
    ("He is in hospital after a crash Tuesday.", [("Tuesday", "2019-03-12")]),
    ("The show, which airs in November, is set to be his last.", [("November", "2019-11")]),
])
def test_the_present_of_be_right_before_a_date_looks_ahead(text, expected):
    assert dates(text) == expected


# --- quarters: of a game, the previous one, the final one, an ordinal before "fiscal" ----------


@pytest.mark.parametrize("text,expected", [
    ("He scored on a 2-yard touchdown in the second quarter.", []),
    ("The Colts, trailing 14-0 at the start of the second quarter, won.", []),
    ("Ireland led 18-12 as the game entered the final quarter.", []),
    # business news next to points or figures keeps its quarter
    ("The index fell 20 points in the fourth quarter.", [("the fourth quarter", "2018-Q4")]),
    ("Profit rose to $5 million in the third quarter from $4 million.", [("the third quarter", "2018-Q3")]),
])
def test_a_quarter_of_a_game_is_no_date(text, expected):
    assert dates(text) == expected


def test_the_previous_and_the_final_quarter():
    assert dates("Net rose in the third quarter of 2018 from the previous quarter.") == [
        ("the third quarter of 2018", "2018-Q3"), ("the previous quarter", "2018-Q2")]
    # undated: counted from the quarter named before it
    assert dates("Prices in the final quarter of 2004 were 0.1% higher than in the previous quarter.", None) == [
        ("the final quarter of 2004", "2004-Q4"), ("the previous quarter", "2004-Q3")]


def test_an_ordinal_before_fiscal():
    assert dates("The deal should close by its first fiscal 2008 quarter.") == [
        ("its first fiscal 2008 quarter", "2008-Q1")]
    assert dates("Net rose in its second fiscal quarter.", "2019-10-28") == [
        ("its second fiscal quarter", "2019-Q2")]


def test_this_decade():
    assert dates("They have struggled this decade.") == [("this decade", "201X")]


@pytest.mark.parametrize("text,expected", [
    ("The report is due Friday.", [("Friday", "2019-03-15")]),
    ("Voters go to the polls Sunday.", [("Sunday", "2019-03-17")]),
    ("He faces a hearing Monday.", [("Monday", "2019-03-18")]),
    ("Polls open Tuesday.", [("Tuesday", "2019-03-19")]),
    ("The law goes into effect Monday.", [("Monday", "2019-03-18")]),
    # after a form of "be" or an auxiliary the word is no present verb; a noun after "the"
    ("The store was open Tuesday.", [("Tuesday", "2019-03-12")]),
    ("The polls did not open Tuesday.", [("Tuesday", "2019-03-12")]),
    ("The vote Tuesday was close.", [("Tuesday", "2019-03-12")]),
    # a modal of possibility: the nearer side
    ("A deal may come Friday.", [("Friday", "2019-03-15")]),
])
def test_more_presents_of_schedule(text, expected):
    assert dates(text) == expected


def test_a_cue_in_ed_after_a_determiner_is_an_adjective():
    # "a scheduled interview": the past verb before it dates the Monday; "is still scheduled" stays a verb
    assert dates("He canceled a scheduled interview Monday night.") == [("Monday", "2019-03-11")]
    assert dates("He said the event is still scheduled for Monday.") == [("Monday", "2019-03-18")]


def test_a_quarter_with_its_year_after_it_and_a_year_earlier_undated():
    text = "Fourth-quarter 2004 profits fell 15% to $56m, against $66m a year earlier."
    assert dates(text, None) == [("Fourth-quarter 2004", "2004-Q4"), ("a year earlier", "2003-Q4")]
    # a span of years after "period" is no quarter
    assert dates("Budget plans for the period 2007-2013 were agreed.") == [("2007", "2007"), ("2013", "2013")]
