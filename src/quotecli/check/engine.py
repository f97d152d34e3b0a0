"""Runs rules over documents: map to keyed items, group by key, compare inside groups.

:func:`check_documents` (what ``quotecli check`` runs) has two phases: the map
over ``jobs`` worker processes, the compare over ``jobs - 1`` (this process alone
when ``jobs`` is 1). This process maps documents itself whenever the workers
have their fill queued (it reads and groups besides), and compares the chunks no
worker has started: what it does is neither pickled nor copied on write, and it
is not idle while they work.

1. **map** — per document: extract it, or take its result from the cache;
   hand the rules a :class:`~quotecli.handle.DocumentHandle` in place of the
   document (metadata, a line index, the text packed) and collect every rule's
   ``(key, item)`` pairs. Documents are streamed with a bounded number in
   flight; the article itself is dropped once mapped.
2. **group** — in memory while the run is small; past ``SPILL_AFTER``
   documents the items go to partition files by key instead
   (:mod:`quotecli.check.spill`), written by the workers, so memory stays
   bounded however large the corpus (at some CPU cost: an item is written once,
   but read back once per partition that holds one of its keys).
3. **compare** — balanced chunks of the groups (forked workers inherit them),
   or one partition at a time, shared out between the workers and this
   process. The findings come back, each rule's ``merge`` joins them, and the
   list is sorted by a total order, so any ``--jobs`` prints byte for byte
   what ``--jobs 1`` prints.

Rules that share a ``map`` function (quote-wording and quote-speaker) have it
computed once per document. The active :class:`CheckOptions` are activated in
every worker. :func:`run_rules` is the same map → group → compare in memory,
over extractions a program already has.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import tempfile
from collections import defaultdict, deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Optional, Sequence

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


def dump_keys(mapped: Mapped) -> bytes:
    """The group keys of one mapped document, per rule, without the items: what a rerun
    reads of an unchanged document (rules that share a map share one list)."""
    shared: dict[int, list] = {}
    keys = [shared.setdefault(id(pairs), [key for key, _ in pairs]) for pairs in mapped.pairs]
    return pickle.dumps(keys, protocol=pickle.HIGHEST_PROTOCOL)


def stored(mapped: Mapped) -> tuple[bytes, bytes]:
    """What the cache keeps of one mapped document: its items and its keys."""
    return dumps(mapped), dump_keys(mapped)


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

#: Allocations between young collections while a run holds its rule items (Python's default
#: is 700), and collections of each generation before the next is collected.
GC_THRESHOLD = (100_000, 50, 1000)


@contextmanager
def few_collections() -> Iterator[None]:
    """Python's cyclic collector run rarely for the length of a check, then as it was.

    A run holds about a million rule items, all alive until the compare; with the default
    thresholds the collector walks them over and over (about 18 s of CPU on
    ``../shared/corpora``, a third of the run) and frees nothing. Young garbage is still
    collected, just in larger batches. Forked workers inherit the setting."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_rules(extractions: Iterable[Extraction], rules: Optional[Sequence[Rule]] = None,
              options: Optional[CheckOptions] = None) -> list[Finding]:
    """Every finding of ``rules`` (all rules by default) over ready extractions, sorted.

    ``options`` (a names registry, severity overrides…) are active while the rules run."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options), few_collections():
        groups: Groups = [defaultdict(list) for _ in rules]
        for extraction in extractions:
            for grouped, pairs in zip(groups, map_extraction(extraction, rules).pairs):
                for key, item in pairs:
                    grouped[key].append(item)
        return finish([compare(groups, index, rule) for index, rule in enumerate(rules)], rules)


def compare(groups: Groups, index: int, rule: Rule) -> set[Finding]:
    """Every group of one rule compared (in insertion order: the findings are a set, sorted
    by :func:`finish`, so the order of the groups never shows), skipping groups smaller
    than the rule's ``min_group``."""
    found: set[Finding] = set()
    smallest = rule.min_group
    for key, members in groups[index].items():
        if len(members) >= smallest:
            found.update(rule.compare(key, members))
    return found


