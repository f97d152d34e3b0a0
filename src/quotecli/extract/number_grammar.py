"""The grammar of figures in English news text: number words, vague amounts,
currencies, units and the noun a number counts.

``numbers.py`` finds where figures are and decides what is not one; this module
holds the word lists it reads (all in ``lexicon/``), the regexes that parse a
number at a known position, and the search for the counted noun after it. Every
pattern is matched at a given offset (or, for left context, backwards from one),
so nothing here scans a whole text except the anchors (:func:`anchors`).

Word lists (``lexicon/``): ``number_words``, ``number_vague``, ``currencies``,
``qualifiers``, ``number_units``, ``number_identifiers``, ``number_date_words``,
``number_time_words``, ``number_noun_stops``, ``number_modifiers``,
``irregular_plurals``, ``number_fractions``, ``number_idioms``, ``number_one_counts``,
``metre_events``, ``number_change_words``, ``number_fraction_values``,
``number_determiners``, ``number_trailing_qualifiers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

import regex

from .. import lexicon

# --- word lists ---------------------------------------------------------------

WORDS: dict[str, tuple[float, str]] = {
    word: (float(value), role) for word, (value, role) in lexicon.table("number_words").items()
}
ATOMS = {w: v for w, v in WORDS.items() if v[1] in ("unit", "teen", "tens", "scale")}
ABBREV = {w: v[0] for w, v in WORDS.items() if v[1] == "abbrev"}
MONEY_ABBREV = {w: v[0] for w, v in WORDS.items() if v[1] == "money_abbrev"}
VAGUE = {w: (float(lo), float(hi), where) for w, (lo, hi, where) in lexicon.table("number_vague").items()}
CURRENCIES = lexicon.table("currencies")
CUR_BEFORE = {k: v[0] for k, v in CURRENCIES.items() if v[1] == "before"}
CUR_AFTER = {k: v[0] for k, v in CURRENCIES.items() if v[1] == "after"}
UNITS = {k: v[0] for k, v in lexicon.table("number_units").items()}
IDENTIFIERS = lexicon.words("number_identifiers")
MONTHS = lexicon.words("number_date_words")
TIME_WORDS = lexicon.words("number_time_words")
STOPS = lexicon.words("number_noun_stops")
MODIFIERS = lexicon.words("number_modifiers")
IRREGULAR_PLURALS = lexicon.words("irregular_plurals")
FRACTIONS = lexicon.words("number_fractions")
IDIOMS = lexicon.words("number_idioms")
METRE_EVENTS = lexicon.words("metre_events")
CHANGE_WORDS = lexicon.words("number_change_words")
FRACTION_VALUES = {k: float(v[0]) for k, v in lexicon.table("number_fraction_values").items()}
ONE_COUNTS = lexicon.words("number_one_counts")
QUALIFIERS = lexicon.words("qualifiers")
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())

# Lower-case adjective endings: "serious", "national", "wounded", "remaining".
ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ian", "ese",
                 "ish", "ern", "ed", "ing", "est")
# Endings of words that end in "s" without being plurals.
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics", "'s", "’s")


def alts(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so "a few" beats "a"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def cased(words: Iterable[str]) -> set[str]:
    """Words as written, Capitalised and UPPER: much faster to scan than IGNORECASE."""
    return {v for w in words for v in (w, w.capitalize(), w.upper())}


# --- patterns -------------------------------------------------------------------

SP = r"[^\S\n]+"  # spaces (incl. no-break) inside one line
# Left-context patterns end at the number (\Z of a short window before it) and are
# compiled with the ``regex`` module's REVERSE flag, so they are tried from the
# number backwards instead of at every offset of the window.
VAGUE_ALONE = [w for w, v in VAGUE.items() if v[2] in ("alone", "of")]
VAGUE_SCALE = [w for w, v in VAGUE.items() if v[2] == "scale"]
PLURAL_SCALES = {w + "s": v[0] for w, v in ATOMS.items() if v[1] == "scale" and v[0] >= 1000}

# Where figures start, found by three scans whose patterns begin with a literal or a
# character set, so the scanner jumps between candidates in C instead of trying a
# pattern at every offset: a digit not glued to a word, a number, "." or ",";
# a number word after a space; a number word after any other non-word character.
# (A number word at offset 0 is checked on its own.)
DIGIT_ANCHOR = re.compile("|".join(rf"{d}(?<![\w.,].)" for d in "0123456789"))
_NUMBER_WORDS = lexicon.trie_pattern(cased(list(ATOMS) + list(VAGUE)))
WORD_AT = re.compile(rf"{_NUMBER_WORDS}\b")
SPACE_WORD_ANCHOR = re.compile(rf" {_NUMBER_WORDS}\b")
_FIRST_LETTERS = "".join(sorted({w[0] for w in cased(list(ATOMS) + list(VAGUE))}))
# An ASCII set with a check for other non-word characters after it scans twice as
# fast as ``[^\w ]``; the lookahead drops most punctuation before trying the words.
PUNCT_WORD_ANCHOR = re.compile(rf"[^a-zA-Z0-9_ ](?<=\W)(?=[{re.escape(_FIRST_LETTERS)}]){_NUMBER_WORDS}\b")
DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
ATOM = rf"(?:{alts(ATOMS)})\b"
WORDSEQ = re.compile(rf"{ATOM}(?:(?:{SP}|-)(?:and{SP})?{ATOM})*", re.IGNORECASE)
WORD_TOKEN = re.compile(r"[A-Za-z]+")
SCALE_AFTER_DIGITS = re.compile(
    rf"(?:(?:{SP}|-)?(?:{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b"
    rf"|(?:{SP})?(?:{alts(ABBREV)})\b)+", re.IGNORECASE)
MONEY_ABBREV_RE = re.compile(rf"(?:{alts(MONEY_ABBREV)})\b", re.IGNORECASE)
VAGUE_RE = re.compile(
    rf"(?P<a>{alts(VAGUE_ALONE)})(?:{SP}of{SP}(?P<b>{alts(PLURAL_SCALES)}))?\b"
    rf"|(?P<c>{alts(VAGUE_SCALE)}){SP}(?P<d>{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b",
    re.IGNORECASE)
LEADING_ZERO = re.compile(r"0[0-9]{2,}")
PHONE = re.compile(r"\(?[0-9]{3}\)?[-. ][0-9]{3}[-.][0-9]{4}\b|[0-9]{3}-[0-9]{4}\b")

# Last characters of the currency signs written before a number: the costly
# backwards search for one runs only when the text before a number ends in one.
CURRENCY_ENDINGS = frozenset(c for sign in CUR_BEFORE for c in (sign[-1], sign[-1].upper()))
LEFT_CURRENCY = regex.compile(rf"(?<![A-Za-z])(?:{alts(CUR_BEFORE)})(?:{SP})?\Z",
                              regex.IGNORECASE | regex.REVERSE)
TRAILING_QUALIFIERS = lexicon.words("number_trailing_qualifiers")
TRAILING_QUALIFIER = re.compile(
    "|".join(rf"{SP}{re.escape(q)}\b" if q[0].isalpha() else re.escape(q)
             for q in sorted(TRAILING_QUALIFIERS, key=len, reverse=True)), re.IGNORECASE)
LEFT_QUALIFIER = regex.compile(rf"(?<![\w-])(?:{alts(QUALIFIERS)}){SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_FRACTION = regex.compile(rf"\b(?:{alts(FRACTION_VALUES)}){SP}\Z", regex.IGNORECASE | regex.REVERSE)
CURRENCY_AT = re.compile(rf"(?:{alts(CUR_BEFORE)})(?:{SP})?", re.IGNORECASE)
LEFT_ARTICLE = regex.compile(rf"\b(?:a|an|one){SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_BETWEEN = regex.compile(rf"\bbetween{SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_AGED = regex.compile(rf"\b(?:aged|age(?:{SP}of)?){SP}\Z", regex.IGNORECASE | regex.REVERSE)
SENTENCE_START = regex.compile(r"(?:\A|[.!?:;\n\"“‘'(\u2014])[\s\"“‘']*\Z", regex.REVERSE)
AGE_LEFT = regex.compile(rf"[^\W\d_]\)?,{SP}(?:(?:both|aged|each){SP})?\Z", regex.REVERSE)
DAY_LIST_LEFT = regex.compile(
    rf"\b(?:{alts(m.capitalize() for m in MONTHS)}){SP}[0-9]{{1,2}}"
    rf"(?:{SP}(?:or|and|to){SP}|{SP}?[-–]{SP}?)\Z", regex.REVERSE)
PREV_WORD = regex.compile(rf"(\S+){SP}\Z", regex.REVERSE)

GLUED = re.compile(r"°?[A-Za-z/]+|°")
CLOCK_OR_FRACTION = re.compile(r" ?[:/] ?[0-9]")
CLOCK_LEFT = regex.compile(r"(?:[0-9] ?[:/]|/) ?\Z", regex.REVERSE)
ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
RANGE_HYPHEN = re.compile(r"[-–—]")
RANGE_SPACED = re.compile(rf"{SP}[-–—]{SP}|{SP}(?:to|or){SP}", re.IGNORECASE)
RANGE_AND = re.compile(rf"{SP}and{SP}", re.IGNORECASE)
PERCENT = re.compile(
    rf"(?:{SP}|-)?(?:(?P<pp>percentage{SP}points?)|%|per(?:{SP})?cent\b|pct\b)", re.IGNORECASE)
OF = re.compile(rf"{SP}of{SP}", re.IGNORECASE)
CUR_AFTER_RE = re.compile(
    rf"{SP}(?P<of>of{SP})?(?P<cur>{alts(CUR_AFTER)})\b", re.IGNORECASE)
HYPHEN_UNIT = re.compile(r"-(?P<w>[A-Za-z]+)(?P<old>-olds?\b)?")
NEXT_WORD = re.compile(rf"{SP}([^\W\d_][\w'’.&-]*)")
POSSESSIVE = re.compile(r"['’]s?$")
OLD = re.compile(rf"{SP}old\b", re.IGNORECASE)
TIME_AFTER = re.compile(rf"(?:{SP})?(?:{alts(TIME_WORDS)})(?![\w])", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"{SP}(?:{alts(MONTHS)})(?![\w])", re.IGNORECASE)
DETERMINERS = frozenset(lexicon.table("number_determiners"))
ANAPHORIC = frozenset(w for w, (anaphoric,) in lexicon.table("number_determiners").items()
                      if anaphoric == "yes")


def anchors(text: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` where a figure may start, in text order: a digit, or a
    number word or vague amount ("twenty", "Dozens") starting a word."""
    found = [m.span() for m in DIGIT_ANCHOR.finditer(text)]
    first = WORD_AT.match(text)
    if first:
        found.append(first.span())
    found.extend((m.start() + 1, m.end()) for m in SPACE_WORD_ANCHOR.finditer(text))
    found.extend((m.start() + 1, m.end()) for m in PUNCT_WORD_ANCHOR.finditer(text))
    found.sort()
    return found


