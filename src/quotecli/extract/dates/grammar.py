"""The grammar of dates anchored on a name or on digits: months with their day and year, weekdays,
ISO and numeric dates, bare years, decades, ranges of years, months in lower case; and
:func:`_candidates`, every candidate of a text with overlaps settled."""

from __future__ import annotations

import re

from ... import lexicon
from .candidate import _Candidate, _settle
from .context import (
    _bare_year_ok,
    _clock_time,
    _count_noun_after,
    _month,
    _month_alone_ok,
    _weekday_alone_ok,
    _word_after,
    _word_before,
)
from .periods import _FISCAL_BEFORE, _HALF_OF_BEFORE, _HOLIDAY_FORMS, _PERIOD_NOUNS, _holiday, _period_word, _quarter
from .relative import _word_candidates
from .scan import _DIGIT_ANCHOR
from .short_decades import _short_decade_candidates
from .spelled import _SPELLED_AFTER, _SPELLED_STARTS, _spelled_value, _spelled_word
from .words import _DAY, _MONTHS, _REL_BEFORE, _SP, _SUFFIXES, _WD, _WEEKDAYS, _YEAR, _YEAR_AT, _YEAR_OFFSETS

# after a month: " 8, 2022", " 18", " 15th", "14" after "Dec.", " 25" before a colon ("on Saturday,
# April 25: ...", but not a clock: "April 25:30")
# (a hyphen after the day only before a digit: "June 5-9", a range whose end
# :func:`_range_end` checks)
_DAY_AFTER = re.compile(rf"(?:{_SP}|\.(?=\d))(?P<day>{_DAY})(?:st|nd|rd|th|ST|ND|RD|TH)?(?!\d|:[ \t]?\d)(?:,?{_SP}(?P<year>{_YEAR})(?!\d))?(?![\w]|-(?!\d))")
# after a month: " 2020", ", 2020"
_YEAR_AFTER = re.compile(rf",?{_SP}(?P<year>{_YEAR})(?![\d\w])")
# before a month: "15 ", "16th ", "the 5th of "
_DAY_BEFORE = re.compile(
    rf"(?<![\d.,:/])(?P<day>{_DAY})(?:(?:st|nd|rd|th|ST|ND|RD|TH){_SP}day{_SP}of|(?:st|nd|rd|th|ST|ND|RD|TH)?(?:{_SP}of)?){_SP}$")
# before a month: "22/23 " (two days: "the ties are on 22/23 February")
_DAY_PAIR_BEFORE = re.compile(rf"(?<![\d.,:/])(?P<first>{_DAY})/(?P<day>{_DAY})(?:st|nd|rd|th|ST|ND|RD|TH)?{_SP}$")
# before a date: "Friday, ", "Friday ", "Friday (" (the date in brackets: "Saturday (July 23)")
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?P<wd>{_WD})(?:,?{_SP}|[ \t\u00a0]?\()$")
# before a month with a two-digit year after it: the day, after a space, a bracket, a byline's
# bar ("By Jane Roe | 23 Jun 03") or the start of a line, not after a word or a number ("Level 4
# Dec 24", "30-7 Oct 19")
_SHORT_YEAR_DAY_BEFORE = re.compile(rf"(?:^|(?<=[\n(])|(?<=[:;,|] )|(?<=[ \t\u00a0][Oo]n ))(?P<day>{_DAY}){_SP}$")
# after a month with a day before it: " 11" in "10 Nov 11", a two-digit year (not " 11th", " 11:30", " 11,000")
_SHORT_YEAR_AFTER = re.compile(rf"{_SP}(?P<yy>\d\d)(?![\w:%]|[.,]\d)")
# before a weekday: "Tuesday and ", "Monday, " (then the weekday does not name the date after it:
# "Tuesday and Wednesday, December 28 and 29")
_WEEKDAY_LIST_BEFORE = re.compile(rf"(?:{_WD})(?:,?{_SP}(?:and|or)|,){_SP}$")
# after a month: " of last year"
_OF_REL_YEAR = re.compile(rf"{_SP}(?:of{_SP})?(?i:(?P<rel>last|this|next)){_SP}year(?![\w'’-])")
# before a day of a month: "the week of " (then the date names that week)
_WEEK_OF_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}week{_SP}of{_SP}$")
# before a month: "that " (the year of the date mentioned before: "in 2008 … that March")
_THAT_BEFORE = re.compile(rf"(?<![\w-])(?i:that){_SP}$")
# before a weekday: "the previous ", "the following " (counted from the day named before it)
_ANAPHORIC_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}(?i:(?P<rel>previous|following|next)){_SP}$")
# "2020-12-15", "2020/12/15", "2020-12-15T10:00:00Z"
_ISO = re.compile(r"(?P<year>[12]\d{3})([-/])(?P<mon>0[1-9]|1[0-2])\2(?P<day>0[1-9]|[12]\d|3[01])(?=T\d|[^\d\w/]|$)")
# "12/15/2020", "10/ 1/ 73", "04 / 9 / 2012" (US month first unless the first number cannot be a month)
_NUMERIC = re.compile(r"(?P<a>\d{1,2}) ?/ ?(?P<b>\d{1,2}) ?/ ?(?P<y>\d{4}|\d{2})(?![\d\w/%])")
# "06-17-2014", "17-06-2014": hyphens only with a four-digit year (scores and ids use hyphens too)
_NUMERIC_DASH = re.compile(r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![\d\w%-])")
# after a year: "-58" in "1957-58", "–2010" in "2009–2010" (the end of a range of years)
_YEAR_RANGE_END = re.compile(r"[-–](?P<y>\d\d(?:\d\d)?)(?![\w%]|[.,]\d)")
_THE_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}$")
# "Dec. 20 or 21", "Dec. 20-21": a second day of the same month
_SECOND_DAY = re.compile(rf"(?:{_SP}(?:or|and|to){_SP}|[-–])(?P<day>{_DAY})(?![\w%:]|[.,]\d)")


