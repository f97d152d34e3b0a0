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
"""

from __future__ import annotations

import bisect
import calendar
import functools
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from dateutil.easter import easter
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
_STOPWORDS = lexicon.words("stopwords")
_PREPS = frozenset(word for word, role in _CONTEXT.items() if role == "prep")
_COUNTS: dict[str, int] = {k: int(v[0]) for k, v in lexicon.table("date_counts").items()}
_PERIODS: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_periods").items()}
_SEASONS: dict[str, str] = {k: v for k, v in _PERIODS.items() if " " not in k}
_CENTURIES: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_centuries").items()}
_NUMBER_WORDS: dict[str, tuple[int, str]] = {k: (int(v[0]), v[1]) for k, v in lexicon.table("date_number_words").items()}
_HOLIDAYS: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in lexicon.table("date_holidays").items()}


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


def _literal_hits(text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every occurrence of some literal words as ``(start, end, word)``, in text order (plain
    tuples: a named one costs a Python call per hit). ``str.find`` per word is several
    times faster than a regex alternation of the words, which the engine tries at every
    position whose letter starts one of them (common letters: "s", "f", "m" …). Words that
    share a piece are found with one scan for the piece (:data:`_SHARED_PIECES`)."""
    hits = []
    for word in _scanned(words):
        i = text.find(word)
        shared = _SHARED_PIECES.get(word)
        while i >= 0:
            if shared is None:
                hits.append((i, i + len(word), word))
            else:
                for full, offset in shared:
                    if full in words and text.startswith(full, i - offset):
                        hits.append((i - offset, i - offset + len(full), full))
            i = text.find(word, i + 1)
    hits.sort()
    return hits


#: a piece → the words it is found in, with its offset in each: one scan finds both words
#: ("mor" in "tomorrow" and "morning", "um" in "summer" and "autumn")
_SHARED_PIECES: dict[str, tuple[tuple[str, int], ...]] = {
    "mor": (("omorrow", 1), ("morning", 0)),
    "um": (("summer", 1), ("autumn", 3)),
}


@functools.lru_cache(maxsize=None)
def _scanned(words: tuple[str, ...]) -> tuple[str, ...]:
    """The strings to scan for ``words``: a shared piece in place of the words it stands for."""
    covered = {full for piece, fulls in _SHARED_PIECES.items() for full, _ in fulls
               if all(f in words for f, _ in fulls)}
    pieces = [piece for piece, fulls in _SHARED_PIECES.items() if all(f in words for f, _ in fulls)]
    return tuple(w for w in words if w not in covered) + tuple(pieces)


def _literals(words) -> tuple[str, ...]:
    return tuple(sorted(set(words)))


_SP = r"[ \t\u00a0]+"
_WD = _alternation(_WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1\d{3}|20\d{2}|2100)"

# Speed: each pass below looks for a cheap anchor (a month or weekday name, a run of digits,
# a time word) with a plain regex Python scans fast (capturing groups or case-folding would
# slow it down tenfold); the full pattern is then tried only around the anchor, with
# ``match``/``search`` bounded to a few characters.
_DIGIT_ANCHOR = re.compile(r"[0-9](?:[0-9][0-9][0-9]| ?/|-[0-9][0-9]?-[12])")


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
#: the most letters a word may have before its anchor ("yester" + "day")
_LONGEST_PREFIX = max(len(p) - len(a) for p in _RELATIVE for a in _PIECES if " " not in p and p.endswith(a))

# after a month: " 8, 2022", " 18", " 15th"
_DAY_AFTER = re.compile(rf"{_SP}(?P<day>{_DAY})(?:st|nd|rd|th)?(?![\d:])(?:,?{_SP}(?P<year>{_YEAR})(?!\d))?(?![\w-])")
# after a month: " 2020", ", 2020"
_YEAR_AFTER = re.compile(rf",?{_SP}(?P<year>{_YEAR})(?![\d\w])")
# before a month: "15 ", "16th ", "the 5th of "
_DAY_BEFORE = re.compile(
    rf"(?<![\d.,:/])(?P<day>{_DAY})(?:(?:st|nd|rd|th){_SP}day{_SP}of|(?:st|nd|rd|th)?(?:{_SP}of)?){_SP}$")
# before a date: "Friday, ", "Friday "
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?P<wd>{_WD}),?{_SP}$")
# before a weekday: "Tuesday and ", "Monday, " (then the weekday does not name the date after it:
# "Tuesday and Wednesday, December 28 and 29")
_WEEKDAY_LIST_BEFORE = re.compile(rf"(?:{_WD})(?:,?{_SP}(?:and|or)|,){_SP}$")
# after a month: " of last year"
_OF_REL_YEAR = re.compile(rf"{_SP}(?:of{_SP})?(?i:(?P<rel>last|this|next)){_SP}year(?![\w'’-])")
# before a day of a month: "the week of " (then the date names that week)
_WEEK_OF_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}week{_SP}of{_SP}$")
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SUFFIXES = ("st", "nd", "rd", "th")
# before a month: "that " (the year of the date mentioned before: "in 2008 … that March")
_THAT_BEFORE = re.compile(rf"(?<![\w-])(?i:that){_SP}$")
# before a weekday or month alone: "last ", "next ", "this "
_REL_BEFORE = re.compile(rf"(?<![\w-])(?i:(?P<rel>last|next|this|coming)){_SP}$")
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
# "2016", "1980s", "1990’s"
_YEAR_AT = re.compile(r"(?P<year>19\d{2}|20\d{2}|2100)(?P<decade>[’']?s)?(?![\w%]|[.,]\d)")
_THE_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}$")
# "a year ago", "two days ago", "three decades ago" (searched before an "ago")
_AGO = re.compile(
    rf"(?<![\w-])(?i:(?P<n>{_alternation(_COUNTS, cased=False)}|\d{{1,3}})){_SP}"
    rf"(?i:(?P<unit>day|week|month|year|decade)s?){_SP}(?:(?i:or){_SP}(?i:so){_SP})?(?i:ago)(?![\w-])"
)
# "a week later", "two days earlier": counted from the date named before (TimeML anchors them so)
_LATER = re.compile(
    rf"(?<![\w-])(?i:(?P<n>{_alternation(_COUNTS, cased=False)}|\d{{1,3}})){_SP}"
    rf"(?i:(?P<unit>day|week|month|year|decade)s?){_SP}(?i:(?P<dir>later|earlier))(?![\w-])"
)
_LATER_AFTER = re.compile(rf"s?{_SP}(?i:later|earlier)(?![\w-])")
# "Dec. 20 or 21", "Dec. 20-21": a second day of the same month
_SECOND_DAY = re.compile(rf"(?:{_SP}(?:or|and|to){_SP}|[-–])(?P<day>{_DAY})(?![\w%:]|[.,]\d)")

