"""One check of a corpus, start to finish: rules, then suppressions, then severity overrides.

The engine (``check.run_rules``) maps and groups; what a newsroom adds around it
lives here so the CLI stays a thin layer and a program gets the same answers:
suppression comments are read from each document as it streams past (no second
pass over the articles), QC001/QC002 are decided once every rule has run, and
the configuration's ``[severity]`` table is applied last, to every finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from . import suppress
from .check import CheckOptions, Finding, Rule, run_rules
from .check.options import apply_severities
from .records import Extraction


@dataclass
class CheckRun:
    """What a check found: the findings kept, how many comments silenced, and what was read."""

    findings: list[Finding]
    suppressed: int
    documents: int
    extractions: list[Extraction] = field(default_factory=list)


def run_check(extractions: Iterable[Extraction], rules: Sequence[Rule], options: Optional[CheckOptions] = None,
              keep_extractions: bool = False,
              on_error: Optional[Callable[[suppress.SuppressionError], None]] = None) -> CheckRun:
    """Run ``rules`` over ``extractions`` with suppressions and overrides applied.

    A malformed suppression comment goes to ``on_error`` (raised when there is
    none) and that document's comments are not applied; ``keep_extractions``
    keeps them for a report."""
    options = options or CheckOptions()
    suppressions: dict[str, list[suppress.Suppression]] = {}
    kept: list[Extraction] = []
    documents = 0

    def seen(stream: Iterable[Extraction]) -> Iterator[Extraction]:
        nonlocal documents
        for extraction in stream:
            documents += 1
            try:
                found = suppress.parse(extraction.document)
            except suppress.SuppressionError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                found = []
            if found:
                suppressions[extraction.document.id] = found
            if keep_extractions:
                kept.append(extraction)
            yield extraction

    engine_rules = [r for r in rules if r.id not in (suppress.UNUSED.id, suppress.UNKNOWN.id)]
    findings = run_rules(seen(extractions), engine_rules, options)
    outcome = suppress.apply(findings, suppressions, rules)
    return CheckRun(apply_severities(outcome.kept, options.severities), outcome.suppressed, documents, kept)
