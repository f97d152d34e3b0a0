"""Joining the findings one disagreement yields in several comparisons.

A rule that compares pairs inside groups finds one disagreement once per pair
of witnesses ("27" in one article against "29" in four others, and each "29"
against each "27"). The user needs one finding per disagreement: the findings
that share a location are joined into one, whose primary location is the one
most often named as the place to fix, with every other witness related to it.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from .model import Finding, Location, confidence_rank

MAX_LOCATIONS = 12


def merge_connected(findings: list[Finding]) -> Iterable[Finding]:
    """One finding per set of findings (of one rule and severity) linked by shared locations."""
    findings = sorted(findings, key=_total_order)  # input order may follow string hashing
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple, int] = {}
    for i, finding in enumerate(findings):
        root(i)
        for location in finding.locations:
            key = (finding.rule, finding.severity, location)
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    components: dict[int, list[Finding]] = {}
    for i, finding in enumerate(findings):
        components.setdefault(root(i), []).append(finding)
    for group in components.values():
        yield group[0] if len(group) == 1 else _joined(group)


def _joined(group: list[Finding]) -> Finding:
    votes = Counter(f.primary for f in group)
    primary = min(votes, key=lambda loc: (-votes[loc], _order(loc)))
    first = min((f for f in group if f.primary == primary), key=_total_order)
    locations: list[Location] = [primary]
    for finding in [first] + sorted(group, key=_total_order):
        for location in finding.locations:
            if location not in locations:
                locations.append(location)
    others = len(locations) - len(first.locations)
    message = first.message + (f" (and {others} more place{'s' if others > 1 else ''})" if others else "")
    # the joined finding is as sure as its least sure witness: a pair met on words alone
    # must not come out high because another pair of the same disagreement was sure
    least = min(group, key=lambda f: (confidence_rank(f.confidence), _total_order(f)))
    return Finding(first.rule, first.name, first.severity, message,
                   tuple(locations[:MAX_LOCATIONS]), first.suggestion, first.extra,
                   least.confidence, least.confidence_reason)


def _order(location: Location) -> tuple:
    return (location.file, location.doc, location.start, location)


def _total_order(finding: Finding) -> tuple:
    """``Finding.sort_key`` with every remaining field as tie-breaks: no two distinct findings tie,
    so the merged output does not depend on the order of a set (on ``PYTHONHASHSEED``)."""
    return (finding.sort_key(), finding.locations, finding.suggestion or "", finding.name, finding.severity)
