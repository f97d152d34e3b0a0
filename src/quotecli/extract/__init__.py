"""The per-document "map": pure functions from a Document to typed spans.

``extract(document)`` runs every extractor once and returns an
:class:`~quotecli.records.Extraction`; ``extract_all`` maps it over many
documents, in parallel processes when asked, keeping input order.
"""

from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from ..document import Document
from ..records import Extraction
from .dates import extract_dates
from .numbers import extract_numbers
from .people import aggregate_people, extract_people
from .quotes import extract_quotes


def extract(document: Document) -> Extraction:
    """Every extractor over one document (people first: quotes resolve speakers with them)."""
    people = extract_people(document)
    return Extraction(
        document=document,
        quotes=extract_quotes(document, people),
        numbers=extract_numbers(document),
        dates=extract_dates(document),
        people=people,
    )


def extract_all(documents: Iterable[Document], jobs: int = 1) -> Iterator[Extraction]:
    """``extract`` over many documents, in input order; ``jobs > 1`` uses processes."""
    if jobs <= 1:
        for document in documents:
            yield extract(document)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield from pool.map(extract, documents, chunksize=8)
    finally:  # on Ctrl-C or an early stop, pending work is dropped rather than finished
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which ends them; else each prints a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


__all__ = [
    "extract",
    "extract_all",
    "extract_quotes",
    "extract_numbers",
    "extract_dates",
    "extract_people",
    "aggregate_people",
]
