"""QC301 on real-looking disagreements the first rules missed (sentences written here).

Each test writes two short reports of one invented story: a count of times a
person was shot, written before "after" (a count, not a span of time); a
quake's depth with its decimal point slipped, in sentences that give another
figure in common; and the guards that keep two amounts apart.
"""

from __future__ import annotations

import quotecli
from rule_helpers import doc

SHOOTING = (" Neighbours in Marlow Heights held a vigil for Dario Vantrell on Tuesday. The Marlow Heights"
            " precinct said Officer Lena Brodsky had been placed on leave.")


def qc301(*texts: str) -> list:
    documents = [doc(text, f"{i}.txt") for i, text in enumerate(texts)]
    return quotecli.check(documents, select=["QC301"])


def cited(findings: list) -> set[str]:
    return {loc.text for f in findings for loc in f.locations}


def test_shot_n_times_is_a_count_of_one_event_even_before_after():
    result = qc301("Dario Vantrell, 17, was shot eleven times after police said he drew a pistol." + SHOOTING,
                   "On Monday the autopsy showed Vantrell had been shot seven times." + SHOOTING)
    assert {"eleven times", "seven times"} <= cited(result)


def test_a_span_of_time_before_after_still_dates_an_event():
    result = qc301("Dario Vantrell was shot two years after he moved to Marlow Heights." + SHOOTING,
                   "Vantrell was shot three years after he moved to Marlow Heights." + SHOOTING)
    assert not {"two years", "three years"} & cited(result)


QUAKE_A = ("The quake struck at 2:09 a.m. about 14 miles northeast of Dunmore and had a depth of 1.2 miles."
           " Residents of Dunmore and Calder Springs felt it, the Geological Survey said.")
QUAKE_B = ("The quake struck at 2:09 a.m., about 14 miles northeast of Dunmore, on the Talbot Fault with"
           " a depth of 12 miles. The Talbot Fault runs under Kessing County, the Geological Survey said.")


def test_a_slipped_decimal_point_in_sentences_sharing_another_figure_is_one_fact():
    result = qc301(QUAKE_A, QUAKE_B)
    assert {"1.2 miles", "12 miles"} <= cited(result)
    assert all(f.severity == "info" for f in result)


def test_other_digits_ten_times_apart_stay_two_amounts():
    result = qc301(QUAKE_A, QUAKE_B.replace("depth of 12 miles", "depth of 15 miles"))
    assert not {"1.2 miles", "15 miles"} & cited(result)


CAMP = " Aid groups in Tarvo said the Kessel Valley camp was bombed on Thursday. The Tarvo Relief Office sent food."


def test_long_sentences_naming_one_camp_and_a_word_next_to_both_are_one_count():
    result = qc301("Volunteers at Omberu, the largest border settlement, say they are now caring for nearly"
                   " 23,000 refugees who have fled from the war in the hills and the villages of the valley"
                   " of Lower Kessel." + CAMP,
                   "At Omberu, a dusty market town near the river, officials counted over 24,000 refugees who"
                   " have fled from the fighting along the roads and farms of Lower Kessel." + CAMP)
    assert {"nearly 23,000 refugees", "over 24,000 refugees"} <= cited(result)


GAME = (" The Ravens beat the Harriers 20-13 at Cole Field. Harriers coach Ted Amundsen said his team"
        " had played its best game.")


def test_the_player_named_in_both_sentences_outweighs_the_team_written_nearest():
    result = qc301("Tayo Okafor scored twice. Okafor's big day included an 86-yard touchdown run on the first"
                   " play of the second half." + GAME,
                   "Tayo Okafor ran for 226 yards for the Harriers, including an 84-yard scamper on the first"
                   " play of the second half." + GAME)
    assert {"86-yard", "84-yard"} <= cited(result)


def test_two_cities_each_nearest_its_own_figure_stay_apart():
    result = qc301("Ferrana, a port city of 500,000 people, shook for ten seconds." + CAMP,
                   "Dolmine, a port town of 120,000 people, shook for ten seconds." + CAMP)
    assert not {"500,000 people", "120,000 people"} & cited(result)


SHELTERS = (" Mayor Ines Calvaro of Dunmore spoke at the Dunmore town hall. The Dunmore Harbour Trust"
            " and Mayor Calvaro thanked the volunteers.")


def test_a_plan_is_not_compared_with_what_happened():
    result = qc301("On Monday Mayor Calvaro said the city would open 12 new shelters in Dunmore." + SHELTERS,
                   "The city opened five new shelters in Dunmore this week, Mayor Calvaro said." + SHELTERS)
    assert not {"12 new shelters", "five new shelters"} & cited(result)


def test_two_plans_are_still_compared():
    result = qc301("On Monday Mayor Calvaro said the city would open 12 new shelters in Dunmore." + SHELTERS,
                   "On Monday Mayor Calvaro said the city would open 15 new shelters in Dunmore." + SHELTERS)
    assert {"12 new shelters", "15 new shelters"} <= cited(result)
