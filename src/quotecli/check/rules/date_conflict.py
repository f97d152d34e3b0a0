"""QC403 date-conflict: one event given different dates in different places.

A full date's *event key* is a content word of the words around it (the event's
verb or noun, the names of who and where); each date is filed under each of
them, so two dates meet only when they share such a word, and a pair is
compared once, in the group of its smallest shared key. A pair is one event
when the words around both overlap strongly and share a name. Only full dates
(day, month and year, stated or with the year taken from the article date) are
compared: a month or a year alone does not contradict a day in it. A day
written relative to the article ("Monday", "yesterday") and resolved from its
date is compared too, only with the dates of one event plainly restated and as
info: the article's date may be a day off.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Optional

import regex

from ... import lexicon
from ...document import Document
from ...records import DateMention, Extraction
from .. import keys
from ..merge import merge_connected
from ..model import Finding, Location
from ..registry import register

MIN_SHARED_TERMS = 3
MIN_OVERLAP = 0.4          # shared words against the smaller context
MIN_OVERLAP_STRONG = 0.7   # shared words against the larger context: inside one article,
                           # or for dates far apart (most often two events of one story)
NEAR_DAYS = 31
MAX_GROUP = 500
MIN_TOPIC_NAMES = 2         # names two articles' stories must share for their dates to meet
MIN_RESTATED_TERMS = 5      # a sentence restated near word for word: shared words, and
MIN_OVERLAP_RESTATED = 0.8  # shared words against the larger context
MAX_NUMERALS = 5            # other figures in a sentence beyond which it is a table
STAMP_LINE_WORDS = 5        # a line with a date and at most this many words is a dateline
_FULL_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, eq=False)
class DateItem:
    document: Document
    date: DateMention
    terms: frozenset[str]
    entities: frozenset[str]
    sentence: tuple[int, int]
    nearest: frozenset[str]        # the words right before and after: the event's verb or noun
    anchor: frozenset[str]         # the name closest to the date
    numerals: frozenset[str]       # the other figures of the sentence
    topic: frozenset[str]          # the names the article is about (keys.topic_names)
    mentioned: frozenset[str] = frozenset()   # every name the article writes (keys.capitalised_words)
    people: frozenset[str] = frozenset()      # surnames of the people of the sentence

    def location(self) -> Location:
        return Location.of(self.document, self.date.start, self.date.end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.date.start)

    @functools.cached_property
    def keys(self) -> frozenset[tuple[str, str]]:
        """The ("date", context word) keys the date is filed under."""
        return frozenset(("date", term) for term in self.terms)


def _full(date: DateMention) -> bool:
    """A stated full date that exists (an impossible "February 30" is another rule's finding)."""
    return not date.relative and _existing_day(date.value)


def _relative_day(date: DateMention) -> bool:
    """A day written relative to the article ("on Thursday", "yesterday", "Monday's crash")
    that the extractor resolved to a full date from the article's date."""
    return bool(date.relative) and _existing_day(date.value)


def _existing_day(value: Optional[str]) -> bool:
    """Whether ``value`` is a YYYY-MM-DD day of the calendar."""
    if not value or not _FULL_DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def date_items(extraction: Extraction) -> Iterator[tuple[Hashable, DateItem]]:
    """Map: each full date, stated or a day resolved from the article's date, under ("date",
    context word) keys."""
    document = extraction.document
    spans = [(n.start, n.end) for n in extraction.numbers] + [(d.start, d.end) for d in extraction.dates]
    full = [d for d in extraction.dates if _full(d) or _relative_day(d)]
    stamps = {keys.stem(w) for w in lexicon.words("dateline_words") if not w.endswith(":")}
    labels = [w[:-1] for w in lexicon.words("dateline_words") if w.endswith(":")]
    mentioned = keys.capitalised_words(document.text)
    topic = keys.topic_names(document.text)
    for date in full:
        ctx = keys.context(document, date.start, date.end, skip=spans)
        if ctx.nearest & stamps or _labelled(document.text, date, labels) or _stamp_line(document.text, date) \
                or is_dateline(document.text, date) or _writing_day(document.text, date):
            continue   # "Last updated 21 July 2013", "LONDON, July 8, 2022 —": the page's own date
        if len(ctx.numerals) > MAX_NUMERALS:
            continue   # a schedule, an e-mail header, a table: not a sentence about one event
        item = DateItem(document, date, ctx.terms, ctx.entities, ctx.sentence, ctx.nearest,
                        ctx.anchor, ctx.numerals, topic, mentioned,
                        keys.sentence_people(extraction.people, ctx.sentence))
        for key in item.keys:
            yield key, item


DATELINE_REACH = 400        # a dateline opens the article: it starts within these characters
_DATELINE_AFTER = regex.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–]|-{1,2}|:\s)")
_DATELINE_BEFORE = regex.compile(r"^(?:[\p{Lu}][\p{L}.'’-]*,?\s+){0,4}(?:\([^()\n]{1,30}\)\s*)?[,:]?\s*$")


