"""A candidate date (a span with the parts of a date it states) and how overlapping candidates
are settled: the longest wins."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional


@dataclass
class _Candidate:
    """A span with the parts of a date it states; resolved into a DateMention later."""

    start: int
    end: int
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    decade: Optional[int] = None
    weekday: Optional[str] = None
    relative: Optional[tuple[str, int, str]] = None  # (unit, offset, anchor)
    rel_weekday: Optional[tuple[str, int]] = None  # ("last"/"next"/"this"/"", ISO weekday)
    rel_month: Optional[str] = None  # "last"/"next"/"this"/"that" before a month alone
    year_offset: Optional[int] = None  # "December of last year" → -1
    ago: Optional[tuple[str, int]] = None  # (unit, count)
    later: Optional[tuple[str, int]] = None  # (unit, signed count): "a week later" (+1), "two days earlier" (-2)
    #: a part of a year, a holiday or a period relative to another: ("quarter", "Q3", year spec),
    #: ("season", "SU", spec), ("holiday", name, spec), ("century", "19"), ("decade_rel", offset),
    #: ("latest_quarter", mode), ("year_before",) — see :func:`_period_value`
    period: Optional[tuple] = None
    week_of: bool = False  # "the week of March 6": the ISO week of that day
    dateline: bool = False


def _settle(found: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, the longest winning where two overlap."""
    kept: list[_Candidate] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        i = bisect.bisect_right(starts, c.start)
        if (i and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)