def _name_candidates(text: str, found: list[_Candidate]) -> None:
    """Dates anchored on a capitalised word: a month, a weekday, a holiday, or a part of a year or
    a year in words opening a sentence ("Summer", "Third-quarter", "Nineteen ninety")."""
    for anchor in _NAME_ANCHOR.finditer(text):
        s, e = anchor.span()
        name = anchor.group()
        low = name.lower()
        if low in _WEEKDAYS:
            rel = _REL_BEFORE.search(text, max(0, s - 10), s)
            anaphoric = _ANAPHORIC_BEFORE.search(text, max(0, s - 16), s)
            if anaphoric:
                which = "previous" if anaphoric.group("rel").lower() == "previous" else "following"
                found.append(_Candidate(anaphoric.start(), e, weekday=name, rel_weekday=(which, _WEEKDAYS[low])))
            elif rel:
                found.append(_Candidate(rel.start(), e, weekday=name,
                                        rel_weekday=(rel.group("rel").lower(), _WEEKDAYS[low])))
            elif _weekday_alone_ok(text, s, e):
                found.append(_Candidate(s, e, weekday=name, rel_weekday=("", _WEEKDAYS[low])))
        elif name in _HOLIDAY_FORMS:
            _holiday(text, s, e, name, found)
        elif low in _PERIOD_NOUNS or low.startswith("year"):
            _period_word(text, s, e, low, found)
        elif low in _SPELLED_STARTS:
            _spelled_word(text, s, found)
        else:
            _month_candidate(text, s, e, name, found)


#: a clock time after a hyphen ("-4:43 pm", "-7: 07AM", "-17:59")
_DASH_CLOCK = re.compile(r"-[ \t]?\d{1,2}:[ \t]?\d\d")


def _range_end(text: str, day: "re.Match[str]") -> bool:
    """Whether a hyphen after the day of ``day`` ends a range of days of the month ("June 5-9"):
    a later day, not a score or a count ("June 5-4", "May 3-0")."""
    second = _SECOND_DAY.match(text, day.end("day"))
    return bool(second) and int(second.group("day")) > int(day.group("day"))


