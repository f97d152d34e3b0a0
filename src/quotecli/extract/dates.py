"""Dates in news text, with ISO 8601 / TIMEX3 values resolved against the document date.

Finding the spans is a handful of regular expressions built from word lists
(``lexicon/months.tsv``, ``weekdays.tsv``, ``relative_dates.tsv`` …); every
candidate is kept or dropped by its immediate context, then overlapping
candidates are settled longest-first. Values follow these conventions (the same
as ``benchmarks/annotations/README.md``):

* full dates ``2020-12-15``, months ``2020-12``, years ``2016``, decades ``198X``,
  ISO weeks ``2015-W13`` (``last week``) and weekends ``2015-W13-WE``;
* a date without a year takes the year that puts it nearest the document date
  ("Jan. 3" in a December article is next January), or ``XXXX`` when no document
  date is known;
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
end); see :func:`infer_document_date`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from dateutil.relativedelta import relativedelta

from .. import lexicon
from ..document import Document
from ..records import DateMention

#: how far back (in characters) "the following month" or "that March" looks for its anchor
ANAPHORA_REACH = 2000

# --------------------------------------------------------------------------- word lists

_MONTHS: dict[str, tuple[int, str]] = {k: (int(v[0]), v[1]) for k, v in lexicon.table("months").items()}
_WEEKDAYS: dict[str, int] = {k: int(v[0]) for k, v in lexicon.table("weekdays").items()}
_RELATIVE: dict[str, tuple[str, int, str]] = {
    k: (v[0], int(v[1]), v[2]) for k, v in lexicon.table("relative_dates").items()
}
_CONTEXT: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_context").items()}
_CUES: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_tense_cues").items()}
_NAME_WORDS: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_name_words").items()}
_YEAR_NOUNS: dict[str, str] = {k: v[0] for k, v in lexicon.table("year_nouns").items()}
_PREPS = frozenset(word for word, role in _CONTEXT.items() if role == "prep")
_COUNTS: dict[str, int] = {k: int(v[0]) for k, v in lexicon.table("date_counts").items()}


def _alternation(words, cased: bool = True) -> str:
    """A regex alternation of ``words``, longest first; ``cased`` adds Capitalised and UPPER forms."""
    forms = set()
    for word in words:
        if cased:
            forms.add(word[:1].upper() + word[1:])
            forms.add(word.upper())
        else:
            forms.add(word)
    return "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w)))


_SP = r"[ \t\u00a0]+"
_MON_ANY = _alternation(_MONTHS)
_WD = _alternation(_WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1\d{3}|20\d{2}|2100)"

# Speed: each pass below looks for a cheap anchor (a month or weekday name, a run of digits,
# a time word) with a plain regex Python scans fast (capturing groups or case-folding would
# slow it down tenfold); the full pattern is then tried only around the anchor, with
# ``match``/``search`` bounded to a few characters.
_NAME_ANCHOR = re.compile(rf"(?:{_MON_ANY}|{_WD})(?![\w-])")
_DIGIT_ANCHOR = re.compile(r"[0-9](?:[0-9][0-9][0-9]| ?/)")


def _anchor_pieces() -> frozenset[str]:
    """The fewest substrings that occur in every relative phrase and "ago" expression: the
    time units, and the last word of each phrase (without its first letter when the phrase is
    one word, which may be capitalised: "Tomorrow")."""
    units = {"day", "week", "month", "year", "ago"}
    words = {p[1:] if " " not in p else p.split()[-1] for p in _RELATIVE} - set(_CONTEXT)
    words |= {p.split()[-2] for p in _RELATIVE if p.split()[-1] in _CONTEXT}
    pieces = units | words
    return frozenset(a for a in pieces if not any(b != a and b in a for b in pieces))


_PIECES = _anchor_pieces()
_WORD_ANCHOR = re.compile("|".join(re.escape(w) for w in sorted(_PIECES, key=len, reverse=True)))
#: the most letters a word may have before its anchor ("yester" + "day")
_LONGEST_PREFIX = max(len(p) - len(a) for p in _RELATIVE for a in _PIECES if " " not in p and p.endswith(a))

# after a month: " 8, 2022", " 18", " 15th"
_DAY_AFTER = re.compile(rf"{_SP}(?P<day>{_DAY})(?:st|nd|rd|th)?(?![\d:])(?:,?{_SP}(?P<year>{_YEAR})(?!\d))?(?![\w-])")
# after a month: " 2020", ", 2020"
_YEAR_AFTER = re.compile(rf",?{_SP}(?P<year>{_YEAR})(?![\d\w])")
# before a month: "15 ", "16th ", "the 5th of "
_DAY_BEFORE = re.compile(rf"(?<![\d.,:/])(?P<day>{_DAY})(?:st|nd|rd|th)?{_SP}(?:of{_SP})?$")
# before a date: "Friday, ", "Friday "
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?P<wd>{_WD}),?{_SP}$")
# before a weekday: "Tuesday and ", "Monday, " (then the weekday does not name the date after it:
# "Tuesday and Wednesday, December 28 and 29")
_WEEKDAY_LIST_BEFORE = re.compile(rf"(?:{_WD})(?:,?{_SP}(?:and|or)|,){_SP}$")
# after a month: " of last year"
_OF_REL_YEAR = re.compile(rf"{_SP}of{_SP}(?i:(?P<rel>last|this|next)){_SP}year(?![\w-])")
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SUFFIXES = ("st", "nd", "rd", "th")
# before a month: "that " (the year of the date mentioned before: "in 2008 … that March")
_THAT_BEFORE = re.compile(rf"(?<![\w-])(?i:that){_SP}$")
# before a weekday or month alone: "last ", "next ", "this "
_REL_BEFORE = re.compile(rf"(?<![\w-])(?i:(?P<rel>last|next|this|coming)){_SP}$")
# "2020-12-15", "2020/12/15", "2020-12-15T10:00:00Z"
_ISO = re.compile(r"(?P<year>[12]\d{3})([-/])(?P<mon>0[1-9]|1[0-2])\2(?P<day>0[1-9]|[12]\d|3[01])(?=T\d|[^\d\w/]|$)")
# "12/15/2020", "10/ 1/ 73", "04 / 9 / 2012" (US month first unless the first number cannot be a month)
_NUMERIC = re.compile(r"(?P<a>\d{1,2}) ?/ ?(?P<b>\d{1,2}) ?/ ?(?P<y>\d{4}|\d{2})(?![\d\w/%])")
# "2016", "1980s", "1990’s"
_YEAR_AT = re.compile(r"(?P<year>19\d{2}|20\d{2}|2100)(?P<decade>[’']?s)?(?![\w%]|[.,]\d)")
_THE_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}$")
# "a year ago", "two days ago", "three decades ago" (searched before an "ago")
_AGO = re.compile(
    rf"(?<![\w-])(?i:(?P<n>{_alternation(_COUNTS, cased=False)}|\d{{1,3}})){_SP}"
    rf"(?i:(?P<unit>day|week|month|year|decade)s?){_SP}(?i:ago)(?![\w-])"
)
# "Dec. 20 or 21", "Dec. 20-21": a second day of the same month
_SECOND_DAY = re.compile(rf"(?:{_SP}(?:or|and|to){_SP}|[-–])(?P<day>{_DAY})(?![\w%:]|[.,]\d)")

_CLAUSE_END = re.compile(r"[.!?;:,()\"“”\n]")
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\w\n]{0,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{0,3}([\w’'-]+)")
_CUE_RE = re.compile(
    r"(?<![\w’'])(" + "|".join(re.escape(c) for c in sorted(_CUES, key=len, reverse=True)) + r"|[a-z]{2,}ed)(?![\w’'])"
)
_CLAUSE_BREAK = re.compile(r";|—|–|\bbut\b|\bwhile\b|\bwhen\b")
_DATELINE_DASH = re.compile(r"[ \t\u00a0]*(?:—|–|--|-)")


# --------------------------------------------------------------------------- candidates


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


def _month(name: str) -> int:
    return _MONTHS[name.lower()][0]


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    """The ``n`` words right before ``start`` in the same clause (nearest first), as written."""
    clause = _CLAUSE_END.split(text[max(0, start - 40):start])[-1]
    return list(reversed(re.findall(r"[\w’'-]+", clause)[-n:]))


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 40)
    return m.group(1) if m else ""


def _is_sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line or a quotation (where any word is capitalised)."""
    before = text[max(0, start - 4):start].rstrip(" \t\u00a0")
    if before.endswith(("\"", "“", "‘", "(")):
        return True
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def _context(text: str, start: int) -> Optional[str]:
    """``date`` for a date word (preposition or determiner) in one of the two words before
    ``start`` ("in May", "the likely 2016"), ``quant`` for a quantity word ("about 2000"),
    else ``None``."""
    for word in _words_before(text, start, 2):
        role = _CONTEXT.get(word.lower())
        if role == "quant":
            return "quant"
        if role in ("prep", "det"):
            return "date"
        if word[:1].isupper():
            return None  # "in Theresa May": a name sits between
    return "date" if text[max(0, start - 4):start].lower().endswith("mid-") else None


