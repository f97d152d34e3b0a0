"""The word lists dates are read with (``lexicon/months.tsv``, ``weekdays.tsv``, ``date_*.tsv`` …)
and the pieces of regular expressions that several grammars share (a day, a year, a space)."""

from __future__ import annotations

import re

from ... import lexicon

_MONTHS: dict[str, tuple[int, str]] = {k: (int(v[0]), v[1]) for k, v in lexicon.table("months").items()}
_WEEKDAYS: dict[str, int] = {k: int(v[0]) for k, v in lexicon.table("weekdays").items()}
_RELATIVE: dict[str, tuple[str, int, str]] = {
    k: (v[0], int(v[1]), v[2]) for k, v in lexicon.table("relative_dates").items()
}
_CONTEXT: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_context").items()}
_CUES: dict[str, str] = {k: v[0] for k, v in lexicon.table("date_tense_cues").items()}
#: the roles of a word that makes a weekday beside it part of a name ("before", "after", "on-sunday")
_NAME_WORDS: dict[str, frozenset[str]] = {
    k: frozenset(v[0].split(",")) for k, v in lexicon.table("date_name_words").items()}
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


_SP = r"[ \t\u00a0]+"
_WD = _alternation(_WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1\d{3}|20\d{2}|2100)"
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SUFFIXES = ("st", "nd", "rd", "th")
# before a weekday or month alone: "last ", "next ", "this "
_REL_BEFORE = re.compile(rf"(?<![\w-])(?i:(?P<rel>last|next|this|coming)){_SP}$")
# "2016", "1980s", "1990’s"
_YEAR_AT = re.compile(r"(?P<year>19\d{2}|20\d{2}|2100)(?P<decade>[’']?s)?(?![\w%]|[.,]\d)")
