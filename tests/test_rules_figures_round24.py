"""QC301, round 24: hedges read by the figure's roundness, written ranges, "N-year old" ages.

Each test writes two short reports of one invented story (sentences written
here) and checks what figure-conflict makes of them: two hedged figures whose
full hedges would overlap only because "about" was read as fifteen per cent
of any figure, however precise; a range whose low end differs; an age whose
last hyphen is missing. Each has its guard: what must stay consistent.
"""

from __future__ import annotations

import quotecli
from quotecli.check.rules import figures
from quotecli.check.rules.figures import interval
from quotecli.extract import extract
from rule_helpers import doc

QUAKE = (" The Survey said the Penmarth quake was felt in Orlow and Kessendorf. Residents of Orlow"
         " reported broken windows, and the Kessendorf fire service checked the Penmarth dam.")
TRIAL = (" The Orlow County court sentenced the Kessel Valley elders in Penmarth on Tuesday, and"
         " Judge Ilse Varnow read the verdicts of the Kessel Valley trials in Orlow County.")


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


def quake(figure: str, more: str = "") -> str:
    return f"The temblor struck {figure} north of Penmarth early on Sunday, the Survey said." + more + QUAKE


def written_interval(text: str, figure: str) -> tuple[float, float]:
    document = doc(text)
    number = next(n for n in extract(document).numbers if n.text == figure)
    low, high = interval(document, number)
    return round(low, 3), round(high, 3)


def test_about_widens_a_precise_figure_only_a_little():
    assert written_interval("It struck about 26 miles north of Penmarth.", "about 26 miles") == (23.4, 28.6)


def test_about_a_round_figure_spans_at_most_half_its_step():
    assert written_interval("He fell about 400 metres.", "about 400 metres") == (350.0, 450.0)
    assert written_interval("He fell about 600 metres.", "about 600 metres") == (540.0, 660.0)   # never under 10%


def test_about_a_round_figure_keeps_the_hedge_when_it_is_narrower():
    assert written_interval("Officials counted about 20,000 refugees.", "about 20,000 refugees") == (17000.0, 23000.0)
    assert written_interval("He fell about 150 metres.", "about 150 metres") == (127.5, 172.5)   # a last 5: half a step


def test_about_a_figure_in_words_keeps_the_full_hedge():
    low, high = written_interval("Police talked for about two hours.", "about two hours")
    assert low <= 1.7 and high >= 2.3


def test_two_hedged_distances_that_overlap_only_by_the_full_hedge_conflict():
    result = qc301(quake("about 20 miles"), quake("about 26 miles"))
    assert {"about 20 miles", "about 26 miles"} <= cited(result)


def test_a_distance_inside_the_hedge_of_a_round_figure_agrees():
    result = qc301(quake("about 20 miles"), quake("22 miles"))
    assert not {"about 20 miles", "22 miles"} & cited(result)


def item(text: str, figure: str) -> figures.FigureItem:
    extraction = extract(doc(text))
    return next(i for _, i in figures.figure_items(extraction) if i.number.text == figure)


def test_another_figure_of_an_article_may_agree_by_its_full_hedge():
    earlier = item(quake("about 23 miles"), "about 23 miles")
    later = item(quake("26 miles"), "26 miles")
    assert not figures.consistent(earlier, later)   # compared, "about 23" is 20.7-25.3
    assert figures._may_agree(earlier, later)        # as the article's other figure, it may be 26 (an update)


def test_a_figure_beyond_the_full_hedge_does_not_agree():
    earlier = item(quake("about 20 miles"), "about 20 miles")
    later = item(quake("26 miles"), "26 miles")
    assert not figures._may_agree(earlier, later)


def sentences(span: str) -> str:
    return f"The elders convicted so far received sentences ranging from {span} in prison." + TRIAL


def test_a_range_whose_low_end_differs_conflicts():
    result = qc301(sentences("between six and 75 years"), sentences("7 to 75 years"))
    assert {"between six and 75 years", "7 to 75 years"} <= cited(result)


def test_the_same_range_written_otherwise_agrees():
    result = qc301(sentences("between six and 75 years"), sentences("6 to 75 years"))
    assert not cited(result)


def test_a_vague_amount_is_no_written_range():
    document = doc("Dozens of people were sentenced to prison.")
    number = next(n for n in extract(document).numbers if n.value_max is not None)
    assert figures._range_ends(document, number, 1.0) == ()


GIRL = (" Prosecutors in Orlow County said the recording was made at the Kessel Valley ranch,"
        " and Judge Ilse Varnow let the Orlow County jury hear it.")


def test_an_age_missing_its_last_hyphen_is_an_age():
    result = qc301("The jury heard a recording of Brannick with the 11-year old girl in the temple." + GIRL,
                   "The jury heard a recording of Brannick with a 12-year-old girl in the temple." + GIRL)
    assert {"11-year old", "12-year-old"} <= cited(result)


def test_the_same_age_missing_its_hyphen_agrees():
    result = qc301("The jury heard a recording of Brannick with the 12-year old girl in the temple." + GIRL,
                   "The jury heard a recording of Brannick with a 12-year-old girl in the temple." + GIRL)
    assert not cited(result)


def test_a_span_of_years_is_no_age():
    document = doc("He served an 11-year sentence, old friends said.")
    extraction = extract(document)
    kinds = {item.number.kind for _, item in figures.figure_items(extraction)}
    assert "age" not in kinds


