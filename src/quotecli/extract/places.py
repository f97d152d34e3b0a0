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

from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from .. import lexicon
from ..document import Document, Span

# A run of capitalised words ("New Mexico", "Elmwood Avenue", "St. Paul Road").
_WORD = r"(?:(?:St|Ave|Rd|Blvd|Corp|Inc|Mt|Ft)\.|\p{Lu}[\p{L}\p{M}'’-]*(?<!['’-]))"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’.-]){_WORD}(?:[ ]{_WORD})*")
_WORD_BEFORE = regex.compile(r"([\p{L}]+)[ ]+$")


@dataclass(frozen=True)
class PlaceMention(Span):
    """A place, street, team or organisation as written; ``kind`` says which."""

    kind: str = "place"


def extract_places(document: Document, people: Sequence[Span] = ()) -> list[PlaceMention]:
    """Every place, street, team and organisation run of ``document`` not inside ``people``."""
    text = document.text
    taken = [(p.start, p.end) for p in people]
    kinds = lexicon.table("place_kinds")
    prepositions = lexicon.words("place_prepositions")
    titles = lexicon.words("titles")
    stop = lexicon.words("stopwords") | set(lexicon.table("months")) | set(lexicon.table("weekdays"))
    found: list[PlaceMention] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        written = match.group()
        words = written.split(" ")
        while len(words) > 1 and words[0].lower() in stop:     # "The Labour Party" → "Labour Party"
            start += len(words.pop(0)) + 1
        written = " ".join(words)
        if _overlaps(start, end, taken) or words[0].lower() in titles or words[0].lower() in stop:
            continue
        kind = kinds.get(words[-1].lower(), (None,))[0] if len(words) > 1 else None
        if kind is None:
            before = _WORD_BEFORE.search(text, max(0, start - 20), start)
            if not (before and before.group(1) in prepositions) or _sentence_start(text, start):
                continue
            kind = "place"
        found.append(PlaceMention(start, end, written, kind=kind))
    return found


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _sentence_start(text: str, start: int) -> bool:
    """Whether the run opens a sentence (its capital says nothing then)."""
    before = text[max(0, start - 3):start].rstrip()
    return not before or before[-1] in ".!?\"“"


__all__ = ["PlaceMention", "extract_places"]
