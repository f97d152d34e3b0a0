"""``quotecli verify``: every quotation of an article checked against the primary source it quotes.

    sources (transcripts, releases, subtitles) → :class:`Source` with speaker turns
    → :class:`SourceIndex` (word trigrams) → per quotation: candidate passages,
    exact word alignment → a verdict (QC501–QC509) citing both places.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from ..check.model import Finding
from ..document import Document
from ..extract import extract_all
from .align import SourceIndex
from .transcripts import Source, SourceError, Turn, read_source
from .verdicts import QuoteVerifier, VerifySettings


def verify(documents: Iterable[Document], sources: Sequence[Source],
           settings: VerifySettings = VerifySettings(), select: Sequence[str] = (),
           ignore: Sequence[str] = (), jobs: int = 1,
           on_unquoted: Optional[Callable[[Document], None]] = None) -> list[Finding]:
    """The verdicts on every quotation of ``documents`` against ``sources``, sorted.

    ``on_unquoted`` is told of each article that has no quotation to verify."""
    from ..check.registry import select_rules

    chosen = {rule.id for rule in select_rules(select, ignore, command="verify")}
    verifier = QuoteVerifier([SourceIndex.build(s) for s in sources], settings)
    findings: set[Finding] = set()
    for extraction in extract_all(documents, jobs=jobs):
        if on_unquoted is not None and not any(q.kind in ("full", "partial") for q in extraction.quotes):
            on_unquoted(extraction.document)
        findings.update(f for f in verifier.verify(extraction) if f.rule in chosen)
    return sorted(findings, key=Finding.sort_key)


__all__ = ["verify", "Source", "SourceError", "Turn", "read_source", "SourceIndex", "VerifySettings"]
