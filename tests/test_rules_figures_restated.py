"""QC301 on facts restated in other words, with the real extractors (sentences written here).

Each test writes two short reports of one invented story the way two outlets
would, and checks what figure-conflict makes of them: a fall measured twice, a
prison term in months, a quake's magnitude, an age next to a full name, a
fraction written out, a unit slipped, an address and a hedge that is no part.
"""

from __future__ import annotations

import quotecli
from quotecli.check import keys
from quotecli.check.rules import figures
from quotecli.extract import extract
from rule_helpers import doc

# Story names both reports write, so that they are one story to the checker.
CLIMB = (" Rescuers from Lakeview reached the Brenner Ridge hut by helicopter, Inspector Tomas Varga"
         " said. The Lakeview Alpine Club closed the Brenner Ridge route after the accident.")


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


def test_a_fall_restated_in_other_words_meets_under_its_event():
    result = qc301("On Friday, 36-year-old Aldo Ferenc died after slipping and falling about 60 metres"
                   " from the ridge." + CLIMB,
                   "A 36-year-old Hungarian climber died on Friday after falling 150 metres from a ridge"
                   " near Lakeview." + CLIMB)
    assert {"about 60 metres", "150 metres"} <= cited(result)


def test_a_fall_in_feet_against_the_same_number_in_metres_is_a_unit_slip():
    result = qc301("Aldo Ferenc, 36, slipped and fell about 200 feet from the ridge." + CLIMB,
                   "The 36-year-old Aldo Ferenc slipped and fell approximately 200 metres down a gully." + CLIMB)
    assert {"about 200 feet", "approximately 200 metres"} <= cited(result)


def test_stocks_that_fell_are_not_a_fall():
    a = doc("Shares of Orvane Mining fell 3.9 percent on Tuesday in Lakeview." + CLIMB, "a.txt")
    items = {id(item): item for _, item in figures.figure_items(extract(a))}
    assert items and all(item.event != "fall" for item in items.values())


PRISON = (" Judge Marta Quill of the Lakeview district court ordered the term after the Orvane fraud"
          " trial, Orvane Mining said.")


def test_a_prison_term_written_with_a_fraction_is_exact():
    result = qc301("Dell Harrow was sentenced to 2 years, with 9 months to serve in that case." + PRISON,
                   "Dell Harrow was sentenced to 2 1/2 years, with 9 months to serve in that case." + PRISON)
    assert cited(result) >= {"2 years", "2 1/2 years"}


def test_the_same_fraction_twice_agrees():
    result = qc301("Dell Harrow served five and a half months in federal prison." + PRISON,
                   "Dell Harrow served five and a half months in federal prison." + PRISON)
    assert result == []


def test_months_served_restated_in_other_words_meet_under_serve():
    result = qc301("He served four months in federal prison for obstructing justice." + PRISON,
                   "Harrow served four and a half months in prison for his role in the fraud." + PRISON)
    assert {"four months", "four and a half months"} <= cited(result)


QUAKE = (" The quake shook Marlow County and the town of Fennick, the Geological Survey said;"
         " Fennick schools closed for the day.")


def test_magnitudes_of_one_quake_meet():
    result = qc301("A 4.2 magnitude earthquake shook a remote area of Marlow County on Sunday." + QUAKE,
                   "The Geological Survey says the 4.4-magnitude temblor on Sunday was centred near Fennick." + QUAKE)
    assert {"4.2", "4.4-magnitude"} <= cited(result)


def test_magnitudes_far_apart_are_two_quakes():
    result = qc301("A 6.1 magnitude earthquake shook Marlow County on Sunday." + QUAKE,
                   "The 9.0-magnitude quake of 2004 was far stronger than Sunday's in Marlow County." + QUAKE)
    assert not ({"6.1", "9.0-magnitude"} <= cited(result))


def test_ages_of_one_full_name_with_no_mention_compare_in_written_order():
    """The name beside the age, in the order written, is the person when no person mention
    gives it: "Sixty-year-old Mara Jean Dobbs" and "61-year-old Mara Jean Dobbs" are one."""
    story = " Staunford police reopened the Dobbs case, Chief Leo Brandt of Staunford said."
    result = qc301("Sixty-year-old Mara Jean Dobbs is now accused of the 1967 killings." + story,
                   "Chief Leo Brandt announced 61-year-old Mara Jean Dobbs was arrested on Friday." + story)
    assert {"Sixty-year-old", "61-year-old"} <= cited(result)


