"""Articles as JSON Lines (or one JSON object / array), the shape news scrapers emit.

Each article needs a text field (``text``, ``content`` or ``body``); ``id``,
``title``, ``date``, ``url``, ``author`` and ``outlet``/``source`` are used when
present. Offsets, lines and columns count within the text field.
"""

from __future__ import annotations

import json
from typing import Iterator, Optional, Union

from ..document import Document
from ..suppress import JSONL_FIELD, ignore_field
from .dates import normalise_date
from .decode import normalise_newlines

TEXT_FIELDS = ("text", "content", "body", "maintext")


def read_json_articles(path: str, text: str, doc_date: Optional[str]) -> Iterator[Union[Document, "InputError"]]:
    from . import InputError

    rows: list[tuple[int, object]] = []
    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and _is_single_json(stripped)):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        rows = list(enumerate(data if isinstance(data, list) else [data], 1))
    else:
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                yield InputError(f"{path}:{number}", f"invalid JSON: {exc.msg}")
    for number, row in rows:
        if not isinstance(row, dict):
            yield InputError(f"{path}:{number}", "not a JSON object")
            continue
        body = next((row[k] for k in TEXT_FIELDS if isinstance(row.get(k), str)), None)
        if body is None:
            yield InputError(f"{path}:{number}", f"no text field ({', '.join(TEXT_FIELDS)})")
            continue
        try:
            ignore = ignore_field(row.get(JSONL_FIELD, ()))
        except ValueError as exc:
            yield InputError(f"{path}:{number}", str(exc))
            continue
        doc_id = row.get("id")
        yield Document(
            id=str(doc_id) if doc_id is not None else f"{path}:{number}",
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
    except json.JSONDecodeError:
        return False
    return True


def _str(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value else None
