"""Golden test: every date of ../shared/seeds/gold.json is found with its value, no other date is
reported (the headline's "today" is noted in gold as a second mention), and the seeds' stated
weekday is not a finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecli.check import run_rules
from quotecli.check.registry import find_rule
from quotecli.document import Document
from quotecli.records import Extraction
from quotecli.extract.dates import extract_dates

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")


def _gold():
    if not SEEDS.exists():
        return []
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    return sorted(gold["documents"].items())


def _document(name: str, doc: dict) -> Document:
    return Document(id=name, path=name, text=(SEEDS / name).read_text(encoding="utf-8"), date=doc["doc_date"])


@pytest.mark.parametrize("name,doc", _gold(), ids=[n for n, _ in _gold()])
def test_seed_dates(name, doc):
    document = _document(name, doc)
    found = extract_dates(document)
    got = {(m.text, document.line_col(m.start)[0], m.value) for m in found}
    for g in doc["dates"]:
        assert (g["text"], g["line"], g["value"]) in got, g
        if "weekday_ok" in g:
            mention = next(m for m in found if m.text == g["text"])
            assert mention.weekday_ok is g["weekday_ok"]
    expected = {(g["text"], g["value"]) for g in doc["dates"]}
    assert {(m.text, m.value) for m in found} == expected


def test_seeds_have_no_weekday_or_impossible_date_finding():
    documents = [_document(name, doc) for name, doc in _gold()]
    extractions = [Extraction(document=d, dates=extract_dates(d)) for d in documents]
    assert run_rules(extractions, [find_rule("QC401"), find_rule("QC402")]) == []
