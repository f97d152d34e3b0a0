"""Dates counted from a date named before them rather than from the document date: "the
following month", "that March", "a week later", "a year ago" after a quarter, and the
sentence's own reference time for "two days ago"."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional

from ... import lexicon
from ...document import Document
from ...records import DateMention
from .arithmetic import _last_quarter, _precise_enough, _relative_value, _shift
from .candidate import _Candidate

#: how far back (in characters) "the following month" or "that March" looks for its anchor
ANAPHORA_REACH = 2000
_QUARTER_VALUE = re.compile(r"\d{4}-[QH]\d$")
#: how far back (characters) "a year earlier" or "the quarter" looks for the quarter it is about
QUARTER_REACH = 600


def _is_comparison(c: _Candidate) -> bool:
    """A quarter counted back from another ("a year ago", "the year-earlier quarter")."""
    return c.ago is not None or c.period is not None and (
        c.period[0] == "year_before" or c.period[0] in ("quarter", "latest_quarter") and c.period[3] < 0)


#: a span of a report longer than a quarter ("the nine months", "year-to-date"), see ``lexicon/date_report_spans.txt``
_REPORT_SPAN = re.compile(
    r"(?i:(?<![\w’'-])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
               for w in sorted(lexicon.words("date_report_spans"), key=len, reverse=True))
    + r")(?![\w’'-]))")


def _quarter_context(text: str, out: list[DateMention], cands: list[_Candidate], start: int,
                     ref: Optional[dt.date] = None, spans: bool = False) -> Optional[str]:
    """The quarter or half (``1989-Q3``) a report is about, named within a paragraph or so before
    ``start``: "net rose 5% from a year ago" after "the third quarter" compares with ``1988-Q3``.
    Of the quarters named there, the nearest of the latest year, leaving out those counted back
    from another ("the year-ago quarter": not what "a year earlier" is counted from) and, when
    ``ref`` is given, those still to come ("a fourth-quarter charge" in October).

    With ``spans``, for a comparison that may be with a longer span than a quarter ("a year
    earlier", "the 1988 period"), a span of the report named since that quarter ("For the nine
    months, net rose from a year earlier") makes the report's year the context (``1989``)."""
    quarters: list[DateMention] = []
    for j in range(len(out) - 1, -1, -1):
        m = out[j]
        if start - m.end > QUARTER_REACH:
            break
        if m.value and _QUARTER_VALUE.match(m.value) and not _is_comparison(cands[j]) and (
                ref is None or m.value <= _last_quarter(ref) or m.value[5] == "H"):
            quarters.append(m)
    if not quarters:
        return None
    latest = max(q.value[:4] for q in quarters)
    quarter = next(q for q in quarters if q.value[:4] == latest)
    if spans and _REPORT_SPAN.search(text, quarter.end, start):
        return latest
    return quarter.value


def _recent(out: list[DateMention], start: int) -> Iterator[DateMention]:
    """Mentions with a value before ``start``, nearest first, within the few paragraphs an
    anaphoric date ("the following month", "that March") can reach back."""
    for m in reversed(out):
        if start - m.end > ANAPHORA_REACH:
            return
        if m.value:
            yield m


#: units whose count from an older date is wrong when a date named since has no value
_FINE_UNITS = frozenset({"day", "week", "weekend"})


def _last_value(out: list[DateMention], start: int, unit: str) -> Optional[str]:
    """The value of the date named last before ``start`` (see :func:`_anchor`)."""
    return _anchor(out, start, unit, precise=False)


def _anchor(out: list[DateMention], start: int, unit: str, precise: bool = True) -> Optional[str]:
    """The value "the day before", "a week later" count from: that of the date named last (that is
    precise enough for ``unit``). ``None`` for days and weeks when a date named after it has no
    value ("Saturday" in an undated story: the day before that is not known, and an older day is
    not what the text counts from); a month or a year counted from an older date is as often
    right ("In December 2003 … a year ago … a year later")."""
    for m in reversed(out):
        if start - m.end > ANAPHORA_REACH:
            return None
        if m.value is None and m.relative and unit in _FINE_UNITS:
            return None
        if m.value and (not precise or _precise_enough(m.value, unit)):
            return m.value
    return None


def _sentence_anchor(document: Document, c: _Candidate, out: list[DateMention]) -> Optional[str]:
    """The last non-relative date with a month named earlier in the same sentence, if any."""
    s_start, _ = document.segments.sentence_at(c.start)
    for m in reversed(out):
        if m.start < s_start:
            break
        if not m.relative and m.value and len(m.value) >= 7 and not m.value.startswith("XXXX"):
            return m.value
    return None


#: a date a comparison "a year earlier" can count from: a day, a month, a year or a quarter
_COMPARABLE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-Q\d)?$")
#: a date that is itself the base of a comparison ("from 10.2% in 2003"): not what "a year earlier" counts from
_COMPARISON_BASE = re.compile(r"(?i:(?<![\w-])(?:from|against|compared[ \t]+(?:with|to)|versus|vs\.)(?![\w-]))"
                              r"(?:[^.;:]|\.(?=\d)){0,24}$")


def _sentence_reference(document: Document, c: _Candidate, out: list[DateMention]) -> Optional[str]:
    """The date named last before ``c`` in its sentence that "a year earlier" compares with
    ("net was $4 million in 1997, up from $3 million a year earlier" → 1996, not the year before
    the document's): a stated date, or a relative year ("last year"). ``None`` when there is none, or
    when that date is itself a comparison's base ("to 5.4% from 10.2% in 2003 … from £610m a year
    earlier": both count back from the report's year)."""
    s_start, _ = document.segments.sentence_at(c.start)
    for m in reversed(out):
        if m.start < s_start:
            break
        if m.value and _COMPARABLE_VALUE.match(m.value) and (not m.relative or len(m.value) == 4):
            return None if _COMPARISON_BASE.search(document.text, max(s_start, m.start - 40), m.start) else m.value
    return None


def _later_value(later: tuple[str, int], out: list[DateMention], start: int) -> Optional[str]:
    """ "a week later" after "March 3" → the day a week on; months and years keep their precision
    ("two years later" after "in 2015" → 2017); ``None`` when the date named last is too coarse to
    count from, or there is none."""
    unit, count = later
    if unit == "decade":
        unit, count = "year", count * 10
    need = "day" if unit == "week" else unit
    base = _last_value(out, start, need)
    if base is not None and not _precise_enough(base, need) and unit == "month" and count % 12 == 0:
        unit, need, count = "year", "year", count // 12  # "12 months later" after "in 2002": 2003
    if base is None or not _precise_enough(base, need):
        return None  # "in November 2003 … a week later": which day is not known
    if unit == "week":
        return _shift(base[:10], "day", 7 * count)
    return _relative_value(base, unit, count)
