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
``number_determiners``, ``number_trailing_qualifiers``, ``number_denominators``,
``number_multipliers``, ``number_age_verbs``, ``number_men_singulars``, ``number_units_before``, ``number_one_alone``.
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
MONEY_ABBREV = {w: v[0] for w, v in WORDS.items() if v[1] in ("money_abbrev", "currency_abbrev")}
CURRENCY_ONLY_ABBREV = frozenset(w for w, v in WORDS.items() if v[1] == "currency_abbrev")
VAGUE = {w: (float(lo), float(hi), where) for w, (lo, hi, where) in lexicon.table("number_vague").items()}
CURRENCIES = lexicon.table("currencies")
CUR_BEFORE = {k: v[0] for k, v in CURRENCIES.items() if v[1] in ("before", "both")}
CUR_AFTER = {k: v[0] for k, v in CURRENCIES.items() if v[1] in ("after", "both")}
# Currency signs that may stand glued after the digits ("-15€", "100₾").
SYMBOLS_AFTER = frozenset(k for k in CUR_AFTER if len(k) == 1 and not k.isalnum())
# Capital letters that are a currency only when glued to a scaled or grouped amount ("R2.5bn").
CUR_GLUED = {k.upper(): v[0] for k, v in CURRENCIES.items() if v[1] == "glued"}
GLUED_AMOUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\.[0-9]+)?(?:bn|m|tn|{SP}(?:billion|million|trillion))\b"
                          .replace("{SP}", "[ \u00a0]"))
CUR_FACTORS = {k: float(v[2]) for k, v in CURRENCIES.items() if len(v) > 2}
UNITS = {k: v[0] for k, v in lexicon.table("number_units").items()}
UNIT_SYMBOLS = {k: v[1] for k, v in lexicon.table("number_units").items() if len(v) > 1}
DENOMINATORS = {k: int(v[0]) for k, v in lexicon.table("number_denominators").items()}
MULTIPLIERS = {k: float(v[0]) for k, v in lexicon.table("number_multipliers").items()}
IDENTIFIERS = lexicon.words("number_identifiers")
MONTHS = lexicon.words("number_date_words")
TIME_WORDS = lexicon.words("number_time_words")
STOPS = lexicon.words("number_noun_stops")
MODIFIERS = lexicon.words("number_modifiers")
ICS_MASS = lexicon.words("number_ics_mass")
IRREGULAR_PLURALS = lexicon.words("irregular_plurals")
MEN_SINGULARS = lexicon.words("number_men_singulars")
UNITS_BEFORE = lexicon.words("number_units_before")
HEAD_STOPS = lexicon.words("number_head_stops")
ONE_ALONE = lexicon.words("number_one_alone")
FRACTIONS = lexicon.words("number_fractions")
IDIOMS = lexicon.words("number_idioms")
METRE_EVENTS = lexicon.words("metre_events")
CHANGE_WORDS = lexicon.words("number_change_words")
FRACTION_VALUES = {k: float(v[0]) for k, v in lexicon.table("number_fraction_values").items()}
ONE_COUNTS = lexicon.words("number_one_counts")
QUALIFIERS = lexicon.words("qualifiers")
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())

# Lower-case adjective endings: "serious", "national", "wounded", "remaining", "regular".
ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ian", "ese",
                 "ish", "ern", "ed", "ing", "est", "ular")
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
# pattern at every offset: a digit not glued to a number, "." or "," (after a letter only a glued currency, "RM79", makes it one);
# a number word after a space; a number word after any other non-word character.
# (A number word at offset 0 is checked on its own.)
DIGIT_ANCHOR = re.compile("|".join(rf"{d}(?<![0-9_.,].)" for d in "0123456789"))
_ANCHOR_WORDS = list(ATOMS) + list(VAGUE) + list(DENOMINATORS) + list(MULTIPLIERS)
_NUMBER_WORDS = lexicon.trie_pattern(cased(_ANCHOR_WORDS))
WORD_AT = re.compile(rf"{_NUMBER_WORDS}\b")
SPACE_WORD_ANCHOR = re.compile(rf" {_NUMBER_WORDS}\b")
_FIRST_LETTERS = "".join(sorted({w[0] for w in cased(_ANCHOR_WORDS)}))
# An ASCII set with a check for other non-word characters after it scans twice as
# fast as ``[^\w ]``; the lookahead drops most punctuation before trying the words.
PUNCT_WORD_ANCHOR = re.compile(rf"[^a-zA-Z0-9_ ](?<=\W)(?=[{re.escape(_FIRST_LETTERS)}]){_NUMBER_WORDS}\b")
# A point not glued to a word or number starts a figure too: ".500 record", ".001 per cent".
POINT_ANCHOR = re.compile(r"\.(?=[0-9])(?<![\w.,]\.)")
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
          "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
