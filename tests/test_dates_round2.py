"""Issue 13 / issue 9, second round on the date extractor: bugs the checker engineers found
("10 Nov 11", "announced plans Tuesday", "Saturday (July 23)", "the Mail on Sunday"), a month
alone in an undated story anchored by a year named just before it, and a day of the month
alone ("on the 15th", "Saturday the 16th"). Sentences written here."""

from __future__ import annotations

from typing import Optional

import pytest

from quotecli.document import Document
from quotecli.extract.dates import extract_dates

# 2026-03-04 is a Wednesday
DOC_DATE = "2026-03-04"


def mentions(text: str, date: Optional[str] = DOC_DATE):
    found = extract_dates(Document(id="t", text=text, date=date))
    for mention in found:
        assert mention.text == text[mention.start:mention.end]
    return found


def dates(text: str, date: Optional[str] = DOC_DATE) -> list[tuple[str, Optional[str]]]:
    return [(m.text, m.value) for m in mentions(text, date)]


# --- day, abbreviated month, two-digit year -----------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The tanker was boarded on 10 Nov 11 by a patrol.", [("10 Nov 11", "2011-11-10")]),
    ("Filed: 05 Jan 99", [("05 Jan 99", "1999-01-05")]),
    ("(22 Mar 07 | Europe)", [("22 Mar 07", "2007-03-22")]),
])
def test_day_month_and_two_digit_year(text, expected):
    assert dates(text, None) == expected


@pytest.mark.parametrize("text,expected", [
    # a month with a full stop is US style: the number after it is its day
    ("Nine of the 12 Sept. 11 plotters trained abroad.", [("Sept. 11", "XXXX-09-11")]),
    ("After a 24-7 Oct. 19 win they led.", [("Oct. 19", "XXXX-10-19")]),
    ("The alert rose to Level 3 Nov 24 at noon.", [("Nov 24", "XXXX-11-24")]),
])
def test_a_number_before_a_month_and_day_is_no_day(text, expected):
    assert dates(text, None) == expected


# --- the tense of "announced plans Tuesday" -------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The council announced plans Tuesday to close two libraries.", "2026-03-03"),
    ("The mayor unveiled new plans Friday for the harbour.", "2026-02-27"),
    ("The board plans Friday to vote on the merger.", "2026-03-06"),
    ("They are making plans for Friday.", "2026-03-06"),
])
def test_plans_as_a_noun_leaves_the_tense_to_the_verb_before(text, expected):
    assert [value for _, value in dates(text)] == [expected]


# --- a weekday with its date in brackets ----------------------------------------------------------


def test_a_weekday_before_a_bracketed_date_names_that_date():
    (m,) = mentions("Crowds filled the square on Saturday (Feb. 28) for the march.")
    assert (m.text, m.value, m.weekday, m.weekday_ok) == ("Saturday (Feb. 28)", "2026-02-28", "Saturday", True)


def test_a_bracketed_date_that_does_not_fit_its_weekday_is_exposed():
    (m,) = mentions("The ferry sank on Sunday (March 3, 2026), officials said.")
    assert (m.text, m.weekday, m.weekday_ok) == ("Sunday (March 3, 2026)", "Sunday", False)


def test_a_bracket_holding_more_than_the_date_is_not_linked():
    found = dates("The fair opens Friday (March 6 and 7 are free).")
    assert ("Friday", "2026-03-06") in found


# --- papers named after a weekday ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The minister told the Mail on Sunday that he would stay.",
    "A poll for the Independent on Sunday put the party ahead.",
    "The coach spoke to the Sunday Independent about the injury.",
    "An editor at the Sunday Mail confirmed the story.",
])
def test_a_paper_named_after_a_weekday_is_no_date(text):
    assert dates(text) == []


def test_a_paper_then_a_weekday_is_still_a_date():
    assert dates("The Post on Sunday reported the fire.") == [("Sunday", "2026-03-01")]


