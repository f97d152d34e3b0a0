"""CSV with a header row: every record field; findings one row each, evidence in a column.

Text cells that start like a spreadsheet formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return) get a leading ``'`` (see :func:`.safety.csv_cell`) unless
``safe=False`` (``--no-csv-safety``), for programs that want the raw text.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Sequence

from ..check.model import Finding
from .safety import csv_cell


def _value(value: object, safe: bool = True) -> object:
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return csv_cell(value) if safe else value


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str], safe: bool = True) -> None:
    fields: list[str] = []
    for row in rows:
        fields.extend(k for k in row if k not in fields)
    writer = csv.DictWriter(stream, fieldnames=fields or ["doc", "file", "line", "column", "start", "end", "text"],
                            lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _value(v, safe) for k, v in row.items()})


FINDING_FIELDS = ["file", "line", "column", "end_line", "end_column", "severity", "rule", "name", "message",
                  "suggestion", "text", "related", "confidence", "confidence_reason"]


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict, safe: bool = True) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FINDING_FIELDS)
    for f in findings:
        p = f.primary
        related = "; ".join(f"{loc.file}:{loc.line}:{loc.column} {loc.text}" for loc in f.locations[1:])
        writer.writerow([_value(v, safe) for v in (p.file, p.line, p.column, p.end_line, p.end_column, f.severity,
                                                   f.rule, f.name, f.message, f.suggestion, p.text, related,
                                                   f.confidence, f.confidence_reason)])
