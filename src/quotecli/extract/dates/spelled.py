"""Years written out, as broadcast transcripts have them: "nineteen seventy-nine", "the year
two thousand"."""

from __future__ import annotations

import re

from .candidate import _Candidate
from .words import _NUMBER_WORDS, _SP


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