def _date_context(text: str, start: int) -> bool:
    return _context(text, start) == "date"


def _clock_time(text: str, end: int) -> bool:
    """The four digits before ``end`` are a 24-hour time ("2000 GMT", "1913 hrs")."""
    return _YEAR_NOUNS.get(_word_after(text, end).lower()) == "time"


def _count_noun_after(text: str, end: int, plurals: bool = True) -> bool:
    """The bare number is followed by a counted noun: one listed as such ("2000 people") or,
    when ``plurals``, any lower-case plural not listed as a year noun ("1999 dollars")."""
    word = _word_after(text, end)
    if not word or not word[:1].islower():
        return False
    role = _YEAR_NOUNS.get(word.lower())
    if role:
        return role == "count"
    return plurals and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _bare_year_ok(text: str, start: int, end: int, the: bool, decade: bool) -> bool:
    """Whether a four-digit number 1900–2100 is a year. News writes counts of a thousand and
    more with a comma ("2,016 people"), so a plain four-digit number is a year unless its
    context makes it a quantity ("about 2000", "2000 people") or a clock time ("2000 GMT")."""
    if _clock_time(text, end):
        return False
    if the or decade:
        return not _count_noun_after(text, end, plurals=False)
    before = text[max(0, start - 12):start]
    if re.search(r"\d{4}[ \t\u00a0]*(?:and|or|to|through|[-–])[ \t\u00a0]*$", before):
        return True  # "in 1996 and 1997", "2011-2012"
    context = _context(text, start)
    if context == "date":
        return not _count_noun_after(text, end, plurals=False)
    if context == "quant":
        return False
    if _word_after(text, end)[:1].isupper() and text[end:end + 1] == " ":
        return True  # "an already crowded 2016 Republican field"
    prev = before.rstrip(" \t\u00a0")
    if prev.endswith(":"):
        return True  # "Year of Last Execution: 1960"
    if prev.endswith((",", "(")) and text[end:end + 1] in ("", ",", ".", ";", ":", ")", "\n"):
        return True  # "(Acker and Lanier, 1993)"
    return _is_sentence_start(text, start) and not _count_noun_after(text, end)


