"""QC401 weekday-mismatch and QC402 impossible-date: on hand-built records and through the extractor."""

from __future__ import annotations

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule
from quotecli.extract.dates import extract_dates
from quotecli.records import DateMention, Extraction
from rule_helpers import doc, extraction, findings, span


def _dated(document, text: str, value: str, weekday=None, weekday_ok=None, relative=False) -> DateMention:
    start, end = span(document, text)
    return DateMention(start, end, text, value=value, relative=relative, weekday=weekday, weekday_ok=weekday_ok)


def _check(text: str, rule: str, date=None):
    document = quotecli.from_text(text, date=date)
    return run_rules([Extraction(document=document, dates=extract_dates(document))], [find_rule(rule)])


# --- QC401 -----------------------------------------------------------------------------------


def test_wrong_weekday_is_an_error_naming_the_real_weekday():
    a = doc("The mayor spoke on Thursday, July 8, 2022.")
    result = findings("QC401", extraction(a, dates=[
        _dated(a, "Thursday, July 8, 2022", "2022-07-08", "Thursday", False)]))
    assert len(result) == 1
    assert result[0].severity == "error" and result[0].name == "weekday-mismatch"
    assert "Friday" in result[0].message and result[0].primary.text == "Thursday, July 8, 2022"


def test_right_or_unknown_weekday_is_not_reported():
    a = doc("The mayor spoke on Friday, July 8, 2022, and on Friday, December 12.")
    assert findings("QC401", extraction(a, dates=[
        _dated(a, "Friday, July 8, 2022", "2022-07-08", "Friday", True),
        _dated(a, "Friday, December 12", "XXXX-12-12", "Friday", None)])) == []


def test_weekday_mismatch_end_to_end_on_one_article():
    result = _check("The report is dated Wednesday, July 08, 2003.", "QC401")
    assert [f.primary.text for f in result] == ["Wednesday, July 08, 2003"]
    assert "Tuesday" in result[0].message
    assert _check("The report is dated Tuesday, July 08, 2003.", "QC401") == []


def test_weekday_checked_against_the_document_year():
    assert len(_check("It launched on Friday, December 12.", "QC401", date="2004-12-13")) == 1
    assert _check("It launched on Friday, December 10.", "QC401", date="2004-12-13") == []


# --- QC402 -----------------------------------------------------------------------------------


def test_impossible_dates_are_errors():
    result = _check("Signed on February 30, then April 31, June 31, 2020 and Feb. 29, 2021.", "QC402")
    assert [f.primary.text for f in result] == ["February 30", "April 31", "June 31, 2020", "Feb. 29, 2021"]
    assert all(f.severity == "error" and f.name == "impossible-date" for f in result)
    assert "leap year" in result[-1].message


def test_possible_dates_are_not_reported():
    assert _check("Signed on February 29, Feb. 29, 2020, April 30 and June 30, 2020.", "QC402",
                  date="2021-06-01") == []


def test_impossible_date_on_hand_built_record():
    a = doc("Filed April 31 by the clerk.")
    assert len(findings("QC402", extraction(a, dates=[_dated(a, "April 31", "2021-04-31")]))) == 1
    assert findings("QC402", extraction(a, dates=[_dated(a, "April 31", "2021-04-31", relative=True)])) == []


def test_rules_have_docs_and_examples():
    for rule_id in ("QC401", "QC402"):
        rule = find_rule(rule_id)
        assert rule.severity == "error" and rule.example_bad and rule.example_good
        assert "--ignore" in rule.explanation
