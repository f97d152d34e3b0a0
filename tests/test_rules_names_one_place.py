"""QC101 reports a rare form once, even when it is one edit from two other forms.

Each pair of forms meets under its own deletion key, so a form one letter from two others
would be reported twice at the same place, once with the lesser form as the one to write.
"""

from __future__ import annotations

import dataclasses

from test_rules_names import STORY, article, repeated
from rule_helpers import findings
from quotecli.check.registry import find_rule
from quotecli.check import run_rules


def _cluster():
    return [article("a.txt", STORY + " Marek Kalvenska spoke.", "Marek Kalvenska"),
            repeated("b.txt", "Marek Kalvenski", 2),
            repeated("c.txt", "Mareck Kalvenska", 3)]


def test_a_form_one_edit_from_two_others_is_reported_once_against_the_majority():
    result = [f for f in findings("QC101", *_cluster()) if f.locations[0].text == "Marek Kalvenska"]
    assert len(result) == 1
    assert "'Mareck Kalvenska' (3 times" in result[0].message


def test_without_the_merge_the_place_would_be_reported_twice():
    """The negative control: the rule's compare alone meets the rare form twice."""
    unmerged = dataclasses.replace(find_rule("QC101"), merge=None)
    result = [f for f in run_rules(_cluster(), [unmerged]) if f.locations[0].text == "Marek Kalvenska"]
    assert len(result) == 2


def test_two_rare_places_keep_a_finding_each():
    cluster = [article("a.txt", STORY + " Marek Kalvenska spoke.", "Marek Kalvenska"),
               article("d.txt", STORY + " Marek Kalvenska spoke.", "Marek Kalvenska"),
               repeated("b.txt", "Marek Kalvenski", 3), repeated("e.txt", "Marek Kalvenski", 2),
               repeated("c.txt", "Mareck Kalvenska", 4), repeated("f.txt", "Mareck Kalvenska", 3)]
    places = [f.locations[0].doc for f in findings("QC101", *cluster) if f.locations[0].text == "Marek Kalvenska"]
    assert sorted(places) == ["a.txt", "d.txt"]
