"""GitHub-flavoured Markdown: for ``$GITHUB_STEP_SUMMARY``, PR comments and reports.

Article text is escaped cell by cell (:func:`.safety.markdown_cell`): no pipe,
backtick, link, emphasis, HTML tag or line break from an article reaches the page.
"""

from __future__ import annotations

from typing import IO, Sequence

from ..check.model import Finding
from .common import cell, location_label, summary_line
from .safety import markdown_cell, markdown_code


def write_records(rows: Sequence[dict], stream: IO[str], columns: Sequence[str]) -> None:
    headers = ["location", *columns]
    stream.write("| " + " | ".join(headers) + " |\n")
    stream.write("|" + "---|" * len(headers) + "\n")
    for row in rows:
        cells = [markdown_code(location_label(row))] + [markdown_cell(cell(row.get(c))) for c in columns]
        stream.write("| " + " | ".join(cells) + " |\n")


def write_findings(findings: Sequence[Finding], stream: IO[str], summary: dict) -> None:
    stream.write("## quotecli check\n\n")
    stream.write(summary_line(summary) + ".\n\n")
    if not findings:
        return
    stream.write("| rule | name | severity | findings |\n|---|---|---|---:|\n")
    for rule, row in sorted(summary["by_rule"].items()):
        stream.write(f"| {rule} | {markdown_cell(row['name'])} | {row['severity']} | {row['count']} |\n")
    stream.write("\n| location | severity | rule | message | evidence |\n|---|---|---|---|---|\n")
    for f in findings:
        p = f.primary
        evidence = "<br>".join(markdown_cell(f"{loc.file}:{loc.line}:{loc.column} {loc.text}") for loc in f.locations[1:6])
        if len(f.locations) > 6:
            evidence += f"<br>(+{len(f.locations) - 6} more)"
        stream.write(f"| {markdown_code(f'{p.file}:{p.line}:{p.column}')} | {f.severity} | {f.rule} {f.name} | "
                     f"{markdown_cell(f.message)} | {evidence} |\n")
