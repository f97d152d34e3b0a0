"""Suppressions written inside articles, and applying them to findings.

An editor who has checked a finding and decided it is right as printed says so in
the article, where the next editor will see it, rather than in a central list:

    <!-- quotecli: ignore QC101 -->              the next paragraph
    <!-- quotecli: disable QC102 -->  …  <!-- quotecli: enable -->   a stretch of text
    <!-- quotecli: ignore-file QC103 -->         the whole article

for Markdown and HTML; plain text uses the same directives on a line of their own
after ``#`` (``# quotecli: ignore QC101``), and a JSON Lines article a
``quotecli_ignore`` field (``["QC101"]`` or ``"QC101,QC102"``) for the whole
article. Rules are named by id or name, or a prefix of either (``QC1``, ``name-``),
comma- or space-separated; no rule named means every rule. A finding is
suppressed where its *primary* location is, so a cross-article finding is
silenced in the article that would be changed.

A suppression that silenced nothing is itself reported (QC001
unused-suppression), and one naming a rule that does not exist (QC002
unknown-suppressed-rule), as ruff and sqlfluff do: a stale suppression hides the
next real error. A directive that cannot be parsed is a :class:`SuppressionError`
(an input error of the file), not a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from .check.model import Finding, Location
from .check.registry import Rule, find_rule, select_rules
from .check.rules.suppressions import UNKNOWN, UNUSED
from .document import Document

DIRECTIVES = ("ignore", "ignore-file", "disable", "enable")
_COMMENT = re.compile(r"<!--\s*quotecli\s*:(?P<body>.*?)-->", re.S)
_LINE_COMMENT = re.compile(r"^[ \t]*#[ \t]*quotecli[ \t]*:(?P<body>[^\n]*)$", re.M)
_RULE_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
JSONL_FIELD = "quotecli_ignore"


class SuppressionError(Exception):
    """A directive that cannot be parsed: ``str()`` names file, line and the problem."""


@dataclass(frozen=True)
class Suppression:
    """Rules silenced for findings whose primary location starts in ``[start, end)`` of the text.

    ``rules`` is None for every rule; ``unknown`` the names that match no rule;
    ``comment`` is where the directive is written (for the unused report)."""

    rules: Optional[frozenset[str]]
    start: int
    end: int
    comment: Location
    unknown: tuple[str, ...] = ()

    def covers(self, finding: Finding) -> bool:
        offset = finding.primary.start
        return (self.rules is None or finding.rule in self.rules) and self.start <= offset < max(self.end, self.start + 1)


def _text_offset(document: Document, source_offset: int) -> int:
    """The first text offset at or after ``source_offset`` of the file (HTML keeps an offset map)."""
    if document.offset_map is None:
        return source_offset
    lo, hi = 0, len(document.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if document.source_offset(mid) < source_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _location(document: Document, source: str, start: int, end: int) -> Location:
    """Where a directive is written, in the file's lines and columns (HTML: the source's)."""

    def line_col(offset: int) -> tuple[int, int]:
        return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1

    line, column = line_col(start)
    end_line, end_column = line_col(end)
    return Location(document.path, line, column, end_line, end_column, " ".join(source[start:end].split()),
                    document.id, _text_offset(document, start), _text_offset(document, end))


def _parse_body(body: str, where: str) -> tuple[str, Optional[list[str]]]:
    words = body.replace(",", " ").split()
    if not words:
        raise SuppressionError(f"{where}: empty quotecli directive (use one of {', '.join(DIRECTIVES)})")
    directive, names = words[0].lower(), words[1:]
    if directive not in DIRECTIVES:
        raise SuppressionError(f"{where}: unknown quotecli directive {words[0]!r} (use one of {', '.join(DIRECTIVES)})")
    for name in names:
        if not _RULE_TOKEN.match(name):
            raise SuppressionError(f"{where}: {name!r} is not a rule id or name")
    return directive, names or None


def _resolve(names: Optional[list[str]]) -> tuple[Optional[frozenset[str]], tuple[str, ...]]:
    if names is None:
        return None, ()
    known, unknown = set(), []
    for name in names:
        rule = find_rule(name)
        matched = {rule.id} if rule is not None else {r.id for r in select_rules([name])} if len(name) > 2 else set()
        if matched:
            known |= matched
        else:
            unknown.append(name)
    return frozenset(known), tuple(unknown)


def parse(document: Document) -> list[Suppression]:
    """Every suppression in ``document``: comments in its file text, plus a JSONL ``quotecli_ignore`` list."""
    listed = document.quotecli_ignore
    source = document.source_text if document.source_text is not None else document.text
    found: list[Suppression] = []
    open_ranges: list[tuple[Optional[frozenset[str]], int, Location, tuple[str, ...]]] = []
    end_of_text = len(document.text)
    for match in _directive_matches(source, plain=document.source_text is None):
        comment = _location(document, source, match.start(), match.end())
        directive, names = _parse_body(match.group("body"), f"{document.path}:{comment.line}:{comment.column}")
        rules, unknown = _resolve(names)
        after = comment.end
        if directive == "ignore":
            start, end = _next_paragraph(document, after)
            found.append(Suppression(rules, start, end, comment, unknown))
        elif directive == "ignore-file":
            found.append(Suppression(rules, 0, end_of_text, comment, unknown))
        elif directive == "disable":
            open_ranges.append((rules, after, comment, unknown))
        else:  # enable: closes the disables it names (all of them when it names none)
            still_open = []
            for rules_open, start, opened_at, unknown_open in open_ranges:
                if rules is None or (rules_open is not None and rules_open <= rules):
                    found.append(Suppression(rules_open, start, comment.start, opened_at, unknown_open))
                else:
                    still_open.append((rules_open, start, opened_at, unknown_open))
            open_ranges = still_open
    for rules_open, start, opened_at, unknown_open in open_ranges:
        found.append(Suppression(rules_open, start, end_of_text, opened_at, unknown_open))
    if listed:
        rules, unknown = _resolve(list(listed))
        where = Location(document.path, 1, 1, 1, 1, f"{JSONL_FIELD}: {', '.join(listed)}", document.id, 0, 0)
        found.append(Suppression(rules, 0, end_of_text, where, unknown))
    return found


def _directive_matches(source: str, plain: bool) -> list["re.Match[str]"]:
    """HTML comments everywhere; ``# quotecli:`` lines only in plain text (in Markdown it is a heading)."""
    if "quotecli" not in source:   # one fast scan: most articles carry no directive at all
        return []
    matches = list(_COMMENT.finditer(source))
    if plain:
        matches += [m for m in _LINE_COMMENT.finditer(source) if "<!--" not in m.group("body")]
    return sorted(matches, key=lambda m: m.start())


