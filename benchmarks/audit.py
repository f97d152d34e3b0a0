"""Precision audit of ``quotecli check``: a seeded sample of findings for a person to mark.

    python benchmarks/audit.py sample [PATHS…] [--n 60] [--seed 1] [--severity warning]
                                      [--out benchmarks/audits/NAME.md]
    python benchmarks/audit.py score benchmarks/audits/NAME.md
    python benchmarks/audit.py recall benchmarks/audits/real-conflicts-dev.md [--findings RUN.json]

``sample`` checks PATHS (default: all of ``../shared/corpora``), keeps the findings
of ``--severity`` or worse (default warning: what a copy desk is asked to act
on), draws ``--n`` of them with ``--seed`` and writes a Markdown checklist: per
finding its rule, severity and message, then each cited place with the one
sentence around it (the cited words in **bold**), and two boxes, ``[ ] right``
and ``[ ] wrong``, with a line for a note. A reader marks one box per finding
(``[x]``), reading the sentences in context (open the file at the line shown
when one sentence is not enough).

``score`` reads a marked checklist back and prints, per rule, how many findings
were marked right and wrong and the precision (right / marked); unmarked
findings are counted apart. Excerpts are one sentence each, cut to
``MAX_EXCERPT`` characters, so a committed checklist cites the corpus briefly.

``recall`` reads a list of hand-collected real inconsistencies (one per line:
``- ID KIND | FILE:LINE "figure" | FILE:LINE "figure" | note``, paths under
``../shared/corpora``) and says which ones ``check`` finds: a finding of the
kind's rule (figure and age: QC301, date: QC403, weekday: QC401) citing both places (the file,
the line, and a cited text that overlaps the written figure). It prints per kind
how many are found at any severity and at warning or worse, and the misses.
A weekday that does not fit its date is in one place: such a case gives that place twice.
The findings come from ``--findings`` (the JSON of a whole-corpus run, the
honest figure) or, without it, from checking the cluster folders of the cases.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Optional

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import quotecli  # noqa: E402
from quotecli.check import severity_rank  # noqa: E402
from quotecli.check.model import Finding, Location  # noqa: E402

SHARED = ROOT.parent / "shared"
MAX_EXCERPT = 300          # characters of one cited sentence
MAX_PLACES = 3             # cited places shown per finding (the first is what to fix)
_HEADER = regex.compile(r"^### (\d+)\. (QC\d+) (\S+) \[(\w+)\]")
_BOX = regex.compile(r"^- \[([ xX])\] (right|wrong)\b")
_CASE = regex.compile(r'^- (\w+) (\w+) \| (\S+):(\d+) "([^"]+)" \| (\S+):(\d+) "([^"]+)" \|')
KIND_RULES = {"figure": "QC301", "age": "QC301", "date": "QC403", "weekday": "QC401"}


def excerpt(document: quotecli.Document, location: Location) -> str:
    """The sentence around a cited span, on one line, the span in bold, cut around it."""
    s_start, s_end = document.segments.sentence_at(location.start)
    s_start = min(s_start, location.start)
    s_end = max(s_end, location.end)
    line_start = document.text.rfind("\n", 0, location.start) + 1
    line_end = document.text.find("\n", location.end)
    s_start = max(s_start, line_start)
    s_end = min(s_end, line_end if line_end >= 0 else len(document.text))
    before = document.text[s_start:location.start]
    inside = document.text[location.start:location.end]
    after = document.text[location.end:s_end]
    room = max(40, MAX_EXCERPT - len(inside)) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    text = f"{before}**{inside}**{after}"
    return " ".join(text.split())


def checklist(findings: list[Finding], documents: dict[str, quotecli.Document], title: str) -> str:
    lines = [f"# {title}", "",
             "Mark one box per finding with [x]: *right* when the finding is a real inconsistency",
             "(or a real error) a copy desk would want to know about, *wrong* when it is a false alarm.",
             "Read the sentences in context; open the file at the line when one sentence is not enough.",
             ""]
    for number, finding in enumerate(findings, 1):
        lines.append(f"### {number}. {finding.rule} {finding.name} [{finding.severity}]")
        lines.append("")
        lines.append(f"{finding.message}")
        lines.append("")
        for location in finding.locations[:MAX_PLACES]:
            document = documents.get(location.doc) or documents.get(location.file)
            text = excerpt(document, location) if document else location.text
            lines.append(f"- `{location.doc or location.file}:{location.line}`: {text}")
        lines += ["", "- [ ] right", "- [ ] wrong", "- note: ", ""]
    return "\n".join(lines)


def sample(args: argparse.Namespace) -> int:
    paths = args.paths or [str(SHARED / "corpora")]
    began = time.perf_counter()
    documents, errors = quotecli.load(paths)
    for error in errors:
        print(error, file=sys.stderr)
    findings = quotecli.check(documents)
    elapsed = time.perf_counter() - began
    serious = [f for f in findings if severity_rank(f.severity) >= severity_rank(args.severity)]
    drawn = random.Random(args.seed).sample(serious, min(args.n, len(serious)))
    drawn.sort(key=Finding.sort_key)
    by_id = {d.id: d for d in documents}
    title = (f"Audit of {len(drawn)} of {len(serious)} findings of {args.severity} or worse"
             f" ({len(findings)} in all) in {len(documents)} articles, seed {args.seed}")
    text = checklist(drawn, by_id, title)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        print(f"{title}: written to {args.out} ({elapsed:.0f} s)")
    else:
        print(text)
    counts = Counter(f"{f.rule} {f.name}" for f in serious)
    print("findings of that severity per rule: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
          file=sys.stderr)
    return 0


def read_marks(text: str) -> list[tuple[str, str, Optional[str]]]:
    """(rule, severity, "right" / "wrong" / None) for each finding of a checklist."""
    marks: list[tuple[str, str, Optional[str]]] = []
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            marks.append((f"{header.group(2)} {header.group(3)}", header.group(4), None))
            continue
        box = _BOX.match(line.strip())
        if box and marks and box.group(1) in "xX":
            rule, severity, mark = marks[-1]
            marks[-1] = (rule, severity, box.group(2) if mark is None else "both")
    return marks


def score(args: argparse.Namespace) -> int:
    marks = read_marks(Path(args.checklist).read_text(encoding="utf-8"))
    right, wrong, open_ = Counter(), Counter(), Counter()
    for rule, _, mark in marks:
        if mark == "right":
            right[rule] += 1
        elif mark == "wrong":
            wrong[rule] += 1
        else:
            open_[rule] += 1
    print(f"{'rule':<24}{'right':>6}{'wrong':>6}{'precision':>11}{'unmarked':>10}")
    for rule in sorted(set(right) | set(wrong) | set(open_)):
        marked = right[rule] + wrong[rule]
        precision = f"{right[rule] / marked:.2f}" if marked else "-"
        print(f"{rule:<24}{right[rule]:>6}{wrong[rule]:>6}{precision:>11}{open_[rule]:>10}")
    marked = sum(right.values()) + sum(wrong.values())
    total = f"{sum(right.values()) / marked:.2f}" if marked else "-"
    print(f"{'all':<24}{sum(right.values()):>6}{sum(wrong.values()):>6}{total:>11}{sum(open_.values()):>10}")
    return 0


def read_cases(text: str) -> list[tuple[str, str, tuple[str, int, str], tuple[str, int, str]]]:
    """(id, kind, (file, line, figure), (file, line, figure)) for each case line of a list."""
    cases = []
    for line in text.splitlines():
        match = _CASE.match(line.strip())
        if match:
            ident, kind, file_a, line_a, text_a, file_b, line_b, text_b = match.groups()
            cases.append((ident, kind, (file_a, int(line_a), text_a), (file_b, int(line_b), text_b)))
    return cases


def _cites(location: dict, place: tuple[str, int, str]) -> bool:
    """Whether a finding's location is the case's place: same file and line, and a cited
    text that overlaps the written figure (one holds the other)."""
    file, line, written = place
    cited = location.get("text") or ""
    return (location["file"].replace("\\", "/").endswith(file) and location["line"] == line
            and bool(cited) and (cited in written or written in cited))


def case_found(case, findings: list[dict]) -> Optional[str]:
    """The worst severity of a finding of the case's rule citing both its places (None: missed)."""
    _, kind, a, b = case
    best: Optional[str] = None
    for finding in findings:
        if finding["rule"] != KIND_RULES.get(kind):
            continue
        places = finding["locations"]
        if any(_cites(x, a) for x in places) and any(_cites(x, b) for x in places):
            if best is None or severity_rank(finding["severity"]) > severity_rank(best):
                best = finding["severity"]
    return best


