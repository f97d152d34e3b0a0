"""Date extraction against the hand annotation (annotations/dates.jsonl) and the seeds' gold.json.

    python benchmarks/eval_dates.py              # figures
    python benchmarks/eval_dates.py --errors     # also list every miss, false alarm and wrong value
    python benchmarks/eval_dates.py --no-speed   # skip the timing over ../shared/corpora

Printed, for the main annotation and a held-out one: relaxed F1 (a prediction matches a gold date when their spans overlap), value
accuracy on those matched pairs, strict F1 (exact span), the seeds' dates, and the
extractor's speed in MB/s over every article of ../shared/corpora. Documents are loaded
with ``quotecli.load`` so they get the date of a corpus ``manifest.jsonl`` exactly as the
CLI does; an article without one is left undated (the extractor may read a dateline).
"""

from __future__ import annotations

import argparse
import json
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
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"{CORPORA} not present: nothing to evaluate")
        return 0
    score_annotation(ANNOTATION, args.errors)
    score_annotation(HELD_OUT, args.errors)
    score_seeds(args.errors)
    if not args.no_speed:
        time_corpora()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