def finish(found: Sequence[set[Finding]], rules: Sequence[Rule]) -> list[Finding]:
    """Each rule's findings (one set per rule) merged by the rule, pooled, kept at or above
    the active options' ``min_confidence`` and sorted."""
    merged: dict[str, set[Finding]] = {}
    for rule, findings in zip(rules, found):
        if rule.merge is not None:
            findings = set(rule.merge(sorted(findings, key=total_order)))
        merged[rule.id] = findings
    everything: set[Finding] = set()
    for rule in rules:
        findings = merged[rule.id]
        if rule.defers_to:
            findings = _not_deferred(findings, [merged[i] for i in rule.defers_to if i in merged])
        everything.update(findings)
    floor = confidence_rank(active().min_confidence)
    return sorted((f for f in everything if confidence_rank(f.confidence) >= floor), key=total_order)


def _not_deferred(findings: set[Finding], stronger: list[set[Finding]]) -> set[Finding]:
    """The findings whose first location overlaps no location of a finding of the rules
    deferred to (see ``Rule.defers_to``)."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for others in stronger:
        for other in others:
            for place in other.locations:
                taken[place.doc].append((place.start, place.end))
    if not taken:
        return findings
    return {f for f in findings if not f.locations or not any(
        a < f.locations[0].end and f.locations[0].start < b for a, b in taken.get(f.locations[0].doc, ()))}


def total_order(finding: Finding) -> tuple:
    """The report order (:meth:`Finding.sort_key`), ties broken by every other field, so the
    order never depends on set iteration (which differs between processes)."""
    return (finding.sort_key(), finding.locations, finding.severity, finding.suggestion or "")


# --- streamed, parallel, cached; the groups in memory or on disk ----------------------------

#: Past this many documents the rule items are spilled to partition files.
SPILL_AFTER = 8000
#: Below this many items the in-memory compare stays in this process (forking costs more).
PARALLEL_MIN_ITEMS = 5000
#: Chunks of groups per worker for the in-memory compare (more chunks balance better).
CHUNKS_PER_JOB = 8


def check_documents(documents: Iterable[Document], rules: Optional[Sequence[Rule]] = None,
                    options: Optional[CheckOptions] = None, jobs: int = 1,
                    cache=None) -> tuple[list[Finding], int]:
    """Extract and check ``documents`` (streamed); the findings and how many documents there were.

    ``cache`` (a :class:`quotecli.cache.Cache`) keeps each document's mapped items
    between runs; an unchanged document is neither extracted nor mapped again."""
    rules = list(rules) if rules is not None else all_rules()
    with activated(options) as options, few_collections(), \
            tempfile.TemporaryDirectory(prefix="quotecli-groups-") as directory:
        setup = (directory, [r.id for r in rules], options)
        keyer = cache.keyer(rules, options) if cache is not None else None
        _init_worker(*setup, rules=rules)
        if keyer is not None:
            from . import reuse

            try:
                return reuse.check(documents, rules, jobs, cache, keyer, cache.settings(rules, options), setup)
            except reuse.TooLarge as large:
                documents = large.documents
            finally:
                _end_worker()
            _init_worker(*setup, rules=rules)
        work = ((position, document, keyer(document) if keyer else None)
                for position, document in enumerate(documents))
        try:
            grouping = _Grouping(len(rules))
            if jobs <= 1:
                _map_here(work, cache, grouping)
            else:
                if cache is None:
                    _warm(rules)
                with _pool(jobs, setup) as pool:
                    _map_in_pool(pool, work, cache, jobs, grouping)
            if grouping.spilled:
                _worker.writer.close()
                _worker.writer = None
                found = _compare_spilled(grouping.index, jobs, setup)
            else:
                found = [(index, findings) for index, _, findings in
                         _compare_in_memory(grouping.groups, rules, jobs)]
        finally:
            _end_worker()
        per_rule: list[set[Finding]] = [set() for _ in rules]
        for rule_index, findings in found:
            per_rule[rule_index].update(findings)
        return finish(per_rule, rules), grouping.count


class _Grouping:
    """The groups of a run: in memory until ``SPILL_AFTER`` documents, then on disk."""

    def __init__(self, rule_count: int):
        self.groups: Groups = [defaultdict(list) for _ in range(rule_count)]
        self.held: list[tuple[int, Mapped]] = []
        self.index: spill.HandleIndex = {}
        self.count = 0
        self.spilled = False

    def add(self, position: int, mapped: Mapped) -> None:
        if self.spilled:
            token, entry = _worker.writer.write(position, mapped.handle, mapped.pairs)
            self.index[token] = entry
            return
        self.held.append((position, mapped))
        for grouped, pairs in zip(self.groups, mapped.pairs):
            for key, item in pairs:
                grouped[key].append(item)

    def spilled_entry(self, token: bytes, entry: tuple) -> None:
        self.index[token] = entry

    def counted(self) -> bool:
        """Count one more document; True once the run should spill (and it now does)."""
        self.count += 1
        if not self.spilled and self.count > SPILL_AFTER:
            self.spilled = True
            _worker.writer = spill.SpillWriter(_worker.directory, "main")
            for position, mapped in self.held:
                self.add(position, mapped)
            self.held.clear()
            self.groups = [defaultdict(list) for _ in self.groups]
        return self.spilled


@dataclass
class _Worker:
    """What a worker process (or this one) knows for the length of a run."""

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
    _worker = _Worker(directory, rules, options, None, index)


def _end_worker() -> None:
    global _worker
    _worker = None


def _flush_before_fork() -> None:
    """Empty this process's spill buffers before a fork: a worker forked mid-run (the pool
    starts its workers at the first task, which may come after spilling began) inherits
    the writer, and would otherwise write its buffered records a second time on exit."""
    if _worker is not None and _worker.writer is not None:
        _worker.writer.flush()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_flush_before_fork)


#: A short article that reaches every extractor and rule map: mapped once in this process
#: before the map workers fork (see :func:`_warm`).
_WARM_TEXT = ('Jane Doe, the mayor of Springfield, said on Monday, March 3, 2025: "Prices rose '
              '12 percent last year."\nShe added that 40,000 people had moved there.')


def _warm(rules: Sequence[Rule]) -> None:
    """Load what mapping needs (the extractors' modules and regexes, the lexicons, the
    English word list: about 0.3 s of CPU) in this process before the map workers fork, so
    that they inherit it instead of each loading it again. Only for a run that maps every
    document (no cache): this process maps documents too then, so it loads them anyway."""
    map_document(Document("", _WARM_TEXT), rules)


def _pool(jobs: int, setup: tuple, index: Optional[spill.HandleIndex] = None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=_fork(), initializer=_init_worker,
                               initargs=(*setup, index))


def _fork():
    """Fork where the platform has it: workers start at once and inherit the loaded rules."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _map_one(position: int, document: Document, cached: Optional[bytes], want_blob: bool, spills: bool):
    """Map one document (unless its cached result loads).

    Returns what to store in the cache (None when it came from there) and either the
    mapped result (pickled, to group in the parent) or, when the run spills, the
    index entry of its handle, the items being written to this worker's partitions."""
    mapped = loads(cached)
    blob = keys = None
    if mapped is None:
        mapped = map_document(document, _worker.rules)
        blob = dumps(mapped) if want_blob or not spills else None
        keys = dump_keys(mapped) if want_blob else None
    store = (blob, keys) if want_blob and blob is not None else None
    if spills:
        if _worker.writer is None:
            _worker.writer = spill.SpillWriter(_worker.directory, f"w{os.getpid()}")
        return store, None, _worker.writer.write(position, mapped.handle, mapped.pairs)
    return store, (blob if blob is not None else cached), None