COURT = (" The shooting at the Orlow Savings office in Kessendorf left one clerk dead. Judge Ilse Varnow"
         " of the Penmarth County court set the trial for June.")


def test_an_unnamed_definite_age_is_the_age_of_whom_the_article_is_about():
    named = "Tomas Brannick, a 38-year-old Kessendorf resident, was charged with the shooting." + COURT
    unnamed = ("Tomas Brannick was convicted on Tuesday. Prosecutor Rob Hale said the 39-year-old Kessendorf"
               " man was furious over his firing. Brannick showed no emotion." + COURT)
    result = qc301(named, unnamed)
    assert {"38-year-old", "39-year-old"} <= cited(result)
    assert all(f.severity == "info" for f in result)


def test_an_unnamed_age_far_from_the_named_one_is_someone_else():
    named = "Tomas Brannick, a 38-year-old Kessendorf resident, was charged with the shooting." + COURT
    unnamed = ("Tomas Brannick was convicted on Tuesday. Prosecutor Rob Hale said the 19-year-old Kessendorf"
               " clerk died at the scene. Brannick showed no emotion." + COURT)
    assert not {"38-year-old", "19-year-old"} & cited(qc301(named, unnamed))


def test_an_age_after_a_possessive_is_not_the_named_persons_own():
    named = "Tomas Brannick's 16-year-old daughter testified about the shooting." + COURT
    unnamed = ("Tomas Brannick was convicted on Tuesday. A witness said the 15-year-old saw the shooting."
               " Brannick showed no emotion." + COURT)
    assert not {"16-year-old", "15-year-old"} & cited(qc301(named, unnamed))


def referent(text: str, figure: str) -> tuple[str, ...]:
    extraction = extract(doc(text))
    number = next(n for n in extraction.numbers if n.text == figure)
    ages = [(n.value, figures.keys.adjacent_name(extraction.document, n.start, n.end))
            for n in extraction.numbers if n.kind == "age"]
    return figures._referent(extraction, number, ages)


def test_the_referent_is_the_person_named_most_and_before():
    text = ("Tomas Brannick was convicted on Tuesday. Prosecutor Rob Hale said the 39-year-old man"
            " was furious. Brannick showed no emotion.")
    assert referent(text, "39-year-old") == ("tomas", "brannick")


def test_no_referent_when_two_people_are_named_as_often():
    text = "Tomas Brannick and Rob Hale met on Tuesday. Brannick and Hale argued. The 39-year-old left first."
    assert referent(text, "39-year-old") == ()


def test_no_referent_when_another_person_is_given_that_age():
    text = ("Tomas Brannick was convicted on Tuesday. Prosecutor Rob Hale, 39, spoke. The 39-year-old"
            " said justice was done. Brannick showed no emotion.")
    assert referent(text, "39-year-old") == ()


def test_no_referent_without_the_definite_article():
    text = "Tomas Brannick was convicted on Tuesday. A 39-year-old man testified. Brannick showed no emotion."
    assert referent(text, "39-year-old") == ()


ISLAND = ("State television says {quake} has injured three people on the island of Varna off Merovia."
          " Rescuers from Hormak reached Varna.")
ISLAND_TOO = ("{quake} hit an island off Merovia on Sunday, injuring five people and damaging homes, Hormak"
              " radio said. Officials in Varna said the quake lasted seconds.")


def test_a_reading_in_both_sentences_is_one_more_thing_they_share():
    result = qc301(ISLAND.format(quake="a magnitude-5.2 quake"), ISLAND_TOO.format(quake="A 5.6 magnitude earthquake"))
    assert {"three people", "five people"} <= cited(result)


def test_without_the_reading_the_two_short_sentences_share_too_little():
    result = qc301(ISLAND.format(quake="a quake"), ISLAND_TOO.format(quake="An earthquake"))
    assert not {"three people", "five people"} & cited(result)


def test_spans_of_time_in_both_sentences_are_nothing_shared():
    first = item("Tessaly won in two hours, 23 minutes and 10 seconds in Orlow.", "23 minutes")
    second = item("Tessaly set the record of two hours 18 minutes 15 seconds in Orlow.", "18 minutes")
    assert "hour" in first.other_units and "hour" in second.other_units
    assert figures._event_words_shared(first, second) == len({t for t in first.terms & second.terms
                                                               if figures._event_stems().get(t) != first.event})


BANK = (" Police in Orlow said the Kessendorf bank was robbed on Friday. The Orlow Savings bank in"
        " Kessendorf reopened, Inspector Ilse Varnow said.")


def test_now_and_who_is_before_a_bare_number_give_an_age():
    result = qc301("Tomas Brannick, now 32, was arrested." + BANK, "Police arrested Tomas Brannick, 35, on Friday." + BANK)
    assert {"now 32", "35"} <= cited(result)
    result = qc301("Tomas Brannick, who is 32, was arrested." + BANK, "Police arrested Tomas Brannick, 35, on Friday." + BANK)
    assert {"who is 32", "35"} <= cited(result)


def test_the_same_age_after_who_is_agrees():
    result = qc301("Tomas Brannick, who is 32, was arrested." + BANK, "Police arrested Tomas Brannick, 32, on Friday." + BANK)
    assert not cited(result)


def test_an_age_at_another_time_or_a_count_after_now_is_no_age():
    extraction = extract(doc("Lena Corvin, who was 14 then, testified. Brannick, now 34 points clear, won."))
    kinds = {item.number.text: item.number.kind for _, item in figures.figure_items(extraction)}
    assert all(kind != "age" for kind in kinds.values())
