"""Runs rules over documents: map to keyed items, group by key, compare inside groups.

Two phases, each parallel over ``jobs`` worker processes:

1. **map** — per document: extract it (or take its extraction from the cache),
   hand the rules a :class:`~quotecli.handle.DocumentHandle` in place of the
   document, collect every rule's ``(key, item)`` pairs, then pack the handle so
   the article's text is not kept at full size. Workers return the pairs
   pickled (the same bytes the cache stores); results are taken in input order,
   with a bounded number of documents in flight, so memory holds the items, not
   the corpus.
2. **compare** — the groups are split into balanced chunks and compared in
   forked workers that inherit them (nothing is pickled on the way in); the
   findings come back, each rule's ``merge`` joins them, and the whole list is
   sorted by a total order, so ``--jobs 4`` prints byte for byte what
   ``--jobs 1`` prints.

Rules that share a ``map`` function (quote-wording and quote-speaker) have it
computed once per document. The active :class:`CheckOptions` are activated in
every worker.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections import defaultdict, deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Optional, Sequence, Union

from ..document import Document
from ..handle import DocumentHandle
from ..records import Extraction
from .model import Finding, confidence_rank
from .options import CheckOptions, activated, active
from .registry import Rule, all_rules

#: Documents sent to a worker at once, and batches in flight per worker.
BATCH = 8
IN_FLIGHT_PER_JOB = 4
#: Below this many items the compare phase stays in this process (forking costs more).
PARALLEL_MIN_ITEMS = 5000
#: Chunks of groups per worker in the compare phase (more chunks balance better).
CHUNKS_PER_JOB = 8

Groups = list[dict[Hashable, list]]


@dataclass
class Mapped:
    """One document after the map step: its handle and, per rule, its ``(key, item)`` pairs."""

    handle: DocumentHandle
    pairs: list[list[tuple[Hashable, object]]]


def map_extraction(extraction: Extraction, rules: Sequence[Rule]) -> Mapped:
    """Every rule's map over one extraction, the document replaced by a released handle."""
    document = extraction.document
    handle = DocumentHandle.of(document) if isinstance(document, Document) else document
    slim = Extraction(handle, extraction.quotes, extraction.numbers, extraction.dates, extraction.people)
    computed: dict[object, list] = {}
    pairs = []
    for rule in rules:
        if rule.map not in computed:
            computed[rule.map] = list(rule.map(slim))
        pairs.append(computed[rule.map])
    handle.release()
    return Mapped(handle, pairs)


def map_document(document: Document, rules: Sequence[Rule]) -> Mapped:
    from ..extract import extract

    return map_extraction(extract(document), rules)


def run_rules(extractions: Iterable[Extraction], rules: Optional[Sequence[Rule]] = None,
              options: Optional[CheckOptions] = None, jobs: int = 1) -> list[Finding]:
    """Every finding of ``rules`` (all rules by default) over ready extractions, sorted.

    ``options`` (a names registry, severity overrides…) are active while the rules run."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options) as chosen:
        mapped = (map_extraction(e, rules) for e in extractions)
        return _confident(compare_groups(group(mapped, len(rules)), rules, jobs), chosen)


def _confident(findings: list[Finding], options: CheckOptions) -> list[Finding]:
    """The findings at or above the run's ``min_confidence``."""
    floor = confidence_rank(options.min_confidence)
    return [f for f in findings if confidence_rank(f.confidence) >= floor]


