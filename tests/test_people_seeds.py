"""Golden test: the people of the seed articles against ../shared/seeds/gold.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotecli
from quotecli.extract.people import extract_people
from quotecli.names import split_title

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")


def _gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["documents"]


def _mentions(filename: str):
    documents, errors = quotecli.load([str(SEEDS / filename)])
    assert not errors
    return extract_people(documents[0])


@pytest.mark.parametrize("filename", sorted(_gold()) if SHARED.exists() else [])
def test_seed_people_names(filename):
    gold = {p["name"] for p in _gold()[filename]["people"]}
    found = {m.name for m in _mentions(filename)}
    assert found == gold


@pytest.mark.parametrize("filename", sorted(_gold()) if SHARED.exists() else [])
def test_seed_people_aliases(filename):
    mentions = _mentions(filename)
    for person in _gold()[filename]["people"]:
        written = {m.text for m in mentions if m.name == person["name"]}
        for alias in person.get("aliases", []):
            assert split_title(alias)[1] in written, (person["name"], alias)
