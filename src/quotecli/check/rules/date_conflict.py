"""QC403 date-conflict: one event given different dates in different places.

A full date's *event key* is a content word of the words around it (the event's
verb or noun, the names of who and where); each date is filed under each of
them, so two dates meet only when they share such a word, and a pair is
compared once, in the group of its smallest shared key. A pair is one event
when the words around both overlap strongly and share a name. Only full dates
(day, month and year, stated or with the year taken from the article date) are
compared: a month or a year alone does not contradict a day in it. A day
written relative to the article ("Monday", "yesterday") and resolved from its
date is compared too: with the dates of one event plainly restated, or of one
happening told in other words — an event word of ``date_event_words`` next to
each date that the other's sentence names too ("foiled a pirate attack on
Friday", "on Thursday thwarted a raid"), and the same participants (two names
or a person in common, no two different people or settings) — as info, since the
article's date may be a day off; two written weekdays of one plainly told
happening (an event a story tells only once, three names) are a warning.
"""

from __future__ import annotations

import calendar
import dataclasses
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
    events: frozenset[str] = frozenset()      # the events the date's part of its sentence names
    names: frozenset[str] = frozenset()       # the names of the date's part of its sentence: who, where
    next_events: frozenset[str] = frozenset() # the events of the event words nearest the date
    clause_people: frozenset[str] = frozenset()  # surnames of the people of the date's clause
    quoted: bool = False                      # inside a quotation: the speaker's day, not the article's
    part_people: frozenset[str] = frozenset() # surnames of the people of the date's part of its sentence
    part: tuple[int, int] = (0, 0)            # the date's part of its sentence (:func:`_part`)
    clause_names: frozenset[str] = frozenset() # the names of the date's clause (:func:`_clause`)
    lead_events: frozenset[str] = frozenset() # for the article's lead date only: the events of its whole sentence
    story_people: frozenset[str] = frozenset() # the names the article is about that are people's surnames
    ages: frozenset[float] = frozenset()      # the ages given in the date's part of its sentence ("36-year-old")
    places: frozenset[str] = frozenset()      # the names of the date's part outside people's names

    def location(self) -> Location:
        return Location.of(self.document, self.date.start, self.date.end)

    @functools.cached_property
    def weekday(self) -> str:
        """The day of the week: the calendar's for a full date, else the one written."""
        if self.date.value:
            return calendar.day_name[dt.date.fromisoformat(self.date.value).weekday()]
        return self.date.weekday or ""

    @functools.cached_property
    def night_end(self) -> str:
        """Which end of a night the words next to the date put it at (:func:`_night_end`),
        read once: every pair of its group asks."""
        return _night_end(self.document.text, self.date)

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


def _unresolved_weekday(date: DateMention) -> bool:
    """A weekday written relative to an article that has no date ("were arrested on
    Tuesday"): no day of the calendar, but the day of the week of one happening, which
    another undated article's "Wednesday" for it contradicts whatever week each was written
    in. Against a dated article's day it is not compared: the weeks may differ (two pirate
    attacks, two arrests of one team's players, years apart)."""
    return bool(date.relative) and not date.value and bool(date.weekday) \
        and _relative_kind(date) not in _NOT_A_DAY


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
    full = [d for d in extraction.dates if _full(d) or _relative_day(d) or _unresolved_weekday(d)]
    stamps = {keys.stem(w) for w in lexicon.words("dateline_words") if not w.endswith(":")}
    labels = [w[:-1] for w in lexicon.words("dateline_words") if w.endswith(":")]
    mentioned = keys.capitalised_words(document.text)
    topic = keys.topic_names(document.text)
    story_people = topic & {keys.stem(p) for p in keys.sentence_people(extraction.people, (0, len(document.text)))}
    lead_open = True
    for date in sorted(full, key=lambda d: d.start):
        ctx = keys.context(document, date.start, date.end, skip=spans)
        if _stamped(document.text, date, ctx.nearest & stamps) or _labelled(document.text, date, labels) \
                or _stamp_line(document.text, date) or is_dateline(document.text, date) \
                or _writing_day(document.text, date):
            continue   # "Last updated 21 July 2013", "LONDON, July 8, 2022 —": the page's own date
        if len(ctx.numerals) > MAX_NUMERALS:
            continue   # a schedule, an e-mail header, a table: not a sentence about one event
        happening = _events_and_people(extraction, date, ctx.sentence)
        part = happening[6]
        item = DateItem(document, date, ctx.terms, ctx.entities, ctx.sentence,
                        ctx.nearest | _past_part_of_day(document.text, date, ctx.sentence),
                        ctx.anchor - _titles(), ctx.numerals, topic, mentioned,
                        keys.sentence_people(_about(extraction, date), ctx.sentence), *happening,
                        ages=frozenset(n.value for n in extraction.numbers
                                       if n.kind == "age" and part[0] <= n.start < part[1]),
                        places=_names(document.text, ctx.sentence, part,
                                      [(p.start, p.end) for p in extraction.people]))
        if lead_open:
            lead_open = False
            if document.text.count("\n", 0, date.start) < LEAD_LINES:
                item = dataclasses.replace(item, lead_events=_story_events(document.text, ctx.sentence),
                                           story_people=story_people)
        for key in item.keys:
            yield key, item


LEAD_LINES = 5              # an article's lead: its first date, on one of its first lines


def _story_events(text: str, sentence: tuple[int, int]) -> frozenset[str]:
    """The events of a lead sentence as a whole (``date_event_words``), and an attack when it
    tells a shooting that kills or injures ("shot three people, killing one"): the story
    a lead tells, whichever clause its date is in."""
    table = _event_table()
    tokens = keys.span_tokens(text, *sentence)
    events = {event for i, t in enumerate(tokens) if t.key in table
              and not _attributive(tokens, i, table) and not _in_name(tokens, i) for event in table[t.key]}
    if "shoot" in events and events & {"kill", "injure", "die"}:
        events.add("attack")
    return frozenset(events)


