"""The words around a span that make it a date or not: "in May" against "Theresa May", "in 2000"
against "2000 people", "Tuesday night" against "Super Tuesday"."""

from __future__ import annotations

import re
from typing import Optional

from .words import _CONTEXT, _MONTHS, _NAME_WORDS, _PREPS, _YEAR_NOUNS

_CLAUSE_END = re.compile(r"[.!?;:,()\"“”\n]")
_WORD_BEFORE = re.compile(r"([\w’'-]+)[^\w\n]{0,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{0,3}([\w’'-]+)")


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
    when ``plurals``, any lower-case plural not listed as a year noun ("1999 dollars"); not after
    a comma or a full stop ("In 2009, people said": the noun opens the next phrase)."""
    if text[end:end + 1] not in (" ", "\t", "\u00a0"):
        return False
    word = _word_after(text, end)
    if not word or not word[:1].islower():
        return False
    role = _YEAR_NOUNS.get(word.lower())
    if role:
        return role == "count"
    return plurals and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_WORDS = re.compile(r"[\w’'-]+")
_YEAR_LIST_BEFORE = re.compile(r"\d{4}[ \t\u00a0]*(?:and|or|to|through|[-–])[ \t\u00a0]*$")


_COMPARED_BEFORE = re.compile(r"(?<![\w’'])(?:compared|comparable)[ \t\u00a0]+(?:with|to)[ \t\u00a0]+$")
#: a verb in the singular after a bare number: the number is a year, not a count ("2005 will see")
_SINGULAR_VERB_AFTER = re.compile(
    r"[ \t\u00a0]+(?:will|was|is|has|had|should|could|would|offers|saw|sees|brings|brought|promises|marks|marked)(?![\w’'])")
#: a capitalised word right before a number, in running text: a name's number ("Football Manager 2005")
_NAME_BEFORE = re.compile(r"[a-z,;][ \t\u00a0]+[A-Z][\w-]*[ \t\u00a0]+$")
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z](?:['’]s|s['’])[ \t\u00a0]+$")
_LOWER_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z][a-z-]*)(?![\w’'])")


def _singular_noun_after(text: str, end: int) -> bool:
    """The word after ``end`` is a lower-case word not ending in "s" nor a collective count noun
    ("staff"), or a year noun such as "elections": after a number above one, a noun in the
    singular makes the number no count."""
    m = _LOWER_WORD_AFTER.match(text, end)
    if not m:
        return False
    word = m.group(1)
    role = _YEAR_NOUNS.get(word)
    return role == "date" or not word.endswith("s") and role != "count"


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
    if text[end:end + 1] == " " and _YEAR_NOUNS.get(_word_after(text, end)) == "date":
        return True  # "said 1990 earnings will rise", "the 2016 elections": a noun a year dates
    if "compar" in text[max(0, start - 24):start] and _COMPARED_BEFORE.search(text, max(0, start - 24), start):
        return True  # "compared with 2003"
    if _SINGULAR_VERB_AFTER.match(text, end) and not _NAME_BEFORE.search(before):
        return True  # "2005 will see", "2004 was the worst year" (a count takes a plural); not "Expo 2009 was"
    if _POSSESSIVE_BEFORE.search(before) and _singular_noun_after(text, end):
        return True  # "Gore's 2000 ticket": a count would take a plural ("the firm's 2000 workers")
    prev = before.rstrip(" \t\u00a0")
    if prev.endswith(":"):
        return True  # "Year of Last Execution: 1960"
    if prev.endswith((",", "(")) and text[end:end + 1] in ("", ",", ".", ";", ":", ")", "\n"):
        return True  # "(Acker and Lanier, 1993)"
    return _is_sentence_start(text, start) and not _count_noun_after(text, end)


#: before a month: another month and a comma or "and" ("in June, August and September")
_MONTH_LIST_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,8})(?:,|[ \t\u00a0]+(?:and|or))[ \t\u00a0]+$")


def _month_alone_ok(text: str, start: int, end: int, name: str) -> bool:
    kind = _MONTHS[name.lower()][1]
    if kind == "abbr" or name.isupper():
        return False  # "Dec" and "DEC" alone are more often a name than a month
    listed = _MONTH_LIST_BEFORE.search(text, max(0, start - 16), start) if (
        text[start - 2:start] == ", " or text.endswith((" and ", " or "), 0, start)) else None
    if listed and _MONTHS.get(listed.group(1).lower(), (0, "abbr"))[1] == "full" and kind != "ambiguous":
        return True  # the next month of a list: "in June, August, September and November"
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
    words = _words_before(text, start, 2)
    before = words[0] if words else ""
    after = _word_after(text, end)
    if (before[:1].isupper() and "before" in _NAME_WORDS.get(before.lower(), ())
            or after[:1].isupper() and "after" in _NAME_WORDS.get(after.lower(), ())):
        return False  # "Super Tuesday", "the Sunday Times", but "Tuesday night"
    if before == "on" and len(words) == 2 and words[1][:1].isupper() \
            and "on-" + text[start:end].lower() in _NAME_WORDS.get(words[1].lower(), ()):
        return False  # "the Mail on Sunday": a paper's title
    if _QUOTED_TITLE_END.match(text, end) and _QUOTED_TITLE_START.search(text, max(0, start - 40), start):
        return False  # "Fox News Sunday," in quotes: a programme's or a work's title
    return _CONTEXT.get(before.lower()) != "set"  # "every Sunday": a recurring set, not a date


#: a weekday that closes a quotation ("…Sunday," / "…Sunday”") and the quotation's opening: capitalised
#: words only from the quote mark to the weekday ("“Fox News Sunday”", "\"This Week Tuesday\""): a title
_QUOTED_TITLE_END = re.compile(r"[,.]?[\"”]")
_QUOTED_TITLE_START = re.compile(r"[\"“](?:[A-Z][\w’'&.-]*[ \t\u00a0]+){1,5}$")