def check_documents(documents: Iterable[Document], rules: Optional[Sequence[Rule]] = None,
                    options: Optional[CheckOptions] = None, jobs: int = 1,
                    cache=None) -> tuple[list[Finding], int]:
    """Extract and check ``documents`` (streamed); the findings and how many documents there were.

    ``cache`` (a :class:`quotecli.cache.Cache`) keeps each document's mapped items
    between runs; an unchanged document is neither extracted nor mapped again."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options) as chosen:
        counted = _Counted(map_documents(documents, rules, jobs, cache))
        findings = _confident(compare_groups(group(counted, len(rules)), rules, jobs), chosen)
    return findings, counted.count


class _Counted:
    def __init__(self, items: Iterable):
        self._items, self.count = items, 0

    def __iter__(self):
        for item in self._items:
            self.count += 1
            yield item


# --- the map phase ------------------------------------------------------------------

_worker_rules: list[Rule] = []
_worker_options: Optional[CheckOptions] = None


def _init_map_worker(rule_ids: list[str], options: CheckOptions) -> None:
    global _worker_rules, _worker_options
    by_id = {r.id: r for r in all_rules()}
    _worker_rules = [by_id[i] for i in rule_ids]
    _worker_options = options


def _map_batch(documents: list[Document]) -> list[bytes]:
    with activated(_worker_options):
        return [dumps(map_document(d, _worker_rules)) for d in documents]


def dumps(mapped: Mapped) -> bytes:
    return pickle.dumps(mapped, protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: bytes) -> Mapped:
    return pickle.loads(blob)


def map_documents(documents: Iterable[Document], rules: Sequence[Rule], jobs: int = 1,
                  cache=None) -> Iterator[Mapped]:
    """:func:`map_document` over ``documents`` in input order, from the cache where it can."""
    keyer = cache.keyer(rules, active()) if cache is not None else None
    if jobs <= 1:
        for document in documents:
            key = keyer(document) if keyer else None
            mapped = _cached(cache, key)
            if mapped is None:
                mapped = map_document(document, rules)
                if key:
                    cache.put(key, dumps(mapped))
            yield mapped
        return
    yield from _map_parallel(documents, rules, jobs, cache, keyer)


def _cached(cache, key: Optional[str]) -> Optional[Mapped]:
    """The cached result under ``key``; None when absent or unreadable (then it is redone)."""
    blob = cache.get(key) if key else None
    if blob is None:
        return None
    try:
        mapped = loads(blob)
    except Exception:   # a damaged entry is a miss: the document is mapped again and stored anew
        return None
    return mapped if isinstance(mapped, Mapped) else None


def _map_parallel(documents, rules, jobs, cache, keyer) -> Iterator[Mapped]:
    pending: deque[Union[tuple[list, Future], Mapped]] = deque()
    limit = jobs * IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                             initializer=_init_map_worker,
                             initargs=([r.id for r in rules], active())) as pool:

        def drain(keep: int) -> Iterator[Mapped]:
            while len(pending) > keep:
                work = pending.popleft()
                if isinstance(work, Mapped):
                    yield work
                    continue
                keys, future = work
                for key, blob in zip(keys, future.result()):
                    if key:
                        cache.put(key, blob)
                    yield loads(blob)

        batch: list[Document] = []
        batch_keys: list = []

        def flush() -> None:
            if batch:
                pending.append((list(batch_keys), pool.submit(_map_batch, list(batch))))
                batch.clear()
                batch_keys.clear()

        for document in documents:
            key = keyer(document) if keyer else None
            mapped = _cached(cache, key)
            if mapped is not None:
                flush()
                pending.append(mapped)
            else:
                batch.append(document)
                batch_keys.append(key)
                if len(batch) >= BATCH:
                    flush()
            yield from drain(limit)
        flush()
        yield from drain(0)


def _context():
    """Fork where the platform has it (workers start at once and inherit the loaded rules)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


# --- group by key -------------------------------------------------------------------

def group(mapped: Iterable[Mapped], rule_count: int) -> Groups:
    groups: Groups = [defaultdict(list) for _ in range(rule_count)]
    for document in mapped:
        for grouped, pairs in zip(groups, document.pairs):
            for key, item in pairs:
                grouped[key].append(item)
    return groups


# --- the compare phase ----------------------------------------------------------------

_shared_groups: Optional[list[list[tuple[int, Hashable, list]]]] = None
_shared_rules: list[Rule] = []


def compare_groups(groups: Groups, rules: Sequence[Rule], jobs: int = 1) -> list[Finding]:
    """Each rule's compare over each of its groups, merged, de-duplicated and sorted."""
    tasks = [(index, key, grouped[key]) for index, grouped in enumerate(groups)
             for key in sorted(grouped, key=repr)]
    found: list[set[Finding]] = [set() for _ in rules]
    items = sum(len(t[2]) for t in tasks)
    if jobs > 1 and items >= PARALLEL_MIN_ITEMS and "fork" in multiprocessing.get_all_start_methods():
        results = _compare_forked(tasks, rules, jobs)
    else:
        results = [(index, list(rules[index].compare(key, members))) for index, key, members in tasks]
    for index, findings in results:
        found[index].update(findings)
    everything: set[Finding] = set()
    for rule, findings in zip(rules, found):
        if rule.merge is not None:
            findings = set(rule.merge(sorted(findings, key=total_order)))
        everything.update(findings)
    return sorted(everything, key=total_order)


def total_order(finding: Finding) -> tuple:
    """The report order (:meth:`Finding.sort_key`), ties broken by every other field, so the
    order never depends on set iteration (which differs between processes)."""
    return (finding.sort_key(), finding.locations, finding.severity, finding.suggestion or "")


def balanced_chunks(costs: Sequence[int], count: int) -> list[list[int]]:
    """Indices of ``costs`` in ``count`` chunks of near-equal total cost (largest first,
    each to the lightest chunk), each chunk in ascending index order."""
    chunks: list[list[int]] = [[] for _ in range(max(1, count))]
    totals = [0] * len(chunks)
    for index in sorted(range(len(costs)), key=lambda i: -costs[i]):
        lightest = totals.index(min(totals))
        chunks[lightest].append(index)
        totals[lightest] += costs[index]
    return [sorted(c) for c in chunks if c]


def _compare_forked(tasks, rules, jobs) -> list[tuple[int, list[Finding]]]:
    global _shared_groups, _shared_rules
    costs = [len(members) ** 2 + 1 for _, _, members in tasks]
    chunks = balanced_chunks(costs, jobs * CHUNKS_PER_JOB)
    _shared_groups = [[tasks[i] for i in chunk] for chunk in chunks]
    _shared_rules = list(rules)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            results = []
            for part in pool.map(_compare_chunk, range(len(chunks))):
                results.extend(part)
            return results
    finally:
        _shared_groups, _shared_rules = None, []


def _compare_chunk(index: int) -> list[tuple[int, list[Finding]]]:
    """Runs in a forked worker: the groups and the active options came with the fork."""
    return [(rule_index, list(_shared_rules[rule_index].compare(key, members)))
            for rule_index, key, members in _shared_groups[index]]
