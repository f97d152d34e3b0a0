"""Dates in news text, with ISO 8601 / TIMEX3 values resolved against the document date.

Finding the spans is a handful of regular expressions built from word lists
(``lexicon/months.tsv``, ``weekdays.tsv``, ``relative_dates.tsv`` …); every
candidate is kept or dropped by its immediate context, then overlapping
candidates are settled longest-first. Values follow these conventions (the same
as ``benchmarks/annotations/README.md``):

* full dates ``2020-12-15``, months ``2020-12``, years ``2016``, decades ``198X``,
  ISO weeks ``2015-W13`` (``last week``) and weekends ``2015-W13-WE``;
* quarters ``1989-Q3``, halves ``1990-H1``, seasons ``2012-SU``, centuries ``19``, holidays
  as their day (``date_holidays.tsv``), "fiscal 1990" as ``1990``, as TimeBank writes them;
  "a year ago" or "year-earlier" next to a quarter is that quarter a year back;
* a date without a year takes the year that puts it nearest the document date
  ("Jan. 3" in a December article is next January), unless it lies months away on the
  side its clause's tense denies ("the Oct. 23 slaying" in May is last October), or
  ``XXXX`` when no document date is known;
* a month alone ("in May") and a weekday alone ("Tuesday") follow the tense of
  their clause: forward-looking words ("will", "scheduled") pick the next one on
  or after the document date, past-tense words the last one on or before it; a
  weekday with no cue is the last one (news reports what happened);
* relative expressions ("yesterday", "last month", "December of last year")
  resolve against the document date; "N units ago" against a date named earlier
  in the same sentence when there is one (the sentence's own reference time), to
  a day for days and weeks, a month for months and years ("a year ago" →
  ``2020-11``, as the seeds' gold has it), a year for decades; "the following
  month" and "that March" against the date mentioned last; with no anchor a
  relative value is ``None``.

The document date is ``document.date``, or else a publication line in the text
itself (a short date line or a dateline at the top, a "Published: …" stamp at the
end); see :func:`infer_document_date`. A dateline's own date is marked
(``DateMention.dateline``): it is when the story was filed, not an event it reports.

The package reads in the order of its modules: :mod:`.words` (the word lists and the
pieces of patterns every grammar shares), :mod:`.scan` (cheap anchors: where to try a
pattern at all), :mod:`.context` (the words around a span that make it a date or not),
the grammars of shapes — :mod:`.grammar` (months, weekdays, numeric dates and years),
:mod:`.relative` ("last month", "two days ago", "a week later"), :mod:`.periods`
(quarters, seasons, centuries, decades, holidays), :mod:`.spelled` (years in words) —
then :mod:`.candidate` (a candidate span, and settling overlaps), :mod:`.tense` (which
side of the document date a clause looks to), :mod:`.arithmetic` (calendar steps),
:mod:`.anaphora` (dates counted from a date named before), :mod:`.period_values` and
:mod:`.resolve` (a candidate to its TIMEX3 value) and :mod:`.anchors` (the document date
a text states about itself, and datelines).
"""

from __future__ import annotations

from typing import Optional

from ...document import Document
from ...records import DateMention
from .anchors import _document_date, infer_document_date
from .grammar import _candidates
from .resolve import _resolve


def extract_dates(document: Document) -> list[DateMention]:
    """Every date expression in ``document`` with its value, in text order."""
    text = document.text
    if not text:
        return []
    cands = _candidates(text)
    return _resolve(document, cands, _document_date(document, cands))


def stated_parts(text: str) -> Optional[tuple[Optional[int], int, int]]:
    """``(year or None, month, day)`` as written in a date expression such as "Feb. 30" or
    "June 31, 2020", whatever the document date; ``None`` when it names no day of a month.
    Used by the impossible-date check, which must not trust a year the resolver guessed."""
    for c in _candidates(text):
        if c.month is not None and c.day is not None and c.start == 0:
            return c.year, c.month, c.day
    return None


__all__ = ["extract_dates", "infer_document_date", "stated_parts"]