def _check_folders(cases) -> list[dict]:
    folders = sorted({str(SHARED / "corpora" / Path(place[0]).parent) for case in cases for place in case[2:]})
    documents, errors = quotecli.load(folders)
    for error in errors:
        print(error, file=sys.stderr)
    findings = quotecli.check(documents, select=sorted(set(KIND_RULES.values())))
    return [{"rule": f.rule, "severity": f.severity,
             "locations": [{"file": l.file, "line": l.line, "text": l.text} for l in f.locations]}
            for f in findings]


def recall(args: argparse.Namespace) -> int:
    cases = read_cases(Path(args.cases).read_text(encoding="utf-8"))
    if args.findings:
        findings = json.loads(Path(args.findings).read_text(encoding="utf-8"))["findings"]
    else:
        findings = _check_folders(cases)
    found, serious, total = Counter(), Counter(), Counter()
    for case in cases:
        severity = case_found(case, findings)
        kind = case[1]
        total[kind] += 1
        if severity:
            found[kind] += 1
            serious[kind] += severity_rank(severity) >= severity_rank("warning")
        print(f"{case[0]:<5}{kind:<8}{severity or 'MISSED'}")
    print(f"{'kind':<10}{'cases':>6}{'found':>7}{'recall':>8}{'warning+':>10}")
    for kind in sorted(total) + ["all"]:
        n = sum(total.values()) if kind == "all" else total[kind]
        f = sum(found.values()) if kind == "all" else found[kind]
        w = sum(serious.values()) if kind == "all" else serious[kind]
        print(f"{kind:<10}{n:>6}{f:>7}{f / n if n else 0:>8.2f}{w / n if n else 0:>10.2f}")
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="check, sample findings, write a checklist")
    draw.add_argument("paths", nargs="*", help="files or folders (default: ../shared/corpora)")
    draw.add_argument("--n", type=int, default=60)
    draw.add_argument("--seed", type=int, default=1)
    draw.add_argument("--severity", choices=("info", "warning", "error"), default="warning",
                      help="sample findings of this severity or worse (default: warning)")
    draw.add_argument("--out", help="write the checklist here (default: standard output)")
    marked = commands.add_parser("score", help="precision per rule from a marked checklist")
    marked.add_argument("checklist")
    real = commands.add_parser("recall", help="which hand-collected real inconsistencies check finds")
    real.add_argument("cases", help="a list of cases (benchmarks/audits/real-conflicts-*.md)")
    real.add_argument("--findings", help="findings of a whole-corpus run (quotecli check -f json)")
    args = parser.parse_args(argv)
    if args.command == "recall":
        return recall(args)
    if args.command == "sample":
        if not args.paths and not (SHARED / "corpora").exists():
            print("../shared/corpora not present: give PATHS", file=sys.stderr)
            return 2
        return sample(args)
    return score(args)


if __name__ == "__main__":
    sys.exit(main())
