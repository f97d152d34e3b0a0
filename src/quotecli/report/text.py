"""Compiler-style lines (``path:line:col: QC101 name-spelling message``), evidence indented.

Article text (paths, messages, evidence) goes through :func:`.safety.terminal` and
has its line breaks folded, so one finding stays on its lines and cannot drive the terminal.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from .common import summary_line
from .safety import terminal


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict, totals: bool = True) -> None:
    for f in findings:
        p = f.primary
        stream.write(f"{_line(p.file)}:{p.line}:{p.column}: {f.rule} {f.name} [{f.severity}] {_line(f.message)}\n")
        if f.suggestion:
            stream.write(f"    suggestion: {_line(f.suggestion)}\n")
        for loc in f.locations[1:]:
            stream.write(f"    {_line(loc.file)}:{loc.line}:{loc.column}: {_line(loc.text)}\n")
    if totals:
        stream.write(summary_line(summary) + "\n")


def _line(text: str) -> str:
    """``text`` on one line, with nothing a terminal would act on."""
    return terminal(text.replace("\r", " ").replace("\n", " "))
