"""The grammar of parts of a year and longer spans: quarters and halves ("the third quarter",
"the year-ago period"), seasons, centuries, decades, the year's end, comparisons with the year
before, and holidays by name (their values are in :mod:`.period_values`)."""

from __future__ import annotations

import re

from ... import lexicon
from .candidate import _Candidate
from .context import _date_context, _is_sentence_start, _word_after, _word_before
from .words import _CENTURIES, _CONTEXT, _HOLIDAYS, _PERIODS, _PREPS, _REL_BEFORE, _SEASONS, _SP, _YEAR_AT, _YEAR_OFFSETS

_QUARTER_WORDS = "|".join(re.escape(k.split()[0]) for k in _PERIODS if k.endswith(" quarter"))
_PERIOD_MODS = ("latest|current|next|coming|previous|prior|preceding|recent|fiscal|comparable|corresponding|same|year-ago|year-earlier|"
                "year-before|flat|weak|strong|slow|seasonally slow|traditionally slow|busy|final")
# ending at "quarter", "half" or "period": "the fiscal first quarter", "this year's third quarter", "1989's third quarter",
# "the 1988 period", "the year-ago quarter", "third-quarter"
_QUARTER_LEAD = (
    rf"(?:(?P<det>(?i:the|its|this|that|their|a|an)){_SP})?"
    rf"(?:(?P<poss>(?i:this|last|next)){_SP}year['’]s{_SP}|(?P<pyear>(?:19|20)\d\d)['’]s{_SP})?"
    rf"(?P<mods>(?:(?i:{_PERIOD_MODS})(?:{_SP}|-))*)"
    rf"(?:(?P<year>(?:19|20)\d\d){_SP})?"
    rf"(?:(?P<fiscal>(?i:fiscal))(?:{_SP}|-))?"
    rf"(?:(?P<ord>(?i:{_QUARTER_WORDS}|last))(?:{_SP}|-))?")


def _first_characters(*alternations: str) -> str:
    """The characters (both cases) the words of some ``a|b|c`` alternations start with."""
    return "".join(sorted({c for words in alternations for w in words.split("|") for c in (w[0].lower(), w[0].upper())}))


# Speed: searched back from the noun, the lead is tried at each position of its window; a lookahead
# of the characters its words start with skips most positions at once (the match is the same: a
# lead that starts elsewhere is empty, and an empty one can only end the window).
_QUARTER_BEFORE = re.compile(
    rf"(?=[{_first_characters('the|its|this|that|their|a|an|last|next|fiscal|19|20', _PERIOD_MODS, _QUARTER_WORDS)}])"
    rf"{_QUARTER_LEAD}$|$")
#: a character no lead of a quarter holds: the lead starts after the last one before the noun
_NOT_IN_LEAD = re.compile(r"[^\w'’ \t\u00a0-]")


def _quarter_lead(text: str, s: int) -> "re.Match[str]":
    """The words before the noun at ``s`` that make it a date ("the fiscal first ", "this year's
    third-"), as :data:`_QUARTER_BEFORE` finds them within 70 characters (the match may be empty)."""
    lo = max(0, s - 70)
    for m in _NOT_IN_LEAD.finditer(text, lo, s):
        lo = m.end()
    return _QUARTER_BEFORE.search(text, lo, s)


# after "quarter": " of 1990", " 2004" ("fourth-quarter 2004 profits"), " of this year", " last year", " a year ago", " of the year" (the document's)
_QUARTER_AFTER = re.compile(
    rf"{_SP}(?:(?:of{_SP})?(?P<year>(?:19|20)\d\d)(?![\d%]|[.,]\d)|(?:of{_SP})?(?P<rel>(?i:this|last|next)){_SP}year(?![\w'’-])"
    rf"|of{_SP}(?P<the>(?i:the)){_SP}year(?![\w'’-])"
    rf"|(?P<ago>(?i:a|one){_SP}year{_SP}(?:ago|earlier|before)))")
