"""Formatters: one module per output format, each writing records or findings to a stream.

A *record* is a flat ``dict`` (see ``records.span_record``); ``columns`` names the
few fields that the human formats (table, markdown) show, while the machine
formats (csv, json, jsonl) write every field.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from . import csv_format, github, json_format, markdown, sarif, table, text

RECORD_FORMATS = ("table", "csv", "markdown", "json", "jsonl")
FINDING_FORMATS = ("table", "text", "csv", "markdown", "json", "jsonl", "sarif", "github")

_MODULES = {
    "table": table,
    "text": text,
    "csv": csv_format,
    "markdown": markdown,
    "json": json_format,
    "jsonl": json_format,
    "sarif": sarif,
    "github": github,
}


def write_records(rows: Sequence[dict], fmt: str, stream: IO[str], columns: Sequence[str],
                  csv_safety: bool = True) -> None:
    """Write extraction records in ``fmt`` (one of :data:`RECORD_FORMATS`); ``csv_safety``: see csv_format."""
    module = _MODULES[fmt]
    if fmt == "jsonl":
        json_format.write_records_lines(rows, stream)
    elif fmt == "csv":
        csv_format.write_records(rows, stream, columns, safe=csv_safety)
    else:
        module.write_records(rows, stream, columns)


def write_findings(findings: Sequence[Finding], fmt: str, stream: IO[str], summary: dict,
                   csv_safety: bool = True, totals: bool = True) -> None:
    """Write check findings in ``fmt`` (one of :data:`FINDING_FORMATS`); ``csv_safety``: see csv_format.

    ``totals``: the human formats (text, table) end with a line of counts; ``--quiet`` drops it,
    so a quiet run prints the findings and nothing else."""
    if fmt == "jsonl":
        json_format.write_findings_lines(findings, stream)
    elif fmt == "csv":
        csv_format.write_findings(findings, stream, summary, safe=csv_safety)
    elif fmt in ("text", "table"):
        _MODULES[fmt].write_findings(findings, stream, summary, totals=totals)
    else:
        _MODULES[fmt].write_findings(findings, stream, summary)

