"""Injection benchmark for ``quotecli check``: recall per kind of error, false alarms on clean news.

    python benchmarks/inject.py [--half dev|eval] [--seed N] [--limit-clusters N] [--show N]
                                [--kinds K,..] [--all-corpora]

The same-event clusters of ``../shared/corpora`` (BASIL, ECB+, WikinewsSum:
``<corpus>/<cluster>/*.txt``, dates from each ``manifest.jsonl``) are first split
for good by a hash of the cluster id into a *development* half (``--half dev``,
the default: read its misses and false alarms, tune on it) and an *evaluation*
half (``--half eval``: run it only to report, never to tune). The clusters of the
chosen half are shuffled and split in two again. Every cluster of the *injected*
half receives ONE known
inconsistency, of the kind injected least so far among those the cluster allows
(ties in rotation), so that every kind gets its share:

- ``name``: one letter changed in a person's full name where the same name is
  written at least twice elsewhere in the cluster (expects name-spelling);
- ``figure``: a figure changed where another article gives the same figure for
  the same counted noun in a sentence restating the fact: the two sentences
  share half the content words of the shorter one, a name among them (figure-conflict);
- ``day``: the day changed in a full date that another article also gives, in a
  sentence restating the fact as above; time stamps on a line of their own
  ("Posted: Jul 07, 2012 7:40 PM ET") are not event dates (date-conflict);
- ``weekday``: a stated weekday replaced by a wrong one, or a wrong one inserted
  before a full date with a year and a month name ("Monday, July 8, 2003"; news
  does not put weekdays before "08/07/2003") (weekday-mismatch);
- ``quote-word``: a word changed or dropped inside a quotation of eight words or
  more that another article also quotes, among the words both quote (quote-wording);
- ``quote-speaker``: the written speaker of such a shared quotation replaced by
  another person of the cluster, where the other article names the same speaker
  at its quote (not "he said") (quote-speaker).

The modified clusters are written as JSON Lines (text and date) to a temporary
folder — never into ``../shared`` — loaded back with ``quotecli.load`` and
checked one cluster at a time. An injection is *found* when a finding of the
expected rule (of any severity: a quotation differing only in a function word
is reported as info) has a location overlapping the injected span. The *clean* half is
checked unchanged: every finding of warning or worse there is a false alarm
unless a reader confirms it (``--show`` prints a sample to read, each cited place
with its sentence, as ``benchmarks/audit.py`` shows it).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import quotecli  # noqa: E402
from quotecli.check import keys, severity_rank  # noqa: E402
from quotecli.check.registry import find_rule  # noqa: E402
from quotecli.sources.dates import normalise_date  # noqa: E402
from audit import excerpt  # noqa: E402  (the sentence around a cited span, as the audit shows it)

SHARED = ROOT.parent / "shared"
VERDICTS = ROOT / "benchmarks" / "audits" / "clean-warnings-{half}.md"   # a reader's verdicts, dev only
_VERDICT = regex.compile(r"- (\w+) (real|false) (QC\d+) \| ([^|\s]+):(\d+) \| ([^|\s]+):(\d+) \|")
CORPORA = ("basil", "ecbplus", "wikinewssum")
KINDS = ("name", "figure", "day", "weekday", "quote-word", "quote-speaker")
EXPECTED = {
    "name": "name-spelling",
    "figure": "figure-conflict",
    "day": "date-conflict",
    "weekday": "weekday-mismatch",
    "quote-word": "quote-wording",
    "quote-speaker": "quote-speaker",
}
WEEKDAYS = tuple(calendar.day_name)
MIN_QUOTE_WORDS = 8
_DIGITS = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = regex.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_WORD = regex.compile(r"\p{L}{3}")   # a month written as a word ("July 8, 2003", "8 Jul 2003")
_DAY = regex.compile(r"(?<![\d,.])([0-3]?\d)(st|nd|rd|th)?(?![\d])")


@dataclass
class Article:
    id: str
    text: str
    date: Optional[str]


@dataclass
class Injection:
    kind: str
    article: int          # index in the cluster
    text: str             # the article's new text
    start: int
    end: int
    what: str


# --------------------------------------------------------------------------- verdicts

Verdict = tuple[str, str, str, tuple[str, int], tuple[str, int]]   # id, real|false, rule, place, place


def read_verdicts(path: Path) -> list[Verdict]:
    """A reader's verdicts on clean-cluster findings, one a line:
    ``- ID real|false RULE | FILE:LINE | FILE:LINE | note`` (a finding in one place gives it twice)."""
    if not path.exists():
        return []
    verdicts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _VERDICT.match(line.strip())
        if match:
            ident, verdict, rule, file_a, line_a, file_b, line_b = match.groups()
            verdicts.append((ident, verdict, rule, (file_a, int(line_a)), (file_b, int(line_b))))
    return verdicts


def verdict_of(finding: quotecli.Finding, verdicts: list[Verdict]) -> str:
    """``real`` or ``false`` when a reader judged a finding of its rule citing both places, else ``unread``."""
    places = {(location.doc, location.line) for location in finding.locations}
    for _, verdict, rule, a, b in verdicts:
        if finding.rule == rule and a in places and b in places:
            return verdict
    return "unread"


# --------------------------------------------------------------------------- corpora

HALVES = ("dev", "eval")


def half_of(cluster: str) -> str:
    """The half a cluster belongs to, for good: the parity of a hash of its id
    ("basil/2010_2b95d2cf"), so that no seed, limit or new cluster moves it."""
    return HALVES[hashlib.sha256(cluster.encode("utf-8")).digest()[0] % 2]


def load_clusters(limit: Optional[int], seed: int, half: str = "dev") -> list[tuple[str, list[Article]]]:
    clusters: dict[str, list[Article]] = defaultdict(list)
    for corpus in CORPORA:
        folder = SHARED / "corpora" / corpus
        for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            path = folder / row["file"]
            if path.exists():
                clusters[f"{corpus}/{row['cluster']}"].append(
                    Article(f"{corpus}/{row['file']}", path.read_text(encoding="utf-8-sig"),
                            normalise_date(row.get("date"))))
    ordered = sorted((name, sorted(arts, key=lambda a: a.id)) for name, arts in clusters.items()
                     if len(arts) >= 2 and half_of(name) == half)
    random.Random(seed).shuffle(ordered)
    return ordered[:limit] if limit else ordered


def documents(articles: list[Article], folder: Path, name: str) -> list[quotecli.Document]:
    """The articles written as one JSON Lines file and read back the way a user's input is."""
    path = folder / (name.replace("/", "__") + ".jsonl")
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"id": article.id, "text": article.text, "date": article.date}) + "\n")
    docs, errors = quotecli.load([str(path)])
    if errors:
        raise SystemExit(f"cannot read back {path}: {errors}")
    return docs