#: the nouns of parts of a year, centuries and decades (the anchors of :func:`_period_word`)
_PERIOD_NOUNS = ("quarter", "half", "period", "century", "decade", *_SEASONS)
# after "year": "-ago", "-earlier", "-end", " earlier", " end", "'s end"
_FISCAL_BEFORE = re.compile(rf"(?<![\w-])(?i:fiscal)(?:{_SP}(?i:year))?{_SP}$")
# before "year": "the current fiscal ", "last fiscal ", "the latest fiscal "
_FISCAL_YEAR_BEFORE = re.compile(
    rf"(?<![\w-])(?P<rel>(?i:the{_SP}current|this|the{_SP}latest|last|the{_SP}last|the{_SP}previous|the{_SP}past"
    rf"|next|the{_SP}next|the{_SP}coming)){_SP}(?i:fiscal){_SP}$")
_FISCAL_OFFSETS = {"current": 0, "this": 0, "latest": -1, "last": -1, "previous": -1, "past": -1, "next": 1,
                   "coming": 1}
_HALF_OF_BEFORE = re.compile(rf"half{_SP}of{_SP}$")
# before "year": "half of this ", "half of the " (then "the first half of this year" is a date of its own)
_HALF_OF_YEAR_BEFORE = re.compile(rf"half{_SP}of{_SP}(?i:this|last|next|the){_SP}$")
_YEAR_PERIOD_AFTER = re.compile(r"-(?:ago|earlier|end)|[ \t\u00a0](?:earlier|end)|['’]s[ \t\u00a0]end")
#: the word before "quarter", "half" or "period" in a date ("the", "third", "year-ago", "1988", "year's")
_PERIOD_LEADS = frozenset(
    "the its this that their a an fiscal latest current next coming previous prior preceding recent comparable corresponding same year-ago year-earlier "
    "year-before flat weak strong slow busy final last first second third fourth 1st 2nd 3rd 4th".split())
_LEAD_WORD = re.compile(r"([\w'’-]+?)(?:-|[ \t\u00a0]+)$")
_SEASON_BEFORE = re.compile(
    rf"(?:(?P<rel>(?i:the|this|last|next|that|this past|past|coming|early|late|mid|the early|the late"
    rf"|this coming|last|the coming)){_SP}|(?P<mid>(?i:mid|early|late)-))?$")
_SEASON_OF_YEAR = re.compile(rf"(?:{_SP}of)?{_SP}(?P<year>(?:19|20)\d\d)(?![\d\w])")
_CENTURY_BEFORE = re.compile(
    rf"(?:(?P<det>(?i:the)){_SP})?(?:(?P<ord>(?i:{'|'.join(re.escape(k) for k in _CENTURIES)}))|(?P<rel>(?i:this|last|next|past)))"
    rf"(?:{_SP}|-)$")
_DECADE_BEFORE = re.compile(rf"(?:(?i:the){_SP})?(?P<rel>(?i:last|past|next|this|previous)){_SP}$")
_A_BEFORE = re.compile(rf"(?<![\w-])(?i:a|one){_SP}$")
_YEAR_END_BEFORE = re.compile(rf"(?<![\w-])(?:(?i:by|at|around|before|until|since|the|after|near|toward|towards)){_SP}$")


