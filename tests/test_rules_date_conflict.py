"""QC403 date-conflict on hand-built extractions (and its own examples with the real extractors)."""

from __future__ import annotations

import pytest

from quotecli.check.registry import find_rule
from rule_helpers import date, doc, extraction, example_findings, findings

CLOSED = "The Springfield plant of Acme Motors closed on {}, the company said."


def _two(text_a: str, value_a: str, text_b: str, value_b: str, template_b: str = CLOSED):
    a = doc(CLOSED.format(text_a), "a.txt")
    b = doc(template_b.format(text_b), "b.txt")
    return (extraction(a, dates=[date(a, text_a, value_a)]),
            extraction(b, dates=[date(b, text_b, value_b)]))


def test_one_event_with_two_dates_is_a_warning():
    result = findings("QC403", *_two("March 3, 2021", "2021-03-03", "March 4, 2021", "2021-03-04"))
    assert len(result) == 1 and result[0].severity == "warning"
    assert {loc.text for loc in result[0].locations} == {"March 3, 2021", "March 4, 2021"}


def test_same_date_written_differently_is_not_reported():
    assert findings("QC403", *_two("March 3, 2021", "2021-03-03", "3 March 2021", "2021-03-03")) == []


def test_different_events_are_not_reported():
    other = "The Springfield plant of Acme Motors reopened on {} under new owners from Ohio."
    assert findings("QC403", *_two("March 3, 2021", "2021-03-03", "June 4, 2021", "2021-06-04", other)) == []


def test_partial_dates_are_not_compared():
    assert findings("QC403", *_two("March 3, 2021", "2021-03-03", "March 2021", "2021-03")) == []


def _relative(text_a: str, value_a: str, text_b: str, value_b: str, relative_b: bool = False,
              template_b: str = CLOSED):
    a = doc(CLOSED.format(text_a), "a.txt")
    b = doc(template_b.format(text_b), "b.txt")
    return (extraction(a, dates=[date(a, text_a, value_a, relative=True)]),
            extraction(b, dates=[date(b, text_b, value_b, relative=relative_b)]))


def test_a_weekday_of_one_event_against_another_day_is_info():
    """"The plant closed on Monday" against "closed on March 4" (a Thursday): found, but a
    day read from an article's date is partial evidence, so info at low confidence."""
    result = findings("QC403", *_relative("Monday", "2021-03-01", "March 4, 2021", "2021-03-04"))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"
    assert "day read from the article's date" in result[0].confidence_reason
    result = findings("QC403", *_relative("Thursday", "2021-03-04", "Friday", "2021-03-05", relative_b=True))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"Thursday", "Friday"}


def test_relative_days_that_differ_only_by_the_articles_dates_are_not_compared():
    # both say "Monday": the articles were dated a week apart, the texts agree
    assert findings("QC403", *_relative("Monday", "2021-03-01", "Monday", "2021-03-08", relative_b=True)) == []
    # a weekday reaches six days: "Monday" against a date three weeks on is another reading
    assert findings("QC403", *_relative("Monday", "2021-03-01", "March 22, 2021", "2021-03-22")) == []


def test_a_relative_day_needs_the_event_plainly_restated():
    other = "Acme Motors said on {} that the Springfield plant would hire again."
    assert findings("QC403", *_relative("Monday", "2021-03-01", "March 4, 2021", "2021-03-04",
                                        template_b=other)) == []


def test_inside_one_article():
    a = doc(CLOSED.format("March 3, 2021") + "\n\nWorkers cried.\n\n" + CLOSED.format("March 5, 2021"))
    result = findings("QC403", extraction(a, dates=[date(a, "March 3, 2021", "2021-03-03"),
                                                    date(a, "March 5, 2021", "2021-03-05")]))
    assert len(result) == 1