# One character set: scanning a non-ASCII text for it runs in C (a set test walked the text).
VULGAR_ANCHOR = re.compile(f"[{''.join(VULGAR)}](?<![\\w.,].)")
# Thousands grouped by commas, by the Indian lakh commas ("12,34,567") or by a (thin or
# no-break) space ("40 000", "1 414 021 100"; not "10 737-800 planes"), then plain digits
# or a leading point.
# (The first branch: thousands with a stray space after the comma, "2, 000ft"; only
# "000" groups, since "June 2, 500 people" is a date and a count.)
DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*(?:, 000)+(?![0-9])(?:\.[0-9]+)?"
                    r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
                    r"|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])(?:\.[0-9]+)?"
                    r"|[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?:\.[0-9]+)?(?![0-9,.]?[0-9]|[-–/A-Za-z])"
                    r"|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
GROUPING = re.compile(r"[, \u00a0\u202f]")
# "4 1/2", "2 1/2 in": a whole number and a fraction; "1/4 inch": a fraction alone. Only
# the denominators of measures and shares, so "9/11" and "24/7" stay labels.
SLASH_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
MIXED_FRACTION = re.compile(r"[^\S\n]([0-9])/([0-9]{1,2})(?![0-9/])")
SLASH_FRACTION = re.compile(r"/([0-9]{1,2})(?![0-9/])")
ATOM = rf"(?:{alts(ATOMS)})\b"
# At most twelve atoms: no number is longer, and the bound keeps a long run of number
# words ("one one one ...") linear instead of rescanning the rest of the run at each word.
WORDSEQ = re.compile(rf"{ATOM}(?:(?:{SP}|-)(?:and{SP})?{ATOM}){{0,12}}", re.IGNORECASE)
WORD_TOKEN = re.compile(r"[A-Za-z]+")
SCALE_AFTER_DIGITS = re.compile(
    rf"(?:(?:{SP}|-)?(?:{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b"
    rf"|(?:{SP})?(?:{alts(ABBREV)})\b){{1,3}}", re.IGNORECASE)
# "3 hundred and 21", "4 thousand 3 hundred": digits continuing a number after a scale word.
SCALE_WORDS = {w: v[0] for w, v in ATOMS.items() if v[1] == "scale" and v[0] >= 100}
DIGITS_AFTER_SCALE = re.compile(
    rf"(?:{SP}and)?{SP}(?P<n>[0-9]{{1,3}})(?![0-9]|[.,:/][0-9])(?:{SP}(?P<s>{alts(SCALE_WORDS)})\b)?",
    re.IGNORECASE)
MONEY_ABBREV_RE = re.compile(rf"(?:{alts(MONEY_ABBREV)})\b", re.IGNORECASE)
VAGUE_RE = re.compile(
    rf"(?P<a>{alts(VAGUE_ALONE)})(?:{SP}of{SP}(?P<b>{alts(PLURAL_SCALES)}))?\b"
    rf"|(?P<c>{alts(VAGUE_SCALE)}){SP}(?P<d>{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b",
    re.IGNORECASE)
# A code with a leading zero and the digit groups of a phone number after it ("0800 123 4567").
LEADING_ZERO = re.compile(r"0[0-9]{2,}(?:[ \u00a0][0-9]{3,4}(?![0-9]|[,.][0-9]))*")
# After a "+": an international phone number's groups ("+44 20 7946 0958").
INTL_PHONE = re.compile(r"[0-9]{1,3}(?:[ \u00a0-][0-9]{2,4}){2,}(?![0-9]|[,.][0-9])")
_DIGIT_WORDS = [w for w, v in ATOMS.items() if v[1] in ("unit", "teen", "tens")]
POINT_WORDS = re.compile(rf"{SP}point{SP}(?P<d>(?:{alts(_DIGIT_WORDS)})\b(?:{SP}(?:{alts(_DIGIT_WORDS)})\b)*)",
                         re.IGNORECASE)
# "5 feet 2 inches", "12 ft 2 in": one length.
# "5-foot-11", "6-foot-2-inch", "5-feet-8 inches": a height's inches glued to a hyphenated foot.
HYPHEN_INCHES = re.compile(rf"-(?P<n>[0-9]{{1,2}})(?:(?:-|{SP})inch(?:es)?\b)?(?![0-9.,]?[0-9A-Za-z])")
INCHES_AFTER = re.compile(rf"(?:{SP}and)?{SP}(?P<n>[0-9]{{1,2}}(?:\.[0-9]+)?){SP}(?:inches|inch|in)\b", re.IGNORECASE)
DENOM_AFTER = re.compile(rf"(?:{SP}|-)(?P<d>{alts(DENOMINATORS)})\b", re.IGNORECASE)
AND_FRACTION = re.compile(
    rf"{SP}and{SP}(?P<num>a|an|{alts(w for w, v in ATOMS.items() if v[1] == 'unit' and v[0] >= 1)})"
    rf"[ -](?P<den>{alts(DENOMINATORS)})\b", re.IGNORECASE)
SCALE_WORD = re.compile(rf"{SP}(?P<s>{alts(w for w, v in ATOMS.items() if v[1] == 'scale' and v[0] >= 1000)})\b",
                        re.IGNORECASE)