def _month_alone_ok(text: str, start: int, end: int, name: str) -> bool:
    kind = _MONTHS[name.lower()][1]
    if kind == "abbr" or name.isupper():
        return False  # "Dec" and "DEC" alone are more often a name than a month
    if _date_context(text, start):
        # "the March on Washington", "a May to remember": a word that is also a month,
        # used as a noun; a month after "the" is followed by a noun ("the March incident")
        return kind != "ambiguous" or _word_before(text, start) in _PREPS or (
            _CONTEXT.get(_word_after(text, end).lower()) != "prep")
    if kind != "full":
        return False  # "May said", "Theresa May"
    after = _word_after(text, end)
    if after[:1].isupper() and text[end:end + 1] not in "’'":
        return False  # "June Carter", "April Ryan"
    before = re.findall(r"[\w’'-]+", text[max(0, start - 30):start])
    if before and before[-1][:1].isupper() and text[start - 1:start] == " " and not _is_sentence_start(text, start):
        return False  # "Kim June"
    return True


def _weekday_alone_ok(text: str, start: int, end: int) -> bool:
    words = _words_before(text, start, 1)
    before = words[0] if words else ""
    after = _word_after(text, end)
    if (before[:1].isupper() and _NAME_WORDS.get(before.lower()) == "before"
            or after[:1].isupper() and _NAME_WORDS.get(after.lower()) == "after"):
        return False  # "Super Tuesday", "the Sunday Times", but "Tuesday night"
    return _CONTEXT.get(before.lower()) != "set"  # "every Sunday": a recurring set, not a date


