"""QC301: counts of what a person has, events named beside a figure, figures in headlines,
and how long people negotiated (sentences written here, an invented story).

Each behaviour has a positive test (the conflict is found) and a negative one
(two facts that only look alike stay apart).
"""

from __future__ import annotations

import quotecli
from quotecli.check.rules.figures import figure_items
from rule_helpers import doc

SECT = (" The Varnholt sect has lived near Kessel Lake since the 1950s. Provincial police in Tarvo"
        " said the Varnholt case would go to court in the spring. Tarvo prosecutors declined to comment.")


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


# --- a count of what a person has is a fact about that person ---------------------------

def test_what_one_person_has_meets_across_wordings():
    result = qc301("Emil Brauda was charged on Monday. Brauda, who has had 26 wives, calls the Charter of"
                   " Rights his shield." + SECT,
                   "Emil Brauda was charged on Monday. Officials noted that Brauda has 20 wives and that"
                   " his brother Oskar Brauda has two." + SECT)
    assert {"26 wives", "20 wives"} <= cited(result)


def test_what_two_people_have_are_two_facts():
    result = qc301("Emil Brauda was charged on Monday. Brauda, who has had 26 wives, calls the Charter of"
                   " Rights his shield." + SECT,
                   "Emil Brauda was charged on Monday. Officials noted that his brother Oskar Varga has"
                   " 20 wives." + SECT)
    assert not {"26 wives", "20 wives"} & cited(result)


# --- an event named beside a figure, not only the nearest --------------------------------

PRISON = (" Marten Olsby, a former aide to Governor Hale Corwin of Tarvo, later wrote a book about the"
          " Corwin affair. Olsby died in Kessel in 2010, the Corwin family said.")


def test_a_term_served_as_a_sentence_meets_a_term_served():
    result = qc301("He served a reduced sentence of four and a half months in federal prison." + PRISON,
                   "He served five months in federal prison." + PRISON)
    assert {"four and a half months", "five months"} <= cited(result)


def test_a_sentence_handed_down_is_not_time_served():
    result = qc301("He was sentenced to a term of four and a half months, which he appealed." + PRISON,
                   "He served five months in federal prison." + PRISON)
    assert not {"four and a half months", "five months"} & cited(result)


BLAST = " The blast hit the Kessel market in Tarvo on Friday morning. Tarvo police sealed off the Kessel market."


def events_of(text: str, figure: str) -> frozenset[str]:
    extraction = quotecli.extract(doc(text))
    item = next(item for _, item in figure_items(extraction) if item.number.text == figure)
    return item.events | {item.event}


def test_an_event_after_the_figure_in_another_clause_is_not_its_own():
    assert events_of("The blast in Kessel killed four people and wounded others at the market.",
                     "four people") == {"kill"}
    assert events_of("Four people were killed and eight people wounded in Kessel.", "eight people") == {"injure"}


def test_an_event_before_the_figure_in_its_clause_is_its_own():
    assert events_of("He served a reduced sentence of four and a half months in prison.",
                     "four and a half months") == {"serve", "sentence"}


def test_the_same_event_counted_twice_still_meets():
    result = qc301("The blast in Kessel wounded four people at the market, Tarvo police said." + BLAST,
                   "The Kessel blast wounded seven people at the market, Tarvo police said." + BLAST)
    assert {"four people", "seven people"} <= cited(result)


def test_two_terms_of_other_years_stay_apart():
    result = qc301("He died while serving a 12-year sentence imposed in 1997 for racketeering." + PRISON,
                   "He had served only a five-year sentence for fraud in 1969." + PRISON)
    assert not {"12-year", "five-year"} & cited(result)


def test_two_terms_of_one_year_still_meet():
    result = qc301("He died while serving a 12-year sentence imposed in 1997 for racketeering." + PRISON,
                   "In 1997 he began serving a 10-year sentence for racketeering." + PRISON)
    assert {"12-year", "10-year"} <= cited(result)


# --- a headline in title case names only what the article names --------------------------

SHOOTING = ("Dario Mensch, 16, died on Saturday night in Kessel after officers opened fire."
            " Dario Mensch was hit several times, the Kessel medical examiner said on Tuesday."
            " Relatives of Dario Mensch held a vigil in Kessel on Monday.")


def test_a_title_case_headline_meets_the_lead():
    result = qc301("Crowd Gathers In Kessel During Vigil For Teenager Shot 11 Times By Officers\n" + SHOOTING,
                   "Dario Mensch was shot seven times by officers, according to the Kessel medical examiner."
                   " Mensch died on Saturday night in Kessel. Relatives of Dario Mensch held a vigil in Kessel.")
    assert {"11 Times", "seven times"} <= cited(result)


def test_a_headline_naming_another_place_stays_apart():
    result = qc301("Crowd Gathers In Kessel During Vigil For Teenager Shot 11 Times By Officers\n" + SHOOTING,
                   "Lotta Brannick was shot seven times in Ombervale, according to the Ombervale medical examiner."
                   " Brannick died on Saturday night in Ombervale. Relatives of Lotta Brannick held a vigil.")
    assert not {"11 Times", "seven times"} & cited(result)


# --- how long people negotiated is one duration ------------------------------------------

STANDOFF = (" The gunman surrendered to Tarvo police at the Kessel Building on Friday. Tarvo police"
            " chief Anna Weller said no one at the Kessel Building was hurt.")


def test_hours_of_negotiation_meet():
    result = qc301("Weller said officers spent about two hours negotiating with the man." + STANDOFF,
                   "For almost four hours the gunman negotiated with officers." + STANDOFF)
    assert {"about two hours", "almost four hours"} <= cited(result)


def test_hours_of_negotiation_and_of_a_search_stay_apart():
    result = qc301("Weller said officers spent about two hours negotiating with the man." + STANDOFF,
                   "Officers searched the building for almost four hours, Weller said." + STANDOFF)
    assert not {"about two hours", "almost four hours"} & cited(result)
