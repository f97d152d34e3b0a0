"""A baseline: today's accepted findings, so a CI run reports only what a change introduced.

A finding is keyed on its rule, the file (and article id, for JSON Lines) and the
text it points at, never on line numbers: an edit elsewhere in an article moves
its lines but not its key, so old findings stay matched; a finding that is fixed
simply stops matching and drops out of the file the next time it is written.
Keys are counted, so two identical findings in one file need two baseline entries.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from .check.model import Finding

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used: ``str()`` is the one line to print."""


def key(finding: Finding, root: str = "") -> tuple[str, str, str, str]:
    """``(rule, file, doc, matched text)``: what identifies a finding across edits.

    ``file`` is relative to ``root`` (the baseline's folder), so a baseline matches
    whichever folder the check runs from."""
    p = finding.primary
    doc = p.doc if p.doc and p.doc != p.file else ""
    return finding.rule, _relative(p.file, root), doc, " ".join(p.text.split())


def _relative(path: str, root: str) -> str:
    if not root or path == "-":
        return path.replace(os.sep, "/")
    try:
        return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
    except ValueError:  # another drive (Windows)
        return path.replace(os.sep, "/")


def root_of(path: str) -> str:
    """The folder a baseline's file names are relative to: its own."""
    return os.path.dirname(os.path.abspath(path))


def write(path: str, findings: Iterable[Finding]) -> int:
    """Write the baseline atomically (a temporary file renamed over ``path``); returns the entry count."""
    root = root_of(path)
    counts = Counter(key(f, root) for f in findings)
    entries = [
        {"rule": rule, "file": file, **({"doc": doc} if doc else {}), "text": text, **({"count": n} if n > 1 else {})}
        for (rule, file, doc, text), n in sorted(counts.items())
    ]
    payload = json.dumps({"quotecli_baseline": VERSION, "findings": entries}, ensure_ascii=False, indent=1) + "\n"
    atomic_write(path, payload)
    return sum(counts.values())


def atomic_write(path: str, content: str) -> None:
    """Replace ``path`` with ``content`` all at once: a reader never sees half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".quotecli-", suffix=".tmp", dir=folder)
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _mode_for(path: str) -> int:
    """The existing file's permissions, else what a plain ``open`` would give (mkstemp's are 0600)."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def read(path: str) -> Counter:
    """The baseline's keys with their counts; a :class:`BaselineError` when the file is not one."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (write one with --write-baseline)") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a quotecli baseline: invalid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("quotecli_baseline") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a quotecli baseline (expected {{\"quotecli_baseline\": {VERSION}, \"findings\": [...]}})")
    counts: Counter = Counter()
    for number, entry in enumerate(data["findings"], 1):
        fields = ("rule", "file", "text")
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
            raise BaselineError(f"{path}: entry {number} needs string fields rule, file and text")
        count = entry.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise BaselineError(f"{path}: entry {number}: count must be a positive whole number")
        counts[(entry["rule"], entry["file"], str(entry.get("doc", "")), entry["text"])] += count
    return counts


@dataclass
class Filtered:
    new: list[Finding]
    matched: int


def filter_new(findings: Sequence[Finding], baseline: Counter, root: str = "") -> Filtered:
    """The findings the baseline (read from a file in folder ``root``) does not account for, and how many it did."""
    remaining = Counter(baseline)
    new: list[Finding] = []
    matched = 0
    for finding in findings:
        k = key(finding, root)
        if remaining[k] > 0:
            remaining[k] -= 1
            matched += 1
        else:
            new.append(finding)
    return Filtered(new, matched)
