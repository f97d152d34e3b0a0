"""Number extraction against the hand annotation (annotations/numbers.jsonl) and the seeds' gold.json.

Three annotated sets are scored apart: ``numbers.jsonl`` (the 32 articles of articles.txt; the
rules were developed while looking at its errors, so it is a development set), and two
held-out sets of 12 random articles each, annotated after the rules were written:
``numbers_heldout.jsonl`` (first measured after the first round of rules; a few later
rules were prompted by patterns it shares with the rest of the corpus) and
``numbers_heldout2.jsonl`` (annotated after the rules of issue 13's first round, never used to
tune anything) and ``numbers_heldout3.jsonl`` (12 articles annotated before the issue-13 second
round and scored once, blind: the unseen-news estimate; never tuned on) and ``numbers_heldout4.jsonl``
(10 articles annotated during issue 13's third round, before the extractor was run on them, and
scored once, blind; never tuned on) and ``numbers_heldout5.jsonl`` (12 articles annotated during
issue 13's fifth round, before the extractor was run on them, and scored once, blind) and
``numbers_heldout6.jsonl`` (12 articles of 400-2,000 bytes, seed 6666, annotated in session 20
before the extractor was run on them, committed, then scored once, blind) and
``numbers_heldout7.jsonl`` (12 articles of 400-1,800 bytes, seed 7171, annotated the same way in
the issue-13 numbers round, committed, then scored once, blind) and ``numbers_heldout8.jsonl``
(12 articles of 400-1,800 bytes, seed 8181, annotated the same way in the next numbers round).

    python benchmarks/eval_numbers.py              # figures
    python benchmarks/eval_numbers.py --errors     # also list every miss, false alarm and wrong value/unit
    python benchmarks/eval_numbers.py --no-speed   # skip the timing over ../shared/corpora
    python benchmarks/eval_numbers.py --specs-only --errors   # only numbers_specs.jsonl, with its misses
    python benchmarks/eval_numbers.py --runs       # only the time on long runs of one shape (1 MB each)
    python benchmarks/eval_numbers.py --ab 7d8ecdd # CPU time against the extractor of another commit

Printed, each as P/R/F1 with one-to-one matching (benchmarks/scoring.py):
- value F1: a prediction matches a gold number when the spans overlap and the values agree
  within 0.5% (for a vague amount the gold ``value`` is its minimum);
- value+unit F1: also the units agree after folding case and plural ("month" = "months",
  "usd" = "USD");
- span-relaxed F1: overlap only.
Then the seeds' numbers (gold.json: found with value and unit, and other predictions), the
development set ../shared/eval/numbers_specs.jsonl (other extractors' test expectations, scored
as its README says: recall only, per subset), and the extractor's speed in MB/s over every
article of ../shared/corpora.

numbers_specs scoring: a prediction matches a gold number when the spans overlap and the values
agree within a relative 1e-4 (a percentage also matches its fraction, 50% = 0.5; a range matches
on its low end); gold items marked ``optional`` (years, identifiers) are left out. Unit agreement
is counted on the matches whose gold item has a unit: the gold unit name is mapped through
spec_units.tsv to the unit quotecli writes (``dollar`` -> ``USD``, ``metre`` -> ``m``; a compound
"X per Y" part by part, ``litre per kilometre`` -> ``L/km``) and both
are compared case-folded and singular, durations by their symbol ("3 hrs" = hour = h). Gold
items without a unit (bare numbers: the sources do not tag counted nouns) are not counted.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import quotecli  # noqa: E402
from quotecli.document import Document  # noqa: E402
from quotecli.extract.number_grammar import UNIT_SYMBOLS, unit_name  # noqa: E402
from quotecli.extract.numbers import extract_numbers  # noqa: E402
from quotecli.records import Number  # noqa: E402
from scoring import PRF, greedy_match, iou, overlaps  # noqa: E402

SHARED = HERE.parent.parent / "shared"
CORPORA = SHARED / "corpora"
SPECS = SHARED / "eval" / "numbers_specs.jsonl"
ANNOTATIONS = {"development": HERE / "annotations" / "numbers.jsonl",
               "held-out 1": HERE / "annotations" / "numbers_heldout.jsonl",
               "held-out 2": HERE / "annotations" / "numbers_heldout2.jsonl",
               "held-out 3": HERE / "annotations" / "numbers_heldout3.jsonl",
               "held-out 4": HERE / "annotations" / "numbers_heldout4.jsonl",
               "held-out 5": HERE / "annotations" / "numbers_heldout5.jsonl",
               "held-out 6": HERE / "annotations" / "numbers_heldout6.jsonl",
               "held-out 7": HERE / "annotations" / "numbers_heldout7.jsonl",
               "held-out 8": HERE / "annotations" / "numbers_heldout8.jsonl"}


def _load(path: Path) -> Document:
    documents, errors = quotecli.load([str(path)])
    if errors or len(documents) != 1:
        raise SystemExit(f"cannot load {path}: {errors}")
    return documents[0]


def same_value(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


#: a measure's power written as a word before it, as the extractor writes it after the symbol
POWERS = {"square": "²", "sq": "²", "cubic": "³", "cu": "³"}


def unit_key(unit: Optional[str]) -> str:
    """Case and a plural ``s`` folded: "Months" = "month", "USD" = "usd"; a measure written
    as a word is read as its symbol, as the extractor reports it ("miles" = "mi", "square
    foot" = "ft²")."""
    written = (unit or "").strip()
    power, _, base = written.lower().partition(" ")
    if power in POWERS and base in UNIT_SYMBOLS:  # "square foot" = "ft²", "cubic metres" = "m³"
        return (UNIT_SYMBOLS[base] + POWERS[power]).lower()
    key = (UNIT_SYMBOLS.get(written.lower()) or unit_name(written)).lower()
    if key.endswith("s") and len(key) > 3 and not key.endswith("ss"):
        key = key[:-1]
    return key


def _matcher(check_unit: bool, check_value: bool):
    def similarity(p: Number, g: dict[str, Any]) -> float:
        if not overlaps((p.start, p.end), (g["start"], g["end"])):
            return 0.0
        if check_value and not same_value(p.value, g["value"]):
            return 0.0
        if check_unit and unit_key(p.unit) != unit_key(g["unit"]):
            return 0.0
        return 1.0 + iou((p.start, p.end), (g["start"], g["end"]))
    return similarity


def score_annotation(label: str, annotation: Path, show_errors: bool) -> None:
    value_f, unit_f, span_f = PRF(), PRF(), PRF()
    rows = [json.loads(line) for line in annotation.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        document = _load(CORPORA / row["file"])
        gold = row["numbers"]
        for g in gold:
            assert document.text[g["start"]:g["end"]] == g["text"], (row["file"], g)
        predicted = extract_numbers(document)
        by_value = greedy_match(predicted, gold, _matcher(False, True), 1.0)
        by_unit = greedy_match(predicted, gold, _matcher(True, True), 1.0)
        by_span = greedy_match(predicted, gold, _matcher(False, False), 1.0)
        value_f.add(len(by_value), len(predicted), len(gold))
        unit_f.add(len(by_unit), len(predicted), len(gold))
        span_f.add(len(by_span), len(predicted), len(gold))
        if show_errors:
            _print_errors(row["file"], predicted, gold, by_span)
    print(f"{label}: {len(rows)} articles, {value_f.gold} numbers ({annotation.relative_to(HERE.parent)})")
    print(value_f.row("value F1"))
    print(unit_f.row("value+unit F1"))
    print(span_f.row("span-relaxed F1 (overlap)"))


def _print_errors(name: str, predicted: list[Number], gold: list[dict], pairs) -> None:
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for p, g in pairs:
        if not same_value(p.value, g["value"]):
            print(f"  value  {name}: {g['text']!r} gold={g['value']} got={p.value} ({p.text!r})")
        elif unit_key(p.unit) != unit_key(g["unit"]):
            print(f"  unit   {name}: {g['text']!r} gold={g['unit']} got={p.unit} ({p.text!r})")
    for g in gold:
        if id(g) not in paired_g:
            print(f"  missed {name}: {g['text']!r} ({g['value']} {g['unit']})")
    for p in predicted:
        if id(p) not in paired_p:
            print(f"  extra  {name}: {p.text!r} ({p.value} {p.unit})")


def score_seeds(show_errors: bool) -> None:
    gold = json.loads((SHARED / "seeds" / "gold.json").read_text(encoding="utf-8"))["documents"]
    found = total = extra = 0
    for name, doc in gold.items():
        document = _load(SHARED / "seeds" / name)
        predicted = extract_numbers(document)
        used: set[int] = set()
        for g in doc.get("numbers", []):
            total += 1
            value = g["value"] if g["value"] is not None else g.get("approx_min")
            hit = next((i for i, p in enumerate(predicted) if i not in used and g["text"] in p.text
                        and same_value(p.value, value) and unit_key(p.unit) == unit_key(g["unit"])), None)
            if hit is None:
                if show_errors:
                    print(f"  seed miss {name}: {g['text']!r} ({value} {g['unit']})")
                continue
            used.add(hit)
            found += 1
        for i, p in enumerate(predicted):
            if i not in used:
                extra += 1
                if show_errors:
                    print(f"  seed extra {name}: {p.text!r} ({p.value} {p.unit})")
    print(f"seeds (gold.json): {found}/{total} numbers found with the gold value and unit; "
          f"{extra} other prediction(s)")


def _spec_unit_names() -> dict[str, str]:
    names = {}
    for line in (HERE / "spec_units.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, unit = line.split("\t")
            names[name.lower()] = unit
    return names


SPEC_UNITS = _spec_unit_names()


def spec_value_match(p: Number, g: dict[str, Any]) -> bool:
    if p.value is None:
        return False
    close = abs(p.value - g["value"]) <= 1e-4 * max(abs(p.value), abs(g["value"]), 1e-12)
    if not close and p.kind == "percent":
        close = abs(p.value / 100 - g["value"]) <= 1e-4 * max(abs(g["value"]), 1e-12)
    return close


def spec_unit_agrees(p: Number, g: dict[str, Any], subset: str) -> bool:
    name = g["unit"].lower()
    if name == "pound" and "currency" not in subset:
        name = "pound-mass"
    expected = g.get("iso_currency") or SPEC_UNITS.get(name) or _compound_spec_unit(name) or name
    return unit_key(p.unit) == unit_key(expected) or (p.unit or "") == expected


def _compound_spec_unit(name: str) -> Optional[str]:
    """ "litre per kilometre" -> "L/km", "meter per millisecond" -> "m/ms": each part through
    spec_units.tsv (a time also by its symbol), joined as quotecli writes a compound."""
    if " per " not in name:
        return None
    parts = [SPEC_UNITS.get(part) or SPEC_TIMES.get(part) for part in name.split(" per ")]
    return "/".join(parts) if all(parts) else None


#: the symbols quotecli writes for the time after "per" (number_grammar.PER_TIME_SYMBOLS)
SPEC_TIMES = {"hour": "h", "minute": "min", "second": "s", "millisecond": "ms", "day": "d",
              "week": "wk", "year": "yr"}


def score_specs(show_errors: bool) -> None:
    rows = [json.loads(line) for line in SPECS.read_text(encoding="utf-8").splitlines() if line.strip()]
    found: dict[str, PRF] = {}
    units: dict[str, list[int]] = {}
    for row in rows:
        subset = row["subset"]
        gold = [g for g in row["numbers"] if not g.get("optional")]
        predicted = extract_numbers(Document(id=row["id"], text=row["text"]))

        def similarity(p: Number, g: dict[str, Any]) -> float:
            if not overlaps((p.start, p.end), (g["start"], g["end"])) or not spec_value_match(p, g):
                return 0.0
            return 1.0 + iou((p.start, p.end), (g["start"], g["end"]))

        pairs = greedy_match(predicted, gold, similarity, 1.0)
        found.setdefault(subset, PRF()).add(len(pairs), len(predicted), len(gold))
        agree = units.setdefault(subset, [0, 0])
        for p, g in pairs:
            if g["unit"] is None:
                continue
            ok = spec_unit_agrees(p, g, subset)
            agree[0] += ok
            agree[1] += 1
            if show_errors and not ok:
                print(f"  unit   {row['id']}: {g['text']!r} gold={g['unit']} got={p.unit} ({p.text!r})")
        if show_errors:
            paired = {id(g) for _, g in pairs}
            for g in gold:
                if id(g) not in paired:
                    got = ", ".join(f"{p.text!r}={p.value}" for p in predicted) or "nothing"
                    print(f"  missed {row['id']}: {g['text']!r} ({g['value']} {g['unit']}); got {got}"
                          f"  | {row['text'][:160]}")
    print(f"numbers_specs.jsonl: {len(rows)} sentences (recall only; unit agreement on matches)")
    total, agree_total = PRF(), [0, 0]
    for subset in sorted(found):
        f, (a, n) = found[subset], units[subset]
        total.add(f.tp, f.predicted, f.gold)
        agree_total[0] += a
        agree_total[1] += n
        print(f"  {subset:<24} recall={f.recall:.3f} ({f.tp}/{f.gold})  units={a / max(n, 1):.3f} ({a}/{n})")
    print(f"  {'all':<24} recall={total.recall:.3f} ({total.tp}/{total.gold})  "
          f"units={agree_total[0] / max(agree_total[1], 1):.3f} ({agree_total[0]}/{agree_total[1]})")


RUNS = ["7", "1,", "123 ", "1.", "1/2 ", "-", "$", "A", "ABC ", "one ", "twenty-one ", "one and a half ", "half "]


def time_runs(size: int = 1_000_000) -> None:
    """Seconds for ``size`` characters of one repeated shape: each must grow linearly with
    the size (a pattern that rescans the rest of a run at every anchor would not)."""
    for unit in RUNS:
        text = unit * (size // len(unit))
        started = time.perf_counter()
        count = len(extract_numbers(Document(id="run", text=text)))
        print(f"run {unit!r:<18} {len(text) / 1e6:.1f} MB, {count} numbers, {time.perf_counter() - started:.2f} s")


def time_corpora() -> None:
    documents = [Document(id=str(p), text=p.read_text(encoding="utf-8"))
                 for p in sorted(CORPORA.rglob("*.txt"))]
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    started = time.perf_counter()
    count = sum(len(extract_numbers(d)) for d in documents)
    seconds = time.perf_counter() - started
    print(f"speed: {len(documents)} articles, {size / 1e6:.1f} MB, {count} numbers in {seconds:.2f} s "
          f"= {size / 1e6 / seconds:.1f} MB/s")


def _extractor_at(ref: str, where: Path):
    """``extract_numbers`` as it was at git commit ``ref``, with that commit's grammar and word
    lists: the package is unpacked under ``where`` as ``quotecli_at_ref`` (its imports are
    relative) so both versions live in one process."""
    archive = subprocess.run(["git", "archive", ref, "src/quotecli"], cwd=HERE.parent,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    (where / "src" / "quotecli").rename(where / "src" / "quotecli_at_ref")
    sys.path.insert(0, str(where / "src"))
    return importlib.import_module("quotecli_at_ref.extract.numbers").extract_numbers


def time_ab(ref: str, rounds: int = 5) -> None:
    """CPU time of this tree's extractor against ``ref``'s over ../shared/corpora, in one process.

    Each article is run by both extractors in turn (which goes first alternates), ``rounds``
    times; the best CPU time of each article and extractor is kept and summed. On a machine
    shared with other users a burst of load then spoils one article's round, not a whole
    pass over the corpus, and both extractors see the same moments.
    """
    documents = [Document(id=str(p), text=p.read_text(encoding="utf-8")) for p in sorted(CORPORA.rglob("*.txt"))]
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    clock = time.process_time
    with tempfile.TemporaryDirectory() as where:
        old = _extractor_at(ref, Path(where))
        best = {"ref": [float("inf")] * len(documents), "now": [float("inf")] * len(documents)}
        pair = [("ref", old), ("now", extract_numbers)]
        for d in documents[:200]:  # warm both (caches, lazily compiled patterns)
            old(d), extract_numbers(d)
        for r in range(rounds):
            for i, d in enumerate(documents):
                for name, extract in pair if (r + i) % 2 == 0 else reversed(pair):
                    started = clock()
                    extract(d)
                    spent = clock() - started
                    if spent < best[name][i]:
                        best[name][i] = spent
    old_s, now_s = sum(best["ref"]), sum(best["now"])
    print(f"numbers speed over {len(documents)} articles ({size / 1e6:.1f} MB), CPU time, best of {rounds} "
          f"per article: {ref} {old_s:.2f} s ({size / 1e6 / old_s:.1f} MB/s), this tree {now_s:.2f} s "
          f"({size / 1e6 / now_s:.1f} MB/s): this tree / {ref} speed = {old_s / now_s:.3f}x")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing run")
    parser.add_argument("--specs-only", action="store_true", help="score only numbers_specs.jsonl")
    parser.add_argument("--runs", action="store_true", help="only time long runs of one shape")
    parser.add_argument("--ab", metavar="GITREF", help="only time this tree's extractor against GITREF's")
    args = parser.parse_args(argv)
    if args.ab:
        time_ab(args.ab)
        return 0
    if args.runs:
        time_runs()
        return 0
    if not CORPORA.exists():
        print(f"{CORPORA} not present: nothing to evaluate")
        return 0
    if not args.specs_only:
        for label, annotation in ANNOTATIONS.items():
            score_annotation(label, annotation, args.errors)
        score_seeds(args.errors)
    if SPECS.exists():
        score_specs(args.errors)
    else:
        print(f"{SPECS} not present: numbers_specs not scored")
    if args.specs_only:
        return 0
    if not args.no_speed:
        time_corpora()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
