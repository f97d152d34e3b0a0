"""benchmarks/real_quotes.py: the hand-read checklist it parses and the recall it scores."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "real_quotes", Path(__file__).parents[1] / "benchmarks" / "real_quotes.py")
real_quotes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(real_quotes)

CHECKLIST = """# cases
- [ ] Q1 changed | town/a.txt:3 "we reject his visit" | town/b.txt:5 "we reject his speech" | desk: yes | a noun
- [ ] Q2 speaker | town/a.txt:7 "Anna Berg said" | town/c.txt:2 "Tomas Lind said" | desk: yes | two people
- [ ] Q3 dropped | town/b.txt:9 "very important" | town/c.txt:4 "important" | desk: info | an intensifier
not a case line
"""


def _finding(rule: str, severity: str, *places: tuple[str, int, int]) -> dict:
    return {"rule": rule, "severity": severity,
            "locations": [{"file": f"../shared/corpora/{file}", "line": line, "end_line": end}
                          for file, line, end in places]}


def test_cases_are_read_from_checklist_lines():
    cases = real_quotes.read_cases(CHECKLIST)
    assert [(c.id, c.kind, c.rule, c.desk) for c in cases] == [
        ("Q1", "changed", "QC201", "yes"), ("Q2", "speaker", "QC202", "yes"), ("Q3", "dropped", "QC201", "info")]
    assert (cases[0].file_a, cases[0].line_a, cases[0].file_b, cases[0].line_b) == ("town/a.txt", 3, "town/b.txt", 5)


def test_a_case_is_found_by_its_rule_citing_both_lines_at_its_worst_severity():
    q1, q2, q3 = real_quotes.read_cases(CHECKLIST)
    findings = [
        _finding("QC201", "info", ("town/a.txt", 3, 3), ("town/b.txt", 4, 6)),      # spans line 5
        _finding("QC201", "warning", ("town/b.txt", 5, 5), ("town/a.txt", 3, 3)),
        _finding("QC201", "warning", ("town/a.txt", 7, 7), ("town/c.txt", 2, 2)),   # the wrong rule for Q2
        _finding("QC201", "warning", ("town/b.txt", 9, 9), ("town/c.txt", 8, 8)),   # another line for Q3
    ]
    assert real_quotes.found(q1, findings) == "warning"
    assert real_quotes.found(q2, findings) is None
    assert real_quotes.found(q3, findings) is None


def test_score_counts_per_kind_and_desk_mark():
    cases = real_quotes.read_cases(CHECKLIST)
    table = real_quotes.score(cases, [_finding("QC201", "info", ("town/a.txt", 3, 3), ("town/b.txt", 5, 5))])
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()[1:]}
    assert rows["changed"] == ["1", "1", "1.00", "0.00"]
    assert rows["desk:yes"] == ["2", "1", "0.50", "0.00"]
    assert rows["all"] == ["3", "1", "0.33", "0.00"]
