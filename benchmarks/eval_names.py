"""Precision and recall of the name matchers on ECB+ same/different-entity name pairs.

    PYTHONPATH=src python benchmarks/eval_names.py [--pairs ../shared/corpora/ecbplus/name_pairs.jsonl]

``name_pairs.jsonl`` holds pairs of surface forms from the gold ECB+ coreference
chains: ``same_entity`` (two writings of one person or organisation) and
``different_entity`` (hard negatives: different chains with similar names).
Titles written in the pair ("Attorney", "Mr", "Dr.") are split off with the
same title lists the extractor uses and kept as evidence (their gender).

Two matchers are measured, each predicting "same entity" for a pair:

* **spelling** — QC101 name-spelling would flag one form as a misspelling of the
  other (given the minimum evidence: the rare form once, the other
  ``MIN_MAJORITY`` times in other articles). Its recall is reported on the
  same-entity pairs that *are* spelling variants (same number of words, folded
  forms that differ but are at least 0.8 similar): expanding "Mark Heller" to "Mark Jay Heller" is not its job.
* **aggregation** — ``aggregate_people`` would merge the two into one person
  (equal folded names, or one a short form of the other, no title gender
  against it). Recall over all same-entity pairs; precision over all pairs.

Person pairs and organisation pairs are reported apart: the matchers are built
for people.

With ``--check DIR ...`` it also runs the name rules (QC101–QC103) over those
folders (people extraction only) and prints every finding and the number of
warning-or-error findings per 100 articles, to be read by eye: real variants
across outlets ("Heidar Alishvandi" / "Heydar Alishbandi") are expected there.

    PYTHONPATH=src python benchmarks/eval_names.py --check ../shared/corpora/basil \
        ../shared/corpora/ecbplus ../shared/corpora/wikinewssum
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from scoring import PRF  # noqa: E402

import quotecli  # noqa: E402
from quotecli.check import run_rules, select_rules, severity_rank  # noqa: E402
from quotecli.check.rules.names import MIN_MAJORITY, is_misspelling  # noqa: E402
from quotecli.extract.people import extract_people  # noqa: E402
from quotecli.names import name_tokens, same_person, split_title, title_genders  # noqa: E402
from quotecli.records import Extraction  # noqa: E402

VARIANT_SIMILARITY = 0.8  # difflib ratio of the folded forms (the file's sim_folded)
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ecbplus" / "name_pairs.jsonl"


def parse(written: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Folded name tokens and title genders of a written name ("Mr Jenkin")."""
    titles, rest = split_title(written.replace(".", ". ").replace(".  ", ". "))
    return name_tokens(rest), title_genders(titles)


def spelling_predicts(a: str, b: str) -> bool:
    (ta, ga), (tb, gb) = parse(a), parse(b)
    return any(is_misspelling(x, y, 1, MIN_MAJORITY, False, (gx, gy))
               for (x, gx), (y, gy) in (((ta, ga), (tb, gb)), ((tb, gb), (ta, ga))))


def aggregation_predicts(a: str, b: str) -> bool:
    (ta, ga), (tb, gb) = parse(a), parse(b)
    return bool(ta and tb) and same_person(ta, tb, ga, gb)


def is_variant(row: dict) -> bool:
    """A same-entity pair that differs by spelling: same word count, close folded forms."""
    ta, tb = parse(row["a"])[0], parse(row["b"])[0]
    return len(ta) == len(tb) and ta != tb and row["sim_folded"] >= VARIANT_SIMILARITY


def check(folders: list[str]) -> None:
    """Run the name rules over ``folders`` and print the findings and their rate."""
    documents, errors = quotecli.load(folders)
    extractions = [Extraction(document=d, people=extract_people(d)) for d in documents]
    findings = run_rules(extractions, select_rules(["QC1"]))
    serious = [f for f in findings if severity_rank(f.severity) >= severity_rank("warning")]
    for finding in findings:
        where = finding.primary
        related = "; ".join(f"{loc.file}:{loc.line} {loc.text}" for loc in finding.locations[1:3])
        print(f"{finding.rule} {finding.severity:<7} {where.file}:{where.line} {finding.message}\n    {related}")
    per_100 = 100 * len(serious) / len(documents) if documents else 0.0
    print(f"\n{len(documents)} articles ({len(errors)} unreadable): {len(findings)} name findings, "
          f"{len(serious)} warning or error = {per_100:.2f} per 100 articles")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every wrong prediction")
    parser.add_argument("--check", nargs="+", metavar="DIR", help="also run the name rules over these folders")
    args = parser.parse_args(argv)
    if not args.pairs.exists():
        print(f"eval_names: {args.pairs} not found", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = {name: PRF() for name in (
        "spelling (people)", "spelling (all)", "aggregation (people)", "aggregation (all)")}
    for row in rows:
        same = row["label"] == "same_entity"
        person = row.get("type") in (None, "HUMAN_PART_PER")
        a, b = row["a"], row["b"]
        spelled, merged = spelling_predicts(a, b), aggregation_predicts(a, b)
        variant = same and is_variant(row)
        for scope, applies in (("people", person), ("all", True)):
            if not applies:
                continue
            scores[f"spelling ({scope})"].add(int(spelled and same), int(spelled), int(variant))
            scores[f"aggregation ({scope})"].add(int(merged and same), int(merged), int(same))
        if args.show and (spelled != variant or merged != same and person):
            print(f"  {row['label']:<16} spelling={spelled!s:<5} merge={merged!s:<5} {a!r} ~ {b!r}")
    print(f"name pairs: {len(rows)} ({sum(r['label'] == 'same_entity' for r in rows)} same, "
          f"{sum(r['label'] != 'same_entity' for r in rows)} different) from {args.pairs}")
    for label, score in scores.items():
        print(score.row(label))
    print("spelling recall counts only same-entity pairs that are spelling variants "
          f"(same word count, different folded forms, sim_folded >= {VARIANT_SIMILARITY}).")
    if args.check:
        print()
        check(args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
