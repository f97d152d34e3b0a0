"""Shapes the sixth blind held-out check (dates_heldout6.jsonl) read wrong: an upper-case dateline,
"until" after a past "be", a weekday closing a quoted programme title, "on the 29th" before a
preposition. Sentences written here."""

from __future__ import annotations

from quotecli.document import Document
from quotecli.extract.dates import extract_dates


def values(text: str, date=None):
    return [(m.text, m.value) for m in extract_dates(Document(id="t", text=text, date=date))]


def test_an_upper_case_dateline_with_an_ordinal_is_the_anchor():
    text = ("Carrier Adds New Phone\nTHURSDAY, MARCH 7TH, 2019 AT 9:15 AM\n"
            "The carrier said today that orders open on March 12th.\n")
    assert values(text) == [("THURSDAY, MARCH 7TH, 2019", "2019-03-07"), ("today", "2019-03-07"),
                            ("March 12th", "2019-03-12")]


def test_an_upper_case_ordinal_without_a_month_stays_no_date():
    assert values("Room 7TH floor was closed.\n", "2019-03-07") == []


def test_until_after_a_past_be_lies_before_the_document_date():
    # a January article: "was at large until Dec. 9" is the December just gone
    assert values("The inmate was at large until Dec. 9, when a farmer saw him.", "2012-01-15") == [
        ("Dec. 9", "2011-12-09")]


def test_until_without_a_past_be_still_looks_forward():
    assert values("The shop will stay open until Dec. 9.", "2012-01-15") == [("Dec. 9", "2012-12-09")]
    # a deadline given in the past is still ahead
    assert values("Regulators gave the bank until mid-December to reply.", "2012-10-02") == [
        ("December", "2012-12")]


def test_a_weekday_closing_a_quoted_title_is_no_date():
    assert values('Appearing on "Capital Report Sunday," the mayor defended the plan.', "2015-03-08") == []
    assert values("She spoke on “Good Morning Friday” about the storm.", "2015-03-08") == []


def test_a_weekday_in_an_ordinary_quotation_is_a_date():
    assert values('"We will vote Sunday," the mayor said.', "2015-03-08") == [("Sunday", "2015-03-08")]
    assert values('The mayor said Sunday that "nothing changes".', "2015-03-08") == [("Sunday", "2015-03-08")]


def test_the_ordinal_day_before_a_preposition_is_a_day_of_the_month():
    assert values("Unions held a rally on the 12th against the closures.", "2015-03-20") == [
        ("the 12th", "2015-03-12")]


def test_the_ordinal_before_a_noun_or_as_a_rank_is_no_date():
    assert values("He sank a putt on the 12th green.", "2015-03-20") == []
    assert values("She was ranked the 12th in the world.", "2015-03-20") == []


def test_a_day_month_two_digit_year_after_a_byline_bar_is_the_dateline():
    text = "Floods Close Roads\nBy Ann Smith | 14 Sep 05\nThe river burst its banks yesterday.\n"
    assert values(text) == [("14 Sep 05", "2005-09-14"), ("yesterday", "2005-09-13")]


def test_a_day_month_two_digit_number_after_a_word_is_no_short_year():
    # after a word and a number ("Level 4") the bar rule does not apply: "Sep 05" is September 5
    assert values("He reached Level 4 Sep 05 in the game.", "2005-09-20") == [("Sep 05", "2005-09-05")]
