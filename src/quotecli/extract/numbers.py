"""Numbers: every figure in a news text and what it counts.

A figure is found from an *anchor* (a digit, a number word or a vague plural such as
"dozens"), then grown to the left (currency symbol, qualifier, "between") and to the
right (scale word, range, percent, currency word, unit, counted noun). Each step is
a regex anchored at a known position, so the whole pass stays linear in the text.

What is *not* a figure is decided at the anchor: days and years of dates and clock
times (the dates extractor owns them), ordinals ("3rd"), labels ("Section 427",
"COVID-19", "S&P 500", "No. 5"), scores ("won 3-1"), fractions ("24/7") and the
pronoun "one" ("no one", "one of the"). Word lists live in ``lexicon/``:
``number_words``, ``number_vague``, ``currencies``, ``qualifiers``, ``number_units``,
``number_identifiers``, ``number_date_words``, ``number_time_words``,
``number_noun_stops``, ``number_modifiers``, ``irregular_plurals``,
``number_fractions``, ``number_idioms``, ``number_one_counts``, ``metre_events``,
``number_change_words``, ``number_fraction_values``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

import regex

from .. import lexicon
from ..document import Document
from ..records import Number

# --- word lists ---------------------------------------------------------------

_WORDS: dict[str, tuple[float, str]] = {
    word: (float(value), role) for word, (value, role) in lexicon.table("number_words").items()
}
_ATOMS = {w: v for w, v in _WORDS.items() if v[1] in ("unit", "teen", "tens", "scale")}
_ABBREV = {w: v[0] for w, v in _WORDS.items() if v[1] == "abbrev"}
_MONEY_ABBREV = {w: v[0] for w, v in _WORDS.items() if v[1] == "money_abbrev"}
_VAGUE = {w: (float(lo), float(hi), where) for w, (lo, hi, where) in lexicon.table("number_vague").items()}
_CURRENCIES = lexicon.table("currencies")
_CUR_BEFORE = {k: v[0] for k, v in _CURRENCIES.items() if v[1] == "before"}
_CUR_AFTER = {k: v[0] for k, v in _CURRENCIES.items() if v[1] == "after"}
_UNITS = {k: v[0] for k, v in lexicon.table("number_units").items()}
_IDENTIFIERS = lexicon.words("number_identifiers")
_MONTHS = lexicon.words("number_date_words")
_TIME_WORDS = lexicon.words("number_time_words")
_STOPS = lexicon.words("number_noun_stops")
_MODIFIERS = lexicon.words("number_modifiers")
_IRREGULAR_PLURALS = lexicon.words("irregular_plurals")
_FRACTIONS = lexicon.words("number_fractions")
_IDIOMS = lexicon.words("number_idioms")
_METRE_EVENTS = lexicon.words("metre_events")
_CHANGE_WORDS = lexicon.words("number_change_words")
_FRACTION_VALUES = {k: float(v[0]) for k, v in lexicon.table("number_fraction_values").items()}
_ONE_COUNTS = lexicon.words("number_one_counts")
_QUALIFIERS = lexicon.words("qualifiers")
_QUALIFIER_WORDS = frozenset(w for q in _QUALIFIERS for w in q.split())

# Lower-case adjective endings: "serious", "national", "wounded", "remaining".
_ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ian", "ese",
                 "ish", "ern", "ed", "ing", "est")
# Endings of words that end in "s" without being plurals.
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics", "'s", "’s")


def _alts(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "a few" beats "a"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased_alts(words: Iterable[str]) -> str:
    """Words as written, Capitalised and UPPER: much faster to scan than IGNORECASE.

    A lookahead on the possible first letters lets the scanner skip most word
    starts before trying the alternation.
    """
    variants = {v for w in words for v in (w, w.capitalize(), w.upper())}
    first = "".join(sorted({v[0] for v in variants}))
    return rf"(?=[{re.escape(first)}])(?:{_alts(variants)})"


# --- patterns -------------------------------------------------------------------

_SP = r"[^\S\n]+"  # spaces (incl. no-break) inside one line
# Left-context patterns end at the number (\Z of a short window before it) and are
# compiled with the ``regex`` module's REVERSE flag, so they are tried from the
# number backwards instead of at every offset of the window.
_VAGUE_ALONE = [w for w, v in _VAGUE.items() if v[2] in ("alone", "of")]
_VAGUE_SCALE = [w for w, v in _VAGUE.items() if v[2] == "scale"]
_PLURAL_SCALES = {w + "s": v[0] for w, v in _ATOMS.items() if v[1] == "scale" and v[0] >= 1000}

_ANCHOR = re.compile(rf"(?<![\w.,])[0-9]|\b{_cased_alts(list(_ATOMS) + list(_VAGUE))}\b")
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
_ATOM = rf"(?:{_alts(_ATOMS)})\b"
_WORDSEQ = re.compile(rf"{_ATOM}(?:(?:{_SP}|-)(?:and{_SP})?{_ATOM})*", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_SCALE_AFTER_DIGITS = re.compile(
    rf"(?:(?:{_SP}|-)?(?:{_alts(w for w, v in _ATOMS.items() if v[1] == 'scale')})\b"
    rf"|(?:{_SP})?(?:{_alts(_ABBREV)})\b)+", re.IGNORECASE)
_MONEY_ABBREV_RE = re.compile(rf"(?:{_alts(_MONEY_ABBREV)})\b", re.IGNORECASE)
_VAGUE_RE = re.compile(
    rf"(?P<a>{_alts(_VAGUE_ALONE)})(?:{_SP}of{_SP}(?P<b>{_alts(_PLURAL_SCALES)}))?\b"
    rf"|(?P<c>{_alts(_VAGUE_SCALE)}){_SP}(?P<d>{_alts(w for w, v in _ATOMS.items() if v[1] == 'scale')})\b",
    re.IGNORECASE)
_LEADING_ZERO = re.compile(r"0[0-9]{2,}")
_PHONE = re.compile(r"\(?[0-9]{3}\)?[-. ][0-9]{3}[-.][0-9]{4}\b|[0-9]{3}-[0-9]{4}\b")

_LEFT_CURRENCY = regex.compile(rf"(?<![A-Za-z])(?:{_alts(_CUR_BEFORE)})(?:{_SP})?\Z", regex.IGNORECASE | regex.REVERSE)
_LEFT_QUALIFIER = regex.compile(rf"(?<![\w-])(?:{_alts(_QUALIFIERS)}){_SP}\Z", regex.IGNORECASE | regex.REVERSE)
_LEFT_FRACTION = regex.compile(rf"\b(?:{_alts(_FRACTION_VALUES)}){_SP}\Z", regex.IGNORECASE | regex.REVERSE)
_CURRENCY_AT = re.compile(rf"(?:{_alts(_CUR_BEFORE)})(?:{_SP})?", re.IGNORECASE)
_LEFT_ARTICLE = regex.compile(rf"\b(?:a|an|one){_SP}\Z", regex.IGNORECASE | regex.REVERSE)
_LEFT_BETWEEN = regex.compile(rf"\bbetween{_SP}\Z", regex.IGNORECASE | regex.REVERSE)
_LEFT_AGED = regex.compile(rf"\b(?:aged|age{_SP}of){_SP}\Z", regex.IGNORECASE | regex.REVERSE)
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:;\n\"“‘'(\u2014])[\s\"“‘']*\Z", regex.REVERSE)
_AGE_LEFT = regex.compile(rf"[^\W\d_]\)?,{_SP}(?:(?:both|aged|each){_SP})?\Z", regex.REVERSE)
_DAY_LIST_LEFT = regex.compile(
    rf"\b(?:{_alts(m.capitalize() for m in _MONTHS)}){_SP}[0-9]{{1,2}}"
    rf"(?:{_SP}(?:or|and|to){_SP}|{_SP}?[-–]{_SP}?)\Z", regex.REVERSE)
_PREV_WORD = regex.compile(rf"(\S+){_SP}\Z", regex.REVERSE)

_GLUED = re.compile(r"[A-Za-z/]+")
_CLOCK_OR_FRACTION = re.compile(r" ?[:/] ?[0-9]")
_CLOCK_LEFT = regex.compile(r"(?:[0-9] ?[:/]|/) ?\Z", regex.REVERSE)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_RANGE_HYPHEN = re.compile(r"[-–—]")
_RANGE_SPACED = re.compile(rf"{_SP}[-–—]{_SP}|{_SP}(?:to|or){_SP}", re.IGNORECASE)
_RANGE_AND = re.compile(rf"{_SP}and{_SP}", re.IGNORECASE)
_PERCENT = re.compile(
    rf"(?:{_SP}|-)?(?:(?P<pp>percentage{_SP}points?)|%|per(?:{_SP})?cent\b|pct\b)", re.IGNORECASE)
_OF = re.compile(rf"{_SP}of{_SP}", re.IGNORECASE)
_CUR_AFTER_RE = re.compile(
    rf"{_SP}(?P<of>of{_SP})?(?P<cur>{_alts(_CUR_AFTER)})\b", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"-(?P<w>[A-Za-z]+)(?P<old>-olds?\b)?")
_NEXT_WORD = re.compile(rf"{_SP}([^\W\d_][\w'’.&-]*)")
_POSSESSIVE = re.compile(r"['’]s?$")
_OLD = re.compile(rf"{_SP}old\b", re.IGNORECASE)
_TIME_AFTER = re.compile(rf"(?:{_SP})?(?:{_alts(_TIME_WORDS)})(?![\w])", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"{_SP}(?:{_alts(_MONTHS)})(?![\w])", re.IGNORECASE)
_ANAPHORIC = frozenset({"the", "these", "those", "both", "all"})
_DETERMINERS = frozenset({"the", "a", "an", "all", "its", "his", "her", "their", "our", "this",
                          "that", "these", "those", "each", "every", "any", "no"})


# --- parsing helpers ----------------------------------------------------------------

@dataclass
class _Core:
    """A parsed number: its value and where it ends; ``words`` says how it was written."""

    value: float
    end: int
    words: bool = False
    scaled: bool = False
    factor: float = 1.0
    value_max: Optional[float] = None
    vague: bool = False


def _parse_words(text: str, start: int) -> Optional[_Core]:
    """Compose "twenty-one", "three hundred and five", "a dozen" from word atoms.

    Stops at the first atom that cannot continue the number ("five six" is two
    numbers, "two and three" too), so the span is exactly the composed number.
    """
    m = _WORDSEQ.match(text, start)
    if not m:
        return None
    total = current = 0.0
    last_role = None
    last_scale = 1.0
    end = start
    for tok in _WORD_TOKEN.finditer(text, start, m.end()):
        word = tok.group().lower()
        if word == "and":
            if last_role != "scale":
                break
            continue
        value, role = _ATOMS[word]
        if role in ("unit", "teen", "tens"):
            if last_role in ("unit", "teen") or (last_role == "tens" and role != "unit"):
                break
            current += value
        else:  # scale
            if last_role == "scale" and value <= 100:
                break
            if value < 1000:
                current = (current or 1) * value
            else:
                total += (current or 1) * value
                current = 0.0
            last_scale = value
        last_role = role
        end = tok.end()
    if end == start:
        return None
    scaled = last_role == "scale"
    return _Core(total + current, end, words=True, scaled=scaled,
                 factor=last_scale if scaled else 1.0)


def _parse_digits(text: str, start: int, money: bool) -> Optional[_Core]:
    """Digits with separators and decimals, then an optional scale ("3.5 million", "5bn")."""
    m = _DIGITS.match(text, start)
    if not m:
        return None
    end = m.end()
    factor = 1.0
    s = _SCALE_AFTER_DIGITS.match(text, end)
    if s:
        for tok in _WORD_TOKEN.finditer(s.group()):
            w = tok.group().lower()
            factor *= _ATOMS[w][0] if w in _ATOMS else _ABBREV[w]
        end = s.end()
    else:
        a = _MONEY_ABBREV_RE.match(text, end)
        if a and (money or _plural_follows(text, a.end())):
            # "£5m", or "5m viewers"; a bare "100m" is metres.
            factor, end = _MONEY_ABBREV[a.group().lower()], a.end()
    value = float(m.group().replace(",", "")) * factor
    return _Core(value, end, scaled=factor != 1.0, factor=factor)


def _plural_follows(text: str, pos: int) -> bool:
    """ "5m viewers": a count noun after a glued "m" makes it millions ("60m hurdles" stays metres)."""
    m = _NEXT_WORD.match(text, pos)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    return word.islower() and _is_plural(word) and word not in _METRE_EVENTS


def _parse_vague(text: str, start: int) -> Optional[_Core]:
    """"dozens", "hundreds of thousands", "several hundred" as a min-max range."""
    m = _VAGUE_RE.match(text, start)
    if not m:
        return None
    if m.group("a"):
        lo, hi, where = _VAGUE[m.group("a").lower()]
        base = _PLURAL_SCALES[m.group("b").lower()] if m.group("b") else None
        if where == "of" and base is None and not _OF.match(text, m.end()):
            return None
    else:
        lo, hi, _ = _VAGUE[m.group("c").lower()]
        base = _ATOMS[m.group("d").lower()][0]
    if base is None:
        return _Core(lo, m.end(), words=True, value_max=hi, vague=True)
    return _Core(lo * base, m.end(), words=True, value_max=(hi + 1) * base - 1, vague=True,
                 scaled=m.group("d") is not None)


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) \
        and low not in _STOPS


def _is_modifier(word: str) -> bool:
    """Words that describe the counted noun rather than name it."""
    low = word.lower()
    if low in _MODIFIERS or word[0].isupper() or "." in word:
        return True
    if "-" in word.strip("-"):
        return not _is_plural(word)  # "consulate-style", "state-run"; "co-workers" is a noun
    return low.endswith(_ADJ_SUFFIXES) and len(low) > 4


def _counted_noun(text: str, pos: int, plural: bool) -> tuple[Optional[str], int]:
    """The noun a number counts: the first plural (or, for one, the first noun) after it.

    Adjectives, capitalised modifiers and noun modifiers are skipped ("50 Mexican
    consulates", "three border agents"); a function word or punctuation ends the
    search with no noun ("12 were hurt", "five of them"). A unit ("10 km") is taken
    at once.
    """
    best: Optional[tuple[str, int]] = None
    skipped_noun = False
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        sentence_end = word.endswith(".") and "." not in word[:-1]
        core = _POSSESSIVE.sub("", word[:-1] if sentence_end else word)
        low = core.lower()
        if not core or low in _STOPS:
            break
        end = m.start(1) + len(core)
        if best is not None:
            # A regular plural right after a collective noun completes a compound
            # ("police officers", "staff members"); anything else ends the search
            # ("14 telecentres uses" is a noun and its verb).
            if plural and best[0].lower() in _IRREGULAR_PLURALS and _is_plural(core) \
                    and core.islower() and low not in _IRREGULAR_PLURALS:
                best = (core, end)
            break
        if low in _UNITS and not (skipped_noun and not _is_plural(core)):
            return core, end
        if plural and _is_plural(core) or not plural and not _is_modifier(core):
            best = (core, end)
        elif skipped_noun:
            break  # only one noun modifier, right before the plural: "three border agents"
        elif not _is_modifier(core):
            skipped_noun = True  # but not "11 protection last year", "40 building including churches"
        if sentence_end:
            break
        pos = m.end()
    return best if best is not None else (None, pos)


def _noun_phrase(text: str, pos: int) -> Optional[str]:
    """What a percentage is "of": a determiner and up to three more words ("the vote").

    The phrase ends before a function word, a participle ("those questioned"), or a
    capitalised word after a lower-case one ("of the people Ericsson asked").
    """
    words: list[str] = []
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        stop = word.endswith(".")
        word = word.rstrip(".")
        low = word.lower()
        if low in _STOPS and not (not words and low in _DETERMINERS):
            break
        if words and (low.endswith("ed") or word[:1].isupper() and words[-1][:1].islower()
                      and words[-1].lower() not in _DETERMINERS):
            break
        words.append(word)
        pos = m.end()
        if stop:
            break
    if not words or words[-1].lower() in _DETERMINERS:
        return None
    return " ".join(words)


# --- context checks ---------------------------------------------------------------

def _prev_word(text: str, start: int) -> str:
    """The word before ``start`` without opening quotes or brackets ("“Guccifer" -> "Guccifer")."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lstrip("\"“‘'([") if m else ""


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
        return True
    if prev == "#":
        return True
    if prev == "." and before.isdigit():
        return True
    return bool(_CLOCK_LEFT.search(text, max(0, start - 4), start))


