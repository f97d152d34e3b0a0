"""Golden test: the name checks over the seed articles report what gold.json asks, no more.

gold.json must_report: 'Andres Manual Lopez Obrador' (000 line 1) against 'Manuel' in the
five other full writings (001 lines 5 and 7, 002 lines 1, 3 and 12); the name written with
and without accents inside 001 (lines 5 and 7) and inside 002 (lines 1/3 and 12).
may_report: 'Obrador' alone (000 line 23). must_not_report: short forms and possessives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecli

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared not present")

S000, S001, S002 = "000_010994e02b9bbf79.txt", "001_3294f2a937c59356.txt", "002_93520919be7ab861.txt"


@pytest.fixture(scope="module")
def name_findings():
    documents, errors = quotecli.load([str(SEEDS)])
    assert not errors
    return quotecli.check(documents, select=["QC1"])


def _where(location) -> tuple[str, int]:
    return Path(location.file).name, location.line


def test_name_spelling(name_findings):
    spelling = [f for f in name_findings if f.rule == "QC101"]
    assert len(spelling) == 1
    finding = spelling[0]
    assert finding.severity == "error"
    assert _where(finding.primary) == (S000, 1) and finding.primary.text == "Andres Manual Lopez Obrador"
    assert sorted(_where(loc) for loc in finding.locations[1:]) == [
        (S001, 5), (S001, 7), (S002, 1), (S002, 3), (S002, 12)]
    assert "Manuel" in finding.message


def test_name_accents(name_findings):
    accents = [f for f in name_findings if f.rule == "QC102"]
    assert {f.severity for f in accents} == {"warning"}
    assert sorted(_where(f.primary) for f in accents) == [(S001, 5), (S002, 12)]
    for finding in accents:
        inside = {_where(loc) for loc in finding.locations[1:]}
        name = Path(finding.primary.file).name
        expected = {(S001, 7)} if name == S001 else {(S002, 1), (S002, 3)}
        assert expected <= inside


def test_name_form_may_report_only_obrador(name_findings):
    form = [f for f in name_findings if f.rule == "QC103"]
    assert all(_where(f.primary) == (S000, 23) and f.primary.text == "Obrador" for f in form)


def test_nothing_else(name_findings):
    assert len(name_findings) == len([f for f in name_findings if f.rule in {"QC101", "QC102", "QC103"}])
    texts = {loc.text for f in name_findings for loc in f.locations[:1]}
    assert not texts & {"Trump", "Donald Trump", "Biden", "Joe Biden"}
