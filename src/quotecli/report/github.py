"""GitHub Actions workflow commands: each finding an annotation on the pull request's diff.

    ::error file=a.md,line=3,col=5,endLine=3,endColumn=12,title=QC101 name-spelling::message

GitHub shows at most 10 annotations of each type (error, warning, notice) per
step and 50 per job, and drops the rest silently; so errors come first, each
type is cut at its cap, the findings past it are still printed as plain log
lines, and a closing notice says how many were not annotated (it takes one of
the notice places). Data is escaped as the runner expects (``%``, CR and LF;
in properties also ``:`` and ``,``), so article text can never end a command
early or start another.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
MAX_PER_TYPE = 10
MAX_PER_JOB = 50


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """One workflow command. An article of a JSON Lines file counts lines within its text
    field, which are not the file's: it is annotated on the file, its place named in the message."""
    p = finding.primary
    inside_file = not p.doc or p.doc == p.file
    properties: dict[str, object] = {"file": p.file}
    if inside_file:
        properties.update(line=p.line, col=p.column, endLine=max(p.end_line, p.line), endColumn=p.end_column)
    properties["title"] = f"{finding.rule} {finding.name}"
    lines = [finding.message if inside_file else f"{p.doc} {p.line}:{p.column}: {finding.message}"]
    if finding.suggestion:
        lines.append(f"suggestion: {finding.suggestion}")
    lines += [f"{loc.file}:{loc.line}:{loc.column}: {loc.text}" for loc in finding.locations[1:]]
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{COMMANDS[finding.severity]} {props}::{escape_data(chr(10).join(lines))}"


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    ordered = sorted(findings, key=lambda f: ("error", "warning", "info").index(f.severity))
    overflow = []
    per_type: dict[str, int] = {}
    total = 0
    reserve = 1 if _will_overflow(ordered) else 0  # a notice place kept for the closing count
    for finding in ordered:
        kind = COMMANDS[finding.severity]
        cap = MAX_PER_TYPE - (reserve if kind == "notice" else 0)
        if per_type.get(kind, 0) < cap and total < MAX_PER_JOB - reserve:
            per_type[kind] = per_type.get(kind, 0) + 1
            total += 1
            stream.write(command(finding) + "\n")
        else:
            overflow.append(finding)
    for finding in overflow:
        p = finding.primary
        stream.write(f"{p.file}:{p.line}:{p.column}: {finding.rule} {finding.name} [{finding.severity}] "
                     f"{escape_data(finding.message)}\n")
    if overflow:
        counts = {s: sum(1 for f in overflow if f.severity == s) for s in ("error", "warning", "info")}
        detail = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        stream.write(f"::notice title=quotecli::{len(overflow)} more findings not annotated ({detail}; "
                     f"GitHub shows {MAX_PER_TYPE} per type and step); see the log above or the SARIF report\n")


def _will_overflow(ordered: Sequence[Finding]) -> bool:
    counts = {kind: 0 for kind in COMMANDS.values()}
    for finding in ordered:
        counts[COMMANDS[finding.severity]] += 1
    return any(n > MAX_PER_TYPE for n in counts.values()) or sum(min(n, MAX_PER_TYPE) for n in counts.values()) >= MAX_PER_JOB
