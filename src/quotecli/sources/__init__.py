"""Readers that turn paths (files, folders, ``-``) into :class:`Document` objects.

A bad input never stops the run: it comes out of :func:`read_inputs` as an
:class:`InputError` naming the path (and the line or record) and the reason, in
order with the documents, so the caller can report it and carry on.

Every reader is a generator that yields one document at a time: a JSON Lines
dump, a CSV export or a web archive of any size is read in the memory of one
article. Inputs are opened read-only and never written.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import json
import lzma
import os
import stat
import sys
import zlib
from dataclasses import dataclass, replace
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from ..document import Document
from .decode import DecodeError, decode_bytes, decode_page
from .html import HTML_MODES, BrokenHtml, NoMainText, read_html
from .jsonl import read_json_articles, read_json_lines
from .markdown import read_markdown, unclosed_front_matter
from .tabular import read_table
from .text import read_text
from .warc import read_warc

#: Largest article (a file, a JSON line, a CSV cell, a WARC page) read, in bytes; larger ones are skipped.
DEFAULT_MAX_SIZE = 20 * 1024 * 1024

#: Formats by suffix. A compression suffix (.gz, .bz2, .xz) may follow any of them.
FORMATS = {
    "": "text", ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".warc": "warc",
}
_OPENERS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    ".bz2": lambda raw: bz2.BZ2File(raw, mode="rb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, mode="rb"),
}
#: What a broken compressed stream raises while it is read.
_STREAM_ERRORS = (EOFError, zlib.error, lzma.LZMAError, gzip.BadGzipFile, OSError)

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


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read.

    ``max_size`` bounds one article in bytes; ``html_mode`` is ``main`` (the
    article text of a page) or ``full`` (every text node); ``text_column`` names
    the text column of CSV/TSV files; ``stdin_filename`` gives standard input a
    name and, by its suffix, a format; ``debug`` lets an unexpected reader
    failure raise instead of becoming a one-line error.
    """

    doc_date: Optional[str] = None
    max_size: int = DEFAULT_MAX_SIZE
    html_mode: str = "main"
    text_column: Optional[str] = None
    stdin_filename: Optional[str] = None
    debug: bool = False

    def __post_init__(self) -> None:
        if self.html_mode not in HTML_MODES:
            raise ValueError(f"html_mode must be one of {HTML_MODES}")
        if self.max_size < 1:
            raise ValueError("max_size must be positive")


def input_format(name: str) -> tuple[Optional[str], Optional[str]]:
    """``(format, compression)`` for a file name: ``("jsonl", ".gz")`` for ``a.jsonl.gz``.

    ``.warc.gz`` is a WARC (warcio reads its compression); an unknown suffix gives
    ``(None, compression)``.
    """
    base, suffix = os.path.splitext(os.path.basename(name).lower())
    compression = None
    if suffix in _OPENERS:
        compression = suffix
        base, suffix = os.path.splitext(base)
        if suffix == ".warc":
            return "warc", None
    if base.startswith(".") and not suffix:  # ".gz" alone, a dot-file
        return None, compression
    return FORMATS.get(suffix), compression


