"""Recall of the name rules on a hand-judged list of real name spellings that disagree.

    python benchmarks/real_names.py benchmarks/audits/real-names-eval.md RUN.json [-v]

RUN.json is ``quotecli check ../shared/corpora -f json -o RUN.json``. A case is found when
a finding of a name rule (QC101–QC105) names both forms (in its message or its cited
texts) and cites a place in the file of one of them; it counts at its worst severity.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import regex

_CASE = regex.compile(r'- (\S+) (\w+) \| (\S+):(\d+) "([^"]+)" \| (\S+):(\d+) "([^"]+)"')
_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
RANK = {"info": 0, "warning": 1, "error": 2}


def read_cases(text: str) -> list[tuple[str, ...]]:
    return [m.groups() for m in map(_CASE.match, text.splitlines()) if m]


def found(case: tuple[str, ...], findings: list[dict]) -> Optional[str]:
    """The worst severity of a name finding that names both forms of the case (None: missed)."""
    _, _, file_a, _, form_a, file_b, _, form_b = case
    best: Optional[str] = None
    for finding in findings:
        if not finding["rule"].startswith("QC1") or finding["rule"] < "QC101":
            continue
        said = finding["message"] + " " + " ".join(place.get("text") or "" for place in finding["locations"])
        words = set(_WORD.findall(said))
        if form_a not in words or form_b not in words:
            continue
        if not any(place["file"].replace("\\", "/").endswith((file_a, file_b)) for place in finding["locations"]):
            continue
        if best is None or RANK[finding["severity"]] > RANK[best]:
            best = finding["severity"]
    return best


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases")
    parser.add_argument("findings")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each case")
    args = parser.parse_args(argv)
    cases = read_cases(Path(args.cases).read_text(encoding="utf-8"))
    findings = json.loads(Path(args.findings).read_text(encoding="utf-8"))["findings"]
    total, hit, serious = Counter(), Counter(), Counter()
    for case in cases:
        severity = found(case, findings)
        total[case[1]] += 1
        hit[case[1]] += severity is not None
        serious[case[1]] += severity is not None and RANK[severity] >= RANK["warning"]
        if args.verbose:
            print(f"{case[0]:<6}{case[1]:<9}{case[4]} / {case[7]}: {severity or 'MISSED'}")
    print(f"{'kind':<10}{'cases':>6}{'found':>7}{'recall':>8}{'warning+':>10}")
    for kind in sorted(total) + ["all"]:
        n = sum(total.values()) if kind == "all" else total[kind]
        f = sum(hit.values()) if kind == "all" else hit[kind]
        w = sum(serious.values()) if kind == "all" else serious[kind]
        print(f"{kind:<10}{n:>6}{f:>7}{f / n:>8.2f}{w / n:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
