"""QC403: who a date's sentence is about when it names no one (its story's people), an
article's other event on the other day, undated arrests with a person in common, three
names standing for the story, and event words that name no event ("the injured list",
"Injured Reserve"). Hand-built extractions of articles written here; no extractor involved."""

from __future__ import annotations

from quotecli.records import DateMention
from rule_helpers import date, doc, extraction, findings, person, span

# Two articles of one story: the Szeged depot shooting by Ferenc Varga.
STORY_A = ("Gunman held after Szeged depot shooting\n\n"
           "A man suspected of shooting two workers was arrested after a chase a few hours after the attack this morning, police said.\n\n"
           "Police named him as Ferenc Varga, a former driver at the Szeged depot of Tisza Freight.\n\n"
           "Varga was held at Szeged police headquarters, and Tisza Freight closed the depot.")
STORY_B = ("Former driver opens fire at Szeged depot\n\n"
           "Workers gathered.\n\nThe union spoke.\n\nShops shut.\n\n"   # the dated sentence is no lead
           "{lead}\n\n"
           "Ferenc Varga, 41, was fired from Tisza Freight in March, the company said.\n\n"
           "Varga surrendered near Szeged after the chase, police said.")
NAMED_LEAD = "Ferenc Varga was arrested after a chase shortly after the Monday morning attack at the depot."
BARE_LEAD = "A second worker died of his wounds after the Monday morning attack, the hospital said."


def _story(lead: str, text_a: str = STORY_A, day_b: str = "Monday"):
    a, b = doc(text_a, "a.txt"), doc(STORY_B.format(lead=lead), "b.txt")
    name_a = "Ferenc Varga" if "Ferenc Varga" in text_a else "Varga"
    return (extraction(a, dates=[date(a, "this morning", "2021-03-02", relative=True)],
                       people=[person(a, name_a)]),
            extraction(b, dates=[date(b, day_b, "2021-03-01", relative=True)],
                       people=[person(b, "Ferenc Varga")]))


def test_a_sentence_naming_no_one_takes_its_storys_people():
    """"arrested after the attack this morning" names no one; the article is about Varga,
    whom the other sentence names next to "the Monday morning attack": one attack."""
    result = findings("QC403", *_story(NAMED_LEAD))
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"this morning", "Monday"}


def test_a_person_the_bare_article_is_not_about_does_not_join():
    """The named sentence's person is no one the bare article is about: no participant in common."""
    lead = "Imre Kovacs was arrested after a chase shortly after the Monday morning attack at the depot."
    a, b = doc(STORY_A, "a.txt"), doc(STORY_B.format(lead=lead), "b.txt")
    pair = (extraction(a, dates=[date(a, "this morning", "2021-03-02", relative=True)]),
            extraction(b, dates=[date(b, "Monday", "2021-03-01", relative=True)],
                       people=[person(b, "Imre Kovacs"), person(b, "Ferenc Varga")]))
    assert findings("QC403", *pair) == []


def test_two_sentences_naming_no_one_meet_on_three_names_of_their_stories():
    result = findings("QC403", *_story(BARE_LEAD))
    assert len(result) == 1 and result[0].severity == "info"


def test_two_sentences_naming_no_one_need_the_same_event_next_to_both_days():
    """"the attack this morning" against "a worker was buried on Monday": another event."""
    assert findings("QC403", *_story("One worker was buried on Monday near the depot.")) == []


def test_two_sentences_naming_no_one_of_stories_sharing_two_names_do_not_meet():
    text_a = ("Gunman held after depot shooting\n\n"
              "A man suspected of shooting two workers was arrested after a chase a few hours after the attack this morning, police said.\n\n"
              "Police named him as Varga, a former driver at the Szeged depot.")
    assert findings("QC403", *_story(BARE_LEAD, text_a=text_a)) == []


# Undated articles: one person arrested, a news conference the next day.
UNDATED_A = ("Piet Vonk and Aldo Brenner were arrested by police on Tuesday, Attorney General Mira Haas said in an interview Wednesday.\n\n"
             "Vonk leads the Kessel community.")
UNDATED_B = "Officials at the Kessel school, where Vonk is the principal, said he was arrested Wednesday."


def _weekday(document, text: str, nth: int = 0) -> DateMention:
    start, end = span(document, text, nth)
    return DateMention(start, end, text, value=None, relative=True, weekday=text)


def _undated(text_a: str = UNDATED_A, text_b: str = UNDATED_B, more_a=()):
    a, b = doc(text_a, "a.txt"), doc(text_b, "b.txt")
    people_b = [person(b, "Vonk")] if "Vonk" in text_b else []
    dates_a = [_weekday(a, "Tuesday"), _weekday(a, "Wednesday")] + [_weekday(a, t, n) for t, n in more_a]
    return (extraction(a, dates=dates_a, people=[person(a, "Piet Vonk"), person(a, "Aldo Brenner"), person(a, "Mira Haas")]),
            extraction(b, dates=[_weekday(b, "Wednesday")], people=people_b))


def test_undated_arrests_of_one_person_on_two_weekdays_disagree():
    """"Vonk ... arrested on Tuesday" against "Vonk ... was arrested Wednesday": a person in
    common and the arrest next to both days; the interview the article dates Wednesday is
    no second arrest. Info: the weeks are not known."""
    result = findings("QC403", *_undated())
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"Tuesday", "Wednesday"}


