"""Small helpers every human-readable format shares."""

from __future__ import annotations

MAX_CELL = 70


def location_label(row: dict) -> str:
    """``file:line:col``, prefixed by the article id when one file holds many articles."""
    where = f"{row['file']}:{row['line']}:{row['column']}"
    doc = row.get("doc")
    if doc and doc != row["file"]:
        where = f"{doc} {where}"
    return where


def cell(value: object, width: int = MAX_CELL) -> str:
    """A value as one short line: lists joined, floats without ``.0``, long text cut."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_line(summary: dict) -> str:
    counts = summary["by_severity"]
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 else ''}" for s in ("error", "warning", "info")]
    return f"{summary['findings']} findings ({', '.join(parts)}) in {summary['documents']} documents"
