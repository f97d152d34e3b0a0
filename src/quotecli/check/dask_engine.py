"""The same check on a Dask cluster (``quotecli check --engine dask``; the ``dask`` extra).

The pipeline is the local engine's, cut at its three seams:

1. a **map over document partitions** — each worker extracts its documents and
   runs every rule's map (:func:`quotecli.check.engine.map_document`), emitting
   ``(bucket, position, rule, key, item)`` records;
2. a **shuffle by key** — records move to the partition of their bucket, a
   stable digest of ``(rule, key)`` (never Python's per-process ``hash``), so all
   items of a group meet on one worker;
3. a **compare per group** on the workers, in input order (``position``), and
   the findings are gathered, merged per rule and sorted exactly as locally.

Without ``scheduler`` a ``LocalCluster`` of ``jobs`` worker processes runs it.
On a real cluster, start ``dask scheduler`` on one machine and ``dask worker
tcp://HOST:8786`` on each, with quotecli installed in the same version
everywhere, then run ``quotecli check PATHS --engine dask --scheduler
tcp://HOST:8786``. The client reads the inputs and ships the documents to the
workers, so the paths need only be readable where the command runs; the cache
is not used by this engine (each worker would need its own).
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

from ..document import Document
from .engine import finish, map_document
from .model import Finding
from .options import CheckOptions, activated, active
from .registry import Rule, all_rules
from .spill import stable_digest

#: Partitions per worker for the map, and buckets per worker for the shuffle.
PARTITIONS_PER_WORKER = 4


def _rules(rule_ids: Sequence[str]) -> list[Rule]:
    by_id = {r.id: r for r in all_rules()}
    return [by_id[i] for i in rule_ids]


def _map_partition(numbered: Iterable[tuple[int, Document]], rule_ids: Sequence[str],
                   options: CheckOptions, buckets: int) -> list[tuple]:
    rules = _rules(rule_ids)
    records = []
    with activated(options):
        for position, document in numbered:
            mapped = map_document(document, rules)
            for rule_index, pairs in enumerate(mapped.pairs):
                for order, (key, item) in enumerate(pairs):
                    bucket = stable_digest(key) % buckets
                    records.append((bucket, (position, order), rule_index, key, item))
    return records


def _compare_bucket(bucket: tuple[int, list[tuple]], rule_ids: Sequence[str],
                    options: CheckOptions) -> list[tuple[int, list[Finding]]]:
    """Every group of one bucket compared; (rule index, its findings) per group."""
    rules = _rules(rule_ids)
    groups: list[dict] = [{} for _ in rules]
    for _, _, rule_index, key, item in sorted(bucket[1], key=lambda r: (r[2], r[1])):
        groups[rule_index].setdefault(key, []).append(item)
    with activated(options):
        return [(index, list(rules[index].compare(key, items)))
                for index, grouped in enumerate(groups) for key, items in grouped.items()
                if len(items) >= rules[index].min_group]


def check_with_dask(documents: Iterable[Document], rules: Optional[Sequence[Rule]] = None,
                    options: Optional[CheckOptions] = None, jobs: int = 2,
                    scheduler: Optional[str] = None, client=None) -> tuple[list[Finding], int]:
    """The findings of ``rules`` over ``documents`` computed on a Dask cluster, and the
    number of documents: the same list, in the same order, as the local engine's."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    rules = list(rules) if rules is not None else all_rules()
    with activated(options):
        options = active()
    numbered = list(enumerate(documents))
    if not numbered:
        return [], 0
    owned = []
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=":0")
            owned.append(cluster)
            client = Client(cluster)
        owned.insert(0, client)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        partitions = min(len(numbered), workers * PARTITIONS_PER_WORKER)
        buckets = workers * PARTITIONS_PER_WORKER
        rule_ids = [r.id for r in rules]
        records = db.from_sequence(numbered, npartitions=partitions).map_partitions(
            _map_partition, rule_ids, options, buckets)
        compared = records.groupby(lambda record: record[0], npartitions=buckets, shuffle="tasks") \
            .map(_compare_bucket, rule_ids, options).flatten()
        results = compared.compute(scheduler=client)
    finally:
        for resource in owned:
            resource.close()
    return _gathered(results, rules), len(numbered)


def _gathered(results: list[tuple[int, list[Finding]]], rules: Sequence[Rule]) -> list[Finding]:
    """The workers' findings merged and sorted exactly as the local engine does."""
    found: list[set[Finding]] = [set() for _ in rules]
    for index, findings in results:
        found[index].update(findings)
    return finish(found, rules)