def is_dateline(text: str, date: DateMention) -> bool:
    """A dateline: the date that opens the article ("LONDON, July 8, 2022 (Reuters) —",
    "July 8, 2022 -- The council…", "27/09/2013-Turkmenistan to hold…"). It dates the story, not an event the story reports,
    so two articles of one event written on different days do not disagree.

    The extractor marks it (the mention's ``dateline`` field); where it did not, a
    full date near the top of the text, with at most a few capitalised words (the
    place, the agency) before it on its line and a dash or colon after it.
    """
    if getattr(date, "dateline", False):
        return True
    if date.start >= DATELINE_REACH:
        return False
    before = text[keys.line_start(text, date.start):date.start]
    return bool(_DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(text, date.end))


_WRITING_DAY_GAP = regex.compile(r"[\s(,—–-]*$")


def _writing_day(text: str, date: DateMention) -> bool:
    """A date written right after "today" or "yesterday" ("announced on Twitter today (20
    October 2011)"): the article's own day, not the date of the event it reports."""
    before = text[max(0, date.start - 16):date.start]
    words = keys.folded_words(before)
    if not words or words[-1] not in lexicon.words("date_writing_days"):
        return False
    cut = before.casefold().rfind(words[-1])
    return cut >= 0 and bool(_WRITING_DAY_GAP.match(before, cut + len(words[-1])))


def _labelled(text: str, date: DateMention, labels: list[str]) -> bool:
    """A date after a label and its colon ("Date: Sept 04, 2002", "Sent: …"): a header."""
    before = keys.folded_words(text[max(0, date.start - 12):date.start])
    return bool(before) and before[-1] in labels and text[:date.start].rstrip().endswith(":")


def _stamp_line(text: str, date: DateMention) -> bool:
    """A date on a line of its own with a few words ("Posted Jul 07, 2012 7:40 PM"), or a
    labelled date ending its line ("... The Japan Times: Nov. 17, 2004")."""
    start, end = keys.line_start(text, date.start), keys.line_end(text, date.end)
    if text[max(start, date.start - 2):date.start].strip() == ":" and not text[date.end:end].strip(" .,"):
        return True
    return keys.count_words(text[start:date.start] + text[date.end:end], STAMP_LINE_WORDS + 1) <= STAMP_LINE_WORDS


def same_event(a: DateItem, b: DateItem) -> bool:
    """Whether two dates are given for one event.

    The words around both overlap strongly and share a name (two words are
    enough when the words next to each date, the event, "closed on", "the …
    bombing", are among the other's words; three otherwise), the names closest
    to the dates agree, and the sentences do not each carry other figures the
    other lacks with none in common, the people the sentences name are not two
    different sets (names next to the dates that differ are
    the same setting when each article writes the other's: "a fire in
    Wellington" and "a fire in a Somerset town"). Inside one article, and for dates more
    than a month apart (in a story, most often two events), the overlap must be
    stronger.
    """
    if a.document is b.document and (a.sentence == b.sentence or _paragraph(a) == _paragraph(b)):
        return False   # "arrested on May 3 and charged on May 5": two events; a schedule
    if a.document is not b.document and len(a.topic & b.topic) < MIN_TOPIC_NAMES:
        return False   # two unrelated stories in one folder
    if not (a.nearest & b.terms or b.nearest & a.terms):
        return False
    if a.anchor and b.anchor and not a.anchor & b.anchor and len(a.entities & b.entities) < 2 \
            and not (a.anchor <= b.mentioned and b.anchor <= a.mentioned):
        return False   # other names next to the dates, unless each article writes the other's too
    if a.numerals - b.numerals and b.numerals - a.numerals and not a.numerals & b.numerals:
        return False   # other figures differ too: another event
    if a.people and b.people and not a.people & b.people:
        return False   # "Jamal Williams was arrested on …", "Vincent Jackson was arrested on …"
    shared = a.terms & b.terms
    event = a.nearest & b.terms and b.nearest & a.terms
    needed = MIN_SHARED_TERMS if a.document is b.document else max(
        2, min(MIN_SHARED_TERMS - 1 if event else MIN_SHARED_TERMS, len(a.terms), len(b.terms)))
    if len(shared) < needed or not (a.entities & b.entities or (event and a.document is not b.document)):
        return False   # a shared name, or the same event word on both sides ("sentencing set for")
    if a.document is b.document or _days_apart(a, b) > NEAR_DAYS:
        return len(shared) >= MIN_OVERLAP_STRONG * max(len(a.terms), len(b.terms))
    return len(shared) >= MIN_OVERLAP * min(len(a.terms), len(b.terms))


