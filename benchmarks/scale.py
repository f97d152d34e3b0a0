"""How ``quotecli check`` scales: wall time, CPU time and peak memory at 1k, 10k and 100k articles.

    python benchmarks/scale.py                          # 1k, 10k, 100k articles, --jobs = cores
    python benchmarks/scale.py --sizes 1000 10000 --jobs 2

The corpora are built on the fly in a temporary folder (never committed) by
sampling the articles of ``../shared/corpora`` and lightly mutating each copy:
a third of its capitalised words get one letter changed (consistently inside
the article), half of its figures get other digits, and its date moves by up to
a year, so no two copies are the same text and the rules see new names,
figures and dates. Each size is one run of the real command (``--no-cache``)
in a fresh process; CPU time is that of the command and its worker processes,
peak memory is the largest sum of the resident set sizes of the command and
its workers seen while it ran (sampled every 0.2 s; forked workers share pages
with the parent, so the sum is an upper bound). The fitted exponent ``b`` of
``time ~ size^b`` (least squares on the log-log points) says how near-linear
each measure is.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora"
PER_FILE = 1000

_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_FIGURE = re.compile(r"\b\d+\b")
_LETTERS = "aeiourstnlm"


def _mutated(text: str, rng: random.Random) -> str:
    words = sorted(set(_CAPITALISED.findall(text)))
    renamed = {}
    for word in rng.sample(words, len(words) // 3):
        i = rng.randrange(1, len(word))
        renamed[word] = word[:i] + rng.choice(_LETTERS) + word[i + 1:]
    text = _CAPITALISED.sub(lambda m: renamed.get(m.group(), m.group()), text)

    def figure(match) -> str:
        digits = match.group()
        if rng.random() < 0.5:
            return digits
        return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in digits[1:])

    return _FIGURE.sub(figure, text)


def build(size: int, folder: Path, seed: int = 7) -> int:
    """``size`` mutated copies of the shared articles as JSON Lines; the characters written."""
    sys.path.insert(0, str(ROOT / "src"))
    import quotecli

    documents, _ = quotecli.load([str(DEFAULT)])
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    stream = None
    for i in range(size):
        if i % PER_FILE == 0:
            if stream:
                stream.close()
            stream = open(folder / f"part-{i // PER_FILE:05d}.jsonl", "w", encoding="utf-8")
        base = documents[rng.randrange(len(documents))]
        day = datetime.date.fromisoformat(base.date) if base.date else datetime.date(2020, 1, 1)
        day += datetime.timedelta(days=rng.randrange(-365, 366))
        text = _mutated(base.text, rng)
        chars += len(text)
        stream.write(json.dumps({"id": f"scale-{i}", "date": day.isoformat(), "title": base.title,
                                 "text": text}) + "\n")
    if stream:
        stream.close()
    return chars


def _tree_rss(pid: int) -> int:
    """The resident set size of ``pid`` and its descendants, in bytes (0 when it has ended)."""
    try:
        import psutil
    except ImportError:
        return 0
    try:
        process = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)])
    except psutil.Error:
        return 0


def run(folder: Path, jobs: int) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "quotecli", "check", str(folder), "--no-cache",
                                "-j", str(jobs), "-f", "json", "--exit-zero"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    peak = 0
    output = []

    import threading

    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    reader.start()
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.2)
    reader.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    findings = len(json.loads(output[0] or b"{}").get("findings", [])) if process.returncode == 0 else None
    return {"wall": wall, "cpu": cpu, "peak_rss": peak, "parent_rss": after.ru_maxrss * 1024,
            "returncode": process.returncode, "findings": findings}


def exponent(sizes: list[int], values: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(max(v, 1e-9)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", metavar="DIR", help="build the corpora here and keep them")
    args = parser.parse_args(argv)
    if not DEFAULT.exists():
        print(f"skipped: {DEFAULT} not present", file=sys.stderr)
        return 0
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="quotecli-scale-"))
    rows = []
    try:
        for size in args.sizes:
            folder = base / f"n{size}"
            chars = build(size, folder)
            result = run(folder, args.jobs)
            rows.append((size, chars, result))
            print(f"{size} articles ({chars / 1e6:.0f} M chars): wall {result['wall']:.1f} s, "
                  f"CPU {result['cpu']:.1f} s, peak RSS {result['peak_rss'] / 2**20:.0f} MiB "
                  f"(largest process {result['parent_rss'] / 2**20:.0f} MiB), "
                  f"{result['findings']} findings, exit {result['returncode']}", flush=True)
            if not args.keep:
                shutil.rmtree(folder)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print("\n| articles | M chars | wall s | CPU s | peak RSS MiB | findings |")
    print("| --- | --- | --- | --- | --- | --- |")
    for size, chars, r in rows:
        print(f"| {size:,} | {chars / 1e6:.0f} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['peak_rss'] / 2**20:.0f} | "
              f"{r['findings']} |")
    if len(rows) >= 2:
        sizes = [r[0] for r in rows]
        print(f"\nfitted exponents (time ~ size^b): wall {exponent(sizes, [r[2]['wall'] for r in rows]):.2f}, "
              f"CPU {exponent(sizes, [r[2]['cpu'] for r in rows]):.2f}, "
              f"peak RSS {exponent(sizes, [r[2]['peak_rss'] or 1 for r in rows]):.2f}")
    print(f"machine: {os.cpu_count()} cores, --jobs {args.jobs}; load average now "
          f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
