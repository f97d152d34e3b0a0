"""QC104 place-spelling and the place/street/team/organisation candidates it compares."""

from __future__ import annotations

import pytest

import quotecli
from quotecli.check import run_rules
from quotecli.check.registry import find_rule
from quotecli.extract.places import extract_places


def places(text: str) -> list[tuple[str, str]]:
    document = quotecli.from_text(text)
    return [(p.text, p.kind) for p in extract_places(document, quotecli.extract(document).people)]


def qc104(*texts: str):
    documents = [quotecli.from_text(text, id=f"{i}.txt") for i, text in enumerate(texts)]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule("QC104")])


def test_places_are_told_apart_from_people_by_use():
    found = places("Mayor Tim Keller said in Santa Fe that the Labour Party and Bolton FC had offices on "
                   "Elmwood Avenue. In March he moved from Albuquerque.")
    assert found == [("Santa Fe", "place"), ("Labour Party", "organisation"), ("Bolton FC", "team"),
                     ("Elmwood Avenue", "street"), ("Albuquerque", "place")]


def test_spans_are_the_text():
    text = "Crews from St. Paul Road met in Vellmar at Harbour Council."
    document = quotecli.from_text(text)
    for place in extract_places(document):
        assert text[place.start:place.end] == place.text


def test_a_misspelt_place_against_its_story():
    found = qc104("Floods hit homes in Albuquerque on Monday. Crews in Albequerque worked late.",
                  "The river rose in Albuquerque again, and schools in Albuquerque closed.")
    assert [(f.primary.text, f.severity) for f in found] == [("Albequerque", "warning")]
    assert f"'Albuquerque'" in found[0].message and found[0].suggestion == "write 'Albuquerque'"


def test_a_misspelt_street_and_a_transposed_team():
    found = qc104("Residents of Elmswood Avenue met Harbour Council. Fans of Bolotn FC cheered.",
                  "Harbour Council closed Elmwood Avenue. Elmwood Avenue reopened after Bolton FC won.",
                  "Bolton FC fans marched down Elmwood Avenue to Harbour Council.")
    assert sorted(f.primary.text for f in found) == ["Bolotn FC", "Elmswood Avenue"]


@pytest.mark.parametrize("rare, common", [
    ("Iraq", "Iran"),              # short words: real places one letter apart
    ("Falklands", "Falkland"),     # a plural
])
def test_near_real_places_are_not_findings(rare, common):
    found = qc104(f"Troops left {rare} in May, and talks in {common} began.",
                  f"Talks in {common} went on. Ministers in {common} met again.")
    assert found == []


def test_places_of_unrelated_stories_are_not_compared():
    found = qc104("Fishermen in Kalmbach said the harbour at Dunmore was silting up. Tomas Brenner, Ulrich Feld "
                  "and Hanna Voss agreed with the Fisheries Office in Nordhafen and Westerby.",
                  "A festival in Kalmback drew crowds to Rosental Square. Greta Holm and Ivo Stark sang. "
                  "Later Greta Holm sang again in Rosental Square with Ivo Stark and Lena Brandt.",
                  "Later in Kalmback the choir of Lena Brandt sang at Rosental Square with Ivo Stark and "
                  "Greta Holm, and Marta Lind joined them.")
    assert found == []


@pytest.mark.parametrize("rare, common", [
    ("American", "America"),       # a demonym
    ("Somali", "Somalia"),
    ("Germans", "Germany"),
    ("Bolton", "Boston"),          # two real towns: one letter changed in a one-word place
])
def test_demonyms_and_changed_letters_are_not_findings(rare, common):
    found = qc104(f"Officials in {rare} and in {common} spoke on Monday.",
                  f"Talks in {common} went on. Ministers in {common} met again in {common}.")
    assert found == []


def test_a_misspelt_kind_word_still_makes_the_run_a_place():
    assert places("Members of the Tea Paryt met at Fulton Countty Hall.")[0] == ("Tea Paryt", "organisation")
    assert places("He joined the State Depatrment.") == [("State Depatrment", "organisation")]


def test_a_word_near_a_short_kind_word_is_not_a_kind():
    # "Parry" is one changed letter from "party": a surname, not a misspelt kind word
    assert places("Chief executive Rick Parry and Tom Parts spoke.") == []


def test_a_misspelt_kind_word_is_found_against_its_story():
    found = qc104("Leaders of the Tea Party met in Dunmore. Support for the Tea Paryt grew in the spring.",
                  "The Tea Party rallied in Dunmore, and the Tea Party won.")
    assert [f.primary.text for f in found] == ["Tea Paryt"]


def test_a_doubled_last_letter_is_a_slip_not_an_ending():
    found = qc104("Crews in Havanaa worked late. Floods hit Havana, and schools in Havana closed.",
                  "The river rose in Havana again.")
    assert [f.primary.text for f in found] == ["Havanaa"]


def test_a_changed_letter_among_many_uses_of_the_place_in_its_article():
    text = ("Voters in Alabama went to the polls. Turnout in Alabama was high, and in Alaboma the "
            "results came late. Officials in Alabama certified them.")
    assert [f.primary.text for f in qc104(text)] == ["Alaboma"]
    # two uses are not enough to call a one-letter neighbour a misspelling (Boston and Bolton)
    assert qc104("Fans in Bolton cheered. Crowds in Boston and in Boston again.") == []


def test_five_letter_places_with_a_slip_but_not_a_changed_letter():
    found = qc104("Aid reached Darfur and Sudan. Crews in Sudaan and in Sudan worked late.",
                  "The border of Sudan closed, and camps in Sudan grew.")
    assert [f.primary.text for f in found] == ["Sudaan"]
    # Sudan/Sedan: one changed letter in a short word is another place
    assert qc104("Talks in Sedan went on. Aid reached Sudan.", "Camps in Sudan grew, and Sudan voted.") == []
