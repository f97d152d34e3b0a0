"""Compiler-style lines (``path:line:col: QC101 name-spelling message``), evidence indented."""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from .common import summary_line


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    for f in findings:
        p = f.primary
        stream.write(f"{p.file}:{p.line}:{p.column}: {f.rule} {f.name} [{f.severity}] {f.message}\n")
        if f.suggestion:
            stream.write(f"    suggestion: {f.suggestion}\n")
        for loc in f.locations[1:]:
            stream.write(f"    {loc.file}:{loc.line}:{loc.column}: {loc.text}\n")
    stream.write(summary_line(summary) + "\n")
