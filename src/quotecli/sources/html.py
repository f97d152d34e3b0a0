"""HTML articles: the page's main text only (trafilatura), or every text node.

Text is rebuilt from the data between tags (script, style and the like dropped,
block tags turned into paragraph breaks) with an :class:`OffsetMap` back into the
HTML source, so ``line:column`` still points into the file the user has.

In ``main`` mode (the default) trafilatura decides which paragraphs are the
article; they are located in that rebuilt text and everything else (navigation,
cookie banners, related links, comments, footers) is blanked with spaces, never
removed, so offsets and the map stay valid and no boilerplate can be quoted.
Title, author, date, site name and URL come from the page's metadata.
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Iterator, Optional

from ..document import Document, OffsetMap
from .dates import normalise_date

HTML_MODES = ("main", "full")

_DROP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "nav", "footer"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "aside", "figure", "figcaption", "table", "tr", "td",
    "th", "pre", "hr", "dd", "dt", "dl", "main", "title",
}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
_SITE_META = ("og:site_name", "application-name", "publisher")
_URL_META = ("og:url",)


class NoMainText(ValueError):
    """The page has no text that reads as an article."""


@dataclass
class _Meta:
    title: Optional[str] = None
    date: Optional[str] = None
    author: Optional[str] = None
    site: Optional[str] = None
    url: Optional[str] = None


class _Extractor(HTMLParser):
    """Every text node outside dropped elements, with anchors back into the source."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        self.line_starts.extend(m.end() for m in re.finditer("\n", source))
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self.drop_depth = 0
        self.meta = _Meta()
        self.json_ld: list[str] = []
        self._in_title = False
        self._in_json_ld = False
        self._title_parts: list[str] = []

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
        attributes = {k: v or "" for k, v in attrs}
        if tag in _DROP:
            self.drop_depth += 1
        if tag == "meta":
            self._meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split() and self.meta.url is None:
            self.meta.url = attributes.get("href") or None
        elif tag == "time" and self.meta.date is None and attributes.get("datetime"):
            self.meta.date = normalise_date(attributes["datetime"][:10])
        elif tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self._break()

    def _meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = " ".join(attributes.get("content", "").split())
        if not content:
            return
        if key in _DATE_META and self.meta.date is None:
            self.meta.date = normalise_date(content[:10])
        elif key in _AUTHOR_META and self.meta.author is None and not content.startswith("http"):
            self.meta.author = content
        elif key in _SITE_META and self.meta.site is None:
            self.meta.site = content
        elif key in _URL_META and self.meta.url is None:
            self.meta.url = content

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
        if tag == "script":
            self._in_json_ld = False

    def handle_endtag(self, tag):
        if tag in _DROP:
            self.drop_depth = max(0, self.drop_depth - 1)
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_json_ld = False
        if tag in _BLOCK:
            self._break()

    def handle_data(self, data):
        if self._in_title:
            self._title_parts.append(data)
        if self._in_json_ld:
            self.json_ld[-1] += data
        if self.drop_depth:
            return
        self._emit(data, self._offset())

    def _entity(self, text: str) -> None:
        if self._in_title:
            self._title_parts.append(text)
        if not self.drop_depth:
            self._emit(text, self._offset())

    def handle_entityref(self, name):
        self._entity(_html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._entity(_html.unescape(f"&#{name};"))

    @property
    def title(self) -> Optional[str]:
        title = " ".join("".join(self._title_parts).split())
        return title or None


def read_html(path: str, source: str, mode: str = "main") -> Document:
    """One page as a document; ``mode`` is ``main`` (article text only) or ``full``.

    Raises :class:`NoMainText` in ``main`` mode when the page holds no article text.
    """
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    meta = _merged_meta(parser)
    if mode == "main":
        text, meta = _main_text(source, text, meta)
        meta.title = meta.title or parser.title
    else:
        meta.title = parser.title or meta.title
    return Document(
        id=path,
        path=path,
        text=text,
        title=meta.title,
        date=meta.date,
        url=meta.url,
        outlet=meta.site,
        author=meta.author,
        source_text=source,
        offset_map=OffsetMap(parser.anchors),
    )


def _merged_meta(parser: _Extractor) -> _Meta:
    """The page's own statements: JSON-LD first (the publisher's structured data), then <meta>/<time>."""
    meta = parser.meta
    for block in parser.json_ld:
        for item in _json_ld_items(block):
            meta.date = meta.date or normalise_date(_text(item.get("datePublished"))[:10] or None)
            meta.author = meta.author or _name(item.get("author"))
            meta.site = meta.site or _name(item.get("publisher"))
            meta.url = meta.url or (_text(item.get("url")) or None)
            meta.title = meta.title or (_text(item.get("headline")) or None)
    return meta


def _json_ld_items(block: str) -> Iterator[dict]:
    try:
        data = json.loads(block)
    except (ValueError, RecursionError):
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("@graph"), list):
                stack.extend(item["@graph"])
            if "datePublished" in item or "headline" in item:
                yield item


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _name(value: object) -> Optional[str]:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value) or None


