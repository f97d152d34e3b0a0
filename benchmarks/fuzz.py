"""Fuzz campaign: mutate real articles and check that nothing crashes and every span is real.

    python benchmarks/fuzz.py                      # 2,000 mutants of ../shared/corpora articles
    python benchmarks/fuzz.py --rounds 20000 --seed 7
    python benchmarks/fuzz.py --rounds 0 --properties 100000   # the hypothesis properties, 100,000 cases each
    python benchmarks/fuzz.py --rounds 0 --readers 200000      # mutated files through every reader

``--properties N`` runs tests/test_properties.py with ``QUOTECLI_FUZZ_EXAMPLES=N`` and
adds up the passing cases hypothesis reports; ``--readers N`` writes N mutated copies of
the project's own fixture files (text, Markdown, HTML, JSON Lines, CSV, gzip) and reads
each back: no exception, every record slices back into its article. The total of cases
run is printed at the end.

Each mutant is a real article with a few random edits of the kinds that break
naive extractors: quotation marks dropped, doubled or flipped, paragraphs cut in
the middle, control and combining characters, no-break spaces, CRLF, very long
lines. Every record must slice back to its text and ``check`` must finish; the
first failure is printed with its seed so it can be replayed.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import quotecli  # noqa: E402
from quotecli.sources.decode import normalise_newlines  # noqa: E402

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
NOISE = ["“", "”", '"', "''", "‘", "’", "«", "»", "\n", "\n\n", "\u00a0", "\u0301", "\x0b", "—", "…", ".", ",",
         " said ", " he said.", "Mr. ", "U.S.", "53%", "$5bn", "Feb. 30", "Friday, July 8, 2022", "\ufeff", "\r\n"]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.5:
            text = text[:at] + rng.choice(NOISE) + text[at:]
        elif choice < 0.8:
            text = text[:at] + text[at + rng.randint(1, 40):]
        elif choice < 0.9:
            text = text[:at]
        else:
            text = text[:at] + "x" * rng.randint(1000, 5000) + text[at:]
    return text


ROOT = Path(__file__).resolve().parents[1]
BYTE_NOISE = [b"\x00", b"\xff", b"\xe2\x80", b"\x1b[31m", b"\r", b"<", b">", b"&", b"\"", b"{", b"}", b",", b"\n",
              b"</p>", b"<div>", b"---\n", b"\ufeff".decode("unicode_escape").encode("utf-8")]


def run_properties(examples: int) -> int:
    """The hypothesis properties at ``examples`` cases each; returns the passing cases hypothesis counted."""
    env = {**os.environ, "QUOTECLI_FUZZ_EXAMPLES": str(examples), "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-m", "pytest", str(ROOT / "tests" / "test_properties.py"), "-q",
                             "-p", "no:cacheprovider", "--hypothesis-show-statistics", "-k", "not check_output"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    print(result.stdout[-3000:])
    if result.returncode != 0:
        print(result.stderr[-2000:])
        raise SystemExit(1)
    return sum(int(n) for n in re.findall(r"- (\d+) passing", result.stdout))


def run_readers(rounds: int, rng: random.Random, budget: float = 0.0) -> int:
    """Mutated copies of the fixture files of every format, read back through ``read_inputs``;
    stops early after ``budget`` seconds (0: no limit) and returns how many were read."""
    started = time.perf_counter()
    seeds = [p for p in sorted((ROOT / "fixtures").rglob("*")) + sorted((ROOT / "tests" / "pages").rglob("*"))
             if p.is_file()]
    samples = [(p.suffix, p.read_bytes()) for p in seeds]
    samples.append((".csv", b'id,title,text\n1,T,"\xe2\x80\x9cWe won,\xe2\x80\x9d Ana Ruiz said."\n2,U,"Two."\n'))
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(rounds):
            if budget and time.perf_counter() - started > budget:
                return round_
            if round_ and round_ % 1000 == 0:
                print(f"  {round_} mutated files read", flush=True)
            suffix, data = rng.choice(samples)
            for _ in range(rng.randint(1, 6)):
                at = rng.randrange(len(data) + 1)
                if rng.random() < 0.6:
                    data = data[:at] + rng.choice(BYTE_NOISE) + data[at:]
                else:
                    data = data[:at] + data[at + rng.randint(1, 30):]
            if rng.random() < 0.2:
                data, suffix = gzip.compress(data)[: rng.choice([None, len(data) // 2])], suffix + ".gz"
            path = Path(folder) / f"m{round_ % 50}{suffix}"
            path.write_bytes(data)
            try:
                for item in quotecli.read_inputs([str(path)]):
                    if isinstance(item, quotecli.Document):
                        extraction = quotecli.extract(item)
                        for span in [*extraction.quotes, *extraction.numbers, *extraction.dates, *extraction.people]:
                            assert item.text[span.start:span.end] == span.text, span
            except Exception as exc:
                keep = Path(tempfile.gettempdir()) / f"quotecli-fuzz-failure{suffix}"
                keep.write_bytes(data)
                print(f"reader round {round_}: {type(exc).__name__}: {exc} (input kept in {keep})")
                raise SystemExit(1)
    return rounds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2000, help="mutated real-article rounds (extract + check)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--properties", type=int, default=0, metavar="N", help="hypothesis cases per property")
    parser.add_argument("--readers", type=int, default=0, metavar="N", help="mutated files through the readers")
    parser.add_argument("--budget", type=float, default=0, metavar="SECONDS", help="stop the readers phase after this")
    args = parser.parse_args(argv)
    total = 0
    start = time.perf_counter()
    if args.readers:
        done = run_readers(args.readers, random.Random(args.seed), args.budget)
        total += done
        print(f"{done} mutated files read, no failure ({time.perf_counter() - start:.0f}s)", flush=True)
    if args.properties:
        cases = run_properties(args.properties)
        total += cases
        print(f"{cases} hypothesis cases passed ({time.perf_counter() - start:.0f}s)", flush=True)
    if args.rounds:
        total += run_rounds(args.rounds, args.seed)
    print(f"total: {total} cases, no failure ({time.perf_counter() - start:.0f}s)")
    return 0


def run_rounds(rounds: int, seed: int) -> int:
    """Mutated real articles (1 to 3 per round) through extraction and ``check``."""
    if not CORPORA.exists():
        print("skipped: ../shared/corpora not present")
        return 0
    args = argparse.Namespace(rounds=rounds, seed=seed)
    paths = sorted(CORPORA.rglob("*.txt"))
    rng = random.Random(args.seed)
    start = time.perf_counter()
    for round_ in range(args.rounds):
        sources = [p.read_text(encoding="utf-8") for p in rng.sample(paths, rng.randint(1, 3))]
        documents = [quotecli.from_text(normalise_newlines(mutate(s, rng)), id=f"m{i}", date="2022-07-12")
                     for i, s in enumerate(sources)]
        try:
            for document in documents:
                extraction = quotecli.extract(document)
                for span in [*extraction.quotes, *extraction.numbers, *extraction.dates, *extraction.people]:
                    assert document.text[span.start:span.end] == span.text, span
            quotecli.check(documents)
        except Exception as exc:  # report the replayable case, then stop
            print(f"round {round_} (seed {args.seed}): {type(exc).__name__}: {exc}")
            raise SystemExit(1)
    print(f"{args.rounds} rounds, no failure ({time.perf_counter() - start:.0f}s)")
    return args.rounds


if __name__ == "__main__":
    sys.exit(main())
