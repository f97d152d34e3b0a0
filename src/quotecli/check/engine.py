"""Runs rules over documents: map to keyed items, group by key, compare inside groups.

:func:`check_documents` (what ``quotecli check`` runs) has two phases, each
over ``jobs`` worker processes (in this process when ``jobs`` is 1):

1. **map** — per document: extract it, or take its result from the cache;
   hand the rules a :class:`~quotecli.handle.DocumentHandle` in place of the
   document (metadata, a line index, the text packed); collect every rule's
   ``(key, item)`` pairs and write them to partition files by key
   (:mod:`quotecli.check.spill`). The parent only routes documents and cache
   entries, with a bounded number in flight, so memory never holds the corpus.
2. **compare** — one partition at a time per worker: its groups rebuilt in
   input order, each compared by its rule. The findings come back, each rule's
   ``merge`` joins them, and the list is sorted by a total order, so any
   ``--jobs`` prints byte for byte what ``--jobs 1`` prints.

Rules that share a ``map`` function (quote-wording and quote-speaker) have it
computed once per document. The active :class:`CheckOptions` are activated in
every worker. :func:`run_rules` is the same map → group → compare in memory,
over extractions a program already has.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
from collections import defaultdict, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Hashable, Iterable, Optional, Sequence

from ..document import Document
from ..handle import DocumentHandle
from ..records import Extraction
from . import spill
from .model import Finding, confidence_rank
from .options import CheckOptions, activated, active
from .registry import Rule, all_rules

#: Documents sent to a worker at once, and batches in flight per worker.
BATCH = 8
IN_FLIGHT_PER_JOB = 4

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


def dumps(mapped: Mapped) -> bytes:
    return pickle.dumps(mapped, protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: Optional[bytes]) -> Optional[Mapped]:
    """A cached result; None when absent or unreadable (the document is then mapped again)."""
    if blob is None:
        return None
    try:
        mapped = pickle.loads(blob)
    except Exception:   # a damaged entry is a miss, never an error
        return None
    return mapped if isinstance(mapped, Mapped) else None


# --- in memory, over ready extractions ----------------------------------------------------

def run_rules(extractions: Iterable[Extraction], rules: Optional[Sequence[Rule]] = None,
              options: Optional[CheckOptions] = None) -> list[Finding]:
    """Every finding of ``rules`` (all rules by default) over ready extractions, sorted.

    ``options`` (a names registry, severity overrides…) are active while the rules run."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options):
        groups: Groups = [defaultdict(list) for _ in rules]
        for extraction in extractions:
            for grouped, pairs in zip(groups, map_extraction(extraction, rules).pairs):
                for key, item in pairs:
                    grouped[key].append(item)
        return finish([compare(groups, index, rule) for index, rule in enumerate(rules)], rules)


def compare(groups: Groups, index: int, rule: Rule) -> set[Finding]:
    grouped = groups[index]
    found: set[Finding] = set()
    for key in sorted(grouped, key=repr):
        found.update(rule.compare(key, grouped[key]))
    return found


def finish(found: Sequence[set[Finding]], rules: Sequence[Rule]) -> list[Finding]:
    """Each rule's findings (one set per rule) merged by the rule, pooled, kept at or above
    the active options' ``min_confidence`` and sorted."""
    everything: set[Finding] = set()
    for rule, findings in zip(rules, found):
        if rule.merge is not None:
            findings = set(rule.merge(sorted(findings, key=total_order)))
        everything.update(findings)
    floor = confidence_rank(active().min_confidence)
    return sorted((f for f in everything if confidence_rank(f.confidence) >= floor), key=total_order)


def total_order(finding: Finding) -> tuple:
    """The report order (:meth:`Finding.sort_key`), ties broken by every other field, so the
    order never depends on set iteration (which differs between processes)."""
    return (finding.sort_key(), finding.locations, finding.severity, finding.suggestion or "")


# --- streamed, parallel, cached, with the groups on disk -------------------------------------

