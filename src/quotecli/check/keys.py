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

import functools
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from .. import lexicon
from ..document import Document

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*")
_APOSTROPHES = regex.compile(r"['’ʼ]")
_MARKS = regex.compile(r"\p{Mn}+")
_CAPITALISED = regex.compile(r"^\p{Lu}")


@dataclass(frozen=True)
class Token:
    """A word of a text: where it is, how it is written, and its folded key."""

    start: int
    end: int
    text: str
    key: str


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word without accents, case and apostrophes: ``López’s`` → ``lopezs``."""
    decomposed = unicodedata.normalize("NFKD", word)
    return _APOSTROPHES.sub("", _MARKS.sub("", decomposed)).casefold()


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` (punctuation, marks and ellipses are not words)."""
    return [Token(m.start() + offset, m.end() + offset, m.group(), fold(m.group()))
            for m in _WORD.finditer(text)]


def folded_words(text: str) -> list[str]:
    """The folded keys of the words of ``text``: what two wordings are compared on."""
    return [fold(m.group()) for m in _WORD.finditer(text)]


def is_stopword(key: str) -> bool:
    return key in lexicon.words("stopwords")


@functools.lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """A crude suffix stripper, enough for ``migrants``/``migrant``, ``killed``/``kill``.

    Keys only have to agree between two mentions of one fact, not be real lemmas.
    """
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
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

    ``terms`` are the stemmed content words of a window around the mention;
    ``entities`` the subset written with a capital letter somewhere other than
    at the start of the sentence (names, places, organisations); ``sentence``
    the sentence span, so two mentions of one sentence can be told apart;
    ``nearest`` the content words right before and right after the mention
    (the event a date dates, the thing a figure counts).
    """

    terms: frozenset[str]
    entities: frozenset[str]
    sentence: tuple[int, int]
    nearest: frozenset[str] = frozenset()


def context(document: Document, start: int, end: int, window: int = 6,
            skip: Iterable[tuple[int, int]] = ()) -> Context:
    """The :class:`Context` of the span ``[start, end)``: ``window`` content words each side.

    ``skip`` lists spans (other figures or dates) whose words are not context.
    """
    s_start, s_end = document.segments.sentence_at(start)
    if s_end <= s_start:
        s_start, s_end = max(0, start - 200), min(len(document.text), end + 200)
    words = tokens(document.text[s_start:s_end], s_start)
    first = words[0].start if words else -1
    skipped = [(a, b) for a, b in skip if a < s_end and b > s_start]
    content = [t for t in words
               if not (t.key.isdigit() or is_stopword(t.key) or len(t.key) < 2
                       or any(a <= t.start < b for a, b in skipped))]
    before = [t for t in content if t.end <= start]
    after = [t for t in content if t.start >= end]
    terms, entities = set(), set()
    nearest = frozenset(stem(t.key) for t in before[-1:] + after[:1])
    for token in before[-window:] + after[:window]:
        key = stem(token.key)
        terms.add(key)
        if _CAPITALISED.match(token.text) and token.start != first:
            entities.add(key)
    return Context(frozenset(terms), frozenset(entities), (s_start, s_end), nearest)


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
