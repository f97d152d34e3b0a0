"""Golden test: every quotation of the seed articles against ../shared/seeds/gold.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotecli
from quotecli.extract.people import extract_people
from quotecli.extract.quotes import extract_quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")


def _gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["documents"]


def _cases(key: str) -> list:
    if not SHARED.exists():
        return []
    return [pytest.param(name, item, id=f"{name[:3]}-{n}")
            for name, doc in sorted(_gold().items()) for n, item in enumerate(doc.get(key) or [])]


def _quotes(filename: str):
    documents, errors = quotecli.load([str(SEEDS / filename)])
    assert not errors
    document = documents[0]
    quotes = extract_quotes(document, extract_people(document))
    for quote in quotes:
        assert document.text[quote.start:quote.end] == quote.text
    return quotes


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("filename,gold", _cases("quotes"))
def test_seed_quote(filename, gold):
    found = [q for q in _quotes(filename) if q.text == gold["text"]]
    assert found, f"quotation not found: {gold['text']!r}"
    quote = found[0]
    assert quote.kind == gold["kind"]
    assert quote.speaker == gold["speaker"]
    if gold.get("cue"):
        assert quote.cue == gold["cue"]


@pytest.mark.parametrize("filename,gold", _cases("indirect_quotes"))
def test_seed_indirect_quote(filename, gold):
    content = _squash(gold["content"])
    found = [q for q in _quotes(filename) if q.kind == "indirect" and content in _squash(q.text)]
    assert found, f"reported speech not found: {gold['content']!r}"
    assert found[0].speaker == gold["speaker"]
    assert found[0].cue == gold["cue"]


@pytest.mark.parametrize("filename", sorted(_gold()) if SHARED.exists() else [])
def test_seed_no_other_marked_quotations(filename):
    gold_texts = {q["text"] for q in _gold()[filename].get("quotes") or []}
    extra = [q.text for q in _quotes(filename) if q.kind != "indirect" and q.text not in gold_texts]
    assert extra == []