def _map_batch(batch: list[tuple]) -> list[tuple]:
    with activated(_worker.options):
        results = [_map_one(*task) for task in batch]
    if _worker.writer is not None:
        _worker.writer.flush()
    return results


def _map_here(work, cache, grouping: _Grouping) -> None:
    for position, document, key in work:
        grouping.counted()
        cached = cache.get(key) if key else None
        mapped = loads(cached)
        if mapped is None:
            mapped = _map_here_one(document, key, cache, cached)
        grouping.add(position, mapped)


def _map_in_pool(pool, work, cache, jobs: int, grouping: _Grouping) -> None:
    """Documents to the ``jobs`` workers in batches, and to this process whenever every
    worker has its fill in flight; results taken in input order (a cached result that
    needs no spilling is grouped here, without a trip to a worker).

    A document mapped here is never pickled (a worker's result is pickled there and
    unpickled here: 2.5 s of CPU for the 17 s that mapping ../shared/corpora takes). This process reads the files and groups
    every result besides, so it maps in the gaps next to a full set of workers rather
    than standing in for one."""
    pending: deque = deque()
    window = jobs * IN_FLIGHT_PER_JOB
    in_flight = 0

    def settle(keep: int) -> None:
        """Group the finished results at the head of the queue; wait for the head while
        more than ``keep`` are queued."""
        nonlocal in_flight
        while pending:
            positions, keys, work = pending[0]
            if isinstance(work, Mapped):
                pending.popleft()
                grouping.add(positions, work)
                continue
            if len(pending) <= keep and not work.done():
                return
            pending.popleft()
            in_flight -= 1
            for position, key, (saved, blob, entry) in zip(positions, keys, work.result()):
                if saved is not None:
                    cache.put(key, *saved)
                if entry is not None:
                    grouping.spilled_entry(*entry)
                else:
                    grouping.add(position, loads(blob))

    batch: list[tuple] = []
    keys: list = []

    def submit() -> None:
        nonlocal batch, keys, in_flight
        if batch:
            pending.append(([t[0] for t in batch], keys, pool.submit(_map_batch, batch)))
            batch, keys = [], []
            in_flight += 1

    for position, document, key in work:
        spills = grouping.counted()
        cached = cache.get(key) if key else None
        mapped = None if spills else loads(cached)
        if mapped is None and in_flight >= window:
            mapped = _map_here_one(document, key, cache, cached)
        if mapped is not None:
            submit()
            pending.append((position, key, mapped))
        else:
            batch.append((position, document, cached, key is not None, spills))
            keys.append(key)
            if len(batch) >= BATCH:
                submit()
        settle(window + MAPPED_HERE_AHEAD)
    submit()
    settle(0)


