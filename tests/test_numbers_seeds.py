"""Golden test: every number the seed annotation (../shared/seeds/gold.json) lists is found
with its value and unit, and nothing else is reported for the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecli.document import Document
from quotecli.extract.numbers import extract_numbers

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")


def _gold():
    if not SEEDS.exists():
        return []
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    return [(name, doc) for name, doc in sorted(gold["documents"].items())]


@pytest.mark.parametrize("name,doc", _gold(), ids=[n for n, _ in _gold()])
def test_seed_numbers(name, doc):
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = extract_numbers(Document(id=name, text=text))
    expected = doc.get("numbers", [])
    assert len(found) == len(expected), [n.text for n in found]
    for gold in expected:
        matches = [n for n in found if n.text == gold["text"]]
        assert matches, gold["text"]
        n = matches[0]
        value = gold["value"] if gold["value"] is not None else gold.get("approx_min")
        assert n.value == value, gold["text"]
        assert n.unit == gold["unit"], gold["text"]
        if "of" in gold:
            assert n.of == gold["of"]
        if "kind" in gold:
            assert n.kind == gold["kind"]
    for bad in doc.get("not_numbers", []):
        assert not any(bad in n.text for n in found), bad
