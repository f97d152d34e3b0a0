"""Speed: characters per second of each extractor, of the whole extraction, and of ``check``.

    python benchmarks/bench.py                      # all of ../shared/corpora
    python benchmarks/bench.py ../shared/corpora/bbc --repeat 3

Timings are wall-clock on one core (``--jobs`` for the parallel figure of the whole run);
the best of ``--repeat`` runs is kept, so other load on the machine inflates them less.
"""

from __future__ import annotations

import argparse
import sys
import time
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
    args = parser.parse_args(argv)
    if not all(Path(p).exists() for p in args.paths):
        print(f"skipped: {args.paths} not present", file=sys.stderr)
        return 0

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


if __name__ == "__main__":
    sys.exit(main())