def _month_candidate(text: str, s: int, e: int, name: str, found: list[_Candidate]) -> None:
    """A date anchored on the month name ``name`` at ``[s, e)``: with its day, its year, a
    relative year ("February this year"), or alone when the context makes it a date."""
    month = _month(name)
    day = _DAY_AFTER.match(text, e)
    if day and text[day.end():day.end() + 1] == "-" and not day.group("year") and not _range_end(text, day):
        day = None  # "the June 5-4 ruling": a score after a month, not a day
    # "10 Nov 11" (an abbreviation with no full stop: "the 19 Sept. 11 hijackers", "30-7 Oct. 19" are not)
    short_year = _SHORT_YEAR_AFTER.match(text, e) if not (day and day.group("year")) \
        and not name.endswith(".") and _MONTHS[name.lower()][1] == "abbr" else None
    if short_year and _SHORT_YEAR_DAY_BEFORE.search(text, max(0, s - 16), s):
        day = None  # "10 Nov 11": a day before the month, then a two-digit year (2011-11-10)
    else:
        short_year = None
    before = _DAY_BEFORE.search(text, max(0, s - 16), s) if not day else None
    pair = _DAY_PAIR_BEFORE.search(text, max(0, s - 16), s) if not (day or before) and "/" in text[max(0, s - 9):s] \
        else None
    if pair and int(pair.group("first")) < int(pair.group("day")):
        # "on 22/23 February": two days of the month (the first is found here, the second below)
        before = pair
        first = _Candidate(pair.start("first"), pair.end("first"), month=month, day=int(pair.group("first")))
        year = _YEAR_AFTER.match(text, e)
        if year and not _clock_time(text, year.end()):
            first.year = int(year.group("year"))
        found.append(first)
    if day or before:
        c = _Candidate(s, e, month=month)
        if day:
            c.day, c.end = int(day.group("day")), day.end()
            c.year = int(day.group("year")) if day.group("year") else None
            if c.year and (_clock_time(text, day.end()) or text[day.end():day.end() + 1] == "-"
                           and not _DASH_CLOCK.match(text, day.end())):
                # "March 1 2000 GMT": 20:00 GMT; "June 5, 2019-20": the year opens a range of years
                # (but "April 10, 2007-7:07AM" is the day and its time)
                c.year, c.end = None, day.end("day") + (2 if text[day.end("day"):day.end("day") + 2] in _SUFFIXES else 0)
            second = _SECOND_DAY.match(text, day.end("day")) if c.year is None else None
            if second:
                # "Dec. 20 or 21, 2018", "June 5-9, 2020": the year written after the second day is both days'
                year = _YEAR_AFTER.match(text, second.end("day"))
                if year and _clock_time(text, year.end()):
                    year = None
                c.year = int(year.group("year")) if year else None
                found.append(_Candidate(second.start("day"), year.end() if year else second.end("day"), month=month,
                                        day=int(second.group("day")), year=c.year))
        else:
            c.day, c.start = int(before.group("day")), before.start("day")
            year = _YEAR_AFTER.match(text, e)
            if year and not _clock_time(text, year.end()):
                c.year, c.end = int(year.group("year")), year.end()
            elif short_year:
                yy = int(short_year.group("yy"))
                c.year, c.end = (1900 + yy if yy >= 50 else 2000 + yy), short_year.end()
        wd = _WEEKDAY_BEFORE.search(text, max(0, c.start - 12), c.start)
        if wd and wd.group().endswith("(") and text[c.end:c.end + 1] != ")":
            wd = None  # "Saturday (July 23 and 24)": the bracket holds more than the weekday's date
        if wd and not _WEEKDAY_LIST_BEFORE.search(text, max(0, wd.start() - 16), wd.start()):
            c.weekday, c.start = wd.group("wd"), wd.start()
            if wd.group().endswith("("):
                c.end += 1  # "Saturday (July 23)": the date in brackets is the weekday's
        week_of = _WEEK_OF_BEFORE.search(text, max(0, c.start - 14), c.start)
        if week_of:
            c.start, c.week_of = week_of.start(), True
        found.append(c)
        return
    year = _YEAR_AFTER.match(text, e)
    if year and not _clock_time(text, year.end()):
        found.append(_Candidate(s, year.end(), year=int(year.group("year")), month=month))
        return
    spelled = _SPELLED_AFTER.match(text, e) if _MONTHS[name.lower()][1] != "abbr" else None
    if spelled and spelled.group("century"):
        found.append(_Candidate(s, spelled.end(), year=_spelled_value(spelled), month=month))
        return
    full_name = _MONTHS[name.lower()][1] != "abbr"
    of_year = _OF_REL_YEAR.match(text, e) if full_name else None
    rel = _REL_BEFORE.search(text, max(0, s - 10), s) if full_name else None
    if of_year:
        found.append(_Candidate(s, of_year.end(), month=month,
                                year_offset=_YEAR_OFFSETS[of_year.group("rel").lower()]))
    elif rel and rel.group("rel").lower() != "coming":
        found.append(_Candidate(rel.start(), e, month=month, rel_month=rel.group("rel").lower()))
    elif full_name and _THAT_BEFORE.search(text, max(0, s - 6), s):
        found.append(_Candidate(s, e, month=month, rel_month="that"))
    elif _month_range(text, s, e, month, found):
        return
    elif _month_alone_ok(text, s, e, name):
        found.append(_Candidate(s, e, month=month))


