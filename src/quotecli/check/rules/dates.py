"""Single-article date rules: a weekday that contradicts its date (QC401) and a date that
does not exist (QC402).

Both look at one date mention at a time, so their map files each mention under its own
key (document id, offset) and the compare step turns each group (of one) into a finding.
They trust only what the text states: QC401 needs the year written out or a document
date (the extractor then picks, within a year of the article, a year where the
weekday fits, and only when none does is the weekday wrong); QC402 re-reads the written
expression, so a year the resolver guessed never makes a date impossible.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator

from ...document import Document
from ...records import DateMention, Extraction
from ..model import Finding, Location
from ..registry import register


@dataclass(frozen=True, eq=False)
class DateItem:
    document: Document
    date: DateMention

    def location(self) -> Location:
        return Location.of(self.document, self.date.start, self.date.end)


def _written(day: int, month: int, year: int | None) -> str:
    text = f"{calendar.month_name[month]} {day}"
    return f"{text}, {year}" if year else text


# --------------------------------------------------------------------------- QC401


def _weekday_items(extraction: Extraction) -> Iterator[tuple[Hashable, DateItem]]:
    for date in extraction.dates:
        if date.weekday and date.weekday_ok is False and date.value and len(date.value) == 10:
            yield ("QC401", extraction.document.id, date.start), DateItem(extraction.document, date)


def _weekday_findings(key: Hashable, items: list[DateItem]) -> Iterable[Finding]:
    for item in items[:1]:
        try:
            actual = dt.date.fromisoformat(item.date.value)
        except (TypeError, ValueError):
            continue
        real = calendar.day_name[actual.weekday()]
        written = _written(actual.day, actual.month, actual.year)
        yield WEEKDAY_MISMATCH.finding(
            f"{item.date.weekday} does not fit {written}: that day was a {real}",
            [item.location()],
            suggestion=f"check the date, or write {real}",
        )


WEEKDAY_MISMATCH = register(
    "QC401",
    "weekday-mismatch",
    "error",
    map=_weekday_items,
    compare=_weekday_findings,
    explanation="""
    A stated weekday contradicts the date it goes with.

    "Thursday, July 8, 2022" cannot be right: July 8, 2022 was a Friday. Either the
    weekday or the date is wrong, and readers cannot tell which, so the rule reports
    it as an error. A date is checked when its year is written out, or when the article
    has a date (front matter, a `date` field, `--doc-date`, a dateline) and no year
    within a year of it makes the weekday fit. A weekday with a date whose year
    is unknown is never reported. The finding names the real weekday of the date.
    Silence it by fixing the weekday or the date, or with `--ignore QC401`.
    """,
    example_bad="The mayor spoke on Thursday, July 8, 2022.",
    example_good="The mayor spoke on Friday, July 8, 2022.",
)


# --------------------------------------------------------------------------- QC402


def _impossible(date: DateMention) -> tuple[int, int, int | None] | None:
    """``(day, month, year or None)`` when the written date cannot exist, else ``None``."""
    from ...extract.dates import stated_parts  # here: a warm ``check`` never reads the date grammar

    parts = stated_parts(date.text)
    if parts is None:
        return None
    year, month, day = parts
    longest = calendar.monthrange(year, month)[1] if year else (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return (day, month, year) if day > longest else None


def _impossible_items(extraction: Extraction) -> Iterator[tuple[Hashable, DateItem]]:
    for date in extraction.dates:
        if not date.relative and _impossible(date):
            yield ("QC402", extraction.document.id, date.start), DateItem(extraction.document, date)


def _impossible_findings(key: Hashable, items: list[DateItem]) -> Iterable[Finding]:
    for item in items[:1]:
        found = _impossible(item.date)
        if found is None:
            continue
        day, month, year = found
        name = calendar.month_name[month]
        days = calendar.monthrange(year or 2001, month)[1]
        if year and month == 2 and day == 29:
            why = f"{year} is not a leap year, so February has 28 days"
        elif month == 2 and not year:
            days = 29
            why = "February has at most 29 days"
        else:
            why = f"{name} has {days} days"
        yield IMPOSSIBLE_DATE.finding(
            f"{_written(day, month, year)} does not exist: {why}",
            [item.location()],
            suggestion=f"check the day: the last day of {name} is the {days}{'st' if days == 31 else 'th'}",
        )


IMPOSSIBLE_DATE = register(
    "QC402",
    "impossible-date",
    "error",
    map=_impossible_items,
    compare=_impossible_findings,
    explanation="""
    A date names a day its month does not have.

    "February 30", "April 31", "June 31, 2020" and "Feb. 29, 2021" (2021 is not a leap
    year) are typing slips or wrong conversions; the real date is unknown, so the rule
    reports an error. Only the date as written is judged: February 29 without a year is
    accepted, because the year could be a leap year. Silence it by correcting the day,
    or with `--ignore QC402`.
    """,
    example_bad="The contract was signed on April 31, 2021.",
    example_good="The contract was signed on April 30, 2021.",
)