_CLAUSE_END = re.compile(r"[.!?;:,()\"“”\n]")
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\w\n]{0,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{0,3}([\w’'-]+)")
_CUE_RE = re.compile(r"(?<![\w’'])(" + lexicon.trie_pattern(_CUES) + r"|[a-z]{2,}ed)(?![\w’'])")
# ";", a dash, "but", "while", "when" (a set of first characters, not "\b", leads the pattern:
# the engine then skips the positions that cannot start a match)
_CLAUSE_BREAK = re.compile(r"[;—–]|[bw](?<![\w’'][bw])(?:ut|hile|hen)(?![\w’'])")
# after a dateline's date: " (Xinhua) --", " —", ", 2022 -"
_DATELINE_DASH = re.compile(r"[ \t\u00a0]*(?:\([^()\n]{1,30}\)[ \t\u00a0]*)?(?:—|–|--|-|:)(?![ \t\u00a0]*\d)")
# before a dateline's date, from the start of its line: "WASHINGTON, ", "Lagos, Nigeria, ", "NEW YORK (AP) "
_DATELINE_PLACE = re.compile(
    r"[ \t\u00a0]*(?:[A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,3},[ \t\u00a0]*){1,2}"
    r"(?:\([^()\n]{1,30}\)[ \t\u00a0]*)?$")


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
    later: Optional[tuple[str, int]] = None  # (unit, signed count): "a week later" (+1), "two days earlier" (-2)
    #: a part of a year, a holiday or a period relative to another: ("quarter", "Q3", year spec),
    #: ("season", "SU", spec), ("holiday", name, spec), ("century", "19"), ("decade_rel", offset),
    #: ("latest_quarter", mode), ("year_before",) — see :func:`_period_value`
    period: Optional[tuple] = None
    week_of: bool = False  # "the week of March 6": the ISO week of that day
    dateline: bool = False


def _month(name: str) -> int:
    return _MONTHS[name.lower()][0]


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    """The ``n`` words right before ``start`` in the same clause (nearest first), as written."""
    clause = _CLAUSE_END.split(text[max(0, start - 40):start])[-1]
    return _WORDS.findall(clause)[-1:-n - 1:-1]


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


_WORDS = re.compile(r"[\w’'-]+")
_YEAR_LIST_BEFORE = re.compile(r"\d{4}[ \t\u00a0]*(?:and|or|to|through|[-–])[ \t\u00a0]*$")


def _bare_year_ok(text: str, start: int, end: int, the: bool, decade: bool) -> bool:
    """Whether a four-digit number 1900–2100 is a year. News writes counts of a thousand and
    more with a comma ("2,016 people"), so a plain four-digit number is a year unless its
    context makes it a quantity ("about 2000", "2000 people") or a clock time ("2000 GMT")."""
    if _clock_time(text, end):
        return False
    if the or decade:
        return not _count_noun_after(text, end, plurals=False)
    before = text[max(0, start - 12):start]
    if _YEAR_LIST_BEFORE.search(before):
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
    before = _WORDS.findall(text, max(0, start - 30), start)
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


_OF_AFTER = re.compile(rf"{_SP}of(?![\w-])")


def _relative_ok(text: str, m: "re.Match[str]") -> bool:
    words = m.group("phrase").split()
    if all(w[:1].isupper() for w in words) and not (len(words) == 1 and _is_sentence_start(text, m.start())):
        return False  # a title: ABC's "This Week", "Last Night of the Proms"
    phrase = m.group("phrase").lower()
    if phrase == "the weekend" and _OF_AFTER.match(text, m.end()):
        return False  # "the weekend of March 6": that day's, not one counted from the document date
    if phrase.startswith(("last ", "this ")) and _word_before(text, m.start()) in ("the", "within", "past"):
        return False  # "within the last month", "the last year": a duration
    return True


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


def _month_candidate(text: str, s: int, e: int, name: str, found: list[_Candidate]) -> None:
    """A date anchored on the month name ``name`` at ``[s, e)``: with its day, its year, a
    relative year ("February this year"), or alone when the context makes it a date."""
    month = _month(name)
    day = _DAY_AFTER.match(text, e)
    before = _DAY_BEFORE.search(text, max(0, s - 16), s) if not day else None
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
    elif _month_alone_ok(text, s, e, name):
        found.append(_Candidate(s, e, month=month))


def _digit_candidates(text: str, found: list[_Candidate]) -> None:
    """ISO and numeric dates, bare years and decades, anchored on digits."""
    for anchor in _DIGIT_ANCHOR.finditer(text):
        s = anchor.start()
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
    rf"(?<![\w-])(?:(?P<day1>{_DAY})(?:st|nd|rd|th)?{_SP}(?:of{_SP})?)?"
    rf"(?P<month>{'|'.join(sorted((m for m, (_, kind) in _MONTHS.items() if kind != 'abbr'), key=len, reverse=True))})"
    rf"(?:{_SP}(?P<day2>{_DAY})(?:st|nd|rd|th)?,?)?{_SP}$")


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


def _words_before_in_phrases() -> dict[str, frozenset[str]]:
    """For each word of a multi-word relative phrase, the words right before it in those phrases
    ("year" → "last", "this", "the" …): a hit whose word before is none of them is no phrase,
    and the phrase patterns need not be tried around it (which is what costs time)."""
    before: dict[str, set[str]] = {}
    for phrase in _RELATIVE:
        words = phrase.split()
        for i, word in enumerate(words[1:], 1):
            before.setdefault(word, set()).add(words[i - 1])
        if len(words) > 1:
            before.setdefault(words[0], set()).add("")  # the phrase starts with it: always try
    return {word: frozenset(prev) for word, prev in before.items()}


_PHRASE_PREV = _words_before_in_phrases()
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t\u00a0]+$")
_WORD_AROUND = re.compile(r"[A-Za-z]*")


def _word_candidates(text: str, found: list[_Candidate]) -> None:
    """Relative phrases and "N units ago", anchored on a time word ("day", "month", "ago" …)."""
    seen: set[int] = set()
    for s, e, piece in _literal_hits(text, _WORD_ANCHOR_WORDS):
        if piece in _LATER_UNITS and _LATER_AFTER.match(text, e) and _later(text, s, found):
            continue
        if piece not in _PIECES:
            if piece == "teen ":
                start = max(0, s - 4)
                if text.startswith(("nine", "eigh"), start) and (
                        not start or not (text[start - 1].isalnum() or text[start - 1] == "-")):
                    _spelled_word(text, start, found)
            else:
                _period_word(text, s, e, piece, found)
            continue
        if piece == "year":
            after = _YEAR_PERIOD_AFTER.match(text, e)
            fiscal = _FISCAL_YEAR_BEFORE.search(text, max(0, s - 24), s) if text.find("fiscal", s - 8, s) >= 0 else None
            if fiscal and not text[e:e + 1].isalpha():
                offset = _FISCAL_OFFSETS[fiscal.group("rel").split()[-1].lower()]
                found.append(_Candidate(fiscal.start(), e, relative=("year", offset, "doc")))
            elif text.startswith(" two thousand", e):
                _spelled_word(text, e + 1, found)
            elif after:
                _period_word(text, s, after.end(), "year" + after.group().replace("’", "'").replace("\u00a0", " ")
                             .replace("\t", " "), found)
        start, limit = s, max(0, s - _LONGEST_PREFIX)
        while start > limit and text[start - 1].isalpha():
            start -= 1
        if start and text[start - 1].isalpha():
            continue  # inside a longer word ("Wednesday", "holiday")
        end = _WORD_AROUND.match(text, e).end()
        word = text[start:end].lower()
        if word == "ago":
            m = next((m for m in _AGO.finditer(text, max(0, s - 40), min(len(text), e + 1)) if m.end() == e), None)
            if m and m.start() not in seen:
                seen.add(m.start())
                n = m.group("n").lower()
                found.append(_Candidate(m.start(), m.end(),
                                        ago=(m.group("unit").lower(), int(n) if n.isdigit() else _COUNTS[n])))
            continue
        if word in _RELATIVE and (start == 0 or text[start - 1] != "-") and text[end:end + 1] != "-" and (
                text[start].islower() or _is_sentence_start(text, start)) and not (
                word in _GENERIC_AFTER_OF and _generic_of(text, start, end)):
            found.append(_Candidate(start, end, relative=_RELATIVE[word]))
            continue
        pattern = _PHRASES_WITH.get(word)
        if pattern is None:
            continue
        allowed = _PHRASE_PREV[word]
        if "" not in allowed:
            prev = _PREV_WORD.search(text, max(0, start - 12), start)
            if not prev or prev.group(1).lower() not in allowed:
                continue
        for m in pattern.finditer(text, max(0, start - 24), min(len(text), end + 10)):
            if m.start() <= start and m.end() >= end and m.start() not in seen and _relative_ok(text, m):
                seen.add(m.start())
                key = re.sub(r"\s+", " ", m.group("phrase").lower())
                found.append(_Candidate(m.start(), m.end(), relative=_RELATIVE[key]))


_LATER_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_GENERIC_AFTER_OF = frozenset({"today", "tomorrow"})
_OF_BEFORE = re.compile(rf"(?<![\w’'-])(?P<lead>[\w’'-]+){_SP}of{_SP}$")


def _generic_of(text: str, start: int, end: int) -> bool:
    """ "the children of today", "the cities of tomorrow": an age, not a day; but "as of today",
    "because of today's ruling" (a possessive names a day's own thing) are days."""
    m = _OF_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and m.group("lead").lower() not in ("as", "because", "instead") \
        and text[end:end + 2] not in ("'s", "’s")


def _later(text: str, s: int, found: list[_Candidate]) -> bool:
    """ "a week later", "two days earlier" around the unit word at ``s``; not "a year earlier" (a
    comparison with the year before, read by :func:`_period_word`) nor "two days later than planned"."""
    m = next((m for m in _LATER.finditer(text, max(0, s - 24), min(len(text), s + 20))
              if m.start("unit") == s), None)
    if m is None or _word_after(text, m.end()).lower() == "than":
        return False
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _COUNTS[n]
    unit = m.group("unit").lower()
    earlier = m.group("dir").lower() == "earlier"
    if earlier and unit == "year" and count == 1:
        return False
    found.append(_Candidate(m.start(), m.end(), later=(unit, -count if earlier else count)))
    return True


# --------------------------------------------------------------------------- years in words


def _words_of(kind: str) -> str:
    return "|".join(w for w, (_, k) in _NUMBER_WORDS.items() if k == kind)


# "nineteen ninety-six", "nineteen oh five", "twenty twelve", "two thousand (and) one"
_SPELLED_YEAR = (
    rf"(?:(?P<century>(?i:eighteen|nineteen|twenty))[ -](?:(?P<teen>(?i:{_words_of('teen')}))"
    rf"|(?P<tens>(?i:{_words_of('tens')}))(?:[- ](?P<unit>(?i:{_words_of('unit')})))?"
    rf"|(?i:oh|o)[- ](?P<ounit>(?i:{_words_of('unit')})))"
    rf"|(?i:two){_SP}(?i:thousand)(?:(?:{_SP}(?i:and))?{_SP}(?P<k>(?i:{_words_of('unit')}|{_words_of('teen')})))?)"
    r"(?![\w-])")
_SPELLED_AT = re.compile(rf"(?<![\w-]){_SPELLED_YEAR}")
_SPELLED_AFTER = re.compile(rf",?{_SP}{_SPELLED_YEAR}")
#: the words a year in words starts with ("nineteen ninety"), capitalised when it opens a sentence
_SPELLED_STARTS = ("eighteen", "nineteen")
_THE_YEAR_BEFORE = re.compile(rf"(?<![\w-])(?i:the){_SP}(?i:year){_SP}$")


def _spelled_value(m: "re.Match[str]") -> int:
    """The year a match of ``_SPELLED_YEAR`` spells."""
    def n(group: str) -> int:
        return _NUMBER_WORDS[m.group(group).lower()][0] if m.group(group) else 0
    if m.group("century"):
        return n("century") * 100 + n("teen") + n("tens") + n("unit") + n("ounit")
    return 2000 + n("k")


def _spelled_word(text: str, s: int, found: list[_Candidate]) -> None:
    """A year written out from ``s``, as broadcast transcripts have them: "in nineteen seventy-nine",
    "the year two thousand"; "two thousand" alone only after "the year" (it is more often a count)."""
    m = _SPELLED_AT.match(text, s)
    if not m:
        return
    the_year = _THE_YEAR_BEFORE.search(text, max(0, s - 10), s)
    if m.group("century") is None and not the_year:
        return
    if m.group("century") and not (m.group("teen") or m.group("tens") or m.group("ounit")):
        return
    found.append(_Candidate(the_year.start() if the_year else s, m.end(), year=_spelled_value(m)))


# --------------------------------------------------------------------------- parts of a year

_QUARTER_WORDS = "|".join(re.escape(k.split()[0]) for k in _PERIODS if k.endswith(" quarter"))
_PERIOD_MODS = ("latest|current|recent|fiscal|comparable|corresponding|same|year-ago|year-earlier|"
                "year-before|flat|weak|strong|slow|seasonally slow|traditionally slow|busy|final")
# ending at "quarter", "half" or "period": "the fiscal first quarter", "this year's third quarter",
# "the 1988 period", "the year-ago quarter", "third-quarter"
_QUARTER_BEFORE = re.compile(
    rf"(?:(?P<det>(?i:the|its|this|that|their|a|an)){_SP})?"
    rf"(?:(?P<poss>(?i:this|last|next)){_SP}year['’]s{_SP})?"
    rf"(?P<mods>(?:(?i:{_PERIOD_MODS})(?:{_SP}|-))*)"
    rf"(?:(?P<year>(?:19|20)\d\d){_SP})?"
    rf"(?:(?P<fiscal>(?i:fiscal))(?:{_SP}|-))?"
    rf"(?:(?P<ord>(?i:{_QUARTER_WORDS}|last))(?:{_SP}|-))?$")
# after "quarter": " of 1990", " of this year", " last year", " a year ago"
_QUARTER_AFTER = re.compile(
    rf"{_SP}(?:of{_SP}(?P<year>(?:19|20)\d\d)(?!\d)|(?:of{_SP})?(?P<rel>(?i:this|last|next)){_SP}year(?![\w'’-])"
    rf"|(?P<ago>(?i:a|one){_SP}year{_SP}(?:ago|earlier|before)))")
#: the nouns of parts of a year, centuries and decades (the anchors of :func:`_period_word`)
_PERIOD_NOUNS = ("quarter", "half", "period", "century", "decade", *_SEASONS)
# after "year": "-ago", "-earlier", "-end", " earlier", " end", "'s end"
_FISCAL_BEFORE = re.compile(rf"(?<![\w-])(?i:fiscal)(?:{_SP}(?i:year))?{_SP}$")
# before "year": "the current fiscal ", "last fiscal ", "the latest fiscal "
_FISCAL_YEAR_BEFORE = re.compile(
    rf"(?<![\w-])(?P<rel>(?i:the{_SP}current|this|the{_SP}latest|last|the{_SP}last|the{_SP}previous|the{_SP}past"
    rf"|next|the{_SP}next|the{_SP}coming)){_SP}(?i:fiscal){_SP}$")
_FISCAL_OFFSETS = {"current": 0, "this": 0, "latest": -1, "last": -1, "previous": -1, "past": -1, "next": 1,
                   "coming": 1}
_HALF_OF_BEFORE = re.compile(rf"half{_SP}of{_SP}$")
_YEAR_PERIOD_AFTER = re.compile(r"-(?:ago|earlier|end)|[ \t\u00a0](?:earlier|end)|['’]s[ \t\u00a0]end")
#: the word before "quarter", "half" or "period" in a date ("the", "third", "year-ago", "1988", "year's")
_PERIOD_LEADS = frozenset(
    "the its this that their a an fiscal latest current recent comparable corresponding same year-ago year-earlier "
    "year-before flat weak strong slow busy final last first second third fourth 1st 2nd 3rd 4th".split())
_LEAD_WORD = re.compile(r"([\w'’-]+?)(?:-|[ \t\u00a0]+)$")
_SEASON_BEFORE = re.compile(
    rf"(?:(?P<rel>(?i:the|this|last|next|that|this past|past|coming|early|late|mid|the early|the late"
    rf"|this coming|last|the coming)){_SP}|(?P<mid>(?i:mid|early|late)-))?$")
_SEASON_OF_YEAR = re.compile(rf"(?:{_SP}of)?{_SP}(?P<year>(?:19|20)\d\d)(?![\d\w])")
_CENTURY_BEFORE = re.compile(
    rf"(?:(?P<det>(?i:the)){_SP})?(?:(?P<ord>(?i:{'|'.join(re.escape(k) for k in _CENTURIES)}))|(?P<rel>(?i:this|last|next|past)))"
    rf"(?:{_SP}|-)$")
_DECADE_BEFORE = re.compile(rf"(?:(?i:the)){_SP}(?P<rel>(?i:last|past|next|this|previous)){_SP}$")
_A_BEFORE = re.compile(rf"(?<![\w-])(?i:a|one){_SP}$")
_YEAR_END_BEFORE = re.compile(rf"(?<![\w-])(?:(?i:by|at|around|before|until|since|the|after|near|toward|towards)){_SP}$")


def _period_word(text: str, s: int, e: int, word: str, found: list[_Candidate]) -> None:
    """Quarters, halves, seasons, centuries, decades and comparisons with the year before, from
    the noun at ``[s, e)`` (``word``, lower case: "quarter", "summer", "century", "year-earlier" …)."""
    if s and (text[s - 1].isalpha() or text[s - 1] in "'’") or e < len(text) and text[e].isalpha():
        return
    if word in ("quarter", "half", "period"):
        lead = _LEAD_WORD.search(text, max(0, s - 16), s)
        lead_word = lead.group(1).lower() if lead else ""
        if lead_word in _PERIOD_LEADS or lead_word.rsplit("-", 1)[-1] in _PERIOD_LEADS or lead_word.endswith(("'s", "’s")) or _YEAR_AT.fullmatch(lead_word):
            _quarter(text, s, e, word, found)
    elif word in _SEASONS:
        _season(text, s, e, word, found)
    elif word == "century":
        m = _CENTURY_BEFORE.search(text, max(0, s - 24), s)
        if m and (m.group("ord") or m.group("det") or m.group("rel").lower() == "this"):
            if m.group("ord"):
                found.append(_Candidate(m.start(), e, period=("century", _CENTURIES[m.group("ord").lower()])))
            else:
                found.append(_Candidate(m.start(), e, period=("century_rel", m.group("rel").lower())))
    elif word == "decade":
        m = _DECADE_BEFORE.search(text, max(0, s - 16), s)
        if m:
            offset = {"this": 0, "next": 1}.get(m.group("rel").lower(), -1)
            found.append(_Candidate(m.start(), e, period=("decade_rel", offset)))
    elif word.endswith("end"):
        if _YEAR_END_BEFORE.search(text, max(0, s - 10), s) and text[e:e + 1] != "-":
            found.append(_Candidate(s, e, relative=("year", 0, "doc")))
    else:  # "year-ago", "year-earlier", "a year earlier"
        if word in ("year ago", "year before") or text[e:e + 1] == "-":
            return  # "a year ago" is an "ago" expression; "year before" needs "a"
        start = s
        if word.startswith("year "):
            pre = _A_BEFORE.search(text, max(0, s - 5), s)
            if not pre:
                return
            start = pre.start()
        found.append(_Candidate(start, e, period=("year_before",)))


def _quarter(text: str, s: int, e: int, noun: str, found: list[_Candidate]) -> None:
    """ "the third quarter", "third-quarter", "the fiscal first quarter", "the quarter",
    "the latest period", "the first half of 1990" (see :func:`_period_value`)."""
    m = _QUARTER_BEFORE.search(text, max(0, s - 70), s)
    if not m:
        return
    start = m.start() if m.group() else s
    ordinal = (m.group("ord") or "").lower()
    mods = {w.lower() for w in re.findall(rf"(?i:{_PERIOD_MODS})", m.group("mods") or "")}
    after = _QUARTER_AFTER.match(text, e)
    year = int(m.group("year")) if m.group("year") else None
    if after and after.group("year"):
        year = int(after.group("year"))
    offset = 0
    if m.group("poss"):
        offset = _YEAR_OFFSETS[m.group("poss").lower()]
    elif after and after.group("rel"):
        offset = _YEAR_OFFSETS[after.group("rel").lower()]
    if mods & {"year-ago", "year-earlier", "year-before"} or after and after.group("ago"):
        offset -= 1
    end = after.end() if after else e
    if ordinal == "last" and noun != "half":
        ordinal = ""
        mods.add("latest")
    if not after and re.match(rf"{_SP}of{_SP}(?!the{_SP}year)[^\W\d]|-(?:century|mile|inch|point|hour|final)",
                              text[e:e + 14]):
        return  # "a quarter of the vote", "the first half of the game", "quarter-century"
    code = _PERIODS.get(f"{ordinal} {noun}") if ordinal else None
    has_year = year is not None or m.group("poss") or after and (after.group("rel") or after.group("year"))
    if noun == "half":
        if code and has_year:
            found.append(_Candidate(start, end, period=("quarter", code, year, offset, "half")))
        return
    if code:
        found.append(_Candidate(start, end, period=("quarter", code, year, offset, noun)))
        return
    det = (m.group("det") or "").lower()
    if noun == "period" and not (mods & {"latest", "year-ago", "year-earlier", "comparable", "corresponding",
                                         "same", "year-before"} or year):
        return
    if noun == "quarter" and not (det in ("the", "this", "that", "its", "their") or mods or year or m.group("poss")):
        return
    if det in ("a", "an") and not (mods or year):
        return
    mode = "current" if "current" in mods else "latest"
    found.append(_Candidate(start, end, period=("latest_quarter", mode, year, offset, noun)))


def _season(text: str, s: int, e: int, word: str, found: list[_Candidate]) -> None:
    """ "last summer", "this fall", "the winter of 1994", "in the spring": a season, told from the
    verb "fall" and the noun "spring" (water) by a determiner or a year next to it."""
    if text[s:s + 1].isupper() and not _is_sentence_start(text, s):
        return  # "Arab Spring", "Operation Summer Rain"
    before = _SEASON_BEFORE.search(text, max(0, s - 20), s)
    rel = (before.group("rel") or "").lower() if before else ""
    of_year = _SEASON_OF_YEAR.match(text, e)
    prep = _word_before(text, s) in _PREPS
    if not (rel or of_year or prep) or text[e:e + 1] == "-":
        return
    if not of_year and re.match(rf"{_SP}of(?![\w-])", text[e:e + 4]):
        return  # "the fall of the Berlin Wall"
    if not rel and not of_year and word in ("fall", "spring"):
        return  # "in spring water", "from fall" read as a verb
    spec: object = int(of_year.group("year")) if of_year else rel.replace("the ", "").replace("early", "").strip()
    start = before.start() if before and before.group() else s
    found.append(_Candidate(start, of_year.end() if of_year else e, period=("season", _SEASONS[word], spec)))


def _holiday_forms() -> dict[str, str]:
    """Each holiday as news writes it ("Thanksgiving Day", "Fourth of July", "Easter week" or
    "Easter Week", with a straight or curly apostrophe) → its key in ``date_holidays.tsv``."""
    forms = {}
    for key in _HOLIDAYS:
        words = [w if w == "of" else w[:1].upper() + w[1:] for w in key.split()]
        for variant in (words, words[:-1] + [key.split()[-1]] if len(words) > 1 else words):
            written = " ".join(variant)
            forms[written] = key
            forms[written.replace("'", "’")] = key
    return forms


_HOLIDAY_FORMS = _holiday_forms()
#: capitalised anchors (a scan over capitals is cheap: few positions start with one): months,
#: weekdays, holidays, and the words of parts of a year and of years in words opening a sentence
_NAME_ANCHOR = re.compile("(?:" + lexicon.trie_pattern(
    {f for w in (*_MONTHS, *_WEEKDAYS) for f in (w[:1].upper() + w[1:], w.upper())} | set(_HOLIDAY_FORMS)
    | {w[:1].upper() + w[1:] for w in (*_PERIOD_NOUNS, *_SPELLED_STARTS, "year-ago", "year-earlier", "year-end")}
) + r")(?![\w-])")
#: lower-case anchors, found with ``str.find`` (each word costs a scan, so the fewest): the
#: relative-date pieces ("day", "ago" …), the nouns of parts of a year but "half" (found from
#: the year after it: "the first half of 1990", as are months in lower case: "june 4th 1996"),
#: and "teen " for years in words ("nineteen ninety")
_WORD_ANCHOR_WORDS = _literals((*_PIECES, *(n for n in _PERIOD_NOUNS if n != "half"), "teen "))
#: words after a one-word holiday that keep it a day ("Christmas morning")
_HOLIDAY_TIMES = frozenset({"morning", "afternoon", "evening", "night", "day", "eve", "week", "weekend"})


def _holiday(text: str, s: int, e: int, form: str, found: list[_Candidate]) -> None:
    """A holiday by name at ``[s, e)`` ("Thanksgiving Day", "Election Day", "Easter week"), with an
    optional year; a one-word name needs a date word before it and no noun after it."""
    if s and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
        return
    canonical = _HOLIDAY_FORMS[form]
    after = _word_after(text, e)
    if " " not in canonical and (not _date_context(text, s) or after[:1].islower() and text[e:e + 1] == " "
                                 and after not in _HOLIDAY_TIMES and _CONTEXT.get(after) != "prep"):
        return  # "Christmas shopping", "and Easter eggs": a modifier, not a day
    year_m = _SEASON_OF_YEAR.match(text, e)
    rel = _REL_BEFORE.search(text, max(0, s - 10), s)
    start = rel.start() if rel else s
    spec: object = int(year_m.group("year")) if year_m else (rel.group("rel").lower() if rel else "")
    found.append(_Candidate(start, year_m.end() if year_m else e, period=("holiday", canonical, spec)))


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


def _reporting_forms() -> frozenset[str]:
    """The forms of the reporting verbs ("said", "announced", "tells"), which date the report and
    say nothing of when the reported event happens: "said the vote is in May"."""
    forms = {"said", "says", "told", "tells", "wrote", "writes"}
    for verb in lexicon.words("reporting_verbs"):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {verb, verb + "s", stem + "ed", verb + "d"}
        if verb.endswith("y"):
            forms.add(verb[:-1] + "ied")
    return frozenset(forms)


_REPORTING = _reporting_forms()
# before an "-ed" word that is an adjective, not a verb: "a still unspecified", "the reduced"
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:a|an|the|its|his|her|their|our|this|that|these|those|still|newly|recently|so-called|well)\s+$",
    re.IGNORECASE)
