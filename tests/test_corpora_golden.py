"""Golden regression guards on real, hand-annotated news read from ../shared.

The full evaluations (benchmarks/eval*.py) print precision, recall and F1; these
tests only hold the line a few points under the measured figures, so a change that
breaks extraction on real articles fails CI instead of waiting for the next
benchmark run. The article texts stay in ../shared; only offsets are kept here.
"""

from __future__ import annotations

import json
import sys

import pytest

import quotecli
from quotecli import extract_dates, extract_numbers, extract_people, extract_quotes

from conftest import ROOT, SHARED, needs_shared

sys.path.insert(0, str(ROOT / "benchmarks"))
from scoring import PRF, greedy_match, iou, overlaps  # noqa: E402

CORPORA = SHARED / "corpora"
ANNOTATIONS = ROOT / "benchmarks" / "annotations"
POLNEAR = SHARED / "eval" / "polnear_dev.jsonl"


def _annotated(name):
    for line in (ANNOTATIONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _document(relative: str, doc_date=None):
    path = CORPORA / relative
    text = path.read_text(encoding="utf-8")
    return quotecli.Document(id=str(path), path=str(path), text=text, date=doc_date)


def _overlap(p, g):
    return 1.0 if overlaps((p.start, p.end), (g["start"], g["end"])) else 0.0


@needs_shared
def test_numbers_on_hand_annotated_articles():
    value = PRF()
    for row in _annotated("numbers.jsonl"):
        predicted = extract_numbers(_document(row["file"]))
        pairs = greedy_match(predicted, row["numbers"], _overlap, 1.0)
        right = sum(1 for p, g in pairs if g["value"] is not None and p.value is not None
                    and abs(p.value - g["value"]) <= 0.005 * max(abs(p.value), abs(g["value"])))
        value.add(right, len(predicted), len(row["numbers"]))
    assert value.f1 >= 0.93, value.row("numbers value")


@needs_shared
def test_dates_on_hand_annotated_articles():
    relaxed, values, matched = PRF(), 0, 0
    for row in _annotated("dates.jsonl"):
        predicted = extract_dates(_document(row["file"], row["doc_date"]))
        pairs = greedy_match(predicted, row["dates"], _overlap, 1.0)
        relaxed.add(len(pairs), len(predicted), len(row["dates"]))
        matched += len(pairs)
        values += sum(1 for p, g in pairs if p.value == g["value"])
    assert relaxed.f1 >= 0.94, relaxed.row("dates relaxed")
    assert values / matched >= 0.95


@needs_shared
@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared/eval/polnear_dev.jsonl not present")
def test_quotes_and_speakers_on_polnear_dev_sample():
    spans, with_speaker = PRF(), PRF()
    with POLNEAR.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r["split"] == "dev"][:30]
    for record in records:
        document = quotecli.from_text(record["text"], id=record["id"], date=record["date"])
        predicted = [q for q in extract_quotes(document, extract_people(document)) if q.kind in ("full", "partial")]
        gold = record["quotes"]
        pairs = greedy_match(predicted, gold, lambda p, g: iou((p.start, p.end), (g["start"], g["end"])), 0.5)
        spans.add(len(pairs), len(predicted), len(gold))
        right = 0
        for p, g in pairs:
            if g["speaker_spans"] is None:
                right += p.speaker_start is None
            elif p.speaker_start is not None:
                right += any(overlaps((p.speaker_start, p.speaker_end), tuple(s)) for s in g["speaker_spans"])
        with_speaker.add(right, len(predicted), len(gold))
    assert spans.f1 >= 0.90, spans.row("quote spans")
    assert with_speaker.f1 >= 0.80, with_speaker.row("quote+speaker")


@needs_shared
def test_check_finds_the_known_real_weekday_error_in_a_real_cluster():
    cluster = CORPORA / "wikinewssum" / "038_internal-emails-expose-boeing-air-force-contract"
    documents, errors = quotecli.load([str(cluster)])
    assert not errors and len(documents) >= 2
    findings = quotecli.check(documents, select=["QC401"])
    assert any("July 08, 2003" in f.primary.text for f in findings)
