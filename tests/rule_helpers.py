"""Hand-built extractions for the fact and quote rule tests: no extractor involved.

The rule tests must not depend on how the extractors behave today, so they
build the records an extractor would return for short sentences written here.
"""

from __future__ import annotations

from typing import Optional

import quotecli
from quotecli.check import run_rules
from quotecli.records import DateMention, Extraction, Number, PersonMention, Quote


def doc(text: str, id: str = "a.txt", date: Optional[str] = None) -> quotecli.Document:
    return quotecli.from_text(text, id=id, date=date)


def span(document, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(text, start + 1)
    return start, start + len(text)


def quote(document, text: str, speaker: Optional[str] = None, kind: str = "full",
          mention: Optional[str] = None) -> Quote:
    start, end = span(document, text)
    s_start = s_end = None
    written = mention or speaker
    if written and written in document.text:
        s_start, s_end = span(document, written)
    return Quote(start, end, text, kind=kind, speaker=speaker, speaker_mention=written,
                 speaker_start=s_start, speaker_end=s_end)


def person(document, name: str) -> PersonMention:
    start, end = span(document, name)
    return PersonMention(start, end, name, name=name)


def number(document, text: str, value: float, unit: str, *, nth: int = 0, value_max=None,
           qualifier=None, kind: str = "count") -> Number:
    start, end = span(document, text, nth)
    return Number(start, end, text, value=value, value_max=value_max, unit=unit,
                  qualifier=qualifier, kind=kind)


def date(document, text: str, value: str, nth: int = 0, relative: bool = False) -> DateMention:
    start, end = span(document, text, nth)
    return DateMention(start, end, text, value=value, relative=relative)


def extraction(document, **records) -> Extraction:
    return Extraction(document=document, **records)


def findings(rule_id: str, *extractions: Extraction):
    from quotecli.check.registry import find_rule

    return run_rules(extractions, [find_rule(rule_id)])


def example_findings(rule_id: str, example: str):
    """Findings of a rule on its own example (``a.txt: text`` lines) with the real extractors."""
    from quotecli.check.registry import find_rule

    documents = [quotecli.from_text(text, id=name)
                 for name, text in (line.split(": ", 1) for line in example.splitlines())]
    return run_rules([quotecli.extract(d) for d in documents], [find_rule(rule_id)])