def read_inputs(paths: Iterable[str], doc_date: Optional[str] = None,
                options: Optional[ReadOptions] = None) -> Iterator[Loaded]:
    """Yield documents (and errors/warnings) for files, folders and ``-`` (stdin).

    Folders are walked recursively in sorted order, picking files with a known
    suffix; a file named explicitly is read whatever its suffix (as text when it
    is unknown). ``doc_date`` is used for documents that carry no date of their
    own. A file met twice (named twice, or named and inside a named folder) is
    read once.
    """
    options = options or ReadOptions()
    if doc_date is not None:
        options = replace(options, doc_date=doc_date)
    _manifests_above.cache_clear()   # a manifest added since an earlier read is seen
    seen: set = set()
    for path in paths:
        if path == "-":
            yield from _guarded("-", _read_stdin(options), options)
            continue
        try:
            info = os.stat(path)
        except OSError as exc:
            yield InputError(path, _os_reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _read_folder(path, options, seen)
        elif _first_time(path, seen):
            yield from _guarded(path, _read_file(path, options), options)
        else:
            yield InputWarning(path, "given more than once; read once")


def _first_time(path: str, seen: set) -> bool:
    """Whether ``path`` names a file not met yet in this read: the same file (device and
    inode: one ``stat``, where resolving the real path cost a ``lstat`` per component) or,
    when it cannot be stat'ed, the same real path."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    # a file system without inode numbers reports 0 for every file: fall back to the path
    key: object = (info.st_dev, info.st_ino) if info is not None and info.st_ino else os.path.realpath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


def _guarded(path: str, items: Iterator[Loaded], options: ReadOptions) -> Iterator[Loaded]:
    """``items``, with an unexpected reader failure turned into one error line (unless debugging)."""
    try:
        yield from items
    except Exception as exc:
        if options.debug:
            raise
        yield InputError(path, f"could not be read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
                               "run with --debug for the traceback")


def _os_reason(exc: OSError) -> str:
    import errno

    reasons = {
        errno.ENOENT: "no such file or directory",
        errno.EACCES: "permission denied",
        errno.ELOOP: "too many levels of symbolic links (a symlink loop?)",
        errno.EISDIR: "is a directory",
        errno.ENAMETOOLONG: "file name too long",
    }
    return reasons.get(exc.errno, exc.strerror or str(exc))


def _read_folder(folder: str, options: ReadOptions, seen: set) -> Iterator[Loaded]:
    found = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            stem = name.split(".", 1)[0].lower()
            if name.startswith(".") or name == MANIFEST_NAME or stem in CORPUS_DOCS:
                continue
            if not is_article_name(name):
                continue
            path = os.path.join(root, name)
            found = True
            if _first_time(path, seen):
                yield from _guarded(path, _read_file(path, options, explicit=False), options)
    if not found:
        yield InputError(folder, "no articles found in the folder (.txt, .md, .html, .jsonl, .json, .csv, .tsv, .warc and their .gz/.bz2/.xz)")


def is_article_name(name: str) -> bool:
    """Whether a folder walk reads a file of this name: a known suffix, compressed or not."""
    kind, compression = input_format(name)
    inner = name[: -len(compression)] if compression else name
    return kind is not None and bool(os.path.splitext(inner)[1])


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
    absolute = os.path.abspath(path)
    for folder, manifest in _manifests_above(os.path.dirname(absolute)):
        rel = absolute[len(folder):].lstrip(os.sep).replace(os.sep, "/")
        row = _read_manifest(manifest).get(rel)
        if row is not None:
            return row
    return {}


@functools.lru_cache(maxsize=256)
def _manifests_above(folder: str) -> tuple[tuple[str, str], ...]:
    """``(folder, manifest path)`` for ``folder`` (absolute) and up to two parents that hold
    a manifest, nearest first: looked up once per folder of a walk, not once per article."""
    found = []
    for _ in range(3):
        manifest = os.path.join(folder, MANIFEST_NAME)
        if os.path.isfile(manifest):
            found.append((folder, manifest))
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return tuple(found)


def _read_file(path: str, options: ReadOptions, explicit: bool = True) -> Iterator[Loaded]:
    """One file's documents. Only regular files are opened: a FIFO would block, a device never ends."""
    try:
        info = os.stat(path)
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    if not stat.S_ISREG(info.st_mode):
        yield InputError(path, f"not a regular file ({_file_kind(info.st_mode)}); skipped (use - for standard input)")
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    with handle:
        kind, compression = input_format(path)
        yield from _read_stream(path, handle, kind or "text", compression, options, explicit)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _read_stdin(options: ReadOptions) -> Iterator[Loaded]:
    name = options.stdin_filename
    kind, compression = input_format(name) if name else ("markdown", None)
    yield from _read_stream(name or "-", sys.stdin.buffer, kind or "text", compression, options, True)


def _read_stream(path: str, raw: IO[bytes], kind: str, compression: Optional[str], options: ReadOptions,
                 explicit: bool) -> Iterator[Loaded]:
    """Documents of one input stream of format ``kind``, decompressing on the fly."""
    handle = _OPENERS[compression](raw) if compression else raw
    items = _items(path, handle, kind, options)
    if not explicit and kind in ("json", "jsonl", "csv", "tsv"):
        items = _only_if_articles(items)
    try:
        yield from items
    except _STREAM_ERRORS as exc:
        what = "compressed data" if compression else "file"
        yield InputError(path, f"truncated or corrupt {what} ({' '.join(str(exc).split()) or type(exc).__name__}); "
                               "the rest of it is skipped")


def _items(path: str, handle: IO[bytes], kind: str, options: ReadOptions) -> Iterator[Loaded]:
    if kind == "jsonl" and b"\x00" in _peek(handle):  # UTF-16 or binary: decoded whole, or refused
        kind = "json"
    if kind == "jsonl":
        yield from read_json_lines(path, handle, options.doc_date, options.max_size)
    elif kind in ("csv", "tsv"):
        yield from read_table(path, handle, "\t" if kind == "tsv" else ",", options.doc_date, options.max_size,
                              options.text_column)
    elif kind == "warc":
        yield from read_warc(path, handle, options.doc_date, options.max_size, options.html_mode)
    else:
        data = handle.read(options.max_size + 1)
        if len(data) > options.max_size:
            yield InputError(path, f"larger than the {options.max_size:,}-byte article limit (--max-size); skipped")
            return
        yield from _read_bytes(path, data, kind, options)


def _peek(handle: IO[bytes]) -> bytes:
    peek = getattr(handle, "peek", None)
    return peek(65536)[:65536] if peek else b""


def _only_if_articles(items: Iterator[Loaded]) -> Iterator[Loaded]:
    """A JSON or CSV file met in a folder walk that holds no article (a data file such as an
    annotation table) is passed over quietly; its errors are held back until a first article shows it is one."""
    held: list[Loaded] = []
    articles = False
    for item in items:
        if articles:
            yield item
        elif isinstance(item, Document):
            articles = True
            yield from held
            yield item
        elif len(held) < 100:
            held.append(item)


def _read_bytes(path: str, data: bytes, kind: str, options: ReadOptions) -> Iterator[Loaded]:
    """The documents of one whole article file (or JSON file)."""
    if not data.strip():
        return
    try:
        text, warning = decode_page(data) if kind == "html" else decode_bytes(data)
    except DecodeError as exc:
        yield InputError(path, str(exc))
        return
    if warning:
        yield InputWarning(path, warning)
    if kind in ("json", "jsonl"):
        yield from read_json_articles(path, text, options.doc_date)
        return
    if kind == "html" or (kind != "markdown" and _looks_like_html(text)):
        try:
            document = read_html(path, text, options.html_mode)
        except (NoMainText, BrokenHtml) as exc:
            yield InputError(path, str(exc))
            return
    elif kind == "markdown":
        if unclosed_front_matter(text):
            yield InputWarning(path, "front matter opened on line 1 never closes with ---; read as article text")
        document = read_markdown(path, text)
    else:
        document = read_text(path, text)
    if path != "-":
        _apply_meta(document, _manifest_row(path))
    if document.date is None:
        document.date = options.doc_date
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


def load(paths: Iterable[str], doc_date: Optional[str] = None,
         options: Optional[ReadOptions] = None) -> tuple[list[Document], list[InputError]]:
    """Read every input; return the documents and the errors (warnings dropped)."""
    documents: list[Document] = []
    errors: list[InputError] = []
    for item in read_inputs(paths, doc_date, options):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, InputError):
            errors.append(item)
    return documents, errors


__all__ = ["read_inputs", "load", "input_format", "InputError", "InputWarning", "Loaded", "ReadOptions",
           "DEFAULT_MAX_SIZE"]
