"""Candidates to :class:`~quotecli.records.DateMention` values: each candidate's parts, the
document date, the tense of its clause and the dates named before it give its value."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...document import Document
from ...records import DateMention
from .anaphora import _anchor, _later_value, _quarter_context, _recent, _sentence_anchor
from .anchors import _is_dateline
from .arithmetic import (
    _ago_value,
    _day_of_month,
    _iso_week,
    _month_year,
    _nearest_year,
    _precise_enough,
    _relative_value,
    _shift_year,
    _valid,
    _weekday_date,
    _weekend_by_tense,
)
from .candidate import _Candidate
from .context import _word_after
from .period_values import _period_value
from .tense import _tense
from .words import _WEEKDAYS


def _resolve(document: Document, cands: list[_Candidate], ref: Optional[dt.date]) -> list[DateMention]:
    text = document.text
    out: list[DateMention] = []
    for i, c in enumerate(cands):
        relative = (c.rel_weekday is not None or c.relative is not None or c.ago is not None or c.later is not None
                    or c.year_offset is not None or c.rel_month not in (None, "that")
                    or c.day is not None and c.month is None)
        try:
            value, weekday_ok = _value(document, cands, i, out, ref)
        except (ValueError, OverflowError):  # arithmetic beyond the calendar (year 0, 10000)
            value, weekday_ok = None, None
        out.append(DateMention(c.start, c.end, text[c.start:c.end], value=value, relative=relative,
                               weekday=c.weekday, weekday_ok=weekday_ok, dateline=_is_dateline(text, c)))
    return out


def _value(document: Document, cands: list[_Candidate], i: int, out: list[DateMention],
           ref: Optional[dt.date]) -> tuple[Optional[str], Optional[bool]]:
    """The value of candidate ``i`` and whether its stated weekday fits; ``out`` holds the
    mentions resolved before it (anchors for "the following month")."""
    c = cands[i]
    if c.period is not None:
        return _period_value(document, c, out, ref, cands), None
    if c.day is not None and c.month is not None:
        year = c.year
        if year is None and ref is not None:
            year = _nearest_year(ref, c.month, c.day)
            year = _tense_year(document, c, ref, year)
            if c.weekday:
                year = _year_for_weekday(ref, c.month, c.day, c.weekday, year)
        value = f"{year:04d}-{c.month:02d}-{c.day:02d}" if year else f"XXXX-{c.month:02d}-{c.day:02d}"
        if c.week_of and year and _valid(year, c.month, c.day):
            return _iso_week(dt.date(year, c.month, c.day)), None
        weekday_ok = None
        if c.weekday and year and _valid(year, c.month, c.day):
            weekday_ok = dt.date(year, c.month, c.day).isoweekday() == _WEEKDAYS[c.weekday.lower()]
        return value, weekday_ok
    if c.day is not None and c.month is None:
        # "on the 15th", "Saturday the 16th": a day of the document's month (the month is not stated,
        # so a weekday that does not fit says nothing of the date's being wrong)
        weekday = _WEEKDAYS[c.weekday.lower()] if c.weekday else None
        day = _day_of_month(ref, c.day, weekday, _tense(document, c.start, c.end)) if ref else None
        return (day.isoformat() if day else None), None
    if c.month is not None:
        if c.year_offset is not None:
            return (f"{ref.year + c.year_offset:04d}-{c.month:02d}" if ref else None), None
        if c.rel_month in ("last", "next", "this"):
            if ref is None:
                return None, None
            year = ref.year + {"last": -1, "next": 1}.get(c.rel_month, 0)
            if c.rel_month == "last" and c.month < ref.month or c.rel_month == "next" and c.month > ref.month:
                year = ref.year
            return f"{year:04d}-{c.month:02d}", None
        year = c.year
        if year is None and c.rel_month == "that":
            year = next((int(m.value[:4]) for m in _recent(out, c.start) if m.value[:4].isdigit()), None)
        if year is None and ref is not None:
            year = _month_year(ref, c.month, _tense(document, c.start, c.end))
        if year is None and ref is None:
            year = _named_year(document, out, c)
        return (f"{year:04d}-{c.month:02d}" if year else f"XXXX-{c.month:02d}"), None
    if c.year is not None:
        return f"{c.year:04d}", None
    if c.decade is not None:
        return f"{c.decade:03d}X", None
    if c.rel_weekday is not None:
        if ref is None:
            return None, None
        rel, weekday = c.rel_weekday
        if rel in ("previous", "following"):
            # "the previous Friday": the one before the day named last (or the document date)
            base = next((dt.date.fromisoformat(m.value) for m in _recent(out, c.start)
                         if len(m.value) == 10 and m.value[:4].isdigit()), ref)
            step = ((base.isoweekday() - weekday) % 7 or 7) if rel == "previous" else -((weekday - base.isoweekday()) % 7 or 7)
            return (base - dt.timedelta(days=step)).isoformat(), None
        tense = None if rel else _tense(document, c.start, c.end)
        return _weekday_date(ref, weekday, rel, tense).isoformat(), None
    if c.relative is not None:
        unit, offset, anchor = c.relative
        base = None
        if anchor == "tense":
            return (_weekend_by_tense(ref, _tense(document, c.start, c.end)) if ref else None), None
        if anchor == "doc" and ref is not None:
            base = ref.isoformat()
            if unit == "year" and offset == 0 and _since_year_end(document.text, c):
                return f"{ref.year - 1:04d}-12-31", None
        elif anchor == "ended" and ref is not None:
            base = ref.isoformat()
            # the working week is over by its Saturday, the weekend by its Sunday
            offset = 0 if ref.isoweekday() >= (6 if unit == "week" else 7) else -1
        elif anchor == "previous":
            if _has_object(document.text, c):
                return _from_object(document, cands, i, out, ref), None
            base = _anchor(out, c.start, unit)
        value = _relative_value(base, unit, offset) if base is not None else None
        if anchor == "doc" and unit == "day" and offset == 0 and i + 1 < len(cands):
            value = _apposition(document.text, c, cands[i + 1], value, ref)
        return value, None
    if c.later is not None:
        return _later_value(c.later, out, c.start), None
    if c.ago is not None:
        if c.ago == ("year", 1):  # "a year ago" after a quarter: that quarter a year back (dated or not)
            quarter = _quarter_context(document.text, out, cands, c.start, ref, spans=True)
            if quarter:
                return _shift_year(quarter, -1), None
        base = _sentence_anchor(document, c, out) if c.ago[1] > 0 else None  # "from now": the document's
        if base is None or c.ago[0] in ("day", "week") and len(base) < 10:
            base = ref.isoformat() if ref else None  # "by May … two weeks ago": no day to count from
        return (_ago_value(base, *c.ago) if base is not None else None), None
    return None, None


_SINCE_YEAR_END = re.compile(r"(?i:since)[ \t\u00a0]+(?:(?i:the)[ \t\u00a0]+)?"
                             r"(?i:year[- ]end|end[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+year)$")


def _since_year_end(text: str, c: _Candidate) -> bool:
    """ "since year-end", "since the end of the year": a change counted from the last year-end
    gone by, the last day of the year before the document's (not the document's own year)."""
    return bool(_SINCE_YEAR_END.search(text, max(0, c.start - 12), c.end))


#: how far (days) from the document date a month and day without a year must lie before the
#: tense of its clause moves it to the other side: far for a past clause, as news names coming
#: days in past-tense sentences ("the board authorized a split, payable Dec. 7"); near for a
#: future one, which seldom names a day gone by ("will take office on Jan. 8" in March)
PAST_FLIP_DAYS = 90
FUTURE_FLIP_DAYS = 7


def _tense_year(document: Document, c: _Candidate, ref: dt.date, nearest: int) -> int:
    """The year of a month and day written without one: the nearest to the document date, unless
    the clause's tense puts it on the other side ("the Oct. 23 slaying" was last October in a May
    article; "the fiscal year ended March 31" in a November one was this March)."""
    if not _valid(nearest, c.month, c.day):
        return nearest
    gap = (dt.date(nearest, c.month, c.day) - ref).days
    if gap > PAST_FLIP_DAYS and _valid(nearest - 1, c.month, c.day):
        if _tense(document, c.start, c.end) == "past":
            return nearest - 1
    elif gap < -FUTURE_FLIP_DAYS and _valid(nearest + 1, c.month, c.day):
        if _tense(document, c.start, c.end) == "future":
            return nearest + 1
    return nearest


def _year_for_weekday(ref: dt.date, month: int, day: int, weekday: str, nearest: int) -> int:
    """A year within a year of the document date where the stated weekday fits, else ``nearest``:
    a date written without its year is one the reader can place, so not further away than that."""
    wanted = _WEEKDAYS[weekday.lower()]
    for year in sorted((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs(y - nearest)):
        if _valid(year, month, day):
            candidate = dt.date(year, month, day)
            if abs((candidate - ref).days) <= 366 and candidate.isoweekday() == wanted:
                return year
    return nearest


#: words that open the object of "the day before/after" ("the day after the vote", "… he died")
_DETERMINERS = frozenset("the a an his her its their our my your this that".split())
_OBJECT_OPENERS = _DETERMINERS | frozenset("these those he she it they we i you".split())


def _has_object(text: str, c: _Candidate) -> bool:
    """Whether "the day before", "the week after" at ``c`` takes an object ("the day after the vote",
    "the day before Christmas", "the week after he resigned", "the year after posting a loss"): it
    is then counted from that event, not from the date named last ("the day after, fighting
    resumed")."""
    last = text[c.start:c.end].rsplit(None, 1)[-1].lower()
    if last not in ("before", "after") or text[c.end:c.end + 1] not in (" ", "\t", "\u00a0"):
        return False
    word = _word_after(text, c.end)
    return bool(word) and (word.lower() in _OBJECT_OPENERS or word[0].isupper() or word[0].isdigit()
                           or len(word) > 4 and word.endswith("ing"))  # "the day after winning"


def _from_object(document: Document, cands: list[_Candidate], i: int, out: list[DateMention],
                 ref: Optional[dt.date]) -> Optional[str]:
    """ "the day after Christmas", "the day before the March 3 vote": counted from the date right
    after it; "March 3, the day after the vote": the date it stands beside (an apposition renames
    it); any other object is an event whose date is not written, so ``None``."""
    text, c = document.text, cands[i]
    unit, offset, _ = c.relative
    gap = text[c.end:cands[i + 1].start].split() if i + 1 < len(cands) else ["-"]
    if not gap or len(gap) == 1 and gap[0].lower() in _DETERMINERS:  # "the day before his June 24 trial"
        base, _ok = _value(document, cands, i + 1, out, ref)
        return _relative_value(base, unit, offset) if base and _precise_enough(base, unit) else None
    if out and out[-1].value and text[out[-1].end:c.start].strip(" \t\u00a0") == "," \
            and _precise_enough(out[-1].value, unit):
        return out[-1].value
    return None


def _apposition(text: str, c: _Candidate, nxt: _Candidate, value: Optional[str],
                ref: Optional[dt.date]) -> Optional[str]:
    """ "this morning 16th August", "today, July 12": the explicit date that follows fixes the day."""
    if nxt.day is None or nxt.month is None or text[c.end:nxt.start].strip(" ,\u00a0\t") != "":
        return value
    year = nxt.year or (_nearest_year(ref, nxt.month, nxt.day) if ref else None)
    return f"{year:04d}-{nxt.month:02d}-{nxt.day:02d}" if year else value



#: "In " opening a sentence, before a year or a month: the time the sentences after it are told at
_IN_OPENING = re.compile(r"(?:^|[.!?\n][\"”’']?[ \t\u00a0]*)In[ \t\u00a0]+$")


#: what opens an aside within a sentence (a dash, a bracket)
_ASIDE = re.compile(r" - |[—–(]")


def _named_year(document: Document, out: list[DateMention], c: _Candidate) -> Optional[int]:
    """In a story with no document date, the year a month alone lies in when a sentence opened
    by a year sets the time ("In 2003, X launched it in November") or a sentence opened by the
    month follows one that names the year ("the second time in 2008 ... In January" is 2008-01):
    the date named last before it, a year after "in"; not in a clause that looks ahead ("is
    expected to begin in February": from an unknown year). Elsewhere a year named before is
    as often another time ("came to power in 1997 ... a May election")."""
    last = next(_recent(out, c.start), None)
    if last is None or len(last.value) != 4 or not last.value.isdigit() or last.text != last.value:
        return None
    text = document.text
    year_opens = _IN_OPENING.search(text, max(0, last.start - 8), last.start)
    month_opens = _IN_OPENING.search(text, max(0, c.start - 8), c.start)
    if not (year_opens or month_opens and text[max(0, last.start - 3):last.start].lower() == "in "):
        return None
    s_start, _ = document.segments.sentence_at(c.start)
    p_start, _ = document.segments.sentence_at(max(0, s_start - 2))
    if last.start < min(s_start, p_start) or _tense(document, c.start, c.end) in ("future", "either"):
        return None
    y_start, _ = document.segments.sentence_at(last.start)
    if _ASIDE.search(text, min(y_start, last.start), last.start):
        return None  # "- a figure in line with the fees it collected in 2003 -": an aside's year
    return int(last.value)
