"""Numbers: every figure in a news text and what it counts.

A figure is found from an *anchor* (a digit, a number word or a vague plural such as
"dozens"), then grown to the left (currency symbol, qualifier, "between") and to the
right (scale word, range, percent, currency word, unit, counted noun). Each step is
a regex anchored at a known position, so the whole pass stays linear in the text.

What is *not* a figure is decided at the anchor: days and years of dates and clock
times (the dates extractor owns them), ordinals ("3rd"), labels ("Section 427",
"COVID-19", "S&P 500", "No. 5"), scores ("won 3-1"), fractions ("24/7") and the
pronoun "one" ("no one", "one of the"). The parsing of one number and the search
for its counted noun are in ``number_grammar``, with the word lists it reads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

from ..document import Document
from ..records import Number
from . import number_about
from . import number_grammar as grammar


# --- context checks ---------------------------------------------------------------

@functools.lru_cache(maxsize=64)
def _prev_word(text: str, start: int) -> str:
    """The word before ``start`` without opening quotes or brackets ("“Guccifer" -> "Guccifer").

    Cached: a figure asks for the word before its anchor several times, and the
    strings' hashes are cached, so a look-up costs less than the backwards search.
    """
    m = grammar.PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lstrip("\"“‘'([") if m else ""


def _left(pattern, window: str):
    """``pattern.search(window)`` for a left pattern that ends in spaces ("about ", "aged "):
    a window that does not end in a space is answered without the backwards search."""
    last = window[-1:]
    return pattern.search(window) if last.isspace() and last != "\n" else None


def _fmt(value: Optional[float]):
    """Integral values as int, so JSON shows 50, not 50.0."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else value


def _blocked_left(text: str, start: int) -> bool:
    """Digits glued to a label ("COVID-19", "G-20", "#5") or after a clock or fraction
    mark ("10:30", "9/11", "06: 31", "10/ 1/ 73")."""
    if start == 0:
        return False
    prev = text[start - 1]
    before = text[start - 2] if start > 1 else " "
    if prev in "-‑" and before.isalnum():
        return not grammar.LEFT_UNIT.search(text, max(0, start - 16), start)  # "magnitude-5.2" measures
    if prev == "#":
        return True
    if prev == "%" and before.isalpha():
        return True  # "%27s", "%2F": a URL's escaped character, not a figure
    if prev == "." and before.isdigit():
        return True
    near = text[max(0, start - 4):start]
    return ("/" in near or ":" in near) and bool(grammar.CLOCK_LEFT.search(text, max(0, start - 4), start))


def _may_continue(nxt: str) -> bool:
    """Whether the character after a number can start a suffix, unit or clock.

    Every pattern read right after a number starts with white space, a letter, one of
    "-%°/:" or an inch mark ('15.4″ screen', '10" long'); after anything else (",", ".",
    ")") they need not be tried.
    """
    return bool(nxt) and (nxt.isspace() or nxt.isalpha() or nxt in "-%°/:\"″")


def _blocked_right(text: str, end: int, raw: str) -> bool:
    """Ordinals ("3rd"), glued letters ("3D", "4G"), decades ("1990s", "80s"),
    clocks ("10:30", "9 a.m.", "06: 31") and fractions ("24/7", "9 / 11")."""
    nxt = text[end:end + 1]
    if not _may_continue(nxt):
        return False  # none of the patterns below can match at ",", ")", ...
    if grammar.CLOCK_OR_FRACTION.match(text, end) or grammar.ORDINAL.match(text, end) \
            or grammar.TIME_AFTER.match(text, end):
        return True
    if nxt.isspace():
        return False  # a glued suffix starts right after the digits
    glued = grammar.GLUED.match(text, end)
    if not glued:
        return False
    low = glued.group().lower()
    if len(low) == 1 and glued.group().isupper():
        # a model code ("9400M", "737F"), unless the letter makes a temperature ("40C")
        return not (raw.replace(".", "", 1).isdigit() and grammar.glued_temperature(glued.group(), float(raw)))
    if low == "s" and raw.isdigit() and (len(raw) in (2, 4) and raw.endswith("0") or _is_year(raw, "", 0)
                                         or _counted_before(_prev_word(text, end - len(raw)).lower())):
        return True  # a decade, "the 2018s", "his 767s", "12 767s": plurals of years and models, not seconds
    if low[:1] == "/" and _per_symbol(low[1:]):
        return False  # "$15.4/hour", "80/kg": a rate
    return not (low in grammar.UNITS or low in grammar.ABBREV or low in grammar.MONEY_ABBREV
                or low in grammar.GLUED_OTHER)


def _counted_before(prev: str) -> bool:
    """A determiner or a number before "767s" ("his 767s", "two 747s", "12 737s"): the
    glued "s" makes a plural of a model, not seconds."""
    return prev in grammar.DETERMINERS or prev.replace(",", "").isdigit() or prev in grammar.ATOMS


def _in_date(text: str, start: int, end: int) -> bool:
    """A day next to a capitalised month ("July 8", "8 July", "Dec. 20 or 21")."""
    prev = _prev_word(text, start)
    if prev.rstrip(".,").lower() in grammar.MONTHS and prev[:1].isupper():
        return True
    after = grammar.MONTH_AFTER.match(text, end) if text[end:end + 1].isspace() else None
    if after and after.group().strip()[:1].isupper():
        return True
    # The list ("July 8 or 9", "Dec. 20-21") ends in "or", "and", "to" or a dash: test that first.
    if prev not in ("or", "and", "to") and not prev.endswith(("-", "–")) and text[start - 1:start] not in ("-", "–"):
        return False
    return bool(grammar.DAY_LIST_LEFT.search(text, max(0, start - 30), start))


def _is_year(raw: str, text: str, end: int) -> bool:
    """A bare four-digit year ("in 2016", "the 2022 midterms"): the dates extractor's."""
    return (raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100
            and not (end < len(text) and text[end].isalpha()))