def _blocked_right(text: str, end: int, raw: str) -> bool:
    """Ordinals ("3rd"), glued letters ("3D", "4G"), decades ("1990s", "80s"),
    clocks ("10:30", "9 a.m.", "06: 31") and fractions ("24/7", "9 / 11")."""
    if end >= len(text):
        return False
    if _CLOCK_OR_FRACTION.match(text, end) or _ORDINAL.match(text, end) or _TIME_AFTER.match(text, end):
        return True
    g = _GLUED.match(text, end)
    if not g:
        return False
    low = g.group().lower()
    if len(g.group()) == 1 and g.group().isupper() and g.group() != "%":
        return True  # a model code: "9400M", "737F"
    if low == "s" and raw.isdigit() and len(raw) in (2, 4) and raw.endswith("0"):
        return True  # a decade
    return not (low in _UNITS or low in _ABBREV or low in _MONEY_ABBREV)


def _in_date(text: str, start: int, end: int) -> bool:
    """A day next to a capitalised month ("July 8", "8 July", "Dec. 20 or 21")."""
    prev = _prev_word(text, start)
    if prev.rstrip(".,").lower() in _MONTHS and prev[:1].isupper():
        return True
    after = _MONTH_AFTER.match(text, end)
    if after and after.group().strip()[:1].isupper():
        return True
    return bool(_DAY_LIST_LEFT.search(text, max(0, start - 30), start))


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
    if not prev or prev[-1:] in ",:;" or prev.endswith(("'s", "’s", "'", "’")):
        return False
    if prev.isupper() and prev.isalpha() and 2 <= len(prev) <= 3 and low not in _STOPS \
            and left > 0 and text[left - 1] == " ":
        return True
    if low in _IDENTIFIERS or "&" in prev:
        return True
    if not (prev[:1].isupper() and low not in _STOPS and low not in _QUALIFIER_WORDS
            and low not in _MODIFIERS and low not in _MONTHS):
        return False
    if unit is None:
        return True
    prev_start = left - 1 - len(prev)
    written = text[end - len(unit):end]
    return kind == "count" and written[:1].islower() and text[left:left + 1].isdigit() \
        and not _SENTENCE_START.search(text, max(0, prev_start - 20), max(0, prev_start))


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    """ "Scott Smith, 46, said" and "both 51,": a bare age in commas after a name."""
    return (1 <= value <= 120 and end < len(text) and text[end] == ","
            and bool(_AGE_LEFT.search(text, max(0, start - 20), start)))