def test_two_dates_in_one_sentence_are_two_events():
    a = doc("Acme Motors in Springfield announced the closure on March 3, 2021 and closed the plant on May 5, 2021.")
    result = findings("QC403", extraction(a, dates=[date(a, "March 3, 2021", "2021-03-03"),
                                                    date(a, "May 5, 2021", "2021-05-05")]))
    assert result == []


def test_impossible_date_is_left_to_its_own_rule():
    result = findings("QC403", *_two("February 30, 2021", "2021-02-30", "March 4, 2021", "2021-03-04"))
    assert result == []


def test_dates_far_apart_need_near_identical_wording():
    other = "The Springfield plant of Acme Motors first opened on {} with three hundred workers."
    assert findings("QC403", *_two("March 3, 2021", "2021-03-03", "June 4, 2019", "2019-06-04", other)) == []


def test_same_event_words_without_a_name_across_articles():
    story = " Jesse Jackson Jr. pleaded guilty in Washington."
    a = doc("The sentencing was set for June 28 by the judge." + story, "a.txt")
    b = doc("Sentencing has been set for June 29, the court said." + story, "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "June 28", "2013-06-28")]),
                      extraction(b, dates=[date(b, "June 29", "2013-06-29")]))
    assert len(result) == 1


@pytest.mark.parametrize("rule_id", ["QC403"])
def test_example_bad_is_reported_and_example_good_is_not(rule_id):
    rule = find_rule(rule_id)
    assert len(example_findings(rule_id, rule.example_bad)) == 1
    assert example_findings(rule_id, rule.example_good) == []


def test_two_dates_of_one_paragraph_are_two_events():
    a = doc(CLOSED.format("March 3, 2021") + " Workers cried. " + CLOSED.format("March 5, 2021"))
    result = findings("QC403", extraction(a, dates=[date(a, "March 3, 2021", "2021-03-03"),
                                                    date(a, "March 5, 2021", "2021-03-05")]))
    assert result == []


def test_labelled_dates_ending_a_line_are_stamps():
    body = "The Springfield plant of Acme Motors closed, the company said in a statement today."
    a = doc(body + " The Springfield Times: March 3, 2021\nMore news", "a.txt")
    b = doc(body + " The Springfield Times: March 4, 2021\nMore news", "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "March 3, 2021", "2021-03-03")]),
                      extraction(b, dates=[date(b, "March 4, 2021", "2021-03-04")]))
    assert result == []


def test_dateline_opening_the_article_is_not_an_event():
    body = " — The Springfield plant of Acme Motors closed on March 3, 2021, the company said."
    a = doc("Plant closes\nSPRINGFIELD, Ill., March 4, 2021 (Wire)" + body, "a.txt")
    b = doc("Plant closes\nSPRINGFIELD, Ill., March 5, 2021" + body, "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "March 4, 2021", "2021-03-04"),
                                                    date(a, "March 3, 2021", "2021-03-03")]),
                      extraction(b, dates=[date(b, "March 5, 2021", "2021-03-05"),
                                           date(b, "March 3, 2021", "2021-03-03")]))
    assert result == []


def test_date_opening_a_sentence_of_prose_is_still_compared():
    a = doc("On March 3, 2021, the Springfield plant of Acme Motors closed, the company said.", "a.txt")
    b = doc("On March 5, 2021, the Springfield plant of Acme Motors closed, the company said.", "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "March 3, 2021", "2021-03-03")]),
                      extraction(b, dates=[date(b, "March 5, 2021", "2021-03-05")]))
    assert len(result) == 1


def test_date_heading_the_first_line_is_a_dateline():
    body = "\nThe Springfield plant of Acme Motors closed on March 3, 2021, the company said."
    a = doc("04/03/2021-Acme Motors closes its Springfield plant after sixty years" + body, "a.txt")
    b = doc("05/03/2021-Acme Motors closes its Springfield plant after sixty years" + body, "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "04/03/2021", "2021-03-04")]),
                      extraction(b, dates=[date(b, "05/03/2021", "2021-03-05")]))
    assert result == []


