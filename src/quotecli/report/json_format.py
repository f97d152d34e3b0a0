"""JSON (one array of records, or the versioned findings object) and JSON Lines.

Strings go through :func:`.safety.json_dumps`: valid JSON that reads back to the
same text, with controls, bidirectional overrides and U+2028/U+2029 escaped.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from .safety import json_dumps

SCHEMA_VERSION = 1


def _dump(value: object) -> str:
    return json_dumps(value)


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    stream.write(json_dumps(list(rows), indent=2) + "\n")


def write_records_lines(rows: Sequence[dict], stream: IO[str]) -> None:
    for row in rows:
        stream.write(_dump(row) + "\n")


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "findings": [f.to_dict() for f in findings],
        "summary": summary,
    }
    stream.write(json_dumps(payload, indent=2) + "\n")


def write_findings_lines(findings: Sequence[Finding], stream: IO[str]) -> None:
    for f in findings:
        stream.write(_dump(f.to_dict()) + "\n")
