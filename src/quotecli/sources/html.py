"""HTML articles through the standard library's parser.

Text is rebuilt from the data between tags (script, style and the like dropped,
block tags turned into paragraph breaks) with an :class:`OffsetMap` back into the
HTML source, so ``line:column`` still points into the file the user has.
"""

from __future__ import annotations

import html as _html
from html.parser import HTMLParser
from typing import Optional

from ..document import Document, OffsetMap
from .dates import normalise_date

_DROP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "nav", "footer"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "aside", "figure", "figcaption", "table", "tr", "td",
    "th", "pre", "hr", "dd", "dt", "dl", "main", "title",
}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date")


class _Extractor(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        self.line_starts.extend(i + 1 for i, ch in enumerate(source) if ch == "\n")
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.drop_depth = 0
        self.title: Optional[str] = None
        self.date: Optional[str] = None
        self._in_title = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, source_offset: int) -> None:
        if not text:
            return
        self.anchors.append((self.length, source_offset))
        self.parts.append(text)
        self.length += len(text)

    def _break(self) -> None:
        if self.length and not "".join(self.parts[-2:]).endswith("\n\n"):
            self._emit("\n\n", self._offset())

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in _DROP:
            self.drop_depth += 1
        if tag == "meta" and self.date is None:
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key in _DATE_META:
                self.date = normalise_date((attributes.get("content") or "")[:10])
        if tag == "time" and self.date is None and attributes.get("datetime"):
            self.date = normalise_date(attributes["datetime"][:10])
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)

    def handle_endtag(self, tag):
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
        if self.drop_depth:
            return
        self._emit(data, self._offset())

    def _entity(self, raw: str, text: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + text
        if not self.drop_depth:
            self._emit(text, self._offset())

    def handle_entityref(self, name):
        self._entity(f"&{name};", _html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._entity(f"&#{name};", _html.unescape(f"&#{name};"))


def read_html(path: str, source: str) -> Document:
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    title = " ".join(parser.title.split()) if parser.title else None
    return Document(
        id=path,
        path=path,
        text=text,
        title=title,
        date=parser.date,
        source_text=source,
        offset_map=OffsetMap(parser.anchors),
    )
