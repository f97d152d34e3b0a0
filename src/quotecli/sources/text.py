"""Plain text articles: the text as it is; the first line is taken as the title."""

from __future__ import annotations

from ..document import Document


def read_text(path: str, text: str) -> Document:
    first_line = text.strip().split("\n", 1)[0].strip()
    title = first_line if 0 < len(first_line) <= 200 else None
    return Document(id=path, path=path, text=text, title=title)
