"""Articles as JSON Lines (or one JSON object / array), the shape news scrapers emit.

Each article needs a text field (``text``, ``content``, ``body``, ``article`` or
``maintext``); ``id``, ``title``, ``date``, ``url``, ``author`` and
``outlet``/``source`` are used when present. Offsets, lines and columns count
within the text field.

JSON Lines are read as a stream, line by line, so a dump of millions of articles
(compressed or not) takes the memory of one line at a time; a line longer than
the article size limit is skipped without being held in memory.
"""

from __future__ import annotations

import json
from typing import IO, Iterator, Optional, Union

from ..document import Document
from ..suppress import JSONL_FIELD, ignore_field
from .dates import normalise_date
from .decode import normalise_newlines

TEXT_FIELDS = ("text", "content", "body", "article", "maintext")

#: Bad lines reported one by one per file; beyond this they are counted in one line.
MAX_LINE_ERRORS = 10

_JSON_TYPES = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number",
               type(None): "null"}


def read_json_articles(path: str, text: str, doc_date: Optional[str]) -> Iterator[Union[Document, "InputError"]]:
    """Articles of a whole JSON text: one object, an array of objects, or JSON Lines."""
    from . import InputError

    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and _is_single_json(stripped)):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield InputError(path, f"invalid JSON at line {getattr(exc, 'lineno', '?')}: {getattr(exc, 'msg', exc)}")
            return
        for number, row in enumerate(data if isinstance(data, list) else [data], 1):
            yield article_from_row(path, number, row, doc_date)
        return
    yield from _rows_of_lines(path, ((n, line) for n, line in enumerate(text.split("\n"), 1)), doc_date)


def read_json_lines(path: str, handle: IO[bytes], doc_date: Optional[str], max_line: int) -> Iterator[Union[Document, "InputError", "InputWarning"]]:
    """Articles of a JSON Lines byte stream, one line at a time."""
    from . import InputWarning

    fallback = []

    def decoded() -> Iterator[tuple[int, Optional[str]]]:
        for number, raw in _lines(handle, max_line):
            if raw is None:
                yield number, None
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError:
                fallback.append(number)
                yield number, raw.decode("cp1252", errors="replace")

    yield from _rows_of_lines(path, decoded(), doc_date, max_line)
    if fallback:
        yield InputWarning(path, f"{len(fallback)} line(s) not valid UTF-8 (first: line {fallback[0]}); read as Windows-1252")


def _rows_of_lines(path: str, lines, doc_date: Optional[str], max_line: int = 0):
    from . import InputError

    bad = 0
    for number, line in lines:
        if line is None:
            error = InputError(f"{path}:{number}", f"line longer than the {max_line:,}-byte article limit (--max-size); skipped")
        elif not line.strip():
            continue
        else:
            try:
                row = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                error = InputError(f"{path}:{number}", f"invalid JSON: {getattr(exc, 'msg', 'nested too deeply')}")
            else:
                item = article_from_row(path, number, row, doc_date)
                if isinstance(item, Document):
                    yield item
                    continue
                error = item
        bad += 1
        if bad <= MAX_LINE_ERRORS:
            yield error
    if bad > MAX_LINE_ERRORS:
        yield InputError(path, f"{bad - MAX_LINE_ERRORS} more bad line(s) not listed ({bad} in all)")


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """Numbered lines of ``handle``; ``None`` for a line over ``limit`` bytes, which is skipped unread."""
    number = 0
    while True:
        raw = handle.readline(limit + 1) if limit else handle.readline()
        if not raw:
            return
        number += 1
        if limit and len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(1 << 20)
            yield number, None
            continue
        yield number, raw


def article_from_row(path: str, number: int, row: object, doc_date: Optional[str],
                     text_field: Optional[str] = None) -> Union[Document, "InputError"]:
    """A document for one JSON object (or CSV row as a dict), or the reason it is none."""
    from . import InputError

    where = f"{path}:{number}"
    if not isinstance(row, dict):
        return InputError(where, f"not a JSON object ({_JSON_TYPES.get(type(row), 'a value')})")
    fields = (text_field,) if text_field else TEXT_FIELDS
    body = next((row[k] for k in fields if isinstance(row.get(k), str)), None)
    if body is None:
        present = next((k for k in fields if k in row), None)
        if present is not None:
            return InputError(where, f"{present} is {_JSON_TYPES.get(type(row[present]), 'not a string')}, not a string")
        return InputError(where, f"no text field ({', '.join(fields)})")
    try:
        ignore = ignore_field(row.get(JSONL_FIELD, ()))
    except ValueError as exc:
        return InputError(where, str(exc))
    doc_id = row.get("id")
    return Document(
        id=str(doc_id) if doc_id not in (None, "") else where,
        path=path,
        text=normalise_newlines(body),
        title=_str(row.get("title")),
        date=normalise_date(row.get("date")) or doc_date,
        url=_str(row.get("url")),
        outlet=_str(row.get("outlet") or row.get("source") or row.get("publisher") or row.get("sitename")),
        author=_str(row.get("author")),
        quotecli_ignore=ignore,
    )


def _is_single_json(text: str) -> bool:
    try:
        json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _str(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value else None
