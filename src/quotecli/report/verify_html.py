"""``quotecli verify --format html``: each article beside the source passages its quotations were found in.

One self-contained page, like ``quotecli report`` (the same style sheet, no
external resource, every text escaped). For each article: on the left its text,
every verified quotation outlined in the colour of its verdict's severity; on
the right, one card per verdict with its message and the source passage in
context (the words around it, the passage marked), so an editor reads the two
wordings side by side.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..check.model import Finding, Location
from ..document import Document
from .html_common import CSS, Mark, escape, render_text

CONTEXT = 160   # characters of the source shown either side of a passage


def render(documents: Sequence[Document], sources: Sequence[Document], findings: Sequence[Finding],
           title: str = "quotecli verify") -> str:
    """The page for ``findings`` (verdicts) on ``documents`` against ``sources``."""
    by_doc: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_doc[finding.primary.doc or finding.primary.file].append(finding)
    source_text = {d.path: d.text for d in sources}
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{CSS}.card {{ margin-bottom: .9rem; }}"
        ".passage { white-space: pre-wrap; font-family: Georgia, serif; font-size: .9rem; "
        "border-left: 3px solid #ccd; padding-left: .5rem; }</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{len(documents)} articles, {len(sources)} sources, {len(findings)} verdicts.</p>",
    ]
    for n, document in enumerate(documents):
        verdicts = by_doc.get(document.id, [])
        marks = [Mark(f.primary.start, f.primary.end, 0, f"hit sev-{f.severity}", f"{f.rule} {f.name}",
                       f"v{n}-{i}") for i, f in enumerate(verdicts)]
        parts.append(f'<details class="article" open><summary>{escape(document.title or document.path)}'
                     f"<small>{escape(document.path)} · {len(verdicts)} verdicts</small></summary>")
        parts.append(f'<div class="body"><div class="text">{render_text(document.text, marks)}</div><aside>')
        for i, finding in enumerate(verdicts):
            parts.append(f'<div class="card"><a href="#v{n}-{i}"><span class="badge {finding.severity}">'
                         f"{escape(finding.rule)}</span></a> <b>{escape(finding.name)}</b> {escape(finding.message)}")
            for location in finding.locations[1:]:
                text = source_text.get(location.file)
                if text is not None:
                    parts.append(_passage(text, location))
            parts.append("</div>")
        parts.append("</aside></div></details>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _passage(text: str, location: Location) -> str:
    """The source around ``location`` with the passage marked, and where it is."""
    start, end = max(0, location.start - CONTEXT), min(len(text), location.end + CONTEXT)
    mark = Mark(location.start - start, location.end - start, 0, "ref")
    where = f"{location.file}:{location.line}:{location.column}"
    body = render_text(text[start:end], [mark])
    return (f'<div class="evidence">{escape(where)}</div><div class="passage">'
            f"{'…' if start else ''}{body}{'…' if end < len(text) else ''}</div>")