def _relative_ok(text: str, m: "re.Match[str]") -> bool:
    words = m.group("phrase").split()
    if all(w[:1].isupper() for w in words) and not (len(words) == 1 and _is_sentence_start(text, m.start())):
        return False  # a title: ABC's "This Week", "Last Night of the Proms"
    phrase = m.group("phrase").lower()
    if phrase.startswith(("last ", "this ")) and _word_before(text, m.start()) in ("the", "within", "past"):
        return False  # "within the last month", "the last year": a duration
    return True


def _name_candidates(text: str, found: list[_Candidate]) -> None:
    """Dates anchored on a month or weekday name."""
    for anchor in _NAME_ANCHOR.finditer(text):
        s, e = anchor.span()
        if anchor.group().lower() in _WEEKDAYS:
            wd = anchor.group()
            rel = _REL_BEFORE.search(text, max(0, s - 10), s)
            if rel:
                found.append(_Candidate(rel.start(), e, weekday=wd,
                                        rel_weekday=(rel.group("rel").lower(), _WEEKDAYS[wd.lower()])))
            elif _weekday_alone_ok(text, s, e):
                found.append(_Candidate(s, e, weekday=wd, rel_weekday=("", _WEEKDAYS[wd.lower()])))
            continue
        name = anchor.group()
        month = _month(name)
        day = _DAY_AFTER.match(text, e)
        before = _DAY_BEFORE.search(text, max(0, s - 12), s) if not day else None
        if day or before:
            c = _Candidate(s, e, month=month)
            if day:
                c.day, c.end = int(day.group("day")), day.end()
                c.year = int(day.group("year")) if day.group("year") else None
                if c.year and _clock_time(text, day.end()):  # "March 1 2000 GMT": 20:00 GMT
                    c.year, c.end = None, day.end("day") + (2 if text[day.end("day"):day.end("day") + 2] in _SUFFIXES else 0)
                second = _SECOND_DAY.match(text, day.end("day")) if c.year is None else None
                if second:
                    found.append(_Candidate(second.start("day"), second.end("day"), month=month,
                                            day=int(second.group("day"))))
            else:
                c.day, c.start = int(before.group("day")), before.start()
                year = _YEAR_AFTER.match(text, e)
                if year and not _clock_time(text, year.end()):
                    c.year, c.end = int(year.group("year")), year.end()
            wd = _WEEKDAY_BEFORE.search(text, max(0, c.start - 12), c.start)
            if wd and not _WEEKDAY_LIST_BEFORE.search(text, max(0, wd.start() - 16), wd.start()):
                c.weekday, c.start = wd.group("wd"), wd.start()
            found.append(c)
            continue
        year = _YEAR_AFTER.match(text, e)
        if year and not _clock_time(text, year.end()):
            found.append(_Candidate(s, year.end(), year=int(year.group("year")), month=month))
            continue
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
        elif _month_alone_ok(text, s, e, name):
            found.append(_Candidate(s, e, month=month))


