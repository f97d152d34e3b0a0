"""The TIMEX3 values of parts of a year, holidays and comparisons with the year before, as
TimeBank writes them (``1989-Q3``, ``2012-SU``, ``19``, ``199X``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...document import Document
from ...records import DateMention
from .anaphora import _quarter_context, _recent, _sentence_reference
from .arithmetic import _holiday_day, _iso_week, _last_quarter, _nearest_year, _season_of, _shift_year
from .candidate import _Candidate
from .tense import _tense
from .words import _DAY, _HOLIDAYS, _MONTHS, _SP, _YEAR

_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
_ENDED_ON = re.compile(rf"{_SP}(?:that{_SP})?(?P<verb>ended|ending){_SP}(?P<month>[A-Z][a-z]{{2,8}})\.?{_SP}"
                       rf"(?P<day>{_DAY})(?!\d)(?:,?{_SP}(?P<year>{_YEAR})(?!\d))?")


def _ended_quarter(text: str, end: int, ref: dt.date) -> Optional[str]:
    """ "the quarter ended July 31": the calendar quarter that holds most of the three months
    (May–July → ``Q2``), as TimeBank reads a fiscal quarter; the end of "ended" is on or before
    ``ref`` unless its year is written, that of "ending" the nearest such day. ``None`` when no such end follows."""
    m = _ENDED_ON.match(text, end)
    if not m or m.group("month").lower() not in _MONTHS:
        return None
    month, day = _MONTHS[m.group("month").lower()][0], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else ref.year
    if not m.group("year") and m.group("verb") == "ending":
        year = _nearest_year(ref, month, day)  # "the quarter ending Dec. 31" may still be running
    elif not m.group("year") and (month, day) > (ref.month, ref.day):
        year -= 1
    middle = month - 1 if day >= 15 else month - 2  # the middle month of the three
    if middle < 1:
        middle, year = middle + 12, year - 1
    return f"{year:04d}-Q{(middle - 1) // 3 + 1}"


def _period_value(document: Document, c: _Candidate, out: list[DateMention],
                  ref: Optional[dt.date], cands: list[_Candidate]) -> Optional[str]:
    """The TIMEX3 value of a part of a year, a holiday or a comparison with the year before.

    Quarters: an ordinal quarter without a year is the last such quarter up to the document's
    own (news reports quarters that ended or are running), or in a future clause the next one
    after the last complete quarter;
    "the quarter", "the latest period" are the quarter named last nearby, else the last complete
    quarter; "the current quarter" the document's; "year-ago" moves a year back. Seasons: "last"
    is the year before, "this" the document's year, one alone follows the tense.
    """
    kind = c.period[0]
    if kind == "century":
        return c.period[1]
    if kind == "decade_short":
        return _short_decade_value(c.period[1], ref)
    if kind == "holiday" and ref is None and isinstance(c.period[2], str) and _HOLIDAYS[c.period[1]][0][:1].isdigit():
        return "XXXX-" + _HOLIDAYS[c.period[1]][0]  # a fixed day ("Halloween") with the year open
    if kind in ("quarter", "season") and isinstance(c.period[2], int):
        return _stated_period(c.period)  # "the third quarter of 1990", "the summer of 2009": no anchor needed
    if ref is None:
        if kind == "year_before":  # "a year earlier" after "the fourth quarter of 2004", undated
            nearby = _quarter_context(document.text, out, cands, c.start, spans=True) \
                or _sentence_reference(document, c, out)
            return _shift_year(nearby, -1) if nearby else None
        if kind == "latest_quarter" and c.period[1] == "previous":
            nearby = _quarter_context(document.text, out, cands, c.start)  # "the final quarter of 2004 … the previous quarter"
            return _shift_quarter(nearby, -1) if nearby and nearby[5] == "Q" else None
        return None
    if kind == "quarter":
        _, code, year, offset, _noun = c.period
        if year == "the":
            year = ref.year  # "of the year": the document's (a year named before is more often a comparison)
        elif year is None:
            n = int(code[1])
            current = (ref.month - 1) // 3 + 1 if code[0] == "Q" else (ref.month - 1) // 6 + 1
            year = ref.year
            if not offset and n != current:
                future = _tense(document, c.start, c.end) == "future"
                if n > current and not future:
                    year -= 1
                elif n < current - 1 and code[0] == "Q" and future:
                    # "expects a loss in the first quarter" in November: the coming one (the quarter
                    # just ended is still reported on: "will post third-quarter results")
                    year += 1
        return f"{year + offset:04d}-{code}"
    if kind == "latest_quarter":
        _, mode, year, offset, noun = c.period
        # "the 1988 period", "the year-ago period" may compare a longer span; "the quarter" may not
        nearby = _quarter_context(document.text, out, cands, c.start, ref, spans=noun == "period")
        value = _last_quarter(ref)
        if mode == "current" or mode == "latest" and _this_quarter_ahead(document, c):
            value = f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}"
        elif mode == "next":
            value = _shift_quarter(f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}", 1)
        elif mode == "previous":
            # "the previous quarter": the one before the quarter reported on (named nearby, else the last complete)
            value = _shift_quarter(nearby if nearby and nearby[5:6] == "Q" else value, -1)
        elif mode == "latest" and nearby and nearby[:4] >= value[:4]:
            value = nearby  # not a year-ago quarter named just before: "the latest period" is this year's
        # "the quarter ended July 31" with no quarter named nearby (which it would mean, fiscal or not)
        ended = _ended_quarter(document.text, c.end, ref) if mode == "latest" and not nearby else None
        if ended:
            return _shift_year(ended, offset)
        if year is not None:
            value = f"{year:04d}{value[4:]}"
        return _shift_year(value, offset)
    if kind == "year_before":
        nearby = _quarter_context(document.text, out, cands, c.start, ref, spans=True) \
            or _sentence_reference(document, c, out)
        return _shift_year(nearby, -1) if nearby else f"{ref.year - 1:04d}"
    if kind == "season":
        _, code, spec = c.period
        year = ref.year
        if spec == "last":
            year -= 1
        elif spec == "next":
            year += 1 if _SEASON_ORDER[code] <= _season_of(ref) else 0
        elif spec == "that":
            year = next((int(m.value[:4]) for m in _recent(out, c.start) if m.value[:4].isdigit()), ref.year)
        elif spec not in ("this", "this past", "past", "this coming", "coming"):
            tense = _tense(document, c.start, c.end)
            if tense == "past" and _SEASON_ORDER[code] > _season_of(ref):
                year -= 1
            elif tense == "future" and _SEASON_ORDER[code] < _season_of(ref):
                year += 1
        return f"{year:04d}-{code}"
    if kind == "century_rel":
        return str(ref.year // 100 + {"last": -1, "past": -1, "next": 1}.get(c.period[1], 0))
    if kind == "decade_rel":
        return f"{ref.year // 10 + c.period[1]:03d}X"
    if kind == "holiday":
        return _holiday_value(document, c, ref)
    return None


def _short_decade_value(digit: int, ref: Optional[dt.date]) -> str:
    """ "the '90s": the last decade ending in that digit that has begun by the document date (in
    2010 "the '20s" is the 1920s, "the '00s" the 2000s; before 2000 always the 1900s); undated, the
    1900s but for "'00s" and "'10s", which a story with such decades in the 1900s would seldom write."""
    if ref is None:
        century = 20 if digit < 2 else 19
    elif ref.year < 2000:
        century = 19  # a story dated before 2000 (or given an old date by mistake) writes the 1900s' decades
    else:
        century = ref.year // 100 - (ref.year % 100 < digit * 10)
    return f"{century * 10 + digit:03d}X"


def _this_quarter_ahead(document: Document, c: _Candidate) -> bool:
    """ "this quarter" in a clause that looks ahead ("sales will rise this quarter") is the running
    quarter; elsewhere, as in an earnings report ("this quarter's loss"), the one reported on."""
    return document.text[c.start:c.start + 4].lower() == "this" and _tense(document, c.start, c.end) == "future"


def _shift_quarter(value: str, n: int) -> str:
    """``1989-Q4`` moved ``n`` quarters on (``1990-Q1``)."""
    index = int(value[:4]) * 4 + int(value[6]) - 1 + n
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _holiday_value(document: Document, c: _Candidate, ref: dt.date) -> str:
    """A holiday's day (or week, "Easter week"): in the year stated, else the last one ("last
    Christmas", a past clause), the next one ("next", a future clause), or the nearest."""
    _, name, spec = c.period
    if isinstance(spec, int):
        day = _holiday_day(name, spec)
    else:
        days = [_holiday_day(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        tense = "past" if spec == "last" else "future" if spec in ("next", "coming") else (
            None if spec == "this" else _tense(document, c.start, c.end))
        if tense == "past":
            day = max(d for d in days if d <= ref)
        elif tense == "future":
            day = min(d for d in days if d >= ref)
        else:
            day = min(days, key=lambda d: abs((d - ref).days))
    return _iso_week(day) if _HOLIDAYS[name][1] == "week" else day.isoformat()


def _stated_period(period: tuple) -> str:
    """The value of a quarter, half or season whose year is written ("the first half of 1990")."""
    if period[0] == "season":
        return f"{period[2]:04d}-{period[1]}"
    _, code, year, offset, _noun = period
    return f"{year + offset:04d}-{code}"