# What may follow a lone "half" to make it a share: "half of", "half the", "half its".
HALF_OF = re.compile(rf"{SP}(?:of|the|its|their|his|her|our|your|all|those|these|them)\b", re.IGNORECASE)
A_SCALE = re.compile(rf"{SP}(?:a|an){SP}(?:{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b",
                     re.IGNORECASE)
OF_SCALE = re.compile(rf"{SP}of{SP}(?:a|an){SP}(?:{alts(w for w, v in ATOMS.items() if v[1] == 'scale')})\b",
                      re.IGNORECASE)
RATIO = re.compile(rf"{SP}(?:in|out{SP}of|of){SP}(?=[0-9a-z])", re.IGNORECASE)
# Cents after an amount in words: "15 dollars and 50", "3 dollars 50 cents".
CENTS = re.compile(rf"(?:{SP}and)?{SP}(?P<n>[0-9]{{1,2}}|[a-z]+(?:[- ][a-z]+)?)(?P<c>{SP}(?:cents?|pence))?(?![\w])",
                   re.IGNORECASE)
CENT_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "HKD", "SGD", "CHF"})
PHONE = re.compile(r"\(?[0-9]{3}\)?[-. ][0-9]{3}[-.][0-9]{4}\b|[0-9]{3}-[0-9]{4}\b")

# Last characters of the currency signs written before a number: the costly
# backwards search for one runs only when the text before a number ends in one.
CURRENCY_ENDINGS = frozenset(c for sign in CUR_BEFORE for c in (sign[-1], sign[-1].upper()))
# A dollar's letters may stand apart from its sign in tokenised or typed text ("C $ 16.4
# million", "HK $10bn"); not after one or two letters that are also words ("a $5 fee",
# "it's $5", "gave us $5"), which stay US dollars.
SPACED_DOLLARS = [sign[:-1] + " $" for sign in CUR_BEFORE
                  if sign.endswith("$") and sign[:-1].isalpha() and sign[:-1] not in ("a", "s", "r", "us", "au")]
LEFT_CURRENCY = regex.compile(rf"(?<![A-Za-z])(?:{alts(list(CUR_BEFORE) + SPACED_DOLLARS)})(?:{SP})?\Z",
                              regex.IGNORECASE | regex.REVERSE)
TRAILING_QUALIFIERS = lexicon.words("number_trailing_qualifiers")
TRAILING_QUALIFIER = re.compile(
    "|".join(rf"{SP}{re.escape(q)}\b" if q[0].isalpha() else re.escape(q)
             for q in sorted(TRAILING_QUALIFIERS, key=len, reverse=True)), re.IGNORECASE)
