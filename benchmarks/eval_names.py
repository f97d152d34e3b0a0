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

With ``--planted`` it is a **recall probe** on the shapes of real misspellings
(``plant_names.py``: a surname alone misspelt, a transposition, a doubled or
dropped letter, a dropped prefix or particle, another given name, a misspelt
place): every same-event cluster of the chosen half of ``inject.py``
(``--half dev`` to tune, ``--half eval`` only to report) gets, for each kind, one
planting in a copy of the cluster, checked with the name rules alone. A planting
is found when a finding of its rule, of any severity, covers it.

    PYTHONPATH=src python benchmarks/eval_names.py --planted --half dev --seed 1 [--show 20]
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


def planted(half: str, seed: int, show: int, kinds: list[str]) -> None:
    """The recall probe: plant each kind of ``plant_names.py`` in every cluster of ``half``."""
    import dataclasses
    import random
    import tempfile
    from collections import Counter

    from inject import load_clusters, documents  # the halves and the JSON Lines round trip of inject.py
    from plant_names import EXPECTED, PLANTERS

    rules = select_rules(["QC1"])
    rng = random.Random(seed)
    tried, hits, misses, confidences = Counter(), Counter(), [], Counter()
    clusters = load_clusters(None, seed, half)
    with tempfile.TemporaryDirectory(prefix="quotecli-names-") as tmp:
        for name, articles in clusters:
            docs = documents(articles, Path(tmp), name)
            ex = [Extraction(document=d, people=extract_people(d)) for d in docs]
            for kind in kinds:
                planting = PLANTERS[kind](ex, rng)
                if planting is None:
                    continue
                i, text, start, end, what = planting
                doc = dataclasses.replace(docs[i], text=text)
                changed = list(ex)
                changed[i] = Extraction(document=doc, people=extract_people(doc))
                tried[kind] += 1
                hit = [f for f in run_rules(changed, rules) if f.name in EXPECTED[kind] and any(
                    loc.doc == doc.id and loc.start < end and start < loc.end for loc in f.locations[:1])]
                if hit:
                    hits[kind] += 1
                    confidences[(kind, hit[0].severity)] += 1
                else:
                    misses.append((kind, doc.id, what))
    print(f"{half} half, seed {seed}: {len(clusters)} clusters, one planting per kind and cluster\n")
    print(f"{'kind':<15}{'planted':>8}{'found':>7}{'recall':>8}   found as error/warning/info")
    for kind in kinds:
        recall = f"{hits[kind] / tried[kind]:.2f}" if tried[kind] else "-"
        sev = "/".join(str(confidences[(kind, s)]) for s in ("error", "warning", "info"))
        print(f"{kind:<15}{tried[kind]:>8}{hits[kind]:>7}{recall:>8}   {sev}")
    total = sum(tried.values())
    print(f"{'all':<15}{total:>8}{sum(hits.values()):>7}{sum(hits.values()) / max(total, 1):>8.2f}")
    for kind, doc_id, what in misses[:show]:
        print(f"  missed {kind}: {doc_id}: {what}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every wrong prediction")
    parser.add_argument("--check", nargs="+", metavar="DIR", help="also run the name rules over these folders")
    parser.add_argument("--planted", action="store_true", help="run the recall probe of plant_names.py instead")
    parser.add_argument("--half", choices=("dev", "eval"), default="dev", help="clusters of the probe (eval: report only)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="", help="comma-separated planting kinds (default: all)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N missed plantings")
    args = parser.parse_args(argv)
    if args.planted:
        from plant_names import PLANTERS
        planted(args.half, args.seed, args.show_misses, [k for k in args.kinds.split(",") if k] or list(PLANTERS))
        return 0
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