def _is_label(text: str, left: int, end: int, unit: Optional[str], kind: str) -> bool:
    """ "Section 427", "Row 21", "S&P 500", "Boeing 737 jets", "No. 5", "AK 47 rifles".

    A number right after a listed label word, a short all-capitals word, or a
    capitalised word that is not an ordinary sentence word names a thing instead of
    counting it. Before a lower-case noun the capitalised word must not start the
    sentence ("Yesterday 5 people died") and the noun must not be capitalised too,
    as in a title-case headline ("Storm Kills 5 People").
    """
    prev = _prev_word(text, left)
    low = prev.rstrip(".,").lower()
    if unit is None and not _share_of(text, end) and grammar.RANK_LEFT.search(text, max(0, left - 20), left):
        return True  # "reached the last 16", "in the top 10"
    if _ranked_list_entry(text, left):
        return True  # "1 Roger Federer (Switzerland)" in a list of seeds
    if kind == "count" and unit and text[end - len(unit) - 1:end - len(unit)] == "-" \
            and text[end - len(unit):end][:1].isupper() and prev[:1].isupper() and low not in grammar.STOPS \
            and not _in_title_case_line(text, left):
        return True  # "Delta 4-Heavy": a name, then a capitalised compound, names a model ("a 5-Step Plan" counts)
    if unit is None and _name_follows(text, end):
        return True  # "a 787 Dreamliner", "iPhone 11 Pro"
    if kind == "duration" and unit and text[end - len(unit):end][:1].isupper() \
            and not _in_title_case_line(text, left):
        return True  # "the TV show 60 Minutes", "the film 28 Days Later": a title in running text
    if not prev or prev[-1:] in ",:;" or prev.endswith(("'s", "’s", "'", "’")):
        return False
    if prev.isalpha() and any(ch.isupper() for ch in prev[1:]) and not prev.isupper():
        return True  # "iPhone 11", "PlayStation 5": a product name
    if prev[:1].isupper() and low in grammar.MODIFIERS \
            and not grammar.SENTENCE_START.search(text, max(0, left - len(prev) - 21), max(0, left - len(prev) - 1)):
        return True  # "the Big 12", "Top 40"
    if prev.isupper() and prev.isalpha() and 2 <= len(prev) <= 3 and low not in grammar.STOPS \
            and left > 0 and text[left - 1] == " ":
        return True
    if low in grammar.IDENTIFIERS or "&" in prev:
        return True
    if not (prev[:1].isupper() and low not in grammar.STOPS and low not in grammar.QUALIFIER_WORDS
            and low not in grammar.MODIFIERS and low not in grammar.MONTHS):
        return False
    if unit is None:
        return True
    prev_start = left - 1 - len(prev)
    written = text[end - len(unit):end]
    if not (kind == "count" and written[:1].islower() and text[left:left + 1].isdigit()
            and low not in grammar.WEEKDAYS):
        return False
    if not grammar.SENTENCE_START.search(text, max(0, prev_start - 20), max(0, prev_start)):
        return True
    # At a sentence start "Yesterday 5 people died" counts; "Xbox 360 sales rose" is a
    # name, which shows when the article writes the same word and number again.
    digits = grammar.DIGITS.match(text, left)
    # (Looked for within a few thousand characters, so long runs of the shape stay linear.)
    return bool(digits) and text.count(f"{prev} {digits.group()}", max(0, left - 4000), left + 4000) > 1


#: endings of nationality words, adjectives before a noun: "12 Somali", "10 million Swedish"
DEMONYM_ENDINGS = ("ish", "ese", "ian", "an", "i")


def _name_follows(text: str, end: int) -> bool:
    """A bare number and a capitalised singular word that ends the phrase or runs into
    another name: "a 787 Dreamliner.", "10 Downing Street", "8 Block" -- a model or a place.

    Not "800,000 Tutsis" (a plural counts), "12 Somali and 11 Yemeni", "3.4bn Danish
    kroner" (an adjective before a noun), "2 Dead, 1 Wounded" (a headline's counts), nor
    month and weekday names ("arrested 12 Tuesday").
    """
    nxt = grammar.NEXT_WORD.match(text, end) if text[end:end + 1] == " " else None
    if not nxt:
        return False
    word = nxt.group(1)
    if word.endswith(","):
        return False
    word = word.rstrip(".")
    low = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or low in grammar.STOPS \
            or low in grammar.MONTHS or low in grammar.WEEKDAYS or grammar.is_plural(word) \
            or low.endswith(DEMONYM_ENDINGS):
        return False
    after = text[nxt.end(1):nxt.end(1) + 2]
    if after[:1] in ("", ".", ")", ";", ":", "\n") or after[:1] == " " and after[1:].isupper():
        return True
    return after[:1] == " " and not low.endswith("s") and text[end - 2:end] != " 1" \
        and _singular_noun_at(text, nxt.end(1))  # "30 Iraqis most of them" still counts


def _singular_noun_at(text: str, pos: int) -> bool:
    """A lower-case singular noun after a number's capitalised word ("a .357 Magnum handgun",
    "a 787 Dreamliner jet", "a 787 Dreamliner landed"): more than one of something is never
    written so, so the number and the word are a model's name ("20 Republican senators" has
    a plural and counts)."""
    nxt = grammar.NEXT_WORD.match(text, pos)
    if not nxt:
        return False
    word = nxt.group(1).rstrip(".,;:")
    if not (word.isalpha() and word.islower() and len(word) > 2) or word in grammar.STOPS:
        return False
    if word.endswith("ed") and len(word) > 4:
        return True  # "a 787 Dreamliner landed": a past verb after the name, not an adjective
    return not grammar.is_plural(word) and not grammar.is_modifier(word) and word not in grammar.UNITS


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    """ "Scott Smith, 46, said" and "both 51,": a bare age in commas after a name; also
    "Andrew Lopez, 20 was found", where a singular verb follows a capitalised name's number."""
    if not 1 <= value <= 120 or end >= len(text):
        return False
    if text[end] == "." and grammar.PRONOUN_WAS_LEFT.search(text, max(0, start - 12), start):
        return True  # "He was 77.": an obituary's age
    if text[end] == ",":
        return bool(grammar.AGE_LEFT.search(text, max(0, start - 20), start))
    verb = grammar.NEXT_WORD.match(text, end) if text[end] == " " else None
    if not verb or verb.group(1) not in grammar.AGE_VERBS:
        return False
    name = grammar.NAME_AGE_LEFT.search(text, max(0, start - 30), start)
    if not name or name.group(1).lower() in grammar.STOPS:
        return False  # "In Boston, 20 was the count"
    before = _prev_word(text, name.start(1))
    return not (before[:1].isupper() and before.lower() in grammar.STOPS)  # "At Fort Worth, 12 was"


def _one_not_a_count(text: str, left: int, qualifier: Optional[str], kind: str,
                     unit: Optional[str]) -> bool:
    """ "One candidate said", "the father of one victim": "one" as an indefinite article.

    "one" is a figure with a qualifier ("at least one", "just one"), in a duration,
    measure or amount ("one year", "one million"), after a word that contrasts
    quantities ("instead of one book", "more than one"), after a verb of harm ("killing
    one") or after another figure of a list ("two counts ... and one count").
    """
    if qualifier or kind != "count":
        return False
    prev = _prev_word(text, left)
    if prev.endswith((".", "!", "?", ":", ";")):
        return True  # "… came from. One theory is": a sentence's first word, not "from one"
    low = prev.lower().rstrip(",")
    if unit is None:
        return low not in grammar.ONE_ALONE  # "from one that is": a pronoun; "killing one" counts
    return low not in grammar.ONE_COUNTS and not (low in ("and", "or") and _figure_listed_before(text, left))


def _figure_listed_before(text: str, left: int) -> bool:
    """A number earlier in the sentence, before "and one …": "two counts of murder and one
    count of assault" lists figures, so "one" is one of them."""
    window = text[max(0, left - 60):left]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return bool(grammar.LISTED_NUMBER.search(window, cut + 1))


