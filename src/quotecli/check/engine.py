"""Runs rules over extractions: map to keyed items, group by key, compare inside groups."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional, Sequence

from ..records import Extraction
from .model import Finding, confidence_rank
from .options import CheckOptions, activated
from .registry import Rule, all_rules


def run_rules(extractions: Iterable[Extraction], rules: Optional[Sequence[Rule]] = None,
              options: Optional[CheckOptions] = None) -> list[Finding]:
    """Every finding of ``rules`` (all rules by default), sorted and de-duplicated.

    ``options`` (a names registry, severity overrides…) are active while the rules run."""
    with activated(options) as active:
        findings = _run(extractions, list(rules) if rules is not None else all_rules())
    floor = confidence_rank(active.min_confidence)
    return [f for f in findings if confidence_rank(f.confidence) >= floor]


def _run(extractions: Iterable[Extraction], rules: list[Rule]) -> list[Finding]:
    groups: list[dict] = [defaultdict(list) for _ in rules]
    for extraction in extractions:
        for rule, grouped in zip(rules, groups):
            for key, item in rule.map(extraction):
                grouped[key].append(item)
    findings: set[Finding] = set()
    for rule, grouped in zip(rules, groups):
        found: set[Finding] = set()
        for key in sorted(grouped, key=repr):
            found.update(rule.compare(key, grouped[key]))
        if rule.merge is not None:
            found = set(rule.merge(sorted(found, key=Finding.sort_key)))
        findings.update(found)
    return sorted(findings, key=Finding.sort_key)
