"""QC301 figure-conflict: one fact given with figures that cannot both be true.

A figure's *fact key* is its counted noun (the unit) plus one content word of
the words around it; a figure is filed under each such key, so two figures meet
only when they count the same thing next to a shared word, and a pair is
compared once, in the group of its smallest shared key. Within a group a pair
is the same fact only when the words around both figures overlap strongly and
include a shared name (a place, a person, an organisation).

Two figures conflict only when the ranges they allow do not overlap: a stated
hedge widens the range ("nearly 20" is 17–20, "at least 12" has no top, see
``lexicon/figure_qualifiers.tsv``), a range is its two ends, and a figure is
read to its written precision ("53 percent" covers 52.5–53.5, a round "50"
covers 45–55). Counts that only grow as a story develops (deaths, injuries,
arrests: ``lexicon/growing_units.txt``) and durations, when the articles'
dates show the larger figure is the later one, are a timeline reported as info.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Optional

import regex

from ... import lexicon
from ...document import Document
from ...names import edit_distance
from ...records import Extraction, Number
from .. import keys
from ..merge import merge_connected
from ..model import Finding, Location
from ..registry import register

MIN_SHARED_TERMS = 3      # content words the two contexts must share (besides the unit)
MIN_SHARED_INSIDE = 4     # ... inside one article, whose short lines (a scorecard) share words by design
MIN_OVERLAP = 0.4         # shared terms against the smaller context
MIN_OVERLAP_INSIDE = 0.7  # shared terms against the larger context, inside one article
MIN_TOPIC_NAMES = 3       # names two articles' stories must share for their figures to meet (two
                          # are often shared by two stories of one beat: "Republicans", "Fox")
STORY_KEY_NAMES = 2       # story names per blocking key of a count or an age (any two figures that
                          # may be one fact share MIN_TOPIC_NAMES names, so at least one such key)
MIN_SENTENCE_NAMES = 2    # names two sentences share for their articles to need one story name fewer
                          # ("Miabek Lang said 12 people were killed" in articles sharing two story names)
MIN_AGE_TERMS = 1         # words besides the name two sentences giving one person's age share
MAX_AGE_DRIFT = 1         # years two ages of one person may differ by across articles of different days
                          # (a birthday between them); two or more apart is a mistake, not a birthday
MAX_UNDATED_AGE_DRIFT = 2  # the same when an article has no date: the arrest and the trial may be
                           # two years apart ("27" in the manhunt, "29" at the verdict)
MIN_EVENT_TOPIC = 4       # story names two articles share for counts worded differently to meet
MIN_EVENT_WORDS = 3       # ... or three, with this many words of the sentences shared besides the event word
MIN_RESTATED_TERMS = 5    # a sentence restated near word for word: shared words, and
MIN_OVERLAP_RESTATED = 0.8   # shared words against the larger context
MAX_NUMERALS = 5          # other figures in a sentence beyond which it is a table
MAX_READING_GAP = 0.6     # readings on a logarithmic scale (magnitudes) further apart are two events
MAX_RATIO = 2.5           # figures further apart than this are two quantities, not one misreported
MAX_GROUP = 500           # a key this common carries no information: skipped
MAX_RELATED = 5
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})
_NUMERAL = regex.compile(r"\d[\d,]*(?:\.(\d+))?")
_AGO = regex.compile(r"\s+(?:ago|earlier|later|before|after)\b", regex.IGNORECASE)


@dataclass(frozen=True, eq=False)
class FigureItem:
    document: Document
    number: Number
    unit: str
    terms: frozenset[str]
    entities: frozenset[str]
    sentence: tuple[int, int]
    nearest: frozenset[str]    # the words right before and after: what is counted, and how
    anchor: frozenset[str]     # the name closest to the figure: whose, where
    numerals: frozenset[str]   # the other figures of the sentence
    bare: frozenset[str]       # those of them that count nothing named ("his yardage to 4,183")
    whose: frozenset[str]      # for an age, the name it is written next to
    following: str             # the word right after the figure ("a 10-year-old boy")
    topic: frozenset[str]      # the names the article is about (keys.topic_names)
    listed: bool               # the sentence gives other figures of the same unit
    low: float
    high: float
    growing: bool
    event: str = ""            # what the count is about, by the event word next to it ("injure")
    counted: str = ""          # the counted class for an event: the unit, "people" for people or none
    person: tuple[str, ...] = ()   # for an age, the full name of the person it is written next to
    names_near: frozenset[str] = frozenset()   # names near the figure (keys.names_near)
    mentioned: frozenset[str] = frozenset()    # every name its article writes (keys.capitalised_words)
    attached: str = ""         # the noun written right after the figure, nothing between ("512MHz processor")
    model: bool = False        # a size in a product's name ("the 17-inch MacBook Pro")
    people: frozenset[str] = frozenset()   # surnames of the people of the sentence
    subject: tuple[str, ...] = ()   # the person written last before the figure in its sentence
    appositive: frozenset[str] = frozenset()   # names near it that refine a name before them ("San Antonio, *Texas*")
    part: bool = False         # a part or an addition ("three other rifles", "another 20,000 people")
    scale: float = 1.0         # the measure in its compared unit per written unit ("ft" → 0.3048 m)
    prospect: bool = False     # a plan or a possibility ("would open 12 shelters"), not what happened
    owner: tuple[str, ...] = ()   # the person who has what it counts ("Blackmore has 20 wives")
    events: frozenset[str] = frozenset()   # every event its nearby words name (``event`` the nearest)
    ends: tuple[float, ...] = ()   # a written range's two ends, unhedged ("7 to 75 years"), in its compared unit
    loose: tuple[float, ...] = ()  # (low, high) with the hedge's full share ("about 26": 22.1–29.9)
    referent: tuple[str, ...] = ()   # for "the 39-year-old", no name beside it: whom the article is most about
    other_units: frozenset[str] = frozenset()   # what the sentence's other figures count ("a 5.6 magnitude quake")

    def location(self) -> Location:
        return Location.of(self.document, self.number.start, self.number.end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.number.start)

    @functools.cached_property
    def keys(self) -> frozenset[tuple[str, ...]]:
        """The keys the figure is filed under (blocking: only figures sharing one meet).

        A figure with a unit is filed under (unit, word) for the words that
        :func:`same_fact` needs two figures of one fact to share one of: each
        name of its context (a shared name is required), each word right next
        to it (or the same words framing both) and the word it is attached to
        ("a 512MHz *processor*"), and the first few of its context words in
        alphabetical order, as many as a sentence restated near word for word
        (MIN_OVERLAP_RESTATED of its words shared) must have one of in common
        (prefix filtering). Filing it under every context word, as before, made
        twenty keys a figure, most of them groups of one. For a count of an
        event, ("event", event, counted, *story names) for each pair of names
        its article is about, so restatements in other words meet inside one
        story; for an age written next to a person, ("age", surname, *story
        names) alike.
        """
        found: set[tuple[str, ...]] = set()
        if self.unit:
            words = set(self.entities) | (self.nearest & self.terms) | _restated_prefix(self.terms)
            if self.attached:
                words.add(self.attached)
            found.update((self.unit, word) for word in words)
        for event in self.events | ({self.event} if self.event else set()):
            found.update(("event", event, self.counted) + story
                         for story in _story_keys(self.topic, MIN_TOPIC_NAMES - 1))
        for person in {self.person, self.referent} - {()}:
            found.update(("age", person[-1]) + story
                         for story in _story_keys(self.topic, MIN_TOPIC_NAMES - 1))
        if self.owner and self.unit:
            found.add(("owner", self.unit, self.owner[-1]))
        return frozenset(found)


def _story(a: FigureItem, b: FigureItem) -> int:
    """How many story names two figures' articles share: the names each article is about
    that the other writes at all, the smaller count of the two ways. Two short reports
    of one quake rank their names differently ("Qeshm", "Iran", "Bandar Abbas" against
    "Iran", "Hormozgan", "Qeshm"), so their top names alone may share only two; the
    names one is about are still written in the other (unrelated articles share a few
    hundred times less often)."""
    return max(len(a.topic & b.topic), min(len(a.topic & b.mentioned), len(b.topic & a.mentioned)))


def _restated_prefix(terms: frozenset[str]) -> frozenset[str]:
    """The alphabetically first words of a context that any context restating it (sharing at
    least MIN_RESTATED_TERMS words and MIN_OVERLAP_RESTATED of the larger one) shares one of:
    if two sets share at least k words, their first len - k + 1 words in one order meet."""
    needed = max(MIN_RESTATED_TERMS, math.ceil(MIN_OVERLAP_RESTATED * len(terms)))
    if needed > len(terms):
        return frozenset()
    return frozenset(sorted(terms)[:len(terms) - needed + 1])


@functools.lru_cache(maxsize=256)
def _story_keys(topic: frozenset[str], shared: int) -> tuple[tuple[str, ...], ...]:
    """Pairs (STORY_KEY_NAMES) of an article's story names, sorted: the blocks in which counts
    of one event (or ages of one person) in two articles of a story meet. Two articles that
    share at least ``shared`` names share their two alphabetically first common names, and
    those lie among each article's first ``len - shared + 2`` names, so pairs of those are
    enough (21 keys instead of 28 for eight names sharing three)."""
    names = sorted(topic)
    reach = len(names) - max(shared, STORY_KEY_NAMES) + STORY_KEY_NAMES
    return tuple(itertools.combinations(names[:reach], STORY_KEY_NAMES))


@functools.lru_cache(maxsize=1)
def _qualifiers() -> list[tuple[list[str], float, float]]:
    table = lexicon.table("figure_qualifiers")
    rows = [(keys.folded_words(q), float(lo), float(hi)) for q, (lo, hi) in table.items()]
    return sorted(rows, key=lambda row: -len(row[0]))


_CONVERSION = regex.compile(r"((?:\w+\s+){1,3})[$€£]?\d[\d,.]*\s*[\p{L}%$€£]*\s*\(\s*$")


def _hedge(document: Document, number: Number) -> tuple[float, float]:
    """The factors a hedge before the figure allows (the extractor's or one written just before).

    Kept for the figures of the last text asked about: the map asks three times per figure
    (both intervals and the range's ends); the answer reads only the text, the figure's start,
    its words and its qualifier."""
    text = document.text
    if _HEDGES[0] is not text:
        _HEDGES[:] = [text, {}]
    known = _HEDGES[1]
    key = (number.start, number.text, number.qualifier)
    factors = known.get(key)
    if factors is None:
        factors = known[key] = _read_hedge(document, number)
    return factors


_HEDGES: list = [None, {}]    # (the last text asked about, {(start, words, qualifier): factors})


def _read_hedge(document: Document, number: Number) -> tuple[float, float]:
    """:func:`_hedge`, read from the text."""
    written = keys.folded_words(number.qualifier or "")
    before = keys.span_words(document.text, max(0, number.start - 30), number.start)[-3:]
    converted = _CONVERSION.search(document.text, max(0, number.start - 50), number.start)
    if converted:   # "about 58km (36 miles)": the conversion carries the hedge of the figure
        before = keys.folded_words(converted.group(1))[-3:]
    head = keys.folded_words(number.text)
    for n, rows in _qualifiers_by_length():
        ends = {tuple(before[-n:]), tuple(head[:n]), tuple(written[-n:]), tuple(written[:n])}
        found = [rows[words] for words in ends if words in rows]
        if found:
            return min(found)[1:]
    return 1.0, 1.0


@functools.lru_cache(maxsize=1)
def _qualifiers_by_length() -> list[tuple[int, dict[tuple[str, ...], tuple[int, float, float]]]]:
    """:func:`_qualifiers` as one lookup per length, longest first, each hedge with its place
    in that order (the first of the order that matches wins, as in a scan of the list): a
    figure's few word runs are looked up instead of every hedge compared with them."""
    by_length: dict[int, dict[tuple[str, ...], tuple[int, float, float]]] = {}
    for index, (words, low, high) in enumerate(_qualifiers()):
        by_length.setdefault(len(words), {}).setdefault(tuple(words), (index, low, high))
    return sorted(by_length.items(), reverse=True)


_FRACTION = regex.compile(r"\d\s*/\s*\d|[\u00bc-\u00be\u2150-\u215e]|\band\s+(?:a|one)\s+(?:half|quarter|third)\b",
                          regex.IGNORECASE)


def _precision(number: Number, value: float) -> float:
    """Half the step of the figure's last written digit, in the figure's own scale.

    A figure written with a fraction ("2 1/2 years", "four and a half months",
    "1½ hours") is exact: whoever writes the half means it, so it allows no
    rounding, and "2 years" (1.5–2.5) no longer covers "2 1/2 years"."""
    if _FRACTION.search(number.text):
        return 0.0
    match = _NUMERAL.search(number.text)
    if not match:
        return 0.5
    try:
        written = float(match.group().replace(",", ""))
    except ValueError:
        return 0.5
    scale = value / written if written else 1.0
    if scale >= 1000:   # "$13 billion" for 13.9: scaled figures are commonly cut, not rounded
        step = 10 ** -len(match.group(1)) if match.group(1) else 1
        return step * scale
    if match.group(1):
        return 0.5 * 10 ** -len(match.group(1)) * scale
    digits = match.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros and written:   # a round "50" may stand for 46 to 54, never for the next round 60
        return min(0.4 * 10 ** zeros, 0.1 * written) * scale
    return 0.5 * scale


def interval(document: Document, number: Number, narrow: bool = True) -> tuple[float, float]:
    """The range of true values a figure allows: the wider of what its hedge allows and
    what its written precision allows, on each side. The two are not added: "about 20,000"
    is 17,000–23,000 (the hedge), not 15,000–25,000, and "about 3 miles" is 2.5–3.5 (the
    rounding), not 2.05–3.95, so "over 24,000" and "four miles" disagree with them; "nearly
    20" is 17–20.5, its hedge below and its rounding above. ``narrow``: a two-sided hedge
    allows only what the figure's roundness allows (:func:`_approximation`)."""
    value = float(number.value)
    top = float(number.value_max) if number.value_max is not None else value
    low_factor, high_factor = _hedge(document, number)
    tolerance = _precision(number, value) if number.value_max is None else 0.0
    if narrow and number.value_max is None and 0 < low_factor < 1 < high_factor < math.inf:
        low_factor, high_factor = _approximation(number, value, low_factor, high_factor)
    return min(value * low_factor, value - tolerance), max(top * high_factor, top + tolerance)


MIN_APPROXIMATION = 0.1    # the least "about" allows either side of a figure that is not round


def _approximation(number: Number, value: float, low: float, high: float) -> tuple[float, float]:
    """The factors a two-sided hedge ("about", "some", "roughly") allows, given how round the
    figure it hedges is. Whoever writes "about 20 miles" rounded to the ten, so the hedge
    means what it says (17–23); whoever writes "about 26 miles" counted to the mile, so
    "about" widens it only a little (23.4–28.6), never by the hedge's full share, and two
    such figures no longer overlap by design. The hedge spans at most half the step of the
    figure's last non-zero digit ("about 400m": 350–450, since 450 would be "about 500"; a
    last 5 is a half step, "about 150" meaning 125–175), and never less than
    MIN_APPROXIMATION of it ("about 600m": 540–660; "about 32km" may be "about 20 miles"
    converted). A figure written in words keeps the hedge's full share."""
    match = _NUMERAL.search(number.text)
    if not match or not value:
        return low, high
    digits = match.group().replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return low, high
    if not written:
        return low, high
    decimals = len(match.group(1)) if match.group(1) else 0
    whole = digits.replace(".", "")
    zeros = len(whole) - len(whole.rstrip("0"))
    step = 10.0 ** (zeros - decimals) * (5 if whole.rstrip("0")[-1:] == "5" else 1)
    spread = max(min(step / 2 / written, 1 - low, high - 1), MIN_APPROXIMATION)
    return max(low, 1 - spread), min(high, 1 + spread)


def consistent(a: FigureItem, b: FigureItem) -> bool:
    """Whether the ranges overlap: "53" (52.5–53.5) and "54" (53.5–54.5) only touch, so
    one-off figures ("Buckley, 32" and "the 31-year-old Buckley") disagree. An exact
    figure ("2 1/2 years") agrees with itself and with a range it lies inside, not with
    one it only ends ("2 years", 1.5–2.5)."""
    if a.low == a.high and b.low == b.high:
        return a.low == b.low
    if a.ends and b.ends:
        return all(math.isclose(x, y, rel_tol=RANGE_END_TOLERANCE) for x, y in zip(a.ends, b.ends))
    return a.low < b.high and b.low < a.high


RANGE_END_TOLERANCE = 0.02   # two written ranges of one fact agree when each end is the same to this share
_WRITTEN_RANGE = regex.compile(r"\s(?:to|and)\s|\d\s*[-–]\s*\d", regex.IGNORECASE)


def _range_ends(document: Document, number: Number, scale: float) -> tuple[float, ...]:
    """The two ends of a range written out with no hedge ("between six and 75 years", "7 to 75
    years"), in the compared unit. Each end is a figure of its own: two ranges of one fact
    agree only when both ends do, so a low end given as six and as seven disagrees even
    though one range lies inside the other (a single figure inside a range still agrees
    with it). Vague amounts ("dozens of people": 12 to 120) are no written range."""
    if number.value is None or number.value_max is None or not _WRITTEN_RANGE.search(number.text) \
            or _hedge(document, number) != (1.0, 1.0):
        return ()
    return float(number.value) * scale, float(number.value_max) * scale


def _unit_key(number: Number) -> Optional[str]:
    """The unit a figure is compared in: a measure's dimension unit ("ft" and "m" are both
    "m", see :func:`_scale`; a one-letter symbol is a unit too), else the last content word
    of its unit ("migrants", "percent")."""
    if number.kind == "measure" and number.unit:
        return _scales().get(number.unit.lower(), (number.unit, 1.0))[0]
    if number.kind == "duration" and number.unit:   # "a 10-year sentence" is "10 years", though
        folded = keys.folded_words(number.unit)      # "year" alone is a function word
        return keys.stem(folded[-1]) if folded else None
    words = keys.content_keys(keys.folded_words(number.unit or ""))
    return words[-1] if words else None


@functools.lru_cache(maxsize=1)
def _scales() -> dict[str, tuple[str, float]]:
    return {unit: (row[0], float(row[1])) for unit, row in lexicon.table("figure_unit_scales").items()}


def _scale(number: Number) -> float:
    """How many of its compared unit one of a measure's written unit is (``lexicon/figure_unit_scales.tsv``)."""
    if number.kind == "measure" and number.unit:
        return _scales().get(number.unit.lower(), ("", 1.0))[1]
    return 1.0


@functools.lru_cache(maxsize=1)
def _growing_units() -> frozenset[str]:
    return frozenset(keys.stem(w) for w in lexicon.words("growing_units"))


def _growing(unit: str, terms: frozenset[str], number: Number) -> bool:
    growing = _growing_units()
    return unit in growing or bool(terms & growing) or number.kind == "duration" or unit in TIME_UNITS


PEOPLE_UNITS = frozenset(keys.stem(w) for w in ("people", "person", "persons", "individuals"))
GROWING_EVENTS = frozenset({"kill", "injure", "hospitalise", "arrest", "charge", "evacuate", "displace",
                            "missing", "rescue", "infect", "kidnap", "hostage", "capture"})
EVENT_REACH = 4            # words between a figure and the event word that says what it counts
OTHER_EVENT_REACH = 6      # ... and another event word it may be about as well ("served a reduced sentence of N")
_JOINED = regex.compile(r"\d|\b(?:and|or|but|while|as well as)\b", regex.IGNORECASE)   # another clause between
_CLAUSE_BREAK = regex.compile(r"[,;:()—–]")


@functools.lru_cache(maxsize=1)
def _events() -> dict[str, str]:
    return {keys.fold(word): row[0] for word, row in lexicon.table("figure_events").items() if row}


@functools.lru_cache(maxsize=1)
def _event_stems() -> dict[str, str]:
    return {keys.stem(word): event for word, event in _events().items()}


@functools.lru_cache(maxsize=8)
def _kind_events(kind: str) -> dict[str, str]:
    """The event words of ``lexicon/figure_measure_events.tsv`` that apply to figures of a kind."""
    return {keys.fold(word): row[0] for word, row in lexicon.table("figure_measure_events").items()
            if len(row) >= 2 and kind in row[1].split(",")}


@functools.lru_cache(maxsize=1)
def _reading_stems() -> dict[str, str]:
    return {keys.stem(word): event for word, event in _kind_events("count").items()}


@functools.lru_cache(maxsize=1)
def _reading_events() -> frozenset[str]:
    """The events that name what a bare reading measures ("magnitude"): the counted class of
    such a figure is the event itself, not people."""
    return frozenset(row[0] for row in lexicon.table("figure_measure_events").values()
                     if len(row) >= 2 and "count" in row[1].split(","))


def _event(document: Document, number: Number, unit: Optional[str],
           others: Iterable[tuple[int, int]] = ()) -> Optional[str]:
    """The event a count is about: the event word (``lexicon/figure_events.tsv``) nearest
    the figure in its sentence, at most four words away ("12 people were *injured*",
    "the explosion *injured* 18", "the death *toll* rose to 25"), and nearer to it than
    to any other figure of the sentence ("killed 5 and injured 18": 18 were injured;
    "of the 23 pirates arrested, 12 are Somali": the 23 were arrested). A word across
    a comma counts as further away. The event word written next to a count comes
    first; then what the extractor records the figure is about (its ``about``
    field: an event word among its words, "the explosion at the plant", or else its
    last word); then what a percentage is "of" ("of the vote")."""
    events = _events()
    if number.kind in ("count", ""):
        if unit and unit in _event_stems():
            return _event_stems()[unit]      # "50 dead", "12 injured" (units are stemmed)
        if unit and unit in _reading_stems():
            return _reading_stems()[unit]    # "the 4.4-magnitude temblor"
        written = _event_word(document, number, others, {**_kind_events("count"), **events})
        if written:
            return written
    elif _kind_events(number.kind):   # "fell about 60m", "served four months"
        written = _event_word(document, number, others, _kind_events(number.kind))
        if written:
            return written
    about = getattr(number, "about", None)   # what the extractor says the figure is about, when it says
    if about:
        words = keys.content_keys(keys.folded_words(about))
        named = [events.get(w) or _event_stems().get(w) for w in words]
        if any(named):
            return next(e for e in named if e)   # "the explosion at the plant" → explode
        if words:
            return "about " + words[-1]
    if number.of:
        words = keys.content_keys(keys.folded_words(number.of))
        if words:
            return "of " + words[-1]
    return None


def _event_word(document: Document, number: Number, others: Iterable[tuple[int, int]],
                events: dict[str, str]) -> Optional[str]:
    """The event word (of ``events``) nearest a figure in its sentence (see :func:`_event`)."""
    found = _event_words(document, number, others, events)
    return min(found)[1] if found else None


def _other_events(document: Document, number: Number, unit: Optional[str],
                  others: Iterable[tuple[int, int]]) -> frozenset[str]:
    """Every event the words just before a figure name in its clause, not only the nearest:
    "served a reduced sentence of four and a half months in federal prison" is a term
    served as well as a sentence, so it meets "served five months in federal prison". Only
    words before it with no other figure and no clause break between: in "killing 10 and
    wounding 70" the wounding is the 70's, and in "four were killed and eight wounded" the
    killing is not the eight's."""
    if number.kind in ("count", ""):
        events = {**_kind_events("count"), **_events()}
    else:
        events = _kind_events(number.kind)
    if not events:
        return frozenset()
    s_start, s_end = keys.context_sentence(document, number.start, number.end)
    text = document.text
    found = set()
    for token in keys.span_tokens(text, s_start, number.start, (s_start, s_end))[-OTHER_EVENT_REACH:]:
        gap = text[token.end:number.start]
        if token.key in events and not _CLAUSE_BREAK.search(gap) and not _JOINED.search(gap) \
                and not any(token.end <= a and b <= number.start for a, b in others):
            found.add(events[token.key])
    return frozenset(found)


def _event_words(document: Document, number: Number, others: Iterable[tuple[int, int]],
                 events: dict[str, str], reach: int = 0) -> list[tuple[float, str]]:
    """(distance, event) for each event word of ``events`` within ``reach`` words (EVENT_REACH)
    of a figure in its sentence and nearer to it than to any other figure of the sentence."""
    reach = reach or EVENT_REACH
    s_start, s_end = keys.context_sentence(document, number.start, number.end)
    text = document.text
    before = keys.span_tokens(text, s_start, number.start, (s_start, s_end))[-reach:]
    after = keys.span_tokens(text, number.end, s_end, (s_start, s_end))[:reach]
    rivals = [(a, b) for a, b in others if s_start <= a < s_end and (a, b) != (number.start, number.end)]
    found = []
    for token in before + after:
        if token.key not in events:
            continue
        cost = _distance(text, token.start, token.end, number.start, number.end)
        if any(_distance(text, token.start, token.end, a, b) < cost for a, b in rivals):
            continue   # the word says what another figure of the sentence counts
        found.append((cost, events[token.key]))
    return found


CLAUSE_COST = 10           # characters a comma or dash between a word and a figure is worth


def _distance(text: str, start: int, end: int, f_start: int, f_end: int) -> int:
    """Characters between a word and a figure, a clause break counting extra."""
    gap = (end, f_start) if end <= f_start else (f_end, start)   # from the word's near edge
    breaks = len(_CLAUSE_BREAK.findall(text, gap[0], max(gap[0], gap[1])))
    return max(0, gap[1] - gap[0]) + CLAUSE_COST * breaks


def _counted(unit: Optional[str], event: str = "") -> str:
    """The class of what an event count counts: people when the unit says people, none, or
    is the event word itself ("50 dead"); otherwise the unit ("soldiers", "homes"); a bare
    reading counts what its event names ("a 4.2 magnitude quake": magnitude)."""
    if event in _reading_events():
        return event
    if not unit or unit in PEOPLE_UNITS or unit in _events() or unit in _event_stems():
        return "people"
    return unit


def _person(extraction: Extraction, number: Number, whose: frozenset[str]) -> tuple[str, ...]:
    """The full name (as folded words) of the person an age is written next to: the
    nearest person mention whose words are the name beside the age, resolved to the
    fullest form the article uses ("the 31-year-old Buckley" → Robert Buckley)."""
    best: tuple[int, tuple[str, ...]] | None = None
    for mention in extraction.people:
        words = {keys.stem(w) for w in keys.name_key(mention.text)}
        if not words or not words & whose:
            continue
        distance = min(abs(mention.start - number.end), abs(number.start - mention.end))
        if distance <= 80 and (best is None or distance < best[0]):
            best = (distance, keys.name_key(mention.name or mention.text))
    return best[1] if best else keys.adjacent_name_words(extraction.document, number.start, number.end)


def _subject(extraction: Extraction, number: Number, sentence: tuple[int, int]) -> tuple[str, ...]:
    """The full name (folded words) of the person written last before the figure in its
    sentence: whose points, whose seasons ("DiLeo spent four seasons")."""
    before = [p for p in extraction.people if sentence[0] <= p.start and p.end <= number.start]
    if not before:
        return ()
    last = max(before, key=lambda p: p.start)
    return keys.name_key(last.name or last.text)


_APPOSED_NAME = regex.compile(
    r"[ \u00a0]+\p{Ll}+,[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2})(?=[ \u00a0]*(?:[.;)]|,[ \u00a0]+\p{Ll}|$))")


def _apposed_name(text: str, number: Number) -> tuple[str, ...]:
    """The name (folded words) set off by a comma after an age and its noun: "their
    8-year-old son, Oscar Maximillian." — the name closes the phrase (a full stop, or a
    comma and lower-case words), so "a 12-year-old girl, Smith said" names no one."""
    match = _APPOSED_NAME.match(text, number.end)
    return keys.name_key(match.group(1)) if match else ()


_APPOSITIVE = regex.compile(r"\p{Lu}[\p{L}.]*,\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)")


def _appositive(text: str, sentence: tuple[int, int]) -> frozenset[str]:
    """Names of the sentence written right after another name and a comma ("near San Antonio,
    Texas"): they say where the name before is, not another setting of the figure."""
    return frozenset(keys.stem(word) for match in _APPOSITIVE.finditer(text, *sentence)
                     for word in keys.folded_words(match.group(1)))


def figure_items(extraction: Extraction) -> Iterator[tuple[Hashable, FigureItem]]:
    """Map: each figure with a counted noun, under (unit, context word) keys."""
    document = extraction.document
    spans = [(n.start, n.end) for n in extraction.numbers] + [(d.start, d.end) for d in extraction.dates]
    topic = keys.topic_names(document.text)
    counted: dict[tuple[int, int], set] = defaultdict(set)   # digits of figures with a unit, per sentence
    for n in extraction.numbers:
        if n.unit:
            counted[keys.context_sentence(document, n.start, n.end)].add(keys.first_numeral(n.text))
    sentence_units = Counter((keys.context_sentence(document, n.start, n.end), _unit_key(n))
                             for n in extraction.numbers)
    figure_spans = [(n.start, n.end) for n in extraction.numbers]
    capitalised = keys.capitalised_words(document.text)
    sentence_figures: dict[tuple[int, int], list[tuple[Number, str]]] = defaultdict(list)
    for n in extraction.numbers:
        sentence_figures[keys.context_sentence(document, n.start, n.end)].append((n, _figure_unit(document, n)))
    named_ages = [(n.value, keys.adjacent_name(document, n.start, n.end)) for n in extraction.numbers
                  if n.kind == "age"]
    for number in extraction.numbers:
        number = _age_after_name(document.text, _age_written_apart(document.text, number))
        unit = _unit_key(number)
        event = _event(document, number, unit, figure_spans)
        if unit is None and event in _reading_events():
            unit = keys.stem(event)   # "a 4.2 magnitude quake" is counted as "the 4.4-magnitude temblor" is
        if number.value is None or (unit is None and not event) or _in_fraction(document.text, number):
            continue
        if unit is None and event not in _reading_events() and (
                number.kind not in ("count", "") or number.value != int(number.value)
                or 1900 <= number.value <= 2100):
            continue   # a bare figure counts an event only when it is a whole count, not a year
        if unit in TIME_UNITS and _AGO.match(document.text, number.end):
            continue   # "two years ago" dates an event; the date rules compare dates (but "shot
                       # eleven times after police said" counts shots: only a span of time dates)
        if _address(document.text, number):
            continue   # "the 12000 block of East 223rd Street" places, it does not count
        part = _part(document.text, number)
        if _RANGE_END.search(document.text, max(0, number.start - 40), number.start) \
                or (_RANGE_OPEN.search(document.text, max(0, number.start - 10), number.start)
                    and _RANGE_START.match(document.text, number.end)):
            continue   # "between six and 12 months": an end of a range the extractor split
        whose = keys.adjacent_name(document, number.start, number.end) if number.kind == "age" else frozenset()
        person = _person(extraction, number, whose) if whose else ()
        if number.kind == "age" and not whose:
            person = _apposed_name(document.text, number)
            whose = frozenset(keys.stem(word) for word in person)
        referent = _referent(extraction, number, named_ages) if number.kind == "age" and not whose else ()
        ctx = keys.context(document, number.start, number.end, skip=spans)
        near = keys.names_near(document, number.start, number.end)
        if _title_line(document.text, number.start):   # "Teen Shot 11 Times By Police": capitals of
            body = _body_names(document.text)           # a headline name only what the article names
            ctx = dataclasses.replace(ctx, entities=ctx.entities & body, anchor=ctx.anchor & body)
            near = near & body
        if len(ctx.numerals) > MAX_NUMERALS:
            continue   # a table, a scorecard, a list of specifications: not prose facts
        terms = ctx.terms - {unit}
        scale = _scale(number)
        low, high = interval(document, number)
        low, high = low * scale, high * scale
        item = FigureItem(document, number, unit or "", terms, ctx.entities - {unit}, ctx.sentence,
                          ctx.nearest - {unit}, ctx.anchor, ctx.numerals,
                          ctx.numerals - counted[ctx.sentence], whose, ctx.following, topic,
                          sentence_units[(ctx.sentence, unit)] > 1, low, high,
                          _growing(unit or "", terms, number) or bool(event in GROWING_EVENTS),
                          event or "", _counted(unit, event or "") if event else "", person,
                          near,
                          capitalised, ctx.following if _ATTACHED.match(document.text, number.end) else "",
                          number.kind == "measure" and bool(_MODEL.match(document.text, number.end)),
                          keys.sentence_people(extraction.people, ctx.sentence),
                          _subject(extraction, number, ctx.sentence),
                          _appositive(document.text, ctx.sentence), part, scale,
                          _prospective(document.text, ctx.sentence[0], number.start),
                          _owner(extraction, number, ctx.sentence) if unit and number.kind == "count" else (),
                          _other_events(document, number, unit, figure_spans) if event else frozenset(),
                          _range_ends(document, number, scale),
                          tuple(x * scale for x in interval(document, number, narrow=False)), referent,
                          frozenset(u for n, u in sentence_figures[ctx.sentence] if u and n is not number))
        for key in item.keys:
            yield key, item


_YEAR_JOINED = regex.compile(r"-years?$", regex.IGNORECASE)
_OLD_APART = regex.compile(r"[ \u00a0]+old\b", regex.IGNORECASE)


def _age_written_apart(text: str, number: Number) -> Number:
    """An age whose last hyphen was left out ("an 11-year old girl"), which the extractor
    reads as a span of eleven years: the same figure as "a 12-year-old girl" in another
    article, so it is compared as an age, "old" and all (the noun after it then says who,
    as for any unnamed age)."""
    if number.kind != "duration" or not _YEAR_JOINED.search(number.text):
        return number
    match = _OLD_APART.match(text, number.end)
    if not match:
        return number
    return dataclasses.replace(number, end=match.end(), text=text[number.start:match.end()], kind="age",
                               unit="years")


# "Brannick, now 34," / "Brannick, who is 34," / "Brannick, who turned 34 in May": the words between a
# name's comma and a bare number that make the number the person's age
# (not "who was 14", "then 14": an age at another time, "Corfman, who was 14 then, is 53 now")
_AGE_LEAD = regex.compile(r"(?<=\p{Lu}\p{L}*,[ \u00a0]+)(?:now|who[ \u00a0]+(?:is|turned|turns))[ \u00a0]+$")
_AGE_CLOSE = regex.compile(r"[ \u00a0]*(?:[,;.)]|$)")
MAX_AGE = 120


def _age_after_name(text: str, number: Number) -> Number:
    """An age written as a bare number after a name and "now" or "who is" ("Tomas Brannick,
    now 34,", "Brannick, who is 34."), which the extractor reads as a count of nothing: an
    age, its span taking the lead words so that the name is next to it, as in "Brannick,
    34,". Only a whole number a person can be, closed by punctuation ("Brannick, now 34
    points clear" counts points)."""
    if number.kind not in ("count", "") or number.unit or number.value is None \
            or number.value != int(number.value) or not 0 < number.value <= MAX_AGE:
        return number
    lead = _AGE_LEAD.search(text, max(0, number.start - 24), number.start)
    if not lead or not _AGE_CLOSE.match(text, number.end):
        return number
    return dataclasses.replace(number, start=lead.start(), text=text[lead.start():number.end], kind="age",
                               unit="years")


MIN_TITLE_WORDS = 3        # capitalised words of four letters or more a headline in title case has
MIN_TITLE_SHARE = 0.8      # ... and their share of its words of four letters or more


def _title_line(text: str, offset: int) -> bool:
    """Whether the line around ``offset`` is a headline in title case ("Large Riot Breaks Out
    In Brooklyn During Vigil For Teen Shot 11 Times By Police"): nearly every longer word
    capitalised, and no full stop ending it as prose ends."""
    return _title_line_at(text, keys.line_start(text, offset))


@functools.lru_cache(maxsize=1024)
def _title_line_at(text: str, start: int) -> bool:
    """:func:`_title_line` of the line starting at ``start``, read once per line: the map asks
    for every figure, and several figures share a line (a paragraph is a line)."""
    line = text[start:keys.line_end(text, start)].strip()
    if not line or line.endswith("."):
        return False
    long = [w for w in _WORD.findall(line) if len(w) >= 4]
    capitals = [w for w in long if w[0].isupper()]
    return len(capitals) >= MIN_TITLE_WORDS and len(capitals) >= MIN_TITLE_SHARE * len(long)


@functools.lru_cache(maxsize=8)
def _body_names(text: str) -> frozenset[str]:
    """The stems of the words an article writes with a capital outside its title-case lines,
    leaving out those it also writes in lower case: the names its prose uses."""
    lines = text.split("\n")
    offsets = itertools.accumulate((len(line) + 1 for line in lines), initial=0)
    body = "\n".join(line for line, start in zip(lines, offsets) if not _title_line(text, start))
    lowercase = {keys.stem(w) for w in keys.lowercase_words(text)}
    return frozenset(keys.capitalised_words(body) - lowercase)


# what lies between a person and a count of what the person has: "Blackmore has 20 wives", "Blackmore,
# who has had 26 wives", "Blackmore, alleged to have 19 wives" (not "has scored 20": a verb between)
_HAS = regex.compile(r"(?:[’']s?)?(?:\s*,\s*(?:who\s+|(?:\p{Ll}+\s+){1,2}to\s+)?|\s+)"
                     r"(?:has|have|had|having)(?:\s+(?:had|got))?\s+$")


def _owner(extraction: Extraction, number: Number, sentence: tuple[int, int]) -> tuple[str, ...]:
    """The full name (folded words) of the person a count belongs to, when the count is what
    that person has, written right after the name and a verb of having: a fact about the
    person, as an age is, whatever other words the two sentences use ("Blackmore, alleged
    to have 19 wives" and "noting that Blackmore has 20 wives and Oler has two")."""
    before = [p for p in extraction.people if sentence[0] <= p.start and p.end <= number.start]
    if not before:
        return ()
    last = max(before, key=lambda p: p.end)
    if not _HAS.fullmatch(extraction.document.text, last.end, number.start):
        return ()
    return keys.name_key(last.name or last.text)


# the first end of a range is a figure, never a name: "from The Geysers and 13 miles east" places
_RANGE_END = regex.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?!\p{Lu}\p{Ll})[\w.,$€£]+(?:\s+\w+)?\s+(?:and|to)\s+$")
_ATTACHED = regex.compile(r"[ \u00a0-]?\p{L}")   # a word right after the figure, no punctuation between
_MODEL = regex.compile(r"[ \u00a0-]\p{Lu}\p{L}*")
_RANGE_OPEN = regex.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+[$€£]?$")
_RANGE_START = regex.compile(r"\s+(?:and|to)\s+[$€£]?\d[\d,.]*\b")
_FRACTION_EDGE = regex.compile(r"\d\s*/\s*$")
_FRACTION_START = regex.compile(r"^\s*/\s*\d")


PROSPECT_REACH = 5   # words before a figure read for a word of plan or possibility


def _prospective(text: str, sentence_start: int, start: int) -> bool:
    """Whether a figure is planned, promised or possible rather than stated: a word of
    ``figure_prospect_words.txt`` among the few words before it in its clause ("the city
    would open 12 new shelters", "plans to cut 500 jobs"). A plan and what came of it
    ("opened five shelters this week") are two facts, so the two are never compared."""
    clause = _CLAUSE_EDGE.split(text[sentence_start:start])[-1]
    words = _WORD.findall(clause.lower())[-PROSPECT_REACH:]
    return any(w in lexicon.words("figure_prospect_words") for w in words)


_CLAUSE_EDGE = regex.compile(r"[,;:()\u2014\u2013\"“”]|\s-{1,2}\s")
_WORD = regex.compile(r"[\p{L}'’]+")


def _part(text: str, number: Number) -> bool:
    """A part or an addition ("three other rifles", "another 20,000 people"): a word of
    ``lexicon/figure_subset_words.txt`` in the figure or just before it, unless "than"
    follows it ("more than 200 people" is about 200 people in all, not 200 more)."""
    words = keys.span_words(text, max(0, number.start - 20), number.start)[-2:] + keys.folded_words(number.text)
    kept = {w for i, w in enumerate(words) if not (i + 1 < len(words) and words[i + 1] == "than")}
    return bool(kept & lexicon.words("figure_subset_words"))


_NEXT_WORD = regex.compile(r"[ \u00a0]+(\p{L}+)")


def _address(text: str, number: Number) -> bool:
    """A figure followed by a word of ``lexicon/figure_address_words.txt`` ("the 12000 block")."""
    match = _NEXT_WORD.match(text, number.end)
    return bool(match) and match.group(1).lower() in lexicon.words("figure_address_words")


def _in_fraction(text: str, number: Number) -> bool:
    """A figure cut out of a written fraction ("4 1 / 2 hours"): not a figure of its own."""
    return bool(_FRACTION_EDGE.search(text[max(0, number.start - 6):number.start])
                or _FRACTION_START.match(text[number.end:number.end + 6]))


def same_fact(a: FigureItem, b: FigureItem) -> bool:
    """Whether two figures count the same thing in the same setting.

    An age is a fact about the person it is written next to: two named ages
    are one fact when they are the same person's ("Brian Nichols, 37" and
    "Nichols, 45"), and never otherwise; an age with no name next to it ("a
    10-year-old boy") is compared like any figure, only with another unnamed
    age and the same word beside it. Other figures are one fact when the words
    around them share at least three words (fewer only when a short sentence
    has no more), a name among them (or the same words framing the figure on
    both sides), and enough of the shorter context; when the words right next
    to each figure (what is counted, or how) are among the other's words; and
    when the sentences do not each carry other figures the other lacks with
    none in common (another round, another model, another quake), and when
    the sentences do not name two different sets of people; a figure joined
    to its unit as a modifier ("a five-boat attack") is compared only with
    another such ("a three-boat attack"), not with a count ("three boats"). A measure
    of a named thing ("a 512MHz processor", "a 15-inch screen") is one fact
    with the same measure of the same thing in another article of the story,
    unless the names closest to them differ; a size in a product's name ("the
    17-inch MacBook Pro") names a model, and several models may be meant (see
    compare). Inside one
    article, where figures for neighbouring facts abound, the overlap must be
    stronger.
    """
    if a.document is b.document and a.sentence == b.sentence:
        return False   # two figures of one sentence are a contrast, not a restatement
    if a.prospect != b.prospect:
        return False   # "would open 12 new shelters" / "opened five shelters": a plan and an outcome
    if a.part != b.part:
        return False   # "three other rifles", "another 20,000": a part or an addition, never the total;
                       # compared only with another ("a further 20,000 people joined")
    if a.document is not b.document and _story(a, b) < MIN_TOPIC_NAMES and not (
            _story(a, b) >= MIN_TOPIC_NAMES - 1 and (
                len(a.entities & b.entities) >= MIN_SENTENCE_NAMES
                or (a.entities & b.entities and _shared_figure(a, b)))):
        return False   # two unrelated stories in one folder (unless the sentences share names, or
                       # a name and another figure: "about 14 miles northeast of Healdsburg")
    if a.whose or b.whose:
        if a.number.kind != b.number.kind:
            return False
        if a.whose and b.whose:
            return _same_aged_person(a, b)
        named, unnamed = (a, b) if a.whose else (b, a)
        return _refers_to(unnamed, named)
    if (a.number.kind == "age") != (b.number.kind == "age"):
        return False
    if a.owner and b.owner and a.unit == b.unit and a.document is not b.document:
        return _same_owner(a, b)   # what one person has, however the sentences are worded
    if a.number.kind == "age" and a.following != b.following:
        return False   # "a 10-year-old boy" and "a 12-year-old girl": unnamed, so the noun decides
    attribute = bool(a.attached) and a.attached == b.attached and a.unit == b.unit \
        and a.number.kind == "measure"
    if a.people and b.people and not a.people & b.people:
        return False   # "DiLeo spent four seasons", "Larry Brown resigned after six seasons"
    if a.number.kind != "age" and _compound(a) != _compound(b) and not (_reading(a) and _reading(b)):
        return False   # "a five-boat attack" describes the attack; "captured three boats" counts
    if _same_event_count(a, b):
        return True    # (other figures that differ too make it partial evidence: see below)
    if _other_figures_differ(a, b) and not attribute:
        return False   # other figures differ too: another moment, another event (but a
                       # "512MHz processor" among other specifications is still the processor)
    if attribute and a.document is not b.document and not _anchors_differ(a, b):
        return True   # "a 615MHz processor" and "a 512MHz processor" in one story
    if not (a.unit and b.unit):
        return False
    shared = a.terms & b.terms
    if _restated(a, b):
        return True   # one sentence copied from a wire story, names or none
    framed_alike = len(a.nearest) >= 2 and a.nearest == b.nearest
    needed = 2 if framed_alike and a.document is not b.document else _needed(a, b)
    if len(shared) < needed or not (a.entities & b.entities or framed_alike):
        return False   # a shared name, or the same words on both sides ("police said N people were injured")
    if not (a.nearest & b.terms and b.nearest & a.terms):
        return False   # "a net worth of $38 billion" and "values the acquisition at $13.9 billion"
    if _anchors_differ(a, b) and (len(a.entities & b.entities) < 2 or a.listed or b.listed) \
            and not _shared_figure(a, b) and not _anchor_written_in_other(a, b):
        return False   # "Bandar Abbas, a city of 500,000" and "Qeshm, home to 120,000" (but two sentences
                       # giving another figure in common are one statement whatever name is nearest)
    if a.document is not b.document and a.nearest & b.nearest \
            and max(len(a.names_near & b.names_near), len(a.entities & b.entities)) >= MIN_NEAR_NAMES:
        return True   # "Hewlett-Packard's forthcoming $13.9 billion acquisition of Electronic Data Systems"
                      # and "a $13.2 billion acquisition of technology services provider Electronic Data Systems"
    if a.document is b.document:   # framed alike ("his wife and N-year-old son"): against the shorter
        sizes = (len(a.terms), len(b.terms))
        return len(shared) >= MIN_OVERLAP_INSIDE * (min(sizes) if framed_alike else max(sizes))
    return len(shared) >= MIN_OVERLAP * min(len(a.terms), len(b.terms))


MIN_SPELLED_ALIKE = 6       # letters a name needs for a one-letter slip to be read as the same name


def _anchors_differ(a: FigureItem, b: FigureItem) -> bool:
    """Whether the names closest to two figures are two different names: both have one,
    no word in common, and no word one letter off the other's ("the Ethiopian-flagged
    vessel" and "the Ethopian-flagged merchant vessel" are one ship misspelt)."""
    if not (a.anchor and b.anchor) or a.anchor & b.anchor:
        return False
    return not any(min(len(x), len(y)) >= MIN_SPELLED_ALIKE and edit_distance(x, y, 1) <= 1
                   for x in a.anchor for y in b.anchor)


def _anchor_written_in_other(a: FigureItem, b: FigureItem) -> bool:
    """Whether the name closest to one figure is among the names of the other's sentence, and
    the sentence of that figure names no one the first never writes: "Charles' big day included
    an 86-yard run" and "Jamaal Charles ran for 226 yards for the Chiefs, including an 84-yard
    scamper", where the Chiefs only come between. "Bandar Abbas, a city of 500,000" and "Qeshm,
    home to 120,000" name two cities, each only in its own sentence."""
    def inside(x: FigureItem, y: FigureItem) -> bool:
        return bool(x.anchor) and x.anchor <= y.entities and not (y.entities - x.mentioned)
    return inside(a, b) or inside(b, a)


def _other_figures_differ(a: FigureItem, b: FigureItem) -> bool:
    """Each sentence gives other figures the other lacks, and none in common."""
    return bool(a.numerals - b.numerals and b.numerals - a.numerals and not a.numerals & b.numerals)


def _restated(a: FigureItem, b: FigureItem) -> bool:
    """One sentence restated near word for word in two articles (a wire story copied)."""
    shared = a.terms & b.terms
    return a.document is not b.document and len(shared) >= MIN_RESTATED_TERMS \
        and len(shared) >= MIN_OVERLAP_RESTATED * max(len(a.terms), len(b.terms))


def partial_evidence(a: FigureItem, b: FigureItem) -> str:
    """Why two figures that :func:`same_fact` pairs may still be two facts ("" when the
    evidence is strong): what a warning needs beyond words in common.

    Strong: two ages of one named person; one sentence restated near word for
    word with a word next to the figure in common; the same words right before and after both figures (the same
    frame: "home to N people, the") with the same name closest to them; or a
    count of one event with a name in common written next to both, the
    same name closest to them and a word next to both figures ("51 migrants were found dead in San Antonio",
    "53 migrants died ... in San Antonio"). Partial: a count that grows as a story develops (deaths,
    injuries, arrests, durations) in articles dated on different days; one
    figure hedged ("at least", "some") and the other not, or hedged otherwise;
    another person nearest before each figure ("DiLeo spent four seasons",
    "Brown resigned after six seasons"); a name near one figure that the
    other article never writes ("31% of the vote in Erewash"); and any pairing on shared words alone,
    which two facts of one story (two attacks, games played and games missed,
    one country's share and another's) meet as often as one fact restated.
    """
    if bool(a.whose) != bool(b.whose):
        return "an age written with no name, read as the person its article is most about"
    if a.whose and b.whose:
        return ""
    if a.subject and b.subject and not keys.same_person(a.subject, b.subject):
        return "each figure follows another person"
    if (a.names_near - a.appositive) - b.mentioned or (b.names_near - b.appositive) - a.mentioned:
        return "a name near one figure that the other article never writes"
    if a.growing and b.growing and a.document.date and b.document.date and a.document.date != b.document.date:
        return "a count that may have changed between the articles' days"
    if _hedged(a) != _hedged(b):
        return "the figures are hedged differently"
    if _other_figures_differ(a, b):
        return "the sentences give other figures that differ"
    if _restated(a, b) and a.nearest & b.nearest:
        return ""   # the same sentence, the same words next to the figure (not "plunged 5.4 per
                    # cent" against "closed down 3.9 percent": two moments of one day)
    if len(a.nearest) >= 2 and a.nearest == b.nearest and a.anchor == b.anchor \
            and not (a.listed or b.listed):
        return ""
    if _named_event(a) and a.event == b.event and a.counted == b.counted and a.names_near & b.names_near \
            and (a.anchor & b.anchor or not (a.anchor or b.anchor)) and a.nearest & b.nearest \
            and not (a.listed or b.listed):
        return ""
    return "the sentences share words but are not the same statement"


def _reading(item: FigureItem) -> bool:
    """A reading on a scale ("a 4.2 magnitude quake", "the 4.4-magnitude temblor"): written
    joined to its scale or not, it is the same figure."""
    return item.event in _reading_events()


def _named_event(item: FigureItem) -> bool:
    """Whether the figure's event is an event word written next to it (``figure_events.tsv``,
    ``figure_measure_events.tsv``), not only the last word of what the extractor says it is
    about ("the Colts gave up 409 yards": about "gave"), which two games share as readily."""
    return bool(item.event) and not item.event.startswith(("about ", "of "))


def _hedged(item: FigureItem) -> tuple[float, float]:
    return _hedge(item.document, item.number)


_COMPOUND = regex.compile(r"-\p{L}+$")


def _compound(item: FigureItem) -> bool:
    """A figure written as a modifier joined to its unit ("a five-boat attack", "a four-time
    all-star"): it describes the noun after it, and is compared only with another such."""
    return bool(_COMPOUND.search(item.number.text)) and bool(item.attached)


def _same_aged_person(a: FigureItem, b: FigureItem) -> bool:
    """Two ages of one person: the full names the articles resolve them to are one person
    ("Robert Buckley, 32" and "the 31-year-old Buckley", whom that article calls Robert
    Buckley elsewhere), with the same given name when both give one, or the one full name
    ending the other ("32-year-old Englishman Robert Buckley": a word before the name). A surname alone
    on both sides needs another shared word, as two people may share it."""
    if a.person and b.person and _given_name_only(a.person, b.person):
        return len((a.terms & b.terms) - a.whose - b.whose) >= MIN_AGE_TERMS
    if not (a.person and b.person and a.person[-1] == b.person[-1]):
        return False
    if len(a.person) >= 2 and len(b.person) >= 2:
        short, long = sorted((a.person, b.person), key=len)
        return (a.person[0] == b.person[0] or long[-len(short):] == short) and keys.same_person(a.person, b.person)
    return keys.same_person(a.person, b.person) and \
        len((a.terms & b.terms) - a.whose - b.whose) >= MIN_AGE_TERMS


MAX_REFERRED_AGE_GAP = 2   # years a "the 39-year-old" may differ from a named age of its referent


def _refers_to(unnamed: FigureItem, named: FigureItem) -> bool:
    """Whether an age written with no name ("the 39-year-old Troy man") and a named one
    ("Anthony Brannick, a 38-year-old Troy resident") are one person's, in two articles:
    the person its article is most about (see :func:`_referent`) is the named person, and
    the two ages are near enough for one person misreported (a "the 12-year-old girl"
    in an article about a man of 55 is someone else, whoever the article is about), and
    the named age is the person's own, not written after a possessive."""
    if not unnamed.referent or unnamed.document is named.document \
            or abs(unnamed.number.value - named.number.value) > MAX_REFERRED_AGE_GAP \
            or _POSSESSIVE.search(named.document.text, max(0, named.number.start - 4), named.number.start):
        return False   # ("Jeffs's 16-year-old daughter": the age is the daughter's, not Jeffs's)
    return _same_aged_person(dataclasses.replace(unnamed, person=unnamed.referent,
                                                 whose=frozenset(keys.stem(w) for w in unnamed.referent)), named)


_POSSESSIVE = regex.compile(r"\p{L}['\u2019]s?[ \u00a0]+$")
_DEFINITE = regex.compile(r"\b[Tt]he[ \u00a0]+$")
MIN_REFERENT_MENTIONS = 2   # mentions the person an unnamed "the 39-year-old" is read as needs


def _referent(extraction: Extraction, number: Number,
              named_ages: list[tuple[Optional[float], frozenset[str]]]) -> tuple[str, ...]:
    """The full name (folded words) an age written with "the" and no name refers to: news
    writes "the 39-year-old" for the person it is about once it has named them ("Assistant
    Prosecutor Rob Novy said the 39-year-old Troy man shot his co-workers"), so the person
    named most often in the article, at least twice and more often than anyone else, and
    named before the age. Not when the article gives that age beside another person's
    name ("Novy, 39"): then it may be theirs."""
    text = extraction.document.text
    if not _DEFINITE.search(text, max(0, number.start - 8), number.start):
        return ()
    counts = Counter(keys.name_key(p.name or p.text) for p in extraction.people)
    ranked = counts.most_common(2)
    if not ranked or not ranked[0][0] or ranked[0][1] < MIN_REFERENT_MENTIONS \
            or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ()
    name = ranked[0][0]
    if not any(p.end <= number.start and keys.name_key(p.name or p.text) == name for p in extraction.people):
        return ()
    surname = keys.stem(name[-1])
    if any(value == number.value and whose and surname not in whose for value, whose in named_ages):
        return ()
    return name


def _same_owner(a: FigureItem, b: FigureItem) -> bool:
    """Two counts of what one person has: the same surname, and the same person by the full
    names the articles resolve them to ("Winston Blackmore" and "Blackmore"); another
    person's ("Oler has two") is another fact."""
    return a.owner[-1] == b.owner[-1] and keys.same_person(a.owner, b.owner)


def _given_name_only(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one side gives only the given name of the other's full name, as a child is
    named: "son Oscar, 8" and "their 8-year-old son, Oscar Maximillian"."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 1 and len(long) >= 2 and short[0] == long[0]


def _same_event_count(a: FigureItem, b: FigureItem) -> bool:
    """Two counts of one event in one story, worded differently: "12 people were injured
    in the blast" and "the explosion injured 18". The same event word and counted class
    (people, or the same unit), in two articles of one story (sharing four of their
    story names: the sentences need share no word), and
    no sign that they are about different places or people: the names closest to them,
    when both have one, agree or the sentences share another name; no name near one
    figure that the other article never writes ("five killed at a mall in Salt Lake
    City" is another shooting); neither sentence gives the other's figure as well."""
    if not (a.event and b.event and _one_event(a, b) and a.counted == b.counted) or a.document is b.document:
        return False
    story = _story(a, b)
    alike = _shared_figure(a, b)
    if story < MIN_EVENT_TOPIC and not (story >= MIN_TOPIC_NAMES and (
            len(a.names_near & b.names_near) >= MIN_SENTENCE_NAMES or _event_words_shared(a, b) >= MIN_EVENT_WORDS
            or alike)):
        return False   # the wording shares little, so the stories (or the sentences) must share more
    if keys.first_numeral(a.number.text) in b.numerals or keys.first_numeral(b.number.text) in a.numerals:
        return False   # "of the 23 pirates arrested, 12 are Somali": the other figure is there too
    if _years(a) and _years(b) and not _years(a) & _years(b):
        return False   # "serving a 12-year sentence imposed in 1997", "served a five-year term in 1959"
    if alike:
        return True    # "Duncan Rait, 36, fell about 60m" and "a 36-year-old man fell 150 meters": the
                       # other figure says whose, where the one article names him and the other does not
    if _elsewhere(a, b) or _elsewhere(b, a):
        return False   # the names by one figure are not the other article's: another setting
    if _anchors_differ(a, b) and not a.entities & b.entities and (a.anchor - b.mentioned or b.anchor - a.mentioned):
        return False   # "three killed in Kirkuk", "five killed in Mosul" (but "a 4.2 magnitude quake shook
                       # Marlow County" and "the Survey says the 4.4-magnitude temblor": each article writes both)
    return True


def _one_event(a: FigureItem, b: FigureItem) -> bool:
    """The same event, nearest to both figures or named next to both ("served a reduced
    sentence of four and a half months" and "served five months")."""
    return a.event == b.event or bool((a.events | {a.event}) & (b.events | {b.event}))


MIN_NEAR_NAMES = 3         # names near both figures that, with a word next to both, make long sentences one fact
MIN_SHARED_FIGURE = 10     # a figure two sentences both give must be this large to say they are one


def _shared_figure(a: FigureItem, b: FigureItem) -> bool:
    """Whether the two sentences give another figure in common, one large enough not to recur
    by chance (the person's age, another count): "36-year-old Duncan Rait died after falling
    about 60m" and "a 36-year-old Australian man died after falling 150 meters". A year
    ("in 2011") is shared by every event of its year, so it does not count."""
    for written in a.numerals & b.numerals:
        try:
            value = float(written.replace(",", ""))
        except ValueError:
            continue   # a time ("8:30")
        if value >= MIN_SHARED_FIGURE and not (value == int(value) and 1900 <= value <= 2100):
            return True
    return False


def _years(item: FigureItem) -> frozenset[str]:
    """The years the sentence of a figure gives ("imposed in 1997"): two sentences giving only
    other years tell of two moments, two terms, two attacks."""
    return frozenset(n for n in item.numerals if n.isdigit() and 1900 <= int(n) <= 2100)


def _event_words_shared(a: FigureItem, b: FigureItem) -> int:
    """Words the sentences of two event counts share besides the event word itself, and what
    other figures of both count besides what the two figures count ("a magnitude-5.2 quake
    has injured three people in the Island of Qeshm" and "a 5.6 magnitude earthquake hit an
    island off Iran, injuring five people": island, Iran, and a magnitude in both; written
    inside the figure, "magnitude" is no word of the sentence). Spans of time and people are
    counted in every story ("two hours, 23 minutes and 10 seconds"), so they do not count."""
    words = {t for t in a.terms & b.terms if _event_stems().get(t) != a.event}
    return len(words) + len((a.other_units & b.other_units) - {a.unit, b.unit, a.counted} - TIME_UNITS - PEOPLE_UNITS)


def _figure_unit(document: Document, number: Number) -> str:
    """What a figure counts, for the other figures of its sentence: its unit, or the reading
    its event names ("a magnitude-5.2 quake": the unit is written inside the figure)."""
    unit = _unit_key(number)
    if unit is None:
        event = _event(document, number, unit)
        unit = keys.stem(event) if event in _reading_events() else None
    return unit or ""


def _elsewhere(a: FigureItem, b: FigureItem) -> bool:
    """Whether most names near ``a`` (more than half) are names ``b``'s article never writes:
    "five killed at a shopping mall in Salt Lake City, Utah" is another shooting, while one
    unknown name among several known ("the Persian Gulf island of Qeshm" against an article
    that says only "the Gulf") is one setting described more fully."""
    foreign = a.names_near - b.mentioned
    return bool(foreign) and len(foreign) * 2 > len(a.names_near)


def _needed(a: FigureItem, b: FigureItem) -> int:
    """Shared words needed: three, or every word of a short sentence ("we wouldn't have 355
    damaged shops in Athens" has only two besides the figure), never fewer than two;
    three always inside one article."""
    if a.document is b.document:
        return MIN_SHARED_INSIDE
    return max(2, min(MIN_SHARED_TERMS, len(a.terms), len(b.terms)))


def _timeline(a: FigureItem, b: FigureItem) -> Optional[tuple[FigureItem, FigureItem]]:
    """(earlier, later) when the figures grow with the articles' dates."""
    if not (a.growing and b.growing and a.document.date and b.document.date):
        return None
    if a.document.date == b.document.date:
        return None
    earlier, later = (a, b) if a.document.date < b.document.date else (b, a)
    if a.number.kind == "age" and b.number.kind == "age" and not _aged_between(earlier, later):
        return None
    return (earlier, later) if later.low > earlier.high else None


def _aged_between(earlier: FigureItem, later: FigureItem) -> bool:
    """Whether a person can have aged from one age to the other between the articles' dates:
    by the whole years between them, plus one for a birthday ("32" in March, "33" in
    September). An age that grew faster ("32" in March, "34" in September) is a mistake,
    not time passing. Dates that cannot be read leave it to the timeline, as before."""
    try:
        start = datetime.date.fromisoformat(earlier.document.date[:10])
        end = datetime.date.fromisoformat(later.document.date[:10])
    except (TypeError, ValueError):
        return True
    return later.number.value - earlier.number.value <= (end - start).days // 365 + 1


def compare_figures(key: Hashable, items: list[FigureItem]) -> Iterable[Finding]:
    """Compare: pairs of one fact whose figures' ranges do not overlap."""
    if len(items) < 2 or len(items) > MAX_GROUP:
        return []
    items = sorted(items, key=FigureItem.order)
    findings = []
    for x, a in enumerate(items):
        for b in items[x + 1:]:
            if consistent(a, b) or min(a.keys & b.keys) != key or not same_fact(a, b):
                continue
            if _far_apart(a, b):
                continue
            if (a.model or b.model) and not (a.model and b.model and a.attached == b.attached
                                             and _unsupported(a, b, items)):
                continue
            if _knows_both(a, b, items) or _knows_both(b, a, items):
                continue
            if _sentence_has(a, b, items) or _sentence_has(b, a, items):
                continue
            if _in_list(a, items) and _in_list(b, items) and not _lists_agree_elsewhere(a, b, items):
                continue
            findings.append(_finding(a, b, items))
    return findings


def _unsupported(a: FigureItem, b: FigureItem, items: list[FigureItem]) -> bool:
    """For sizes in a product's name: a story often names several models ("the 13-inch and
    15-inch MacBook Pro", "the 17-inch"), so two sizes conflict only when one of them is
    written in no other article of the group and the other is (a model that does not exist)."""
    def articles(x: FigureItem) -> int:
        return len({id(c.document) for c in items if c.model and c.attached == x.attached and consistent(c, x)})
    return min(articles(a), articles(b)) == 1 and max(articles(a), articles(b)) >= 2


def _far_apart(a: FigureItem, b: FigureItem) -> bool:
    """"$1.38 billion" and "$250 million" near the same words are two amounts, not one
    misreported (a copy error changes a digit or two, not the order of magnitude). The
    same number written in two units of one measure ("about 200 feet", "approximately
    200 metres") is one figure whose unit was slipped, however far apart they are."""
    low, high = sorted((abs(float(a.number.value) * a.scale), abs(float(b.number.value) * b.scale)))
    if _reading(a) or _reading(b):
        return high - low > MAX_READING_GAP   # a 9.0 and a 6.1 quake are two quakes, 4.4 and 4.2 one
    return low == 0 or (high / low > MAX_RATIO and not _unit_slip(a, b) and not _decimal_slip(a, b))


def _decimal_slip(a: FigureItem, b: FigureItem) -> bool:
    """The same digits with the decimal point moved, in one unit: "a depth of 1.2 miles" against
    "a depth of 12 miles" is one figure mistyped, not two amounts ten times apart."""
    x, y = keys.first_numeral(a.number.text), keys.first_numeral(b.number.text)
    if not (x and y) or a.unit != b.unit or a.scale != b.scale or ("." in x) == ("." in y):
        return False
    return x.replace(",", "").replace(".", "").lstrip("0") == y.replace(",", "").replace(".", "").lstrip("0")


def _unit_slip(a: FigureItem, b: FigureItem) -> bool:
    """The same written value in two units of one measure: "200 feet" against "200 metres"."""
    return a.number.kind == b.number.kind == "measure" and a.unit == b.unit and a.scale != b.scale \
        and a.number.value == b.number.value


def _knows_both(a: FigureItem, b: FigureItem, items: list[FigureItem]) -> bool:
    """Whether ``a``'s article also gives ``b``'s figure near a shared word (an update it
    reports, or two amounts it tells apart: the $5.7 billion asked and the $1.4 billion granted)."""
    return any(c.document is a.document and c is not a and c is not b and _may_agree(c, b)
               and _gives(c, a) for c in items)


def _sentence_has(a: FigureItem, b: FigureItem, items: list[FigureItem]) -> bool:
    """Whether ``b``'s sentence also gives ``a``'s figure ("six miles deep, 34 miles west").

    Then ``b`` is another figure of a sentence that agrees with ``a``, not a
    conflicting one. A bare number counts only from three digits: small ones
    recur by chance ("18 people were injured and 12 arrested").
    """
    written = keys.first_numeral(a.number.text)
    if written is not None and len(written.replace(".", "")) >= 3 and written in b.bare:
        return True   # "4,183 yards" against "205 yards ... his season yardage to 4,183"
    return any(c is not b and c.document is b.document and c.sentence == b.sentence
               and _may_agree(c, a) and _gives(c, b) for c in items)


def _may_agree(c: FigureItem, x: FigureItem) -> bool:
    """Whether two figures agree when every hedge is read with its full share ("about
    $1.20" as 1.02–1.38): an article whose other figure may be the one it is compared
    with is not contradicting it, however round that figure is (see :func:`_approximation`,
    which only sharpens the comparison of the two figures themselves)."""
    if consistent(c, x):
        return True
    (c_low, c_high), (x_low, x_high) = c.loose or (c.low, c.high), x.loose or (x.low, x.high)
    return c_low < x_high and x_low < c_high


def _gives(c: FigureItem, x: FigureItem) -> bool:
    """Whether ``c``, another figure of ``x``'s article, gives a figure of its own beside ``x``.

    An open-ended hedge ("more than 5,266 respondents") agrees with every larger figure
    without giving any, and a conversion in brackets ("seven km (4 miles)") is ``x``
    itself in another unit: neither shows that the article knows the other figure, and
    a slip in one half of a conversion is a slip all the same.
    """
    if math.isinf(c.high):
        return False
    if c.unit != x.unit or c.scale == x.scale or c.sentence != x.sentence:
        return True
    first, second = sorted((c, x), key=lambda i: i.number.start)
    return not _BRACKET_OPEN.fullmatch(c.document.text, first.number.end, second.number.start)


_BRACKET_OPEN = regex.compile(r"\s*\(\s*")


def _in_list(a: FigureItem, items: list[FigureItem]) -> bool:
    """Whether ``a``'s sentence gives another figure of its unit ("the 11-inch and 13-inch
    models"): two such lists can be paired figure by figure only when they match."""
    return any(c is not a and c.document is a.document and c.sentence == a.sentence for c in items)


def _lists_agree_elsewhere(a: FigureItem, b: FigureItem, items: list[FigureItem]) -> bool:
    """Whether two lists of one unit ("55 percent in Saudi Arabia, 52 percent in Egypt and 82
    percent in India") have the same length, ``a`` and ``b`` at the same place, and agree
    everywhere else: then ``a`` and ``b`` are the one figure copied differently. Written in
    another order, they are when ``a`` and ``b`` share a word next to them and so does each
    other pair (not for sizes in a product's name, where several models are meant)."""
    def siblings(x: FigureItem) -> list[FigureItem]:
        found = {id(c): c for c in items if c.document is x.document and c.sentence == x.sentence}
        return sorted(found.values(), key=lambda c: c.number.start)

    mine, theirs = siblings(a), siblings(b)
    if len(mine) != len(theirs):
        return False
    if mine.index(a) == theirs.index(b) and all(consistent(x, y) for x, y in zip(mine, theirs) if x is not a):
        return True
    return bool(a.nearest & b.nearest) and not (a.model or b.model) and _paired_by_elimination(
        [x for x in mine if x is not a], [y for y in theirs if y is not b])


def _paired_by_elimination(mine: list[FigureItem], theirs: list[FigureItem]) -> bool:
    """Whether every other figure of one list agrees with its own figure of the other, in
    any order: "two miles from the dam and 13 miles east of Penmarth" and "16 miles east of
    Penmarth and 2 miles from the dam" leave 13 and 16 as the one figure copied differently
    (the caller asks for a word next to both)."""
    left = list(theirs)
    for x in mine:
        match = next((y for y in left if consistent(x, y)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _finding(a: FigureItem, b: FigureItem, items: list[FigureItem]) -> Finding:
    support = Counter()
    for item in items:
        for side in (a, b):
            if item is not side and consistent(item, side) and same_fact(item, side):
                support[id(side)] += 1
    if (support[id(a)], a.order()) > (support[id(b)], b.order()):
        a, b = b, a          # ``a``: the figure fewer other mentions agree with
    shared = sorted(a.entities & b.entities) + sorted((a.terms & b.terms) - a.entities)
    if a.event and a.event == b.event and a.counted == b.counted:
        fact = a.event if a.counted == a.event else f"{a.counted} {a.event}"   # not "magnitude magnitude"
        shared = [fact] + [w for w in shared if not a.event.startswith(w)]
    referred = (a.referent or b.referent) if bool(a.whose) != bool(b.whose) else ()
    if referred:   # "the 39-year-old" against a named age: say whom it was read as
        shared = [" ".join(referred)] + shared
    where = f"{b.location().file}:{b.location().line}"
    timeline = _timeline(a, b)
    if timeline:
        earlier, later = timeline
        return RULE.finding(
            f"figure grew over time: {earlier.number.text} on {earlier.document.date}"
            f" → {later.number.text} on {later.document.date} (same fact: {', '.join(shared[:5])})",
            [later.location(), earlier.location()], severity="info",
        )
    if _birthday_apart(a, b):
        return RULE.finding(
            f"“{a.number.text}” here but “{b.number.text}” at {where}: ages a year apart,"
            f" birthdays between the articles? (same person: {', '.join(shared[:5])})",
            [a.location(), b.location()], severity="info",
        )
    partial = partial_evidence(a, b)
    if partial:
        return RULE.finding(
            f"“{a.number.text}” here but “{b.number.text}” at {where}, perhaps for the same fact"
            f" ({', '.join(shared[:5])}): {partial}",
            [a.location(), b.location()], severity="info", confidence="low", confidence_reason=partial,
        )
    return RULE.finding(
        f"“{a.number.text}” here but “{b.number.text}” at {where} for the same fact"
        f" ({', '.join(shared[:5])})",
        [a.location(), b.location()],
        suggestion=b.number.text,
    )


def _birthday_apart(a: FigureItem, b: FigureItem) -> bool:
    """Two ages a year apart in articles of different days: a birthday may fall between
    them (the arrest and the verdict), so it is info; two years apart is a warning. When an
    article has no date, nothing says how far apart the two stories are, and two years
    apart is still info (the manhunt and the trial)."""
    if a.number.kind != "age" or b.number.kind != "age":
        return False
    if a.document.date and a.document.date == b.document.date:
        return False
    dated = bool(a.document.date and b.document.date)
    return abs(a.number.value - b.number.value) <= (MAX_AGE_DRIFT if dated else MAX_UNDATED_AGE_DRIFT)


RULE = register(
    "QC301", "figure-conflict", "warning",
    map=figure_items, compare=compare_figures, merge=merge_connected, min_group=2,
    explanation="""
    The same fact is given with different figures.

    Two figures are taken to state one fact when they count the same noun (the
    unit: migrants, percent, dollars) and the words around them overlap, with a
    name in common (a place, a person, an organisation): "51 migrants were found
    dead in a trailer in San Antonio" against "53 migrants died in the trailer
    in San Antonio". The check respects hedges and rounding: "nearly 20" and
    "19", "53 percent" and "53.2 percent", "at least 12" and "18", "more than
    50" and "53", overlapping ranges are all consistent. Figures inside one
    sentence are contrasts, not restatements, and an article that itself gives
    both figures (an update) is not flagged, nor are figures more than 2.5
    times apart (two amounts rather than one misreported), parts ("three other
    rifles", "two more people") or figures in a table-like sentence crowded
    with other figures. A count that only grows (deaths,
    injuries, arrests, cases) and is larger in a later-dated article is
    reported as info with the timeline, not as a warning. A figure written with
    a fraction is exact ("2 years" and "2 1/2 years" disagree); the same
    number in feet and in metres is a unit slipped, and the same digits with
    the decimal point moved ("1.2 miles" and "12 miles") a point slipped;
    readings of a quake's magnitude more than 0.6 apart are two quakes. A
    two-sided hedge is read by how round its figure is: "about 20 miles" is
    17–23, but "about 26 miles" only 23.4–28.6, so the two disagree. Two
    ranges agree only when both ends do ("between six and 75 years" and "7 to
    75 years" disagree). An age written with "the" and no name ("the
    39-year-old Troy man") is read as the person its article names most, and
    compared with that person's named ages elsewhere, as info.

    A warning needs evidence of one fact beyond shared words: two ages of one
    named person, one sentence restated near word for word, the same words
    right before and after both figures with the same name closest to them,
    or a count of one event with a name written next to both. Pairs met on
    shared words alone (two attacks of one series, games played and games
    missed, one country's share and another's), figures that follow two
    different people, figures hedged differently, a name near one figure
    that the other article never writes, and growing counts in articles
    dated on different days are info, at low confidence, with the reason.
    Check the source and
    correct one figure, or make the difference explicit ("the toll rose to");
    to silence the rule, ``--ignore QC301``.
    """,
    example_bad="""
    a.txt: Officials said 51 migrants were found dead in a trailer in San Antonio.
    b.txt: Officials said 53 migrants were found dead in a trailer in San Antonio.
    """,
    example_good="""
    a.txt: Officials said nearly 55 migrants were found dead in a trailer in San Antonio.
    b.txt: Officials said 53 migrants were found dead in a trailer in San Antonio.
    """,
)

__all__ = ["RULE", "interval", "consistent", "same_fact"]