# before a month: "July-", "July-to-" (the first month of a range: "July-September")
_MONTH_DASH_BEFORE = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-z]{2,8})-(?:to-)?$")
_QUARTER_NOUN_AFTER = re.compile(rf"{_SP}quarter(?![\w-])")


def _month_range(text: str, s: int, e: int, month: int, found: list[_Candidate]) -> bool:
    """ "July-September": both months; "the July-to-September quarter" (a calendar quarter's
    three months) is that quarter. ``False`` when no month and hyphen stand right before ``s``."""
    if text[s - 1:s] != "-":
        return False
    m = _MONTH_DASH_BEFORE.search(text, max(0, s - 13), s)
    first = _MONTHS.get(m.group("first").lower()) if m else None
    if first is None or first[1] == "abbr":
        return False
    if month - first[0] == 2 and first[0] % 3 == 1 and _QUARTER_NOUN_AFTER.match(text, e):
        end = _QUARTER_NOUN_AFTER.match(text, e).end()
        found.append(_Candidate(m.start(), end, period=("quarter", f"Q{first[0] // 3 + 1}", None, 0, "quarter")))
        return True
    found.append(_Candidate(m.start(), m.start() + len(m.group("first")), month=first[0]))
    found.append(_Candidate(s, e, month=month))
    return True