# --- parsing helpers ----------------------------------------------------------------

@dataclass
class Core:
    """A parsed number: its value and where it ends; ``words`` says how it was written."""

    value: float
    end: int
    words: bool = False
    scaled: bool = False
    factor: float = 1.0
    value_max: Optional[float] = None
    vague: bool = False


def parse_words(text: str, start: int) -> Optional[Core]:
    """Compose "twenty-one", "three hundred and five", "a dozen" from word atoms.

    Stops at the first atom that cannot continue the number ("five six" is two
    numbers, "two and three" too), so the span is exactly the composed number.
    """
    m = WORDSEQ.match(text, start, start + 200)  # bounded: "twenty three twenty three …" was quadratic
    if not m:
        return None
    total = current = 0.0
    last_role = None
    last_scale = 1.0
    end = start
    for tok in WORD_TOKEN.finditer(text, start, m.end()):
        word = tok.group().lower()
        if word == "and":
            if last_role != "scale":
                break
            continue
        value, role = ATOMS[word]
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
    return Core(total + current, end, words=True, scaled=scaled,
                 factor=last_scale if scaled else 1.0)


def parse_digits(text: str, start: int, money: bool) -> Optional[Core]:
    """Digits with separators and decimals, then an optional scale ("3.5 million", "5bn")."""
    m = DIGITS.match(text, start)
    if not m:
        return None
    end = m.end()
    factor = 1.0
    nxt = text[end:end + 1]
    # A scale ("3.5 million", "5-billion", "5bn") starts with a space, a hyphen or a letter.
    s = SCALE_AFTER_DIGITS.match(text, end) if nxt.isspace() or nxt.isalpha() or nxt == "-" else None
    if s:
        for tok in WORD_TOKEN.finditer(s.group()):
            w = tok.group().lower()
            factor *= ATOMS[w][0] if w in ATOMS else ABBREV[w]
        end = s.end()
    elif nxt.isalpha():
        a = MONEY_ABBREV_RE.match(text, end)
        if a and (money or plural_follows(text, a.end())):
            # "£5m", or "5m viewers"; a bare "100m" is metres.
            factor, end = MONEY_ABBREV[a.group().lower()], a.end()
    value = float(m.group().replace(",", "")) * factor
    return Core(value, end, scaled=factor != 1.0, factor=factor)