def _is_idiom(text: str, start: int, end: int) -> bool:
    """ "one of the", "one another", "no one", "zero tolerance"."""
    nxt = grammar.NEXT_WORD.match(text, end)
    prev = _prev_word(text, start).lower().rstrip(".,")
    if nxt and f"{text[start:end].lower()} {nxt.group(1).lower().rstrip('.,')}" in grammar.IDIOMS:
        # "in one day" is a length of time, "one day he left" the idiom
        return not (nxt.group(1).lower().rstrip(".,") == "day" and prev in grammar.DURATION_LEFT
                    and _prev_word(text, start)[-1:].isalpha())
    return text[start:end].lower() == "one" and (prev in grammar.DETERMINERS or prev.endswith("one"))


def _names_not_counts(text: str, left: int, start: int, end: int, value: float,
                      qualifier: Optional[str]) -> bool:
    """ "the two countries" refers back to known things; "the Three Amigos" is a name.

    A small number word right after a definite determiner restates what the reader
    already knows instead of stating a figure ("the two-year extension" still
    counts), and a capitalised number word in mid-sentence belongs to a name.
    """
    if text[start].isupper() and not grammar.SENTENCE_START.search(text, max(0, left - 20), left):
        # A headline's count ("Ship Seizes Three Pirate Vessels"); never "Ground Zero" nor "BBC Two".
        return value == 0 or _prev_word(text, left).isupper() or not _in_title_case_line(text, start)
    return (qualifier is None and value <= 10 and text[end:end + 1] != "-"
            and _prev_word(text, left).lower() in grammar.ANAPHORIC
            and not grammar.PARTITIVE_TOTAL_LEFT.search(text, max(0, left - 40), left))


