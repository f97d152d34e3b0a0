"""quotecli: quotes, speakers, numbers, dates and people in news text, and the
checks that find where articles disagree.

    >>> import quotecli
    >>> documents, errors = quotecli.load(["article.txt"])
    >>> extraction = quotecli.extract(documents[0])
    >>> [q.speaker for q in extraction.quotes]
    >>> findings = quotecli.check(documents)

The library never imports click; ``quotecli.cli`` is a thin layer over it.
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from .check import CheckOptions, Finding, Location, Rule, all_rules, run_rules, select_rules
from .document import Document, Span
from .extract import (
    aggregate_people,
    extract,
    extract_all,
    extract_dates,
    extract_numbers,
    extract_people,
    extract_quotes,
)
from .records import DateMention, Extraction, Number, Person, PersonMention, Quote
from .sources import InputError, load, read_inputs
from .verify import verify  # quotecli.verify(documents, sources): quotations against their primary sources

__version__ = "0.1.0"


def check(documents: Iterable[Document], select: Sequence[str] = (), ignore: Sequence[str] = (),
          jobs: int = 1, options: Optional[CheckOptions] = None) -> list[Finding]:
    """Extract every document and run the selected rules over the lot (``jobs`` processes), with
    the suppression comments of the articles and the severity overrides of ``options`` applied;
    ``options`` also carry a names registry (``names_registry.load_registry``) and ``min_confidence``."""
    from .checkrun import run_check

    return run_check(documents, select_rules(select, ignore), options, jobs=jobs).findings


def from_text(text: str, id: str = "<text>", date: Optional[str] = None) -> Document:
    """A document from a string (for programs and tests)."""
    from .sources.decode import normalise_newlines

    return Document(id=id, path=id, text=normalise_newlines(text), date=date)


__all__ = [
    "Document", "Span", "Quote", "Number", "DateMention", "PersonMention", "Person", "Extraction",
    "Finding", "Location", "Rule", "InputError",
    "load", "read_inputs", "from_text", "extract", "extract_all", "extract_quotes", "extract_numbers",
    "extract_dates", "extract_people", "aggregate_people", "check", "verify", "all_rules", "run_rules", "select_rules",
]