MIN_LEAD_EVENTS = 2         # events two leads must share to tell one story


def _same_lead(a: DateItem, b: DateItem) -> bool:
    """Whether two articles of one story lead with one happening on two days: each date is
    its article's first, on one of its first lines (``LEAD_LINES``), an article dated
    (both, unless :func:`_undated_lead` vouches for an undated one's week), one day
    relative ("the attack this morning" in an article of the next day against "shot
    three people ... on Monday"); the stories share three names; the event next to each date
    is one the other lead tells, the leads share two events a story tells once, and no two
    different people or settings are next to the dates. Every event next to a date must
    be one the other lead tells ("was charged on Monday with killing" dates the charge)."""
    if not (a.lead_events and b.lead_events and (a.date.value or b.date.value)) or a.document is b.document:
        return False
    if not (a.date.relative or b.date.relative) or _not_comparable(a, b) or a.quoted or b.quoted:
        return False
    if len(a.topic & b.topic) < MIN_STORY_NAMES or _other_settings(a, b):
        return False
    if a.part_people and b.part_people and not a.part_people & b.part_people:
        return False
    if not (a.next_events and b.next_events and a.next_events <= _told(b) and b.next_events <= _told(a)):
        return False   # "was charged on Monday with killing": the charge is no event of the other lead
    return len((a.lead_events & b.lead_events) - _recurring_events()) >= MIN_LEAD_EVENTS


def _undated_lead(a: DateItem, b: DateItem) -> bool:
    """Whether an undated article's weekday and a dated article's day date one lead
    (:func:`_same_lead`) for sure enough that the weeks must be one: both stories are about
    one person (a name of both ``topic_names`` that each article gives as a person's
    surname), and the leads give no other figures with none in common ("captured 23
    pirates" and "26 pirates": two raids, years apart). Two earthquakes in one country,
    two raids in one gulf, share names and events but no person."""
    if _figures_differ(a, b):
        return False
    return bool(a.story_people & b.story_people) and _same_lead(a, b)


def _told(item: DateItem) -> frozenset[str]:
    """The events a lead tells: its own, and what an attack does to its victims
    (``date_attack_outcomes``) when it tells an attack."""
    if "attack" in item.lead_events:
        return item.lead_events | lexicon.words("date_attack_outcomes")
    return item.lead_events


STAMP_HEAD_WORDS = 4        # a stamp word marks a time stamp only among a line's first words


def _stamped(text: str, date: DateMention, stamp_words: frozenset[str]) -> bool:
    """A date next to a stamp word ("Published: Sunday, Aug 4", "Last updated 15:48 15/09")
    at the head of its line: the page's own time. In a sentence ("the interview the Times
    published Sunday", "the site updated its figures Friday") the word dates an event."""
    if not stamp_words:
        return False
    return keys.count_words(text[keys.line_start(text, date.start):date.start],
                            STAMP_HEAD_WORDS + 1) <= STAMP_HEAD_WORDS


def _past_part_of_day(text: str, date: DateMention, sentence: tuple[int, int]) -> frozenset[str]:
    """The stem of the word after a part of the day that follows a date ("the Monday morning
    attack", "Friday night raids"): the time of day belongs to the date, so the event
    word right next to it is the one written right after it."""
    following = keys.span_tokens(text, date.end, sentence[1], sentence)[:2]
    if len(following) < 2 or keys.stem(following[0].key) not in _parts_of_day() \
            or keys.is_stopword(following[1].key):
        return frozenset()   # "met Tuesday morning with the ambassador": no event word after it
    return frozenset({keys.stem(following[1].key)})


def _content_after(text: str, start: int, end: int) -> list:
    """The tokens of ``text[start:end]`` that are not stopwords."""
    return [t for t in keys.span_tokens(text, start, end) if not keys.is_stopword(t.key)]


def _events_and_people(extraction: Extraction, date: DateMention, sentence: tuple[int, int]) -> tuple:
    """The fields of a date's happening: the events of its part of the sentence and next
    to it, the names of its part, the people of its clause, whether a quotation holds it,
    the people of its part, the part, and the names of its clause."""
    document = extraction.document
    part = _part(document.text, date, sentence, extraction.dates)
    events, next_events, clause = event_words(document.text, date, part)
    return (events, _names(document.text, sentence, part),
            next_events, keys.sentence_people(_about(extraction, date), clause),
            any(q.start <= date.start < q.end and q.kind in _QUOTED_KINDS for q in extraction.quotes),
            keys.sentence_people(_about(extraction, date), part), part, _names(document.text, sentence, clause))


def _about(extraction: Extraction, date: DateMention) -> list:
    """The people mentions a date can be about: all but the speaker of words that hold it
    ("coroner Gary Hargrove said he believed the death occurred July 24" dates LaRue's
    death, not Hargrove's; the other article writes "LaRue died Saturday")."""
    sources = [(q.speaker_start, q.speaker_end) for q in extraction.quotes
               if q.start <= date.start < q.end and q.speaker_start is not None and q.speaker_end is not None]
    return [p for p in extraction.people if not any(start <= p.start < end for start, end in sources)]


def _part(text: str, date: DateMention, sentence: tuple[int, int],
          dates: Iterable[DateMention]) -> tuple[int, int]:
    """A date's part of its sentence: the sentence cut between it and each other date in
    it, at the end of the earlier date's clause ("Tomas Berg, who was signed on Tuesday, |
    and Ivo Lind, who was signed Wednesday") or, in one clause, half-way between them
    ("fired last Thursday and | bought a shotgun on Friday"). A day restated in brackets
    right after another ("Saturday (July 24, 2004)") shares its part."""
    start, end = sentence
    for other in dates:
        if other.start == date.start or not (sentence[0] <= other.start < sentence[1]):
            continue
        first, second = (other, date) if other.start < date.start else (date, other)
        if _bracketed(text, second) and not text[first.end:second.start].strip(" (["):
            continue   # "died Saturday (July 24, 2004)", "last night [10 October]": one day written twice
        cut = _clause(text, first, sentence)[1]
        if cut > second.start:
            cut = (first.end + second.start) // 2
        if other.start < date.start:
            start = max(start, cut)
        else:
            end = min(end, cut)
    return start, end


