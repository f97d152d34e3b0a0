"""The per-document "map": pure functions from a Document to typed spans.

``extract(document)`` runs every extractor once and returns an
:class:`~quotecli.records.Extraction`; ``extract_all`` maps it over many
documents, in parallel processes when asked, keeping input order.
"""

from __future__ import annotations

import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from importlib import import_module
from typing import Any

from ..document import Document
from ..records import Extraction

#: The extractors, imported on first use (PEP 562): importing a submodule such as
#: ``extract.dates`` or running ``quotecli check`` on a warm cache must not compile them all.
_EXTRACTORS = {
    "extract_dates": ".dates",
    "extract_numbers": ".numbers",
    "extract_people": ".people",
    "aggregate_people": ".people",
    "extract_quotes": ".quotes",
}


def __getattr__(name: str) -> Any:
    if name in _EXTRACTORS:
        return getattr(import_module(_EXTRACTORS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract(document: Document) -> Extraction:
    """Every extractor over one document (people first: quotes resolve speakers with them)."""
    from .dates import extract_dates
    from .numbers import extract_numbers
    from .people import extract_people
    from .quotes import extract_quotes

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
    pending: deque = deque()
    try:
        # a bounded window of chunks in flight (``pool.map`` would read every document first)
        for chunk in _chunks(documents, CHUNK):
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # on Ctrl-C or an early stop, pending work is dropped rather than finished
        pool.shutdown(wait=True, cancel_futures=True)


#: Documents sent to a worker at once, and chunks in flight per worker: memory stays bounded
#: however many documents a stream holds.
CHUNK, WINDOW_PER_JOB = 8, 4


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for document in documents:
        chunk.append(document)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_chunk(chunk: list[Document]) -> list[Extraction]:
    return [extract(document) for document in chunk]


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
