"""Speed: characters per second of each extractor, of the whole extraction, and of ``check``.

    python benchmarks/bench.py                      # all of ../shared/corpora
    python benchmarks/bench.py ../shared/corpora/bbc --repeat 3
    python benchmarks/bench.py --phases             # where one process's CPU goes in ``check``

Timings are wall-clock on one core (``--jobs`` for the parallel figure of the whole run);
the best of ``--repeat`` runs is kept, so other load on the machine inflates them less.
``--phases`` runs ``check``'s steps one after another in this process and prints the CPU
time of each: every extractor, each rule's map, pickling a mapped document (what a worker
sends back), grouping, each rule's compare and the final merge and sort.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import quotecli  # noqa: E402
from quotecli.extract import extract_all  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def best_of(repeat: int, func) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel whole-run figure")
    parser.add_argument("--phases", action="store_true", help="CPU time of each step of check, in one process")
    args = parser.parse_args(argv)
    if not all(Path(p).exists() for p in args.paths):
        print(f"skipped: {args.paths} not present", file=sys.stderr)
        return 0
    if args.phases:
        return phases(args.paths)

    start = time.perf_counter()
    documents, errors = quotecli.load(args.paths)
    load_time = time.perf_counter() - start
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} documents, {chars / 1e6:.2f} M characters ({len(errors)} unreadable); "
          f"loading took {load_time:.2f}s")

    def forget_segments():
        for d in documents:
            d.__dict__.pop("segments", None)

    def segment_all():
        forget_segments()
        for d in documents:
            d.segments  # noqa: B018  (the cached property computes the segmentation)

    def extract_fresh():
        forget_segments()
        return [quotecli.extract(d) for d in documents]

    rows = [("segment", best_of(args.repeat, segment_all))]
    for name, func in [
        ("people", quotecli.extract_people),
        ("quotes", lambda d: quotecli.extract_quotes(d, quotecli.extract_people(d))),
        ("numbers", quotecli.extract_numbers),
        ("dates", quotecli.extract_dates),
    ]:
        rows.append((name, best_of(args.repeat, lambda: [func(d) for d in documents])))
    whole = best_of(args.repeat, extract_fresh)
    rows.append(("whole extraction, 1 core", whole))
    parallel = best_of(args.repeat, lambda: (forget_segments(), list(extract_all(documents, jobs=args.jobs))))
    rows.append((f"whole extraction, {args.jobs} processes", parallel))
    check = best_of(args.repeat, lambda: quotecli.check(documents, jobs=args.jobs))
    rows.append((f"check (extract + rules), {args.jobs} processes", check))

    print(f"{'stage':<42} {'seconds':>8} {'MB/s':>8} {'chars/s':>12}")
    for name, seconds in rows:
        note = " (quotes include people)" if name == "quotes" else ""
        print(f"{name:<42} {seconds:8.2f} {chars / seconds / 1e6:8.2f} {chars / seconds:12,.0f}{note}")
    return 0


def phases(paths: list[str]) -> int:
    """``check``'s steps in turn in this process, with the CPU time each takes (the engine
    runs them interleaved, over processes; this says which step to make cheaper)."""
    from quotecli.check.engine import Mapped, compare, dumps, few_collections, finish, loads
    from quotecli.check.registry import all_rules
    from quotecli.handle import DocumentHandle
    from quotecli.records import Extraction

    spent: dict[str, float] = defaultdict(float)
    clock = [time.process_time()]

    def tick(name: str) -> None:
        now = time.process_time()
        spent[name] += now - clock[0]
        clock[0] = now

    rules = all_rules()
    with few_collections():
        documents, _ = quotecli.load(paths)
        tick("read")
        groups = [defaultdict(list) for _ in rules]
        pickled = 0
        for document in documents:
            document.segments  # noqa: B018
            tick("extract: segment")
            people = quotecli.extract_people(document)
            tick("extract: people")
            quotes = quotecli.extract_quotes(document, people)
            tick("extract: quotes")
            numbers = quotecli.extract_numbers(document)
            tick("extract: numbers")
            dates = quotecli.extract_dates(document)
            tick("extract: dates")
            handle = DocumentHandle.of(document)
            slim = Extraction(handle, quotes, numbers, dates, people)
            computed: dict = {}
            for rule in rules:
                if rule.map not in computed:
                    computed[rule.map] = list(rule.map(slim))
                    tick(f"map: {rule.id}")
            handle.release()
            mapped = Mapped(handle, [computed[rule.map] for rule in rules])
            tick("pack the text")
            blob = dumps(mapped)
            pickled += len(blob)
            tick("pickle: dump")
            mapped = loads(blob)
            tick("pickle: load")
            for grouped, pairs in zip(groups, mapped.pairs):
                for key, item in pairs:
                    grouped[key].append(item)
            tick("group")
        found = []
        for index, rule in enumerate(rules):
            found.append(compare(groups, index, rule))
            tick(f"compare: {rule.id}")
        finish(found, rules)
        tick("merge and sort")
    chars = sum(len(d.text) for d in documents)
    total = sum(spent.values())
    extraction = sum(v for k, v in spent.items() if k.startswith("extract"))
    print(f"{len(documents)} documents, {chars / 1e6:.2f} M characters; mapped documents pickled: "
          f"{pickled / 1e6:.1f} MB")
    print(f"{'step':<24} {'CPU s':>7} {'share':>6}")
    for name in sorted(spent, key=lambda k: -spent[k]):
        print(f"{name:<24} {spent[name]:7.2f} {spent[name] / total:6.1%}")
    print(f"{'total':<24} {total:7.2f}")
    print(f"extraction: {chars / extraction / 1e6:.2f} M characters per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
