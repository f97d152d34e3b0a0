"""Aligned plain tables for a terminal (tabulate), long text cut to fit."""

from __future__ import annotations

from typing import IO, Sequence

from tabulate import tabulate

from ..check.model import Finding
from .common import cell, location_label, summary_line


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    if not rows:
        stream.write("no records\n")
        return
    body = [[location_label(r)] + [cell(r.get(c)) for c in columns] for r in rows]
    stream.write(tabulate(body, headers=["location", *columns], tablefmt="simple", disable_numparse=True))
    stream.write("\n")


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    if findings:
        body = []
        for f in findings:
            p = f.primary
            body.append([f"{p.file}:{p.line}:{p.column}", f.severity, f"{f.rule} {f.name}", cell(f.message, 160)])
        stream.write(tabulate(body, headers=["location", "severity", "rule", "message"], tablefmt="simple",
                              disable_numparse=True))
        stream.write("\n")
    stream.write(summary_line(summary) + "\n")

