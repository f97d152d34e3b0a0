"""Planted misquotations against the shared transcripts: recall per verdict, false alarms, speed.

    python benchmarks/verify.py [--seed 1] [--per-kind 60]

Quotations are sentences (10–40 words) taken from the labelled turns of the
transcripts in ../shared/transcripts. Each is written into a small article
("…," NAME said.) either untouched or with one planted alteration:

    altered      one content word replaced by another word of the source
    negation     "not"/"never" dropped or added                     (expects QC503 error)
    elided       a stretch holding "only"/"if"/"not" dropped with an ellipsis (QC502)
    stitched     two sentences of one speaker, far apart, joined    (QC504)
    speaker      the sentence given to another speaker of a debate  (QC505)
    paraphrase   most words replaced (a made-up quotation)           (QC506)

It reports the share of each kind that gets its verdict, the warning-or-worse
findings per 100 untouched quotations, and how many quotations a second are
verified against a source of 100,000 words (the transcripts repeated, lightly
changed so no window repeats exactly).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import quotecli  # noqa: E402
from quotecli.check.model import severity_rank  # noqa: E402
from quotecli.document import Document  # noqa: E402
from quotecli.verify import VerifySettings, read_source, verify  # noqa: E402
from quotecli.verify.align import words  # noqa: E402
from quotecli.verify.transcripts import source_from_document  # noqa: E402

SHARED = ROOT.parent / "shared" / "transcripts"
EXPECTED = {"altered": "QC503", "negation": "QC503", "elided": "QC502", "stitched": "QC504",
            "speaker": "QC505", "paraphrase": "QC506"}
_FILLER = ("we", "they", "people", "many", "things", "good", "great", "time", "country", "very")


def sentences(source) -> list[tuple[str, str]]:
    """(speaker, sentence) pairs of 10–40 words from the labelled turns."""
    import regex

    out = []
    text = source.speech_text()
    for turn in source.turns:
        if not turn.speaker or turn.speaker.startswith("Q ("):
            continue
        for sentence in regex.split(r"(?<=[.!?])\s+", text[turn.start:turn.end]):
            sentence = " ".join(sentence.split())
            if 10 <= len(sentence.split()) <= 40 and '"' not in sentence and "“" not in sentence:
                out.append((turn.speaker, sentence))
    return out


def article(speaker: str, quote: str, index: int) -> Document:
    text = f"Report {index}\n\n“{quote.rstrip('.')},” {speaker} said on Tuesday.\n"
    return quotecli.from_text(text, id=f"planted-{index}.txt")


def plant(kind: str, speaker: str, sentence: str, pool: list[tuple[str, str]], rng: random.Random):
    """The quotation and the speaker an article gives for ``kind`` (None when it cannot be planted)."""
    tokens = sentence.split()
    if kind == "altered":
        spots = [i for i, t in enumerate(tokens) if t.isalpha() and t.islower() and len(t) > 4]
        if not spots:
            return None
        i = rng.choice(spots)
        replacement = rng.choice([w for w in _FILLER if w != tokens[i]])
        return speaker, " ".join(tokens[:i] + [replacement] + tokens[i + 1:])
    if kind == "negation":
        for i, t in enumerate(tokens):
            if t.lower() in ("not", "never"):
                return speaker, " ".join(tokens[:i] + tokens[i + 1:])
        for i, t in enumerate(tokens):
            if t.lower() in ("is", "are", "will", "can", "should", "was"):
                return speaker, " ".join(tokens[:i + 1] + ["not"] + tokens[i + 1:])
        return None
    if kind == "elided":
        for i, t in enumerate(tokens[2:-3], start=2):
            if t.lower().strip(",") in ("only", "if", "not", "never", "unless"):
                return speaker, " ".join(tokens[:i]) + " … " + " ".join(tokens[i + 2:])
        return None
    if kind == "stitched":
        at = pool.index((speaker, sentence))
        same = [s for k, (sp, s) in enumerate(pool) if sp == speaker and abs(k - at) >= 5]  # far apart
        if not same:
            return None
        return speaker, sentence.rstrip(".!?") + ". " + rng.choice(same)
    if kind == "speaker":
        others = sorted({sp for sp, _ in pool if sp != speaker})
        return (rng.choice(others), sentence) if others else None
    if kind == "paraphrase":
        keep = max(2, len(tokens) // 5)
        return speaker, " ".join(tokens[:keep] + rng.sample(_FILLER, min(len(_FILLER), len(tokens) - keep)))
    return speaker, sentence


def big_source(sources, target_words: int = 100_000, seed: int = 0):
    """One source of ``target_words`` words: the transcripts repeated with every 7th word changed per copy."""
    rng = random.Random(seed)
    base = "\n\n".join(s.speech_text() for s in sources)
    parts, count, copy = [], 0, 0
    while count < target_words:
        tokens = base.split(" ")
        if copy:
            for i in range(copy % 7, len(tokens), 7):
                tokens[i] = rng.choice(_FILLER)
        part = " ".join(tokens)
        parts.append(f"SPEAKER {copy}: " + part)
        count += len(part.split())
        copy += 1
    document = Document(id="big-source.txt", path="big-source.txt", text="\n\n".join(parts))
    return source_from_document(document), count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=60, help="planted quotations per kind")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is not here", file=sys.stderr)
        return 0
    rng = random.Random(args.seed)
    sources = [read_source(str(p))[0] for p in sorted(SHARED.glob("*.txt")) if p.name != "README.md"]
    labelled = [s for s in sources if s.speakers()]
    print(f"{'kind':<12} {'planted':>7} {'found':>6} {'recall':>7}")
    results = {}
    for kind in ["verbatim", *EXPECTED]:
        pools = [sentences(s) for s in (labelled if kind != "speaker" else [s for s in labelled if len(s.speakers()) > 1])]
        candidates = [(speaker, sentence, pool) for pool in pools for speaker, sentence in pool]
        rng.shuffle(candidates)
        documents = []
        for speaker, sentence, pool in candidates:
            if len(documents) >= args.per_kind:
                break
            planted = plant(kind, speaker, sentence, pool, rng)
            if planted is not None:
                documents.append(article(planted[0], planted[1], len(documents)))
        findings = verify(documents, sources, VerifySettings())
        by_doc: dict[str, set] = {}
        for f in findings:
            by_doc.setdefault(f.primary.doc, set()).add((f.rule, f.severity))
        if kind == "verbatim":
            alarms = sum(1 for f in findings if severity_rank(f.severity) >= severity_rank("warning"))
            results[kind] = (len(documents), alarms)
            print(f"{kind:<12} {len(documents):>7} {'—':>6} {'—':>7}   warning-or-worse findings: "
                  f"{alarms} ({100 * alarms / max(1, len(documents)):.1f} per 100 quotations)")
            continue
        expected = EXPECTED[kind]
        hit = sum(1 for d in documents if any(rule == expected for rule, _ in by_doc.get(d.id, ())))
        results[kind] = (len(documents), hit)
        print(f"{kind:<12} {len(documents):>7} {hit:>6} {hit / max(1, len(documents)):>7.2f}")

    big, count = big_source(sources)
    quotes = [article(sp, s, i) for i, (sp, s) in enumerate(
        [pair for source in labelled for pair in sentences(source)][:1000])]
    extractions = [quotecli.extract(d) for d in quotes]
    from quotecli.verify.align import SourceIndex
    from quotecli.verify.verdicts import QuoteVerifier

    started = time.perf_counter()
    index = SourceIndex.build(big)
    index.numbers  # the source's figures (QC508) are read once per source, like the index
    verifier = QuoteVerifier([index], VerifySettings())
    indexed = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    verified = sum(1 for e in extractions for _ in [list(verifier.verify(e))])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"\nspeed: {verified} quotations against a {count:,}-word source in {elapsed:.2f} s wall, {cpu:.2f} s CPU "
          f"= {verified / elapsed:,.0f} quotations/s wall, {verified / cpu:,.0f} per CPU second "
          f"(index and the source's figures built in {indexed:.2f} s, not counted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
