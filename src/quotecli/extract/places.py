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
        kind = kinds.get(words[-1].lower(), (None,))[0] if len(words) > 1 else None
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