def _digit_candidates(text: str, found: list[_Candidate]) -> None:
    """ISO and numeric dates, bare years and decades, anchored on digits."""
    for anchor in _DIGIT_ANCHOR.finditer(text):
        s = anchor.start()
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
        if s and (text[s - 1].isalnum() or text[s - 1] in "$£€#.,/" or text[s - 1] == "-" and s > 1 and text[s - 2].isdigit()):
            continue
        m = _ISO.match(text, s)
        if m:
            found.append(_Candidate(s, m.end(), year=int(m.group("year")), month=int(m.group("mon")),
                                    day=int(m.group("day"))))
            continue
        m = _YEAR_AT.match(text, s)
        if not m:
            continue
        the = _THE_BEFORE.search(text, max(0, s - 6), s)
        decade = bool(m.group("decade"))
        if not _bare_year_ok(text, s, m.end(), bool(the), decade):
            continue
        year = int(m.group("year"))
        if decade:
            found.append(_Candidate(the.start() if the else s, m.end(), decade=year // 10))
        else:
            found.append(_Candidate(s, m.end("year"), year=year))


def _phrase_patterns() -> dict[str, "re.Pattern[str]"]:
    """For each word of a multi-word relative phrase, a regex of the phrases holding that word."""
    by_word: dict[str, list[str]] = {}
    for phrase in _RELATIVE:
        if " " in phrase:
            for word in set(phrase.split()) - set(_CONTEXT):
                by_word.setdefault(word, []).append(phrase)
    return {
        word: re.compile(r"(?<![\w-])(?i:(?P<phrase>" + "|".join(
            re.escape(p).replace(r"\ ", _SP) for p in sorted(phrases, key=len, reverse=True)) + r"))(?![\w-])")
        for word, phrases in by_word.items()
    }


_PHRASES_WITH = _phrase_patterns()
_WORD_AROUND = re.compile(r"[A-Za-z]*")


def _word_candidates(text: str, found: list[_Candidate]) -> None:
    """Relative phrases and "N units ago", anchored on a time word ("day", "month", "ago" …)."""
    seen: set[int] = set()
    for anchor in _WORD_ANCHOR.finditer(text):
        s, e = anchor.span()
        start, limit = s, max(0, s - _LONGEST_PREFIX)
        while start > limit and text[start - 1].isalpha():
            start -= 1
        if start and text[start - 1].isalpha():
            continue  # inside a longer word ("Wednesday", "holiday")
        end = _WORD_AROUND.match(text, e).end()
        word = text[start:end].lower()
        if word == "ago":
            m = next((m for m in _AGO.finditer(text, max(0, s - 32), min(len(text), e + 1)) if m.end() == e), None)
            if m and m.start() not in seen:
                seen.add(m.start())
                n = m.group("n").lower()
                found.append(_Candidate(m.start(), m.end(),
                                        ago=(m.group("unit").lower(), int(n) if n.isdigit() else _COUNTS[n])))
            continue
        if word in _RELATIVE and (start == 0 or text[start - 1] != "-") and text[end:end + 1] != "-" and (
                text[start].islower() or _is_sentence_start(text, start)):
            found.append(_Candidate(start, end, relative=_RELATIVE[word]))
            continue
        pattern = _PHRASES_WITH.get(word)
        if pattern is None:
            continue
        for m in pattern.finditer(text, max(0, start - 24), min(len(text), end + 10)):
            if m.start() <= start and m.end() >= end and m.start() not in seen and _relative_ok(text, m):
                seen.add(m.start())
                key = re.sub(r"\s+", " ", m.group("phrase").lower())
                found.append(_Candidate(m.start(), m.end(), relative=_RELATIVE[key]))


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    _name_candidates(text, found)
    _digit_candidates(text, found)
    _word_candidates(text, found)
    return _settle(found)


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


# --------------------------------------------------------------------------- resolution


def _tense(document: Document, start: int, end: int) -> Optional[str]:
    """``future``, ``past``, ``either`` or ``None`` for the clause around ``[start, end)``: the nearest
    tense cue before the date in its clause, else the nearest one after it."""
    text = document.text
    s_start, s_end = document.segments.sentence_at(start)
    if s_end <= s_start:
        s_start, s_end = max(0, start - 200), min(len(text), end + 200)
    before = text[s_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    after = text[end:s_end]
    brk = _CLAUSE_BREAK.search(after)
    if brk:
        after = after[:brk.start()]
    cues = list(_CUE_RE.finditer(before))
    if cues:
        return _cue_tense(before, cues[-1])
    for m in _CUE_RE.finditer(after):
        return _cue_tense(after, m)
    return None


def _cue_tense(text: str, m: "re.Match[str]") -> Optional[str]:
    """The tense a cue gives; a future seen from the past ("was expected to", "was scheduled to")
    says nothing about which side of the document date the date lies, so it gives ``either``."""
    tense = _CUES.get(m.group(1).lower(), "past")
    if tense == "future" and re.search(r"\b(?:was|were|had been)\s+$", text[max(0, m.start() - 12):m.start()]):
        return "either"
    return tense


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
    return min(candidates, key=lambda y: (abs((y - ref.year) * 12 + month - ref.month), y > ref.year))


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


def _resolve(document: Document, cands: list[_Candidate], ref: Optional[dt.date]) -> list[DateMention]:
    text = document.text
    out: list[DateMention] = []
    for i, c in enumerate(cands):
        relative = (c.rel_weekday is not None or c.relative is not None or c.ago is not None
                    or c.year_offset is not None or c.rel_month not in (None, "that"))
        try:
            value, weekday_ok = _value(document, cands, i, out, ref)
        except (ValueError, OverflowError):  # arithmetic beyond the calendar (year 0, 10000)
            value, weekday_ok = None, None
        out.append(DateMention(c.start, c.end, text[c.start:c.end], value=value, relative=relative,
                               weekday=c.weekday, weekday_ok=weekday_ok))
    return out


def _value(document: Document, cands: list[_Candidate], i: int, out: list[DateMention],
           ref: Optional[dt.date]) -> tuple[Optional[str], Optional[bool]]:
    """The value of candidate ``i`` and whether its stated weekday fits; ``out`` holds the
    mentions resolved before it (anchors for "the following month")."""
    c = cands[i]
    if c.day is not None and c.month is not None:
        year = c.year
        if year is None and ref is not None:
            year = _nearest_year(ref, c.month, c.day)
            if c.weekday:
                year = _year_for_weekday(ref, c.month, c.day, c.weekday, year)
        value = f"{year:04d}-{c.month:02d}-{c.day:02d}" if year else f"XXXX-{c.month:02d}-{c.day:02d}"
        weekday_ok = None
        if c.weekday and year and _valid(year, c.month, c.day):
            weekday_ok = dt.date(year, c.month, c.day).isoweekday() == _WEEKDAYS[c.weekday.lower()]
        return value, weekday_ok
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
        return (f"{year:04d}-{c.month:02d}" if year else f"XXXX-{c.month:02d}"), None
    if c.year is not None:
        return f"{c.year:04d}", None
    if c.decade is not None:
        return f"{c.decade:03d}X", None
    if c.rel_weekday is not None:
        if ref is None:
            return None, None
        rel, weekday = c.rel_weekday
        tense = None if rel else _tense(document, c.start, c.end)
        return _weekday_date(ref, weekday, rel, tense).isoformat(), None
    if c.relative is not None:
        unit, offset, anchor = c.relative
        base = None
        if anchor == "doc" and ref is not None:
            base = ref.isoformat()
        elif anchor == "previous":
            base = next((m.value for m in _recent(out, c.start) if _precise_enough(m.value, unit)), None)
        value = _relative_value(base, unit, offset) if base is not None else None
        if anchor == "doc" and unit == "day" and offset == 0 and i + 1 < len(cands):
            value = _apposition(document.text, c, cands[i + 1], value, ref)
        return value, None
    if c.ago is not None:
        base = _sentence_anchor(document, c, out) or (ref.isoformat() if ref else None)
        return (_ago_value(base, *c.ago) if base is not None else None), None
    return None, None


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


def _recent(out: list[DateMention], start: int) -> Iterator[DateMention]:
    """Mentions with a value before ``start``, nearest first, within the few paragraphs an
    anaphoric date ("the following month", "that March") can reach back."""
    for m in reversed(out):
        if start - m.end > ANAPHORA_REACH:
            return
        if m.value:
            yield m


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


def _apposition(text: str, c: _Candidate, nxt: _Candidate, value: Optional[str],
                ref: Optional[dt.date]) -> Optional[str]:
    """ "this morning 16th August", "today, July 12": the explicit date that follows fixes the day."""
    if nxt.day is None or nxt.month is None or text[c.end:nxt.start].strip(" ,\u00a0\t") != "":
        return value
    year = nxt.year or (_nearest_year(ref, nxt.month, nxt.day) if ref else None)
    return f"{year:04d}-{nxt.month:02d}-{nxt.day:02d}" if year else value


def _sentence_anchor(document: Document, c: _Candidate, out: list[DateMention]) -> Optional[str]:
    """The last non-relative date with a month named earlier in the same sentence, if any."""
    s_start, _ = document.segments.sentence_at(c.start)
    for m in reversed(out):
        if m.start < s_start:
            break
        if not m.relative and m.value and len(m.value) >= 7 and not m.value.startswith("XXXX"):
            return m.value
    return None


def _ago_value(base: str, unit: str, count: int) -> Optional[str]:
    """ "two days ago" → a day; "a year ago" → a month; "three decades ago" → a year."""
    if unit in ("day", "week"):
        if len(base) < 10:
            return None
        days = count * (7 if unit == "week" else 1)
        return (dt.date.fromisoformat(base) - dt.timedelta(days=days)).isoformat()
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    moved = dt.date(int(base[:4]), int(base[5:7]) if len(base) >= 7 else 1, 1) - relativedelta(months=months)
    return str(moved.year) if unit == "decade" else moved.isoformat()[:7]


# --------------------------------------------------------------------------- document date


def _full_date(c: _Candidate) -> Optional[dt.date]:
    if c.year and c.month and c.day and _valid(c.year, c.month, c.day):
        return dt.date(c.year, c.month, c.day)
    return None


def infer_document_date(text: str) -> Optional[str]:
    """The publication date a text states about itself, as ISO ``YYYY-MM-DD``, or ``None``.

    Accepted: a full date in the first 400 characters that stands on a short line
    ("December 13, 2004", "Updated: November 11, 2011 20:09 IST"), follows a label
    ("Posted: 04 / 9 / 2012") or opens a dateline ("WASHINGTON, July 12, 2022 —"); else a full date after a colon that ends a line in the
    last 400 characters ("Published: Nov. 17, 2004"). A date inside running prose is not taken:
    it is more often the date of an event than of the article.
    """
    return _stated_date(text, _candidates(text))


def _stated_date(text: str, cands: list[_Candidate]) -> Optional[str]:
    tail_start = len(text) - 400
    for c in cands:
        if c.start >= 400:
            break
        date = _full_date(c)
        if date is None:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        label = text[max(0, c.start - 3):c.start].rstrip().endswith(":")
        if line_end - line_start <= 60 or label or _DATELINE_DASH.match(text, c.end):
            return date.isoformat()
    for c in reversed(cands):
        if c.start < tail_start:
            break
        date = _full_date(c)
        if date is None:
            continue
        before = text[max(0, c.start - 3):c.start].rstrip()
        rest = text[c.end:c.end + 2]
        if before.endswith(":") and (not rest or rest[:1] in "\r\n" or rest == " \n"):
            return date.isoformat()
    return None


def _document_date(document: Document, cands: list[_Candidate]) -> Optional[dt.date]:
    """``document.date`` when set, else the date the text states about itself."""
    value = document.date or _stated_date(document.text, cands)
    if value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------- public


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
