"""The anchors of a text: the publication date it states about itself (a date line at the
top, a dateline, a "Published:" stamp at the end) and datelines, which are when the story
was filed, not a date it reports."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ... import lexicon
from ...document import Document
from .arithmetic import _valid
from .candidate import _Candidate
from .grammar import _candidates
from .words import _STOPWORDS

# after a dateline's date: " (Xinhua) --", " —", ", 2022 -"
_DATELINE_DASH = re.compile(r"[ \t\u00a0]*(?:\([^()\n]{1,30}\)[ \t\u00a0]*)?(?:—|–|--|-|:)(?![ \t\u00a0]*\d)")
# before a dateline's date, from the start of its line: "WASHINGTON, ", "Lagos, Nigeria, ", "NEW YORK (AP) "
_DATELINE_PLACE = re.compile(
    r"[ \t\u00a0]*(?:[A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,3},[ \t\u00a0]*){1,2}"
    r"(?:\([^()\n]{1,30}\)[ \t\u00a0]*)?$")


_STAMP_WORDS = "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
                        for w in sorted(lexicon.words("date_stamp_labels"), key=len, reverse=True))
#: a stamp word anywhere earlier on the line ("posted in Local News on ")
_STAMP_WORD = re.compile(rf"(?<![\w-])(?i:{_STAMP_WORDS})(?![\w-])")
#: after a stamp's date: a clock time ("11: 41am", "-3: 47pm", " at 4:31 AM", " 20:09 IST")
_STAMP_CLOCK = re.compile(
    r"[ \t\u00a0]*[-–,]?[ \t\u00a0]*(?:at[ \t\u00a0]+)?\d{1,2}[:.][ \t\u00a0]?\d\d(?!\d)"
    r"(?:[ \t\u00a0]?[AaPp]\.?[Mm]\.?(?!\w))?(?:[ \t\u00a0]+[A-Z]{2,4}(?!\w))?")
#: what ends a stamp after its date (and clock): the line's end (after a full stop), a bar, "updated …"
_STAMP_END = re.compile(
    rf"[ \t\u00a0]*(?:\.?[ \t\u00a0]*(?:\r?\n|$)|\||,?[ \t\u00a0]*(?i:{_STAMP_WORDS})(?![\w-]))")


#: the most words between a stamp word and its date ("posted in Hit and Run Accidents on")
STAMP_WORDS_BETWEEN = 6


def _is_stamp(text: str, c: _Candidate, line_start: int) -> bool:
    """Whether the full date ``c`` is a page's time stamp: the date (and a clock time) ends its line,
    or a bar or a stamp word follows ("on September 14, 2013 11:41am | Updated …", "Posted
    September 26, 2013-3:47pm Updated …"), and before it on the line stands "on" or a stamp word
    a few words back ("posted in Local News on Friday, May 3, 2013."); or a clock time follows a
    date that opens its line. Prose goes on after a date ("On March 1, 2012, the firm announced …")."""
    clock = _STAMP_CLOCK.match(text, c.end)
    lead = text[line_start:c.start].strip(" \t\u00a0|")
    if clock and not lead:
        return True  # "Saturday November 13, 2004 8:16 PM AP Photo …": a line opened by a date and a clock
    if not _STAMP_END.match(text, clock.end() if clock else c.end):
        return False
    word = _STAMP_WORD.search(lead)
    between = lead[word.end():] if word else ""
    # the stamp word labels this date: a few words before it, no clause between ("posted bail, was charged on")
    return lead.lower() == "on" or bool(word) and "," not in between and len(between.split()) <= STAMP_WORDS_BETWEEN


def _is_dateline(text: str, c: _Candidate) -> bool:
    """Whether ``c`` is the date of a dateline: a month and day after the place that opens a line
    ("WASHINGTON, August 11 (Xinhua) --", "Lagos, Nigeria, Jan. 3, 2019 —") and before a dash."""
    if c.month is None or c.day is None:
        return False
    line_start = text.rfind("\n", max(0, c.start - 61), c.start) + 1  # no further: a paragraph is long
    if c.start - line_start > 60 or not _DATELINE_PLACE.fullmatch(text, line_start, c.start):
        return False
    first = re.match(r"[ \t\u00a0]*([\w’'-]+)", text[line_start:c.start])
    if first and first.group(1).lower() in _STOPWORDS:
        return False  # "In Paris, May 5 - 6": a sentence, not a place heading it
    return bool(_DATELINE_DASH.match(text, c.end))


def _full_date(c: _Candidate) -> Optional[dt.date]:
    if c.year and c.month and c.day and _valid(c.year, c.month, c.day):
        return dt.date(c.year, c.month, c.day)
    return None


def infer_document_date(text: str) -> Optional[str]:
    """The publication date a text states about itself, as ISO ``YYYY-MM-DD``, or ``None``.

    Accepted: a full date in the first 400 characters that stands on a short line
    ("December 13, 2004", "Updated: November 11, 2011 20:09 IST"), follows a label
    ("Posted: 04 / 9 / 2012"), opens a dateline ("WASHINGTON, July 12, 2022 —") or is a page's
    time stamp ("on April 30, 2008 at 4:31 AM, updated …"; :func:`_is_stamp`); else a full date after a colon that ends a line in the
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
        if line_end - line_start <= 60 or label or _DATELINE_DASH.match(text, c.end) \
                or _is_stamp(text, c, line_start):
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