def _digit_candidates(text: str, found: list[_Candidate]) -> None:
    """ISO and numeric dates, bare years and decades, anchored on digits."""
    for anchor in _DIGIT_ANCHOR.finditer(text):
        s = anchor.start()
        if anchor.group()[1].isalpha():
            _ordinal_day(text, s, found)
            continue
        if anchor.group()[1] == "-":
            if s and text[s - 1].isdigit():
                s -= 1
            if s and (text[s - 1].isalnum() or text[s - 1] in "/.,-"):
                continue
            m = _NUMERIC_DASH.match(text, s)
            if m:
                a, b = int(m.group("a")), int(m.group("b"))
                month, day = (a, b) if a <= 12 else (b, a)
                if 1 <= month <= 12 and 1 <= day <= 31:
                    found.append(_Candidate(s, m.end(), year=int(m.group("y")), month=month, day=day))
            continue
        if anchor.group().endswith("/"):
            if s and text[s - 1].isdigit():
                s -= 1
            if s and (text[s - 1].isalnum() or text[s - 1] in "/.,"):
                continue
            m = _NUMERIC.match(text, s)
            if m:
                a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
                month, day = (a, b) if a <= 12 else (b, a)
                if 1 <= month <= 12 and 1 <= day <= 31:
                    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 50 else 2000 + int(y))
                    found.append(_Candidate(s, m.end(), year=year, month=month, day=day))
            continue
        if s and (text[s - 1].isalnum() or text[s - 1] in "$£€#.,/" or text[s - 1] in "-–" and s > 1
                  and text[s - 2].isdigit() and not _YEAR_AT.fullmatch(text, max(0, s - 5), s - 1)):
            continue  # inside a number or an identifier, but "2010" in "2009-2010" is a year
        m = _ISO.match(text, s)
        if m:
            found.append(_Candidate(s, m.end(), year=int(m.group("year")), month=int(m.group("mon")),
                                    day=int(m.group("day"))))
            continue
        m = _YEAR_AT.match(text, s)
        if not m:
            if text[s] == "1":
                _old_year(text, s, found)
            continue
        the = _THE_BEFORE.search(text, max(0, s - 6), s)
        decade = bool(m.group("decade")) and m.group("year").endswith("0")  # "2016's": a possessive
        if not decade and text[s - 1:s] == " ":
            if _LOWER_MONTH_STEM.search(text, max(0, s - 24), s):
                _lower_month_before(text, s, found)
        if not _bare_year_ok(text, s, m.end(), bool(the), bool(m.group("decade"))):
            continue
        year = int(m.group("year"))
        if decade:
            found.append(_Candidate(the.start() if the else s, m.end(), decade=year // 10))
        else:
            fiscal = _FISCAL_BEFORE.search(text, max(0, s - 12), s) if (text.find("iscal", max(0, s - 12), s) >= 0
                                                                           or text.find("ISCAL", max(0, s - 12), s) >= 0) else None
            found.append(_Candidate(fiscal.start() if fiscal else s, m.end("year"), year=year))
            if text[m.end("year"):m.end("year") + 1] in ("-", "–"):
                _year_range_end(text, m.end("year"), year, found)
            if text.find("half", max(0, s - 12), s) >= 0:
                half = _HALF_OF_BEFORE.search(text, max(0, s - 12), s)
                if half:
                    _quarter(text, half.start(), half.start() + 4, "half", found)


_OLD_YEAR_AT = re.compile(r"(?P<year>1[0-8]\d{2})(?P<decade>[’']?s)?(?![\w%]|[.,]\d)")
#: the words after which a four-digit number before 1900 is a year ("in 1865", "since 1789"); a
#: figure is likelier after any other ("about 1500", "the 1200 workers")
#: a 24-hour time the year nouns do not tell: "from 1700 local time", "from 1130 to 1215 GMT"
_OLD_CLOCK_AFTER = re.compile(rf"{_SP}(?:local(?![\w-])|(?:to|-|–){_SP}?\d{{4}}{_SP}(?:GMT|BST|UTC|CET|ET|EST|PST|hrs|hours|local)(?![\w-]))")
_OLD_YEAR_PREPS = frozenset({"in", "since", "until", "till", "from", "during", "circa", "by", "before", "after"})


def _old_year(text: str, s: int, found: list[_Candidate]) -> None:
    """A year before 1900 at ``s``, read only where nothing else is likely: after a preposition of
    time and with no counted noun after it ("in 1865"; not "in 1500 cases"), and decades and
    centuries after "the" or such a word ("the 1880s" → ``188X``, "the late 1800s" → ``18``)."""
    m = _OLD_YEAR_AT.match(text, s)
    if not m or _clock_time(text, m.end()) or _OLD_CLOCK_AFTER.match(text, m.end()):
        return
    year = int(m.group("year"))
    before = _word_before(text, s)
    if m.group("decade") and year % 10 == 0:
        the = _THE_BEFORE.search(text, max(0, s - 6), s)
        if not (the or before in _OLD_YEAR_PREPS or before in ("early", "mid", "late", "the")) \
                or _count_noun_after(text, m.end(), plurals=False):
            return
        start = the.start() if the else s
        if year % 100 == 0:
            found.append(_Candidate(start, m.end(), period=("century", str(year // 100))))
        else:
            found.append(_Candidate(start, m.end(), decade=year // 10))
    elif before in _OLD_YEAR_PREPS and not _count_noun_after(text, m.end()) \
            and not _word_after(text, m.end())[:1].isupper():
        found.append(_Candidate(s, m.end("year"), year=year))


# before a year: "june 4th ", "25th march ", "the 3rd of october " (a month in lower case)
_LOWER_MONTH_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<day1>{_DAY})(?:st|nd|rd|th|ST|ND|RD|TH)?{_SP}(?:of{_SP})?)?"
    rf"(?P<month>{'|'.join(sorted((m for m, (_, kind) in _MONTHS.items() if kind != 'abbr'), key=len, reverse=True))})"
    rf"(?:{_SP}(?P<day2>{_DAY})(?:st|nd|rd|th|ST|ND|RD|TH)?,?)?{_SP}$")
_LOWER_MONTH_STEM = re.compile("|".join(sorted({m[:3] for m, (_, kind) in _MONTHS.items() if kind in ("full", "ambiguous")})))


def _lower_month_before(text: str, year_start: int, found: list[_Candidate]) -> None:
    """A date with its month in lower case, found from its year ("june 4th 1996", "25th march
    2015"): the day and the year beside it make even "may" and "march" a month."""
    m = _LOWER_MONTH_BEFORE.search(text, max(0, year_start - 24), year_start)
    if not m or not (m.group("day1") or m.group("day2")):
        return
    name = m.group("month")
    _month_candidate(text, m.start("month"), m.end("month"), name, found)


def _year_range_end(text: str, end: int, year: int, found: list[_Candidate]) -> None:
    """ "1957-58": the two-digit end of a range of years after ``year`` is a year of its own;
    a four-digit end ("2009-2010") is read by the digit scan itself."""
    m = _YEAR_RANGE_END.match(text, end)
    if m and len(m.group("y")) == 2:
        last = year // 100 * 100 + int(m.group("y"))
        if year < last <= year + 10:
            found.append(_Candidate(m.start("y"), m.end("y"), year=last))


#: capitalised anchors (a scan over capitals is cheap: few positions start with one): months,
#: weekdays, holidays, and the words of parts of a year and of years in words opening a sentence
_NAME_ANCHOR = re.compile("(?:" + lexicon.trie_pattern(
    {f for w in (*_MONTHS, *_WEEKDAYS) for f in (w[:1].upper() + w[1:], w.upper())} | set(_HOLIDAY_FORMS)
    | {w[:1].upper() + w[1:] for w in (*_PERIOD_NOUNS, *_SPELLED_STARTS, "year-ago", "year-earlier", "year-end")}
) + r")(?![\w-])")


#: a day of the month alone: "the 16th" (tried where the digit scan finds an ordinal)
_ORDINAL_DAY = re.compile(rf"the{_SP}(?P<day>{_DAY})(?:st|nd|rd|th|ST|ND|RD|TH)(?![\w-])")
#: before "the 16th": a weekday ("Saturday the 16th") or a preposition of time ("on the 15th")
_ORDINAL_DAY_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<wd>{_WD}),?|(?<![\w’'])(?i:on|by|until|since|from|before|after)){_SP}$")
#: after "the 16th": what ends the date ("the 15th.", "the 15th and", "the 15th at noon", "on the 29th
#: against the plan": a preposition), not a noun ("the 15th floor", "the 16th century", "the 15th of
#: March" is read from the month)
_ORDINAL_DAY_END = re.compile(
    r"[ \t\u00a0]*(?:[.,;:!?)\n—–\"”]|$|(?:and|or|at|when|to|through|but|against|in|outside|near|with|for"
    r"|after|before|during|from|amid|while)(?![\w’'-]))")


def _ordinal_day(text: str, digit: int, found: list[_Candidate]) -> None:
    """A day of the month named alone, its ordinal's last digit at ``digit``, resolved against the
    document's month: "Saturday the 16th", "on the 15th"; after anything else "the 15th" is a rank
    ("the 15th seed")."""
    m = _ORDINAL_DAY.search(text, max(0, digit - 6), digit + 3)
    if not m or m.end() != digit + 3:
        return
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-’'"):
        return
    if not _ORDINAL_DAY_END.match(text, m.end()):
        return
    before = _ORDINAL_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if not before:
        return
    if before.group("wd"):
        found.append(_Candidate(before.start(), m.end(), day=int(m.group("day")), weekday=before.group("wd")))
    else:
        found.append(_Candidate(m.start(), m.end(), day=int(m.group("day"))))


#: before "half": its ordinal ("first ", "second-"), a half whose year may be left unsaid
_HALF_ORDINAL_BEFORE = re.compile(rf"(?<![\w-])(?:first|second)(?:{_SP}|-)$")


def _half_alone_candidates(text: str, found: list[_Candidate]) -> None:
    """ "the first half", "second-half profit" with no year after them (those with one are found
    from the year: "the first half of 1990"); :func:`_quarter` keeps only halves of a year. Found
    with ``str.find`` (a regex led by the ordinals would be tried at every "f" and "s")."""
    i = text.find("half")
    while i >= 0:
        end = i + 4
        after = text[end:end + 1]
        if text[i - 1:i] in (" ", "-", "\t", "\u00a0") and not (after.isalnum() or after == "-") \
                and _HALF_ORDINAL_BEFORE.search(text, max(0, i - 8), i):
            _quarter(text, i, end, "half", found)
        i = text.find("half", end)


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    _name_candidates(text, found)
    _digit_candidates(text, found)
    if "half" in text:
        _half_alone_candidates(text, found)
    _word_candidates(text, found)
    _short_decade_candidates(text, found)
    return _settle(found)
