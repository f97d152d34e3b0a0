"""QC301 recall on shapes of real conflicts read in development clusters (sentences written here).

Each test writes two short reports of one invented story: a hedged figure whose
hedge, not its rounding added on top, sets its range; and the guards that keep
hedged figures that agree apart.
"""

from __future__ import annotations

import quotecli
from quotecli.check.rules.figures import interval
from rule_helpers import doc

CAMP = " Aid groups in Tarvo said the Kessel Valley camp was bombed on Thursday. The Tarvo Relief Office sent food."


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


def camp(figure: str) -> str:
    return f"Omberu is a camp of {figure} from the hills of Lower Kessel, where rebels fight the army." + CAMP


def test_a_hedge_and_rounding_are_not_added():
    result = qc301(camp("about 20,000 refugees"), camp("over 24,000 refugees"))
    assert {"about 20,000 refugees", "over 24,000 refugees"} <= cited(result)


def test_a_figure_inside_the_hedge_agrees():
    result = qc301(camp("about 20,000 refugees"), camp("22,500 refugees"))
    assert not {"about 20,000 refugees", "22,500 refugees"} & cited(result)


def test_a_small_hedged_figure_keeps_its_rounding():
    document = doc("The quake was centred about 3 miles from Cobb.")
    number = next(n for n in quotecli.extract(document).numbers if n.text.endswith("miles"))
    low, high = interval(document, number)
    assert (low, high) == (2.5, 3.5)   # the rounding of "3" is wider than 15% of it


CLIMB = (" Rescuers from Tarvo reached the Omberu ridge on Sunday. The Tarvo Alpine Club said the"
         " route to the Kessel hut was icy.")


def test_a_word_before_a_full_name_keeps_the_person():
    result = qc301("On Saturday, 32-year-old Englishman Robert Brannick fell while climbing to the Kessel hut." + CLIMB,
                   "The climber, 31-year-old Robert Brannick of Tarvo, fell while climbing to the Kessel hut." + CLIMB)
    assert {"32-year-old", "31-year-old"} <= cited(result)


def test_another_given_name_is_another_person():
    result = qc301("On Saturday, 32-year-old Englishman Robert Brannick fell while climbing to the Kessel hut." + CLIMB,
                   "The climber, 31-year-old Thomas Brannick of Tarvo, fell while climbing to the Kessel hut." + CLIMB)
    assert not {"32-year-old", "31-year-old"} & cited(result)
