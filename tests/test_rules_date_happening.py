"""QC403 on days of one happening told in other words (issue 9, item 4): event words,
participants, clauses, stamps in prose and quoted days. Hand-built extractions of
sentences written here; no extractor involved."""

from __future__ import annotations

from quotecli.check.rules import date_conflict
from rule_helpers import date, doc, extraction, findings, person, quote

RAID_A = "The Norwegian frigate Halden foiled a pirate raid near the Lofoten Islands on Friday, capturing nine men."
RAID_B = "On Thursday the frigate Halden thwarted a raid by pirates off the Lofoten Islands and rescued a trawler crew."


def _pair(text_a: str, day_a: str, value_a: str, text_b: str, day_b: str, value_b: str, **records):
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    return (extraction(a, dates=[date(a, day_a, value_a, relative=True)], **records.get("a", {})),
            extraction(b, dates=[date(b, day_b, value_b, relative=True)], **records.get("b", {})))


def test_one_happening_told_in_other_words_is_found():
    """"foiled a pirate raid ... on Friday" against "On Thursday ... thwarted a raid by
    pirates": no word right next to the days in common, but the same event (foil, attack)
    next to each and three names (Halden, Lofoten, Islands) in common."""
    result = findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", RAID_B, "Thursday", "2021-03-04"))
    assert len(result) == 1
    assert {loc.text for loc in result[0].locations} == {"Friday", "Thursday"}


def test_two_written_weekdays_of_one_plain_happening_are_a_warning():
    result = findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", RAID_B, "Thursday", "2021-03-04"))
    assert result[0].severity == "warning" and result[0].confidence == "high"


def test_a_day_that_moves_with_the_articles_date_stays_info():
    """"yesterday" is read from the article's date, which may be a day off: info, low."""
    text_b = "Yesterday the frigate Halden thwarted a raid by pirates off the Lofoten Islands and rescued a trawler crew."
    result = findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", text_b, "Yesterday", "2021-03-04"))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"
    assert "day read from the article's date" in result[0].confidence_reason


def test_yesterday_in_an_article_of_the_next_day_is_the_same_day():
    text_b = "Yesterday the frigate Halden thwarted a raid by pirates off the Lofoten Islands and rescued a trawler crew."
    assert findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", text_b, "Yesterday", "2021-03-05")) == []


def test_the_event_next_to_each_day_must_be_named_by_the_other():
    """The raid on Friday and the trawler's return on Thursday: the same names, but
    "returned" next to Thursday is no event of the raid's sentence."""
    text_b = "On Thursday the trawler crew returned to the Lofoten Islands aboard the frigate Halden."
    assert findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04")) == []