# --------------------------------------------------------------------------- injectors

def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def inject_name(ex: list, rng: random.Random) -> Optional[Injection]:
    counts = Counter(m.text for e in ex for m in e.people if m.form == "full" and len(m.text.split()) >= 2)
    candidates = [(i, m) for i, e in enumerate(ex) for m in e.people
                  if m.form == "full" and len(m.text.split()) >= 2 and counts[m.text] >= 3]
    if not candidates:
        return None
    i, mention = rng.choice(sorted(candidates, key=lambda c: (c[0], c[1].start)))
    words = [w for w in regex.finditer(r"\p{L}{4,}", mention.text)]
    if not words:
        return None
    word = rng.choice(words)
    position = rng.randrange(1, len(word.group()) - 1)
    old = word.group()[position]
    vowels = "aeiou"
    pool = vowels if old.lower() in vowels else "bcdfghklmnprstvz"
    new = rng.choice([c for c in pool if c != old.lower()])
    new = new.upper() if old.isupper() else new
    offset = mention.start + word.start() + position
    text = _replace(ex[i].document.text, offset, offset + 1, new)
    return Injection("name", i, text, mention.start, mention.end,
                     f"{mention.text!r} -> {text[mention.start:mention.end]!r}")


def _sentence_words(document, start: int) -> tuple[set[str], set[str]]:
    """The content words of the sentence at ``start``, and those written with a capital."""
    s, e = document.segments.sentence_at(start)
    words = keys.tokens(document.text[s:e])
    content = set(keys.content_keys(t.key for t in words))
    names = {keys.stem(t.key) for t in words[1:] if t.text[:1].isupper()} & content
    return content, names


