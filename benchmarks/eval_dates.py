"""Date extraction against the hand annotation (annotations/dates.jsonl) and the seeds' gold.json.

    python benchmarks/eval_dates.py              # figures
    python benchmarks/eval_dates.py --errors     # also list every miss, false alarm and wrong value
    python benchmarks/eval_dates.py --no-speed   # skip the timing over ../shared/corpora
    python benchmarks/eval_dates.py --timebank-only --errors --split dev   # tune on TimeBank's dev half
    python benchmarks/eval_dates.py --stress     # seconds for 1 MB runs of month names, digits, capitals …
    python benchmarks/eval_dates.py --ab 0b3a744 # speed against dates.py of another commit, interleaved

Printed, for the main annotation and a held-out one: relaxed F1 (a prediction matches a gold date when their spans overlap), value
accuracy on those matched pairs, strict F1 (exact span), the seeds' dates, and the
extractor's speed in MB/s over every article of ../shared/corpora. Documents are loaded
with ``quotecli.load`` so they get the date of a corpus ``manifest.jsonl`` exactly as the
CLI does; an article without one is left undated (the extractor may read a dateline).

Then ../shared/eval/dates_timebank.jsonl (TimeBank, TempEval-3 cleaned; third-party TIMEX3
annotation), scored as TempEval-3 did: relaxed F1 (spans overlap), strict F1 (exact span) and
value accuracy on the relaxed matches (exact, as the gold value is written). A prediction that
overlaps only a gold non-date timex (``other_timex``: durations, sets, clock times) is neither
credited nor penalised. The paragraphs of one article are joined with blank lines into one
document dated by its ``dct``, so "that March" and tense reach across sentences as they would
in the real article. The 183 articles are split by a hash of their name: the ``dev`` half is
the one rules may be tuned on; the ``report`` half is only scored, to tell overfitting.
Figures are printed for both halves, per gold value shape (day, month, year, quarter …).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import tempfile
import re
import zlib
from collections import Counter
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import quotecli  # noqa: E402
from quotecli.document import Document  # noqa: E402
from quotecli.extract.dates import extract_dates  # noqa: E402
from scoring import PRF, greedy_match, iou, overlaps  # noqa: E402

SHARED = HERE.parent.parent / "shared"
CORPORA = SHARED / "corpora"
ANNOTATION = HERE / "annotations" / "dates.jsonl"
#: twelve more articles, annotated after the extractor was written and scored once, as a check
#: on figures from the main set, whose articles the developer had read while writing the rules
HELD_OUT = HERE / "annotations" / "dates_heldout.jsonl"
#: twelve more (issue 13), annotated before any issue-13 tuning and scored blind once: the unseen-news estimate
HELD_OUT_2 = HERE / "annotations" / "dates_heldout2.jsonl"
#: sixteen more (issue 13 / issue 9 item 5, dates round), annotated and committed before being scored, blind once
HELD_OUT_3 = HERE / "annotations" / "dates_heldout3.jsonl"
#: twelve more, annotated at the end of that round and committed before their one blind score
HELD_OUT_4 = HERE / "annotations" / "dates_heldout4.jsonl"
#: ten more (issue 13, session 20; seed 3131), annotated and committed before the extractor was run on them, blind once
HELD_OUT_5 = HERE / "annotations" / "dates_heldout5.jsonl"
#: twelve more (issue 13 dates part; seed 6161), annotated and committed before the extractor was run on them, blind once
HELD_OUT_6 = HERE / "annotations" / "dates_heldout6.jsonl"
#: ten more (round 24; seed 7272), annotated and committed before the extractor was run on them, blind once
HELD_OUT_7 = HERE / "annotations" / "dates_heldout7.jsonl"
#: ten more (round 25; seed 8282), annotated and committed before the extractor was run on them, blind once
HELD_OUT_8 = HERE / "annotations" / "dates_heldout8.jsonl"
TIMEBANK = SHARED / "eval" / "dates_timebank.jsonl"


def _load(path: Path) -> Document:
    documents, errors = quotecli.load([str(path)])
    if errors or len(documents) != 1:
        raise SystemExit(f"cannot load {path}: {errors}")
    return documents[0]


def score_annotation(annotation: Path, show_errors: bool) -> None:
    relaxed, strict = PRF(), PRF()
    matched = correct = 0
    rows = [json.loads(line) for line in annotation.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        document = _load(CORPORA / row["file"])
        gold = row["dates"]
        for g in gold:
            assert document.text[g["start"]:g["end"]] == g["text"], (row["file"], g)
        predicted = extract_dates(document)
        pairs = greedy_match(predicted, gold,
                             lambda p, g: (1.0 + iou((p.start, p.end), (g["start"], g["end"])))
                             if overlaps((p.start, p.end), (g["start"], g["end"])) else 0.0, 1.0)
        relaxed.add(len(pairs), len(predicted), len(gold))
        exact = {(g["start"], g["end"]) for g in gold}
        strict.add(sum((p.start, p.end) in exact for p in predicted), len(predicted), len(gold))
        matched += len(pairs)
        correct += sum(p.value == g["value"] for p, g in pairs)
        if show_errors:
            paired_p = {id(p) for p, _ in pairs}
            paired_g = {id(g) for _, g in pairs}
            for p, g in pairs:
                if p.value != g["value"]:
                    print(f"  value  {row['file']}: {g['text']!r} gold={g['value']} got={p.value}")
            for g in gold:
                if id(g) not in paired_g:
                    print(f"  missed {row['file']}: {g['text']!r} ({g['value']})")
            for p in predicted:
                if id(p) not in paired_p:
                    print(f"  extra  {row['file']}: {p.text!r} ({p.value})")
    print(f"hand annotation: {len(rows)} articles, {relaxed.gold} dates ({annotation.relative_to(HERE.parent)})")
    print(relaxed.row("relaxed (overlap)"))
    print(f"{'value accuracy (matched)':<28} {correct / matched if matched else 0:.3f} ({correct}/{matched})")
    print(strict.row("strict (exact span)"))


def score_seeds(show_errors: bool) -> None:
    gold_path = SHARED / "seeds" / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    found = total = extra = 0
    for name, doc in gold.items():
        document = _load(SHARED / "seeds" / name)
        document.date = doc["doc_date"]
        predicted = extract_dates(document)
        used: set[int] = set()
        for g in doc["dates"]:
            total += 1
            hit = next((i for i, p in enumerate(predicted) if i not in used and p.text == g["text"]
                        and document.line_col(p.start)[0] == g["line"] and p.value == g["value"]), None)
            if hit is None:
                if show_errors:
                    print(f"  seed miss {name}: {g['text']!r} ({g['value']})")
                continue
            used.add(hit)
            found += 1
        # gold notes further mentions of an annotated expression ("also 'starts today' in the headline")
        texts = {(g["text"], g["value"]) for g in doc["dates"]}
        extra += sum(1 for i, p in enumerate(predicted) if i not in used and (p.text, p.value) not in texts)
    print(f"seeds (gold.json): {found}/{total} dates found with the gold value; {extra} other prediction(s)")


def timebank_split(article: str) -> str:
    """``dev`` (tune on it) or ``report`` (score only), by a stable hash of the article name."""
    return "dev" if zlib.crc32(article.encode("utf-8")) % 2 == 0 else "report"


def _shape(value: str) -> str:
    """The kind of a gold TIMEX3 value: day, month, year, week, quarter, half, season, decade, century."""
    shapes = [(r"\d{4}-\d\d-\d\d", "day"), (r"\d{4}-\d\d", "month"), (r"\d{4}", "year"), (r"\d{4}-W\d\d", "week"),
              (r"\d{4}-Q\d", "quarter"), (r"\d{4}-H\d", "half"), (r"\d{4}-(?:SU|SP|FA|WI)", "season"),
              (r"\d{3}X", "decade"), (r"\d\d", "century")]
    return next((name for pattern, name in shapes if re.fullmatch(pattern, value)), "other")


def timebank_articles() -> dict[str, tuple[Document, list[dict], list[dict]]]:
    """Article name → (its paragraphs joined into one dated document, gold dates, other timexes),
    with every gold offset moved into the joined text."""
    articles: dict[str, tuple[Document, list[dict], list[dict]]] = {}
    parts: dict[str, list[dict]] = {}
    for line in TIMEBANK.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            parts.setdefault(row["id"].split(":")[1], []).append(row)
    for name, rows in parts.items():
        text, dates, others = "", [], []
        for row in rows:
            if text:
                text += "\n\n"
            base = len(text)
            text += row["text"]
            for key, into in (("dates", dates), ("other_timex", others)):
                for g in row[key]:
                    into.append(dict(g, start=g["start"] + base, end=g["end"] + base))
        document = Document(id=name, text=text, date=rows[0]["dct"])
        for g in dates + others:
            assert text[g["start"]:g["end"]] == g["text"], (name, g)
        articles[name] = (document, dates, others)
    return articles


def score_timebank(show_errors: bool, only_split: str | None) -> None:
    articles = timebank_articles()
    total, total_matched, total_correct = PRF(), 0, 0
    for split in ("dev", "report"):
        if only_split and split != only_split:
            continue
        relaxed, strict = PRF(), PRF()
        matched = correct = 0
        by_shape: Counter = Counter()
        by_shape_ok: Counter = Counter()
        gold_by_shape: Counter = Counter()
        found_by_shape: Counter = Counter()
        names = [n for n in sorted(articles) if timebank_split(n) == split]
        for name in names:
            document, gold, others = articles[name]
            predicted = [p for p in extract_dates(document)
                         if any(overlaps((p.start, p.end), (g["start"], g["end"])) for g in gold)
                         or not any(overlaps((p.start, p.end), (o["start"], o["end"])) for o in others)]
            pairs = greedy_match(predicted, gold,
                                 lambda p, g: (1.0 + iou((p.start, p.end), (g["start"], g["end"])))
                                 if overlaps((p.start, p.end), (g["start"], g["end"])) else 0.0, 1.0)
            relaxed.add(len(pairs), len(predicted), len(gold))
            exact = {(g["start"], g["end"]) for g in gold}
            strict.add(sum((p.start, p.end) in exact for p in predicted), len(predicted), len(gold))
            matched += len(pairs)
            correct += sum(p.value == g["value"] for p, g in pairs)
            for g in gold:
                gold_by_shape[_shape(g["value"])] += 1
            for p, g in pairs:
                shape = _shape(g["value"])
                found_by_shape[shape] += 1
                by_shape_ok[shape] += p.value == g["value"]
            if show_errors:
                _print_errors(name, document, predicted, gold, pairs)
        print(f"TimeBank {split} half: {len(names)} articles, {relaxed.gold} dates ({TIMEBANK.name}"
              f"{', tuned on' if split == 'dev' else ', never tuned on'})")
        print(relaxed.row("  relaxed (overlap)"))
        print(f"{'  value accuracy (matched)':<28} {correct / matched if matched else 0:.3f} ({correct}/{matched})")
        print(strict.row("  strict (exact span)"))
        print("  per gold shape: " + ", ".join(
            f"{shape} {found_by_shape[shape]}/{n} found, {by_shape_ok[shape]} right"
            for shape, n in gold_by_shape.most_common()))
        total.add(relaxed.tp, relaxed.predicted, relaxed.gold)
        total_matched += matched
        total_correct += correct
    if not only_split:
        print(f"TimeBank, both halves: {len(articles)} articles, {total.gold} dates")
        print(total.row("  relaxed (overlap)"))
        print(f"{'  value accuracy (matched)':<28} {total_correct / total_matched if total_matched else 0:.3f} "
              f"({total_correct}/{total_matched})")


def _print_errors(name: str, document: Document, predicted: list, gold: list[dict], pairs: list) -> None:
    def context(start: int, end: int) -> str:
        return document.text[max(0, start - 60):end + 40].replace("\n", " ")
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    for p, g in pairs:
        if p.value != g["value"]:
            print(f"  value  {name} ({document.date}): {g['text']!r} gold={g['value']} got={p.value} "
                  f"[{p.text!r}] | {context(g['start'], g['end'])}")
    for g in gold:
        if id(g) not in paired_g:
            print(f"  missed {name} ({document.date}): {g['text']!r} ({g['value']}) | {context(g['start'], g['end'])}")
    for p in predicted:
        if id(p) not in paired_p:
            print(f"  extra  {name} ({document.date}): {p.text!r} ({p.value}) | {context(p.start, p.end)}")


#: texts built to make a regex backtrack or a scan go quadratic: long runs of the tokens the
#: patterns look for, without sentence ends
STRESS = {
    "month names": "January February March May June ",
    "months run together": "JanuaryFebruaryMarch",
    "digits": "1",
    "digit groups": "1990 1991-92 12/13/ 06-17-20 ",
    "capitals": "WASHINGTON NEW YORK PARIS ",
    "commas": ",",
    "capitals and commas": "WASHINGTON, LAGOS, NIGERIA, ",
    "quarter words": "the third first fiscal latest quarter ",
    "seasons and years": "last summer 1990 fall of 1989 spring, ",
    "weekdays": "Monday, Tuesday and Wednesday, ",
    "later and earlier": "a week later two days earlier three years later ",
    "old years": "in 1865 the 1880s since 1497 the late 1800s ",
    "infinitives": "agreed to meet Monday to play Saturday said that ",
}


def stress(size: int = 1_000_000) -> None:
    """Seconds per ``size`` characters of each stress text: the time should grow with the size,
    never faster (run it at two sizes to see)."""
    for name, unit in STRESS.items():
        text = (unit * (size // len(unit) + 1))[:size]
        document = Document(id=name, text=text, date="2014-05-07")
        document.segments
        started = time.perf_counter()
        found = len(extract_dates(document))
        print(f"stress {name:<22} {size / 1e6:.1f} MB {time.perf_counter() - started:7.2f} s, {found} dates")


def _dates_module_at(ref: str):
    """``quotecli.extract.dates`` as it was at git commit ``ref`` (reading today's word lists):
    the one module of the commits before the split, or the package ``extract/dates/`` after it."""
    name = "quotecli.extract._dates_at_ref"
    listing = subprocess.run(["git", "ls-tree", "--name-only", f"{ref}:src/quotecli/extract/dates"], cwd=HERE.parent,
                             capture_output=True, text=True)
    if listing.returncode == 0:  # a package: its modules import each other, so they are written out
        folder = Path(tempfile.mkdtemp(prefix="dates_at_ref_"))
        for module in listing.stdout.split():
            source = subprocess.run(["git", "show", f"{ref}:src/quotecli/extract/dates/{module}"], cwd=HERE.parent,
                                    capture_output=True, text=True, check=True).stdout
            (folder / module).write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                      submodule_search_locations=[str(folder)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    source = subprocess.run(["git", "show", f"{ref}:src/quotecli/extract/dates.py"], cwd=HERE.parent,
                            capture_output=True, text=True, check=True).stdout
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "quotecli.extract"
    sys.modules[spec.name] = module  # dataclasses look their module up there
    exec(compile(source, f"{ref}:dates.py", "exec"), module.__dict__)
    return module


def time_ab(ref: str, rounds: int = 3) -> None:
    """Extraction CPU time (``time.process_time``) of this tree's dates against ``ref``'s, in one
    process: the corpus is cut into 8 chunks and each chunk is timed with both, in alternating
    order (a loaded machine slows both alike), so the ratio holds where absolute MB/s do not."""
    old = _dates_module_at(ref)
    documents = [Document(id=str(p), text=p.read_text(encoding="utf-8")) for p in sorted(CORPORA.rglob("*.txt"))]
    for d in documents:
        d.segments
    chunks = [documents[i::8] for i in range(8)]
    totals = {"ref": 0.0, "now": 0.0}
    ratios = []
    for r in range(rounds):
        for chunk in chunks:
            pair = [("ref", old.extract_dates), ("now", extract_dates)]
            times = {}
            for name, extract in pair if r % 2 == 0 else reversed(pair):
                started = time.process_time()
                for d in chunk:
                    extract(d)
                times[name] = time.process_time() - started
                totals[name] += times[name]
            ratios.append(times["now"] / times["ref"])
    print(f"dates speed, this tree / {ref}: total time ratio {totals['now'] / totals['ref']:.3f}, "
          f"median of {len(ratios)} chunks {statistics.median(ratios):.3f} (below 1 is faster)")


def time_corpora() -> None:
    documents = []
    for path in sorted(CORPORA.rglob("*.txt")):
        if path.name in ("README.md", "SOURCE.md"):
            continue
        documents.append(Document(id=str(path), text=path.read_text(encoding="utf-8")))
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    for d in documents:  # sentence segmentation is shared by every extractor: time it apart
        d.segments
    started = time.perf_counter()
    count = sum(len(extract_dates(d)) for d in documents)
    seconds = time.perf_counter() - started
    print(f"speed: {len(documents)} articles, {size / 1e6:.1f} MB, {count} dates in {seconds:.2f} s "
          f"= {size / 1e6 / seconds:.1f} MB/s (segmentation excluded)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing run")
    parser.add_argument("--timebank-only", action="store_true", help="score only TimeBank")
    parser.add_argument("--split", choices=("dev", "report"), help="score only this TimeBank half")
    parser.add_argument("--stress", type=float, nargs="?", const=1.0, metavar="MB",
                        help="only time the stress texts (default 1 MB each)")
    parser.add_argument("--ab", metavar="GITREF", help="only time this tree's dates against GITREF's")
    args = parser.parse_args(argv)
    if args.ab:
        time_ab(args.ab)
        return 0
    if args.stress:
        stress(int(args.stress * 1_000_000))
        return 0
    if TIMEBANK.exists():
        score_timebank(args.errors, args.split)
    else:
        print(f"{TIMEBANK} not present: TimeBank not scored")
    if args.timebank_only:
        return 0
    if not CORPORA.exists():
        print(f"{CORPORA} not present: nothing to evaluate")
        return 0
    score_annotation(ANNOTATION, args.errors)
    score_annotation(HELD_OUT, args.errors)
    score_annotation(HELD_OUT_2, args.errors)
    score_annotation(HELD_OUT_3, args.errors)
    score_annotation(HELD_OUT_4, args.errors)
    score_annotation(HELD_OUT_5, args.errors)
    score_annotation(HELD_OUT_6, args.errors)
    score_annotation(HELD_OUT_7, args.errors)
    score_annotation(HELD_OUT_8, args.errors)
    score_seeds(args.errors)
    if not args.no_speed:
        time_corpora()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
