"""Relative dates found from a time word: phrases of ``relative_dates.tsv`` ("last month", "the
weekend"), "N units ago", "a week later" / "two days earlier", fiscal years counted from now."""

from __future__ import annotations

import re
import string

from .candidate import _Candidate
from .context import _is_sentence_start, _word_after, _word_before
from .periods import (
    _FISCAL_OFFSETS,
    _FISCAL_YEAR_BEFORE,
    _HALF_OF_YEAR_BEFORE,
    _PERIOD_NOUNS,
    _YEAR_PERIOD_AFTER,
    _period_word,
    _quarter,
)
from .scan import _LONGEST_PREFIX, _PIECES, _literal_hits, _literals
from .spelled import _spelled_word
from .words import _CONTEXT, _COUNTS, _RELATIVE, _SP, _alternation

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
# "two years from now", "a week from now": counted forward from the document date
_FROM_NOW = re.compile(
    rf"(?<![\w-])(?i:(?P<n>{_alternation(_COUNTS, cased=False)}|\d{{1,3}})){_SP}"
    rf"(?i:(?P<unit>day|week|month|year|decade)s?){_SP}(?i:from){_SP}(?i:now|today)(?![\w-])"
)
_FROM_NOW_AFTER = re.compile(rf"s?{_SP}(?i:from){_SP}(?i:now|today)(?![\w-])")
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
    if phrase.endswith((" before", " after")) and _word_before(text, m.start()) == "of":
        return False  # "player of the year after winning": a title, then a conjunction
    return True


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
_LETTERS = frozenset(string.ascii_letters)
_WORD_AROUND = re.compile(r"[A-Za-z]*")


def _prev_word(text: str, start: int) -> str:
    """The run of letters that ends at the spaces right before ``start`` (within 12 characters), or
    "": what ``([A-Za-z]+)[ \\t\\u00a0]+$`` finds, without the regex, which tries every position of
    the window and costs three times as much (it runs for most "year", "week" and "month")."""
    lo = max(0, start - 12)
    end = start - 1 if start > lo and text[start - 1] == "\n" else start  # "$" before a final newline
    j = end
    while j > lo and text[j - 1] in " \t\u00a0":
        j -= 1
    if j == end:
        return ""
    k = j
    while k > lo and text[k - 1] in _LETTERS:
        k -= 1
    return text[k:j]


def _word_candidates(text: str, found: list[_Candidate]) -> None:
    """Relative phrases and "N units ago", anchored on a time word ("day", "month", "ago" …)."""
    seen: set[int] = set()
    for s, e, piece in _literal_hits(text, _WORD_ANCHOR_WORDS):
        # "a week later": the unit after a space (its count before it), and "later" or "earlier" after it
        if piece in _LATER_UNITS and text[s - 1:s] in _SPACES and _LATER_AFTER.match(text, e) and _later(text, s, found):
            continue
        if piece in _LATER_UNITS and text[s - 1:s] in _SPACES and _FROM_NOW_AFTER.match(text, e) \
                and _from_now(text, s, found):
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
            if text.find("half", max(0, s - 18), s) >= 0:
                half = _HALF_OF_YEAR_BEFORE.search(text, max(0, s - 18), s)
                if half:
                    _quarter(text, half.start(), half.start() + 4, "half", found)
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
                text[start].islower() or _is_sentence_start(text, start) and not _quoted_title(text, start, end)) \
                and not (word in _GENERIC_AFTER_OF and _generic_of(text, start, end)):
            found.append(_Candidate(start, end, relative=_RELATIVE[word]))
            continue
        pattern = _PHRASES_WITH.get(word)
        if pattern is None:
            continue
        allowed = _PHRASE_PREV[word]
        if "" not in allowed:
            if _prev_word(text, start).lower() not in allowed:
                continue
        for m in pattern.finditer(text, max(0, start - 24), min(len(text), end + 20)):
            if m.start() <= start and m.end() >= end and m.start() not in seen and _relative_ok(text, m):
                seen.add(m.start())
                key = re.sub(r"\s+", " ", m.group("phrase").lower())
                found.append(_Candidate(m.start(), m.end(), relative=_RELATIVE[key]))


def _from_now(text: str, s: int, found: list[_Candidate]) -> bool:
    """ "two years from now" around the unit word at ``s``: an "ago" counted forward (a negative count)."""
    m = next((m for m in _FROM_NOW.finditer(text, max(0, s - 24), min(len(text), s + 24))
              if m.start("unit") == s), None)
    if m is None:
        return False
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _COUNTS[n]
    found.append(_Candidate(m.start(), m.end(), ago=(m.group("unit").lower(), -count)))
    return True


_LATER_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_SPACES = frozenset(" \t\u00a0")
_GENERIC_AFTER_OF = frozenset({"today", "tomorrow"})
_OF_BEFORE = re.compile(rf"(?<![\w’'-])(?P<lead>[\w’'-]+){_SP}of{_SP}$")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """ 'on the "Today" show': a capitalised word alone between quote marks is a title, not a day
    ('"Today," he said' and '"Today we won"' go on inside the quotation)."""
    return text[start - 1:start] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES \
        and not text[end + 1:end + 2].isalpha()  # '"Today's products': a possessive


_OPEN_QUOTES = frozenset("\"“‘'")
_CLOSE_QUOTES = frozenset("\"”’'")


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


#: lower-case anchors, found with ``str.find`` (each word costs a scan, so the fewest): the
#: relative-date pieces ("day", "ago" …), the nouns of parts of a year but "half" (found from
#: the year after it: "the first half of 1990", as are months in lower case: "june 4th 1996"),
#: and "teen " for years in words ("nineteen ninety")
_WORD_ANCHOR_WORDS = _literals((*_PIECES, *(n for n in _PERIOD_NOUNS if n != "half"), "teen "))