def _shared_fact(a_doc, a_start: int, b_doc, b_start: int) -> bool:
    """Two sentences restating one fact: they share half the content words of the
    shorter one (three at least), a name among them."""
    a_words, a_names = _sentence_words(a_doc, a_start)
    b_words, b_names = _sentence_words(b_doc, b_start)
    shared = a_words & b_words
    return len(shared) >= max(3, len(min(a_words, b_words, key=len)) / 2) and bool(a_names & b_names)


def _written_value(text: str) -> Optional[float]:
    """The figure's digits as written ("2 million" gives 2, which is not its value)."""
    match = _DIGITS.match(text)
    return float(match.group().replace(",", "")) if match else None


def inject_figure(ex: list, rng: random.Random) -> Optional[Injection]:
    figures = [(i, n) for i, e in enumerate(ex) for n in e.numbers
               if n.value is not None and n.unit and n.value_max is None and not n.qualifier
               and _written_value(n.text) == n.value
               and not (1900 <= n.value <= 2100) and n.value == int(n.value) and n.value >= 2]
    by_fact = defaultdict(list)
    for i, n in figures:
        unit = keys.content_keys(keys.folded_words(n.unit)) or [n.unit]
        by_fact[(n.value, unit[-1])].append((i, n))
    candidates = []
    for group in by_fact.values():
        for i, n in group:
            if any(j != i and _shared_fact(ex[i].document, n.start, ex[j].document, m.start)
                   for j, m in group):
                candidates.append((i, n))
    if not candidates:
        return None
    i, n = rng.choice(sorted(candidates, key=lambda c: (c[0], c[1].start)))
    digits = _DIGITS.match(n.text)
    value = int(n.value)
    new_value = value + max(2, -(-value // 5))
    new = f"{new_value:,}" if "," in digits.group() else str(new_value)
    start = n.start + digits.start()
    text = _replace(ex[i].document.text, start, n.start + digits.end(), new)
    return Injection("figure", i, text, start, start + len(new), f"{n.text!r} -> {new!r} ({n.unit})")


def _full_dates(ex: list) -> list:
    return [(i, d) for i, e in enumerate(ex) for d in e.dates
            if not d.relative and d.value and regex.fullmatch(r"\d{4}-\d\d-\d\d", d.value)]


def _on_stamp_line(text: str, date) -> bool:
    """A date on a short line of its own ("Posted: Jul 07, 2012 7:40 PM ET"): the page's
    time stamp, which differs between articles without contradicting anything."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    line = text[start:date.start] + text[date.end:end if end >= 0 else len(text)]
    return len(keys.folded_words(line)) <= 6


def inject_day(ex: list, rng: random.Random) -> Optional[Injection]:
    dates = [(i, d) for i, d in _full_dates(ex) if not _on_stamp_line(ex[i].document.text, d)]
    candidates = sorted(((i, d) for i, d in dates if not d.weekday and any(
        j != i and e.value == d.value and _shared_fact(ex[i].document, d.start, ex[j].document, e.start)
        for j, e in dates)), key=lambda c: (c[0], c[1].start))
    rng.shuffle(candidates)
    for i, d in candidates:
        year, month, day = map(int, d.value.split("-"))
        written = [m for m in _DAY.finditer(d.text) if int(m.group(1)) == day and not _YEAR.match(m.group())]
        if not written:
            continue
        last = calendar.monthrange(year, month)[1]
        choices = [x for x in range(day - 3, day + 4) if 1 <= x <= last and x != day]
        new_day = rng.choice(choices)
        m = written[0]
        start = d.start + m.start(1)
        new_text = _day_written(new_day, m.group(2))
        text = _replace(ex[i].document.text, start, d.start + m.end(), new_text)
        end = d.end + len(new_text) - len(m.group())
        return Injection("day", i, text, d.start, end, f"{d.text!r} -> {text[d.start:end]!r}")
    return None


def _day_written(day: int, suffix: Optional[str]) -> str:
    """``day`` written as the original was: bare, or with its own ordinal ending
    ("22nd", not "22st"), so the planted date stays a well-formed date the extractor reads."""
    if not suffix:
        return str(day)
    ending = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return str(day) + (ending.upper() if suffix.isupper() else ending)


def inject_weekday(ex: list, rng: random.Random) -> Optional[Injection]:
    candidates = [(i, d) for i, d in _full_dates(ex) if _YEAR.search(d.text) and _MONTH_WORD.search(d.text)]
    if not candidates:
        return None
    i, d = rng.choice(sorted(candidates, key=lambda c: (c[0], c[1].start)))
    true = dt.date.fromisoformat(d.value).weekday()
    wrong = WEEKDAYS[(true + rng.randrange(1, 7)) % 7]
    text = ex[i].document.text
    stated = regex.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", d.text)
    if stated:
        start = d.start + stated.start()
        text = _replace(text, start, d.start + stated.end(), wrong)
        end = d.end + len(wrong) - len(stated.group())
        return Injection("weekday", i, text, d.start, end, f"{d.text!r} -> {text[d.start:end]!r}")
    prefix = wrong + (", " if d.text[:1].isalpha() else " ")
    text = _replace(text, d.start, d.start, prefix)
    return Injection("weekday", i, text, d.start, d.end + len(prefix), f"{prefix}{d.text!r}")


def _shared_quotes(ex: list) -> list:
    """Quotations of eight words or more that another article quotes too (the same words,
    one quotation possibly a piece of the other), each with those other quotes."""
    quotes = [(i, q, " " + " ".join(keys.folded_words(q.text)) + " ") for i, e in enumerate(ex)
              for q in e.quotes if q.kind in ("full", "partial")]
    quotes = [(i, q, w) for i, q, w in quotes if w.count(" ") > MIN_QUOTE_WORDS]
    shared = []
    for i, q, words in quotes:
        partners = [q2 for j, q2, w in quotes if j != i and (words in w or w in words)]
        if partners:
            shared.append((i, q, partners))
    return sorted(shared, key=lambda c: (c[0], c[1].start))


def _shared_stretch(quote, partner) -> tuple[int, int]:
    """The word range [first, last) of ``quote`` that ``partner`` quotes as well."""
    mine = keys.folded_words(quote.text)
    theirs = " " + " ".join(keys.folded_words(partner.text)) + " "
    if " " + " ".join(mine) + " " in theirs:
        return 0, len(mine)
    for first in range(len(mine)):
        for last in range(len(mine), first, -1):
            if last - first == len(keys.folded_words(partner.text)) and \
                    " " + " ".join(mine[first:last]) + " " == theirs:
                return first, last
    return 0, 0


GENERIC_WORDS = ("people", "country", "government", "important", "clear", "never", "really", "simple")


def inject_quote_word(ex: list, rng: random.Random) -> Optional[Injection]:
    shared = _shared_quotes(ex)
    if not shared:
        return None
    i, q, partners = rng.choice(shared)
    words = list(regex.finditer(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*", q.text))
    first, last = _shared_stretch(q, partners[0])
    if last - first < 3:
        return None
    k = rng.randrange(first + 1, last - 1)   # a word inside the words both articles quote
    word = words[k]
    text = ex[i].document.text
    if rng.random() < 0.5:
        new = rng.choice([w for w in GENERIC_WORDS if w != word.group().lower()])
        start = q.start + word.start()
        text = _replace(text, start, q.start + word.end(), new)
        return Injection("quote-word", i, text, start, start + len(new), f"{word.group()!r} -> {new!r}")
    start, end = q.start + words[k - 1].end(), q.start + word.end()
    text = _replace(text, start, end, "")
    return Injection("quote-word", i, text, q.start + words[k - 1].start(), start + words[k + 1].end()
                     - words[k].end(), f"dropped {word.group()!r}")


def _named(quote) -> bool:
    """The speaker is written by name at the quote ("Smith said", not "he said")."""
    mention = keys.name_key(quote.speaker_mention)
    return bool(mention) and mention[-1] in keys.name_key(quote.speaker)


def inject_quote_speaker(ex: list, rng: random.Random) -> Optional[Injection]:
    people = sorted({m.name for e in ex for m in e.people if m.form == "full" and len(m.name.split()) >= 2})
    candidates = []
    for i, q, partners in _shared_quotes(ex):
        speaker = keys.name_key(q.speaker)
        if q.speaker_start is None or not set(keys.name_key(q.speaker_mention)) & set(speaker):
            continue   # no speaker, or one written as a pronoun: nothing to swap
        if not any(set(speaker) & set(keys.name_key(p)) for p in people):
            continue
        if any(set(speaker) & set(keys.name_key(p.speaker)) and _named(p) for p in partners):
            candidates.append((i, q))
    if not candidates:
        return None
    i, q = rng.choice(candidates)
    others = [p for p in people if not keys.same_person(keys.name_key(p), keys.name_key(q.speaker))
              and not set(keys.name_key(p)) & set(keys.name_key(q.speaker))]
    if not others:
        return None
    other = rng.choice(others)
    new = other if len(q.speaker_mention.split()) > 1 else other.split()[-1]
    text = _replace(ex[i].document.text, q.speaker_start, q.speaker_end, new)
    return Injection("quote-speaker", i, text, q.speaker_start, q.speaker_start + len(new),
                     f"{q.speaker_mention!r} -> {new!r}")


INJECTORS: dict[str, Callable] = {
    "name": inject_name, "figure": inject_figure, "day": inject_day, "weekday": inject_weekday,
    "quote-word": inject_quote_word, "quote-speaker": inject_quote_speaker,
}


# --------------------------------------------------------------------------- scoring

def found(findings: list, injection: Injection, doc_id: str, rule_name: str) -> bool:
    for finding in findings:
        if finding.name != rule_name:
            continue
        for loc in finding.locations:
            if loc.doc == doc_id and loc.start < injection.end and injection.start < loc.end:
                return True
    return False


def serious(findings: list) -> list:
    return [f for f in findings if severity_rank(f.severity) >= severity_rank("warning")]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=HALVES, default="dev",
                        help="dev (default: tune on it) or eval (report only, never tune)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit-clusters", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N clean-cluster findings and N misses")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help="comma-separated kinds to rotate through (default: all six)")
    parser.add_argument("--all-corpora", action="store_true",
                        help="also time one check over all of ../shared/corpora")
    args = parser.parse_args(argv)
    if not (SHARED / "corpora").exists():
        print("../shared/corpora not present", file=sys.stderr)
        return 2
    for kind, name in EXPECTED.items():
        if find_rule(name) is None:
            print(f"note: no rule {name!r} registered: {kind} injections cannot be found", file=sys.stderr)

    began = time.perf_counter()
    clusters = load_clusters(args.limit_clusters, args.seed, args.half)
    half = len(clusters) // 2
    injected, clean = clusters[:half], clusters[half:]
    kinds = [k for k in args.kinds.split(",") if k in INJECTORS] or list(KINDS)
    rng = random.Random(args.seed)
    tried, hits, misses = Counter(), Counter(), []
    skipped = 0
    clean_findings, clean_articles = [], 0
    clean_docs: dict[str, quotecli.Document] = {}
    with tempfile.TemporaryDirectory(prefix="quotecli-inject-") as tmp:
        folder = Path(tmp)
        for n, (name, articles) in enumerate(injected):
            ex = [quotecli.extract(d) for d in documents(articles, folder, name + ".orig")]
            injection = None
            for kind in sorted(kinds, key=lambda k: (tried[k], (kinds.index(k) - n) % len(kinds))):
                injection = INJECTORS[kind](ex, rng)
                if injection:
                    break
            if injection is None:
                skipped += 1
                continue
            changed = list(articles)
            target = articles[injection.article]
            changed[injection.article] = Article(target.id, injection.text, target.date)
            findings = quotecli.check(documents(changed, folder, name))
            tried[injection.kind] += 1
            if found(findings, injection, target.id, EXPECTED[injection.kind]):
                hits[injection.kind] += 1
            else:
                misses.append((injection, target.id))
        for name, articles in clean:
            docs = documents(articles, folder, name)
            clean_docs.update((d.id, d) for d in docs)
            clean_findings.extend(serious(quotecli.check(docs)))
            clean_articles += len(articles)
    elapsed = time.perf_counter() - began

    print(f"{args.half} half, seed {args.seed}: {len(injected)} injected clusters ({skipped} with nothing to inject),"
          f" {len(clean)} clean clusters ({clean_articles} articles)\n")
    print(f"{'kind':<15}{'rule':<18}{'injected':>9}{'found':>7}{'recall':>8}")
    for kind in kinds:
        recall = f"{hits[kind] / tried[kind]:.2f}" if tried[kind] else "-"
        print(f"{kind:<15}{EXPECTED[kind]:<18}{tried[kind]:>9}{hits[kind]:>7}{recall:>8}")
    total = sum(tried.values())
    print(f"{'all':<15}{'':<18}{total:>9}{sum(hits.values()):>7}"
          f"{(sum(hits.values()) / total if total else 0):>8.2f}\n")
    per_100 = 100 * len(clean_findings) / clean_articles if clean_articles else 0.0
    by_rule = Counter(f"{f.rule} {f.name}" for f in clean_findings)
    print(f"clean clusters: {len(clean_findings)} findings of warning or worse in {clean_articles} articles"
          f" = {per_100:.2f} per 100 articles  {dict(sorted(by_rule.items()))}")
    verdicts_file = Path(str(VERDICTS).format(half=args.half))
    verdicts = read_verdicts(verdicts_file)
    marks = Counter(verdict_of(f, verdicts) for f in clean_findings)
    if verdicts and clean_articles:
        print(f"read in {verdicts_file.name}: {marks['real']} real slips, {marks['false']} false alarms,"
              f" {marks['unread']} unread: false alarms {100 * marks['false'] / clean_articles:.2f} per 100"
              f" articles ({100 * (marks['false'] + marks['unread']) / clean_articles:.2f} if every unread one is)")
    print(f"time: {elapsed:.1f} s for {len(injected) + len(clean)} clusters")
    if args.show:
        print("\n-- clean-cluster findings (read them: real inconsistency or false alarm?)")
        for f in clean_findings[: args.show]:
            print(f"{f.rule} {f.severity}" + (f" [{verdict_of(f, verdicts)}]" if verdicts else "")
                  + f": {f.message[:220]}")
            for loc in f.locations[:3]:
                print(f"    {loc.doc}:{loc.line}: {excerpt(clean_docs[loc.doc], loc)}")
        print("\n-- missed injections")
        for injection, doc_id in misses[: args.show]:
            print(f"{injection.kind}: {doc_id}: {injection.what}")
    if args.all_corpora:
        began = time.perf_counter()
        docs, _ = quotecli.load([str(SHARED / "corpora")])
        findings = quotecli.check(docs)
        print(f"\nall of ../shared/corpora: {len(docs)} articles, {len(findings)} findings,"
              f" {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
