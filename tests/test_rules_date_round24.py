"""QC403 shapes of real date conflicts, round 24 (issue 9, item 4): weekdays of two undated
articles where one sentence names no person, only names the other article writes too.
Hand-built extractions of articles written here (invented names); no extractor involved."""

from __future__ import annotations

from quotecli.records import DateMention
from rule_helpers import doc, extraction, findings, person, span

# Two undated articles of one arrest: Ivo Lind and Tomas Berg of the Vessland sect.
ARREST_NAMED = ("Two sect leaders charged\n\n"
                "Ivo Lind and Tomas Berg were arrested by police on Tuesday, the minister said.\n\n"
                "Lind leads the Orvik sect, which settled in Vessland in 1990.\n\n"
                "Berg is his deputy.")
ARREST_BARE = ("Sect leader held\n\n"
               "The leader of a sect in northern {place} was arrested {day} and charged with fraud.\n\n"
               "Ivo Lind runs the Orvik sect from a farm.\n\n"
               "Lind has denied wrongdoing; his deputy is Tomas Berg.")


def _weekday(document, text: str) -> DateMention:
    """A weekday of an undated article: the day of the week, no day of the calendar."""
    start, end = span(document, text)
    return DateMention(start, end, text, value=None, relative=True, weekday=text)


def _arrests(place: str = "Vessland", day: str = "Wednesday", named_people=("Ivo Lind", "Tomas Berg")):
    a, b = doc(ARREST_NAMED, "a.txt"), doc(ARREST_BARE.format(place=place, day=day), "b.txt")
    return (extraction(a, dates=[_weekday(a, "Tuesday")], people=[person(a, p) for p in named_people]),
            extraction(b, dates=[_weekday(b, day)], people=[person(b, "Ivo Lind")]))


def test_undated_weekdays_meet_when_one_sentence_names_no_person_but_the_others_place():
    """"the leader of a sect in northern Vessland was arrested Wednesday" names no person;
    the other article writes Vessland and its "arrested ... on Tuesday" names Lind, whom
    the bare article is about: one arrest on two days of the week, info."""
    result = findings("QC403", *_arrests())
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"Tuesday", "Wednesday"}


def test_a_place_the_other_article_never_writes_is_another_setting():
    """"a sect in northern Kormany": the named article never writes Kormany."""
    assert findings("QC403", *_arrests(place="Kormany")) == []


def test_the_named_person_must_be_one_the_bare_article_is_about():
    """The named sentence's people (Aldo Brenner) are not among the bare article's names."""
    text_a = ARREST_NAMED.replace("Ivo Lind and Tomas Berg", "Aldo Brenner")
    a, b = doc(text_a, "a.txt"), doc(ARREST_BARE.format(place="Vessland", day="Wednesday"), "b.txt")
    pair = (extraction(a, dates=[_weekday(a, "Tuesday")], people=[person(a, "Aldo Brenner")]),
            extraction(b, dates=[_weekday(b, "Wednesday")], people=[person(b, "Ivo Lind")]))
    assert findings("QC403", *pair) == []


def test_one_weekday_in_both_is_no_conflict():
    assert findings("QC403", *_arrests(day="Tuesday")) == []


def test_a_bare_sentence_of_another_event_does_not_meet():
    """"appeared in court Wednesday": the court hearing, not the arrest."""
    text_b = ARREST_BARE.replace("was arrested {day} and charged with fraud", "appeared in court {day}")
    a, b = doc(ARREST_NAMED, "a.txt"), doc(text_b.format(place="Vessland", day="Wednesday"), "b.txt")
    pair = (extraction(a, dates=[_weekday(a, "Tuesday")], people=[person(a, "Ivo Lind"), person(a, "Tomas Berg")]),
            extraction(b, dates=[_weekday(b, "Wednesday")], people=[person(b, "Ivo Lind")]))
    assert findings("QC403", *pair) == []


def test_the_bare_sentences_event_word_must_be_right_next_to_its_day():
    """"facing arrest was in hiding Wednesday": the day dates the hiding, not an arrest."""
    text_b = ARREST_BARE.replace("was arrested {day} and charged with fraud", "facing arrest was in hiding {day}")
    a, b = doc(ARREST_NAMED, "a.txt"), doc(text_b.format(place="Vessland", day="Wednesday"), "b.txt")
    pair = (extraction(a, dates=[_weekday(a, "Tuesday")], people=[person(a, "Ivo Lind"), person(a, "Tomas Berg")]),
            extraction(b, dates=[_weekday(b, "Wednesday")], people=[person(b, "Ivo Lind")]))
    assert findings("QC403", *pair) == []