def plural_follows(text: str, pos: int) -> bool:
    """ "5m viewers": a count noun after a glued "m" makes it millions ("60m hurdles" stays metres)."""
    m = NEXT_WORD.match(text, pos)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    return word.islower() and is_plural(word) and word not in METRE_EVENTS


def parse_vague(text: str, start: int) -> Optional[Core]:
    """"dozens", "hundreds of thousands", "several hundred" as a min-max range."""
    m = VAGUE_RE.match(text, start)
    if not m:
        return None
    if m.group("a"):
        lo, hi, where = VAGUE[m.group("a").lower()]
        base = PLURAL_SCALES[m.group("b").lower()] if m.group("b") else None
        if where == "of" and base is None and not OF.match(text, m.end()):
            return None
    else:
        lo, hi, _ = VAGUE[m.group("c").lower()]
        base = ATOMS[m.group("d").lower()][0]
    if base is None:
        return Core(lo, m.end(), words=True, value_max=hi, vague=True)
    return Core(lo * base, m.end(), words=True, value_max=(hi + 1) * base - 1, vague=True,
                 scaled=m.group("d") is not None)


def is_plural(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(NOT_PLURAL_ENDINGS) \
        and low not in STOPS


def is_modifier(word: str) -> bool:
    """Words that describe the counted noun rather than name it."""
    low = word.lower()
    if low in MODIFIERS or word[0].isupper() or "." in word:
        return True
    if "-" in word.strip("-"):
        return not is_plural(word)  # "consulate-style", "state-run"; "co-workers" is a noun
    return low.endswith(ADJ_SUFFIXES) and len(low) > 4


def counted_noun(text: str, pos: int, plural: bool) -> tuple[Optional[str], int]:
    """The noun a number counts: the first plural (or, for one, the first noun) after it.

    Adjectives, capitalised modifiers and noun modifiers are skipped ("50 Mexican
    consulates", "three border agents"); a function word or punctuation ends the
    search with no noun ("12 were hurt", "five of them"). A unit ("10 km") is taken
    at once.
    """
    best: Optional[tuple[str, int]] = None
    skipped_noun = False
    for _ in range(4):
        m = NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        sentence_end = word.endswith(".") and "." not in word[:-1]
        core = POSSESSIVE.sub("", word[:-1] if sentence_end else word)
        low = core.lower()
        if not core or low in STOPS:
            break
        end = m.start(1) + len(core)
        if best is not None:
            # A regular plural right after a collective noun completes a compound
            # ("police officers", "staff members"); anything else ends the search
            # ("14 telecentres uses" is a noun and its verb).
            if plural and best[0].lower() in IRREGULAR_PLURALS and is_plural(core) \
                    and core.islower() and low not in IRREGULAR_PLURALS:
                best = (core, end)
            break
        if low in UNITS and not (skipped_noun and not is_plural(core)):
            return core, end
        if plural and is_plural(core) or not plural and not is_modifier(core):
            best = (core, end)
        elif skipped_noun:
            break  # only one noun modifier, right before the plural: "three border agents"
        elif not is_modifier(core):
            skipped_noun = True  # but not "11 protection last year", "40 building including churches"
        if sentence_end:
            break
        pos = m.end()
    return best if best is not None else (None, pos)


def noun_phrase(text: str, pos: int) -> Optional[str]:
    """What a percentage is "of": a determiner and up to three more words ("the vote").

    The phrase ends before a function word, a participle ("those questioned"), or a
    capitalised word after a lower-case one ("of the people Ericsson asked").
    """
    words: list[str] = []
    for _ in range(4):
        m = NEXT_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        stop = word.endswith(".")
        word = word.rstrip(".")
        low = word.lower()
        if low in STOPS and not (not words and low in DETERMINERS):
            break
        if words and (low.endswith("ed") or word[:1].isupper() and words[-1][:1].islower()
                      and words[-1].lower() not in DETERMINERS):
            break
        words.append(word)
        pos = m.end()
        if stop:
            break
    if not words or words[-1].lower() in DETERMINERS:
        return None
    return " ".join(words)
