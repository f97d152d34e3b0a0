"""The check cache: one SQLite file (the standard library's ``sqlite3``) of per-document results
and of comparison results.

Table ``documents`` holds each document's mapped rule items (``value``) and, apart,
the slim list of its group keys (``keys``), which is all a rerun reads of an
unchanged document. Table ``results`` holds the findings of one group's
comparison, keyed by a digest of the rule, the settings and exactly which
documents' items are in the group (:mod:`quotecli.check.reuse`), and the
findings of a whole run keyed by its documents: an unchanged corpus is answered
from one row, and after a one-file edit only the groups that file's items reach
are compared again.

Each document entry is keyed by a SHA-256 of everything that decides the result: the
document's text, source text and metadata, the tool version together with a
digest of the package's own code and word lists (so a changed rule or lexicon
never serves stale results), and the settings of the run (the rules selected,
the check options). An unchanged article is therefore neither extracted nor
mapped again, and editing one article re-extracts that one only.

The cache never breaks a run. A file that is not a database, or that is
truncated, is moved aside and rebuilt; one that cannot be written (read-only,
locked by another run for longer than the busy timeout) is read while it can
and otherwise bypassed. Each of those says so once, on standard error. The
database runs in WAL mode, so two runs may share it at once: readers never wait
for a writer, and writes are short transactions of a batch of entries.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sqlite3
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

from . import __version__

FILE_NAME = "cache.sqlite3"
#: Bumped when the stored format changes.
SCHEMA = 2
#: Document entries written in one transaction.
WRITE_BATCH = 256
#: Result digests looked up in one query (under SQLite's oldest limit of 999 parameters).
LOOKUP_BATCH = 900
#: How long a write waits for another run's transaction before giving up (seconds).
BUSY_TIMEOUT = 10.0

Warn = Callable[[str], None]


def default_dir() -> Path:
    """``$QUOTECLI_CACHE_DIR``, else the platform's user cache directory (XDG on Linux)."""
    override = os.environ.get("QUOTECLI_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "quotecli"
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "quotecli" / "Cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "quotecli"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the tool version and of every source and word-list file of the package."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}/{SCHEMA}".encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".txt", ".tsv") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def document_digest(document, settings: str) -> str:
    """The key of one document's entry under ``settings`` (what else shapes the result)."""
    digest = _digest_prefix(code_digest(), settings).copy()
    fields = []
    for value in (document.id, document.path, document.title, document.date, document.url,
                  document.outlet, document.author, document.text, document.source_text):
        encoded = b"\x00" if value is None else b"\x01" + value.encode("utf-8", "surrogatepass")
        fields.append(len(encoded).to_bytes(8, "little"))
        fields.append(encoded)
    digest.update(b"".join(fields))   # one update: the same digest as one per field, fewer calls
    return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def _digest_prefix(code: str, settings: str) -> "hashlib._Hash":
    """The hash state after the code and settings digests: shared by every document of a
    run, so it is computed once and copied (a warm run keys thousands of documents)."""
    digest = hashlib.sha256(code.encode())
    digest.update(settings.encode())
    return digest


def _stderr(message: str) -> None:
    print(f"quotecli: warning: {message}", file=sys.stderr)


