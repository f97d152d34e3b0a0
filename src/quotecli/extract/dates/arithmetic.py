"""Calendar steps on values: ISO weeks, the nearest year of a day, the weekday on a side of a
date, shifting a value by units (an open year ``XXXX`` stays open), holidays' days."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .words import _HOLIDAYS


def _iso_week(day: dt.date, weekend: bool = False) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def _nearest_year(ref: dt.date, month: int, day: int) -> int:
    """The year that puts ``month``/``day`` nearest ``ref``, among the years where that day exists
    ("Feb. 29" goes to a leap year); a day no year has ("Feb. 30") takes the document's year."""
    def distance(year: int) -> int:
        d = min(day, calendar.monthrange(year, month)[1])
        return abs((dt.date(year, month, d) - ref).days)
    years = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, month, day)] or [ref.year]
    return min(years, key=lambda y: (distance(y), y > ref.year))


def _month_year(ref: dt.date, month: int, tense: Optional[str]) -> int:
    """The year of a month named alone: by tense, else the nearest."""
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    candidates = (ref.year - 1, ref.year, ref.year + 1)
    # at equal distance the past, but a clause that looks forward from an unknown point
    # ("running to face him in November" in May) the future
    later_first = tense == "either"
    return min(candidates, key=lambda y: (abs((y - ref.year) * 12 + month - ref.month),
                                          (y < ref.year) if later_first else (y > ref.year)))


def _weekday_date(ref: dt.date, weekday: int, rel: str, tense: Optional[str]) -> dt.date:
    """The day a weekday refers to: "last"/past → on or before ``ref``; "next"/future → after it."""
    delta = weekday - ref.isoweekday()
    if rel == "next":
        return ref + dt.timedelta(days=(delta % 7) or 7)
    if rel == "last":
        return ref - dt.timedelta(days=((-delta) % 7) or 7)
    if rel in ("this", "coming") or tense == "future":
        return ref + dt.timedelta(days=delta % 7)
    if tense == "either" and delta % 7 < (-delta) % 7:
        return ref + dt.timedelta(days=delta % 7)
    return ref - dt.timedelta(days=(-delta) % 7)


def _weekend_by_tense(ref: dt.date, tense: Optional[str]) -> str:
    """ "the weekend": the one under way on a Saturday or Sunday; else the last one in the past
    tense or with no cue, the coming one in the future, the nearer one when either."""
    weekday = ref.isoweekday()
    if weekday >= 6:
        return _iso_week(ref, True)
    last, coming = ref - dt.timedelta(days=weekday), ref + dt.timedelta(days=6 - weekday)
    if tense == "future" or tense == "either" and (coming - ref) <= (ref - last):
        return _iso_week(coming, True)
    return _iso_week(last, True)


def _day_of_month(ref: dt.date, day: int, weekday: Optional[int], tense: Optional[str]) -> Optional[dt.date]:
    """The date of a day of the month named alone ("on the 15th", "Saturday the 16th"), in the
    document's month or the month before or after: among those where the weekday fits (if any
    does), the last on or before the document date in a past clause ("met on Saturday the 28th"
    early in March is February's), the first on or after it in a future one ("will sign on the
    2nd" on the 28th is next month's), else the document's month or the nearest. ``None`` when
    the tense leaves no such day ("collapsed on the 30th" early in March: February has none)."""
    months = [(ref.year, ref.month), _month_step(ref, -1), _month_step(ref, 1)]
    days = [dt.date(y, m, day) for y, m in months if _valid(y, m, day)]
    pool = [d for d in days if d.isoweekday() == weekday] if weekday is not None else []
    pool = pool or days
    if tense == "past":
        return max((d for d in pool if d <= ref), default=None)
    if tense == "future":
        return min((d for d in pool if d >= ref), default=None)
    own = [d for d in pool if d.month == ref.month]
    return own[0] if own else min(pool, key=lambda d: abs((d - ref).days), default=None)


def _month_step(ref: dt.date, step: int) -> tuple[int, int]:
    """The (year, month) ``step`` months (-1 or 1) from ``ref``'s."""
    index = ref.year * 12 + ref.month - 1 + step
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _shift(value: str, unit: str, offset: int) -> Optional[str]:
    """``value`` moved by ``offset`` units; an open year (``XXXX``) stays open."""
    open_year = value.startswith("XXXX")
    probe = "2000" + value[4:] if open_year else value
    try:
        if unit == "day" and len(probe) == 10:
            moved = dt.date.fromisoformat(probe) + dt.timedelta(days=offset)
            out = moved.isoformat()
        elif unit in ("week", "weekend") and len(probe) == 10:
            out = _iso_week(dt.date.fromisoformat(probe) + dt.timedelta(weeks=offset), unit == "weekend")
        elif unit == "month" and len(probe) >= 7:
            moved = dt.date(int(probe[:4]), int(probe[5:7]), 1) + relativedelta(months=offset)
            out = moved.isoformat()[:7]
        elif unit == "year" and len(probe) >= 4 and probe[:4].isdigit() and not open_year:
            out = str(int(probe[:4]) + offset)
        else:
            return None
    except ValueError:
        return None
    if open_year:
        if out[:4] != "2000":
            return None  # moved across a year boundary: the year is unknown
        return "XXXX" + out[4:]
    return out


def _last_quarter(ref: dt.date) -> str:
    """The last quarter complete on ``ref``: ``1989-Q3`` on 1989-10-26."""
    last = (ref.month - 1) // 3
    return f"{ref.year:04d}-Q{last}" if last else f"{ref.year - 1:04d}-Q4"


def _shift_year(value: str, offset: int) -> str:
    return f"{int(value[:4]) + offset:04d}{value[4:]}"


def _season_of(day: dt.date) -> int:
    return {12: 0, 1: 0, 2: 0}.get(day.month, (day.month - 3) // 3 + 1)


def _holiday_day(name: str, year: int) -> dt.date:
    rule = _HOLIDAYS[name][0]
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:]))
    if rule == "election":
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + dt.timedelta(days=1)
    if rule.startswith("nth:"):
        _, n, weekday, month = rule.split(":")
        n, weekday, month = int(n), int(weekday), int(month)
        if n > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    month, day = rule.split("-")
    return dt.date(year, int(month), int(day))


def _precise_enough(value: str, unit: str) -> bool:
    need = {"day": 10, "week": 10, "weekend": 10, "month": 7, "year": 4}[unit]
    return len(value) >= need and "W" not in value


def _relative_value(base: str, unit: str, offset: int) -> Optional[str]:
    if unit == "day":
        return _shift(base, "day", offset)
    if unit in ("week", "weekend"):
        return _shift(base, unit, offset)
    if unit == "month":
        return _shift(base[:7], "month", offset)
    return _shift(base[:4], "year", offset)


def _ago_value(base: str, unit: str, count: int) -> Optional[str]:
    """ "two days ago" → a day; "a year ago" → a month; "two years ago", "three decades ago" → a year;
    a negative ``count`` counts forward ("two years from now")."""
    if unit in ("day", "week"):
        if len(base) < 10:
            return None
        days = count * (7 if unit == "week" else 1)
        return (dt.date.fromisoformat(base) - dt.timedelta(days=days)).isoformat()
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    moved = dt.date(int(base[:4]), int(base[5:7]) if len(base) >= 7 else 1, 1) - relativedelta(months=months)
    # "two years ago" is a year, as TimeML writes it; "a year ago" a month, as the seeds' gold has it
    return str(moved.year) if unit == "decade" or unit == "year" and abs(count) > 1 else moved.isoformat()[:7]
