"""One self-contained HTML page that shows an editor the evidence the way an editor reads it.

On top, a summary (findings by rule and severity; articles, people, quotes) and a
legend of speakers; below, every article's own text with its quotes highlighted
in the colour of their speaker (the name on hover), numbers and dates marked, and
each finding beside the text it concerns, linked to the places in other articles
that disagree with it (anchors inside the page).

The page loads nothing: no script, style sheet or font from anywhere else, so it
can be mailed or archived as one file. All article text goes through
:func:`html.escape`: an article that contains ``<script>`` shows those characters.
Articles are ``<details>`` sections (open when they carry a finding) with
``content-visibility: auto``, so a page of thousands of articles lays out only
what is on screen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from ..check.model import Finding, Location
from ..records import Extraction
from .html_common import CSS, Mark, escape, render_text


# A folded article's markup waits in an inert <template> (parsed, but neither styled,
# laid out nor part of the document) and is moved into the page only when the article
# is opened: by a click, or by following a link into it.
_SCRIPT = """
function unfold(details) {
  var t = details.querySelector(':scope > template');
  if (t) { details.replaceChild(t.content, t); }
  details.open = true;
}
function openTarget() {
  var id = decodeURIComponent(location.hash.slice(1));
  if (!id) { return; }
  var el = document.getElementById(id);
  if (!el) {
    var m = /^d[0-9]+/.exec(id), article = m && document.getElementById(m[0]);
    if (!article) { return; }
    unfold(article);
    el = document.getElementById(id);
  }
  for (var p = el; p; p = p.parentElement) { if (p.tagName === 'DETAILS') { unfold(p); } }
  if (el) { el.scrollIntoView(); }
}
addEventListener('toggle', function (e) { if (e.target.open) { unfold(e.target); } }, true);
addEventListener('hashchange', openTarget);
addEventListener('DOMContentLoaded', openTarget);
"""

#: Speakers shown in the legend before the rest are folded away.
LEGEND_SHOWN = 60


def _speaker_colours(extractions: Sequence[Extraction]) -> dict[str, tuple[int, str]]:
    """Each speaker's quote count and colour, most quoted first (hues spread by the golden angle)."""
    counts = Counter(q.speaker for e in extractions for q in e.quotes if q.speaker)
    return {name: (count, f"hsl({(i * 137.508) % 360:.0f} 75% 82%)")
            for i, (name, count) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}


def _anchor(doc_index: int, location: Location) -> str:
    return f"d{doc_index}-{location.start}-{location.end}"


def render(extractions: Sequence[Extraction], findings: Sequence[Finding], people: int,
           title: str = "quotecli report") -> str:
    """The whole page for ``extractions`` (in order) and the ``findings`` of a check over them."""
    index = {e.document.id: n for n, e in enumerate(extractions)}
    colours = _speaker_colours(extractions)
    speaker_class = {name: f"sp{n}" for n, name in enumerate(colours)}
    by_doc: dict[int, list[tuple[int, Finding]]] = defaultdict(list)
    referenced: dict[int, dict[str, Location]] = defaultdict(dict)
    for number, finding in enumerate(findings):
        where = index.get(finding.primary.doc or finding.primary.file)
        if where is not None:
            by_doc[where].append((number, finding))
        for loc in finding.locations[1:]:
            other = index.get(loc.doc or loc.file)
            if other is not None:
                referenced[other][_anchor(other, loc)] = loc
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        f"<title>{escape(title)}</title>\n<style>{CSS}",
        "".join(f".{speaker_class[name]}{{background:{colour}}}" for name, (_, colour) in colours.items()),
        f"</style>\n<script>{_SCRIPT}</script></head><body>\n<h1>{escape(title)}</h1>\n",
        _summary(extractions, findings, people, by_doc),
        _legend(colours, speaker_class),
    ]
    for n, extraction in enumerate(extractions):
        parts.append(_article(n, extraction, by_doc.get(n, []), referenced.get(n, {}), speaker_class, index))
    parts.append("</body></html>\n")
    return "".join(parts)


def _summary(extractions, findings, people: int, by_doc) -> str:
    per_rule: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for f in findings:
        per_rule[(f.rule, f.name)][f.severity] += 1
    rows = "".join(
        f"<tr><td>{escape(rule)}</td><td>{escape(name)}</td>"
        + "".join(f"<td>{counts.get(sev, 0) or ''}</td>" for sev in ("error", "warning", "info"))
        + f"<td>{sum(counts.values())}</td></tr>"
        for (rule, name), counts in sorted(per_rule.items())
    )
    severities = Counter(f.severity for f in findings)
    counts = [
        ("articles", len(extractions)),
        ("articles with findings", len(by_doc)),
        ("findings", len(findings)),
        ("errors", severities.get("error", 0)),
        ("warnings", severities.get("warning", 0)),
        ("people", people),
        ("quotes", sum(len(e.quotes) for e in extractions)),
    ]
    html_counts = "".join(f"<div><b>{value}</b>{escape(label)}</div>" for label, value in counts)
    header = "".join(f"<th><span class=\"badge {sev}\">{sev}</span></th>" for sev in ("error", "warning", "info"))
    table = (f"<table class=\"summary\" id=\"findings-by-rule\"><tr><th>rule</th><th>name</th>{header}"
             f"<th>findings</th></tr>{rows}</table>") if rows else "<p>No findings.</p>"
    return f"<section id=\"summary\"><div class=\"counts\">{html_counts}</div>{table}</section>\n"


