"""A run with no known given name is a person when an appositive says what the person does
(a title or a role noun after its modifiers) or gives an age, and when a cue verb is typed
against the closing quotation mark before it."""

from __future__ import annotations

import pytest

import quotecli


def names(text: str) -> list[str]:
    return [p.name for p in quotecli.extract(quotecli.from_text(text, id="a.txt")).people]


@pytest.mark.parametrize("text", [
    "The strike went ahead. Orsolan Vetrakis, deputy head of the dockers' union, called it a success.",
    "The strike went ahead. Orsolan Vetrakis, a spokesman for the dockers, called it a success.",
    "The strike went ahead. Orsolan Vetrakis, head of the dockers' union, called it a success.",
    "The strike went ahead. Orsolan Vetrakis, 44, was arrested at the gate.",
    "The strike went ahead. Orsolan Vetrakis, a former resident of the port, watched it.",
    "Orsolan Vetrakis, the parliament speaker, was sworn in on Monday.",
])
def test_an_appositive_of_a_person_makes_the_run_a_person(text):
    assert names(text) == ["Orsolan Vetrakis"]


def test_a_cue_typed_against_the_closing_mark_makes_the_run_a_person():
    text = '"We are losing our future, "said Orsolan Vetrakis, on Tuesday.'
    assert "Orsolan Vetrakis" in names(text)


@pytest.mark.parametrize("text", [
    "The ferry docked at Varnholt Quay, the busiest berth of the port, on Monday.",
    "The money went to Brelland Vastgoed, a property developer in the north.",
    "Investors sold Korrin Dalvane, the chipmaker, after the results.",
    "Buyers named Korrin Dalvane, Velmar chief executive Ana Ruiz and others.",
])
def test_an_appositive_of_a_thing_does_not(text):
    assert not [n for n in names(text) if n != "Ana Ruiz"]