LEFT_QUALIFIER = regex.compile(rf"(?<![\w-])(?:{alts(QUALIFIERS)}){SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_FRACTION = regex.compile(rf"\b(?:{alts(FRACTION_VALUES)}){SP}\Z", regex.IGNORECASE | regex.REVERSE)
CURRENCY_AT = re.compile(rf"(?:{alts(CUR_BEFORE)})(?:{SP})?", re.IGNORECASE)
LEFT_ARTICLE = regex.compile(rf"\b(?:a|an|one){SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_A = regex.compile(rf"\b(?:a|an){SP}\Z", regex.IGNORECASE | regex.REVERSE)
# A sign: "-1.3%", "$-50.8bn", "minus-5 yards", "negative 3", "−2".
LEFT_SIGN = regex.compile(rf"(?:\b(?:minus|negative)(?:{SP}|-)|(?<![\w.,%)\]-])[-−])\Z",
                          regex.IGNORECASE | regex.REVERSE)
# A number in a list before "and one count": digits (not a year) or a small number word.
LISTED_NUMBER = re.compile(
    r"\b(?:[0-9]{1,3}(?:,[0-9]{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![-/:.][0-9])",
    re.IGNORECASE)
# "magnitude 5.2", "magnitude-7": a unit written before its number.
LEFT_UNIT = regex.compile(rf"(?<![\w-])(?:{alts(UNITS_BEFORE)})(?:{SP}|-)\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_BETWEEN = regex.compile(rf"\bbetween{SP}\Z", regex.IGNORECASE | regex.REVERSE)
LEFT_AGED = regex.compile(rf"\b(?:aged|age(?:{SP}of)?){SP}\Z", regex.IGNORECASE | regex.REVERSE)
SENTENCE_START = regex.compile(r"(?:\A|[.!?:;\n\"“‘'(\u2014])[\s\"“‘']*\Z", regex.REVERSE)
AGE_LEFT = regex.compile(rf"[^\W\d_]\)?,{SP}(?:(?:both|aged|each){SP})?\Z", regex.REVERSE)
# "Andrew Lopez, 20 was": a capitalised name (not a sentence's first word alone) and a comma.
NAME_AGE_LEFT = regex.compile(rf"(?<![\w'’-])([A-Z][a-z'’-]+){SP}[A-Z][a-z'’-]+,{SP}\Z", regex.REVERSE)
AGE_VERBS = lexicon.words("number_age_verbs")
DAY_LIST_LEFT = regex.compile(
    rf"\b(?:{alts(m.capitalize() for m in MONTHS)}){SP}[0-9]{{1,2}}"
    rf"(?:{SP}(?:or|and|to){SP}|{SP}?[-–]{SP}?)\Z", regex.REVERSE)
# Betting odds written as a slash ("odds of 1/4", "odds 7/4"): a price, not a share.
ODDS_LEFT = regex.compile(rf"\bodds(?:{SP}(?:of|at))?{SP}\Z", regex.IGNORECASE | regex.REVERSE)
# "He was 77." / "She is 40.": a person's age closing a sentence (obituaries, profiles).
PRONOUN_WAS_LEFT = regex.compile(rf"(?:\A|[.!?\n\"“]{SP}?)(?:He|She){SP}(?:was|is){SP}\Z", regex.REVERSE)
DURATION_LEFT = lexicon.words("number_duration_left")
RANK_WORDS = lexicon.words("number_rank_words")
# "the last 16", "latinohiphopradio.com's top 10": a rank word after "the" or a possessive.
# "hundreds and hundreds of", "thousands upon thousands": the vague amount said twice is one
VAGUE_REPEAT = re.compile(rf"{SP}(?:and|upon){SP}(?=(?P<w>[A-Za-z]+))", re.IGNORECASE)
# "in his 30s", "in their early 20s": an age written as its decade
AGE_DECADE_LEFT = regex.compile(rf"\bin{SP}(?:his|her|their|my|your|our){SP}(?:(?:early|mid|late)(?:-|{SP}))?\Z",
                                regex.IGNORECASE)
# "eight in the world", "number 3 in Europe": a ranking, not a count
RANK_AFTER = re.compile(rf"{SP}in{SP}the{SP}world(?![\w'’])", re.IGNORECASE)
# "between 2200 and 0700": a 24-hour clock time joined to one written with its leading zero
CLOCK_PAIR_AFTER = re.compile(rf"(?:{SP}(?:and|to|until|till){SP}|{SP}?-{SP}?)(?:0[0-9]|1[0-9]|2[0-3])[0-5][0-9]\b")
CLOCK_PAIR_BEFORE = re.compile(rf"\b(?:[01][0-9]|2[0-3])[0-5][0-9](?:{SP}(?:and|to|until|till){SP}|{SP}?-{SP}?)\Z")
RANK_LEFT = regex.compile(rf"(?:\bthe|['’]s){SP}(?:{alts(RANK_WORDS)}){SP}\Z", regex.IGNORECASE | regex.REVERSE)
# "a top-five player", "a top-10 finish": a rank word joined to the number is a rank label.
RANK_HYPHEN_LEFT = regex.compile(rf"(?<![\w-])(?:{alts(RANK_WORDS)})-\Z", regex.IGNORECASE | regex.REVERSE)
PERIOD_WORDS = lexicon.words("number_period_words")
PERIOD_AFTER = re.compile(rf"{SP}(?:{alts(PERIOD_WORDS)})\b", re.IGNORECASE)
# A ranked list's entry: a line that starts with a number and a capitalised word.
RANKED_LINE = re.compile(r"(?m)^[0-9]{1,3} [A-Z]")
PREV_WORD = regex.compile(rf"(\S+){SP}\Z", regex.REVERSE)

GLUED = re.compile(r"°?[A-Za-z/]+|°")
# "40C", "-5C", "104F": a capital C or F glued to a temperature's digits (British news
# leaves out the degree sign). Beyond these magnitudes the letter is a model code ("737F").
GLUED_TEMPERATURE = {"C": 60.0, "F": 135.0}
# Glued suffixes that are neither units nor scales but still end a figure: "24pc", "164p".
GLUED_OTHER = frozenset({"pc", "pct", "p"})
GLUED_MONEY = {"p": "GBX"}
# Currencies written in letters that may touch the digits: a "$" form ("$US113"), an ISO
# code in capitals ("USD50") or the two usual abbreviations ("RM79", "Rs500").
GLUED_CURRENCY = re.compile(r".*\$.*|[A-Z]{3}|RM|Rs\.?|KShs?|Kshs?")
DEGREE_SCALE = re.compile(rf"{SP}(Celsius|Fahrenheit|C|F)\b")
DEGREE_SIGN = re.compile(r"[^\S\n]?°[^\S\n]?(?P<s>[CF](?![A-Za-z]))?")
# "188 miles an hour", "500,000 barrels a day", "50 km per second", "30 km/h", "10 l/km",
# "50 meters per millisecond": the second unit of a compound, a time word or any measure.
PER_UNIT = re.compile(rf"{SP}(?:an|a){SP}(?P<t>hour|minute|second|day|week|year)\b"
                      rf"|(?:{SP}per{SP}|/)(?P<w>[A-Za-z]+)\b", re.IGNORECASE)
PER_TIME_SYMBOLS = {"hour": "h", "hours": "h", "h": "h", "hr": "h", "minute": "min", "min": "min",
                    "second": "s", "sec": "s", "s": "s", "millisecond": "ms", "ms": "ms", "day": "d",
                    "week": "wk", "year": "yr"}
# A power after a length: "4km^2", "4 km squared", "3 m³".
POWER_AFTER = re.compile(rf"\^(?P<p>[23])(?![0-9])|(?P<s>[²³])|{SP}(?P<w>squared|cubed)\b")
SQUARE_WORDS = frozenset({"square", "sq", "sq."})
CUBIC_WORDS = frozenset({"cubic", "cu", "cu."})
POWER_WORDS = SQUARE_WORDS | CUBIC_WORDS
# "2 in thick", "2 1/2 in.", "10 \" long": inches written "in" or as an inch mark, read only
# where the preposition or a closing quotation mark cannot be meant (a dimension word or the
# end of the sentence follows).
DIMENSION_WORDS = r"(?:thick|long|wide|tall|high|deep|across|in{SP}diameter)\b"
INCH_AFTER = re.compile(rf"{SP}in\b(?=\.?[^\S\n]*(?:\n|\Z)|[,;)]|\.\s|{SP}{DIMENSION_WORDS})"
                        rf"|(?:{SP})?[\"″](?={SP}{DIMENSION_WORDS})|″")
# "8- to 16-meter", "320- to 640-inch": the first number of a range shares the second's unit.
SUSPENDED_RANGE = re.compile(rf"-{SP}(?:to|or|and){SP}(?=[0-9])")
# "45 and 50 mg": a pair of numbers with the measure after the second.
PAIR_MEASURE = re.compile(rf"{SP}(?:and|or){SP}[0-9]+(?:\.[0-9]+)?(?:{SP})?(?P<u>[A-Za-z]+)\b")
# "1,024 by 768 pixels", "12 x 15 feet": the sides of a dimension, the unit after the second.
DIMENSION_PAIR = re.compile(rf"{SP}(?:by|x|×){SP}[0-9][0-9,]*(?:\.[0-9]+)?")
# "87 yo", "87 y/o": an age written short.
AGE_ABBREV = re.compile(rf"{SP}(?:yo|y/o|y\.o\.)(?![\w/])", re.IGNORECASE)
# Pounds of weight and pounds of money: a word of weight nearby ("weighs", "lost", "tons") or
# "of" and a thing ("five pounds of cocaine") make them weight; see number_pound_context.
POUND_CONTEXT = {w: role for w, (role,) in lexicon.table("number_pound_context").items()}
MASS_CUE_LEFT = re.compile(
    rf"\b(?:{alts(w for w, r in POUND_CONTEXT.items() if r in ('mass', 'compare'))})\b", re.IGNORECASE)
# right after the pounds ("two pounds lighter") or in the clause after their comma ("at 3.1
# pounds, it is the lightest"); "paid 40 pounds for the heaviest bag" is money
MASS_CUE_RIGHT = re.compile(
    rf"(?:,[^.!?;:\n]{{0,60}}?\b|{SP})(?:{alts(w for w, r in POUND_CONTEXT.items() if r == 'compare')})\b",
    re.IGNORECASE)
HEIGHT_CUE_LEFT = re.compile(
    rf"\b(?:{alts(w for w, r in POUND_CONTEXT.items() if r == 'height')})\b", re.IGNORECASE)
#: a person's weight stays below this many pounds; priced floor space runs above it
HEIGHT_CUE_MAX_POUNDS = 1000
# "a five-pound note": a hyphenated pound that is money.
POUND_NOTE = re.compile(rf"{SP}(?:notes?|coins?)\b", re.IGNORECASE)
MONEY_AFTER_OF = frozenset(w for w, r in POUND_CONTEXT.items() if r == "money")
WEEKDAYS = frozenset(lexicon.table("weekdays"))
CLOCK_OR_FRACTION = re.compile(r" ?[:/] ?[0-9]")
CLOCK_LEFT = regex.compile(r"(?:[0-9] ?[:/]|/) ?\Z", regex.REVERSE)
ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
RANGE_HYPHEN = re.compile(r"[-–—]")
RANGE_SPACED = re.compile(rf"{SP}[-–—]{SP}|{SP}(?:to|or){SP}", re.IGNORECASE)
RANGE_AND = re.compile(rf"{SP}and{SP}", re.IGNORECASE)
# "$140- $150 million", "$20 -$25m": a dash spaced on one side only, a currency sign after it
MONEY_DASH = re.compile(rf"(?:{SP}[-–—]|[-–—]{SP})(?=(?:{alts(CUR_BEFORE)}))", re.IGNORECASE)
PERCENT = re.compile(
    rf"(?:{SP}|-)?(?:(?P<pp>percentage{SP}points?)|%|per(?:{SP})?cent\b|pct\b|pc\b)", re.IGNORECASE)
OF = re.compile(rf"{SP}of{SP}", re.IGNORECASE)
CUR_AFTER_RE = re.compile(
    rf"{SP}(?P<of>of{SP})?(?P<cur>{alts(CUR_AFTER)})(?!\w)", re.IGNORECASE)
HYPHEN_UNIT = re.compile(r"-(?P<w>[A-Za-z]+)(?P<old>-olds?\b)?")
# The number of a model name written apart from its letters ("AK 47", "F 16") before a noun.
LABEL_NUMBER = re.compile(rf"{SP}[0-9]{{1,4}}(?={SP}[A-Za-z])")
NEXT_WORD = re.compile(rf"{SP}([^\W\d_][\w'’.&-]*)")
POSSESSIVE = re.compile(r"['’]s?$")
OLD = re.compile(rf"{SP}old\b", re.IGNORECASE)
TIME_AFTER = re.compile(rf"(?:{SP})?(?:{alts(TIME_WORDS)})(?![\w])", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"{SP}(?:{alts(MONTHS)})(?![\w])", re.IGNORECASE)
DETERMINERS = frozenset(lexicon.table("number_determiners"))
# A partitive after a count: "five of the nine tournaments", "eight of Alitalia's rivals" —
# "of", a determiner or a possessive name, and perhaps the total, before the counted noun.
PARTITIVE = re.compile(
    rf"{SP}of{SP}(?:(?:the|these|those|his|her|its|their|our|your|my)(?:{SP}[A-Z][\w.&-]*['’]s?)?"
    rf"|[A-Z][\w.&-]*['’]s?)"
    rf"(?P<total>{SP}(?:[0-9][0-9,]*|{ATOM}))?(?=[^\S\n])", re.IGNORECASE)
# "the nine" right after "five of": the total of a partitive, new information
PARTITIVE_TOTAL_LEFT = re.compile(
    rf"(?:[0-9]|\b(?:{alts(ATOMS)})){SP}of{SP}(?:the|these|those|his|her|its|their|our|your|my)(?:{SP})?$",
    re.IGNORECASE)
ANAPHORIC = frozenset(w for w, (anaphoric,) in lexicon.table("number_determiners").items()
                      if anaphoric == "yes")


def anchors(text: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` where a figure may start, in text order: a digit, or a
    number word or vague amount ("twenty", "Dozens") starting a word."""
    found = [m.span() for m in DIGIT_ANCHOR.finditer(text)]
    if "." in text:
        found.extend(m.span() for m in POINT_ANCHOR.finditer(text))
    if not text.isascii():
        found.extend(m.span() for m in VULGAR_ANCHOR.finditer(text))
    first = WORD_AT.match(text)
    if first:
        found.append(first.span())
    found.extend((m.start() + 1, m.end()) for m in SPACE_WORD_ANCHOR.finditer(text))
    found.extend((m.start() + 1, m.end()) for m in PUNCT_WORD_ANCHOR.finditer(text))
    found.sort()
    return found


# --- parsing helpers ----------------------------------------------------------------

@dataclass(slots=True)
class Core:
    """A parsed number: its value and where it ends; ``words`` says how it was written."""

    value: float
    end: int
    words: bool = False
    scaled: bool = False
    factor: float = 1.0
    value_max: Optional[float] = None
    vague: bool = False
    kind: Optional[str] = None  # "fraction" or "multiplier" when the number itself says so


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
            if last_role != "scale" or AND_FRACTION.match(text, tok.start() - 1):
                break  # "two and three"; "six million and two thirds" is read by the caller
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
    value = total + current
    point = POINT_WORDS.match(text, end) if not scaled and text.startswith(" point ", end) else None
    if point:  # "five point five", "nought point nought three"
        digits = "".join(str(int(ATOMS[w.lower()][0])) for w in WORD_TOKEN.findall(point.group("d")))
        value, end = float(f"{int(value)}.{digits}"), point.end()
    return Core(value, end, words=True, scaled=scaled, factor=last_scale if scaled else 1.0)


def _fraction_part(text: str, end: int, whole: str) -> tuple[float, int]:
    """The fraction written after whole digits: "4 1/2", "2½", "1/4" (value, end)."""
    nxt = text[end:end + 1]
    if nxt in VULGAR:
        return VULGAR[nxt], end + 1
    if not whole.isdigit() or len(whole) > 3:
        return 0.0, end
    if nxt == "/":
        m = SLASH_FRACTION.match(text, end)
        if m and int(whole) < int(m.group(1)) and int(m.group(1)) in SLASH_DENOMINATORS:
            return int(whole) / int(m.group(1)) - int(whole), m.end()
        return 0.0, end
    m = MIXED_FRACTION.match(text, end) if nxt == " " and text[end + 2:end + 3] == "/" else None
    if m and int(m.group(1)) < int(m.group(2)) and int(m.group(2)) in SLASH_DENOMINATORS:
        return int(m.group(1)) / int(m.group(2)), m.end()
    return 0.0, end


def parse_digits(text: str, start: int, money: bool) -> Optional[Core]:
    """Digits with separators and decimals, then an optional scale ("3.5 million", "5bn").

    A fraction may follow ("4 1/2", "2½"); "k" and a capital "M" glued to the digits are
    thousands and millions ("25k", "4.3M"); a glued lower-case "m" or capital "K" only after
    a currency, before a plural noun or before a currency word ("£5m", "35m devices", "39K
    shanties", "400m euro"; "100m" alone is metres, "512K broadband" a speed), "MM" only
    after a currency ("$20MM").
    """
    if text[start] in VULGAR:
        return Core(VULGAR[text[start]], start + 1, kind="fraction")
    m = DIGITS.match(text, start)
    if not m:
        return None
    end = m.end()
    factor = 1.0
    nxt = text[end:end + 1]
    fraction = 0.0
    if nxt in VULGAR or nxt == "/" or nxt == " " and text[end + 2:end + 3] == "/":
        fraction, end = _fraction_part(text, end, m.group())
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
        glued = a.group() if a else ""
        if a and (money or glued.lower() not in CURRENCY_ONLY_ABBREV
                  and (glued == "k" or glued == "M" and len(m.group().split(".")[0]) <= 3
                       or plural_follows(text, a.end()) or CUR_AFTER_RE.match(text, a.end()))):
            # "£5m", "5m viewers", "400m euro"; a bare "100m" is metres.
            factor, end = MONEY_ABBREV[a.group().lower()], a.end()
    raw = m.group()
    number = float(raw) if raw.replace(".", "", 1).isdigit() else float(GROUPING.sub("", raw))
    value = (number + fraction) * factor
    if factor != 1.0:
        value = round(value, 6)  # "16.4 million" is 16400000, not 16399999.999999998
    if s and raw.isdigit() and s.group().split()[-1].lower() in SCALE_WORDS:
        value, end = _digits_after_scale(text, end, value, SCALE_WORDS[s.group().split()[-1].lower()])
    return Core(value, end, scaled=factor != 1.0, factor=factor)


def _digits_after_scale(text: str, end: int, value: float, last: float) -> tuple[float, int]:
    """ "3 hundred and 21" = 321, "4 thousand 3 hundred and 21" = 4321: digits after a
    scale word add to the number while each part is smaller than the scale before it
    (and, after "and", smaller than a hundred)."""
    for _ in range(3):
        m = DIGITS_AFTER_SCALE.match(text, end)
        if not m:
            break
        part = float(m.group("n")) * (SCALE_WORDS[m.group("s").lower()] if m.group("s") else 1.0)
        if part >= last or part >= 100 and m.group().lstrip().lower().startswith("and"):
            break  # "2 million and 300 were hurt": two figures; "4 thousand and 21" is one
        value, end = value + part, m.end()
        if not m.group("s"):
            break
        last = SCALE_WORDS[m.group("s").lower()]
    return value, end


def glued_temperature(letter: str, value: float) -> Optional[str]:
    """The unit ("°C", "°F") of digits worth ``value`` with a capital ``letter`` glued after them, or None."""
    top = GLUED_TEMPERATURE.get(letter)
    return "°" + letter if top is not None and abs(value) <= top else None


def unit_name(word: str) -> str:
    """The canonical unit: a measure's symbol ("kilometres" -> km, "45g" -> g), else the word lower-cased."""
    low = word.lower()
    return UNIT_SYMBOLS.get(low, low) if UNITS.get(low) in ("measure", "multiplier") else low


def scale_after(text: str, core: Core) -> None:
    """ "five and a half million", "three quarters billion": a scale word after a composed number."""
    m = SCALE_WORD.match(text, core.end)
    if m:
        factor = ATOMS[m.group("s").lower()][0]
        core.value, core.end, core.scaled, core.factor = core.value * factor, m.end(), True, factor
        core.kind = None


def parse_multiplier(text: str, start: int) -> Optional[Core]:
    """ "sixfold", "tenfold": a multiplier written as one word."""
    m = WORD_TOKEN.match(text, start)
    factor = MULTIPLIERS.get(m.group().lower()) if m else None
    return Core(factor, m.end(), words=True, kind="multiplier") if factor else None


SIGN_WORDS = tuple(f"{w} " for w in ("minus", "negative", "Minus", "Negative"))
_DENOMINATOR_AT = re.compile(rf"(?:{alts(DENOMINATORS)})\b", re.IGNORECASE)


def may_be_share(text: str, start: int) -> bool:
    """False for a fraction word that cannot start a share: only "half" and a fraction word
    after "a"/"an" or before a scale ("quarter million") can. Other words pass."""
    m = _DENOMINATOR_AT.match(text, start)
    if not m or m.group().lower() == "half":
        return True
    return text[max(0, start - 3):start].lower().endswith(("a ", "an ")) or bool(SCALE_WORD.match(text, m.end()))


SHARE_BLOCKERS = frozenset({"first", "second", "last", "other", "latter", "former", "back", "front",
                            "top", "in", "bottom", "upper", "lower", "final", "opening"})


def parse_share(text: str, start: int, window: str) -> Optional[Core]:
    """A fraction word that is a share by itself: "half of", "more than half", "a third of",
    "a quarter million". "the second half", "the third quarter", "half a million" are not."""
    m = WORD_TOKEN.match(text, start)
    word = m.group().lower() if m else ""
    if word not in DENOMINATORS or word.endswith("s"):
        return None
    prev = window.rstrip().rsplit(None, 1)[-1].lower() if window.strip() else ""
    if prev in DETERMINERS and prev not in ("a", "an") or prev in SHARE_BLOCKERS:
        return None
    core = Core(1 / DENOMINATORS[word], m.end(), words=True, kind="fraction")
    scale = SCALE_WORD.match(text, m.end())
    if scale:  # "a quarter million", "half million"; "half a million" is read at "million"
        scale_after(text, core)
        return core
    if word == "half":
        if A_SCALE.match(text, m.end()):
            return None  # "half a million" is read at "million"
        if HALF_OF.match(text, m.end()) or LEFT_QUALIFIER.search(window):
            return core
        return None
    if LEFT_A.search(window) and OF.match(text, m.end()) and not OF_SCALE.match(text, m.end()):
        return core
    return None


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
    if low in MODIFIERS or word.isupper():
        return False  # "plainclothes", "sports": an -s word before the noun; "FLDS", "CBS": a name ("MPs" is plural)
    if _acronym_plural(word):
        return True  # "43 RBIs", "eight GPUs": an acronym's plural, whatever its last letter
    if low.endswith("men") and len(low) >= 6 and low.isalpha():
        return low not in MEN_SINGULARS  # "fishermen", "gunmen"; not "specimen"
    if low.endswith("ics") and len(low) > 4 and low.isalpha() and word[:1].islower():
        return low not in ICS_MASS and low not in STOPS  # "12 critics", not "physics"
    return len(low) > 2 and low.endswith("s") and not low.endswith(NOT_PLURAL_ENDINGS) \
        and low not in STOPS


def _acronym_plural(word: str) -> bool:
    """An upper-case acronym with a plural "s" ("RBIs", "CPUs", "MPs"): the letters before the
    "s" are no English ending, so "-is" and "-us" do not make it a singular."""
    return len(word) >= 3 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()


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
    skipped_noun = after_name = False
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
            # A regular plural right after a collective noun or an -ics noun completes a
            # compound ("police officers", "staff members", "cosmetics brands"); anything else ends the search
            # ("14 telecentres uses" is a noun and its verb).
            if plural and (best[0].lower() in IRREGULAR_PLURALS or best[0].endswith("ics")) \
                    and is_plural(core) and core.islower() and low not in IRREGULAR_PLURALS:
                best = (core, end)
            break
        if low in UNITS and not (skipped_noun and not is_plural(core)) \
                and not (after_name and core[:1].isupper() and core[1:].islower()):  # "two World Cup titles"
            return core, end
        if plural and is_plural(core) or not plural and not is_modifier(core):
            best = (core, end)
        elif skipped_noun:
            break  # only one noun modifier, right before the plural: "three border agents"
        elif not is_modifier(core) and low not in POWER_WORDS:  # "100,000 square foot" is a measure
            skipped_noun = True  # but not "11 protection last year", "40 building including churches"
        if sentence_end:
            break
        pos = m.end()
        after_name = core[:1].isupper()
        if core.isupper() and core.isalpha() and 2 <= len(core) <= 4:
            label = LABEL_NUMBER.match(text, pos)  # "six AK 47 rifles": a model name, then the noun
            if label:
                pos = label.end()
    if best is not None and not plural:
        return _singular_head(text, best)
    return best if best is not None else (None, pos)


def _may_head(word: str) -> bool:
    """A lower-case word after a singular noun that can be the head of a compound with it:
    not a function word, participle, adverb, unit or number word ("one takeover attempt"),
    nor an -s word, which after a singular is its verb ("one man recognises")."""
    low = word.lower()
    return word.isalpha() and word.islower() and len(word) > 2 and low not in STOPS \
        and low not in HEAD_STOPS and low not in UNITS and low not in ATOMS \
        and not low.endswith(("ed", "ing", "ly")) and not is_plural(word)


def _ends_noun_phrase(text: str, pos: int) -> bool:
    """Whether a noun phrase ends at ``pos``: punctuation, the end, or a function word,
    participle or past verb after it ("one bomb technician was", "one man died")."""
    nxt = text[pos:pos + 1]
    if not nxt or nxt == "\n" or not (nxt.isspace() or nxt.isalnum() or nxt in "-'’"):
        return True
    m = NEXT_WORD.match(text, pos)
    if not m:
        return not nxt.isalnum() and nxt not in "-'’"
    low = m.group(1).rstrip(".,;:").lower()
    return low in STOPS or low.endswith(("ed", "ing"))


def _singular_head(text: str, best: tuple[str, int]) -> tuple[str, int]:
    """The head of a singular noun phrase: the last of up to three lower-case nouns before
    its end ("one clear upside:", "one tax count.", "one computer terminal was"); the first
    word when no end is in sight ("one pack out on Thursday")."""
    head, pos = best, best[1]
    for _ in range(3):
        if _ends_noun_phrase(text, pos):
            return head
        m = NEXT_WORD.match(text, pos)
        word = m.group(1).rstrip(".,;:") if m else ""
        if not _may_head(word):
            return best
        head, pos = (word, m.start(1) + len(word)), m.start(1) + len(word)
    return head if _ends_noun_phrase(text, pos) else best


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
