"""Quote extraction and attribution against PolNeAR (../shared/eval) and the seeds' gold.json.

    python benchmarks/eval_quotes.py                    # train and dev, each apart
    python benchmarks/eval_quotes.py --split dev        # one split
    python benchmarks/eval_quotes.py --limit 100        # the first N articles of the split(s)
    python benchmarks/eval_quotes.py --errors 30        # also print up to N misses / false alarms / wrong speakers
    python benchmarks/eval_quotes.py --categories       # also count the errors by cause (and --errors per cause)

Scoring follows "Recommended scoring protocol" of ../shared/eval/README.md exactly:
predictions and gold quotes are paired one to one per article, greedily by character IoU
(pairs under 0.5 never match); a matched pair has the right speaker when the predicted
speaker mention span overlaps a gold speaker span (a null gold speaker is right only with
no predicted speaker); quote+speaker F1 counts only matches with the right speaker (the
headline). Breakdowns: direct only (gold partial quotes are then neither missed nor
matched: predictions paired with them drop out), speaker accuracy per speaker_type, per
split and per quote mark (doubled apostrophes vs other marks, by article).

What counts as a prediction: quotations of kind ``full`` and ``partial`` (what a careful
reader calls a quotation; ``scare`` and ``title`` spans are not, ``indirect`` has no
marks). The figure with every marked kind (``full``, ``partial``, ``scare``, ``title``)
is printed too. The development of the rules used the train split; dev is the check.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from quotecli.document import Document  # noqa: E402
from quotecli.extract.people import extract_people  # noqa: E402
from quotecli.extract.quotes import extract_quotes  # noqa: E402
from quotecli.records import Quote  # noqa: E402
from scoring import PRF, greedy_match, iou, overlaps  # noqa: E402

SHARED = HERE.parent.parent / "shared"
POLNEAR = SHARED / "eval" / "polnear_dev.jsonl"
SEEDS = SHARED / "seeds"
COUNTED = ("full", "partial")
MARKED = ("full", "partial", "scare", "title")
_TRIM = " \t\r\n\u00a0“”\"'"


def _trimmed(q: Quote) -> tuple[int, int]:
    """Step 1 of the protocol: the span without white space and enclosing marks."""
    start, end = q.start, q.end
    while start < end and q.text[start - q.start] in _TRIM:
        start += 1
    while end > start and q.text[end - 1 - q.start] in _TRIM:
        end -= 1
    return start, end


def _speaker_right(pred: Quote, gold: dict[str, Any]) -> bool:
    if gold["speaker"] is None:
        return pred.speaker_start is None
    if pred.speaker_start is None:
        return False
    span = (pred.speaker_start, pred.speaker_end)
    return any(overlaps(span, (s, e)) for s, e in gold["speaker_spans"])


class Scores:
    """Counts for one group of articles (a split, a mark style, everything)."""

    def __init__(self) -> None:
        self.quote = PRF()
        self.quote_speaker = PRF()
        self.direct = PRF()
        self.direct_speaker = PRF()
        self.speaker_by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, preds: list[Quote], golds: list[dict[str, Any]]) -> list[tuple[Quote, dict]]:
        pairs = greedy_match(preds, golds, lambda p, g: iou(_trimmed(p), (g["start"], g["end"])), 0.5)
        right = [(p, g) for p, g in pairs if _speaker_right(p, g)]
        self.quote.add(len(pairs), len(preds), len(golds))
        self.quote_speaker.add(len(right), len(preds), len(golds))
        partial_matched = sum(1 for _, g in pairs if g["type"] != "direct")
        direct_gold = sum(1 for g in golds if g["type"] == "direct")
        direct_pairs = [(p, g) for p, g in pairs if g["type"] == "direct"]
        self.direct.add(len(direct_pairs), len(preds) - partial_matched, direct_gold)
        self.direct_speaker.add(sum(1 for p, g in direct_pairs if _speaker_right(p, g)),
                                len(preds) - partial_matched, direct_gold)
        for p, g in pairs:
            counts = self.speaker_by_type[g["speaker_type"] or "null"]
            counts[0] += _speaker_right(p, g)
            counts[1] += 1
        return pairs

    def print(self, label: str) -> None:
        matched = self.quote.tp
        right = self.quote_speaker.tp
        print(f"-- {label}")
        print(self.quote.row("  quote span"))
        print(f"  speaker accuracy             {right / matched if matched else 0:.3f} ({right}/{matched})")
        print(self.quote_speaker.row("  quote+speaker (headline)"))
        print(self.direct.row("  direct only: span"))
        print(self.direct_speaker.row("  direct only: +speaker"))
        parts = [f"{t}={c[0] / c[1]:.3f} ({c[0]}/{c[1]})" for t, c in sorted(self.speaker_by_type.items())]
        print("  speaker accuracy by type:   " + ", ".join(parts))


def _predict(document: Document, kinds: tuple[str, ...]) -> list[Quote]:
    people = extract_people(document)
    return [q for q in extract_quotes(document, people) if q.kind in kinds]


class Categories:
    """Errors counted by cause, so work goes where the misses are (``--categories``).

    A wrong speaker is classed by where the gold speaker stands relative to the
    quotation (another paragraph, after it, inside another quotation, before it)
    and by what was predicted instead; a missed or false span by its gold type or
    predicted kind and its length (one to three words: the scare/partial border).
    """

    def __init__(self, examples: int) -> None:
        self.counts: dict[str, int] = defaultdict(int)
        self.examples: dict[str, list[str]] = defaultdict(list)
        self.budget = examples

    def _add(self, category: str, example: str) -> None:
        self.counts[category] += 1
        if len(self.examples[category]) < self.budget:
            self.examples[category].append(example)

    def add(self, record: dict, document: Document, preds: list[Quote], golds: list[dict],
            pairs: list[tuple[Quote, dict]]) -> None:
        text = record["text"]
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        for g in golds:
            if id(g) not in matched_g:
                words = len(g["text"].split())
                size = "1-3 words" if words <= 3 else "4+ words"
                self._add(f"miss {g['type']} {size}", f"[{record['id']}] {_context(text, g['start'], g['end'])}")
        for p in preds:
            if id(p) not in matched_p:
                words = len(p.text.split())
                size = "1-3 words" if words <= 3 else "4+ words"
                self._add(f"false {p.kind} {size}", f"[{record['id']}] {_context(text, p.start, p.end)}")
        for p, g in pairs:
            if _speaker_right(p, g):
                continue
            category = _speaker_category(document, p, g, [x for x in golds if x is not g])
            self._add(f"speaker {g['speaker_type'] or 'null'}: {category}",
                      f"[{record['id']}] {_context(text, p.start, p.end)} | pred {p.speaker_mention!r} "
                      f"gold {g['speaker']!r}")

    def print(self) -> None:
        print("\n-- errors by cause")
        for category, count in sorted(self.counts.items(), key=lambda kv: -kv[1]):
            print(f"  {count:5d}  {category}")
            for example in self.examples[category]:
                print(f"         {example}")


def _context(text: str, start: int, end: int) -> str:
    return repr(text[max(0, start - 80):start] + "[" + text[start:end][:120] + "]" + text[end:end + 60])


def _speaker_category(document: Document, pred: Quote, gold: dict, others: list[dict]) -> str:
    """Where the gold speaker stands and what was predicted instead."""
    if gold["speaker"] is None:
        return "gold has no speaker"
    g_start = gold["speaker_spans"][0][0]
    segments = document.segments
    if any(o["start"] <= g_start < o["end"] for o in others):
        where = "speaker inside another quotation (nested)"
    elif segments.paragraph_index(g_start) != segments.paragraph_index(gold["start"]):
        distance = abs(segments.paragraph_index(g_start) - segments.paragraph_index(gold["start"]))
        where = f"speaker {'one paragraph' if distance == 1 else 'two+ paragraphs'} away"
    elif g_start >= gold["end"]:
        where = "speaker after the quotation"
    else:
        where = "speaker before the quotation"
    if pred.speaker_start is None:
        return f"{where}, none predicted"
    p_para = segments.paragraph_index(pred.speaker_start)
    if p_para != segments.paragraph_index(gold["start"]):
        return f"{where}, predicted from another paragraph"
    return f"{where}, predicted {'after' if pred.speaker_start >= pred.end else 'before'}"


def evaluate_polnear(split: str, limit: Optional[int], errors: int, categories: bool = False) -> None:
    records = [json.loads(line) for line in POLNEAR.open(encoding="utf-8")]
    splits = ["train", "dev"] if split == "all" else [split]
    chars = 0
    elapsed = 0.0
    for name in splits:
        chosen = [r for r in records if r["split"] == name][:limit]
        scores = {key: Scores() for key in ("counted", "marked", "apostrophes", "other marks")}
        shown = 0
        causes = Categories(errors) if categories else None
        for record in chosen:
            document = Document(id=record["id"], text=record["text"], date=record.get("date"))
            golds = record["quotes"]
            people = extract_people(document)
            document.segments  # shared with the other extractors: not counted as quote time
            t0 = time.process_time()
            all_quotes = extract_quotes(document, people)
            elapsed += time.process_time() - t0
            chars += len(record["text"])
            preds = [q for q in all_quotes if q.kind in COUNTED]
            pairs = scores["counted"].add(preds, golds)
            scores["marked"].add([q for q in all_quotes if q.kind in MARKED], golds)
            style = "apostrophes" if any("quote_mark" in g for g in golds) else "other marks"
            scores[style].add(preds, golds)
            if causes is not None:
                causes.add(record, document, preds, golds, pairs)
            elif errors and shown < errors:
                shown += _show_errors(record, preds, golds, pairs, errors - shown)
        print(f"\n=== PolNeAR {name}: {len(chosen)} articles ===")
        scores["counted"].print("predictions: full + partial")
        scores["marked"].print("predictions: every marked kind (full, partial, scare, title)")
        scores["apostrophes"].print("articles with doubled-apostrophe marks (full + partial)")
        scores["other marks"].print("articles with other marks (full + partial)")
        if causes is not None:
            causes.print()
    if elapsed:
        print(f"\nspeed (extract_quotes alone, CPU time): {chars / elapsed / 1e6:.2f} MB/s over {chars} characters")


def _show_errors(record: dict, preds: list[Quote], golds: list[dict], pairs: list, budget: int) -> int:
    text = record["text"]
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    lines = []
    for g in golds:
        if id(g) not in matched_g:
            lines.append(f"MISS  {text[max(0, g['start'] - 60):g['end'] + 40]!r} | gold {g['speaker']!r}")
    for p in preds:
        if id(p) not in matched_p:
            lines.append(f"FALSE {text[max(0, p.start - 60):p.end + 40]!r} | {p.kind} {p.speaker_mention!r}")
    for p, g in pairs:
        if not _speaker_right(p, g):
            lines.append(f"SPKR  {text[max(0, p.start - 60):p.end + 60]!r} | pred {p.speaker_mention!r} "
                         f"gold {g['speaker']!r}")
    for line in lines[:budget]:
        print(f"[{record['id']}] {line}")
    return min(len(lines), budget)


def evaluate_seeds() -> None:
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    found = speaker_ok = kind_ok = total = 0
    print("\n=== seeds (gold.json quotes: text, speaker, kind) ===")
    for name, doc_gold in gold["documents"].items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        document = Document(id=name, text=text)
        quotes = extract_quotes(document, extract_people(document))
        for g in doc_gold.get("quotes") or []:
            total += 1
            match = next((q for q in quotes if q.text.strip() == g["text"].strip()), None)
            if match is None:
                print(f"  MISSING {name}: {g['text'][:50]!r}")
                continue
            found += 1
            speaker_ok += match.speaker == g["speaker"]
            kind_ok += match.kind == g["kind"]
            flag = "ok " if (match.speaker == g["speaker"] and match.kind == g["kind"]) else "BAD"
            print(f"  {flag} {g['text'][:40]!r:44} speaker={match.speaker!r} (gold {g['speaker']!r}) "
                  f"kind={match.kind} (gold {g['kind']})")
        for g in doc_gold.get("indirect_quotes") or []:
            total += 1
            content = " ".join(g["content"].split())
            match = next((q for q in quotes if q.kind == "indirect" and content in " ".join(q.text.split())), None)
            found += match is not None
            speaker_ok += match is not None and match.speaker == g["speaker"]
            kind_ok += match is not None
            print(f"  {'ok ' if match and match.speaker == g['speaker'] else 'BAD'} indirect "
                  f"{g['content'][:40]!r:44} speaker={match.speaker if match else None!r} (gold {g['speaker']!r})")
    print(f"  found {found}/{total}, speaker right {speaker_ok}/{total}, kind right {kind_ok}/{total}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles of a split")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors (misses, false alarms, speakers)")
    parser.add_argument("--categories", action="store_true",
                        help="count the errors by cause; --errors N then prints N examples of each")
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"{POLNEAR} not present: nothing to score")
        return 0
    evaluate_polnear(args.split, args.limit, args.errors, args.categories)
    evaluate_seeds()
    return 0


if __name__ == "__main__":
    sys.exit(main())
