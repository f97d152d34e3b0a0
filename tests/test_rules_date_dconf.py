"""QC403 shapes of real date conflicts read in the development half (issue 9, item 4):
weekdays of undated articles, a day restated in square brackets, the speaker of reported
words, and a possessive day ("Sunday's final"). Hand-built extractions of sentences
written here; no extractor involved."""

from __future__ import annotations

from quotecli.records import DateMention
from rule_helpers import date, doc, extraction, findings, person, quote, span

ARREST_A = "Piet Vonk and Aldo Brenner were arrested near Kessel Pass on Tuesday, the ministry said."
ARREST_B = "Piet Vonk and Aldo Brenner were arrested by border guards near Kessel Pass on Wednesday."


def _weekday(document, text: str, value=None) -> DateMention:
    """A weekday as the extractor gives it: resolved from the article's date, or (``value``
    None) left open when the article has no date."""
    start, end = span(document, text)
    return DateMention(start, end, text, value=value, relative=True, weekday=text)


def _arrests(value_a=None, value_b=None, day_b="Wednesday", text_b=ARREST_B):
    a, b = doc(ARREST_A, "a.txt"), doc(text_b, "b.txt")
    people = lambda d: [person(d, "Piet Vonk"), person(d, "Aldo Brenner")]
    return (extraction(a, dates=[_weekday(a, "Tuesday", value_a)], people=people(a)),
            extraction(b, dates=[_weekday(b, day_b, value_b)], people=people(b)))


def test_weekdays_of_two_undated_articles_for_one_happening_disagree():
    """"arrested ... on Tuesday" against "arrested ... on Wednesday", neither article dated:
    no day of the calendar, but one arrest has one day of the week."""
    result = findings("QC403", *_arrests())
    assert len(result) == 1 and result[0].severity == "warning"
    assert {loc.text for loc in result[0].locations} == {"Tuesday", "Wednesday"}
    assert "None" not in result[0].message


def test_one_weekday_of_two_undated_articles_is_no_conflict():
    text_b = ARREST_B.replace("Wednesday", "Tuesday")
    assert findings("QC403", *_arrests(day_b="Tuesday", text_b=text_b)) == []


def test_an_undated_weekday_is_not_compared_with_a_dated_article():
    """The dated article's week may not be the undated one's (two arrests years apart)."""
    assert findings("QC403", *_arrests(value_b="2021-03-03")) == []


def test_undated_weekdays_of_two_events_are_not_compared():
    """"arrested on Tuesday" against "appeared in court on Wednesday": two events."""
    text_b = "Piet Vonk and Aldo Brenner appeared in court near Kessel Pass on Wednesday."
    assert findings("QC403", *_arrests(text_b=text_b)) == []


LINK = "The Ostrava link was brought back online last night [{}], bringing the network to 83% of its capacity."


def test_a_day_restated_in_square_brackets_shares_its_part():
    """"last night [11 October 2011]" in an article of the 11th: "last night" is the 10th,
    but it is the bracketed day written twice, not another event the article tells apart,
    so the other article's "[10 October 2011]" is contradicted."""
    a, b = doc(LINK.format("10 October 2011"), "a.txt"), doc(LINK.format("11 October 2011"), "b.txt")
    ea = extraction(a, dates=[date(a, "last night", "2011-10-10", relative=True), date(a, "10 October 2011", "2011-10-10")])
    eb = extraction(b, dates=[date(b, "last night", "2011-10-10", relative=True), date(b, "11 October 2011", "2011-10-11")])
    cited = [{loc.text for loc in f.locations} for f in findings("QC403", ea, eb) if f.severity == "warning"]
    assert cited == [{"10 October 2011", "11 October 2011"}]


DEATH_A = "Coroner Ada Fenn of Vattern County said she believed the death occurred on Friday."
DEATH_B = "Rolf Ibsen died at his cabin in Vattern County on Saturday, coroner Ada Fenn told reporters."


def _deaths(reported: bool):
    a, b = doc(DEATH_A, "a.txt"), doc(DEATH_B, "b.txt")
    quotes = [quote(a, "she believed the death occurred on Friday", speaker="Ada Fenn", kind="indirect")]
    return (extraction(a, dates=[date(a, "Friday", "2004-07-23", relative=True)], people=[person(a, "Ada Fenn")],
                       quotes=quotes if reported else []),
            extraction(b, dates=[date(b, "Saturday", "2004-07-24", relative=True)],
                       people=[person(b, "Rolf Ibsen"), person(b, "Ada Fenn")]))


def test_the_speaker_of_reported_words_is_not_who_the_date_is_about():
    """"coroner Ada Fenn said she believed the death occurred on Friday" dates Ibsen's
    death, as "Rolf Ibsen died ... on Saturday" does: Fenn is the source, not another person."""
    result = findings("QC403", *_deaths(reported=True))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"Friday", "Saturday"}
    assert result[0].severity == "warning"   # one happening plainly told, with three names


def test_a_person_of_the_date_clause_who_is_not_a_speaker_is_another_participant():
    """Without reported speech Fenn is the clause's person and Ibsen the other's: not one
    happening plainly told, at most a pair of shared words (info)."""
    assert [f.severity for f in findings("QC403", *_deaths(reported=False))] in ([], ["info"])


def test_a_possessive_day_dates_what_follows_it():
    """"the arrest ... will not affect his place for Sunday's cup final" dates the final,
    not the arrest written before it: no conflict with "was arrested ... on Tuesday"."""
    a = doc("The arrest of Piet Vonk will not affect his place in the Kessel Rovers side for Sunday's cup final.", "a.txt")
    b = doc("Kessel Rovers striker Piet Vonk was arrested near the Kessel stadium on Tuesday.", "b.txt")
    ea = extraction(a, dates=[_weekday(a, "Sunday", "2021-03-07")], people=[person(a, "Piet Vonk")])
    eb = extraction(b, dates=[_weekday(b, "Tuesday", "2021-03-02")], people=[person(b, "Piet Vonk")])
    assert findings("QC403", ea, eb) == []


def test_a_possessive_day_meets_the_same_event_after_it():
    """"Thursday's bombing" against "bombed ... on Wednesday": the event after the day counts."""
    a = doc("Twelve people were killed in Thursday's bombing of the Varna camp near Kessel Pass.", "a.txt")
    b = doc("Jets bombed the Varna camp near Kessel Pass on Wednesday, killing twelve people.", "b.txt")
    ea = extraction(a, dates=[_weekday(a, "Thursday", "2021-03-04")])
    eb = extraction(b, dates=[_weekday(b, "Wednesday", "2021-03-03")])
    assert len(findings("QC403", ea, eb)) == 1



def test_tuesday_night_and_early_wednesday_are_one_night_told_from_either_end():
    """"arrested ... on Tuesday night" against "arrested ... early Wednesday": one night told
    from either end, no disagreement; without the times of day the days still disagree."""
    late = ARREST_A.replace("on Tuesday", "on Tuesday night")
    early = ARREST_B.replace("on Wednesday", "early Wednesday")
    a, b = doc(late, "a.txt"), doc(early, "b.txt")
    people = lambda d: [person(d, "Piet Vonk"), person(d, "Aldo Brenner")]
    one_night = (extraction(a, dates=[_weekday(a, "Tuesday")], people=people(a)),
                 extraction(b, dates=[_weekday(b, "Wednesday")], people=people(b)))
    assert findings("QC403", *one_night) == []
    early_thursday = ARREST_B.replace("on Wednesday", "early Thursday")
    assert findings("QC403", *_arrests(day_b="Thursday", text_b=early_thursday)), \
        "early Thursday is not the night of Tuesday"
