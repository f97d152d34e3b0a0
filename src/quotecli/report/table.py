"""Aligned plain tables for a terminal (tabulate), long text cut to fit.

Every cell goes through :func:`.safety.terminal`: an ANSI sequence or a
bidirectional override in an article is shown as ``\x1b`` / ``\u202e``.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from .common import cell, location_label, summary_line
from .safety import terminal


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    if not rows:
        stream.write("no records\n")
        return
    from tabulate import tabulate  # here: the other formats need not import it (a warm check's start-up)

    body = [[terminal(location_label(r))] + [terminal(cell(r.get(c))) for c in columns] for r in rows]
    stream.write(tabulate(body, headers=["location", *columns], tablefmt="simple", disable_numparse=True))
    stream.write("\n")


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict, totals: bool = True) -> None:
    if findings:
        from tabulate import tabulate

        body = []
        for f in findings:
            p = f.primary
            body.append([terminal(f"{p.file}:{p.line}:{p.column}"), f.severity, f"{f.rule} {f.name}",
                         terminal(cell(f.message, 160))])
        stream.write(tabulate(body, headers=["location", "severity", "rule", "message"], tablefmt="simple",
                              disable_numparse=True))
        stream.write("\n")
    if totals:
        stream.write(summary_line(summary) + "\n")