def _paragraph(item: DateItem) -> tuple[int, int]:
    return item.document.segments.paragraph_at(item.date.start)


def _days_apart(a: DateItem, b: DateItem) -> int:
    return abs((dt.date.fromisoformat(a.date.value) - dt.date.fromisoformat(b.date.value)).days)


def compare_dates(key: Hashable, items: list[DateItem]) -> Iterable[Finding]:
    """Compare: pairs of one event with different full dates."""
    if len(items) < 2 or len(items) > MAX_GROUP:
        return []
    items = sorted(items, key=DateItem.order)
    findings = []
    for x, a in enumerate(items):
        for b in items[x + 1:]:
            if a.date.value == b.date.value or min(a.keys & b.keys) != key or _years_read(a, b) \
                    or _days_read(a, b):
                continue
            if not same_event(a, b):
                continue
            if _knows_both(a, b, items) or _knows_both(b, a, items):
                continue
            findings.append(_finding(a, b, items))
    return findings


_YEAR = regex.compile(r"\b\d{4}\b|['’]\d\d\b")


def _years_read(a: DateItem, b: DateItem) -> bool:
    """Two dates that differ only in a year neither writes ("April 9" and "April 9"): the
    years were read from the articles' own dates, which is no disagreement of the texts."""
    return a.date.value[4:] == b.date.value[4:] and not _YEAR.search(a.date.text) \
        and not _YEAR.search(b.date.text)


MAX_RELATIVE_DAYS = 6       # a written weekday names a day of the article's week


def _days_read(a: DateItem, b: DateItem) -> bool:
    """Two dates, one of them relative ("Thursday"), not to be compared: both written alike
    ("Monday" and "Monday": only the articles' dates differ), further apart than a weekday
    reaches (the articles are a week or more apart, or a date is misread), or not plainly
    one event restated (no word right next to both dates in common, and not one sentence
    restated near word for word): a day read from an article's date is weak evidence, and
    names in common alone ("Mayor Ortiz Olvera … on Monday", a caption's "Friday, July 8")
    do not make one event, nor does a time of day next to both ("Thursday night"). Two
    articles' own days ("today", "this morning") differ only by the articles' dates; a reach
    of weeks ("a week ago") is no day, and a day counted from another date of the text ("the
    next day") is a guess at which date, so neither is compared."""
    if not (a.date.relative or b.date.relative):
        return False
    if _relative_kind(a.date) in _NOT_A_DAY or _relative_kind(b.date) in _NOT_A_DAY:
        return True
    if a.date.relative and b.date.relative and (
            keys.folded_words(a.date.text) == keys.folded_words(b.date.text)
            or _relative_kind(a.date) == _relative_kind(b.date) == "own-day"):
        return True   # "today" and "this morning" in two articles: only the articles' dates differ
    if _days_apart(a, b) > MAX_RELATIVE_DAYS:
        return True
    shared = a.terms & b.terms   # a relative day meets another only as one event plainly restated
    restated = len(shared) >= MIN_RESTATED_TERMS and \
        len(shared) >= MIN_OVERLAP_RESTATED * max(len(a.terms), len(b.terms))
    return not ((a.nearest & b.nearest) - _parts_of_day() or restated)


_NOT_A_DAY = ("span", "anaphor")


def _relative_kind(date: DateMention) -> str:
    """What a relative date counts from (``date_relative_spans``): "span" for a reach of weeks
    or more ("a week ago": no day), "anaphor" for a day counted from another date of the text
    ("the next day": a guess at which), "own-day" for the article's own day ("today", "this
    morning"), "" otherwise ("Monday", "yesterday")."""
    if not date.relative:
        return ""
    table = lexicon.table("date_relative_spans")
    words = keys.folded_words(date.text)
    kinds = {table[w][0] for w in words if w in table}
    if "span" in kinds:
        return "span"
    if "anaphor" in kinds and "day" in words:
        return "anaphor"
    if "own-day" in kinds or kinds == {"part-of-day"} and words[0] == "this":
        if all(w == "this" or w in table for w in words):
            return "own-day"
    return ""


@functools.lru_cache(maxsize=1)
def _parts_of_day() -> frozenset[str]:
    """The stems of "night", "morning"…: next to a day ("Thursday night"), not an event word."""
    return frozenset(keys.stem(w) for w, (kind, *_) in lexicon.table("date_relative_spans").items()
                     if kind == "part-of-day")


