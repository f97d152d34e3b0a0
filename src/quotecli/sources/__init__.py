"""Readers that turn paths (files, folders, ``-``) into :class:`Document` objects.

A bad input never stops the run: it comes out of :func:`read_inputs` as an
:class:`InputError` naming the path and the reason, in order with the documents,
so the caller can report it and carry on.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from ..document import Document
from .decode import DecodeError, decode_bytes
from .html import read_html
from .jsonl import read_json_articles
from .markdown import read_markdown
from .text import read_text

#: Files larger than this are refused rather than read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

#: A folder may carry a ``manifest.jsonl`` with one row per file
#: (``{"file": ..., "date": ..., "title": ..., "url": ..., "outlet": ...}``);
#: its metadata fills what the file itself does not say.
MANIFEST_NAME = "manifest.jsonl"

#: Documentation files that sit beside articles in a corpus folder; a folder walk
#: passes them over (named explicitly, they are read like any file).
CORPUS_DOCS = frozenset({"readme", "source", "sources", "license", "licence", "changelog", "contributing", "notice"})


@dataclass(frozen=True)
class InputError:
    """A path that could not be read, with a one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class InputWarning:
    """A path that was read with a caveat (e.g. a fallback encoding)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


Loaded = Union[Document, InputError, InputWarning]


def read_inputs(paths: Iterable[str], doc_date: Optional[str] = None) -> Iterator[Loaded]:
    """Yield documents (and errors/warnings) for files, folders and ``-`` (stdin).

    Folders are walked recursively in sorted order, picking files with a known
    suffix; a file named explicitly is read whatever its suffix. ``doc_date``
    is used for documents that carry no date of their own.
    """
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            yield from _read_bytes("-", data, ".md", doc_date, {})
        elif os.path.isdir(path):
            yield from _read_folder(path, doc_date)
        elif os.path.exists(path):
            yield from _read_file(path, doc_date)
        else:
            yield InputError(path, "no such file or directory")


def _read_folder(folder: str, doc_date: Optional[str]) -> Iterator[Loaded]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            stem = os.path.splitext(name)[0].lower()
            if name.startswith(".") or name == MANIFEST_NAME or stem in CORPUS_DOCS:
                continue
            if os.path.splitext(name)[1].lower() in KNOWN_SUFFIXES - {""}:
                yield from _read_file(os.path.join(root, name), doc_date, explicit=False)


@functools.lru_cache(maxsize=256)
def _read_manifest(path: str) -> dict[str, dict]:
    """Rows of a ``manifest.jsonl`` keyed by their ``file`` (relative to its folder)."""
    rows: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line) if line.strip() else None
                if isinstance(row, dict) and isinstance(row.get("file"), str):
                    rows[row["file"]] = row
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return rows


def _manifest_row(path: str) -> dict:
    """The metadata row for ``path`` in a manifest of its folder or of one of two parents."""
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(3):
        manifest = os.path.join(folder, MANIFEST_NAME)
        if os.path.isfile(manifest):
            rel = os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")
            row = _read_manifest(manifest).get(rel)
            if row is not None:
                return row
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return {}


def _read_file(path: str, doc_date: Optional[str], explicit: bool = True) -> Iterator[Loaded]:
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            yield InputError(path, f"file too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except PermissionError:
        yield InputError(path, "permission denied")
        return
    except IsADirectoryError:
        yield InputError(path, "is a directory")
        return
    except OSError as exc:
        yield InputError(path, exc.strerror or str(exc))
        return
    suffix = os.path.splitext(path)[1].lower()
    yield from _read_bytes(path, data, suffix, doc_date, _manifest_row(path), explicit)


def _read_bytes(path: str, data: bytes, suffix: str, doc_date: Optional[str], meta: dict,
                explicit: bool = True) -> Iterator[Loaded]:
    """One input's documents. A JSON file met in a folder walk that holds no article
    (a data file such as an annotation) is passed over quietly; named explicitly, it is an error."""
    if not data.strip():
        return
    try:
        text, warning = decode_bytes(data)
    except DecodeError as exc:
        yield InputError(path, str(exc))
        return
    if warning:
        yield InputWarning(path, warning)
    if suffix in JSON_SUFFIXES:
        items = list(read_json_articles(path, text, doc_date))
        if explicit or any(isinstance(item, Document) for item in items):
            yield from items
        return
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        document = read_html(path, text)
    elif suffix in MARKDOWN_SUFFIXES:
        document = read_markdown(path, text)
    else:
        document = read_text(path, text)
    _apply_meta(document, meta)
    if document.date is None:
        document.date = doc_date
    yield document


def _apply_meta(document: Document, meta: dict) -> None:
    """Fill metadata the document does not state from a manifest row."""
    from .dates import normalise_date

    for key in ("title", "url", "outlet", "author"):
        value = meta.get(key)
        if getattr(document, key) is None and isinstance(value, str):
            setattr(document, key, value)
    if document.date is None and isinstance(meta.get("date"), str):
        document.date = normalise_date(meta["date"])


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def load(paths: Iterable[str], doc_date: Optional[str] = None) -> tuple[list[Document], list[InputError]]:
    """Read every input; return the documents and the errors (warnings dropped)."""
    documents: list[Document] = []
    errors: list[InputError] = []
    for item in read_inputs(paths, doc_date):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, InputError):
            errors.append(item)
    return documents, errors


__all__ = ["read_inputs", "load", "InputError", "InputWarning", "Loaded"]
