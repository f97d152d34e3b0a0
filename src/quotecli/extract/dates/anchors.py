"""The anchors of a text: the publication date it states about itself (a date line at the
top, a dateline, a "Published:" stamp at the end) and datelines, which are when the story
was filed, not a date it reports."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

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
