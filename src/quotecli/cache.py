"""The extraction cache: one SQLite file (the standard library's ``sqlite3``) of per-document results.

Each entry is keyed by a SHA-256 of everything that decides the result: the
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
SCHEMA = 1
#: Entries written in one transaction.
WRITE_BATCH = 256
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
    digest = hashlib.sha256(code_digest().encode())
    digest.update(settings.encode())
    for value in (document.id, document.path, document.title, document.date, document.url,
                  document.outlet, document.author, document.text, document.source_text):
        encoded = b"\x00" if value is None else b"\x01" + value.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()


def _stderr(message: str) -> None:
    print(f"quotecli: warning: {message}", file=sys.stderr)


class Cache:
    """A per-document result cache in ``directory`` (created when missing)."""

    def __init__(self, directory: Optional[os.PathLike] = None, warn: Warn = _stderr):
        self.directory = Path(directory) if directory is not None else default_dir()
        self.path = self.directory / FILE_NAME
        self._warn = warn
        self._warned = False
        self._pending: list[tuple[str, bytes]] = []
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
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.execute("SELECT count(*) FROM entries WHERE key = ''").fetchone()
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
            db.execute("SELECT count(*) FROM entries WHERE key = ''").fetchone()
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

    def keyer(self, rules: Sequence, options) -> Optional[Callable]:
        """The function from a document to its key for a check run with ``rules`` and ``options``."""
        if self._db is None:
            return None
        try:
            options_digest = hashlib.sha256(pickle.dumps(options)).hexdigest()
        except Exception:   # options that cannot be pickled cannot be keyed: do not cache this run
            return None
        settings = "check:" + ",".join(r.id for r in rules) + ":" + options_digest
        return functools.partial(document_digest, settings=settings)

    def get(self, key: str) -> Optional[bytes]:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as error:
            if self._is_locked(error):
                return None
            return self._bypass(f"cache {self.path} cannot be read ({error}); running without it")
        return row[0] if row else None

    def put(self, key: str, value: bytes) -> None:
        if self._db is None or not self._writable:
            return
        self._pending.append((key, value))
        if len(self._pending) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self._db is None or not self._pending:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", self._pending)
        except sqlite3.DatabaseError as error:
            if self._is_locked(error):
                self._warn_once(f"cache {self.path} stayed locked by another run; some results were not saved")
            elif "readonly" in str(error).replace(" ", "").lower():
                self._writable = False
                self._warn_once(f"cache {self.path} is read-only: results are read from it but not added")
            else:
                self._bypass(f"cache {self.path} cannot be written ({error}); running without it")
        self._pending.clear()

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
        entries, stored = 0, 0
        if self._db is not None:
            try:
                entries, stored = self._db.execute(
                    "SELECT count(*), coalesce(sum(length(value)), 0) FROM entries").fetchone()
            except sqlite3.DatabaseError:
                pass
        size = sum(Path(str(self.path) + s).stat().st_size for s in ("", "-wal")
                   if Path(str(self.path) + s).exists())
        return {"path": str(self.path), "entries": entries, "stored_bytes": stored,
                "file_bytes": size, "code": code_digest()[:12]}

    def clear(self) -> int:
        """Delete every entry; the number deleted."""
        if self._db is None or not self._writable:
            return 0
        count = self.info()["entries"]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM entries")
        self._db.execute("VACUUM")
        return count
