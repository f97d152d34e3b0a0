"""Comparison keys for the fact and quote rules: folding, tokens, fingerprints, contexts.

Offsets are sacred, so nothing here changes a text a user sees: every function
turns a piece of text into *keys* (folded words, shingles, context terms) that
two mentions share when they say the same thing. Folding drops what a copy desk
does not consider a difference — case, accents, curly against straight marks,
apostrophes, punctuation, ellipses and white space — so that only wording,
figures and names are left to disagree.

The keys are what the rules group by: a quote is filed under each of its
content-word 3-shingles, a figure or a date under each content word of the
words around it. Two mentions then meet in a group only when they share a
meaningful key, and no rule ever compares all pairs of a corpus.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

import regex

from .. import lexicon
from ..document import Document

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*")
_APOSTROPHES = regex.compile(r"['’ʼ]")
_MARKS = regex.compile(r"\p{Mn}+")
_CAPITALISED = regex.compile(r"^\p{Lu}")
_NUMERAL = regex.compile(r"\d[\d,]*(?:[.:]\d+)?")


class Token(NamedTuple):
    """A word of a text: where it is, how it is written, and its folded key (a named tuple:
    a text's words are made by the hundred thousand, and a tuple is several times cheaper)."""

    start: int
    end: int
    text: str
    key: str


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word without accents, case and apostrophes: ``López’s`` → ``lopezs``.

    An ASCII word has no accent to decompose and no curly apostrophe: the straight one
    dropped and the case lowered fold it alike, without the Unicode passes (most words
    of an English corpus, and more distinct words than the cache keeps)."""
    if word.isascii():
        return word.replace("'", "").lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return _APOSTROPHES.sub("", _MARKS.sub("", decomposed)).casefold()


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` (punctuation, marks and ellipses are not words)."""
    return _tokens_between(text, 0, len(text), offset)


def _tokens_between(text: str, start: int, end: int, offset: int = 0) -> list[Token]:
    """The words of ``text[start:end]`` at their offsets in ``text`` plus ``offset``, found by a
    scan of the text itself (``_WORD`` looks at nothing around a match, so this is the slice's
    scan) and built by C loops over it, not a Python step per word: the fact rules tokenise
    every sentence that holds a figure or a date."""
    found = list(_WORD.finditer(text, start, end))
    starts = map(_MATCH.start, found)
    ends = map(_MATCH.end, found)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    words = list(map(_MATCH.group, found))
    return list(map(_token, zip(starts, ends, words, map(fold, words))))


#: ``Token`` built from a tuple by ``tuple.__new__`` itself (the named tuple's own
#: constructor is a Python function, called once per word of a corpus).
_token = functools.partial(tuple.__new__, Token)
_MATCH = type(_WORD.match("a"))


def folded_words(text: str) -> list[str]:
    """The folded keys of the words of ``text``: what two wordings are compared on."""
    return [fold(m.group()) for m in _WORD.finditer(text)]


def numeral(digits: str) -> str:
    """Written digits as a key: ``4,183`` → ``4183``, ``5.40`` → ``5.4``, ``9:30`` stays."""
    key = digits.replace(",", "")
    return key.rstrip("0").rstrip(".") if "." in key else key


def first_numeral(text: str) -> str | None:
    """The key of the first digits written in ``text`` (None for "five", "a dozen")."""
    match = _NUMERAL.search(text)
    return numeral(match.group()) if match else None


def is_stopword(key: str) -> bool:
    return key in lexicon.words("stopwords")


@functools.lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """A crude suffix stripper, enough for ``migrants``/``migrant``, ``killed``/``kill``.

    Keys only have to agree between two mentions of one fact, not be real lemmas.
    """
    for suffix in ("ings", "ing", "ies", "ed", "es", "s", "e"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            base = key[: -len(suffix)]
            return base + "y" if suffix == "ies" else base
    return key


def content_keys(words: Iterable[str]) -> list[str]:
    """The stemmed folded keys of the words that are not function words."""
    return [stem(w) for w in words if not is_stopword(w) and not w.isdigit() and len(w) > 1]


def shingles(words: Sequence[str], size: int = 3) -> frozenset[tuple[str, ...]]:
    """Consecutive ``size``-grams of the content words of a quote (its fingerprint).

    Function words are left out first, so a dropped or changed "the" or "we"
    does not break the shingles around it; a changed content word breaks only
    the ``size`` shingles that contain it.
    """
    content = content_keys(words)
    return frozenset(tuple(content[i:i + size]) for i in range(len(content) - size + 1))


@dataclass(frozen=True)
class Context:
    """The words around a mention inside its sentence.

    ``terms`` are the stemmed content words of a window around the mention
    and of the mention itself ("26 Somali crew");
    ``entities`` the subset that are names (places, people, organisations: see
    :func:`is_name`); ``sentence`` the sentence span, so two mentions of one
    sentence can be told apart; ``nearest`` the content words right before and
    right after the mention (the event a date dates, the thing a figure
    counts); ``anchor`` the words of the name closest to the mention (whose
    age, which city's population); ``numerals`` the other figures of the
    sentence, as keys of their written digits (:func:`numeral`); ``following``
    the content word right after the mention ("a 10-year-old *boy*").
    """

    terms: frozenset[str]
    entities: frozenset[str]
    sentence: tuple[int, int]
    nearest: frozenset[str] = frozenset()
    anchor: frozenset[str] = frozenset()
    numerals: frozenset[str] = frozenset()
    following: str = ""


def context_sentence(document: Document, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, cut at line breaks (see :func:`context`).

    Kept for the spans of the last document asked about (the same document and text
    objects): the fact rules ask about each figure and date about five times."""
    if _SENTENCES[0] is not document or _SENTENCES[1] is not document.text:
        _SENTENCES[:] = [document, document.text, {}]
    known = _SENTENCES[2]
    span = known.get((start, end))
    if span is None:
        span = known[(start, end)] = _context_sentence(document, start, end)
    return span


_SENTENCES: list = [None, None, {}]    # (document, its text, {span: sentence}) of the last call


def _context_sentence(document: Document, start: int, end: int) -> tuple[int, int]:
    s_start, s_end = document.segments.sentence_at(start)
    if s_end <= s_start:
        s_start, s_end = max(0, start - 200), min(len(document.text), end + 200)
    return max(s_start, line_start(document.text, start)), min(s_end, line_end(document.text, end))


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


@dataclass(frozen=True)
class DocumentWords:
    """What the fact rules read of a whole text, read in one scan.

    The figure and date rules ask, per figure, for the article's lower-case
    words, story names and capitalised words; each was a scan of the whole text
    of its own. ``counts`` are the folded capitalised words that are never
    written in lower case (not stop words, longer than a letter), with how often.
    """

    lowercase: frozenset[str]
    capitalised: frozenset[str]
    counts: dict[str, int]


@functools.lru_cache(maxsize=8)
def document_words(text: str) -> DocumentWords:
    """The :class:`DocumentWords` of ``text`` (kept for the last few texts: the rules map one
    document at a time, each asking many times)."""
    every = Counter(_WORD.findall(text))   # each distinct word tested once, in first-use order
    lowercase = frozenset(map(fold, filter(str.islower, every)))     # C loops: a corpus has
    capital = list(filter(_CAPITALISED.match, every))               # millions of distinct words
    folded = list(map(fold, capital))
    counts: dict[str, int] = {}
    stopwords = lexicon.words("stopwords")
    for word, key in zip(capital, folded):
        if len(word) > 1 and key not in lowercase and key not in stopwords:
            counts[key] = counts.get(key, 0) + every[word]
    return DocumentWords(lowercase, frozenset(map(stem, folded)), counts)


@dataclass(frozen=True)
class _Tokenised:
    """The tokens of a span (a sentence) with their starts and ends, both sorted (words do not
    overlap), so that the words of any part of it are found by ``bisect``."""

    tokens: list[Token]
    starts: list[int]
    ends: list[int]

    @functools.cached_property
    def content(self) -> list[int]:
        """The indices of the content words (not digits, stop words nor single letters): what
        :func:`context` reads around each figure and date of the sentence."""
        stopwords = lexicon.words("stopwords")
        return [i for i, t in enumerate(self.tokens)
                if not (t.key.isdigit() or t.key in stopwords or len(t.key) < 2)]


@functools.lru_cache(maxsize=256)
def _tokenised(text: str, start: int, end: int) -> _Tokenised:
    found = _tokens_between(text, start, end)
    return _Tokenised(found, [t.start for t in found], [t.end for t in found])


def span_tokens(text: str, start: int, end: int, within: tuple[int, int] | None = None) -> list[Token]:
    """Exactly ``tokens(text[start:end], start)``; read from the tokens of the span ``within``
    (a sentence, tokenised once for all the figures and dates in it) when it holds the span.

    A word cut by either end of the span is tokenised again as the slice would be
    (the slice's scan meets the sentence's scan at the first word both start at).
    """
    if within is None or not within[0] <= start <= end <= within[1]:
        return tokens(text[start:end], start)
    words = _tokenised(text, *within)
    found: list[Token] = []
    i = bisect.bisect_left(words.starts, start)
    if i > 0 and words.tokens[i - 1].end > start:   # a word cut by the start
        for match in _WORD.finditer(text, start, end):
            i = bisect.bisect_left(words.starts, match.start())
            if i < len(words.starts) and words.starts[i] == match.start():
                break
            found.append(Token(match.start(), match.end(), match.group(), fold(match.group())))
        else:
            return found
    every = words.tokens
    j = bisect.bisect_right(words.ends, end, i)     # the first word past the span's end
    found.extend(every[i:j])
    if j < len(every) and every[j].start < end:   # a word cut by the end
        found.extend(tokens(text[every[j].start:end], every[j].start))
    return found


def span_words(text: str, start: int, end: int, within: tuple[int, int] | None = None) -> list[str]:
    """Exactly ``folded_words(text[start:end])`` (see :func:`span_tokens`)."""
    return [t.key for t in span_tokens(text, start, end, within)]


def count_words(text: str, limit: int) -> int:
    """How many words ``text`` has, counting no further than ``limit``."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), limit))


def lowercase_words(text: str) -> frozenset[str]:
    """Folded words the text writes in lower case somewhere (so not names)."""
    return document_words(text).lowercase


@functools.lru_cache(maxsize=32)
def topic_names(text: str, size: int = 8) -> frozenset[str]:
    """The names an article is about: its ``size`` most frequent capitalised words that it
    never writes in lower case. Two articles of one story share some of them; two
    unrelated articles in one folder rarely share two."""
    counts = document_words(text).counts
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return frozenset(stem(k) for k in ranked[:size])


def capitalised_words(text: str) -> frozenset[str]:
    """The stems of every word a text writes with a capital: whatever names it mentions."""
    return document_words(text).capitalised


def names_near(document: Document, start: int, end: int, reach: int = 80) -> frozenset[str]:
    """The names written near a span inside its sentence: capitalised words that do not open
    the sentence, within ``reach`` characters, leaving out weekdays and months (the where
    and who of a figure, "at a shopping mall in Salt Lake City") and words the article
    also writes in lower case (a headline in title case: "Quake Kills 10, Hurts 80 in
    Iran Villages" names only Iran)."""
    s_start, s_end = context_sentence(document, start, end)
    calendar = _calendar()
    lowercase = _lowercase_stems(document.text)
    found = set()
    sentence = _tokenised(document.text, s_start, s_end)
    first = max(1, bisect.bisect_left(sentence.ends, start - reach))    # never the sentence's opener
    last = bisect.bisect_right(sentence.starts, end + reach)
    for token in sentence.tokens[first:last]:
        if not _CAPITALISED.match(token.text) or start <= token.start < end:
            continue
        if token.key not in calendar and stem(token.key) not in lowercase and not is_stopword(token.key):
            found.add(stem(token.key))
    return frozenset(found)


@functools.lru_cache(maxsize=32)
def _lowercase_stems(text: str) -> frozenset[str]:
    """The stems of the words a text writes in lower case ("kill" for "killing")."""
    return frozenset(map(stem, lowercase_words(text)))


@functools.lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    return frozenset(lexicon.table("weekdays")) | frozenset(lexicon.table("months"))


def sentence_people(people: Iterable, sentence: tuple[int, int]) -> frozenset[str]:
    """The surnames (last folded words of the resolved names) of the people mentioned
    inside ``sentence``: who a figure or a date is about."""
    start, end = sentence
    return frozenset(name_key(p.name or p.text)[-1] for p in people
                     if start <= p.start < end and name_key(p.name or p.text))


def is_name(token: Token, sentence_start: bool, lowercase: frozenset[str]) -> bool:
    """A capitalised word that is a name: not a common word capitalised at a sentence's start.

    A sentence-initial word counts when the article never writes it in lower case.
    """
    if not _CAPITALISED.match(token.text):
        return False
    return not sentence_start or token.key not in lowercase


def context(document: Document, start: int, end: int, window: int = 10,
            skip: Iterable[tuple[int, int]] = ()) -> Context:
    """The :class:`Context` of the span ``[start, end)``: ``window`` content words each side
    (``window`` at least 1).

    ``skip`` lists spans (other figures or dates) whose words are not context.
    The sentence is cut at line breaks: a line break inside a "sentence" is a
    segmenter's miss (a caption, a dateline, a page's menu), never prose.

    Only the words near the span are read: the span's place among the sentence's sorted word
    offsets and content words (found once per sentence) is a ``bisect``, the ``window`` content
    words each side (and the few ``skip`` may take) are sliced from there, and a word is
    tested for a name (:func:`is_name`) only among them.
    """
    text = document.text
    s_start, s_end = context_sentence(document, start, end)
    sentence = _tokenised(text, s_start, s_end)
    words = sentence.tokens
    lowercase = lowercase_words(text)
    skipped = [(a, b) for a, b in skip if a < s_end and b > s_start]
    numerals = frozenset(numeral(m.group()) for m in _NUMERAL.finditer(text, s_start, s_end)
                         if not (m.start() < end and start < m.end()))
    starts, ends = sentence.starts, sentence.ends
    gone = {i for a, b in skipped
            for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))}
    content = sentence.content
    here = bisect.bisect_left(starts, start)     # the first word at or after the span
    past = bisect.bisect_left(starts, end)       # the first word at or after its end
    first, last = bisect.bisect_left(content, here), bisect.bisect_left(content, past)
    spare = len(gone) + 1          # words a side may lose to ``skip`` and to a word cut by the span
    before = [i for i in content[max(0, first - window - spare):first]
              if ends[i] <= start and i not in gone][-window:]
    inside = [i for i in content[first:last] if ends[i] <= end and i not in gone]
    after = [i for i in content[last:last + window + spare] if i not in gone][:window]
    names = {i: is_name(words[i], i == 0, lowercase) for i in before + inside + after}
    nearest = frozenset(stem(words[i].key) for i in before[-1:] + after[:1])
    terms = frozenset(stem(words[i].key) for i in names)
    entities = frozenset(stem(words[i].key) for i, name in names.items() if name)
    following = stem(words[after[0]].key) if after else ""
    return Context(terms, entities, (s_start, s_end), nearest,
                   _anchor(words, names, here, lowercase), numerals, following)


def _anchor(words: list[Token], near: dict[int, bool], here: int,
            lowercase: frozenset[str]) -> frozenset[str]:
    """The words of the run of name words closest to the mention (``here``, the index of the
    first word at or after it): the closest name among the ``near`` words, with the name words
    next to it on either side."""
    candidates = [i for i, name in near.items() if name]
    if not candidates:
        return frozenset()
    closest = min(candidates, key=lambda i: (abs(i - here), i))
    lo = hi = closest
    while lo > 0 and is_name(words[lo - 1], lo - 1 == 0, lowercase):
        lo -= 1
    while hi + 1 < len(words) and is_name(words[hi + 1], False, lowercase):
        hi += 1
    return frozenset(stem(t.key) for t in words[lo:hi + 1] if not is_stopword(t.key))


def adjacent_name(document: Document, start: int, end: int) -> frozenset[str]:
    """The name written right next to a span: "Andrew Lopez, 20" or "the 20-year-old Andrew Lopez".

    The words of the run of capitalised words that ends just before the span (a
    comma, "age" or "aged" between are allowed) or, failing that, starts just
    after it, past at most two lower-case words of a role ("the 89-year-old
    former dictator Augusto Pinochet"); empty when no name is that close.
    """
    return frozenset(stem(t.key) for t in _adjacent_run(document.text, start, end))


def adjacent_name_words(document: Document, start: int, end: int) -> tuple[str, ...]:
    """The words of :func:`adjacent_name` folded and in the order written ("sharron",
    "diane", "crawford", "smith"): the full name, when no person mention gives it."""
    return tuple(t.key for t in _adjacent_run(document.text, start, end))


def _adjacent_run(text: str, start: int, end: int) -> list[Token]:
    """The tokens of the name next to a span, in text order (see :func:`adjacent_name`).

    An age written after "NAME, a" is that name's ("Anthony LaCalamita III, a
    38-year-old"). A run after the span that a person noun follows ("a 38-year-old *Troy*
    resident", "the 61-year-old Vancouver man") is where the person is from,
    not their name (``lexicon/people_age_nouns.txt``)."""
    run: list[Token] = []
    position = start
    apposed = _APPOSED_ARTICLE.search(text, max(0, start - 8), start)
    if apposed:
        position = apposed.start()   # "Anthony LaCalamita III, a 38-year-old Troy resident"
    for token in reversed(span_tokens(text, max(0, start - 80), position)):
        gap = "" if run else ","
        if not run and token.key in _AGE_WORDS and not text[token.end:position].strip(" ,\u00a0"):
            position = token.start   # "Mount Lee Lacy, age 21"
            continue
        if not _adjacent_name_word(token, text[token.end:position], gap):
            break
        run.append(token)
        position = token.start
    if run:
        return run[::-1]
    position = end
    skipped = 0
    following = span_tokens(text, end, end + 80)
    for i, token in enumerate(following):
        if not run and skipped < MAX_ROLE_WORDS and token.text.islower() \
                and not text[position:token.start].strip(" \u00a0-"):
            skipped += 1   # "the 89-year-old former dictator Augusto Pinochet"
            position = token.end
            continue
        if not _adjacent_name_word(token, text[position:token.start], ""):
            if run and token.key in _age_nouns() and not text[position:token.start].strip(" \u00a0"):
                return []   # "a 38-year-old Troy resident": a place, the person is unnamed
            break
        run.append(token)
        position = token.end
    return run


_APPOSED_ARTICLE = regex.compile(r",[ \u00a0]+an?[ \u00a0]+$")


@functools.lru_cache(maxsize=1)
def _age_nouns() -> frozenset[str]:
    return lexicon.words("people_age_nouns")


_AGE_WORDS = frozenset({"age", "aged"})
MAX_ROLE_WORDS = 2    # lower-case words between an age and the name after it


def _adjacent_name_word(token: Token, gap: str, allowed: str) -> bool:
    return (not gap.strip(" \u00a0" + allowed) and bool(_CAPITALISED.match(token.text))
            and not is_stopword(token.key))


_POSSESSIVE = regex.compile(r"['’ʼ]s?\s*$")


def name_key(name: str | None) -> tuple[str, ...]:
    """A person's name as folded word keys, without a possessive: ``Biden’s`` → ``("biden",)``."""
    if not name:
        return ()
    return tuple(folded_words(_POSSESSIVE.sub("", name.strip())))


def same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two folded names can be one person: equal, or one a short form of the other.

    "Biden" and "Joe Biden" are one person (all words of the shorter are in the
    longer); "Hillary Clinton" and "Bill Clinton" are not.
    """
    if not a or not b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return set(short) <= set(long)
