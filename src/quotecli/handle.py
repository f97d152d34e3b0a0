"""What the rules keep of an article once it is extracted: a :class:`DocumentHandle`.

A corpus of 100k articles must not stay in memory while the rules compare
items across it. The handle keeps the article's identity (id, path, date and
the other metadata), a compact line index for ``line:column`` and the text
packed with zlib (about a third of its size); the text and its segmentation
are unpacked again only when a rule asks for them (to cite a sentence, read a
context), and the last few unpacked texts are kept in a small LRU. The full
:class:`~quotecli.document.Document` (its source text, cached segments and
offset map of the HTML it came from) is dropped as soon as the rules have
mapped it.

A handle answers what rules read of a document (``id``, ``path``, ``date``,
``text``, ``segments``, ``line_col``), so rule code written against
``Document`` runs on it unchanged; handles compare by identity, like documents,
and pickling keeps that within one pickle (all items of an article travel
together).
"""

from __future__ import annotations

import bisect
import functools
import os
import weakref
import zlib
from array import array
from typing import Optional

from .document import Document, OffsetMap

#: Unpacked texts kept at once (a compare step usually looks at a few articles in turn).
UNPACKED_TEXTS = 256


@functools.lru_cache(maxsize=UNPACKED_TEXTS)
def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


@functools.lru_cache(maxsize=UNPACKED_TEXTS)
def _segment(text: str):
    from .segment import segment

    return segment(text)


def _line_index(located: str) -> array:
    """Offsets where each line begins, as a compact unsigned array."""
    starts = array("L", [0])
    find = located.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


class DocumentHandle:
    """A slim stand-in for a :class:`Document` that rule items may hold for a whole run."""

    __slots__ = ("id", "path", "title", "date", "url", "outlet", "author",
                 "_line_starts", "_offset_map", "_packed", "_text", "_segments", "_token", "__weakref__")

    def __init__(self, id: str, path: str, title: Optional[str], date: Optional[str],
                 url: Optional[str], outlet: Optional[str], author: Optional[str],
                 line_starts: array, offset_map: Optional[OffsetMap], packed: Optional[bytes],
                 text: Optional[str] = None, segments=None, token: Optional[bytes] = None):
        self._token = token or os.urandom(12)
        self.id, self.path, self.title, self.date = id, path, title, date
        self.url, self.outlet, self.author = url, outlet, author
        self._line_starts = line_starts
        self._offset_map = offset_map
        self._packed = packed
        self._text = text
        self._segments = segments

    @classmethod
    def of(cls, document: Document) -> "DocumentHandle":
        """A handle that still holds the open text (and the segments already computed)
        until :meth:`release`; so the rules' map step reads it at full speed."""
        located = document.source_text if document.source_text is not None else document.text
        return cls(document.id, document.path, document.title, document.date, document.url,
                   document.outlet, document.author, _line_index(located), document.offset_map,
                   None, document.text, document.__dict__.get("segments"))

    def release(self) -> "DocumentHandle":
        """Pack the text and forget the unpacked copy and its segments."""
        if self._packed is None and self._text is not None:
            self._packed = zlib.compress(self._text.encode("utf-8", "surrogatepass"), 6)
        self._text = None
        self._segments = None
        return self

    @property
    def text(self) -> str:
        if self._text is not None:
            return self._text
        return _unpack(self._packed) if self._packed is not None else ""

    @property
    def segments(self):
        if self._text is not None:
            if self._segments is None:
                self._segments = _segment(self._text)
            return self._segments
        return _segment(self.text)

    def source_offset(self, offset: int) -> int:
        return offset if self._offset_map is None else self._offset_map.to_source(offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` (a ``text`` offset), as Document.line_col."""
        src = self.source_offset(offset)
        starts = self._line_starts
        i = bisect.bisect_right(starts, src) - 1
        return i + 1, src - starts[i] + 1

    def span(self, start: int, end: int):
        from .document import Span

        return Span(start, end, self.text[start:end])

    def __reduce__(self):
        self.release()
        return (_restore, (self.id, self.path, self.title, self.date, self.url, self.outlet,
                           self.author, self._line_starts, self._offset_map, self._packed,
                           None, None, self._token))

    def __repr__(self) -> str:
        return f"DocumentHandle(id={self.id!r}, path={self.path!r})"


#: Every handle unpickled in this process, by token: items of one article that travel in
#: separate pickles (a Dask shuffle) come back pointing at one handle, so ``is`` still works.
_RESTORED: "weakref.WeakValueDictionary[bytes, DocumentHandle]" = weakref.WeakValueDictionary()


def _restore(*fields) -> DocumentHandle:
    token = fields[-1]
    handle = _RESTORED.get(token)
    if handle is None:
        handle = DocumentHandle(*fields)
        _RESTORED[token] = handle
    return handle