def test_a_place_before_a_person_noun_is_not_the_name_of_the_aged():
    a = doc("Police said the gunman was a 38-year-old Troy resident who had been fired.", "a.txt")
    start = a.text.index("38-year-old")
    assert keys.adjacent_name(a, start, start + len("38-year-old")) == frozenset()


def test_an_age_after_a_name_and_an_article_is_that_name():
    a = doc("The suspect is Anton Ferrugia, a 38-year-old Troy resident who had been fired.", "a.txt")
    start = a.text.index("38-year-old")
    assert keys.adjacent_name_words(a, start, start + len("38-year-old")) == ("anton", "ferrugia")


def test_more_than_is_a_hedge_not_a_part():
    from quotecli.extract.numbers import extract_numbers
    a = doc("Soon after more than 200 people set off from the vigil, another 50 people joined.", "a.txt")
    parts = {n.text: figures._part(a.text, n) for n in extract_numbers(a)}
    assert parts.get("more than 200 people") is False
    assert any(value for text, value in parts.items() if "50" in text)


def test_a_block_number_is_an_address_not_an_amount():
    story = " Deputy Rosa Imrie was shot in Garland Heights, the Garland sheriff said."
    result = qc301("Imrie was shot outside an apartment in the 12000 block of East 223rd Street." + story,
                   "Imrie followed the man to the 12500 block of East 223rd Street." + story)
    assert not any("block" in (loc.text or "") or loc.text in {"12000", "12500"}
                   for f in result for loc in f.locations)


def test_a_one_letter_slip_in_the_closest_name_is_the_same_name():
    story = (" The destroyer INS Kaveri answered the distress call in the Gulf of Aden,"
             " the Indian Navy said. INS Kaveri escorted the ship to port.")
    result = qc301("The pirates on two speed boats had surrounded the Ethiopian-flagged merchant vessel"
                   " around noon, when INS Kaveri intervened." + story,
                   "The pirates, in three boats, were attempting to hijack the Ethopian-flagged merchant"
                   " vessel around noon, when INS Kaveri intervened." + story)
    assert {"two speed boats", "three boats"} <= cited(result)


def test_two_ages_framed_alike_inside_one_article_meet():
    text = ("Sheriff Dana Kolb said the officer, Wes Tennard, leaves behind his wife and 16-year-old son."
            " Tennard joined the Lakeview force in 1999 and served in the Lakeview harbour unit."
            " The mayor said Tennard leaves behind his wife and 17-year-old son and many friends.")
    result = qc301(text)
    assert {"16-year-old", "17-year-old"} <= cited(result)


def test_long_sentences_with_the_same_names_near_and_a_word_next_to_both_meet():
    story = " Orvane Mining and Keltis Energy confirmed the deal, Orvane chief Lena Marsh said."
    result = qc301("Analysts expect that Orvane Mining's forthcoming $13.9 billion acquisition of Keltis"
                   " Energy Partners, announced on May 13, will help both companies in the coming years." + story,
                   "Riding a streak that doubled its share price, Orvane Mining is betting on a $13.2 billion"
                   " acquisition of the utility Keltis Energy Partners." + story)
    assert {"$13.9 billion", "$13.2 billion"} <= cited(result)


def test_title_case_words_of_a_headline_are_not_names_near_a_figure():
    a = doc("Quake Kills 10, Injures 80 in Iran Villages\n\nThe quake killed 10 people in seven villages"
            " and injured 80, Iranian officials said.", "a.txt")
    start = a.text.index("80")
    assert keys.names_near(a, start, start + 2) == frozenset({"iran"})


def test_a_shared_year_does_not_tie_two_event_sentences():
    from quotecli.check.rules.figures import _shared_figure
    items = []
    for i, text in enumerate(("In 2011, five people were killed when a bus crashed near Lakeview." + CLIMB,
                              "In 2011, nine people were killed in a fire at a Brenner Ridge hotel." + CLIMB)):
        a = doc(text, f"{i}.txt")
        items += [item for _, item in figures.figure_items(extract(a)) if item.event == "kill"]
    first, second = items[0], items[-1]
    assert first.document is not second.document and not _shared_figure(first, second)