def _main_text(source: str, text: str, meta: _Meta) -> tuple[str, _Meta]:
    """``text`` with everything but the article's paragraphs blanked, and the metadata completed."""
    import trafilatura

    result = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    paragraphs = [line for line in (result.text or "").split("\n") if line.strip()] if result is not None else []
    kept = _locate(text, paragraphs)
    if not kept:
        raise NoMainText("no main text found in the page (try --html-mode full)")
    blanked = _blank_outside(text, kept)
    if result is not None:
        meta.title = meta.title or result.title
        meta.author = meta.author or result.author
        meta.site = meta.site or result.sitename
        meta.url = meta.url or result.url
        meta.date = meta.date or normalise_date(result.date)
    return blanked, meta


_SPACE = re.compile(r"\s+")
#: Markup trafilatura adds to its plain text: list bullets, table cell bars.
_ADDED_MARKS = re.compile(r"^\s*(?:[-*•]\s+)|\s*\|\s*")


def _locate(text: str, paragraphs: list[str]) -> list[tuple[int, int]]:
    """Where each kept paragraph stands in ``text``, as ``(start, end)`` ranges.

    Both sides are compared with runs of white space collapsed; paragraphs are
    searched in order from the end of the previous one, then from the top (a page
    may place its parts out of reading order). A paragraph found nowhere whole is
    looked for piece by piece (list items and table cells come out decorated).
    """
    flat, positions = _collapse(text)
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for paragraph in paragraphs:
        needle = " ".join(paragraph.split())
        pieces = [needle] if needle in flat else [p for p in _ADDED_MARKS.split(needle) if p and p.strip()]
        for piece in pieces:
            if len(piece) < 3:
                continue
            at = flat.find(piece, cursor)
            if at < 0:
                at = flat.find(piece)
            if at < 0:
                continue
            ranges.append((positions[at], positions[at + len(piece) - 1] + 1))
            cursor = at + len(piece)
    return ranges


def _collapse(text: str) -> tuple[str, list[int]]:
    """``text`` with each white-space run as one space, and each kept character's offset in ``text``."""
    chars: list[str] = []
    positions: list[int] = []
    last = 0
    for match in _SPACE.finditer(text):
        chars.append(text[last:match.start()])
        positions.extend(range(last, match.start()))
        chars.append(" ")
        positions.append(match.start())
        last = match.end()
    chars.append(text[last:])
    positions.extend(range(last, len(text)))
    return "".join(chars), positions


def _blank_outside(text: str, ranges: list[tuple[int, int]]) -> str:
    """Spaces for every character outside ``ranges`` (line breaks kept, so paragraphs stay apart)."""
    out: list[str] = []
    done = 0
    for start, end in sorted(ranges):
        if end <= done:
            continue
        start = max(start, done)
        out.append(_NOT_NEWLINE.sub(" ", text[done:start]))
        out.append(text[start:end])
        done = end
    out.append(_NOT_NEWLINE.sub(" ", text[done:]))
    return "".join(out)


_NOT_NEWLINE = re.compile(r"[^\n]")
