"""CSV and TSV exports with a header row: one article per row.

The text column is found by name (``text``, ``content``, ``body``, ``article``, or
the one ``--text-column`` names); ``id``, ``title``, ``date``, ``url`` and ``author``
columns are used when present. Rows are read as a stream with the standard ``csv``
module, its field size limit raised to the article size limit (never beyond, so a
100 MB cell is refused instead of filling memory). A document's id is its ``id``
cell, else ``path:line`` (the line where its row starts); offsets count within
its text cell, as for JSON Lines.
"""

from __future__ import annotations

import csv
import io
from typing import IO, Iterator, Optional

from ..document import Document
from .jsonl import MAX_LINE_ERRORS, TEXT_FIELDS, article_from_row


def read_table(path: str, handle: IO[bytes], delimiter: str, doc_date: Optional[str], max_field: int,
               text_column: Optional[str] = None) -> Iterator[object]:
    """Documents (and errors naming ``path:line``) for each row of a CSV/TSV byte stream."""
    from . import InputError

    csv.field_size_limit(max(max_field, 1024))
    stream = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        yield InputError(path, f"unreadable header row ({_reason(exc)})")
        return
    if not header:
        return
    names = [name.strip().lower() for name in header]
    wanted = [text_column.strip().lower()] if text_column else list(TEXT_FIELDS)
    column = next((name for name in wanted if name in names), None)
    if column is None:
        option = "" if text_column else "; name it with --text-column"
        yield InputError(path, f"no text column ({', '.join(wanted)}) in the header ({', '.join(header)}){option}")
        return
    bad = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except UnicodeDecodeError as exc:
            yield InputError(f"{path}:{start}", f"not valid UTF-8 ({_reason(exc)}); the rest of the file is skipped")
            return
        except csv.Error as exc:
            item: object = InputError(f"{path}:{start}", f"bad row: {_reason(exc)}")
        else:
            if not row:
                continue
            if len(row) != len(names):
                item = InputError(f"{path}:{start}", f"ragged row: {len(row)} fields where the header has {len(names)}")
            else:
                item = article_from_row(path, start, dict(zip(names, row)), doc_date, text_field=column)
        if isinstance(item, Document):
            yield item
            continue
        bad += 1
        if bad <= MAX_LINE_ERRORS:
            yield item
    if bad > MAX_LINE_ERRORS:
        yield InputError(path, f"{bad - MAX_LINE_ERRORS} more bad row(s) not listed ({bad} in all)")


def _reason(exc: Exception) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return "a field is larger than the article size limit (--max-size)"
    return text
