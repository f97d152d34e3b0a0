"""Places, streets, teams and organisations named in a text, told apart from people by use.

No gazetteer: a capitalised run is a *street* when it ends in a street word
("Elmwood Avenue"), a *team* or an *organisation* when it ends in one of their
words ("Bolton FC", "the Labour Party", "Harbour Council"), and a *place* when
it follows a place preposition ("in Albuquerque", "from Takengon"). Runs the
people extractor took for a person (``extract/people.py``) are left out, and so
are runs that start with a title. QC104 place-spelling compares what this finds.

    >>> from quotecli.document import Document
    >>> [(p.text, p.kind) for p in extract_places(Document("a", "She moved from Albuquerque to Elmwood Avenue."))]
    [('Albuquerque', 'place'), ('Elmwood Avenue', 'street')]
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

import regex

from .. import lexicon
from ..document import Document, Span
from ..names import deletion_keys, edit_distance

# A run of capitalised words ("New Mexico", "Elmwood Avenue", "St. Paul Road").
_WORD = r"(?:(?:St|Ave|Rd|Blvd|Corp|Inc|Mt|Ft)\.|\p{Lu}[\p{L}\p{M}'’-]*(?<!['’-]))"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’.-]){_WORD}(?:[ ]{_WORD})*")


@dataclass(frozen=True)
class PlaceMention(Span):
    """A place, street, team or organisation as written; ``kind`` says which."""

    kind: str = "place"


def extract_places(document: Document, people: Sequence[Span] = ()) -> list[PlaceMention]:
    """Every place, street, team and organisation run of ``document`` not inside ``people``."""
    text = document.text
    taken = bytearray(len(text) + 1)         # the characters of person mentions
    for person in people:
        taken[person.start:person.end] = b"\x01" * (person.end - person.start)
    kinds = lexicon.table("place_kinds")
    prepositions = lexicon.words("place_prepositions")
    titles = lexicon.words("titles")
    stop = _not_a_place_start()
    found: list[PlaceMention] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        words = match.group().split(" ")
        kind = _kind(words[-1].lower(), kinds) if len(words) > 1 else None
        if kind is None and _word_before(text, start) not in prepositions:
            continue    # most capitalised words: neither after a place preposition nor a street word
        while len(words) > 1 and words[0].lower() in stop:     # "The Labour Party" → "Labour Party"
            start += len(words.pop(0)) + 1
        first = words[0].lower()
        if taken.find(1, start, end) != -1 or first in titles or first in stop:
            continue
        if kind is None:
            if _sentence_start(text, start):
                continue
            kind = "place"
        found.append(PlaceMention(start, end, " ".join(words), kind=kind))
    return found


def _kind(word: str, kinds: dict) -> str | None:
    """The kind a run's last word makes it, also when that word is itself misspelt
    ("Tea Paryt", "State Depatrment"): see :func:`_slipped_kind`."""
    entry = kinds.get(word)
    if entry is not None:
        return entry[0]
    return _slipped_kind(word) if len(word) >= MIN_KIND_LETTERS else None


MIN_KIND_LETTERS = 5    # a kind word shorter than this ("way", "fc") is not read through a slip
LONG_KIND = 8           # letters from which one changed letter of a kind word is a slip ("Dupartment")


@functools.lru_cache(maxsize=16384)
def _slipped_kind(word: str) -> str | None:
    """The kind of the word of ``place_kinds.tsv`` that ``word`` is one typing slip from:
    a transposed, doubled, dropped or added letter, or (in words of ``LONG_KIND`` letters)
    a changed one, never the first letter. None for most words."""
    candidates = _kind_keys()
    for key in deletion_keys(word):
        for kind_word, kind in candidates.get(key, ()):
            if kind_word[0] != word[0] or edit_distance(word, kind_word, limit=1) != 1:
                continue
            if len(word) == len(kind_word) and sorted(word) != sorted(kind_word) and len(kind_word) < LONG_KIND:
                continue    # one changed letter in a short word is another word ("Parry", "Parts")
            return kind
    return None


@functools.lru_cache(maxsize=None)
def _kind_keys() -> dict[str, tuple[tuple[str, str], ...]]:
    """The kind words of ``MIN_KIND_LETTERS`` letters or more under their one-deletion keys."""
    keys: dict[str, list[tuple[str, str]]] = {}
    for word, (kind, *_) in lexicon.table("place_kinds").items():
        if len(word) >= MIN_KIND_LETTERS and word.isalpha():
            for key in deletion_keys(word):
                keys.setdefault(key, []).append((word, kind))
    return {key: tuple(value) for key, value in keys.items()}


@functools.lru_cache(maxsize=None)
def _not_a_place_start() -> frozenset[str]:
    """Words that do not start a place: function words, months and weekdays ("in March")."""
    return lexicon.words("stopwords") | frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, separated from it by one space ("" if none)."""
    if start < 2 or text[start - 1] != " ":
        return ""
    return text[max(0, start - 16):start - 1].rsplit(None, 1)[-1] if text[start - 2].isalpha() else ""


def _sentence_start(text: str, start: int) -> bool:
    """Whether the run opens a sentence (its capital says nothing then)."""
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?\"“"


__all__ = ["PlaceMention", "extract_places"]