def test_an_event_word_further_after_the_day_is_another_clause():
    """"on Friday condemned the raid": the day is the condemning's, not the raid's."""
    text_b = "The Lofoten Islands council on Thursday condemned the raid foiled by the frigate Halden."
    assert findings("QC403", *_pair(RAID_A, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04")) == []


def test_an_event_a_story_tells_many_of_is_no_evidence_alone():
    """Two meetings of the same people on two days of one week ("met", lexicon column
    "recurring") are two meetings."""
    text_a = "Mayor Ines Ortiz met the Harbour Board at Tromso City Hall on Monday to discuss the budget."
    text_b = "On Thursday Mayor Ines Ortiz met the Harbour Board chairman in Tromso over ferry fares and winter timetables."
    assert findings("QC403", *_pair(text_a, "Monday", "2021-03-01", text_b, "Thursday", "2021-03-04")) == []


def test_a_recurring_event_with_another_event_in_common_is_one_happening():
    """"announced on Tuesday that it has signed an agreement to acquire" against "announced
    Monday it will acquire": the announcing alone would not do, the acquisition does."""
    text_a = "Veltro Systems announced on Tuesday that it has signed an agreement to acquire Kestrel Data Labs."
    text_b = "On Monday Veltro Systems announced it will acquire Kestrel Data Labs for an undisclosed sum."
    result = findings("QC403", *_pair(text_a, "Tuesday", "2021-03-02", text_b, "Monday", "2021-03-01"))
    assert len(result) == 1


def test_different_people_in_the_days_part_of_the_sentence_do_not_meet():
    """"Tomas Berg, who was signed on Tuesday, and Ivo Lind, who was signed Wednesday":
    each day has its own person."""
    text_a = ("The Bergen Lions roster lists defender Tomas Berg, who was signed on Tuesday, "
              "and goalkeeper Ivo Lind, who was signed Wednesday by the Bergen Lions.")
    text_b = "The Bergen Lions signed defender Tomas Berg on Tuesday after a trial in Oslo."
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    ex_a = extraction(a, dates=[date(a, "Tuesday", "2021-03-02", relative=True),
                                date(a, "Wednesday", "2021-03-03", relative=True)],
                      people=[person(a, "Tomas Berg"), person(a, "Ivo Lind")])
    ex_b = extraction(b, dates=[date(b, "Tuesday", "2021-03-02", relative=True)],
                      people=[person(b, "Tomas Berg")])
    assert findings("QC403", ex_a, ex_b) == []


def test_a_relative_day_inside_a_quotation_is_the_speakers():
    text_a = 'Crowds outside the Lofoten Islands station chanted "no more raids today" at the frigate Halden.'
    text_b = "The frigate Halden foiled a raid near the Lofoten Islands on Thursday, police in Tromso said."
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    ex_a = extraction(a, dates=[date(a, "today", "2021-03-05", relative=True)],
                      quotes=[quote(a, "no more raids today")])
    ex_b = extraction(b, dates=[date(b, "Thursday", "2021-03-04", relative=True)])
    assert findings("QC403", ex_a, ex_b) == []


def test_a_stamp_word_in_a_sentence_dates_an_event():
    """"the interview the Ledger published Sunday" is an event; "Published Sunday, May 2"
    heading a line is the page's time stamp."""
    text_a = "Judge Hanna Moe spoke to the Bergen Ledger in an interview published Sunday about the verdict."
    text_b = "Judge Hanna Moe had spoken to the Bergen Ledger in an interview published Saturday."
    assert len(findings("QC403", *_pair(text_a, "Sunday", "2021-05-02", text_b, "Saturday", "2021-05-01"))) == 1
    stamp_a = "Published Sunday\nJudge Hanna Moe spoke to the Bergen Ledger about the verdict."
    assert findings("QC403", *_pair(stamp_a, "Sunday", "2021-05-02", text_b, "Saturday", "2021-05-01")) == []


def test_a_joined_finding_keeps_the_lowest_confidence():
    """Three articles, two days read from articles' dates sharing one place: the joined
    finding stays info at low confidence with the reason."""
    text_c = "Yesterday the frigate Halden thwarted a pirate raid off the Lofoten Islands, capturing nine men."
    a, b, c = doc(RAID_A, "a.txt"), doc(RAID_B.replace("On Thursday", "Today"), "b.txt"), doc(text_c, "c.txt")
    result = findings("QC403",
                      extraction(a, dates=[date(a, "Friday", "2021-03-05", relative=True)]),
                      extraction(b, dates=[date(b, "Today", "2021-03-04", relative=True)]),
                      extraction(c, dates=[date(c, "Yesterday", "2021-03-03", relative=True)]))
    assert result and all(f.severity == "info" and f.confidence == "low" and f.confidence_reason
                          for f in result)


def test_event_words_of_a_date_are_cut_at_its_clause():
    text = "Polygamist leader Aron Vik was sentenced on Tuesday following his conviction in Oslo."
    a = doc(text)
    tuesday = date(a, "Tuesday", "2021-03-02", relative=True)
    events, next_events, _ = date_conflict.event_words(a.text, tuesday, (0, len(text)))
    assert {"sentence", "convict"} <= events and next_events == {"sentence"}


def test_a_day_restated_in_brackets_shares_the_clause_of_the_day_before_it():
    """"died Saturday (July 23, 2021)": the bracketed date is the death's day, and an
    article writing it against "died Saturday" (July 24) elsewhere disagrees with itself
    as much as with the other article."""
    text_a = "The coroner said Mr. Arne Lund died Saturday (July 23, 2021) at a hotel in Bodo."
    text_b = "Coroner Siri Hauge said she believes that Mr. Arne Lund died Saturday in Bodo."
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    ex_a = extraction(a, dates=[date(a, "Saturday", "2021-07-24", relative=True),
                                date(a, "July 23, 2021", "2021-07-23")], people=[person(a, "Arne Lund")])
    ex_b = extraction(b, dates=[date(b, "Saturday", "2021-07-24", relative=True)],
                      people=[person(b, "Arne Lund")])
    result = findings("QC403", ex_a, ex_b)
    assert len(result) == 1 and {"July 23, 2021", "Saturday"} <= {loc.text for loc in result[0].locations}
    events, next_events, _ = date_conflict.event_words(a.text, ex_a.dates[1], (0, len(text_a)))
    assert next_events == {"die"}


def test_a_day_counted_from_another_date_does_not_tell_two_events_apart():
    """"the next day" follows whichever date the text gave before it: it is no sign that
    the article tells the escape on March 11 from another event."""
    text_a = "Convict Per Dahl escaped on March 10, 2005, as he was led to his trial in Narvik.\n\nPer Dahl was caught near Narvik the next day."
    text_b = "Per Dahl was on trial in Narvik when on March 11, 2005 he escaped from the courthouse guards."
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    ex_a = extraction(a, dates=[date(a, "March 10, 2005", "2005-03-10"),
                                date(a, "the next day", "2005-03-11", relative=True)])
    ex_b = extraction(b, dates=[date(b, "March 11, 2005", "2005-03-11")])
    result = findings("QC403", ex_a, ex_b)
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"March 10, 2005", "March 11, 2005"}


def test_a_place_set_off_by_commas_and_a_clock_time_do_not_cut_the_clause():
    """"The fire crews were called at 06:00 to the store in Kirk Street, Molde, on Sunday":
    the fire is the Sunday's event; neither "06:00" nor ", Molde," ends the clause."""
    text = "The fire crews were called at 06:00 to the Coop store in Kirk Street, Molde, on Sunday."
    a = doc(text)
    sunday = date(a, "Sunday", "2021-07-18", relative=True)
    events, _, clause = date_conflict.event_words(a.text, sunday, (0, len(text)))
    assert events == {"burn"} and clause[0] == 0
    other = "A blaze broke out at the Coop store in Molde this morning (July 20), gutting the roof on Kirk Street."
    b = doc(other, "b.txt")
    result = findings("QC403",
                      extraction(a, dates=[sunday]),
                      extraction(b, dates=[date(b, "July 20", "2021-07-20")]))
    assert len(result) == 1


def test_a_name_set_off_in_another_clause_is_no_setting_of_the_day():
    """"The frigate Halden, deployed ... under the Bergen Naval Command, thwarted a raid on
    Thursday": the command is who the ship answers to, not where the raid was, so it does
    not keep the day from meeting "foiled a pirate raid near the Lofoten Islands on Friday"."""
    text_a = "An Estonian warship foiled a pirate raid near the Lofoten Islands on Friday, capturing nine men."
    text_b = ("The frigate Halden, deployed on patrols off the Lofoten Islands in the Norwegian Sea under the"
              " operational control of the Bergen Naval Command, thwarted a raid by pirates on Thursday and"
              " rescued a trawler crew.")
    result = findings("QC403", *_pair(text_a, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04"))
    assert len(result) == 1 and result[0].severity == "info"
    # the same name in the day's own clause is its setting: another place, not compared
    text_b = ("The frigate Halden, deployed on patrols off the Lofoten Islands in the Norwegian Sea, thwarted"
              " a large raid by armed pirates near the Bergen Naval Command on Thursday and rescued a trawler crew.")
    assert findings("QC403", *_pair(text_a, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04")) == []


def test_the_verb_of_the_event_before_a_day_is_next_to_it_too():
    """"foiled a three-boat pirate attack ... on Friday" dates the foiling as well as the
    attack: it meets "on Thursday foiled a piracy attempt", which names no attack."""
    text_a = "The frigate Halden foiled a three-boat pirate attack near the Lofoten Islands on Friday, capturing nine men."
    text_b = "The frigate Halden on Thursday foiled a piracy attempt near the Lofoten Islands."
    result = findings("QC403", *_pair(text_a, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04"))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"Friday", "Thursday"}
    # a verb further from the event it acts on is another event of the clause
    text_a = ("The frigate Halden foiled what its crew described as a long and carefully planned pirate attack"
              " near the Lofoten Islands on Friday, capturing nine men.")
    assert findings("QC403", *_pair(text_a, "Friday", "2021-03-05", text_b, "Thursday", "2021-03-04")) == []


def test_a_shooting_is_an_attack_next_to_the_other_day():
    """"hours after the attack on Tuesday" and "hours after the Wednesday shootings": no word
    right next to both days in common, but the same event next to each (a shooting is an
    attack, ``date_event_words`` "shoot/attack"), so the days are compared, at info."""
    text_a = "Millbrook police arrested the suspect at his home hours after the attack on Tuesday near the Acme depot."
    text_b = "Officers arrested a Millbrook man at a motel only hours after the Wednesday shootings at the Acme depot."
    result = findings("QC403", *_pair(text_a, "Tuesday", "2021-03-02", text_b, "Wednesday", "2021-03-03"))
    assert len(result) == 1 and result[0].severity == "info"
    # another event next to the other day: not compared
    text_b = "Officers arrested a Millbrook man at a motel only hours after the Wednesday vote at the Acme depot."
    assert findings("QC403", *_pair(text_a, "Tuesday", "2021-03-02", text_b, "Wednesday", "2021-03-03")) == []


def test_a_word_of_a_specific_and_a_wider_event_names_both():
    assert {"shoot", "attack"} <= set(date_conflict._event_table()["shooting"])
    assert date_conflict._event_table()["shot"] == ("shoot",)
