"""One check of a corpus, start to finish: rules, then suppressions, then severity overrides.

The engine (``check.engine``) maps, groups and compares, in worker processes and
with the cache; what a newsroom adds around it lives here so the CLI stays a thin
layer and a program gets the same answers: suppression comments are read from
each document as it streams past (no second pass over the articles), QC001/QC002
are decided once every rule has run, and the configuration's ``[severity]``
table is applied last, to every finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from . import suppress
from .check import CheckOptions, Finding, Rule, run_rules
from .check.engine import check_documents
from .check.options import apply_severities
from .document import Document
from .extract import extract_all
from .records import Extraction


@dataclass
class CheckRun:
    """What a check found: the findings kept, how many comments silenced, and what was read."""

    findings: list[Finding]
    suppressed: int
    documents: int
    extractions: list[Extraction] = field(default_factory=list)


def run_check(documents: Iterable[Document], rules: Sequence[Rule], options: Optional[CheckOptions] = None,
              jobs: int = 1, cache=None, keep_extractions: bool = False,
              on_error: Optional[Callable[[suppress.SuppressionError], None]] = None,
              engine: str = "local", scheduler: Optional[str] = None) -> CheckRun:
    """Run ``rules`` over ``documents`` with suppressions and overrides applied.

    A malformed suppression comment goes to ``on_error`` (raised when there is
    none) and that document's comments are not applied; ``keep_extractions``
    keeps the extractions for a report (they are then made in this process's
    pipeline rather than streamed through the engine's workers and cache);
    ``engine="dask"`` runs the map and the comparisons on a Dask cluster."""
    options = options or CheckOptions()
    suppressions: dict[str, list[suppress.Suppression]] = {}
    count = 0

    def seen(stream: Iterable[Document]) -> Iterator[Document]:
        nonlocal count
        for document in stream:
            count += 1
            try:
                found = suppress.parse(document)
            except suppress.SuppressionError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                found = []
            if found:
                suppressions[document.id] = found
            yield document

    engine_rules = [r for r in rules if r.id not in (suppress.UNUSED.id, suppress.UNKNOWN.id)]
    kept: list[Extraction] = []
    if keep_extractions:
        kept = list(extract_all(seen(documents), jobs=jobs))
        findings = run_rules(kept, engine_rules, options, jobs=jobs)
    elif engine == "dask":
        from .check.dask_engine import check_with_dask

        findings, _ = check_with_dask(seen(documents), engine_rules, jobs=jobs, scheduler=scheduler, options=options)
    else:
        findings, _ = check_documents(seen(documents), engine_rules, options=options, jobs=jobs, cache=cache)
    outcome = suppress.apply(findings, suppressions, rules)
    return CheckRun(apply_severities(outcome.kept, options.severities), outcome.suppressed, count, kept)
