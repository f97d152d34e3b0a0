"""A one-line progress bar on standard error: files done, articles per second, time left.

Shown only when standard error is a terminal: a CI log or a pipe must receive the
findings and nothing else (a carriage-return bar in a log file is hundreds of
lines of noise). The total is a quick count of the files a folder walk will read,
so the bar needs no second pass over the articles.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, Iterable, Iterator, Optional, Sequence, TypeVar

from .sources import CORPUS_DOCS, MANIFEST_NAME, is_article_name

T = TypeVar("T")
WIDTH = 24
REFRESH_SECONDS = 0.2


def count_files(paths: Sequence[str]) -> int:
    """How many files reading ``paths`` will open (an estimate for the bar; never read)."""
    total = 0
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(1 for name in files if not name.startswith(".") and name != MANIFEST_NAME
                             and name.split(".", 1)[0].lower() not in CORPUS_DOCS and is_article_name(name))
        else:
            total += 1
    return total


class Progress:
    """Counts articles and the files they came from, redrawing at most every :data:`REFRESH_SECONDS`."""

    def __init__(self, total_files: int, stream: IO[str]):
        self.total = max(total_files, 1)
        self.stream = stream
        self.files: set[str] = set()
        self.articles = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def advance(self, path: str) -> None:
        self.files.add(path)
        self.articles += 1
        now = time.monotonic()
        if now - self._drawn >= REFRESH_SECONDS:
            self._drawn = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float) -> str:
        done = min(len(self.files), self.total)
        elapsed = max(now - self.started, 1e-6)
        filled = int(WIDTH * done / self.total)
        rate = self.articles / elapsed
        left = elapsed / done * (self.total - done) if done else 0.0
        return (f"[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{self.total} files, "
                f"{rate:.1f} articles/s, {_duration(left)} left ")

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * len(self.line(time.monotonic())) + "\r")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def tracked(items: Iterable[T], paths: Sequence[str], path_of, enabled: bool,
            stream: Optional[IO[str]] = None) -> Iterator[T]:
    """``items`` unchanged, drawing a bar on ``stream`` (stderr) while they come when ``enabled``
    and the stream is a terminal."""
    stream = stream or sys.stderr
    if not enabled or not stream.isatty():
        yield from items
        return
    bar = Progress(count_files(paths), stream)
    try:
        for item in items:
            bar.advance(path_of(item))
            yield item
    finally:
        bar.close()