def _figures_differ(a: DateItem, b: DateItem) -> bool:
    """Whether the two dates' sentences each give other figures, none in common ("captured 23
    pirates" / "captured 26"): then they tell of two events, whatever else they share."""
    return bool(a.numerals - b.numerals and b.numerals - a.numerals and not a.numerals & b.numerals)


def _names(text: str, sentence: tuple[int, int], part: tuple[int, int],
           outside: Iterable[tuple[int, int]] = ()) -> frozenset[str]:
    """The stems of the names written in a date's part of its sentence: capitalised words
    that do not open the sentence, leaving out weekdays, months and titles ("Mr."), and
    words inside the ``outside`` spans (people's names, for the places of a part)."""
    calendar = frozenset(lexicon.table("weekdays")) | frozenset(lexicon.table("months"))
    spans = list(outside)
    return frozenset(keys.stem(t.key) for t in keys.span_tokens(text, *part, sentence)
                     if t.start > sentence[0] and t.text[:1].isupper()
                     and not any(start <= t.start < end for start, end in spans)
                     and t.key not in calendar and not _possessive_of(t, calendar)
                     and not keys.is_stopword(t.key) and keys.stem(t.key) not in _titles())


def _possessive_of(token: keys.Token, words: frozenset[str]) -> bool:
    """Whether the token is a possessive of one of ``words`` ("Monday's violence": a day, not
    a name)."""
    return token.text.endswith(("'s", "’s")) and token.key[:-1] in words


_QUOTED_KINDS = ("full", "partial")   # words in quotation marks (not reported speech)


def event_words(text: str, date: DateMention, part: tuple[int, int]
                ) -> tuple[frozenset[str], frozenset[str], tuple[int, int]]:
    """The events (``date_event_words``) named in a date's part of its sentence (:func:`_part`),
    those of the event words next to the date inside its clause — the nearest before it
    ("foiled a pirate attack on Friday") and the word right after it ("on Thursday
    intercepted"), not one further on ("on Friday condemned the bombing" dates the
    condemning) unless the date opens its clause ("Yesterday, a 36-year-old climber died")
    — and the clause.

    The clause is the part cut at the nearest clause break on each side (a comma, a
    bracket, a dash, a quotation mark, or a word of ``date_clause_words``: "sentenced on
    Tuesday following his conviction", "said Thursday that seven were killed"). Two
    articles rarely put one event in the same words next to the day ("foiled a pirate
    attack ... on Friday", "on Thursday intercepted three boats ... and foiled an attack"),
    but they name it with one of a few words."""
    start, end = part
    table = _event_table()
    tokens = keys.span_tokens(text, start, end)
    found = [(t, table[t.key]) for i, t in enumerate(tokens) if t.key in table
             and not _attributive(tokens, i, table) and not _in_name(tokens, i)]
    c_start, c_end = _clause(text, date, (start, end))
    before = _events_before(text, [(t, events) for t, events in found
                                   if c_start <= t.start and t.end <= date.start])
    following = _content_after(text, date.end, c_end)
    if _past_part_of_day(text, date, (c_start, c_end)):
        following = following[1:]   # "the Monday morning attack": the event word is "attack"
    if _POSSESSIVE.match(text, date.end):
        before = []   # "for Sunday's playoff game", "Thursday's bombing": the day names what follows it
        following = following[:POSSESSIVE_WORDS]
    elif keys.count_words(text[c_start:date.start], OPENING_WORDS + 1) > OPENING_WORDS:
        following = following[:1]   # "on Friday condemned the bombing": only the word right after
    after = [table[t.key] for t in following if t.key in table][:1]
    named = frozenset(event for _, events in found for event in events)
    return named, _with_announced(frozenset(event for events in before + after for event in events), named), \
        (c_start, c_end)


ANNOUNCE = "announce"        # the event of "announced", "unveiled" (``date_event_words``)


def _with_announced(next_events: frozenset[str], named: frozenset[str]) -> frozenset[str]:
    """The events next to a date, and, when one is an announcement, the events of its part
    of the sentence that happen when announced (``date_announced_events``): "announced on
    Tuesday that it has signed an agreement to acquire" dates the acquisition as much as
    the other article's "today's acquisition" does; "announced Wednesday the arrest" does
    not date the arrest."""
    if ANNOUNCE not in next_events:
        return next_events
    return next_events | (named & lexicon.words("date_announced_events"))


_POSSESSIVE = regex.compile(r"['’]s\b")


def _attributive(tokens: list, i: int, table: dict) -> bool:
    """Whether the event word ``tokens[i]`` is a participle describing the noun after it
    ("placed on the injured list Wednesday", "her wounded son"): after a determiner of
    ``date_attributive_words``, in -ed, before a word that is no stopword nor an event
    word ("a foiled attack" still names the attack and its foiling)."""
    token = tokens[i]
    if not token.key.endswith("ed") or i == 0 or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].key
    return tokens[i - 1].key in _determiners() and following not in table and not keys.is_stopword(following)


def _in_name(tokens: list, i: int) -> bool:
    """Whether the event word ``tokens[i]`` is a word of a name: capitalised inside its part
    of the sentence, next to another capitalised word ("placed him on Injured Reserve
    Wednesday", "the Killing Fields")."""
    if i == 0 or not tokens[i].text[:1].isupper():
        return False
    return tokens[i - 1].text[:1].isupper() or i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()


