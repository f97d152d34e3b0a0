"""QC301 on slips of one article against the others of its story (issue 9, planted recall).

The sentences are written here, for an invented story. Each test is one general cause
of a missed slip: a conversion in brackets whose one half was changed, two lists of
one unit written in another order, an open-ended hedge elsewhere in the article ("more
than 900 ...") that agrees with any larger figure without giving it, and a place name
after "from" that is not the first end of a range; a duration written as a modifier ("a
10-year sentence"), whose singular unit is a function word elsewhere.
"""

from __future__ import annotations

import quotecli
from rule_helpers import doc

STORY = (" Residents of Harlow Creek and Penmarth felt the quake, the Geological Survey said."
         " Schools in Harlow Creek stayed closed on Tuesday.")


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


def test_a_slip_in_the_bracketed_half_of_a_conversion_is_found():
    result = qc301("The governor said the quake struck nine km (8 miles) west of Harlow Creek." + STORY,
                   "The governor said the quake struck nine km (5.6 miles) west of Harlow Creek." + STORY)
    assert "8 miles" in cited(result)


def test_a_conversion_that_agrees_is_not_reported():
    result = qc301("The governor said the quake struck nine km (5.6 miles) west of Harlow Creek." + STORY,
                   "The governor said the quake struck nine km (six miles) west of Harlow Creek." + STORY)
    assert result == []


CENSUS = " The Penmarth commission published its census of Harlow Creek on Monday."


def test_an_open_ended_hedge_in_the_article_does_not_hide_a_slip():
    result = qc301("More than 900 of the 4,312 households said they had left Harlow Creek by March."
                   " More than 1,200 households in Harlow Creek said they had left their homes by April." + CENSUS,
                   "More than 900 of the 5,104 households said they had left Harlow Creek by March." + CENSUS)
    assert {"4,312 households", "5,104 households"} <= cited(result)


def test_an_article_giving_the_other_figure_itself_is_still_an_update():
    result = qc301("Officials said 4,312 households had left Harlow Creek by March, up from"
                   " 3,900 households counted in February." + CENSUS,
                   "Officials said 3,900 households had left Harlow Creek by March." + CENSUS)
    assert result == []


def test_a_place_after_from_is_not_the_start_of_a_range():
    result = qc301("The quake was centred about three miles from The Pinnacles and 14 miles east of Penmarth." + STORY,
                   "The quake was centred 19 miles east of Penmarth, the survey said." + STORY)
    assert {"14 miles", "19 miles"} <= cited(result)


def test_two_lists_in_another_order_pair_the_figure_left_over():
    result = qc301("The quake was centred about three miles from the Harlow dam and 14 miles east of Penmarth." + STORY,
                   "The quake hit 19 miles east of Penmarth and 3 miles south of the Harlow dam." + STORY)
    assert {"14 miles", "19 miles"} <= cited(result)


def test_two_lists_that_differ_in_two_places_stay_apart():
    result = qc301("The quake was centred about three miles from the Harlow dam and 14 miles east of Penmarth." + STORY,
                   "The quake hit 19 miles east of Penmarth and 8 miles south of the Harlow dam." + STORY)
    assert not {"14 miles", "19 miles"} <= cited(result)


TRIAL = " The Penmarth court heard the case of Orrin Vasquel in March. Vasquel's lawyer said he would appeal."


def test_a_term_written_as_a_modifier_is_compared_like_one_in_years():
    result = qc301("Vasquel was jailed on two 10-year sentences for robbery of a bank in Penmarth." + TRIAL,
                   "Vasquel was jailed on two 12-year sentences for robbery of a bank in Penmarth." + TRIAL)
    assert {"10-year", "12-year"} <= cited(result)
