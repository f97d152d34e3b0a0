"""Markdown articles with optional ``---`` front matter.

Front matter and markup are *blanked* (replaced by spaces of the same length), never
deleted, so offsets in the document text are offsets in the file and nothing of the
markup can show up as a quote or a name.
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document
from .dates import normalise_date

_FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(---|\.\.\.)[ \t]*(\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)

# Markup runs to blank out; the words they decorate stay where they are.
_MARKUP = [
    re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M),  # heading marks
    re.compile(r"^[ \t]{0,3}>[ \t]?", re.M),  # block quotes
    re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M),  # list bullets
    re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M),  # rules
    re.compile(r"^[ \t]*```.*$", re.M),  # code fences
    re.compile(r"(?<!\w)(?:\*\*|__|\*|_)(?=\S)|(?<=\S)(?:\*\*|__|\*|_)(?!\w)"),  # emphasis
    re.compile(r"!?\[(?=[^\]\n]*\]\()"),  # opening bracket of [text](url)
    re.compile(r"\]\([^)\n]*\)"),  # ](url)
    re.compile(r"<[^>\n]+>"),  # inline HTML tags
    re.compile(r"`"),
]


_OPENING = re.compile(r"\A---[ \t]*\n")


def unclosed_front_matter(text: str) -> bool:
    """Whether ``text`` opens a ``---`` front matter block that never closes (read as text then)."""
    return bool(_OPENING.match(text)) and not _FRONT_MATTER.match(text)


def _blank(match: "re.Match[str]") -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def read_markdown(path: str, text: str) -> Document:
    source = text
    meta: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for key, value in _FIELD.findall(front.group(2)):
            meta[key.lower()] = value.strip().strip("'\"")
        text = _blank(front) + text[front.end():]
    for pattern in _MARKUP:
        text = pattern.sub(_blank, text)
    title: Optional[str] = meta.get("title")
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first or None
    return Document(
        id=path,
        path=path,
        text=text,
        title=title,
        date=normalise_date(meta.get("date")),
        url=meta.get("url") or meta.get("link"),
        outlet=meta.get("outlet") or meta.get("source") or meta.get("publisher"),
        author=meta.get("author") or meta.get("byline"),
        source_text=source,  # same offsets and lines; keeps the <!-- quotecli: … --> comments
    )