def partial_evidence(a: DateItem, b: DateItem) -> str:
    """Why two dates :func:`same_event` pairs may still date two events ("" when the evidence
    is strong). Strong: one sentence restated near word for word in two articles, or the
    same words right before and after both dates with the same name closest to them
    ("closed on March 3, 2021, the"). Anything else, words in common alone, is what two
    events of one story (the partial and the full restoration, two hearings) share. A day
    read from an article's date ("on Thursday") is partial evidence whatever the words:
    the article's date may be the day after the story was written."""
    if a.date.relative or b.date.relative:
        written = a.date.text if a.date.relative else b.date.text
        return f"“{written}” is a day read from the article's date"
    shared = a.terms & b.terms
    if a.document is not b.document and len(shared) >= MIN_RESTATED_TERMS \
            and len(shared) >= MIN_OVERLAP_RESTATED * max(len(a.terms), len(b.terms)):
        return ""
    if len(a.nearest) >= 2 and a.nearest == b.nearest and a.anchor == b.anchor:
        return ""
    return "the sentences share words but are not the same statement"


def _knows_both(a: DateItem, b: DateItem, items: list[DateItem]) -> bool:
    """Whether ``a``'s article also gives ``b``'s date, near shared words, for what it
    tells apart as another event (the partial restoration on the 14th, the full one on
    the 20th). When it gives ``b``'s date for the same event, it contradicts itself."""
    return any(c.document is a.document and c is not a and c is not b and c.date.value == b.date.value
               and not same_event(a, c) for c in items)


def _finding(a: DateItem, b: DateItem, items: list[DateItem]) -> Finding:
    votes = Counter(item.date.value for item in items if same_event(item, a) or same_event(item, b))
    if (votes[a.date.value], a.order()) > (votes[b.date.value], b.order()):
        a, b = b, a          # ``a``: the date fewer mentions of the event agree with
    shared = sorted(a.entities & b.entities) + sorted((a.terms & b.terms) - a.entities)
    where = f"{b.location().file}:{b.location().line}"
    partial = partial_evidence(a, b)
    if partial:
        return RULE.finding(
            f"“{a.date.text}” ({a.date.value}) here but “{b.date.text}” ({b.date.value}) at {where},"
            f" perhaps for the same event ({', '.join(shared[:5])}): {partial}",
            [a.location(), b.location()], severity="info", confidence="low", confidence_reason=partial,
        )
    return RULE.finding(
        f"“{a.date.text}” ({a.date.value}) here but “{b.date.text}” ({b.date.value}) at {where}"
        f" for the same event ({', '.join(shared[:5])})",
        [a.location(), b.location()],
        suggestion=b.date.text,
    )


RULE = register(
    "QC403", "date-conflict", "warning",
    map=date_items, compare=compare_dates, merge=merge_connected, min_group=2,
    explanation="""
    The same event is given different dates in different places.

    Two full dates are taken to date one event when the words around them
    overlap strongly, share a name and name the same event next to the date:
    "the plant in Springfield closed on
    March 3, 2021" against "the Springfield plant closed on March 4, 2021". Only
    full dates are compared (a month or a year alone does not contradict a day
    in it), the dateline that opens an article ("LONDON, July 8, 2022 —") and a
    page's time stamps ("Posted: …") date the page, not an event, two dates of one sentence or one paragraph are two events (a
    schedule, a sequence), and an article that
    itself states both dates is taken to tell two events apart. A date right
    after "today" or "yesterday" is the article's own day, and two dates that
    differ only in a year neither writes ("April 9") were dated by their
    articles, not by the texts. A day written relative to the article ("the
    attack on Thursday" against "Friday's attack") is compared when the event is
    restated with a word next to both dates in common, as info at low
    confidence, since it was read from the article's date; two relative days
    written alike, two articles' own days ("today", "this morning"), a relative
    reach of weeks ("a week ago"), a day counted from another date ("the next
    day"), or days more than six days apart, are not compared; a time of day
    ("Thursday night") is no event word. A warning
    needs one sentence restated near word
    for word or the same words right before and after both dates; dates met on
    shared words alone (two events of one story) are info, at low confidence.
    Check the
    source and correct one date; to silence the rule, ``--ignore QC403``.
    """,
    example_bad="""
    a.txt: The Springfield plant closed on March 3, 2021, the company said.
    b.txt: The Springfield plant closed on March 4, 2021, after 60 years.
    """,
    example_good="""
    a.txt: The Springfield plant closed on March 3, 2021, the company said.
    b.txt: The Springfield plant reopened on June 4, 2021, under new owners.
    """,
)

__all__ = ["RULE", "same_event"]
