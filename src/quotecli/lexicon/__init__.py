"""Word lists the rules read: one readable text file per list, next to this module.

A list file holds one entry per line; ``#`` starts a comment; blank lines are
ignored. A ``.tsv`` file maps its first column to the rest. Lists are read once.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Iterable

import regex


def _lines(filename: str) -> list[str]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


@functools.lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``<name>.txt`` in file order."""
    return tuple(_lines(f"{name}.txt"))


@functools.lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` as a set, lower-cased for look-ups."""
    return frozenset(entry.lower() for entry in entries(name))


@functools.lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """``<name>.tsv`` as a mapping from its (lower-cased) first column to the other columns."""
    mapping: dict[str, tuple[str, ...]] = {}
    for line in _lines(f"{name}.tsv"):
        cells = [cell.strip() for cell in line.split("\t")]
        mapping[cells[0].lower()] = tuple(cells[1:])
    return mapping


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words`` factored as a trie: "Se(?:c|n)" for "Sec", "Sen".

    It matches what the longest-first list of the words matches, but the regex
    engine reads each character once instead of trying every word in turn at
    every position, which is what keeps the extractors' scans fast on long lists.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [regex.escape(char) + emit(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?"  # greedy: the longer word first, as in a longest-first list

    return emit(trie)
