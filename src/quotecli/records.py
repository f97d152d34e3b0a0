"""Typed results of the extractors.

Every record is a :class:`~quotecli.document.Span` (``start``, ``end``, ``text``
with ``text == document.text[start:end]``) plus what its extractor found out.
The public field names of the output formats are the dataclass field names, so
renaming one is a breaking change of the JSON interface (see docs/schema.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Optional

from .document import Document, Span


@dataclass(frozen=True)
class Quote(Span):
    """A quotation. ``text`` is the quoted words without their marks.

    ``kind`` is one of ``full`` (an utterance), ``partial`` (a fragment woven
    into the writer's sentence), ``scare`` (a word or two with no speaker),
    ``title`` (the title of a work) or ``indirect`` (reported speech without
    marks; ``text`` is then the reported content).
    ``speaker`` is the resolved name (or the mention as written when it cannot be
    resolved); ``speaker_mention`` is exactly what the text says at
    ``[speaker_start, speaker_end)``.
    """

    kind: str = "full"
    speaker: Optional[str] = None
    speaker_mention: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None


@dataclass(frozen=True)
class Number(Span):
    """A figure and what it counts.

    ``value`` is the number (``value_max`` the top of a range or vague amount),
    ``unit`` the counted noun ("migrants", "percent", "USD", "months"),
    ``of`` what a percentage or share is of ("the vote"), ``qualifier`` a
    hedge kept as written ("nearly", "at least"), ``kind`` one of ``count``,
    ``percent``, ``money``, ``duration``, ``age`` ("a 35-year-old", "Smith, 46,"),
    ``measure``, ``fraction`` ("two-thirds", "one in four") or ``multiplier``
    ("sixfold"). ``modifier`` is true for a figure that describes a noun instead of
    stating an amount ("a five-year $700,000 award", "a four-door car"): the
    checker should not compare it with counts. ``about`` is the thing the figure
    measures, read from its clause ("Ford workers", "cost of a disorderly exit").
    ``symbol`` is a currency as written ("$", "US$", "euros") beside its ISO code
    in ``unit``.
    """

    value: Optional[float] = None
    value_max: Optional[float] = None
    unit: Optional[str] = None
    of: Optional[str] = None
    qualifier: Optional[str] = None
    kind: str = "count"
    modifier: bool = False
    about: Optional[str] = None
    symbol: Optional[str] = None


@dataclass(frozen=True)
class DateMention(Span):
    """A date expression with its ISO 8601 / TIMEX3-style ``value``.

    ``value`` is ``2020-12-15``, ``2020-12``, ``2016`` or ``XXXX-11-18`` when the
    year is open, or ``None`` when a relative date has no document date to
    resolve against. ``weekday`` is the weekday as stated in the text and
    ``weekday_ok`` whether it agrees with the date (``None`` when it cannot be
    told). ``dateline`` marks the date of a dateline ("WASHINGTON, Aug. 11
    (Xinhua) --"): the date the story was filed, not an event it reports.
    """

    value: Optional[str] = None
    relative: bool = False
    weekday: Optional[str] = None
    weekday_ok: Optional[bool] = None
    dateline: bool = False


@dataclass(frozen=True)
class PersonMention(Span):
    """One place a person is named.

    ``text`` is the name as written without title or possessive ("López
    Obrador" in "López Obrador’s"); ``name`` is the fullest form of that person
    in the same document; ``form`` says how the mention relates to it:
    ``full``, ``surname``, ``given`` or ``alias`` (an acronym or nickname).
    ``titles`` are the roles written before the name ("President").
    """

    name: str = ""
    form: str = "full"
    titles: tuple[str, ...] = ()


@dataclass
class Person:
    """A person across one or more documents (the ``people`` command's rows)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: int = 0
    docs: list[str] = field(default_factory=list)
    first: Optional[tuple[Document, PersonMention]] = field(default=None, repr=False)


@dataclass
class Extraction:
    """Everything extracted from one document: the per-document "map" result."""

    document: Document
    quotes: list[Quote] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)


def span_record(document: Document, span: Span) -> dict[str, Any]:
    """A flat output record for a span: location fields first, then its own fields."""
    line, column = document.line_col(span.start)
    record: dict[str, Any] = {
        "doc": document.id,
        "file": document.path,
        "line": line,
        "column": column,
        "start": span.start,
        "end": span.end,
        "text": span.text,
    }
    for f in fields(span):
        if f.name not in record:
            value = getattr(span, f.name)
            record[f.name] = list(value) if isinstance(value, tuple) else value
    return record


def person_record(person: Person) -> dict[str, Any]:
    """A flat output record for an aggregated person."""
    record: dict[str, Any] = {}
    if person.first is not None:
        document, mention = person.first
        record = span_record(document, mention)
        for key in ("name", "form", "titles"):
            record.pop(key, None)
    record.update(
        {
            "name": person.name,
            "aliases": list(person.aliases),
            "titles": list(person.titles),
            "mentions": person.mentions,
            "docs": list(person.docs),
        }
    )
    return record


__all__ = [
    "Quote",
    "Number",
    "DateMention",
    "PersonMention",
    "Person",
    "Extraction",
    "span_record",
    "person_record",
]
