"""Hostile input stays linear: the short version of benchmarks/adversarial.py.

Work is counted, not timed: every Python function call (and every call into C)
an extractor makes while reading an input of each hostile family, at two sizes
four times apart. Linear work grows four times; a loop that rescans the text
per quotation mark or per name grows sixteen times. (Time spent inside one
regex call is not counted: the benchmark, run by hand, times that.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from adversarial import FAMILIES, STAGES, family_text  # noqa: E402

from quotecli.document import Document  # noqa: E402

SMALL = 2_000
# Generated news varies paragraph by paragraph: a larger start evens out which frames
# and names the small sample happens to hold.
SMALL_NEWS = 8_000
GROWTH = 4
EXTRACTORS = ("segment", "people", "quotes", "numbers", "dates")


def forget_memos() -> None:
    """Empty the bounded per-word memo caches (``lru_cache(maxsize=N)``): what an earlier
    input left in them would make a later count smaller. Word-list loaders (unbounded
    caches) stay warm."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("quotecli"):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()


def work(stage: str, text: str) -> int:
    """Calls made by ``stage`` on ``text`` (segmentation done beforehand unless it is the stage)."""
    forget_memos()
    document = Document(id="adversarial", text=text)
    if stage != "segment":
        document.segments  # noqa: B018
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += 1

    sys.setprofile(count)
    try:
        STAGES[stage](document)
    finally:
        sys.setprofile(None)
    return calls


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Lexicons and compiled patterns load on first use: not part of the growth."""
    for stage in EXTRACTORS:
        STAGES[stage](Document(id="warm", text=family_text("news", 3_000)))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("stage", EXTRACTORS)
def test_work_grows_linearly(family, stage):
    size = SMALL_NEWS if family == "news" else SMALL
    small = work(stage, family_text(family, size))
    large = work(stage, family_text(family, size * GROWTH))
    # 25 % slack over linear for start-up costs and text-dependent branches; quadratic is 16x.
    assert large <= small * GROWTH * 1.25 + 200, f"{family}/{stage}: {small} -> {large} calls"


def test_the_counter_sees_quadratic_work():
    """The measure itself: a loop over all earlier marks per mark is caught."""
    def quadratic(document):
        marks = [i for i, ch in enumerate(document.text) if ch == '"']
        return [sum(1 for _ in marks[:n]) for n in range(len(marks))]

    STAGES["quadratic-probe"] = quadratic
    try:
        small = work("quadratic-probe", family_text("straight_marks", 200))
        large = work("quadratic-probe", family_text("straight_marks", 800))
    finally:
        del STAGES["quadratic-probe"]
    assert large > small * GROWTH * 1.25 + 200