def test_undated_weekdays_without_a_person_in_common_are_not_compared():
    text_b = "Officials at the Kessel school said the principal was arrested Wednesday."
    assert findings("QC403", *_undated(text_b=text_b)) == []


def test_an_article_that_dates_another_arrest_on_the_other_day_tells_two_arrests():
    """The first article also writes an arrest on Wednesday (Brenner's second): two arrests."""
    text_a = UNDATED_A + "\n\nBrenner was released and was arrested again on Wednesday."
    assert findings("QC403", *_undated(text_a=text_a, more_a=[("Wednesday", 1)])) == []


# Dated articles whose most frequent names differ (a blog about another company).
DEAL_A = ("Halvard Systems announced on Tuesday that it has signed an agreement to acquire Brightwater Cooling Labs.\n\n"
          "Halvard Systems said Halvard will pay cash. Halvard Systems expects the deal to close in May.")
DEAL_B = ("Rival news from the week\n\n"
          "Oranto bought Pellix and Quarro; Oranto, Pellix and Quarro hired Vessa, Tormund, Ilsabet, Ruvek and Zandor.\n\n"
          "Vessa, Tormund, Ilsabet, Ruvek and Zandor said Quarro and Oranto would buy Pellix.\n\n"
          "{sentence}")


def _deal(sentence: str):
    a, b = doc(DEAL_A, "a.txt"), doc(DEAL_B.format(sentence=sentence), "b.txt")
    return (extraction(a, dates=[date(a, "Tuesday", "2021-03-02", relative=True)]),
            extraction(b, dates=[date(b, "Today", "2021-03-01", relative=True)]))


def test_three_names_of_two_dated_sentences_stand_for_the_story():
    result = findings("QC403", *_deal("Today, Halvard announced a small acquisition, Brightwater Cooling Labs, a consultancy."))
    assert len(result) == 1 and result[0].severity == "info"


def test_two_names_of_two_sentences_do_not_make_one_story():
    assert findings("QC403", *_deal("Today, Halvard announced a small acquisition, a cooling consultancy.")) == []


# Event words that name no event.
HURT = ("Lukas Brandt was hurt on Thursday in a 27-24 loss to Denver.\n\n"
        "Brandt, the Falcons running back, will see a doctor.")


def _injury(sentence: str):
    a = doc(HURT, "a.txt")
    b = doc(sentence + "\n\nBrandt, the Falcons running back, had surgery last year.", "b.txt")
    return (extraction(a, dates=[_weekday(a, "Thursday")], people=[person(a, "Lukas Brandt")]),
            extraction(b, dates=[_weekday(b, "Wednesday")], people=[person(b, "Lukas Brandt")]))


def test_the_same_injury_on_two_weekdays_disagrees():
    result = findings("QC403", *_injury("The Falcons said Lukas Brandt was hurt on Wednesday against Denver."))
    assert len(result) == 1


def test_an_event_word_describing_the_noun_after_it_names_no_event():
    """"placed him on the injured list": the listing, not the injury."""
    assert findings("QC403", *_injury("The Falcons placed Lukas Brandt on the injured list on Wednesday.")) == []


def test_an_event_word_inside_a_name_names_no_event():
    assert findings("QC403", *_injury("The Falcons placed Lukas Brandt on Injured Reserve on Wednesday.")) == []


# Leads of one story: an article of the next day retells "Monday" as "this morning".
LEAD_A = ("Sacked driver held over depot shooting\n\n"
          "A man suspected of shooting two workers, killing one, at a Szeged depot was arrested after a chase hours after the attack this morning, police said.\n\n"
          "Police named him as Ferenc Varga, a former driver for Tisza Freight.\n\n"
          "Varga was held at Szeged police headquarters, and Tisza Freight closed the depot.")
LEAD_B = ("Former driver opens fire at Szeged depot\n\n"
          "{lead}\n\n"
          "Ferenc Varga, 41, was fired from Tisza Freight in March, the company said.\n\n"
          "Varga surrendered near Szeged after the chase, police said.")
SHOT_LEAD = "A former driver walked into the depot with a rifle on Monday and shot two workers, killing one, before fleeing."


def _leads(lead: str, text_b: str = LEAD_B):
    a, b = doc(LEAD_A, "a.txt"), doc(text_b.format(lead=lead), "b.txt")
    return (extraction(a, dates=[date(a, "this morning", "2021-03-02", relative=True)]),
            extraction(b, dates=[date(b, "Monday", "2021-03-01", relative=True)]))


def test_two_leads_of_one_story_date_one_attack():
    """"the attack this morning" (a lead of the next day) against "on Monday and shot two
    workers, killing one": no name in either part, other words next to the days, but both
    leads tell the shooting that killed, next to each day an event the other tells."""
    result = findings("QC403", *_leads(SHOT_LEAD))
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"this morning", "Monday"}


def test_a_lead_dating_another_event_of_the_story_does_not_meet():
    """"was charged on Monday with killing": the charge, which the other lead does not tell."""
    lead = "A former driver was charged on Monday with killing a worker and wounding another in a shooting at the depot."
    assert findings("QC403", *_leads(lead)) == []


def test_a_date_further_down_is_no_lead():
    text_b = ("Former driver opens fire at Szeged depot\n\nFerenc Varga, 41, was fired from Tisza Freight in March.\n\n"
              "Workers had long feared trouble.\n\nThe union wrote to Tisza Freight twice.\n\nVarga surrendered near Szeged.\n\n"
              "{lead}")
    assert findings("QC403", *_leads(SHOT_LEAD, text_b=text_b)) == []