class Cache:
    """A per-document result cache in ``directory`` (created when missing)."""

    def __init__(self, directory: Optional[os.PathLike] = None, warn: Warn = _stderr):
        self.directory = Path(directory) if directory is not None else default_dir()
        self.path = self.directory / FILE_NAME
        self._warn = warn
        self._warned = False
        self._pending: list[tuple[str, bytes, bytes, int]] = []
        self._pending_results: list[tuple[bytes, bytes]] = []
        self._writable = True
        self._db: Optional[sqlite3.Connection] = self._open()

    # --- opening, and what goes wrong ---------------------------------------------

    def _open(self) -> Optional[sqlite3.Connection]:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            return self._connect()
        except sqlite3.DatabaseError as error:
            if self._is_locked(error):
                return self._bypass(f"cache {self.path} is locked by another run ({error}); running without it")
            if self._unwritable():
                return self._read_only()
            return self._rebuild(error)
        except OSError as error:
            if self.path.exists():
                return self._read_only()
            return self._bypass(f"cache directory {self.directory} cannot be used ({error}); running without it")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS documents "
                       "(key TEXT PRIMARY KEY, keys BLOB NOT NULL, value BLOB NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS results (key BLOB PRIMARY KEY, value BLOB NOT NULL)")
            db.execute("SELECT count(*) FROM documents WHERE key = ''").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _unwritable(self) -> bool:
        return self.path.exists() and not os.access(self.path, os.W_OK) or \
            not os.access(self.directory, os.W_OK)

    def _is_locked(self, error: Exception) -> bool:
        return "locked" in str(error) or "busy" in str(error)

    def _read_only(self) -> Optional[sqlite3.Connection]:
        self._writable = False
        try:
            db = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
            db.execute("SELECT count(*) FROM documents WHERE key = ''").fetchone()
            db.execute("SELECT count(*) FROM results WHERE key = x''").fetchone()
        except (sqlite3.DatabaseError, OSError) as error:
            return self._bypass(f"cache {self.path} is read-only and cannot be read ({error}); running without it")
        self._warn_once(f"cache {self.path} is read-only: results are read from it but not added")
        return db

    def _rebuild(self, error: Exception) -> Optional[sqlite3.Connection]:
        self._warn_once(f"cache {self.path} is damaged ({error}); rebuilding it")
        try:
            for suffix in ("", "-wal", "-shm"):
                side = Path(str(self.path) + suffix)
                if side.exists():
                    side.replace(Path(str(side) + ".damaged"))
            return self._connect()
        except (sqlite3.DatabaseError, OSError) as again:
            return self._bypass(f"cache {self.path} cannot be rebuilt ({again}); running without it", force=True)

    def _bypass(self, message: str, force: bool = False) -> None:
        if force or not self._warned:
            self._warn(message)
        self._warned = True
        self._writable = False
        self._pending.clear()
        self._pending_results.clear()
        if getattr(self, "_db", None) is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None
        return None

    def _warn_once(self, message: str) -> None:
        if not self._warned:
            self._warn(message)
            self._warned = True

    # --- use -------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def settings(self, rules: Sequence, options) -> Optional[str]:
        """What besides a document shapes a check run's results (the rules selected, the
        options); None when the options cannot be pickled, and so cannot be keyed."""
        try:
            options_digest = hashlib.sha256(pickle.dumps(options)).hexdigest()
        except Exception:
            return None
        return "check:" + ",".join(r.id for r in rules) + ":" + options_digest

    def keyer(self, rules: Sequence, options) -> Optional[Callable]:
        """The function from a document to its key for a check run with ``rules`` and ``options``."""
        settings = self.settings(rules, options) if self._db is not None else None
        if settings is None:   # options that cannot be pickled cannot be keyed: do not cache this run
            return None
        return functools.partial(document_digest, settings=settings)

    def _select(self, query: str, parameters: Sequence) -> list:
        if self._db is None:
            return []
        try:
            return self._db.execute(query, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            if not self._is_locked(error):
                self._bypass(f"cache {self.path} cannot be read ({error}); running without it")
            return []

    def get(self, key: str) -> Optional[bytes]:
        """A document's mapped items (pickled), or None."""
        rows = self._select("SELECT value FROM documents WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def has(self, key: str) -> bool:
        """Whether a document's entry is stored (without reading it)."""
        return bool(self._select("SELECT 1 FROM documents WHERE key = ?", (key,)))

    def get_keys(self, key: str) -> Optional[bytes]:
        """A document's group keys (pickled, far smaller than its items), or None."""
        rows = self._select("SELECT keys FROM documents WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def results(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The stored results among ``keys`` (digests), looked up in batches."""
        found: dict[bytes, bytes] = {}
        for start in range(0, len(keys), LOOKUP_BATCH):
            batch = keys[start:start + LOOKUP_BATCH]
            marks = ",".join("?" * len(batch))
            found.update(self._select(f"SELECT key, value FROM results WHERE key IN ({marks})", batch))
        return found

    def put(self, key: str, value: bytes, keys: bytes = b"", repair: bool = False) -> None:
        """Store a document's entry. An entry, once stored, is kept as it is (unless it is a
        ``repair`` of an unreadable one): the order of a document's items may differ from one
        process to another, and a reader must get the keys and the items of one writer."""
        if self._db is None or not self._writable:
            return
        self._pending.append((key, keys, value, 1 if repair else 0))
        if len(self._pending) >= WRITE_BATCH:
            self.flush()

    def put_result(self, key: bytes, value: bytes) -> None:
        if self._db is None or not self._writable:
            return
        self._pending_results.append((key, value))
        if len(self._pending_results) >= WRITE_BATCH * 64:
            self.flush()

    def flush(self) -> None:
        if self._db is None or not (self._pending or self._pending_results):
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR IGNORE INTO documents (key, keys, value) VALUES (?, ?, ?)",
                                     [entry[:3] for entry in self._pending if not entry[3]])
                self._db.executemany("INSERT OR REPLACE INTO documents (key, keys, value) VALUES (?, ?, ?)",
                                     [entry[:3] for entry in self._pending if entry[3]])
                self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                                     self._pending_results)
        except sqlite3.DatabaseError as error:
            if self._is_locked(error):
                self._warn_once(f"cache {self.path} stayed locked by another run; some results were not saved")
            elif "readonly" in str(error).replace(" ", "").lower():
                self._writable = False
                self._warn_once(f"cache {self.path} is read-only: results are read from it but not added")
            else:
                self._bypass(f"cache {self.path} cannot be written ({error}); running without it")
        self._pending.clear()
        self._pending_results.clear()

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "Cache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- `quotecli cache info` / `clear` ---------------------------------------------

    def info(self) -> dict:
        entries, stored, results = 0, 0, 0
        if self._db is not None:
            try:
                entries, stored = self._db.execute(
                    "SELECT count(*), coalesce(sum(length(value) + length(keys)), 0) FROM documents").fetchone()
                results, kept = self._db.execute(
                    "SELECT count(*), coalesce(sum(length(value)), 0) FROM results").fetchone()
                stored += kept
            except sqlite3.DatabaseError:
                pass
        size = sum(Path(str(self.path) + s).stat().st_size for s in ("", "-wal")
                   if Path(str(self.path) + s).exists())
        return {"path": str(self.path), "entries": entries, "results": results, "stored_bytes": stored,
                "file_bytes": size, "code": code_digest()[:12]}

    def clear(self) -> int:
        """Delete every entry; the number deleted."""
        if self._db is None or not self._writable:
            return 0
        count = self.info()["entries"]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM documents")
            self._db.execute("DELETE FROM results")
            self._db.execute("DROP TABLE IF EXISTS entries")   # schema 1's table
        self._db.execute("VACUUM")
        return count