#: Documents mapped in this process that may wait, queued, for a worker's late result
#: before this process waits for it (bounds the memory they hold).
MAPPED_HERE_AHEAD = 64


def _map_here_one(document: Document, key, cache, cached: Optional[bytes]) -> Mapped:
    """Map one document in this process (the cached result did not load); cache it."""
    mapped = map_document(document, _worker.rules)
    if key:
        cache.put(key, *stored(mapped), repair=cached is not None)
    return mapped


# --- compare ---------------------------------------------------------------------------------

_shared_chunks: Optional[list[list[tuple[int, Hashable, list]]]] = None


def _compare_in_memory(groups: Groups, rules: Sequence[Rule], jobs: int) -> list[tuple[int, Hashable, set]]:
    """Every group compared: ``(rule index, key, findings)`` per group."""
    tasks = [(index, key, members) for index, grouped in enumerate(groups)
             for key, members in grouped.items() if len(members) >= rules[index].min_group]
    items = sum(len(t[2]) for t in tasks)
    if jobs <= 1 or items < PARALLEL_MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        return [(index, key, set(rules[index].compare(key, members))) for index, key, members in tasks]
    global _shared_chunks
    costs = [len(members) ** 2 + 1 for _, _, members in tasks]
    chunks = balanced_chunks(costs, jobs * CHUNKS_PER_JOB)
    _shared_chunks = [[tasks[i] for i in chunk] for chunk in chunks]
    gc.freeze()   # the forked workers then never touch (and copy) the groups' GC headers
    try:
        with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            return [result for part in shared_out(pool, _compare_chunk, len(chunks)) for result in part]
    finally:
        gc.unfreeze()
        _shared_chunks = None


def shared_out(pool, function, count: int) -> list:
    """``[function(i) for i in range(count)]``, worked through by the pool's workers from the
    first task and by this process from the last one (the tasks no worker has started).

    This process holds the data already: what it computes is neither copied on write
    by a fork nor pickled back, and it does not sit idle while the workers run."""
    futures = [pool.submit(function, i) for i in range(count)]
    here: dict[int, object] = {}
    for i in reversed(range(count)):
        if futures[i].cancel():
            here[i] = function(i)
    return [here[i] if i in here else futures[i].result() for i in range(count)]


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


def _compare_chunk(index: int) -> list[tuple[int, Hashable, set]]:
    """Runs in a forked worker: the groups and the active options came with the fork."""
    return [(rule_index, key, set(_worker.rules[rule_index].compare(key, members)))
            for rule_index, key, members in _shared_chunks[index]]


def _compare_spilled(index: spill.HandleIndex, jobs: int, setup: tuple) -> list[tuple[int, set]]:
    partitions = range(spill.PARTITIONS)
    _worker.index = index
    if jobs <= 1:
        parts = [_compare_partition(p) for p in partitions]
    else:
        with _pool(jobs - 1, setup, index) as pool:
            parts = shared_out(pool, _compare_partition, len(partitions))
    return [result for part in parts for result in part]


def _compare_partition(partition: int) -> list[tuple[int, set]]:
    """Every group of one partition compared; (rule index, its findings) per rule."""
    groups = spill.partition_groups(_worker.directory, partition, _worker.index, len(_worker.rules))
    with activated(_worker.options):
        return [(i, compare(groups, i, rule)) for i, rule in enumerate(_worker.rules) if groups[i]]
