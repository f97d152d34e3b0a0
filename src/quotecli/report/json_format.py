"""JSON (one array of records, or the versioned findings object) and JSON Lines."""

from __future__ import annotations

import json
from typing import IO, Sequence

from ..check.model import Finding

SCHEMA_VERSION = 1


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    json.dump(list(rows), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_records_lines(rows: Sequence[dict], stream: IO[str]) -> None:
    for row in rows:
        stream.write(_dump(row) + "\n")


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "findings": [f.to_dict() for f in findings],
        "summary": summary,
    }
    json.dump(payload, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_findings_lines(findings: Sequence[Finding], stream: IO[str]) -> None:
    for f in findings:
        stream.write(_dump(f.to_dict()) + "\n")
