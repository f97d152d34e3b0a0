"""Comparison results reused between runs: what makes a warm ``check`` cheap.

A rule's ``compare(key, items)`` is a pure function of its group's items (and of the
active options, which are part of the settings), and a document's items are a
function of its cache key (a digest of its text, its metadata, the tool's code and
the settings). So:

* a whole run's findings are stored under a digest of the settings and of every
  document's key in input order: an unchanged corpus is answered from that one row,
  and no document's items or keys are read;
* each run also stores its documents' keys and the findings of each of its groups
  (the groups that found something; the rest found nothing). A later run under the
  same settings picks, of the last ``RECENT`` such runs, the one whose documents
  differ least from its own, reads the slim key lists of its documents (not their
  items) and compares again only the groups that an added, edited or removed document
  is or was in, with the items of just the documents in those groups read back;
  every other group has exactly the items it had then, so its findings are taken
  over. When no earlier run is close (fewer than half the documents shared) every
  group is compared.

Per-group rows keyed by a digest of each group's members were tried first: on
``../shared/corpora`` that is 840,000 rows to write on a cold run and to look up on
every warm one, seconds either way, where this costs one row per run.

Only new or edited documents are extracted and mapped (in worker processes, and here
while the workers have their fill). This path holds every document's keys at once, so it
serves runs of up to ``engine.SPILL_AFTER`` documents; a larger run goes on through the
engine's on-disk groups, with the per-document cache only.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

from ..document import Document
from . import engine
from .model import Finding
from .registry import Rule

#: Runs remembered per settings, to find the one a new run differs least from.
RECENT = 4


@dataclass
class _Entry:
    """One document of the run: its cache key, the document (in case its entry is unreadable)
    and, when the cache did not hold it, what this run mapped of it."""

    key: str
    document: Document
    fresh: Optional[tuple[bytes, bytes]] = None


class TooLarge(Exception):
    """The run has more documents than this path keeps: go on with ``documents``."""

    def __init__(self, documents: Iterator[Document]):
        super().__init__("run too large for reuse")
        self.documents = documents


def check(documents: Iterable[Document], rules: Sequence[Rule], jobs: int, cache, keyer,
          settings: str, setup: tuple) -> tuple[list[Finding], int]:
    """The findings of ``rules`` over ``documents``, reusing what ``cache`` holds; raises
    :class:`TooLarge` (with every document still to check) past ``SPILL_AFTER`` documents."""
    entries = _collect(iter(documents), rules, jobs, cache, keyer, setup)
    digests = [bytes.fromhex(entry.key) for entry in entries]
    prefix = hashlib.sha256(settings.encode()).digest()
    run_key = hashlib.blake2b(b"run" + prefix + b"".join(digests), digest_size=16).digest()
    recent_key = b"recent" + prefix[:16]
    stored = cache.results([run_key, recent_key])
    findings = _loaded(stored.get(run_key))
    if isinstance(findings, list):
        return findings, len(entries)

    slots: dict[object, int] = {}
    slot_of = [slots.setdefault(rule.map, len(slots)) for rule in rules]
    recent = _loaded(stored.get(recent_key))
    recent = [k for k in recent if isinstance(k, bytes)] if isinstance(recent, list) else []
    base = _closest(cache, recent, digests)
    found = None
    if base is not None:
        found = _compare_delta(base, entries, digests, rules, slot_of, jobs, cache)
    if found is None:
        found = _compare_all(entries, rules, jobs, cache)

    per_rule: list[set[Finding]] = [set() for _ in rules]
    for (rule_index, _), findings in found.items():
        per_rule[rule_index].update(findings)
    findings = engine.finish(per_rule, rules)
    record = (b"".join(digests), {group: sorted(f, key=engine.total_order) for group, f in found.items()})
    cache.put_result(run_key, pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL))
    cache.put_result(b"groups" + run_key, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    cache.put_result(recent_key, pickle.dumps([run_key] + [k for k in recent if k != run_key][:RECENT - 1]))
    return findings, len(entries)


def _closest(cache, recent: list[bytes], digests: list[bytes]) -> Optional[tuple[list[bytes], dict]]:
    """Of the last runs under these settings, the one whose documents differ least from
    this run's (its document keys and its groups' findings); None when none is close."""
    current = set(digests)
    best, best_changed = None, len(digests) // 2 + 1
    records = cache.results([b"groups" + k for k in recent])
    for run_key in recent:
        record = _loaded(records.get(b"groups" + run_key))
        if not (isinstance(record, tuple) and len(record) == 2):
            continue
        joined, groups = record
        previous = [joined[i:i + 32] for i in range(0, len(joined), 32)]
        changed = len(current.symmetric_difference(previous))
        if changed < best_changed:
            best, best_changed = (previous, groups), changed
    return best


def _compare_all(entries: list[_Entry], rules: Sequence[Rule], jobs: int, cache) -> dict[tuple, set]:
    """Every group compared: the non-empty findings by ``(rule index, key)``."""
    groups: engine.Groups = [defaultdict(list) for _ in rules]
    for entry in entries:
        mapped = _mapped_of(entry, rules, cache)
        entry.fresh = None
        for grouped, pairs in zip(groups, mapped.pairs):
            for key, item in pairs:
                grouped[key].append(item)
    return {(rule_index, key): findings for rule_index, key, findings
            in engine._compare_in_memory(groups, rules, jobs) if findings}


def _compare_delta(base: tuple[list[bytes], dict], entries: list[_Entry], digests: list[bytes],
                   rules: Sequence[Rule], slot_of: list[int], jobs: int, cache) -> Optional[dict[tuple, set]]:
    """This run's group findings from a previous run's: only the groups that a document
    added, edited or removed is (or was) in are compared again; None when the two runs
    cannot be related (their shared documents in another order, a document given twice
    a different number of times, the keys of a removed document unreadable)."""
    previous, previous_found = base
    before, now = Counter(previous), Counter(digests)
    shared = {d for d in now if before.get(d) == now[d]}
    if any(d in before for d in now if d not in shared):
        return None
    if [d for d in digests if d in shared] != [d for d in previous if d in shared]:
        return None
    keys = [_keys_of(entry, rules, cache) for entry in entries]   # an unreadable entry is mapped anew
    changed = [keys[p] for p, entry in enumerate(entries) if digests[p] not in shared or entry.fresh is not None]
    for digest in before:
        if digest not in now:   # removed: the groups it was in lose it
            old = _loaded(cache.get_keys(digest.hex()))
            if not isinstance(old, list) or len(old) != len(rules):
                return None
            changed.append(old)
    first = {slot: slot_of.index(slot) for slot in set(slot_of)}
    touched: dict[int, set] = {slot: set() for slot in first}
    for per_rule in changed:
        for slot, rule_index in first.items():
            touched[slot].update(per_rule[rule_index])
    needed = [position for position, per_rule in enumerate(keys)
              if any(not touched[slot].isdisjoint(per_rule[rule_index]) for slot, rule_index in first.items())]
    del keys
    groups: engine.Groups = [defaultdict(list) for _ in rules]
    for position in needed:
        mapped = _mapped_of(entries[position], rules, cache)
        for rule_index, (grouped, pairs) in enumerate(zip(groups, mapped.pairs)):
            wanted = touched[slot_of[rule_index]]
            for key, item in pairs:
                if key in wanted:
                    grouped[key].append(item)
    found = {group: set(findings) for group, findings in previous_found.items()
             if group[1] not in touched[slot_of[group[0]]]}
    found.update(((rule_index, key), findings) for rule_index, key, findings
                 in engine._compare_in_memory(groups, rules, jobs) if findings)
    return found


def _loaded(value: Optional[bytes]):
    if not value:
        return None
    try:
        return pickle.loads(value)
    except Exception:   # a damaged entry is a miss
        return None


def _collect(documents: Iterator[Document], rules: Sequence[Rule], jobs: int, cache, keyer,
             setup: tuple) -> list[_Entry]:
    """Every document keyed and looked up; the new ones mapped (in workers when ``jobs`` > 1)."""
    entries: list[_Entry] = []
    pool = None
    pending: deque = deque()
    batch: list[int] = []

    def settle(keep: int) -> None:
        """Store the finished results at the head of the queue; wait while more than ``keep``
        are queued."""
        while pending and (len(pending) > keep or pending[0][1].done()):
            positions, future = pending.popleft()
            for position, (saved, _, _) in zip(positions, future.result()):
                entries[position].fresh = saved
                cache.put(entries[position].key, *saved)

    def submit() -> None:
        nonlocal pool, batch
        if batch:
            if pool is None:
                pool = engine._pool(jobs, setup)
            tasks = [(p, entries[p].document, None, True, False) for p in batch]
            pending.append((batch, pool.submit(engine._map_batch, tasks)))
            batch = []

    try:
        for document in documents:
            if len(entries) >= engine.SPILL_AFTER:
                settle(0)
                cache.flush()
                held = [entry.document for entry in entries]
                entries.clear()
                raise TooLarge(_chain(held, document, documents))
            entry = _Entry(keyer(document), document)
            entries.append(entry)
            if not cache.has(entry.key):   # its keys are read only if the run's findings are not stored
                if jobs <= 1 or len(pending) >= jobs * engine.IN_FLIGHT_PER_JOB:
                    entry.fresh = _map_here(document, rules)   # the workers have their fill: map it here
                    cache.put(entry.key, *entry.fresh)
                else:
                    batch.append(len(entries) - 1)
                    if len(batch) >= engine.BATCH:
                        submit()
                settle(jobs * engine.IN_FLIGHT_PER_JOB)
        submit()
        settle(0)
    finally:
        if pool is not None:
            pool.shutdown()
    return entries


def _chain(held: list[Document], document: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield from held
    yield document
    yield from rest


def _map_here(document: Document, rules: Sequence[Rule]) -> tuple[bytes, bytes]:
    return engine.stored(engine.map_document(document, rules))


def _keys_of(entry: _Entry, rules: Sequence[Rule], cache) -> list[list]:
    """One document's keys per rule; an unreadable stored entry is mapped again."""
    if entry.fresh is None:
        keys = _loaded(cache.get_keys(entry.key))
        if isinstance(keys, list) and len(keys) == len(rules):
            return keys
        entry.fresh = _map_here(entry.document, rules)
        cache.put(entry.key, *entry.fresh, repair=True)
    return pickle.loads(entry.fresh[1])


def _mapped_of(entry: _Entry, rules: Sequence[Rule], cache) -> engine.Mapped:
    """One document's items: mapped this run, else read back (mapped again when unreadable)."""
    if entry.fresh is None:
        mapped = engine.loads(cache.get(entry.key))
        if mapped is not None and len(mapped.pairs) == len(rules):
            return mapped
        entry.fresh = _map_here(entry.document, rules)
        cache.put(entry.key, *entry.fresh, repair=True)
    return engine.loads(entry.fresh[0])
