"""Merged findings do not depend on the order their parts arrive in (a set's order follows
``PYTHONHASHSEED``): every tie in the merge is broken by the findings' full content."""

from __future__ import annotations

import itertools

from quotecli.check.merge import merge_connected
from quotecli.check.model import Finding, Location


def _loc(file: str, start: int, end: int, text: str) -> Location:
    return Location(file=file, line=1, column=start + 1, end_line=1, end_column=end + 1, text=text, doc=file,
                    start=start, end=end)


def test_merge_gives_one_answer_whatever_the_input_order():
    shared = _loc("a.txt", 10, 20, "We will win")
    # same primary, rule and message: they tie on Finding.sort_key, and differ in their evidence
    parts = [
        Finding("QC202", "quote-speaker", "error", "attributed to X and Y", (shared, _loc("b.txt", 5, 15, "We will win"))),
        Finding("QC202", "quote-speaker", "error", "attributed to X and Y", (shared, _loc("c.txt", 5, 15, "We will win"))),
        Finding("QC202", "quote-speaker", "error", "attributed to X and Y", (shared, _loc("c.txt", 5, 16, "We will win,"))),
        Finding("QC202", "quote-speaker", "error", "attributed to X and Y", (_loc("a.txt", 10, 21, "We will win,"), shared)),
    ]
    outputs = {tuple(merge_connected(list(order))) for order in itertools.permutations(parts)}
    assert len(outputs) == 1
    (merged,) = next(iter(outputs))
    assert merged.primary == shared and len(merged.locations) == 5


def test_a_joined_finding_is_as_sure_as_its_least_sure_witness():
    shared = _loc("a.txt", 10, 20, "27 people")
    sure = Finding("QC301", "figure-conflict", "info", "27 here but 29", (shared, _loc("b.txt", 5, 14, "29 people")))
    unsure = Finding("QC301", "figure-conflict", "info", "27 here but 31", (shared, _loc("c.txt", 5, 14, "31 people")),
                     confidence="low", confidence_reason="met on shared words alone")
    for order in ([sure, unsure], [unsure, sure]):
        (merged,) = merge_connected(order)
        assert (merged.confidence, merged.confidence_reason) == ("low", "met on shared words alone")