def _one_not_a_count(text: str, left: int, qualifier: Optional[str], kind: str,
                     unit: Optional[str]) -> bool:
    """ "One candidate said", "the father of one victim": "one" as an indefinite article.

    "one" is a figure with a qualifier ("at least one", "just one"), in a duration,
    measure or amount ("one year", "one million"), or after a word that contrasts
    quantities ("instead of one book", "more than one").
    """
    if qualifier or kind != "count":
        return False
    if unit is None:
        return True  # "from one that is": a pronoun
    return _prev_word(text, left).lower().rstrip(".,") not in _ONE_COUNTS


def _is_idiom(text: str, start: int, end: int) -> bool:
    """ "one of the", "one another", "no one", "zero tolerance"."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt and f"{text[start:end].lower()} {nxt.group(1).lower().rstrip('.,')}" in _IDIOMS:
        return True
    prev = _prev_word(text, start).lower().rstrip(".,")
    return text[start:end].lower() == "one" and (prev in _DETERMINERS or prev.endswith("one"))


def _names_not_counts(text: str, left: int, start: int, end: int, value: float,
                      qualifier: Optional[str]) -> bool:
    """ "the two countries" refers back to known things; "the Three Amigos" is a name.

    A small number word right after a definite determiner restates what the reader
    already knows instead of stating a figure ("the two-year extension" still
    counts), and a capitalised number word in mid-sentence belongs to a name.
    """
    if text[start].isupper() and not _SENTENCE_START.search(text, max(0, left - 20), left):
        return True
    return (qualifier is None and value <= 10 and text[end:end + 1] != "-"
            and _prev_word(text, left).lower() in _ANAPHORIC)


# --- the extractor ------------------------------------------------------------------

@dataclass
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

    def take_left(self, m) -> None:
        """Grow the span leftwards over a match in ``window``."""
        self.left = self.window_start + m.start()
        self.window = self.window[:m.start()]


def _parse_core(text: str, start: int, money: bool) -> Optional[_Core]:
    if text[start].isdigit():
        return _parse_digits(text, start, money)
    return _parse_vague(text, start) or _parse_words(text, start)


def _extend_range(text: str, fig: _Figure, core: _Core, money: bool, between: bool,
                  change: bool) -> Optional[bool]:
    """ "20-30", "20 to 30", "two or three", "between 20 and 30", "40% and 50%".

    After a word of change ("fell 5% to 3%", "from 20 to 30") "X to Y" is two
    figures, not a range. Returns ``None`` for a match score ("won 3-1"), which
    is not a figure at all.
    """
    if core.vague:
        return True
    percent = text.startswith("%", fig.end)
    pos = fig.end + 1 if percent else fig.end
    sep = (_RANGE_AND.match(text, pos) if between else None) \
        or (_RANGE_HYPHEN.match(text, pos) if not core.words else None) \
        or (_RANGE_SPACED.match(text, pos) if not change else None)
    if not sep:
        return True
    p = sep.end()
    c2 = _CURRENCY_AT.match(text, p) if money else None
    if c2:
        p = c2.end()
    if p >= len(text) or (text[p].isdigit() == core.words) or not text[p].isalnum():
        return True
    second = _parse_words(text, p) if core.words else _parse_digits(text, p, money)
    if second is None or _blocked_right(text, second.end, text[p:second.end]) \
            or percent and not text.startswith("%", second.end):
        return True  # "fell 2.1% to 17.58 euros" is a change, not a range
    if sep.group() in "-–—" and not core.words and second.value <= core.value:
        fig.end = second.end
        return None
    value = core.value
    if second.scaled and not core.scaled and second.value >= core.value:
        value = core.value * second.factor  # "$20-30 million": the scale applies to both
    if second.value > value:
        fig.value, fig.value_max, fig.end = value, second.value, second.end
        fig.hyphen_range = sep.group() in "-–—"
    return True


def _unit_after(text: str, fig: _Figure, core: _Core) -> bool:
    """Percent, currency word, hyphenated or glued unit, or the counted noun after the number.

    Returns False when what follows shows the number is no figure ("two-thirds").
    """
    end = fig.end
    pct = _PERCENT.match(text, end)
    if pct and fig.kind != "money":
        fig.end = pct.end()
        fig.unit = "percentage points" if pct.group("pp") else "percent"
        fig.kind = "percent"
        ofm = _OF.match(text, fig.end)
        if ofm:
            fig.of = _noun_phrase(text, ofm.end() - 1)
        return True
    if fig.kind == "money":
        return True
    cur = _CUR_AFTER_RE.match(text, end)
    if cur and (not cur.group("of") or core.vague or core.scaled):
        fig.unit, fig.kind, fig.end = _CUR_AFTER[cur.group("cur").lower()], "money", cur.end()
        return True
    hyph = _HYPHEN_UNIT.match(text, end)
    if hyph:
        word = hyph.group("w").lower()
        if word in _FRACTIONS or len(word) < 2:
            return False
        if word in _STOPS:
            return True  # "3-of-9", "three-on-three": no unit
        fig.end = hyph.end()
        if hyph.group("old"):
            fig.kind, fig.unit = "age", word if word.endswith("s") else word + "s"
        else:
            fig.unit, fig.kind = word, _UNITS.get(word, "count")
        return True
    glued = _GLUED.match(text, end)
    if glued and glued.group().lower() in _UNITS:
        fig.unit, fig.end = glued.group(), glued.end()
        fig.kind = _UNITS[fig.unit.lower()]
        return True
    pos = end
    ofm = _OF.match(text, end)
    if core.vague and ofm:
        pos = ofm.end() - 1
    elif core.vague and not core.scaled:
        return True  # "dozens were hurt": the noun comes only with "of"
    plural = core.vague or fig.value != 1 or fig.value_max is not None
    noun, noun_end = _counted_noun(text, pos, plural)
    if noun is None:
        if _LEFT_AGED.search(fig.window):
            fig.kind, fig.unit = "age", "years"
        return True
    fig.unit = noun if any(ch.isupper() for ch in noun[1:]) else noun.lower()
    fig.end = noun_end
    fig.kind = _UNITS.get(fig.unit.lower(), "count")
    old = _OLD.match(text, fig.end)
    if fig.kind == "duration" and fig.unit.startswith("year") and old:
        fig.kind, fig.end = "age", old.end()
    elif fig.kind == "duration" and _LEFT_AGED.search(fig.window):
        fig.kind = "age"
    return True


def _parse_at(text: str, start: int) -> tuple[Optional[Number], int]:
    """The figure anchored at ``start`` (or ``None``) and where scanning resumes."""
    wstart = max(0, start - 40)
    fig = _Figure(left=start, end=start, window_start=wstart, window=text[wstart:start])
    cur = _LEFT_CURRENCY.search(fig.window)
    if cur:
        fig.unit, fig.kind = _CUR_BEFORE[cur.group().strip().lower()], "money"
        fig.take_left(cur)
    if text[start].isdigit():
        if _blocked_left(text, start):
            return None, _DIGITS.match(text, start).end()
        phone = _PHONE.match(text, start)
        if phone and not cur:
            return None, phone.end()
        code = _LEADING_ZERO.match(text, start)
        if code:
            return None, code.end()  # "0800 555111", "007": codes, not quantities
    core = _parse_core(text, start, money=bool(cur))
    if core is None:
        return None, start + 1
    fig.end, fig.value, fig.value_max = core.end, core.value, core.value_max
    raw = text[start:core.end]
    if not core.words:
        if _blocked_right(text, core.end, raw):
            return None, core.end
        if not cur and _in_date(text, start, core.end):
            return None, core.end
    elif core.scaled and not core.vague and core.factor == core.value:
        # A bare scale word counts only with an article: "a dozen", "a million".
        art = _LEFT_ARTICLE.search(fig.window)
        if not art:
            return None, core.end
        fig.take_left(art)
        frac = _LEFT_FRACTION.search(fig.window)
        if frac:  # "half a million", "a quarter of a million"
            fig.value *= _FRACTION_VALUES[" ".join(frac.group().lower().split())]
            fig.take_left(frac)
    qual = _LEFT_QUALIFIER.search(fig.window)
    if qual:
        fig.qualifier = qual.group().strip()
        fig.take_left(qual)
    if not cur and not fig.qualifier and _is_year(raw, text, core.end) and not _PERCENT.match(text, core.end):
        return None, core.end  # "in 2016", "2010-2012": years belong to the dates extractor
    between = _LEFT_BETWEEN.search(fig.window)
    change = _prev_word(text, fig.left).lower().rstrip(".,") in _CHANGE_WORDS
    if _extend_range(text, fig, core, bool(cur), bool(between), change) is None:
        return None, fig.end
    if fig.value_max is not None and between and not core.vague:
        fig.take_left(between)
    number_end = fig.end
    if not _unit_after(text, fig, core):
        return None, fig.end
    if fig.hyphen_range and fig.unit is None and not fig.qualifier and not between:
        return None, fig.end  # "3-6", "2-240", "(5-9)": set scores, records, wicket falls
    if fig.unit is None and not core.words and _is_age(text, start, number_end, fig.value):
        fig.kind, fig.unit = "age", "years"
    if not core.words and not cur and _is_label(text, fig.left, fig.end, fig.unit, fig.kind):
        return None, fig.end
    if core.words and not core.vague:
        if _is_idiom(text, start, core.end):
            return None, fig.end
        if fig.value == 1 and fig.value_max is None and raw.lower() == "one" \
                and _one_not_a_count(text, fig.left, fig.qualifier, fig.kind, fig.unit):
            return None, fig.end
        if _names_not_counts(text, fig.left, start, core.end, fig.value, fig.qualifier):
            return None, fig.end
    return Number(start=fig.left, end=fig.end, text=text[fig.left:fig.end], value=_fmt(fig.value),
                  value_max=_fmt(fig.value_max), unit=fig.unit, of=fig.of, qualifier=fig.qualifier,
                  kind=fig.kind), fig.end


def extract_numbers(document: Document) -> list[Number]:
    """Every figure in ``document`` with its value, unit, qualifier and kind."""
    text = document.text
    out: list[Number] = []
    pos = 0
    while True:
        m = _ANCHOR.search(text, pos)
        if not m:
            break
        record, resume = _parse_at(text, m.start())
        if record is not None and (not out or record.start >= out[-1].end):
            out.append(record)
        pos = max(resume, m.end())
    return out


__all__ = ["extract_numbers"]