def check_documents(documents: Iterable[Document], rules: Optional[Sequence[Rule]] = None,
                    options: Optional[CheckOptions] = None, jobs: int = 1,
                    cache=None) -> tuple[list[Finding], int]:
    """Extract and check ``documents`` (streamed); the findings and how many documents there were.

    ``cache`` (a :class:`quotecli.cache.Cache`) keeps each document's mapped items
    between runs; an unchanged document is neither extracted nor mapped again."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options) as options, tempfile.TemporaryDirectory(prefix="quotecli-groups-") as directory:
        setup = (directory, [r.id for r in rules], options)
        keyer = cache.keyer(rules, options) if cache is not None else None
        work = ((position, document, keyer(document) if keyer else None)
                for position, document in enumerate(documents))
        if jobs <= 1:
            _init_worker(*setup, rules=rules)
            try:
                index, count = _map_here(work, cache)
                _worker.writer.close()
                found = [_compare_partition(p, index) for p in range(spill.PARTITIONS)]
            finally:
                _end_worker()
        else:
            with _pool(jobs, setup, None) as pool:
                index, count = _map_in_pool(pool, work, cache, jobs)
            with _pool(jobs, setup, index) as pool:
                found = list(pool.map(_compare_partition, range(spill.PARTITIONS)))
        per_rule: list[set[Finding]] = [set() for _ in rules]
        for partition in found:
            for rule_index, findings in partition:
                per_rule[rule_index].update(findings)
        return finish(per_rule, rules), count


@dataclass
class _Worker:
    """What a worker process (or this one, for ``jobs`` 1) knows for the length of a run."""

    directory: str
    rules: list[Rule]
    options: CheckOptions
    writer: Optional[spill.SpillWriter] = None
    index: Optional[spill.HandleIndex] = None


_worker: Optional[_Worker] = None


def _init_worker(directory: str, rule_ids: list[str], options: CheckOptions,
                 index: Optional[spill.HandleIndex] = None, rules: Optional[list[Rule]] = None) -> None:
    global _worker
    if rules is None:
        by_id = {r.id: r for r in all_rules()}
        rules = [by_id[i] for i in rule_ids]
    writer = spill.SpillWriter(directory, f"w{os.getpid()}") if index is None else None
    _worker = _Worker(directory, rules, options, writer, index)


def _end_worker() -> None:
    global _worker
    _worker = None


def _pool(jobs: int, setup: tuple, index: Optional[spill.HandleIndex]) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                               initargs=(*setup, index))


def _map_one(position: int, document: Document, cached: Optional[bytes], want_blob: bool):
    """Map one document (unless its cached result loads) and spill its items.

    Returns the result to store in the cache (None when it came from there) and the
    handle's index entry."""
    mapped = loads(cached)
    blob = None
    if mapped is None:
        mapped = map_document(document, _worker.rules)
        blob = dumps(mapped) if want_blob else None
    return blob, _worker.writer.write(position, mapped.handle, mapped.pairs)


def _map_batch(batch: list[tuple]) -> list[tuple]:
    with activated(_worker.options):
        results = [_map_one(*task) for task in batch]
    _worker.writer.flush()
    return results


def _map_here(work, cache) -> tuple[spill.HandleIndex, int]:
    index: spill.HandleIndex = {}
    count = 0
    for position, document, key in work:
        blob, (token, entry) = _map_one(position, document, cache.get(key) if key else None, key is not None)
        if blob is not None:
            cache.put(key, blob)
        index[token] = entry
        count += 1
    return index, count


def _map_in_pool(pool, work, cache, jobs: int) -> tuple[spill.HandleIndex, int]:
    index: spill.HandleIndex = {}
    pending: deque = deque()
    count = 0

    def settle(keep: int) -> None:
        while len(pending) > keep:
            keys, future = pending.popleft()
            for key, (blob, (token, entry)) in zip(keys, future.result()):
                if blob is not None:
                    cache.put(key, blob)
                index[token] = entry

    batch: list[tuple] = []
    keys: list = []
    for position, document, key in work:
        count += 1
        batch.append((position, document, cache.get(key) if key else None, key is not None))
        keys.append(key)
        if len(batch) >= BATCH:
            pending.append((keys, pool.submit(_map_batch, batch)))
            batch, keys = [], []
            settle(jobs * IN_FLIGHT_PER_JOB)
    if batch:
        pending.append((keys, pool.submit(_map_batch, batch)))
    settle(0)
    return index, count


def _compare_partition(partition: int, index: Optional[spill.HandleIndex] = None) -> list[tuple[int, set]]:
    """Every group of one partition compared; (rule index, its findings) per rule."""
    index = index if index is not None else _worker.index
    groups = spill.partition_groups(_worker.directory, partition, index, len(_worker.rules))
    with activated(_worker.options):
        return [(i, compare(groups, i, rule)) for i, rule in enumerate(_worker.rules) if groups[i]]