def _period_word(text: str, s: int, e: int, word: str, found: list[_Candidate]) -> None:
    """Quarters, halves, seasons, centuries, decades and comparisons with the year before, from
    the noun at ``[s, e)`` (``word``, lower case: "quarter", "summer", "century", "year-earlier" …)."""
    if s and (text[s - 1].isalpha() or text[s - 1] in "'’") or e < len(text) and text[e].isalpha():
        return
    if word in ("quarter", "half", "period"):
        lead = _LEAD_WORD.search(text, max(0, s - 16), s)
        lead_word = lead.group(1).lower() if lead else ""
        if lead_word in _PERIOD_LEADS or lead_word.rsplit("-", 1)[-1] in _PERIOD_LEADS or lead_word.endswith(("'s", "’s")) or _YEAR_AT.fullmatch(lead_word):
            _quarter(text, s, e, word, found)
    elif word in _SEASONS:
        _season(text, s, e, word, found)
    elif word == "century":
        m = _CENTURY_BEFORE.search(text, max(0, s - 24), s)
        if m and (m.group("ord") or m.group("det") or m.group("rel").lower() == "this"):
            if m.group("ord"):
                found.append(_Candidate(m.start(), e, period=("century", _CENTURIES[m.group("ord").lower()])))
            else:
                found.append(_Candidate(m.start(), e, period=("century_rel", m.group("rel").lower())))
    elif word == "decade":
        m = _DECADE_BEFORE.search(text, max(0, s - 16), s)
        if m:
            offset = {"this": 0, "next": 1}.get(m.group("rel").lower(), -1)
            found.append(_Candidate(m.start(), e, period=("decade_rel", offset)))
    elif word.endswith("end"):
        if _YEAR_END_BEFORE.search(text, max(0, s - 10), s) and text[e:e + 1] != "-":
            found.append(_Candidate(s, e, relative=("year", 0, "doc")))
    else:  # "year-ago", "year-earlier", "a year earlier"
        if word in ("year ago", "year before") or text[e:e + 1] == "-":
            return  # "a year ago" is an "ago" expression; "year before" needs "a"
        start = s
        if word.startswith("year "):
            pre = _A_BEFORE.search(text, max(0, s - 5), s)
            if not pre:
                return
            start = pre.start()
        found.append(_Candidate(start, e, period=("year_before",)))


_GAME_WORDS = re.compile(
    r"(?<![\w’'])(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
                               for w in sorted(lexicon.words("date_game_words"), key=len, reverse=True))
    + r")(?![\w’'])|(?<![\w$£€.,-])\d{1,3}-\d{1,3}(?![\w%]|[.,]\d|-)")
#: how far (characters) from a quarter the sentence it stands in is looked at for a game's words
GAME_REACH = 250


# before "quarter" or "half": an ordinal before "fiscal" ("its first fiscal quarter", "the second fiscal 2008 quarter")
_ORD_FISCAL_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?i:the|its|their|his|her|this|that){_SP})?(?P<ord>(?i:{_QUARTER_WORDS})){_SP}(?i:fiscal)"
    rf"(?:{_SP}(?P<year>(?:19|20)\d\d))?{_SP}$")


def _fiscal_ordinal(text: str, m: "re.Match[str]", e: int, noun: str, found: list[_Candidate]) -> None:
    """ "its first fiscal quarter": the ordinal quarter of the year written or, without one, as
    "the first quarter" is (TimeBank writes fiscal quarters by their ordinal)."""
    code = _PERIODS.get(f"{m.group('ord').lower()} {noun}")
    year = int(m.group("year")) if m.group("year") else None
    after = _QUARTER_AFTER.match(text, e)
    if after and after.group("year"):
        year, e = int(after.group("year")), after.end()
    if code and (noun == "quarter" or year is not None):
        found.append(_Candidate(m.start(), e, period=("quarter", code, year, 0, noun)))


#: the words of a company's or an economy's year (see ``lexicon/date_half_words.txt``), and amounts
_YEAR_HALF_WORDS = re.compile(
    r"(?i:(?<![\w’'])(?:"
    + "|".join(re.escape(w) for w in sorted(lexicon.words("date_half_words"), key=len, reverse=True))
    + r")(?![\w’']))|[$£€%]")