@functools.lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(lexicon.words("date_attributive_words"))
POSSESSIVE_WORDS = 3        # words after "Sunday's" that may name what it dates ("Sunday's divisional playoff game")


@functools.lru_cache(maxsize=1)
def _event_table() -> dict[str, tuple[str, ...]]:
    """``date_event_words`` as each word's events: one, or a specific one and the wider one
    it is a kind of ("shooting": shoot/attack — "the shooting" and "the attack" name one
    happening, as "was shot" and "the shooting" do)."""
    return {word: tuple(cells[0].split("/")) for word, cells in lexicon.table("date_event_words").items()}


VERB_OBJECT_WORDS = 4       # words between an event verb and the event it acts on ("foiled a pirate attack")


def _events_before(text: str, found: list[tuple[keys.Token, tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The event of the event word nearest before a date, and of the one a few words before
    it that it completes ("foiled a five-boat pirate attack on Friday": foil and attack; the
    other article may say "foiled a piracy attempt" or "the attack")."""
    if len(found) >= 2 and keys.count_words(text[found[-2][0].end:found[-1][0].start],
                                            VERB_OBJECT_WORDS + 1) <= VERB_OBJECT_WORDS:
        return [found[-2][1], found[-1][1]]
    return [events for _, events in found[-1:]]


OPENING_WORDS = 2           # words before a date that opens its clause ("On Friday, …")
_CLAUSE_MARK = regex.compile(r"(?<!\d)[,:](?!\d)|[;()\[\]\"“”«»—–]|\s-{1,2}\s")   # not "06:00", "1,300"


_OPEN_BRACKET = regex.compile(r"([(\[])\s*$")
_CLOSING = {"(": ")", "[": "]"}


def _bracketed(text: str, date: DateMention) -> tuple[int, ...]:
    """The offsets of the brackets around a date that fills them ("(July 24, 2004)", an
    editor's "last night [10 October 2011]" in a quotation), or ()."""
    opening = _OPEN_BRACKET.search(text, max(0, date.start - 3), date.start)
    if not opening:
        return ()
    after = text.find(_CLOSING[opening.group(1)], date.end, date.end + 3)
    if after < 0 or text[date.end:after].strip(" .,"):
        return ()
    return opening.start(1), after


PLACE_WORDS = 3             # capitalised words between two commas that name a place, not a clause


def _place_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a comma, is a place's name set off by commas ("in
    High Street, Wellington, on Sunday", "in Biloxi, Miss., on Saturday")."""
    if not text[start - 1:start] == ",":
        return False
    words = keys.tokens(text[start:end])
    return 0 < len(words) <= PLACE_WORDS and all(w.text[:1].isupper() for w in words)


def _clause(text: str, date: DateMention, sentence: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause a date is in, inside its sentence."""
    s_start, s_end = sentence
    breaks = lexicon.words("date_clause_words")
    start, end = s_start, s_end
    inside = _bracketed(text, date)
    before_place = s_start
    for mark in _CLAUSE_MARK.finditer(text, s_start, s_end):
        if inside and mark.start() in inside:
            continue   # "died Saturday (July 24, 2004)": the brackets restate a day of the clause
        if mark.end() <= date.start:
            if mark.group() == "," and _place_between(text, start, mark.start()):
                start = before_place   # "in High Street, Wellington, on Sunday": one clause
            else:
                before_place, start = start, mark.end()
        elif mark.start() >= date.end:
            if mark.group() == "," and not text[date.end:mark.start()].strip() \
                    and keys.count_words(text[start:date.start], OPENING_WORDS + 1) <= OPENING_WORDS:
                continue   # "On Friday, a climber died": the day opens the clause after it
            end = min(end, mark.start())
            break
    for token in keys.span_tokens(text, start, end):
        if token.key in breaks:
            if token.end <= date.start:
                start = token.end
            elif token.start >= date.end:
                end = token.start
                break
    return start, end


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
    if _other_settings(a, b):
        return False   # other names next to the dates, unless each article writes the other's too
    if _figures_differ(a, b):
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


def _other_settings(a: DateItem, b: DateItem) -> bool:
    """Whether the names closest to two dates differ and the words around them share fewer
    than two names, unless each article writes the other's name too ("a fire in Wellington"
    and "a fire in a Somerset town" are one setting when both write both)."""
    a_setting, b_setting = _setting(a), _setting(b)
    return bool(a_setting and b_setting and not a_setting & b_setting and len(a.entities & b.entities) < 2
                and not (a_setting <= b.mentioned and b_setting <= a.mentioned))


def _setting(item: DateItem) -> frozenset[str]:
    """The name closest to a date when it is in the date's clause: a name set off in another
    clause ("Sukanya, under the control of the Western Naval Command, thwarted an attack on
    Thursday") tells who acted or was told, not where the dated event happened."""
    return item.anchor if item.anchor & item.clause_names else frozenset()


def _paragraph(item: DateItem) -> tuple[int, int]:
    return item.document.segments.paragraph_at(item.date.start)


def _days_apart(a: DateItem, b: DateItem) -> int:
    """Days between two dates; 0 for weekdays of undated articles (:func:`_unresolved_weekday`):
    two undated articles of one happening are taken to be of one week."""
    if not (a.date.value and b.date.value):
        return 0
    return abs((dt.date.fromisoformat(a.date.value) - dt.date.fromisoformat(b.date.value)).days)


def _same_day(a: DateItem, b: DateItem) -> bool:
    """Whether two dates name one day: the same full date, or, when one is a weekday of an
    undated article, the same day of the week."""
    if a.date.value and b.date.value:
        return a.date.value == b.date.value
    return a.weekday == b.weekday


_WORD_BEFORE = regex.compile(r"(\w+)\W{1,3}$")
_WORD_AFTER = regex.compile(r"^\W{1,3}(\w+)")


def _night_end(text: str, date: DateMention) -> str:
    """Which end of a night the words next to a date put it at ("Friday night": late,
    "early Saturday": early), from ``lexicon/date_overnight_words.tsv``; "" for neither."""
    words = lexicon.table("date_overnight_words")
    before = _WORD_BEFORE.search(text[max(0, date.start - 16):date.start])
    after = _WORD_AFTER.search(text[date.end:date.end + 16])
    for match, side in ((before, "before"), (after, "after")):
        entry = words.get(match.group(1).lower()) if match else None
        if entry and entry[0] == side:
            return entry[1]
    return ""


_DAYS = tuple(calendar.day_name)


def _overnight(a: DateItem, b: DateItem) -> bool:
    """Two days of one night told from either end: "the fire on Friday night" against "the
    fire … early Saturday" (the later day's early hours) is no disagreement.

    Asked of every pair of a group (most of them a day or more apart, or not one day
    after the other): the weekdays' distance is looked up once and decides which of the two
    could be the later one, before any night end is read."""
    day_a, day_b = _DAY_NUMBER.get(a.weekday), _DAY_NUMBER.get(b.weekday)
    if day_a is None or day_b is None:
        return False
    step = (day_b - day_a) % 7
    if step == 1:
        earlier, later = a, b
    elif step == 6:
        earlier, later = b, a
    else:
        return False
    return earlier.night_end == "late" and later.night_end == "early"


_DAY_NUMBER = {day: number for number, day in enumerate(_DAYS)}


def compare_dates(key: Hashable, items: list[DateItem]) -> Iterable[Finding]:
    """Compare: pairs of one event with different full dates."""
    if len(items) < 2 or len(items) > MAX_GROUP:
        return []
    items = sorted(items, key=DateItem.order)
    findings = []
    for x, a in enumerate(items):
        for b in items[x + 1:]:
            if _same_day(a, b) or min(a.keys & b.keys) != key or _years_read(a, b) \
                    or _overnight(a, b):
                continue
            undated = not (a.date.value and b.date.value)
            if undated and not (_undated_one_happening(a, b) if not (a.date.value or b.date.value)
                                else _undated_lead(a, b)):
                continue   # an undated weekday: with another for one happening plainly told, or one lead
            happening = undated or _one_happening(a, b) or _same_lead(a, b) or _aged_alike(a, b)
            if not (happening or same_event(a, b) and not _days_read(a, b)):
                continue
            if _knows_both(a, b, items, happening) or _knows_both(b, a, items, happening):
                continue
            findings.append(_finding(a, b, items))
    return findings


_YEAR = regex.compile(r"\b\d{4}\b|['’]\d\d\b")


def _years_read(a: DateItem, b: DateItem) -> bool:
    """Two dates that differ only in a year neither writes ("April 9" and "April 9"): the
    years were read from the articles' own dates, which is no disagreement of the texts."""
    return bool(a.date.value and b.date.value) and a.date.value[4:] == b.date.value[4:] \
        and not _YEAR.search(a.date.text) \
        and not _YEAR.search(b.date.text)


MAX_RELATIVE_DAYS = 6       # a written weekday names a day of the article's week


def _days_read(a: DateItem, b: DateItem) -> bool:
    """Two dates, one of them relative ("Thursday"), not to be compared: both written alike
    ("Monday" and "Monday": only the articles' dates differ), further apart than a weekday
    reaches (the articles are a week or more apart, or a date is misread), or not plainly
    one event restated (no word right next to both dates in common, and not one sentence
    restated near word for word, nor the same event of ``date_event_words`` next to both,
    one a story tells many of excepted): a day read from an article's date is weak evidence, and
    names in common alone ("Mayor Ortiz Olvera … on Monday", a caption's "Friday, July 8")
    do not make one event, nor does a time of day next to both ("Thursday night"). Two
    articles' own days ("today", "this morning") differ only by the articles' dates; a reach
    of weeks ("a week ago") is no day, and a day counted from another date of the text ("the
    next day") is a guess at which date, so neither is compared."""
    if not (a.date.relative or b.date.relative):
        return False
    if _not_comparable(a, b):
        return True
    shared = a.terms & b.terms   # a relative day meets another only as one event plainly restated
    restated = len(shared) >= MIN_RESTATED_TERMS and \
        len(shared) >= MIN_OVERLAP_RESTATED * max(len(a.terms), len(b.terms))
    return not ((a.nearest & b.nearest) - _parts_of_day() or restated
                or (a.next_events & b.next_events) - _recurring_events())


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The stems of courtesy titles and roles ("Mr.", "Sen."): no name of a setting, so not
    part of the name closest to a date ("Mr. Nichols escaped on …" against "Nichols ...")."""
    return frozenset(keys.stem(keys.fold(w.rstrip("."))) for w in lexicon.words("titles") if " " not in w)


def _not_comparable(a: DateItem, b: DateItem) -> bool:
    """Two dates, one of them relative, that cannot disagree whatever the words: a reach of
    weeks or a day counted from another date, two relative days written alike or two
    articles' own days (only the articles' dates differ), or days further apart than a
    weekday reaches."""
    if _relative_kind(a.date) in _NOT_A_DAY or _relative_kind(b.date) in _NOT_A_DAY:
        return True
    if a.date.relative and b.date.relative and (
            _folded(a.date.text) == _folded(b.date.text)
            or _relative_kind(a.date) == _relative_kind(b.date) == "own-day"):
        return True   # "today" and "this morning" in two articles: only the articles' dates differ
    return _days_apart(a, b) > MAX_RELATIVE_DAYS


MIN_PARTICIPANTS = 2        # names two sentences must share to tell of one happening


def _one_happening(a: DateItem, b: DateItem) -> bool:
    """Whether a day read from an article's date ("on Friday", "yesterday") and a day of
    another article of the story date one happening told in other words: the same event
    named in both sentences (``date_event_words``: "foiled" and "thwarted", "announced")
    and the same participants — two names of the date's part of the sentence in common (who
    and where: "Indian", "Gulf", "Aden"), or one person both name, with no two different
    people, no two settings next to the dates, and no day inside a quotation. The words
    right next to the dates may differ ("on Friday capturing" against "on Thursday
    intercepted"); that is how two reporters write one event."""
    return _told_alike(a, b) and (len(a.names & b.names) >= MIN_PARTICIPANTS or bool(a.part_people & b.part_people)
                                  or _story_participants(a, b))


def _told_alike(a: DateItem, b: DateItem) -> bool:
    """The checks of :func:`_one_happening` but its participants: a relative day, two
    articles of one story, the same event named, no two different people or settings, no
    day in a quotation."""
    if not (a.date.relative or b.date.relative) or a.document is b.document or _not_comparable(a, b):
        return False
    if not _same_story(a, b) or not _same_event_words(a, b):
        return False
    if a.part_people and b.part_people and not a.part_people & b.part_people:
        return False   # "Jamal Williams was arrested on …", "Vincent Jackson was arrested on …"
    if _other_settings(a, b):
        return False   # "the bombing of Guffa in Upper Nile on Tuesday", "Unity state was bombed Thursday"
    if a.clause_people and b.clause_people and not a.clause_people & b.clause_people:
        return False   # "McGurk resigned on Friday, a day after Mattis resigned", "Mattis resigned Thursday"
    return not (a.quoted and a.date.relative or b.quoted and b.date.relative)   # "kill today": the speaker's day


MIN_AGED_EVENTS = 2         # events a story tells once that two parts giving one age must both name


def _aged_alike(a: DateItem, b: DateItem) -> bool:
    """Whether two days date one happening to one person given the same age in both: "On
    Friday, 36-year-old Ivo Lind died after falling from a ridge near the Orvik Glacier"
    against "Yesterday, a 36-year-old climber died after falling at Mount Brask". One
    article names the person, the other only the age, so no name is shared and the name
    next to one day is a person, not a setting; instead both parts give the same ages, the
    same event a story tells once is next to both days and two such events are named by
    both, no two different people are named, each part's places (its names outside
    people's) are written by the other article, and the articles share a name they are
    about. A day read from an article's date is one of the two."""
    if not (a.ages and a.ages == b.ages) or not (a.date.relative or b.date.relative):
        return False
    if a.document is b.document or _not_comparable(a, b) or not a.topic & b.topic:
        return False
    if a.quoted and a.date.relative or b.quoted and b.date.relative:
        return False
    if a.part_people and b.part_people and not a.part_people & b.part_people:
        return False
    recurring = _recurring_events()
    if not (a.next_events & b.next_events) - recurring or len((a.events & b.events) - recurring) < MIN_AGED_EVENTS:
        return False
    return a.places <= b.mentioned and b.places <= a.mentioned


MIN_STORY_NAMES = 3         # names two articles' stories share for a sentence naming no one to join them


def _same_story(a: DateItem, b: DateItem) -> bool:
    """Whether two dates' articles tell one story: two of the names each is about in
    common (``keys.topic_names``), or, for two dated articles (a weekday then reaches only
    its week), three names of the two sentences in common: a blog post about another
    company that writes "HP announced ... EYP Mission Critical Facilities" tells the
    acquisition all the same."""
    if len(a.topic & b.topic) >= MIN_TOPIC_NAMES:
        return True
    return bool(a.date.value and b.date.value) and len(a.names & b.names) >= MIN_SURE_PARTICIPANTS


def _story_participants(a: DateItem, b: DateItem) -> bool:
    """Whether the participants of two sentences of one story agree when one of them names
    no name at all: the sentence written around its story ("a man was arrested after the
    attack this morning") takes who its article is about. The one event word right next
    to both dates must be the same (not one a story tells many of, "attack" and "the
    Monday morning shootings"), and a person the other sentence names must be among the
    names the bare sentence's article is about; two sentences naming no name at all meet
    when their stories share three names. Two sentences giving other figures (ages,
    tolls) with none in common are two happenings."""
    if not (a.next_events & b.next_events) - _recurring_events():
        return False
    if _figures_differ(a, b):
        return False   # "a climber, 32, died" and "a climber, 36, died": two climbers
    if not a.names and not b.names:
        return len(a.topic & b.topic) >= MIN_STORY_NAMES
    for bare, named in ((a, b), (b, a)):
        if not bare.names and not bare.part_people \
                and any(keys.stem(p) in bare.topic for p in named.part_people):
            return True
    return False


def _same_event_words(a: DateItem, b: DateItem) -> bool:
    """Whether the event word next to each date names an event the other's sentence names,
    and, when those are only events a story tells many of ("announced", "met": lexicon
    column "recurring"), the sentences have another event in common too ("announced ...
    an agreement to acquire")."""
    shared = (a.next_events & b.events) | (b.next_events & a.events)
    if not (a.next_events & b.events and b.next_events & a.events):
        return False
    return bool(shared - _recurring_events()) or bool((a.events & b.events) - _recurring_events())


@functools.lru_cache(maxsize=1)
def _recurring_events() -> frozenset[str]:
    return frozenset(event for named, *rest in lexicon.table("date_event_words").values()
                     if "recurring" in rest for event in named.split("/"))


MIN_SURE_PARTICIPANTS = 3   # names in common that make two weekdays one happening for sure


def _plainly_one_happening(a: DateItem, b: DateItem) -> bool:
    """Two written weekdays ("on Thursday", "Friday's attack", not "today" or "yesterday",
    which move with the article's date) of :func:`_one_happening` whose sentences share an
    event that is not one a story tells many of, and three names."""
    if not (_weekday(a.date) and _weekday(b.date) and _one_happening(a, b)):
        return False
    shared = (a.next_events & b.events) | (b.next_events & a.events)
    return bool(shared - _recurring_events()) and len(a.names & b.names) >= MIN_SURE_PARTICIPANTS


def _undated_one_happening(a: DateItem, b: DateItem) -> bool:
    """Two weekdays of undated articles told for one happening: plainly
    (:func:`_plainly_one_happening`), or with one event word a story tells once next to
    both days ("were arrested on Tuesday", "was arrested Wednesday") and a person both
    sentences name (:func:`_one_happening`), or a person one names and the other's article
    is about while the other names no person, only names the first article writes too
    (:func:`_placed_in_story`). The second is info: the weeks are not known."""
    if _plainly_one_happening(a, b):
        return True
    if not (_weekday(a.date) and _weekday(b.date) and (a.next_events & b.next_events) - _recurring_events()):
        return False
    return _told_alike(a, b) and bool(a.part_people & b.part_people or _placed_in_story(a, b))


def _placed_in_story(a: DateItem, b: DateItem) -> bool:
    """Whether one of two sentences names no person but names places the other article
    writes too ("the leader of a sect in western Canada was arrested Wednesday" against
    "Ivo Lind was arrested by police on Tuesday" in an article that writes Canada), with
    its event word right next to its day ("was arrested Wednesday", not "facing charges
    in a shooting was on suicide watch Monday"), and a person the other names is among
    the names its article is about. Read only for two undated articles' weekdays, where
    nothing else can place the day: in dated articles it joins too much (a protest "over
    the shooting" on Wednesday and the shooting on Saturday). Other figures with none in
    common are two happenings."""
    if _figures_differ(a, b):
        return False
    return any(not bare.part_people and bare.names and bare.names <= named.mentioned
               and _events_right_next(bare) & named.next_events
               and any(keys.stem(p) in bare.topic for p in named.part_people)
               for bare, named in ((a, b), (b, a)))


def _events_right_next(item: DateItem) -> frozenset[str]:
    """The events of the words right before and after a date (``DateItem.nearest``)."""
    return frozenset(event for word in item.nearest for event in _stemmed_event_table().get(word, ()))


@functools.lru_cache(maxsize=1)
def _stemmed_event_table() -> dict[str, frozenset[str]]:
    """``date_event_words`` keyed by the stems of its words, as ``DateItem.nearest`` holds them."""
    table: dict[str, set[str]] = {}
    for word, events in _event_table().items():
        table.setdefault(keys.stem(word), set()).update(events)
    return {stem: frozenset(events) for stem, events in table.items()}


def _weekday(date: DateMention) -> bool:
    """A day written with a weekday's name (its words read from :func:`_folded`'s cache: the
    compare asks for both dates of most pairs of a group)."""
    weekdays = lexicon.table("weekdays")
    return any(word in weekdays for word in _folded(date.text))


_NOT_A_DAY = ("span", "anaphor")


def _relative_kind(date: DateMention) -> str:
    """What a relative date counts from (``date_relative_spans``): "span" for a reach of weeks
    or more ("a week ago": no day), "anaphor" for a day counted from another date of the text
    ("the next day": a guess at which), "own-day" for the article's own day ("today", "this
    morning"), "" otherwise ("Monday", "yesterday")."""
    return _relative_kind_of(date.text) if date.relative else ""


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> tuple[str, ...]:
    """``keys.folded_words`` of a date's text, kept: a group compares each date with every
    other, and the texts are few ("Monday", "yesterday")."""
    return tuple(keys.folded_words(text))


@functools.lru_cache(maxsize=4096)
def _relative_kind_of(text: str) -> str:
    """:func:`_relative_kind` of a relative date's text (kept, as :func:`_folded`)."""
    table = lexicon.table("date_relative_spans")
    words = _folded(text)
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
    the article's date may be the day after the story was written — except two weekdays
    written for one happening plainly told by both (:func:`_plainly_one_happening`): "Thursday"
    against "Friday" in articles of one week disagree whatever day each was dated."""
    if bool(a.date.value) != bool(b.date.value):
        return "an undated article's weekday, its week not known"
    if a.date.relative or b.date.relative:
        if _plainly_one_happening(a, b):
            return ""
        written = a.date.text if a.date.relative else b.date.text
        return f"“{written}” is a day read from the article's date"
    shared = a.terms & b.terms
    if a.document is not b.document and len(shared) >= MIN_RESTATED_TERMS \
            and len(shared) >= MIN_OVERLAP_RESTATED * max(len(a.terms), len(b.terms)):
        return ""
    if len(a.nearest) >= 2 and a.nearest == b.nearest and a.anchor == b.anchor:
        return ""
    return "the sentences share words but are not the same statement"


def _knows_both(a: DateItem, b: DateItem, items: list[DateItem], happening: bool = False) -> bool:
    """Whether ``a``'s article also gives ``b``'s date, near shared words, for what it
    tells apart as another event (the partial restoration on the 14th, the full one on
    the 20th). When it gives ``b``'s date for the same event, it contradicts itself.

    For two days of one happening told in other words (:func:`_one_happening`), the
    other date tells another event only when an event word next to it names an event
    neither date's sentence names: "foiled the attack on Friday" and, a line on, "was
    escorting the ships on Thursday morning when the pirates came" is one attack dated
    twice. A day counted from another date ("the next day") tells nothing: it follows
    whichever date the text gave before it; nor does a day restating ``a`` in its own part
    of the sentence ("died Saturday (July 23, 2004)"): the article contradicts itself there."""
    next_to_both = (a.next_events & b.next_events) - _recurring_events()
    return any(c.document is a.document and c is not a and c is not b and _same_day(c, b)
               and _relative_kind(c.date) not in _NOT_A_DAY and c.part != a.part and not same_event(a, c)
               and (not happening or _tells_other(c, a, b, next_to_both))
               for c in items)


def _tells_other(c: DateItem, a: DateItem, b: DateItem, next_to_both: frozenset[str]) -> bool:
    """Whether ``c``, a date of ``a``'s article on ``b``'s day, tells the other event
    ``b`` may date. When one event word sits right next to both ``a`` and ``b`` ("were
    arrested on Tuesday", "was arrested Wednesday"), only a ``c`` dating that event too (a
    second arrest) does: "said at a news conference Wednesday" or "said in an interview
    Wednesday" does not make the other article's "arrested Wednesday" another arrest.
    Otherwise, an event word next to ``c`` naming an event ``b``'s sentence names and
    ``a``'s does not ("Lind was arrested Tuesday" against the other's "arrested after the
    attack this morning"): ``b`` may date that event. One neither names ("the depot will
    be closed Tuesday") cannot be what ``b`` dates."""
    if next_to_both:
        return bool(c.next_events & next_to_both)
    return bool(c.next_events & (b.events - a.events))


def _day_key(item: DateItem, by_weekday: bool) -> str:
    """What a date is counted as in the vote for the day of an event: its full date, or
    its day of the week when a weekday of an undated article is one of the two."""
    return item.weekday if by_weekday else item.date.value or ""


def _shown(item: DateItem) -> str:
    """The full date a date was read as, in brackets, or nothing (a weekday of an undated article)."""
    return f" ({item.date.value})" if item.date.value else ""


def _finding(a: DateItem, b: DateItem, items: list[DateItem]) -> Finding:
    by_weekday = not (a.date.value and b.date.value)
    votes = Counter(_day_key(item, by_weekday) for item in items if same_event(item, a) or same_event(item, b))
    if (votes[_day_key(a, by_weekday)], a.order()) > (votes[_day_key(b, by_weekday)], b.order()):
        a, b = b, a          # ``a``: the date fewer mentions of the event agree with
    shared = sorted(a.entities & b.entities) + sorted((a.terms & b.terms) - a.entities)
    where = f"{b.location().file}:{b.location().line}"
    partial = partial_evidence(a, b)
    if partial:
        return RULE.finding(
            f"“{a.date.text}”{_shown(a)} here but “{b.date.text}”{_shown(b)} at {where},"
            f" perhaps for the same event ({', '.join(shared[:5])}): {partial}",
            [a.location(), b.location()], severity="info", confidence="low", confidence_reason=partial,
        )
    return RULE.finding(
        f"“{a.date.text}”{_shown(a)} here but “{b.date.text}”{_shown(b)} at {where}"
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
    page's time stamps heading a line ("Posted: …", "Last updated 15:48") date
    the page, not an event ("the interview the Times published Sunday" is one),
    two dates of one sentence or one paragraph are two events (a
    schedule, a sequence), and an article that
    itself states both dates is taken to tell two events apart. A date right
    after "today" or "yesterday" is the article's own day, and two dates that
    differ only in a year neither writes ("April 9") were dated by their
    articles, not by the texts. A day written relative to the article ("the
    attack on Thursday" against "Friday's attack") is compared when the event is
    restated with a word next to both dates in common, or when the event is
    told in other words — an event word next to each day that the other's
    sentence names too ("foiled a pirate attack on Friday" against "on
    Thursday thwarted a raid by pirates"), with two names or a person in
    common, no two different people and no two settings — as info at low
    confidence, since it was read from the article's date. A sentence that
    names no one ("a man was arrested after the attack this morning") takes
    the people its article is about, when the same event word is next to both
    days; two articles whose most frequent names differ still tell one story
    when the two sentences share three names. Two sentences giving one age
    ("On Friday, 36-year-old Ivo Lind died after falling" against "Yesterday,
    a 36-year-old climber died after falling"), the same event next to both
    days and two such events in common, each one's places written by the
    other article, date one person's happening though only one names him
    (info). An event word describing the
    noun after it ("on the injured list") or inside a name ("Injured
    Reserve") names no event. Two dated articles of one story that lead
    with one happening on two days (each date its article's first, on its
    first lines; the leads share two events and three story names, and each
    date's event is one the other lead tells, an attack telling its deaths
    and injuries: "the attack this morning" against "shot three people,
    killing one, on Monday") are info too; so is an undated article's lead
    weekday against a dated lead when both stories are about one person and the
    leads give no other figures. Events a story
    tells many of ("announced", "met") count only with another event in
    common; an announcement dates what happens by being announced (a deal, an
    appointment, a resignation: "announced on Tuesday that it has agreed to
    acquire" against "today's acquisition"), not a death or an arrest it
    reports. Two written weekdays ("Thursday" against "Friday") of such a
    happening, with an event a story tells once and three names in common,
    disagree whatever day each article was dated: a warning; so do two
    weekdays of such a happening in two undated articles ("arrested on
    Tuesday", "arrested Wednesday"), compared with each other only (info
    when only the event next to both days and one person are in common, or
    when one sentence names no person, only places the other article writes,
    its event word right next to its day, and the other names a person its
    article is about: "the sect's leader in western Vessland was arrested
    Wednesday"). An
    article's other event on the other day ("said in an interview
    Wednesday") does not make the other article's "arrested Wednesday"
    another arrest, nor does an event the other sentence does not name ("the
    depot will be closed Tuesday"). The
    speaker of reported words ("the coroner said he believed the death
    occurred …") is not a participant, and "Sunday's final" dates the
    final, not an event written before it. Words in
    quotation marks ("kill today") are the speaker's day; two relative days
    written alike, two articles' own days ("today", "this morning"), a relative
    reach of weeks ("a week ago"), a day counted from another date ("the next
    day"), or days more than six days apart, are not compared; a time of day
    ("Thursday night") is no event word, and "Friday night" against "early Saturday"
    is one night told from either end. A warning
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