def _next_paragraph(document: Document, offset: int) -> tuple[int, int]:
    """The first paragraph that starts at or after ``offset`` (what an ``ignore`` comment governs)."""
    for start, end in document.segments.paragraphs:
        if end > offset and document.text[max(start, offset):end].strip():
            return max(start, offset), end
    return offset, offset


def ignore_field(value: object) -> tuple[str, ...]:
    """A JSONL ``quotecli_ignore`` value as rule names; raises ValueError when it is neither a list nor a string."""
    if value == ():
        return ()
    if isinstance(value, str):
        return tuple(v for v in value.replace(",", " ").split())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{JSONL_FIELD} must be a rule list or a comma-separated string")


@dataclass
class Outcome:
    """Findings after suppressions: what is kept, how many were silenced, and the suppression findings."""

    kept: list[Finding]
    suppressed: int


def apply(findings: Iterable[Finding], suppressions: Mapping[str, Sequence[Suppression]],
          ran: Iterable[Rule]) -> Outcome:
    """Drop findings a suppression covers; add QC001 for unused and QC002 for unknown-rule suppressions.

    ``suppressions`` maps a document id to its suppressions; ``ran`` are the rules
    of this run (an unused report needs every named rule to have run, and QC001/QC002
    are only reported when selected)."""
    ran_ids = {r.id for r in ran}
    used: set[int] = set()
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        hits = [id(s) for s in suppressions.get(finding.primary.doc or finding.primary.file, ()) if s.covers(finding)]
        if hits:
            used.update(hits)
            suppressed += 1
        else:
            kept.append(finding)
    meta: list[Finding] = []
    for items in suppressions.values():
        for s in items:
            if s.unknown and UNKNOWN.id in ran_ids:
                names = ", ".join(repr(n) for n in s.unknown)
                meta.append(UNKNOWN.finding(f"suppression names no rule: {names} (see `quotecli rules`)", [s.comment]))
            named_ran = s.rules is None or (bool(s.rules) and s.rules <= ran_ids)
            if id(s) not in used and named_ran and not (s.unknown and not s.rules) and UNUSED.id in ran_ids:
                what = "every rule" if s.rules is None else ", ".join(sorted(s.rules))
                meta.append(UNUSED.finding(f"suppression of {what} silenced no finding", [s.comment],
                                           suggestion="delete the comment"))
    for finding in meta:  # a suppression finding can itself be silenced, e.g. by ignore-file QC001
        if not any(s.covers(finding) and s.rules is not None and finding.rule in s.rules
                   for s in suppressions.get(finding.primary.doc or finding.primary.file, ())):
            kept.append(finding)
    return Outcome(sorted(kept, key=Finding.sort_key), suppressed)