_BE_BEFORE = re.compile(r"(?:(?P<aux>[\w’']+)\s+)?(?:(?:not|also|then|soon)\s+)?be\s+$")


#: how far (characters) before and after a date its tense cues are looked for
TENSE_REACH = 300


def _tense(document: Document, start: int, end: int) -> Optional[str]:
    """``future``, ``past``, ``either`` or ``None`` for the clause around ``[start, end)``: the nearest
    tense cue before the date in its clause, else the nearest one after it.

    A reporting verb before the date ends the look back. When a reported clause follows it ("said
    that …", "told the companies of a cutback in September"), that clause's own words date the
    date and the words before the verb date only the report; otherwise ("said Tuesday",
    "announced her resignation in February") the date is the report's own, past. With no cue, an infinitive just before the date ("to play
    Saturday") looks forward from an unknown point: ``either``. A headline in title case ("Obama
    Will Meet With Sanders On Thursday") is read lower-cased."""
    text = document.text
    s_start, s_end = document.segments.sentence_at(start)
    if s_end <= s_start:
        s_start, s_end = start - TENSE_REACH, end + TENSE_REACH
    # a clause longer than this is no clause (a list, a table, text without full stops): bounding
    # the look keeps a run of dates without sentence ends linear
    s_start, s_end = max(0, s_start, start - TENSE_REACH), min(len(text), s_end, end + TENSE_REACH)
    before = text[s_start:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    after = text[end:s_end]
    brk = _CLAUSE_BREAK.search(after)
    if brk:
        after = after[:brk.start()]
    tense = _clause_tense(before, after)
    if tense is None and s_end - s_start <= HEADLINE_LENGTH and _TITLE_WORD.search(text, s_start, s_end) \
            and _title_case(text[s_start:s_end]):
        tense = _clause_tense(before.lower(), after.lower())
    return tense


#: the longest sentence read as a possible headline in title case (characters)
HEADLINE_LENGTH = 160
#: a capitalised word that is a tense cue in lower case (worth reading a headline lower-cased for)
_TITLE_WORD = re.compile(r"(?<![\w’'])(?:Will|Would|Won['’]t|Plans?|Set|Scheduled|Expected|Next|Upcoming|Says|Said)(?![\w’'])")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*")
_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][\w’'-]{3,}")
#: a reported clause between a reporting verb and the date ("said that …", "said the vote is in May");
#: without one the verb has an object or a place ("announced her resignation in May", "said at a forum
#: Friday") and the date is the report's own
_REPORTED_CLAUSE = re.compile(
    r"(?<![\w’'])(?:that|if|whether|of|is|are|has|have|remains?|needs?|wants?|can|must|should)(?![\w’'])")
#: "to" + a verb just before the date, and the words after which "to" is a preposition, not an infinitive
_INFINITIVE = re.compile(r"(?<![\w’'])(?P<lead>[\w’'-]+)[ \t\u00a0]+to[ \t\u00a0]+(?P<verb>[a-z]{2,})(?:[ \t\u00a0]+[\w’'.,-]+){0,8}[ \t\u00a0,]*$")
_TO_PREPOSITIONS = lexicon.words("date_to_prepositions")
_FROM = re.compile(r"(?<![\w’'])[Ff]rom(?![\w’'])")


def _title_case(sentence: str) -> bool:
    """A headline's title case: no lower-case word of four letters or more, and some capitals."""
    return not _LOWER_WORD.search(sentence) and len(_CAPITALISED.findall(sentence)) >= 3


def _clause_tense(before: str, after: str) -> Optional[str]:
    """The tense of a date's clause from its text ``before`` and ``after`` the date (see :func:`_tense`)."""
    infinitive = _infinitive(before)
    for m in reversed(list(_CUE_RE.finditer(before))):
        tense = _cue_tense(before, m)
        if infinitive >= m.end():
            # "advances to play Saturday", "agreed to buy it in February": forward from an unknown point
            return "future" if tense == "future" else "either"
        if tense != "report":
            return tense
        if m.group(1).lower() in _REPORTING:
            if not _REPORTED_CLAUSE.search(before, m.end()):
                return "past"  # "said Tuesday", "announced her resignation in May": the report's day
            break
    else:
        if infinitive >= 0:
            return "either"
    for m in _CUE_RE.finditer(after):
        tense = _cue_tense(after, m)
        return "past" if tense == "report" else tense  # "In May, the mayor told reporters"
    return None


def _infinitive(before: str) -> int:
    """Where a "to" + verb that governs the date starts in ``before`` (the clause up to the date),
    or -1: "to play Saturday", "to acquire the company in January"; not "according to police"."""
    m = _INFINITIVE.search(before) if "to" in before else None  # the regex tries every word: skip it cheaply
    if m and m.group("lead").lower() not in _TO_PREPOSITIONS and m.group("verb") not in _STOPWORDS \
            and not _FROM.search(before, max(0, m.start() - 60), m.start()):  # "from tides to hail"
        return m.start("verb") - 3
    return -1


#: before a plural present verb of schedule: the auxiliary or "to" decides its tense
_AUX_BEFORE = re.compile(r"(?<![\w’'])(?:to|not|never|did|didn[’']t|do|does|would|could|should|might|may|must|can|cannot|"
                         r"will|shall|had|have|has|let|help|helped|[a-z]+n[’']t)\s+$", re.IGNORECASE)


def _cue_tense(text: str, m: "re.Match[str]") -> Optional[str]:
    """The tense a cue gives, or ``report`` for a reporting verb (no tense of its own). A future seen
    from the past ("was expected to", "was scheduled to") says nothing about which side of the
    document date the date lies, so it gives ``either``; so does "would"."""
    word = m.group(1).lower()
    if word in _REPORTING or _CUES.get(word) == "none":
        return "report"
    if word not in _CUES and _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "report"  # "a still unspecified date", "the reduced dividend": an adjective
    tense = _CUES.get(word, "past")
    if tense == "plural":
        if _AUX_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return "report"  # "did not meet", "could meet", "to meet": the word before decides
        return "future"
    if tense == "future" and re.search(r"\b(?:was|were|had been)\s+$", text[max(0, m.start() - 12):m.start()]):
        return "either"
    if tense == "past" and word not in _CUES or word in ("held", "paid", "sold", "built", "sent", "found"):
        be = _BE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if be:
            aux = (be.group("aux") or "").lower()
            if aux == "to":
                return "future"
            return _CUES.get(aux) if aux in _CUES else None
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
        relative = (c.rel_weekday is not None or c.relative is not None or c.ago is not None or c.later is not None
                    or c.year_offset is not None or c.rel_month not in (None, "that"))
        try:
            value, weekday_ok = _value(document, cands, i, out, ref)
        except (ValueError, OverflowError):  # arithmetic beyond the calendar (year 0, 10000)
            value, weekday_ok = None, None
        out.append(DateMention(c.start, c.end, text[c.start:c.end], value=value, relative=relative,
                               weekday=c.weekday, weekday_ok=weekday_ok, dateline=_is_dateline(text, c)))
    return out


def _is_dateline(text: str, c: _Candidate) -> bool:
    """Whether ``c`` is the date of a dateline: a month and day after the place that opens a line
    ("WASHINGTON, August 11 (Xinhua) --", "Lagos, Nigeria, Jan. 3, 2019 —") and before a dash."""
    if c.month is None or c.day is None:
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    if c.start - line_start > 60 or not _DATELINE_PLACE.fullmatch(text, line_start, c.start):
        return False
    first = re.match(r"[ \t\u00a0]*([\w’'-]+)", text[line_start:c.start])
    if first and first.group(1).lower() in _STOPWORDS:
        return False  # "In Paris, May 5 - 6": a sentence, not a place heading it
    return bool(_DATELINE_DASH.match(text, c.end))


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
        elif anchor == "previous":
            base = next((m.value for m in _recent(out, c.start) if _precise_enough(m.value, unit)), None)
        value = _relative_value(base, unit, offset) if base is not None else None
        if anchor == "doc" and unit == "day" and offset == 0 and i + 1 < len(cands):
            value = _apposition(document.text, c, cands[i + 1], value, ref)
        return value, None
    if c.later is not None:
        return _later_value(c.later, out, c.start), None
    if c.ago is not None:
        if c.ago == ("year", 1):
            quarter = _quarter_context(out, cands, c.start, ref)
            if quarter:
                return _shift_year(quarter, -1), None
        base = _sentence_anchor(document, c, out)
        if base is None or c.ago[0] in ("day", "week") and len(base) < 10:
            base = ref.isoformat() if ref else None  # "by May … two weeks ago": no day to count from
        return (_ago_value(base, *c.ago) if base is not None else None), None
    return None, None


_QUARTER_VALUE = re.compile(r"\d{4}-[QH]\d$")
#: how far back (characters) "a year earlier" or "the quarter" looks for the quarter it is about
QUARTER_REACH = 600
_SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _is_comparison(c: _Candidate) -> bool:
    """A quarter counted back from another ("a year ago", "the year-earlier quarter")."""
    return c.ago is not None or c.period is not None and (
        c.period[0] == "year_before" or c.period[0] in ("quarter", "latest_quarter") and c.period[3] < 0)


def _quarter_context(out: list[DateMention], cands: list[_Candidate], start: int,
                     ref: Optional[dt.date] = None) -> Optional[str]:
    """The quarter or half (``1989-Q3``) a report is about, named within a paragraph or so before
    ``start``: "net rose 5% from a year ago" after "the third quarter" compares with ``1988-Q3``.
    Of the quarters named there, the nearest of the latest year, leaving out those counted back
    from another ("the year-ago quarter": not what "a year earlier" is counted from) and, when
    ``ref`` is given, those still to come ("a fourth-quarter charge" in October)."""
    quarters = []
    for j in range(len(out) - 1, -1, -1):
        m = out[j]
        if start - m.end > QUARTER_REACH:
            break
        if m.value and _QUARTER_VALUE.match(m.value) and not _is_comparison(cands[j]) and (
                ref is None or m.value <= _last_quarter(ref) or m.value[5] == "H"):
            quarters.append(m.value)
    if not quarters:
        return None
    latest = max(q[:4] for q in quarters)
    return next(q for q in quarters if q[:4] == latest)


_ENDED_ON = re.compile(rf"{_SP}(?:that{_SP})?(?:ended|ending){_SP}(?P<month>[A-Z][a-z]{{2,8}})\.?{_SP}"
                       rf"(?P<day>{_DAY})(?!\d)(?:,?{_SP}(?P<year>{_YEAR})(?!\d))?")


def _ended_quarter(text: str, end: int, ref: dt.date) -> Optional[str]:
    """ "the quarter ended July 31": the calendar quarter that holds most of the three months
    (May–July → ``Q2``), as TimeBank reads a fiscal quarter; the end is on or before ``ref``
    unless its year is written. ``None`` when no such end follows."""
    m = _ENDED_ON.match(text, end)
    if not m or m.group("month").lower() not in _MONTHS:
        return None
    month, day = _MONTHS[m.group("month").lower()][0], int(m.group("day"))
    year = int(m.group("year")) if m.group("year") else ref.year
    if not m.group("year") and (month, day) > (ref.month, ref.day):
        year -= 1
    middle = month - 1 if day >= 15 else month - 2  # the middle month of the three
    if middle < 1:
        middle, year = middle + 12, year - 1
    return f"{year:04d}-Q{(middle - 1) // 3 + 1}"


def _last_quarter(ref: dt.date) -> str:
    """The last quarter complete on ``ref``: ``1989-Q3`` on 1989-10-26."""
    last = (ref.month - 1) // 3
    return f"{ref.year:04d}-Q{last}" if last else f"{ref.year - 1:04d}-Q4"


def _shift_year(value: str, offset: int) -> str:
    return f"{int(value[:4]) + offset:04d}{value[4:]}"


def _season_of(day: dt.date) -> int:
    return {12: 0, 1: 0, 2: 0}.get(day.month, (day.month - 3) // 3 + 1)


def _period_value(document: Document, c: _Candidate, out: list[DateMention],
                  ref: Optional[dt.date], cands: list[_Candidate]) -> Optional[str]:
    """The TIMEX3 value of a part of a year, a holiday or a comparison with the year before.

    Quarters: an ordinal quarter without a year is the last such quarter up to the document's
    own (news reports quarters that ended or are running), or the next one in a future clause;
    "the quarter", "the latest period" are the quarter named last nearby, else the last complete
    quarter; "the current quarter" the document's; "year-ago" moves a year back. Seasons: "last"
    is the year before, "this" the document's year, one alone follows the tense.
    """
    kind = c.period[0]
    if kind == "century":
        return c.period[1]
    if kind == "holiday" and ref is None and isinstance(c.period[2], str) and _HOLIDAYS[c.period[1]][0][:1].isdigit():
        return "XXXX-" + _HOLIDAYS[c.period[1]][0]  # a fixed day ("Halloween") with the year open
    if ref is None:
        return None
    if kind == "quarter":
        _, code, year, offset, _noun = c.period
        if year is None:
            n = int(code[1])
            current = (ref.month - 1) // 3 + 1 if code[0] == "Q" else (ref.month - 1) // 6 + 1
            year = ref.year
            if n > current and _tense(document, c.start, c.end) != "future" and not offset:
                year -= 1
        return f"{year + offset:04d}-{code}"
    if kind == "latest_quarter":
        _, mode, year, offset, noun = c.period
        nearby = _quarter_context(out, cands, c.start, ref)
        value = _last_quarter(ref)
        if mode == "current":
            value = f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}"
        elif nearby and nearby[:4] >= value[:4]:
            value = nearby  # not a year-ago quarter named just before: "the latest period" is this year's
        # "the quarter ended July 31" with no quarter named nearby (which it would mean, fiscal or not)
        ended = _ended_quarter(document.text, c.end, ref) if mode != "current" and not nearby else None
        if ended:
            return _shift_year(ended, offset)
        if year is not None:
            value = f"{year:04d}{value[4:]}"
        return _shift_year(value, offset)
    if kind == "year_before":
        nearby = _quarter_context(out, cands, c.start, ref)
        return _shift_year(nearby, -1) if nearby else f"{ref.year - 1:04d}"
    if kind == "season":
        _, code, spec = c.period
        if isinstance(spec, int):
            return f"{spec:04d}-{code}"
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


def _later_value(later: tuple[str, int], out: list[DateMention], start: int) -> Optional[str]:
    """ "a week later" after "March 3" → the day a week on; months and years keep their precision
    ("two years later" after "in 2015" → 2017); ``None`` when the date named last is too coarse to
    count from, or there is none."""
    unit, count = later
    if unit == "decade":
        unit, count = "year", count * 10
    need = "day" if unit == "week" else unit
    base = next((m.value for m in _recent(out, start)), None)
    if base is None or not _precise_enough(base, need):
        return None  # "in November 2003 … a week later": which day is not known
    if unit == "week":
        return _shift(base[:10], "day", 7 * count)
    return _relative_value(base, unit, count)


def _ago_value(base: str, unit: str, count: int) -> Optional[str]:
    """ "two days ago" → a day; "a year ago" → a month; "two years ago", "three decades ago" → a year."""
    if unit in ("day", "week"):
        if len(base) < 10:
            return None
        days = count * (7 if unit == "week" else 1)
        return (dt.date.fromisoformat(base) - dt.timedelta(days=days)).isoformat()
    months = count * {"month": 1, "year": 12, "decade": 120}[unit]
    moved = dt.date(int(base[:4]), int(base[5:7]) if len(base) >= 7 else 1, 1) - relativedelta(months=months)
    # "two years ago" is a year, as TimeML writes it; "a year ago" a month, as the seeds' gold has it
    return str(moved.year) if unit == "decade" or unit == "year" and count > 1 else moved.isoformat()[:7]


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
