"""QC403 shapes of real date conflicts, round 24 (issue 9, item 4): weekdays of two undated
articles where one sentence names no person, only names the other article writes too.
Hand-built extractions of articles written here (invented names); no extractor involved."""

from __future__ import annotations

from quotecli.records import DateMention
from rule_helpers import date, doc, extraction, findings, number, person, span

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


# A dated article and an undated one leading with one shooting (Ferenc Varga at the Szeged depot).
LEAD_DATED = ("Gunman held after Szeged depot shooting\n\n"
              "A man suspected of shooting two workers was arrested after a chase a few hours after the attack this morning, police said.\n\n"
              "Police named him as Ferenc Varga, a former driver at the Szeged depot of Tisza Freight.\n\n"
              "Varga was held at Szeged police headquarters, and Tisza Freight shut the depot.")
LEAD_UNDATED = ("Former driver opens fire at Szeged depot\n\n"
                "A driver who was fired last month shot and killed a clerk and wounded a guard Monday at the Szeged depot of Tisza Freight, police said.\n\n"
                "{who}, 41, was fired from Tisza Freight in March, the company said.\n\n"
                "{surname} surrendered near Szeged after the chase, police said.{more}")


def _leads(who: str = "Ferenc Varga", more: str = "", days=("Monday",)):
    a = doc(LEAD_DATED, "a.txt")
    b = doc(LEAD_UNDATED.format(who=who, surname=who.split()[-1], more=more), "b.txt")
    return (extraction(a, dates=[date(a, "this morning", "2021-03-02", relative=True)],
                       people=[person(a, "Ferenc Varga")]),
            extraction(b, dates=[_weekday(b, day) for day in days], people=[person(b, who)]))


def test_an_undated_articles_lead_weekday_meets_a_dated_lead_about_one_person():
    """"wounded a guard Monday" in an undated article against "the attack this morning" in
    an article of Tuesday: one shooting by the man both are about, on two days — info,
    since the undated article's week is not known."""
    result = findings("QC403", *_leads())
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"this morning", "Monday"}
    assert "undated" in result[0].message


def test_undated_and_dated_leads_about_no_common_person_do_not_meet():
    """Two shootings at one depot, years apart, by two men: names and events in common, no person."""
    assert findings("QC403", *_leads(who="Imre Kovacs")) == []


def test_undated_and_dated_leads_with_other_figures_do_not_meet():
    """"shooting 2 workers" against "shot 5 workers": two shootings."""
    a = doc(LEAD_DATED.replace("two workers", "2 workers"), "a.txt")
    b = doc(LEAD_UNDATED.format(who="Ferenc Varga", surname="Varga", more="").replace(
        "a clerk and wounded a guard", "5 workers and wounded a guard"), "b.txt")
    pair = (extraction(a, dates=[date(a, "this morning", "2021-03-02", relative=True)], people=[person(a, "Ferenc Varga")]),
            extraction(b, dates=[_weekday(b, "Monday")], people=[person(b, "Ferenc Varga")]))
    assert findings("QC403", *pair) == []


def test_an_articles_other_event_on_the_other_day_that_neither_sentence_names_does_not_part_them():
    """The undated article's "the depot will be closed Tuesday" dates a closing, which the
    other article's "the attack this morning" does not name: its Tuesday is still the attack's."""
    more = "\n\nThe depot will be closed Tuesday in memory of the clerk."
    result = findings("QC403", *_leads(more=more, days=("Monday", "Tuesday")))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"this morning", "Monday"}


def test_an_articles_other_day_for_an_event_the_other_sentence_names_parts_them():
    """"Varga was arrested Tuesday" in the undated article: the other article's "arrested
    ... this morning" may date that arrest, not the shooting."""
    more = "\n\nVarga was arrested Tuesday after the chase, police said."
    assert findings("QC403", *_leads(more=more, days=("Monday", "Tuesday"))) == []


DEAL_A = "Orlan Systems announced on Tuesday that it has signed an agreement to acquire Brevik Data Services, a consulting firm."
DEAL_B = "Orlan Systems has moved into consulting with today's acquisition of Brevik Data Services, a firm that designs data centres."


def _pair(text_a: str, day_a: str, text_b: str, day_b: str):
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    return (extraction(a, dates=[date(a, day_a, "2021-06-08", relative=True)]),
            extraction(b, dates=[date(b, day_b, "2021-06-07", relative=True)]))


def test_an_announcement_dates_the_deal_it_announces():
    """"announced on Tuesday that it has signed an agreement to acquire" against "today's
    acquisition" in an article of Monday: a deal is made by announcing it — one day, info."""
    result = findings("QC403", *_pair(DEAL_A, "Tuesday", DEAL_B, "today"))
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"Tuesday", "today"}


def test_an_announcement_does_not_date_a_death_it_reports():
    """"announced on Tuesday that a search had found the climber dead" against "died on
    Monday": the death came before it was announced."""
    text_a = "Vessland police announced on Tuesday that a search team had found the climber Ivo Lind dead."
    text_b = "The climber Ivo Lind died in a fall on Monday."
    assert findings("QC403", *_pair(text_a, "Tuesday", text_b, "Monday")) == []


CLIMB_A = ("Two climbers die in Brask park\n\n"
           "Inspector Jan Holm said the two deaths at Mount Brask were not related.\n\n"
           "On Friday, 36-year-old Ivo Lind died after slipping and falling from a ridge near the Orvik Glacier.\n\n"
           "The Vesslandic climber was ski touring.")
CLIMB_B = ("Two climbers killed at Mount Brask\n\n"
           "Inspector Holm said the deaths were not related.\n\n"
           "Yesterday, a {age}-year-old Vesslandic climber died after falling at Mount {mount}.\n\n"
           "The man fell near the Orvik Glacier.")


def _climbers(age: int = 36, mount: str = "Brask"):
    a, b = doc(CLIMB_A, "a.txt"), doc(CLIMB_B.format(age=age, mount=mount), "b.txt")
    return (extraction(a, dates=[date(a, "Friday", "2021-05-07", relative=True)], people=[person(a, "Ivo Lind")],
                       numbers=[number(a, "36-year-old", 36, "years", kind="age")]),
            extraction(b, dates=[date(b, "Yesterday", "2021-05-08", relative=True)],
                       numbers=[number(b, f"{age}-year-old", age, "years", kind="age")]))


def test_one_age_and_one_death_in_two_articles_date_one_happening():
    """"On Friday, 36-year-old Ivo Lind died after slipping and falling" against
    "Yesterday, a 36-year-old Vesslandic climber died after falling" (of Saturday): no name
    in common, but one age, one fall and death, and each article writes the other's places."""
    result = findings("QC403", *_climbers())
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"Friday", "Yesterday"}


def test_two_ages_are_two_people():
    """A 32-year-old climber died: another climber."""
    assert findings("QC403", *_climbers(age=32)) == []


def test_a_place_the_other_article_never_writes_is_another_happening():
    """"died after falling at Mount Kessel": the first article never writes Kessel."""
    assert findings("QC403", *_climbers(mount="Kessel")) == []