def test_event_date_beside_the_word_date_is_compared():
    template = "Acme Motors said its Springfield plant has a closing date of {} after the strike."
    result = findings("QC403", *_two("22 November 2013", "2013-11-22", "24 November 2013", "2013-11-24",
                                     template))
    assert len(result) == 1


def test_labelled_header_date_is_not_an_event():
    template = "From: Ann Dube To: Tom Hale Date: {} Subj: Acme Motors plant in Springfield closed"
    a = doc(template.format("Sept 04, 2002"), "a.txt")
    b = doc(template.format("Sept 05, 2002"), "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "Sept 04, 2002", "2002-09-04")]),
                      extraction(b, dates=[date(b, "Sept 05, 2002", "2002-09-05")]))
    assert result == []


def test_different_place_names_of_one_setting_meet():
    a = doc("A fire broke out at the Acme Motors depot in Wellington on July 21, 2013, in Somerset.", "a.txt")
    b = doc("The Acme Motors depot in a Somerset town caught fire on July 23, 2013, in Wellington.", "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "July 21, 2013", "2013-07-21")]),
                      extraction(b, dates=[date(b, "July 23, 2013", "2013-07-23")]))
    assert len(result) == 1


def test_dates_of_events_of_different_people_do_not_meet():
    from rule_helpers import person
    template = " of the Springfield Acme Motors team was arrested for drunk driving on {}, police said."
    a = doc("Tom Hale" + template.format("February 1, 2009"), "a.txt")
    b = doc("Ann Dube" + template.format("January 6, 2009"), "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "February 1, 2009", "2009-02-01")],
                                          people=[person(a, "Tom Hale")]),
                      extraction(b, dates=[date(b, "January 6, 2009", "2009-01-06")], people=[person(b, "Ann Dube")]))
    assert result == []


def test_article_giving_both_dates_tells_two_events_apart():
    a = doc("Acme Motors first restored business lines in Springfield on 14 October 2011.\n\n"
            "Acme Motors restored its Springfield service for all customers on 20 October 2011, the firm said.",
            "a.txt")
    b = doc("Acme Motors restored its Springfield service for all customers on 14 October 2011, the firm said.",
            "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "14 October 2011", "2011-10-14"),
                                                    date(a, "20 October 2011", "2011-10-20")]),
                      extraction(b, dates=[date(b, "14 October 2011", "2011-10-14")]))
    assert result == []


def test_article_giving_the_other_date_for_the_same_event_contradicts_itself():
    a = doc("Acme Motors restored its Springfield service for all customers on 14 October 2011.\n\n"
            "Acme Motors restored its Springfield service for all customers on 20 October 2011, the firm said.",
            "a.txt")
    b = doc("Acme Motors restored its Springfield service for all customers on 14 October 2011, the firm said.",
            "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "14 October 2011", "2011-10-14"),
                                                    date(a, "20 October 2011", "2011-10-20")]),
                      extraction(b, dates=[date(b, "14 October 2011", "2011-10-14")]))
    assert result and result[0].primary.text == "20 October 2011"


def test_two_events_of_one_story_meeting_on_words_are_info():
    a = doc("The Springfield cable of Acme Motors was restored at 10:57 on 11 October 2011.", "a.txt")
    b = doc("Acme Motors was able to restore some Springfield services by Saturday, 8 October 2011.", "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "11 October 2011", "2011-10-11")]),
                      extraction(b, dates=[date(b, "8 October 2011", "2011-10-08")]))
    assert all(f.severity == "info" and f.confidence == "low" for f in result)


def test_a_date_after_today_is_the_articles_own_day():
    template = "Acme Motors of Springfield announced today ({}) that it restored its Springfield services."
    a = doc(template.format("20 October 2011"), "a.txt")
    b = doc(template.format("14 October 2011"), "b.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "20 October 2011", "2011-10-20")]),
                      extraction(b, dates=[date(b, "14 October 2011", "2011-10-14")]))
    assert result == []