# --- a month alone in an undated story ----------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("It was the third strike in 2011 at the plant. In March, the workers walked out again.",
     [("2011", "2011"), ("March", "2011-03")]),
    ("In 2004, the club signed him in August.", [("2004", "2004"), ("August", "2004-08")]),
])
def test_a_month_alone_takes_the_year_the_story_is_told_at(text, expected):
    assert dates(text, None) == expected


@pytest.mark.parametrize("text,expected", [
    # a year far back, a year modifying a noun, a year in an aside, a clause that looks ahead
    ("The mill opened in 1990. It grew. It shrank. In May, it closed.", [("1990", "1990"), ("May", "XXXX-05")]),
    ("He ran at the 2012 Games. In June he retired.", [("2012", "2012"), ("June", "XXXX-06")]),
    ("The fine - twice what it paid in 2003 - was paid. In April, it appealed.",
     [("2003", "2003"), ("April", "XXXX-04")]),
    ("The band formed in 1999. The tour is expected to start in October.",
     [("1999", "1999"), ("October", "XXXX-10")]),
    ("She came to office in 1997 and may call a vote in May.", [("1997", "1997"), ("May", "XXXX-05")]),
])
def test_a_month_alone_keeps_an_open_year_elsewhere(text, expected):
    assert dates(text, None) == expected


# --- a day of the month alone --------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("The strike began on the 2nd.", [("the 2nd", "2026-03-02")]),
    ("The committee met on Saturday the 28th.", [("Saturday the 28th", "2026-02-28")]),
    ("The results are due by the 20th, she said.", [("the 20th", "2026-03-20")]),
])
def test_a_day_of_the_month_alone_is_in_the_documents_month(text, expected):
    assert dates(text) == expected


def test_a_day_of_the_month_alone_on_the_other_side_of_the_document_date():
    assert dates("They will sign the deal on the 2nd.", "2026-03-28") == [("the 2nd", "2026-04-02")]
    assert dates("The talks collapsed on the 20th.", "2026-03-04") == [("the 20th", "2026-02-20")]
    # February has no 30th: no value rather than a guess
    assert dates("The talks collapsed on the 30th.", "2026-03-04") == [("the 30th", None)]


@pytest.mark.parametrize("text", [
    "She was the 15th seed.",
    "The office is on the 16th floor.",
    "They teed off on the 19th hole of the course.",
])
def test_a_rank_is_no_day_of_the_month(text):
    assert dates(text) == []


def test_a_day_of_the_month_alone_without_a_document_date_has_no_value():
    assert dates("The strike began on the 2nd.", None) == [("the 2nd", None)]


# --- shapes: a colon after the day, notes "due 1993", centuries before the 18th -----------------


@pytest.mark.parametrize("text,expected", [
    ("The leader ran on Monday, March 2: the vote was close.", [("Monday, March 2", "2026-03-02")]),
    ("The fund holds notes due 2031.", [("2031", "2031")]),
    ("They restored a 12th century chapel.", [("12th century", "11")]),
    ("The tenth century saw the walls built.", [("The tenth century", "09")]),
])
def test_more_shapes(text, expected):
    assert dates(text) == expected


def test_a_clock_after_a_month_and_number_is_no_day():
    assert dates("Doors open April 5:30pm.") == [("April", "2026-04")]


# --- "the first half", "the second half" with no year -------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Profits rose 8% in the first half.", [("the first half", "2026-H1")]),
    ("Exports will recover in the second half, the bank said.", [("the second half", "2026-H2")]),
    ("Its first-half earnings fell.", [("Its first-half", "2026-H1")]),
])
def test_a_half_with_a_companys_or_an_economys_figures_is_a_half_of_the_year(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The striker scored twice in the first half.",
    "The second half of the novel is slower.",
    "The visitors trailed 14-0 in the first half but profits from the gate were high.",
])
def test_other_halves_are_no_dates(text):
    assert dates(text) == []
