"""benchmarks/audit.py: the checklist it writes and the precision it reads back."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import quotecli
from quotecli.check.model import Finding, Location

_SPEC = importlib.util.spec_from_file_location("audit", Path(__file__).parents[1] / "benchmarks" / "audit.py")
audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(audit)


def _checklist() -> str:
    a = quotecli.from_text("The plant closed. Officials said 51 migrants were found.\nNext line.", id="a.txt")
    b = quotecli.from_text("Officials said 53 migrants were found in the trailer.", id="b.txt")
    start_a, start_b = a.text.index("51"), b.text.index("53")
    finding = Finding("QC301", "figure-conflict", "warning", "“51” here but “53”",
                                     (Location.of(a, start_a, start_a + 2), Location.of(b, start_b, start_b + 2)))
    return audit.checklist([finding, finding], {"a.txt": a, "b.txt": b}, "Audit")


def test_checklist_cites_one_sentence_with_the_span_in_bold():
    text = _checklist()
    assert "### 1. QC301 figure-conflict [warning]" in text
    assert "Officials said **51** migrants were found." in text
    assert "The plant closed" not in text and "Next line" not in text
    assert text.count("- [ ] right") == 2 and text.count("- [ ] wrong") == 2


def test_marks_read_back_as_precision_per_rule():
    text = _checklist().replace("- [ ] right", "- [x] right", 1)
    text = text.replace("- [ ] wrong", "- [x] wrong").replace("- [x] wrong", "- [ ] wrong", 1)
    marks = audit.read_marks(text)
    assert marks == [("QC301 figure-conflict", "warning", "right"), ("QC301 figure-conflict", "warning", "wrong")]


def test_unmarked_finding_stays_open():
    assert audit.read_marks(_checklist())[0][2] is None