def test_years_read_from_the_articles_dates_are_no_disagreement():
    template = "The body of Tom Hale was found in a car near Springfield on {}, Acme Motors said."
    a = doc(template.format("April 9"), "a.txt", "2013-04-12")
    b = doc(template.format("April 9"), "b.txt", "2012-04-12")
    assert findings("QC403", extraction(a, dates=[date(a, "April 9", "2013-04-09")]),
                    extraction(b, dates=[date(b, "April 9", "2012-04-09")])) == []
    c = doc(template.format("April 9, 2012"), "c.txt")
    result = findings("QC403", extraction(a, dates=[date(a, "April 9", "2013-04-09")]),
                      extraction(c, dates=[date(c, "April 9, 2012", "2012-04-09")]))
    assert len(result) == 1 and result[0].severity == "warning"


def test_two_articles_own_days_differ_only_by_the_articles_dates():
    """"closed today" and "closed this morning" in two articles: each is its article's day."""
    assert findings("QC403", *_relative("today", "2021-03-01", "this morning", "2021-03-03",
                                        relative_b=True)) == []
    # the article's own day against a stated date is still compared
    result = findings("QC403", *_relative("today", "2021-03-01", "March 3, 2021", "2021-03-03"))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_reach_of_weeks_or_a_day_counted_from_another_date_is_no_day():
    for loose, value in (("a week ago", "2021-02-25"), ("the next day", "2021-03-02")):
        assert findings("QC403", *_relative(loose, value, "March 4, 2021", "2021-03-04")) == [], loose
    result = findings("QC403", *_relative("last Friday", "2021-02-26", "March 4, 2021", "2021-03-04"))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"last Friday", "March 4, 2021"}


def test_a_time_of_day_next_to_both_days_is_no_event_word():
    """"Thursday night, the hospital …" and "a statement Wednesday night": "night" is part of
    the dates; the event words right next to them differ."""
    night_a = "Mayor Jones of Springfield thanked the Acme hospital staff {} night after visiting."
    night_b = "The Acme hospital in Springfield issued a statement {} night about Mayor Jones."
    a = doc(night_a.format("Thursday"), "a.txt")
    b = doc(night_b.format("Wednesday"), "b.txt")
    pair = (extraction(a, dates=[date(a, "Thursday", "2021-03-04", relative=True)]),
            extraction(b, dates=[date(b, "Wednesday", "2021-03-03", relative=True)]))
    assert findings("QC403", *pair) == []
    # the same pair with the event word next to both dates is compared
    b = doc("Mayor Jones of Springfield thanked the Acme hospital staff {} night.".format("Wednesday"), "b.txt")
    pair = (pair[0], extraction(b, dates=[date(b, "Wednesday", "2021-03-03", relative=True)]))
    assert len(findings("QC403", *pair)) == 1


def test_the_event_word_after_a_time_of_day_is_next_to_the_date():
    """"the Tuesday morning fire" names the fire next to the day as "the fire this morning"
    does: the time of day belongs to the date, so the two days are one event restated."""
    a = doc("Springfield police arrested two Acme Motors workers hours after the warehouse fire"
            " this morning at the Springfield docks.", "a.txt")
    template = "Acme Motors lost a warehouse to the Tuesday morning {} at the Springfield docks."
    pair = [extraction(a, dates=[date(a, "this morning", "2021-03-03", relative=True)])]
    b = doc(template.format("fire"), "b.txt")
    result = findings("QC403", pair[0], extraction(b, dates=[date(b, "Tuesday", "2021-03-02", relative=True)]))
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"this morning", "Tuesday"}
    # another word after the time of day is another event: not compared
    b = doc(template.format("flood"), "b.txt")
    assert findings("QC403", pair[0], extraction(b, dates=[date(b, "Tuesday", "2021-03-02", relative=True)])) == []