def _year_half(text: str, s: int, e: int) -> bool:
    """Whether "the first half" or "the second half" at ``[s, e)``, with no year, is a half of a
    year: its sentence tells a company's or an economy's figures ("profits rose 8% in the first
    half") and no game's plays."""
    if _game_period(text, s, e):
        return False
    lo, hi = _sentence_bounds(text, s, e)
    return bool(_YEAR_HALF_WORDS.search(text, lo, hi))


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around ``[s, e)``, read as far as ``GAME_REACH`` characters either side."""
    reach = max(0, s - GAME_REACH)
    lo = max(text.rfind(". ", reach, s), text.rfind("\n", reach, s), reach)
    ends = [i for i in (text.find(". ", e, e + GAME_REACH), text.find("\n", e, e + GAME_REACH)) if i >= 0]
    return lo, min(ends) if ends else min(len(text), e + GAME_REACH)


def _game_period(text: str, s: int, e: int) -> bool:
    """Whether the quarter at ``[s, e)`` is a period of a game: its sentence tells plays or a score
    ("a 2-yard touchdown in the second quarter", "trailing 14-0 at the start of the second quarter")."""
    lo, hi = _sentence_bounds(text, s, e)
    return bool(_GAME_WORDS.search(text, lo, hi))


def _quarter(text: str, s: int, e: int, noun: str, found: list[_Candidate]) -> None:
    """ "the third quarter", "third-quarter", "the fiscal first quarter", "the quarter",
    "the latest period", "the first half of 1990" (see :func:`_period_value`)."""
    m = _quarter_lead(text, s)
    start = m.start() if m.group() else s
    ordinal = (m.group("ord") or "").lower()
    fiscal_after = _ORD_FISCAL_BEFORE.search(text, max(0, s - 40), s) if not ordinal else None
    if fiscal_after:  # "its first fiscal quarter", "the second fiscal 2008 quarter"
        return _fiscal_ordinal(text, fiscal_after, e, noun, found)
    mods = {w.lower() for w in re.findall(rf"(?i:{_PERIOD_MODS})", m.group("mods") or "")}
    after = _QUARTER_AFTER.match(text, e)
    if after and after.group("year") and noun == "period" and after.group().split()[0] != "of":
        after = None  # "the period 2007-2013": a span of years, not a quarter
    year = int(m.group("year") or m.group("pyear")) if m.group("year") or m.group("pyear") else None
    if after and after.group("year"):
        year = int(after.group("year"))
    offset = 0
    if m.group("poss"):
        offset = _YEAR_OFFSETS[m.group("poss").lower()]
    elif after and after.group("rel"):
        offset = _YEAR_OFFSETS[after.group("rel").lower()]
    if mods & {"year-ago", "year-earlier", "year-before"} or after and after.group("ago"):
        offset -= 1
    end = after.end() if after else e
    of_year = bool(after) and not after.group("ago") and after.group().lstrip(" \t\u00a0")[:2].lower() == "of"
    if not ordinal and "final" in mods and of_year and noun == "quarter":
        ordinal = "fourth"  # "the final quarter of 2004"
    if ordinal == "last" and noun != "half":
        if of_year:
            ordinal = "fourth"  # "the last quarter of 2004", "of the year": its fourth
        else:
            ordinal = ""
            mods.add("latest")
    if not after and re.match(rf"{_SP}of{_SP}(?!the{_SP}year)[^\W\d]|-(?:century|mile|inch|point|hour|final)"
                              rf"|{_SP}(?:century|mile)(?![\w-])", text[e:e + 14]):
        return  # "a quarter of the vote", "the first half of the game", "quarter-century", "the next quarter century"
    code = _PERIODS.get(f"{ordinal} {noun}") if ordinal else None
    if noun != "period" and year is None and not (m.group("poss") or after or m.group("fiscal")) \
            and not mods - {"final"} and _game_period(text, start, end):
        return  # "a touchdown in the second quarter": a period of the game
    has_year = year is not None or m.group("poss") or after and (after.group("rel") or after.group("year")
                                                                 or after.group("the"))
    # "of the year": the document's, whatever the tense (see :func:`_period_value`)
    year_of = "the" if after and after.group("the") else year
    if noun == "half":
        if code and (has_year or ordinal in ("first", "second") and start < s and _year_half(text, start, end)):
            found.append(_Candidate(start, end, period=("quarter", code, year_of, offset, "half")))
        return
    if code:
        found.append(_Candidate(start, end, period=("quarter", code, year_of, offset, noun)))
        return
    det = (m.group("det") or "").lower()
    if noun == "period" and not (mods & {"latest", "year-ago", "year-earlier", "comparable", "corresponding",
                                         "same", "year-before"} or year):
        return
    if noun == "quarter" and not (det in ("the", "this", "that", "its", "their") or mods or year or m.group("poss")):
        return
    if det in ("a", "an") and not (mods or year):
        return
    mode = ("next" if mods & {"next", "coming"} else "previous" if mods & {"previous", "prior", "preceding"}
            else "current" if "current" in mods else "latest")
    found.append(_Candidate(start, end, period=("latest_quarter", mode, year, offset, noun)))


def _season(text: str, s: int, e: int, word: str, found: list[_Candidate]) -> None:
    """ "last summer", "this fall", "the winter of 1994", "in the spring": a season, told from the
    verb "fall" and the noun "spring" (water) by a determiner or a year next to it."""
    if text[s:s + 1].isupper() and not _is_sentence_start(text, s):
        return  # "Arab Spring", "Operation Summer Rain"
    before = _SEASON_BEFORE.search(text, max(0, s - 20), s)
    rel = (before.group("rel") or "").lower() if before else ""
    of_year = _SEASON_OF_YEAR.match(text, e)
    prep = _word_before(text, s) in _PREPS
    if not (rel or of_year or prep) or text[e:e + 1] == "-":
        return
    if not of_year and re.match(rf"{_SP}of(?![\w-])", text[e:e + 4]):
        return  # "the fall of the Berlin Wall"
    if not rel and not of_year and word in ("fall", "spring"):
        return  # "in spring water", "from fall" read as a verb
    spec: object = int(of_year.group("year")) if of_year else rel.replace("the ", "").replace("early", "").strip()
    start = before.start() if before and before.group() else s
    found.append(_Candidate(start, of_year.end() if of_year else e, period=("season", _SEASONS[word], spec)))


def _holiday_forms() -> dict[str, str]:
    """Each holiday as news writes it ("Thanksgiving Day", "Fourth of July", "Easter week" or
    "Easter Week", with a straight or curly apostrophe) → its key in ``date_holidays.tsv``."""
    forms = {}
    for key in _HOLIDAYS:
        words = [w if w == "of" else w[:1].upper() + w[1:] for w in key.split()]
        for variant in (words, words[:-1] + [key.split()[-1]] if len(words) > 1 else words):
            written = " ".join(variant)
            forms[written] = key
            forms[written.replace("'", "’")] = key
    return forms


_HOLIDAY_FORMS = _holiday_forms()
#: words after a one-word holiday that keep it a day ("Christmas morning")
_HOLIDAY_TIMES = frozenset({"morning", "afternoon", "evening", "night", "day", "eve", "week", "weekend"})


def _holiday(text: str, s: int, e: int, form: str, found: list[_Candidate]) -> None:
    """A holiday by name at ``[s, e)`` ("Thanksgiving Day", "Election Day", "Easter week"), with an
    optional year; a one-word name needs a date word before it and no noun after it."""
    if s and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
        return
    canonical = _HOLIDAY_FORMS[form]
    after = _word_after(text, e)
    if " " not in canonical and (not _date_context(text, s) or after[:1].islower() and text[e:e + 1] == " "
                                 and after not in _HOLIDAY_TIMES and _CONTEXT.get(after) != "prep"):
        return  # "Christmas shopping", "and Easter eggs": a modifier, not a day
    year_m = _SEASON_OF_YEAR.match(text, e)
    rel = _REL_BEFORE.search(text, max(0, s - 10), s)
    start = rel.start() if rel else s
    spec: object = int(year_m.group("year")) if year_m else (rel.group("rel").lower() if rel else "")
    found.append(_Candidate(start, year_m.end() if year_m else e, period=("holiday", canonical, spec)))
