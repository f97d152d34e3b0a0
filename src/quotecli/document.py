"""The one in-memory model every extractor reads: a :class:`Document`.

A document's ``text`` keeps the *same character offsets* as the text the user
can open (the file, or the JSON field), so a span ``[start, end)`` reported by any
extractor points at the right ``line:column`` without further bookkeeping.
Readers that must drop markup (Markdown, front matter) blank it with spaces of
the same length instead of deleting it; readers that must rebuild the text
(HTML) keep a :class:`OffsetMap` back to the source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional


@dataclass(frozen=True)
class Span:
    """A piece of a document's text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


class OffsetMap:
    """Maps offsets of a rebuilt text back to offsets of its source text.

    Stored as sorted anchor pairs ``(text_offset, source_offset)``; between two
    anchors the two texts advance together, which is what copying a run of
    characters from the source produces.
    """

    def __init__(self, anchors: list[tuple[int, int]]):
        self._text_offsets = [a for a, _ in anchors]
        self._source_offsets = [b for _, b in anchors]

    def to_source(self, offset: int) -> int:
        i = bisect.bisect_right(self._text_offsets, offset) - 1
        if i < 0:
            return offset
        return self._source_offsets[i] + (offset - self._text_offsets[i])


@dataclass
class Document:
    """One article.

    ``id`` is what records call ``doc`` (a JSONL ``id``, else the path as the
    user gave it); ``path`` is the file it came from (``-`` for stdin).
    ``date`` is the document date as an ISO ``YYYY-MM-DD`` string when known:
    relative dates ("yesterday", "last month") resolve against it.
    ``source_text`` is the file as written when ``text`` differs from it (HTML
    rebuilt, Markdown with its markup blanked); suppression comments are read there.
    """

    id: str
    text: str
    path: str = "-"
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    source_text: Optional[str] = None
    offset_map: Optional[OffsetMap] = field(default=None, repr=False)
    #: rules the article's metadata silences for the whole article (JSONL ``quotecli_ignore``)
    quotecli_ignore: tuple[str, ...] = ()

    @cached_property
    def _line_starts(self) -> list[int]:
        """Offsets where each line of the located text begins (for line/column)."""
        located = self.source_text if self.source_text is not None else self.text
        starts = [0]
        find = located.find
        i = find("\n")
        while i >= 0:   # one C-level search per line, not a Python step per character
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def source_offset(self, offset: int) -> int:
        """The offset in the user-visible source for an offset into ``text``."""
        if self.offset_map is None:
            return offset
        return self.offset_map.to_source(offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` (a ``text`` offset)."""
        src = self.source_offset(offset)
        starts = self._line_starts
        i = bisect.bisect_right(starts, src) - 1
        return i + 1, src - starts[i] + 1

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    @cached_property
    def segments(self):
        """Paragraphs and sentences, computed once and shared by every extractor."""
        from .segment import segment

        return segment(self.text)
