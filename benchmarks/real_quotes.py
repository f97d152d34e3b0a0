"""Recall of the quote rules on a hand-read list of real quotations that disagree.

    python benchmarks/real_quotes.py benchmarks/audits/real-quotes-dev.md [--findings RUN.json] [-v]

RUN.json is ``quotecli check ../shared/corpora -f json -o RUN.json``; without it the
checker runs on the clusters (folders) the cases are in, with QC201 and QC202 only,
which gives the same findings for these rules (they compare articles of one run, and
every case pairs two articles of one cluster). A case is found when a finding of its
rule (QC202 for ``speaker``, QC201 for every other kind) cites a place on each of the
case's two lines; it counts at its worst severity. Recall is given per kind, at any
severity and at warning or worse, and for the cases a copy desk would want flagged
(``desk: yes``) apart from those only worth a look (``desk: info``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple, Optional

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SHARED = ROOT.parent / "shared" / "corpora"
_CASE = regex.compile(r'- \[.\] (\S+) (\w+) \| (\S+):(\d+) "([^"]*)" \| (\S+):(\d+) "([^"]*)" \| desk: (\w+)')
RANK = {"info": 0, "warning": 1, "error": 2}


class Case(NamedTuple):
    id: str
    kind: str
    file_a: str
    line_a: int
    file_b: str
    line_b: int
    desk: str

    @property
    def rule(self) -> str:
        return "QC202" if self.kind == "speaker" else "QC201"


def read_cases(text: str) -> list[Case]:
    """The checklist items of an audit file (see its Format line)."""
    cases = []
    for match in map(_CASE.match, text.splitlines()):
        if match:
            g = match.groups()
            cases.append(Case(g[0], g[1], g[2], int(g[3]), g[5], int(g[6]), g[8]))
    return cases


def _cites(finding: dict, file: str, line: int) -> bool:
    return any(place["file"].replace("\\", "/").endswith(file)
               and place["line"] <= line <= place.get("end_line", place["line"])
               for place in finding["locations"])


def found(case: Case, findings: list[dict]) -> Optional[str]:
    """The worst severity of a finding of the case's rule citing both its lines (None: missed)."""
    best: Optional[str] = None
    for finding in findings:
        if finding["rule"] != case.rule:
            continue
        if _cites(finding, case.file_a, case.line_a) and _cites(finding, case.file_b, case.line_b):
            if best is None or RANK[finding["severity"]] > RANK[best]:
                best = finding["severity"]
    return best


def run_checker(cases: list[Case]) -> list[dict]:
    """QC201 and QC202 over the clusters the cases are in, as JSON-like dicts."""
    import quotecli

    folders = sorted({str(SHARED / Path(path).parent) for case in cases for path in (case.file_a, case.file_b)})
    documents, errors = quotecli.load(folders)
    if errors:
        raise SystemExit(f"cannot read the clusters: {errors}")
    findings = quotecli.check(documents, select=["QC201", "QC202"])
    return [finding.to_dict() for finding in findings]


def score(cases: list[Case], findings: list[dict], verbose: bool = False) -> str:
    """The recall table (and, verbose, one line per case)."""
    lines = []
    total, hit, serious = Counter(), Counter(), Counter()
    for case in cases:
        severity = found(case, findings)
        for group in (case.kind, f"desk:{case.desk}", "all"):
            total[group] += 1
            hit[group] += severity is not None
            serious[group] += severity is not None and RANK[severity] >= RANK["warning"]
        if verbose:
            lines.append(f"{case.id:<5}{case.kind:<11}{case.desk:<5}{case.file_a}:{case.line_a} / "
                         f"{case.file_b}:{case.line_b}: {severity or 'MISSED'}")
    lines.append(f"{'kind':<12}{'cases':>6}{'found':>7}{'recall':>8}{'warning+':>10}")
    kinds = sorted(g for g in total if g != "all" and not g.startswith("desk:"))
    for group in kinds + sorted(g for g in total if g.startswith("desk:")) + ["all"]:
        n, f, w = total[group], hit[group], serious[group]
        lines.append(f"{group:<12}{n:>6}{f:>7}{f / n:>8.2f}{w / n:>10.2f}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases")
    parser.add_argument("--findings", help="a findings JSON of quotecli check (default: run the checker)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each case")
    args = parser.parse_args(argv)
    cases = read_cases(Path(args.cases).read_text(encoding="utf-8"))
    if not cases:
        raise SystemExit(f"no cases in {args.cases}")
    if args.findings:
        findings = json.loads(Path(args.findings).read_text(encoding="utf-8"))["findings"]
    else:
        if not SHARED.is_dir():
            raise SystemExit(f"{SHARED} is absent: give --findings")
        findings = run_checker(cases)
    print(score(cases, findings, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