def _in_title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a headline written in title case ("Ship Interdicts Three Pirate
    Vessels", "Shooter Charged with Two Counts of Murder"): a line of at most 160 characters
    with no sentence end inside, whose words of four letters or more are all capitalised
    (at least three of them; function words such as "with" aside). There a capitalised number word is a count, not a name."""
    lo = text.rfind("\n", max(0, pos - 160), pos) + 1
    hi = text.find("\n", pos, pos + 160)
    if hi < 0:
        hi = len(text) if len(text) - pos <= 160 else -1
    if (lo == 0 and pos > 160) or hi < 0:
        return False
    line = text[lo:hi]
    if ". " in line or "? " in line or "! " in line:
        return False
    long_words = [w for w in grammar.WORD_TOKEN.findall(line) if len(w) >= 4 and w.lower() not in grammar.STOPS]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


# --- the extractor ------------------------------------------------------------------

@dataclass(slots=True)
class _Figure:
    """A figure being built: its span so far and what is known about it."""

    left: int
    end: int
    window_start: int
    window: str  # the text before ``left`` still unread (at most 40 characters)
    value: float = 0.0
    value_max: Optional[float] = None
    unit: Optional[str] = None
    of: Optional[str] = None
    qualifier: Optional[str] = None
    kind: str = "count"
    hyphen_range: bool = False
    modifier: bool = False
    symbol: Optional[str] = None

    def take_left(self, m) -> None:
        """Grow the span leftwards over a match in ``window``."""
        self.left = self.window_start + m.start()
        self.window = self.window[:m.start()]


def _as_written(noun: str) -> str:
    """A counted noun lower-cased, unless capitals inside it make it a name ("iPhones", "NGOs")."""
    rest = noun[1:]
    inner_capital = rest != rest.lower() if rest.isascii() else any(ch.isupper() for ch in rest)
    return noun if inner_capital else noun.lower()


def _digit_start(char: str) -> bool:
    """Whether a figure starting with ``char`` is written in digits ("5", ".500", "½")."""
    return char.isdigit() or char == "." or char in grammar.VULGAR


def _parse_core(text: str, start: int, money: bool, window: str, word: str) -> Optional[grammar.Core]:
    """The number at ``start``; ``word`` is the anchor as found (lower-cased), which says
    which parser applies without trying each."""
    if _digit_start(text[start]):
        return grammar.parse_digits(text, start, money)
    if word in grammar.MULTIPLIERS:
        return grammar.parse_multiplier(text, start)
    if word in grammar.DENOMINATORS:
        return grammar.parse_share(text, start, window)
    return grammar.parse_vague(text, start) or grammar.parse_words(text, start)


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word before ``pos`` (lower-cased, without trailing punctuation) and where it starts."""
    m = grammar.PREV_WORD.search(text, max(0, pos - 30), pos)
    return (m.group(1).lower().rstrip(".,"), m.start(1)) if m else ("", pos)


def _is_change(text: str, left: int) -> bool:
    """ "fell 5% to 3%", "rose from 20 to 30": the figures are two states, not a range.

    "from" alone ("from $800,000 to $1.3 million", "ranged from 18 to 34") opens a range;
    after a word of change it opens the old value.
    """
    prev = _prev_word(text, left).lower().rstrip(".,")
    if prev != "from":
        return prev in grammar.CHANGE_WORDS
    before, _ = _word_before(text, left - 5)
    return before in grammar.CHANGE_WORDS


def _grow_number(text: str, core: grammar.Core, words_ok: bool) -> None:
    """Fractions that continue a parsed number: "two-thirds", "five and a half million",
    "3 million and a half", "three quarters billion"."""
    if core.vague or core.value_max is not None:
        return
    den = grammar.DENOM_AFTER.match(text, core.end) if words_ok and not core.scaled else None
    if den and 1 <= core.value <= 20 and core.value == int(core.value):
        word = den.group("d").lower()
        if (core.value == 1) == (not word.endswith("s") or word == "halves"):
            core.value, core.end, core.kind = core.value / grammar.DENOMINATORS[word], den.end(), "fraction"
            grammar.scale_after(text, core)
        return
    half = grammar.AND_FRACTION.match(text, core.end) if text.startswith(" and ", core.end) else None
    if half:
        num = half.group("num").lower()
        share = (1 if num in ("a", "an") else grammar.ATOMS[num][0]) / grammar.DENOMINATORS[half.group("den").lower()]
        core.end = half.end()
        if core.scaled:
            core.value += share * core.factor
        else:
            core.value += share
            grammar.scale_after(text, core)


RATIO_STARTS = frozenset({"in ", "of ", "out"})
#: digits with a possessive or an apostrophe plural name a thing, a year or a decade
POSSESSIVE_S = ("'s", "’s")


def _ratio(text: str, fig: _Figure, core: grammar.Core) -> bool:
    """ "one in four voters", "1 in 10", "one out of five", "one of four" as a share (0.25)."""
    if core.vague or core.scaled:
        return False
    m = grammar.RATIO.match(text, core.end)
    if not m or not (core.value == 1 or m.group().lower().split() != ["of"]):
        return False
    p = m.end()
    second = grammar.parse_digits(text, p, False) if text[p].isdigit() else grammar.parse_words(text, p)
    if second is None or not core.value < second.value <= 1000 \
            or _may_continue(text[second.end:second.end + 1]) and grammar.PERCENT.match(text, second.end):
        return False
    fig.value, fig.end, fig.kind = core.value / second.value, second.end, "fraction"
    noun, noun_end = grammar.counted_noun(text, fig.end, True)
    if noun is not None:
        fig.unit, fig.end = _as_written(noun), noun_end
    return True


def _cents(text: str, fig: _Figure) -> None:
    """ "15 dollars and 50", "thirteen dollars forty-five cents": the cents join the amount."""
    m = grammar.CENTS.match(text, fig.end)
    if not m:
        return
    n = m.group("n")
    if n.isdigit():
        cents = int(n)
    else:
        words = grammar.parse_words(text, m.start("n"))
        if words is None or words.end != m.end("n") or words.scaled:
            return
        cents = words.value
    after = text[m.end():m.end() + 2].strip()
    if not 0 < cents < 100 or not m.group("c") and after[:1].isalnum():
        return  # "5 dollars and 20 euros": another figure
    fig.value += cents / 100
    fig.end = m.end()


def _spaced_range(text: str, pos: int, left: int):
    """The separator of "20 to 30", "two or three" at ``pos``, unless the figure at ``left``
    follows a word of change; that test of the words before it runs only after a match."""
    sep = grammar.RANGE_SPACED.match(text, pos)
    return sep if sep and not _is_change(text, left) else None


def _extend_range(text: str, fig: _Figure, core: grammar.Core, money: bool, between: bool) -> Optional[bool]:
    """ "20-30", "20 to 30", "two or three", "between 20 and 30", "40% and 50%".

    After a word of change ("fell 5% to 3%", "from 20 to 30") "X to Y" is two
    figures, not a range. Returns ``None`` for a match score ("won 3-1"), which
    is not a figure at all.
    """
    if core.vague:
        return True
    percent = text.startswith("%", fig.end)
    pos = fig.end + 1 if percent else fig.end
    suspended = grammar.SUSPENDED_RANGE.match(text, pos) if not core.words and text.startswith("-", pos) else None
    if suspended:  # "8- to 16-meter": one range with the second number's unit
        second = grammar.parse_digits(text, suspended.end(), money)
        if second is not None and second.value > core.value and grammar.HYPHEN_UNIT.match(text, second.end):
            fig.value, fig.value_max, fig.end = core.value, second.value, second.end
        return True
    sep = (grammar.RANGE_AND.match(text, pos) if between else None) \
        or (grammar.MONEY_DASH.match(text, pos) if money and not core.words else None) \
        or (grammar.RANGE_HYPHEN.match(text, pos) if not core.words else None) \
        or _spaced_range(text, pos, fig.left)
    if not sep:
        return True
    p = sep.end()
    c2 = grammar.CURRENCY_AT.match(text, p) if money else None
    if c2:
        p = c2.end()
    if p >= len(text) or not text[p].isalnum():
        return True
    digits_after_words = core.words and text[p].isdigit() and sep.group().strip() not in "-–—"
    if text[p].isdigit() == core.words and not digits_after_words:
        return True  # "ten to 15 years" is a range (news spells the numbers below ten); "15 to twenty" is not
    second = grammar.parse_words(text, p) if core.words and not digits_after_words \
        else grammar.parse_digits(text, p, money)
    if second is None or _blocked_right(text, second.end, text[p:second.end]) \
            or percent and not text.startswith("%", second.end):
        return True  # "fell 2.1% to 17.58 euros" is a change, not a range
    if _score_dash(text, sep.group(), core, second, money) or _day_span(text, core, second, money):
        fig.end = second.end
        return None
    if money and sep.group().strip() == "or" and not c2 and grammar.CUR_AFTER_RE.match(text, second.end):
        return True  # "¥100bn or 3.5 trillion yen": the same amount restated, not a range
    value = core.value
    if second.scaled and not core.scaled and core.value * second.factor <= second.value:
        value = core.value * second.factor  # "$20-30 million": the scale applies to both
    if second.value > value:
        fig.value, fig.value_max, fig.end = value, second.value, second.end
        fig.hyphen_range = sep.group() in "-–—"
    return True


def _score_dash(text: str, sep: str, core: grammar.Core, second: grammar.Core, money: bool) -> bool:
    """ "won 3-1", "drew 2 - 2": a match score. Spaced, only small bare whole numbers, since
    "£50bn - 14% higher" and "£35bn - £2.5bn less" are two figures in an aside."""
    if core.words or second.value > core.value or sep.strip() not in ("-", "–", "—"):
        return False
    if sep in ("-", "–", "—"):
        return True
    return not money and not core.scaled and not second.scaled and core.value < 100 \
        and float(core.value).is_integer() and float(second.value).is_integer() \
        and not grammar.PERCENT.match(text, second.end)


def _day_span(text: str, core: grammar.Core, second: grammar.Core, money: bool) -> bool:
    """ "on 4 or 5 April", "from 3 to 5 June": two days of a month, the dates extractor's."""
    if core.words or money or second.scaled or not 1 <= core.value <= 31 or not 1 <= second.value <= 31:
        return False
    after = grammar.MONTH_AFTER.match(text, second.end) if text[second.end:second.end + 1].isspace() else None
    return bool(after) and after.group().strip()[:1].isupper()


def _unit_after(text: str, fig: _Figure, core: grammar.Core) -> bool:
    """Percent, currency word, hyphenated or glued unit, or the counted noun after the number.

    Returns False when what follows shows the number is no figure ("two-thirds").
    """
    end = fig.end
    nxt = text[end:end + 1]
    if nxt in grammar.SYMBOLS_AFTER and fig.kind != "money":  # "-15€", "100₾"
        fig.unit, fig.kind, fig.symbol, fig.end = grammar.CUR_AFTER[nxt], "money", nxt, end + 1
        return True
    if not _may_continue(nxt):
        if fig.kind != "money" and (not core.vague or core.scaled) and _left(grammar.LEFT_AGED, fig.window):
            fig.kind, fig.unit = "age", "years"
        return True
    pct = grammar.PERCENT.match(text, end)
    if pct and fig.kind != "money":
        fig.end = pct.end()
        fig.unit = "percentage points" if pct.group("pp") else "percent"
        fig.kind = "percent"
        ofm = grammar.OF.match(text, fig.end)
        if ofm:
            fig.of = grammar.noun_phrase(text, ofm.end() - 1)
        return True
    if fig.kind == "money":
        _price_per_measure(text, fig)
        return True
    cur = grammar.CUR_AFTER_RE.match(text, end)
    if cur and cur.group("cur") in ("Cent", "Cents") and not _in_title_case_line(text, end):
        return False  # "50 Cent appeared": the rapper's name, neither money nor a count
    if cur and cur.group("cur").lower() in ("pound", "pounds") and not cur.group("of") \
            and _pounds_of_weight(text, fig, cur.end(), core.scaled):
        fig.unit, fig.kind, fig.end = "lb", "measure", cur.end()
        return True
    if cur and (not cur.group("of") or core.vague or core.scaled):
        fig.unit, fig.kind, fig.end = grammar.CUR_AFTER[cur.group("cur").lower()], "money", cur.end()
        fig.symbol = cur.group("cur")
        fig.value *= grammar.CUR_FACTORS.get(fig.symbol.lower(), 1.0)
        scale = grammar.SCALE_WORD.match(text, fig.end) if not core.scaled else None
        if scale:  # "75 USD million"
            fig.value *= grammar.ATOMS[scale.group("s").lower()][0]
            fig.end = scale.end()
            return True
        if fig.unit in grammar.CENT_CURRENCIES and not core.scaled and fig.value_max is None:
            _cents(text, fig)
        return True
    hyph = grammar.HYPHEN_UNIT.match(text, end)
    if hyph:
        word = hyph.group("w").lower()
        if word in grammar.FRACTIONS or len(word) < 2:
            return False
        if word in grammar.STOPS:
            return True  # "3-of-9", "three-on-three": no unit
        fig.end = hyph.end()
        if hyph.group("old"):
            fig.kind, fig.unit = "age", word if word.endswith("s") else word + "s"
        elif word == "pound" and not grammar.POUND_NOTE.match(text, fig.end):
            fig.unit, fig.kind, fig.modifier = "lb", "measure", True  # "a 300-pound man"
        elif word in grammar.CUR_AFTER:  # "a five-pound note", "a 10-euro coin", "a one-yen bid"
            fig.unit, fig.kind, fig.symbol = grammar.CUR_AFTER[word], "money", hyph.group("w")
            fig.value *= grammar.CUR_FACTORS.get(word, 1.0)
        else:
            fig.unit, fig.kind = grammar.unit_name(word), grammar.UNITS.get(word, "count")
            fig.modifier = fig.kind != "multiplier"  # "a five-year deal", "a four-door car"
            if fig.unit == "ft":
                _hyphen_inches(text, fig)
        return True
    glued = grammar.GLUED.match(text, end)
    temperature = grammar.glued_temperature(glued.group(), fig.value) \
        if glued and not (core.scaled or core.words) else None
    if temperature:  # "40C"
        fig.unit, fig.kind, fig.end = temperature, "measure", glued.end()
        return True
    if glued and glued.group() in grammar.GLUED_MONEY:
        fig.unit, fig.kind, fig.symbol, fig.end = grammar.GLUED_MONEY[glued.group()], "money", glued.group(), glued.end()
        return True
    if glued and glued.group().lower() in grammar.UNITS:
        fig.unit, fig.end = grammar.unit_name(glued.group()), glued.end()
        fig.kind = grammar.UNITS[glued.group().lower()]
        if fig.kind == "measure":
            fig.unit = _compound(text, fig, fig.unit)
        return True
    degrees = grammar.DEGREE_SIGN.match(text, end) if "°" in text[end:end + 2] else None
    if degrees:  # "300 °C", "12 °"
        fig.unit, fig.kind, fig.end = "°" + (degrees.group("s") or ""), "measure", degrees.end()
        return True
    if not core.words and not core.vague:
        near = text[end:end + 3]
        inch = grammar.INCH_AFTER.match(text, end) if "in" in near or '"' in near or "″" in near else None
        if inch:  # "2 in thick", "10 \" long"
            fig.unit, fig.kind, fig.end = "in", "measure", inch.end()
            return True
        age = grammar.AGE_ABBREV.match(text, end) if "y" in near or "Y" in near else None
        if age:  # "87 yo"
            fig.unit, fig.kind, fig.end = "years", "age", age.end()
            return True
    pos = end
    ofm = grammar.OF.match(text, end)
    if core.vague and ofm:
        pos = ofm.end() - 1
    elif core.vague and not core.scaled:
        return True  # "dozens were hurt": the noun comes only with "of"
    plural = core.vague or fig.value != 1 or fig.value_max is not None
    noun, noun_end = grammar.counted_noun(text, pos, plural)
    if noun is None:
        if _left(grammar.LEFT_AGED, fig.window):
            fig.kind, fig.unit = "age", "years"
        elif not core.words and text.startswith((" and ", " or "), end):
            _shared_measure(text, fig)
        elif not core.words and text.startswith((" by ", " x ", " × "), end):
            _dimension_pair(text, fig)
        elif not core.vague and " of " in text[end:end + 4]:
            _partitive(text, fig)
        return True
    fig.unit = _as_written(noun)
    fig.end = noun_end
    fig.kind = grammar.UNITS.get(fig.unit.lower(), "count")
    if fig.kind == "measure":
        _measure_unit(text, fig, noun, text[end:noun_end - len(noun)].lower())
    old = grammar.OLD.match(text, fig.end)
    if fig.kind == "duration" and fig.unit.startswith("year") and old:
        fig.kind, fig.end = "age", old.end()
    elif fig.kind == "duration" and _left(grammar.LEFT_AGED, fig.window):
        fig.kind = "age"
    return True


def _age_decade(text: str, fig: _Figure, end: int, raw: str) -> Optional[Number]:
    """ "a man in his 30s": an age of 30 to 39 years (a bare "the 1990s" stays a decade)."""
    if len(raw) != 2 or raw[1] != "0" or raw[0] == "0" or text[end + 1:end + 2].isalnum() \
            or not grammar.AGE_DECADE_LEFT.search(fig.window):
        return None
    value = float(raw)
    return Number(start=fig.left, end=end + 1, text=text[fig.left:end + 1], value=_fmt(value),
                  value_max=_fmt(value + 9), unit="years", kind="age",
                  about=number_about.about(text, fig.left, "age", "years", None))


def _clock_pair(text: str, start: int, end: int, raw: str) -> bool:
    """A 24-hour time ("2200") joined by "and"/"to"/a dash to one with a leading zero ("0700")."""
    if not raw.isdigit() or int(raw[:2]) > 23 or int(raw[2:]) > 59:
        return False
    after = grammar.CLOCK_PAIR_AFTER.match(text, end)
    if after and after.group()[-4] == "0":
        return True
    before = grammar.CLOCK_PAIR_BEFORE.search(text, max(0, start - 12), start)
    return bool(before) and before.group()[0] == "0"


def _partitive(text: str, fig: _Figure) -> None:
    """ "five of the nine tournaments", "eight of Alitalia's rivals": the count takes the
    plural noun after "of" as its unit (the span stays the number); "two of them" has none."""
    m = grammar.PARTITIVE.match(text, fig.end)
    if not m:
        return
    noun, _ = grammar.counted_noun(text, m.end(), True)
    if noun is not None and grammar.is_plural(noun) and grammar.UNITS.get(noun.lower(), "count") == "count":
        fig.unit = _as_written(noun)


def _unit_before(fig: _Figure) -> bool:
    """ "a magnitude 5.2 quake", "Mach 2": a unit written before the number is its unit,
    whatever noun follows (a quake is not what 5.2 counts)."""
    if fig.window[-1:] not in (" ", "-"):
        return False
    m = grammar.LEFT_UNIT.search(fig.window)
    if not m:
        return False
    word = m.group().rstrip(" -\u00a0").lower()
    fig.unit, fig.kind = grammar.unit_name(word), grammar.UNITS.get(word, "count")  # as "6.1-magnitude"
    fig.take_left(m)
    return True


def _hyphen_inches(text: str, fig: _Figure) -> None:
    """ "he was 5-foot-11": a height of 5 ft 11 in, one figure in feet (as "5 feet 11 inches")."""
    inches = grammar.HYPHEN_INCHES.match(text, fig.end)
    if inches and int(inches.group("n")) < 12:
        fig.value += int(inches.group("n")) / 12
        fig.end = inches.end()


def _shared_measure(text: str, fig: _Figure) -> None:
    """ "45 and 50 mg", "3 or 4 km": the first number of a pair takes the measure written
    after the second (its span stays its own)."""
    pair = grammar.PAIR_MEASURE.match(text, fig.end)
    if pair and grammar.UNITS.get(pair.group("u").lower()) == "measure":
        fig.kind, fig.unit = "measure", grammar.unit_name(pair.group("u"))


def _dimension_pair(text: str, fig: _Figure) -> None:
    """ "1,024 by 768 pixels", "12 x 15 feet", "30 × 40cm": the first side of a dimension is
    in the measure or the plural noun written after the second (its span stays its own).
    A race ("the 4 x 100m relay") is legs times a distance, so its first number has none."""
    pair = grammar.DIMENSION_PAIR.match(text, fig.end)
    if not pair:
        return
    glued = grammar.GLUED.match(text, pair.end())
    if glued and grammar.UNITS.get(glued.group().lower()) == "measure":
        word, word_end = glued.group(), glued.end()
    else:
        word, word_end = grammar.counted_noun(text, pair.end(), True)
    event = grammar.NEXT_WORD.match(text, word_end) if word is not None else None
    if word is None or event and event.group(1).rstrip(".").lower() in grammar.METRE_EVENTS:
        return
    if grammar.UNITS.get(word.lower()) == "measure":
        fig.kind, fig.unit = "measure", grammar.unit_name(word)
    elif grammar.UNITS.get(word.lower()) is None and grammar.is_plural(word):
        fig.unit = _as_written(word)


def _fraction_measure(text: str, fig: _Figure) -> None:
    """ "½ tbsp", "¾ mile": a fraction in digits with the measure after it."""
    noun, noun_end = grammar.counted_noun(text, fig.end, False)
    if noun is not None and grammar.UNITS.get(noun.lower()) == "measure":
        between = text[fig.end:noun_end - len(noun)].lower()
        fig.kind, fig.end = "measure", noun_end
        _measure_unit(text, fig, noun, between)


def _price_per_measure(text: str, fig: _Figure) -> None:
    """ "$350 per kg", "$80/bbl", "$15.4/hour": a price of a measure or of time is in currency
    per unit (USD/kg, USD/h), so that it is never compared with a plain amount. ("$5 a
    day" and "$20 per person" stay plain amounts.)"""
    if fig.unit is None or "/" in fig.unit or text[fig.end:fig.end + 1] not in (" ", "/"):
        return
    per = grammar.PER_UNIT.match(text, fig.end)
    word = per.group("w") if per else None
    second = _per_symbol(word) if word else None
    if second:
        fig.unit, fig.end = f"{fig.unit}/{second}", per.end()


def _pounds_of_weight(text: str, fig: _Figure, end: int, scaled: bool) -> bool:
    """ "weighs 200 pounds", "lost 25 pounds", "five pounds of cocaine": pounds of weight.

    Money unless a word of weight (or, below 1,000, of height) stands in the 60 characters
    before the figure, a comparison of weight right after it or in the clause after its
    comma ("at 3.1 pounds, the lightest model"), or "of" and a noun follow that is not money ("pounds of
    taxpayers' money" stays money). Millions of pounds are weighed only with "of" and a
    noun ("it lost 30m pounds" is money, "two million pounds of beef" weight).
    """
    if not scaled and (grammar.MASS_CUE_LEFT.search(text, max(0, fig.left - 60), fig.left)
                       or grammar.MASS_CUE_RIGHT.match(text, end)):
        return True
    if not scaled and fig.value < grammar.HEIGHT_CUE_MAX_POUNDS \
            and grammar.HEIGHT_CUE_LEFT.search(text, max(0, fig.left - 60), fig.left):
        return True  # "he was 6-foot-1 and 190 pounds"
    ofm = grammar.OF.match(text, end)
    if not ofm:
        return False
    nxt = grammar.NEXT_WORD.match(text, ofm.end() - 1)
    word = nxt.group(1).lower().rstrip(".,'’") if nxt else ""
    return bool(word) and word not in grammar.MONEY_AFTER_OF and word not in grammar.STOPS


def _measure_unit(text: str, fig: _Figure, noun: str, between: str) -> None:
    """A measure's symbol with what the words around it add: "square metres" -> m²,
    "metric tons" -> t, "miles an hour" -> mph, "degrees Celsius" -> °C."""
    unit = grammar.unit_name(noun)
    if unit == "°":
        degrees = grammar.DEGREE_SCALE.match(text, fig.end)
        if degrees:
            unit, fig.end = "°" + degrees.group(1)[0].upper(), degrees.end()
    else:
        words = set(between.split())
        if not words.isdisjoint(grammar.SQUARE_WORDS):
            unit += "²"
        elif not words.isdisjoint(grammar.CUBIC_WORDS):
            unit += "³"
        elif "metric" in words and unit == "ton":
            unit = "t"
    inches = grammar.INCHES_AFTER.match(text, fig.end) if unit == "ft" else None
    if inches and float(inches.group("n")) < 12:
        fig.value += float(inches.group("n")) / 12
        fig.end = inches.end()
    fig.unit = _compound(text, fig, unit)


def _compound(text: str, fig: _Figure, unit: str) -> str:
    """A measure with its power or its second unit: "4 km squared" -> km², "4km^3" -> km³,
    "10 l/km" -> L/km, "50 meters per millisecond" -> m/ms, "500,000 barrels a day" -> bbl/d."""
    power = grammar.POWER_AFTER.match(text, fig.end) if unit[-1:] not in ("²", "³") else None
    if power:
        unit, fig.end = unit + _power_sign(power), power.end()
    if "/" in unit or unit == "mph":
        return unit
    per = grammar.PER_UNIT.match(text, fig.end)
    if not per:
        return unit
    second = _per_symbol(per.group("t") or per.group("w"))
    if second is None:
        return unit
    fig.end = per.end()
    power = grammar.POWER_AFTER.match(text, fig.end) if per.group("w") else None
    if power and grammar.UNITS.get(per.group("w").lower()) == "measure":  # "2.6 g/cm^3"
        second, fig.end = second + _power_sign(power), power.end()
    return "mph" if unit == "mi" and second == "h" else f"{unit}/{second}"


def _power_sign(power) -> str:
    """² or ³ for a POWER_AFTER match ("^2", "³", "squared")."""
    written = power.group("s") or power.group("p") or ("2" if power.group("w") == "squared" else "3")
    return {"2": "²", "3": "³"}.get(written, written)


def _per_symbol(word: str) -> Optional[str]:
    """The symbol of the unit after "per" or "/": a time ("hour" -> h) or a measure ("kg")."""
    low = word.lower()
    if low in grammar.PER_TIME_SYMBOLS:
        return grammar.PER_TIME_SYMBOLS[low]
    if grammar.UNITS.get(low) == "measure":
        return grammar.unit_name(word)
    return None


def _reference_marker(text: str, start: int, end: int, raw: str) -> bool:
    """A bare whole number alone in brackets that marks a note or a list item: "[1]", "… the
    science (2).", "shrink. (2) Every bullet", "[p. 21 in (4)]". A decimal stays a figure
    ("scoring (15.9)"), and so does a tally after a name or before a verb ("Andy Cole (173)",
    "companies (44) publish them")."""
    if not (raw.isdigit() and len(raw) <= 3 and start > 1 and text[start - 1] in "(["
            and text[end:end + 1] in (")", "]")):
        return False
    if text[start - 1] == "[":
        return True
    before = text[:start - 1].rstrip(" ")[-1:]
    if before in ("", "\n", ".", ":", ";", "\"", "”", "'", "’", "?", "!"):
        return True
    after = text[end + 1:end + 3]
    if after[:1] == " " and after[1:].isupper():
        return True  # "(2) Every bullet": a list item
    prev = _prev_word(text, start - 1)
    return after[:1] in ("", ".", ",", ";", "]", "\n") and prev[:1].islower()


def _share_of(text: str, end: int) -> bool:
    """ "the last two of his seven years": some of a set, not a round ("the last 16 of the Open")."""
    return text.startswith(" of ", end) and not text.startswith(" of the ", end)


def _ranked_list_entry(text: str, left: int) -> bool:
    """A number that starts a line before a capitalised word, in a run of such lines: a
    ranked list ("1 Roger Federer (Switzerland)" then "2 Andy Roddick (US)")."""
    if left > 0 and text[left - 1] != "\n" or not grammar.RANKED_LINE.match(text, left):
        return False
    before = text.rfind("\n", 0, max(0, left - 1))
    for line_start in (text.rfind("\n", 0, before) + 1 if before > 0 else -1, text.find("\n", left) + 1):
        while 0 < line_start < len(text) and text[line_start] == "\n":
            line_start += 1  # over blank lines
        if line_start > 0 and line_start != left and grammar.RANKED_LINE.match(text, line_start):
            return True
    return False


def _glued_letter(text: str, start: int) -> Optional[str]:
    """The currency letter glued to a scaled or grouped amount ("R2.5bn", "N50bn"), else ``None``."""
    letter = text[start - 1]
    if letter not in grammar.CUR_GLUED or start > 1 and (text[start - 2].isalnum() or text[start - 2] in "-/"):
        return None
    return letter if grammar.GLUED_AMOUNT.match(text, start) else None


def _parse_at(text: str, start: int, anchor_end: int) -> tuple[Optional[Number], int]:
    """The figure anchored at ``text[start:anchor_end]`` (or ``None``) and where scanning resumes."""
    word = text[start:anchor_end].lower()
    glued_left = start > 0 and text[start - 1].isalpha()  # "RM79", "$US113", or a code ("A380")
    letter = _glued_letter(text, start) if glued_left else None
    if glued_left and not letter and text[start - 1] not in grammar.CURRENCY_ENDINGS:
        return None, start + 1
    if word in grammar.DENOMINATORS and not grammar.may_be_share(text, start):
        return None, start + 1  # "the third quarter", "second half": ordinals, read cheaply
    wstart = max(0, start - 40)
    fig = _Figure(left=start, end=start, window_start=wstart, window=text[wstart:start])
    digits = _digit_start(text[start])
    sign = _sign(fig) if digits and fig.window[-1:] in ("-", "−") \
        or fig.window.endswith(grammar.SIGN_WORDS) else 1
    if text[start].isdigit():
        if sign == 1 and _blocked_left(text, start):
            return None, grammar.DIGITS.match(text, start).end()
        code = grammar.LEADING_ZERO.match(text, start) if text[start] == "0" else None
        if code:
            return None, code.end()  # "0800 555111", "007": codes, not quantities
        phone = grammar.INTL_PHONE.match(text, start) if text[start - 1:start] == "+" else None
        if phone:
            return None, phone.end()
    before = fig.window.rstrip(" \u00a0")[-1:]
    cur = grammar.LEFT_CURRENCY.search(fig.window) if before and before in grammar.CURRENCY_ENDINGS else None
    if letter:  # "R2.5bn", "N50bn"
        fig.symbol, fig.unit, fig.kind = letter, grammar.CUR_GLUED[letter], "money"
        fig.left, fig.window = start - 1, fig.window[:-1]
        cur, glued_left = True, False
    elif cur:
        fig.symbol = cur.group().strip()
        fig.unit, fig.kind = grammar.CUR_BEFORE[fig.symbol.lower().replace(" ", "")], "money"
        fig.take_left(cur)
        if sign == 1:
            sign = _sign(fig)  # "-$5 million"
    elif glued_left:
        return None, grammar.DIGITS.match(text, start).end()
    elif text[start].isdigit():
        phone = grammar.PHONE.match(text, start) if text[start + 2:start + 3].isdigit() else None
        if phone:
            return None, phone.end()
    if glued_left and not grammar.GLUED_CURRENCY.fullmatch(fig.symbol):
        return None, grammar.DIGITS.match(text, start).end()  # "RS68" is an engine, "RM79" ringgit
    core = _parse_core(text, start, bool(cur), fig.window, word)
    if core is None:
        return None, start + 1
    raw = text[start:core.end]
    if core.vague and not core.scaled and text[core.end + 1:core.end + 2] in ("a", "u"):
        again = grammar.VAGUE_REPEAT.match(text, core.end)
        if again and again.group("w").lower() == raw.lower():
            return None, again.end()  # "hundreds and hundreds of characters": read once, at the second
    if _reference_marker(text, start, core.end, raw):
        return None, core.end
    if "/" in raw and grammar.ODDS_LEFT.search(fig.window):
        return None, core.end  # "with odds of 1/4 to leave"
    if not core.words:
        if not cur and _is_year(raw, text, core.end) and not text.startswith(" and ", core.end) \
                and not grammar.PERCENT.match(text, core.end) and not _left(grammar.LEFT_QUALIFIER, fig.window):
            return None, core.end  # a year, dropped before the tests below (the check further down)
        decade = _age_decade(text, fig, core.end, raw) if text[core.end:core.end + 1] == "s" else None
        if decade is not None:
            return decade, core.end + 1
        if len(raw) == 4 and not cur and _clock_pair(text, start, core.end, raw):
            return None, core.end  # "a curfew between 2200 and 0700"
        if _blocked_right(text, core.end, raw) or not cur and text.startswith(POSSESSIVE_S, core.end):
            return None, core.end  # "the 8900's screen", "2004's average", "70's music": names, years, decades
        if not cur and _in_date(text, start, core.end):
            return None, core.end
    elif core.scaled and not core.vague and core.factor == core.value and raw.lower() in grammar.ATOMS:
        # A bare scale word counts only with an article: "a dozen", "a million".
        art = grammar.LEFT_ARTICLE.search(fig.window)
        if not art:
            return None, core.end
        fig.take_left(art)
        frac = grammar.LEFT_FRACTION.search(fig.window)
        if frac:  # "half a million", "a quarter of a million"
            core.value *= grammar.FRACTION_VALUES[" ".join(frac.group().lower().split())]
            fig.take_left(frac)
    elif core.kind == "fraction" and core.end > start and grammar.LEFT_A.search(fig.window) \
            and text[start:start + 4].lower() != "half":
        fig.take_left(grammar.LEFT_A.search(fig.window))  # "a third of"
    if core.words or text.startswith(" and ", core.end):
        _grow_number(text, core, core.words)
    fig.end, fig.value, fig.value_max = core.end, core.value, core.value_max
    if cur and fig.symbol.lower() in grammar.CUR_FACTORS:  # "MAUD 60"
        fig.value *= grammar.CUR_FACTORS[fig.symbol.lower()]
    if core.kind:
        fig.kind = core.kind
    qual = _left(grammar.LEFT_QUALIFIER, fig.window)
    if qual:
        fig.qualifier = qual.group().strip()
        fig.take_left(qual)
    if not cur and not fig.qualifier and _is_year(raw, text, core.end) \
            and not grammar.PERCENT.match(text, core.end):
        return None, core.end  # "in 2016", "2010-2012": years belong to the dates extractor
    if core.kind == "multiplier":
        fig.unit = "fold"
    elif core.kind == "fraction" or not cur and text[core.end + 1:core.end + 4] in RATIO_STARTS \
            and _ratio(text, fig, core):
        ofm = grammar.OF.match(text, fig.end)
        if ofm and not fig.unit:
            fig.of = grammar.noun_phrase(text, ofm.end() - 1)
        elif not fig.unit and core.kind == "fraction":
            _fraction_measure(text, fig)  # "½ tbsp", "one-half miles"
    else:
        between = grammar.LEFT_BETWEEN.search(fig.window) if "between" in fig.window.casefold() else None
        if _extend_range(text, fig, core, bool(cur), bool(between)) is None:
            return None, fig.end
        if fig.value_max is not None and between and not core.vague:
            fig.take_left(between)
        trailing = grammar.TRAILING_QUALIFIER.match(text, fig.end)
        if trailing:  # "50 or more people", "20-odd years"
            written = trailing.group().strip().lstrip("-")
            fig.qualifier = f"{fig.qualifier} {written}" if fig.qualifier else written
            fig.end = trailing.end()
        number_end = fig.end
        if (cur or not _unit_before(fig)) and not _unit_after(text, fig, core):
            return None, fig.end
        if fig.hyphen_range and fig.unit is None and not fig.qualifier and not between:
            return None, fig.end  # "3-6", "2-240", "(5-9)": set scores, records, wicket falls
        if fig.unit is None and not fig.qualifier and grammar.RANK_AFTER.match(text, fig.end):
            return None, fig.end  # "slipped to eight in the world": a ranking
        if fig.unit is None and not core.words and _is_age(text, start, number_end, fig.value):
            fig.kind, fig.unit = "age", "years"
        if not core.words and not cur and sign == 1 \
                and _is_label(text, fig.left, fig.end, fig.unit, fig.kind):
            return None, fig.end
        if core.words and not core.vague:
            if _is_idiom(text, start, core.end) or not fig.qualifier \
                    and (fig.unit is None or text[core.end + 1:core.end + 2].isupper()) \
                    and _prev_word(text, fig.left).lower().rstrip(".,") in grammar.IDENTIFIERS:
                return None, fig.end  # "at number nine", "in position five", "world number two Tommy Haas"
            if fig.unit is None and not fig.qualifier and not _share_of(text, fig.end) \
                    and (grammar.RANK_LEFT.search(text, max(0, fig.left - 20), fig.left)
                         or grammar.RANK_HYPHEN_LEFT.search(fig.window)):
                return None, fig.end  # "reached the last four", "a top-five player": a round or rank, not a count
            if fig.value == 1 and fig.value_max is None and raw.lower() == "one" \
                    and _one_not_a_count(text, fig.left, fig.qualifier, fig.kind, fig.unit):
                return None, fig.end
            if _names_not_counts(text, fig.left, start, core.end, fig.value, fig.qualifier) \
                    and not (fig.kind == "duration" and grammar.PERIOD_AFTER.match(text, fig.end)):
                # "the three months to 30 November" is a reporting period, not a restatement
                return None, fig.end
    if sign == -1 and not core.vague:
        fig.value = -fig.value
        fig.value_max = -fig.value_max if fig.value_max is not None else None
    return Number(start=fig.left, end=fig.end, text=text[fig.left:fig.end], value=_fmt(fig.value),
                  value_max=_fmt(fig.value_max), unit=fig.unit, of=fig.of, qualifier=fig.qualifier,
                  kind=fig.kind, modifier=fig.modifier,
                  about=number_about.about(text, fig.left, fig.kind, fig.unit, fig.of),
                  symbol=fig.symbol), fig.end


def _sign(fig: _Figure) -> int:
    """-1 when a minus sign or word stands right before the number ("-1.3%", "minus-5 yards")."""
    window = fig.window
    if window[-1:] not in ("-", "−") and not window.rstrip(" -")[-8:].lower().endswith(("minus", "negative")):
        return 1
    m = grammar.LEFT_SIGN.search(window)
    if not m:
        return 1
    fig.take_left(m)
    return -1


def extract_numbers(document: Document) -> list[Number]:
    """Every figure in ``document`` with its value, unit, qualifier and kind."""
    text = document.text
    out: list[Number] = []
    pos = 0
    for start, anchor_end in grammar.anchors(text):
        if start < pos:
            continue  # inside a figure already read
        record, resume = _parse_at(text, start, anchor_end)
        if record is not None and (not out or record.start >= out[-1].end):
            out.append(record)
        pos = max(resume, anchor_end)
    return out


__all__ = ["extract_numbers"]
