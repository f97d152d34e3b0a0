"""Decades written with two digits: "the '90s", "the 90s", "the early 80s", "'50s punk",
"the 80s and 90s". Their century is left to the resolver (``("decade_short", 9)``): the last
such decade up to the document date ("the '20s" in 2010 is the 1920s)."""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicon
from .candidate import _Candidate
from .words import _SP

#: "'90s", "’90s", "90s", "90's": an apostrophe before the digits, or none (then a lead is needed)
_SHORT_DECADE = re.compile(r"(?P<apos>['’‘])?(?P<d>\d)0(?:['’]?s)(?![\w'’-]|[.,]\d)")
#: what may stand right before a decade: not a letter, a digit, a sign or a point ("1990s", "$90s")
_NOT_BEFORE = re.compile(r"[\w$£€.,'’‘]")
#: before a decade: "the ", "the early ", "the mid-", "mid-" (the hyphen only after "mid")
_LEAD = re.compile(rf"(?<![\w-])(?:(?P<the>(?i:the)){_SP})?(?P<mod>(?i:early|late|mid){_SP}|(?i:mid)-)?$")
#: before a second decade of a list: "the 80s and 90s", "the 30s, 40s and early 50s"
_CHAIN = re.compile(rf",?{_SP}(?:(?:and|or|to|through){_SP})?(?:(?:early|late|mid){_SP}|mid-)?|[-–/]")
#: before a decade: a possessive makes it an age ("in his '80s", "in her mid-40s")
_POSSESSIVE = re.compile(rf"(?<![\w-])(?i:his|her|their|its|my|your|our){_SP}(?:(?i:early|late|mid){_SP}|(?i:mid)-)?$")
_STOPS = re.compile(
    r"(?i:(?<![\w’'])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
               for w in sorted(lexicon.words("date_decade_stops"), key=len, reverse=True))
    + r")(?![\w’']))|°")
#: how far back (characters) in its clause a decade looks for a word of :data:`_STOPS`
STOP_REACH = 60


#: "0s", "0's", "0’s": where a two-digit decade may end (one scan led by a literal "0", which is fast)
_ZERO_S = re.compile(r"0['’]?s")


def _short_decade_candidates(text: str, found: list[_Candidate]) -> None:
    """Two-digit decades. Without an apostrophe only after "the" or in a list after another decade,
    for "in his early 20s" is an age and "the 10s, 100s" a count; never after a possessive, nor
    after a word of a range of numbers in the clause ("temperatures in the 90s")."""
    last_end = -1
    for hit in _ZERO_S.finditer(text):
        i = hit.start()
        if i < 1:
            continue
        s = i - 2 if i >= 2 and text[i - 2] in "'’‘" else i - 1
        m = _SHORT_DECADE.match(text, s)
        if m is None or s and _NOT_BEFORE.match(text, s - 1):
            continue
        start = _decade_start(text, m, last_end)
        if start is not None and not _STOPS.search(_clause_before(text, start)):
            found.append(_Candidate(start, m.end(), period=("decade_short", int(m.group("d")))))
            last_end = m.end()


def _decade_start(text: str, m: "re.Match[str]", last_end: int) -> Optional[int]:
    """Where the decade at ``m`` starts ("the" is inside the span right before it, as in "the
    1980s"; "early" is not), or ``None`` when it is not read as a decade."""
    s = m.start()
    if text[s - 1:s] == "-" and not text[max(0, s - 4):s].lower() == "mid-":
        return None  # "1-90s", "well-90s"
    if _POSSESSIVE.search(text, max(0, s - 16), s):
        return None
    if last_end >= 0 and _CHAIN.fullmatch(text, last_end, s):
        return s
    lead = _LEAD.search(text, max(0, s - 16), s)
    the = bool(lead and lead.group("the"))
    if not (m.group("apos") or the and int(m.group("d")) >= 2):
        return None
    return lead.start() if the and not lead.group("mod") else s


def _clause_before(text: str, start: int) -> str:
    """The text of the clause before ``start``, at most :data:`STOP_REACH` characters."""
    return re.split(r"[.;!?\n]", text[max(0, start - STOP_REACH):start])[-1]
