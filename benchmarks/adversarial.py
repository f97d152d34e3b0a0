"""Hostile input: does every extractor stay linear, and how fast is it, on text built to hurt it?

    python benchmarks/adversarial.py                          # every family, 10 kB to 10 MB
    python benchmarks/adversarial.py --max-size 1e6           # stop at 1 MB (a minute or so)
    python benchmarks/adversarial.py --family straight_marks --stage quotes

Each *family* repeats one pattern that a naive extractor pays for per occurrence
(a quotation mark, "said", an initial, a month name, a number word…) or is
generated news-like text packed with quotations, names, figures and dates. Every
*stage* (segmentation, each extractor, the whole extraction, ``check``) runs on
inputs of growing size; the table gives seconds per MB at each size and the
growth exponent fitted over the sizes (1.0 is linear, 2.0 quadratic). A stage
under 0.5 MB/s or with an exponent above 1.2 is flagged with ``!``.

The inputs are written here, not taken from ../shared. Times are the CPU time of
this process (``time.process_time``), which other load on a shared machine
inflates far less than wall-clock time; still, read the exponent and the MB/s,
not the last digit. tests/test_adversarial.py keeps a short version that counts work
instead of timing it.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import quotecli  # noqa: E402
from quotecli.document import Document  # noqa: E402
from quotecli.extract import extract, extract_dates, extract_numbers, extract_people, extract_quotes  # noqa: E402

# One repeated unit per family: what is cut to the wanted size.
REPEATED: dict[str, str] = {
    "straight_marks": '"',
    "curly_open_marks": "“",
    "curly_close_marks": "”",
    "apostrophes": "'",
    "guillemets": "«",
    "low_marks": "„",
    "mixed_marks": "“ ' ” ' \" « » „ ",
    "quoted_words": '"a" ',
    "capitals": "ABCDEFGH ",
    "capitalised_words": "Ana Ruiz Tom ",
    "commas": ",",
    "digits": "1234567 ",
    "said": "said ",
    "dashes": "— -- – ",
    "initials": "A. B. C. ",
    "titles": "Mr. Mr. Mr. ",
    "months": "January February March ",
    "number_words": "twenty three ",
}

_GIVEN = ["Ana", "Tom", "Maria", "David", "Leila", "John", "Priya", "Omar", "Grace", "Henrik"]
_SURNAMES = ["Ruiz", "Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan", "Castillo", "Nakamura", "Fischer"]
_ROLES = ["the mayor", "a spokeswoman for the council", "the city's finance director", "a local teacher",
          "the company's chief executive", "a police spokesman"]
_CUES = ["said", "told reporters", "added", "argued", "wrote", "insisted"]
_PLACES = ["Springfield", "Lakeview", "Port Alder", "Millbrook"]
_MONTHS = ["January", "March", "June", "September", "November"]


def news(size: int, seed: int = 1) -> str:
    """Quote-dense, news-like paragraphs: quotations with speakers, names, figures and dates."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        name = f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}"
        surname = name.split()[1]
        figure = f"${rng.randint(2, 90)}.{rng.randint(1, 9)} million"
        date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
        paragraph = rng.choice([
            f"“The budget of {figure} is not enough,” {name}, {rng.choice(_ROLES)}, {rng.choice(_CUES)} on {date}. "
            f"“We asked for {rng.randint(3, 40)} more officers and got none.”",
            f"{rng.choice(_PLACES).upper()} — {name} {rng.choice(_CUES)} the plan was “a mistake” and that "
            f"{rng.randint(10, 900)} families would lose their homes by {rng.choice(_MONTHS)}.",
            f"“I don't know,” {surname} said. “Ask {rng.choice(_ROLES)}.” Mr. {surname} added that the "
            f"vote, set for {date}, would be “close, very close.”",
            f"According to {name}, “nobody read the report.” {rng.choice(_ROLES).capitalize()} "
            f"{rng.choice(_CUES)}: “It cost {figure} and {rng.randint(2, 12)} years.”",
        ])
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


def family_text(family: str, size: int) -> str:
    """``size`` characters of ``family``."""
    if family == "news":
        return news(size)
    unit = REPEATED[family]
    return (unit * (size // len(unit) + 1))[:size]


FAMILIES = list(REPEATED) + ["news"]


def _quotes(document: Document) -> object:
    return extract_quotes(document, extract_people(document))


STAGES: dict[str, Callable[[Document], object]] = {
    "segment": lambda d: d.segments,
    "people": extract_people,
    "quotes": _quotes,          # quotes need the people; their time is included
    "numbers": extract_numbers,
    "dates": extract_dates,
    "extract": extract,
    "check": lambda d: quotecli.check([d]),
}


def timed(stage: str, text: str) -> float:
    document = Document(id="adversarial", text=text)
    if stage not in ("segment", "extract", "check"):
        document.segments  # noqa: B018  (segmentation is timed on its own)
    start = time.process_time()
    STAGES[stage](document)
    return time.process_time() - start


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """The least-squares slope of log(time) over log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else float("nan")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-size", type=float, default=1e4, help="smallest input, characters (10 kB)")
    parser.add_argument("--max-size", type=float, default=1e7, help="largest input, characters (10 MB)")
    parser.add_argument("--family", action="append", choices=FAMILIES, help="only these families")
    parser.add_argument("--stage", action="append", choices=list(STAGES), help="only these stages")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds: a stage slower than this at one size is not run at the larger ones")
    args = parser.parse_args(argv)
    sizes = []
    size = int(args.min_size)
    while size <= args.max_size:
        sizes.append(size)
        size *= 10
    stages = args.stage or list(STAGES)
    print(f"{'family':<18} {'stage':<8} " + " ".join(f"{f'{s / 1e6:g} MB':>10}" for s in sizes)
          + f" {'exponent':>9} {'MB/s':>7}   (seconds per MB)")
    worst: tuple[float, str] = (float("inf"), "")
    for family in args.family or FAMILIES:
        texts = {s: family_text(family, s) for s in sizes}
        for stage in stages:
            done, seconds = [], []
            for s in sizes:
                t = timed(stage, texts[s])
                done.append(s)
                seconds.append(t)
                if t > args.budget:
                    break
            per_mb = [t / (s / 1e6) for s, t in zip(done, seconds)]
            slope = exponent(done, seconds) if len(done) > 1 else float("nan")
            rate = 1 / max(per_mb[-1], 1e-9)
            flag = "!" if rate < 0.5 or slope > 1.2 else " "
            cells = [f"{p:10.3f}" for p in per_mb] + [f"{'-':>10}"] * (len(sizes) - len(done))
            print(f"{family:<18} {stage:<8} " + " ".join(cells) + f" {slope:9.2f} {rate:7.2f} {flag}", flush=True)
            if stage != "check" and rate < worst[0]:
                worst = (rate, f"{family}/{stage}")
    print(f"slowest extractor family: {worst[1]} at {worst[0]:.2f} MB/s on the largest size run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