def _legend(colours, speaker_class) -> str:
    entries = [
        f"<li data-speaker=\"{escape(name)}\"><span class=\"swatch {speaker_class[name]}\"></span>{escape(name)} "
        f"<small>({count} quote{'s' if count != 1 else ''})</small></li>"
        for name, (count, _) in colours.items()
    ]
    items = "".join(entries[:LEGEND_SHOWN])
    if len(entries) > LEGEND_SHOWN:
        items += (f"<li><details><summary>{len(entries) - LEGEND_SHOWN} more speakers</summary>"
                  f"<ul class=\"legend\">{''.join(entries[LEGEND_SHOWN:])}</ul></details></li>")
    return (f"<section id=\"legend\"><h2>Speakers</h2><p>Quotes are highlighted in their speaker's colour; "
            f"<span class=\"num\">numbers</span> and <span class=\"date\">dates</span> are underlined; "
            f"<span class=\"hit\">findings</span> are outlined.</p><ul class=\"legend\">{items}</ul></section>\n")


def _article(n: int, extraction: Extraction, findings: Sequence[tuple[int, Finding]],
             referenced: dict[str, Location], speaker_class: dict[str, str], index: dict[str, int]) -> str:
    document = extraction.document
    marks: list[Mark] = []
    for number, finding in findings:
        p = finding.primary
        marks.append(Mark(p.start, max(p.end, p.start + 1), 0, f"hit sev-{finding.severity}",
                           f"{finding.rule} {finding.name}: {finding.message}", f"f{number}"))
    for anchor, loc in referenced.items():
        marks.append(Mark(loc.start, max(loc.end, loc.start + 1), 1, "ref", "evidence for a finding", anchor))
    for quote in extraction.quotes:
        if quote.speaker:
            marks.append(Mark(quote.start, quote.end, 2, f"q {speaker_class[quote.speaker]}",
                               f"{quote.speaker} ({quote.kind})"))
        else:
            marks.append(Mark(quote.start, quote.end, 2, "q q-unknown", f"no speaker ({quote.kind})"))
    marks += [Mark(x.start, x.end, 3, "num", _number_title(x)) for x in extraction.numbers]
    marks += [Mark(x.start, x.end, 3, "date", f"date: {x.value or 'unresolved'}") for x in extraction.dates]
    text = document.text
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    where = document.id if document.id == document.path else f"{document.id} ({document.path})"
    heading = escape(document.title or where)
    where = escape(where) + " · " if document.title else ""
    count = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}" if findings else "no findings"
    aside = _aside(findings, index) if findings else ""
    body = f"<div class=\"body\"><div class=\"text\">{render_text(text, marks)}</div><aside>{aside}</aside></div>"
    if not findings:  # folded: built into the page when opened
        body = f"<template>{body}</template>"
    return (f"<details class=\"article\" id=\"d{n}\"{' open' if findings else ''} data-doc=\"{escape(document.id)}\">"
            f"<summary>{heading}<small>{where}{count}</small></summary>{body}</details>\n")


def _number_title(number) -> str:
    value = number.value if number.value is None or not float(number.value).is_integer() else int(number.value)
    unit = f" {number.unit}" if number.unit else ""
    return f"number: {value}{unit}"


def _aside(findings: Sequence[tuple[int, Finding]], index: dict[str, int]) -> str:
    items = []
    for number, finding in findings:
        evidence = []
        for loc in finding.locations[1:]:
            other = index.get(loc.doc or loc.file)
            label = escape(f"{loc.doc if loc.doc and loc.doc != loc.file else loc.file}:{loc.line}:{loc.column}")
            text = escape(loc.text)
            evidence.append(f"<li><a href=\"#{_anchor(other, loc)}\">{label}</a> {text}</li>" if other is not None
                            else f"<li>{label} {text}</li>")
        suggestion = f"<div class=\"suggestion\">{escape(finding.suggestion)}</div>" if finding.suggestion else ""
        related = f"<ul class=\"evidence\">{''.join(evidence)}</ul>" if evidence else ""
        items.append(
            f"<li class=\"finding\" data-rule=\"{escape(finding.rule)}\"><span class=\"badge {escape(finding.severity)}\">"
            f"{escape(finding.severity)}</span> <a href=\"#f{number}\">{escape(finding.rule)} {escape(finding.name)}</a> "
            f"{escape(finding.message)}{suggestion}{related}</li>")
    return f"<ol class=\"findings\">{''.join(items)}</ol>"


def people_count(extractions: Iterable[Extraction]) -> int:
    from ..extract import aggregate_people

    return len(aggregate_people(list(extractions)))


__all__ = ["render", "people_count"]
