"""CSV with a header row: every record field; findings one row each, evidence in a column."""

from __future__ import annotations

import csv
import json
from typing import IO, Sequence

from ..check.model import Finding


def _value(value: object) -> object:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    fields: list[str] = []
    for row in rows:
        fields.extend(k for k in row if k not in fields)
    writer = csv.DictWriter(stream, fieldnames=fields or ["doc", "file", "line", "column", "start", "end", "text"],
                            lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _value(v) for k, v in row.items()})


FINDING_FIELDS = ["file", "line", "column", "end_line", "end_column", "severity", "rule", "name", "message",
                  "suggestion", "text", "related", "confidence", "confidence_reason"]


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FINDING_FIELDS)
    for f in findings:
        p = f.primary
        related = "; ".join(f"{loc.file}:{loc.line}:{loc.column} {loc.text}" for loc in f.locations[1:])
        writer.writerow([p.file, p.line, p.column, p.end_line, p.end_column, f.severity, f.rule, f.name,
                         f.message, f.suggestion or "", p.text, related, f.confidence,
                         f.confidence_reason])
