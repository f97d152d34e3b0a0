"""Comparison results reused between runs: what makes a warm ``check`` cheap.

A rule's ``compare(key, items)`` is a pure function of its group's items (and of the
active options, which are part of the settings). A group's items are in turn
fixed by *which* documents gave them and at which place of each document's item
list, since a document's items are a function of its cache key (a digest of its
text, its metadata, the tool's code and the settings). So a group's comparison
is keyed by a digest of the settings, the map it belongs to and, in group order,
the cache key of each member's document with the member's index there, and its
findings are stored under that digest; so are the findings of a whole run, under
a digest of the settings and of every document's key in input order.

A rerun therefore goes as follows. Each document is digested and looked up; only
new or edited documents are extracted and mapped (in worker processes). When
every document is unchanged, the whole run's findings are one row and nothing
else is read. Otherwise each document's group keys (a slim list, not its items)
are read, the groups' digests made, and their findings looked up; only the
groups whose digest is new (those an edited document's items reach, or a new
rule setting) are compared, with the items of just the documents in them read
back. Rules that share a map (quote-wording and quote-speaker) share one entry
per group, which holds each rule's findings.

This path holds every document's keys at once, so it serves runs of up to
``engine.SPILL_AFTER`` documents; a larger run goes on through the engine's
on-disk groups, with the per-document cache only.
"""

from __future__ import annotations

import hashlib
import pickle
from array import array
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Optional, Sequence

from ..document import Document
from . import engine
from .model import Finding
from .registry import Rule

#: Packs a member reference (document index, item index) into one int.
_SHIFT = 32
_LOW = (1 << _SHIFT) - 1


@dataclass
class _Entry:
    """One document of the run: its cache key, the document (in case its entry is unreadable)
    and either its stored keys (unchanged) or what this run mapped of it (new)."""

    key: str
    document: Document
    keys: Optional[bytes] = None
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
    digests = [bytes.fromhex(e.key)[:16] for e in entries]
    prefix = hashlib.sha256(settings.encode()).digest()
    run_key = hashlib.blake2b(b"run" + prefix + b"".join(digests), digest_size=16).digest()
    stored_run = cache.results([run_key]).get(run_key)
    findings = _loaded(stored_run)
    if findings is not None:
        return findings, len(entries)

    keys = [_keys_of(entry, rules, cache) for entry in entries]
    slots: dict[object, int] = {}
    slot_of = [slots.setdefault(rule.map, len(slots)) for rule in rules]
    first = {slot: slot_of.index(slot) for slot in slots.values()}
    grouped: list[dict[Hashable, list[int]]] = [defaultdict(list) for _ in slots]
    for position, per_rule in enumerate(keys):
        base = position << _SHIFT
        for slot, rule_index in first.items():
            groups = grouped[slot]
            for order, key in enumerate(per_rule[rule_index]):
                groups[key].append(base | order)

    digested: list[tuple[int, Hashable, list[int], bytes]] = []
    for slot, groups in enumerate(grouped):
        head = prefix + slot.to_bytes(2, "little")
        for key, members in groups.items():
            if len(members) == 1:
                body = digests[members[0] >> _SHIFT] + (members[0] & _LOW).to_bytes(4, "little")
            else:
                body = b"".join([digests[m >> _SHIFT] for m in members]) + \
                    array("L", [m & _LOW for m in members]).tobytes()
            digested.append((slot, key, members, hashlib.blake2b(head + body, digest_size=16).digest()))
    known = cache.results([d[3] for d in digested])

    per_rule: list[set[Finding]] = [set() for _ in rules]
    in_slot = [[i for i, s in enumerate(slot_of) if s == slot] for slot in range(len(slots))]
    missing = []
    for slot, key, members, digest in digested:
        value = known.get(digest)
        if value == b"":   # compared before: nothing found
            continue
        found = _loaded(value)
        if not isinstance(found, list) or len(found) != len(in_slot[slot]):
            missing.append((slot, key, members, digest))
            continue
        for rule_index, findings in zip(in_slot[slot], found):
            per_rule[rule_index].update(findings)
    if missing:
        for rule_index, findings in _compare_missing(missing, entries, rules, in_slot, jobs, cache):
            per_rule[rule_index].update(findings)
    findings = engine.finish(per_rule, rules)
    cache.put_result(run_key, pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL))
    return findings, len(entries)


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
        while len(pending) > keep:
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
            entry.keys = cache.get_keys(entry.key)
            entries.append(entry)
            if entry.keys is None:
                if jobs <= 1:
                    entry.fresh = _map_here(document, rules)
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
        keys = _loaded(entry.keys)
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


def _compare_missing(missing: list, entries: list[_Entry], rules: Sequence[Rule], in_slot: list[list[int]],
                     jobs: int, cache) -> list[tuple[int, set]]:
    """The groups not found compared (with the items of just the documents in them), each
    group's findings stored under its digest; (rule index, findings) per group and rule."""
    needed = sorted({m >> _SHIFT for _, _, members, _ in missing for m in members})
    mapped = {position: _mapped_of(entries[position], rules, cache) for position in needed}
    groups: engine.Groups = [{} for _ in rules]
    for slot, key, members, _ in missing:
        for rule_index in in_slot[slot]:
            groups[rule_index][key] = [mapped[m >> _SHIFT].pairs[rule_index][m & _LOW][1] for m in members]
    del mapped
    results = engine._compare_in_memory(groups, rules, jobs)
    found = {(rule_index, key): findings for rule_index, key, findings in results}
    for slot, key, _, digest in missing:
        per_rule = [sorted(found.get((i, key), ()), key=engine.total_order) for i in in_slot[slot]]
        value = pickle.dumps(per_rule, protocol=pickle.HIGHEST_PROTOCOL) if any(per_rule) else b""
        cache.put_result(digest, value)
    return [(rule_index, findings) for rule_index, _, findings in results]
