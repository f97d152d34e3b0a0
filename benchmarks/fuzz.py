"""Fuzz campaign: mutate real articles and check that nothing crashes and every span is real.

    python benchmarks/fuzz.py                      # 2,000 mutants of ../shared/corpora articles
    python benchmarks/fuzz.py --rounds 20000 --seed 7

Each mutant is a real article with a few random edits of the kinds that break
naive extractors: quotation marks dropped, doubled or flipped, paragraphs cut in
the middle, control and combining characters, no-break spaces, CRLF, very long
lines. Every record must slice back to its text and ``check`` must finish; the
first failure is printed with its seed so it can be replayed.
"""

from __future__ import annotations

import argparse
import random
import sys
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print("skipped: ../shared/corpora not present")
        return 0
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
            return 1
    print(f"{args.rounds} rounds, no failure ({time.perf_counter() - start:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
