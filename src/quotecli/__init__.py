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

from importlib import import_module
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

if TYPE_CHECKING:
    from .check import CheckOptions, Finding
    from .document import Document

#: Where each public name lives; imported on first use (PEP 562), so that ``python -m quotecli``
#: and a warm ``check`` do not compile every extractor, reader and lexicon before they need it.
_PUBLIC = {
    ".check": ("CheckOptions", "Finding", "Location", "Rule", "all_rules", "run_rules", "select_rules"),
    ".document": ("Document", "Span"),
    ".extract": ("aggregate_people", "extract_dates", "extract_numbers", "extract_people", "extract_quotes"),
    ".records": ("DateMention", "Extraction", "Number", "Person", "PersonMention", "Quote"),
    ".sources": ("InputError", "load", "read_inputs"),
}
_HOME = {name: module for module, names in _PUBLIC.items() for name in names}

# eager: ``extract`` and ``verify`` are also subpackages, whose import would rebind a lazily bound
# name to the module (both import no extractor until one runs)
from .extract import extract, extract_all  # noqa: E402
from .verify import verify  # noqa: E402  quotecli.verify(documents, sources): quotations against their primary sources


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = globals()[name] = getattr(import_module(_HOME[name], __name__), name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))


__version__ = "0.1.0"


def check(documents: Iterable[Document], select: Sequence[str] = (), ignore: Sequence[str] = (),
          jobs: int = 1, options: Optional[CheckOptions] = None) -> list[Finding]:
    """Extract every document and run the selected rules over the lot (``jobs`` processes), with
    the suppression comments of the articles and the severity overrides of ``options`` applied;
    ``options`` also carry a names registry (``names_registry.load_registry``) and ``min_confidence``."""
    from .check import select_rules
    from .checkrun import run_check

    return run_check(documents, select_rules(select, ignore), options, jobs=jobs).findings


def from_text(text: str, id: str = "<text>", date: Optional[str] = None) -> Document:
    """A document from a string (for programs and tests)."""
    from .document import Document
    from .sources.decode import normalise_newlines

    return Document(id=id, path=id, text=normalise_newlines(text), date=date)


__all__ = [
    "Document", "Span", "Quote", "Number", "DateMention", "PersonMention", "Person", "Extraction",
    "Finding", "Location", "Rule", "InputError",
    "load", "read_inputs", "from_text", "extract", "extract_all", "extract_quotes", "extract_numbers",
    "extract_dates", "extract_people", "aggregate_people", "check", "verify", "all_rules", "run_rules", "select_rules",
]
