"""Cheap anchors for the grammars: where a date may start (a run of digits, a time word), found
with plain scans so the full patterns are tried only around them (the speed of the extractor)."""

from __future__ import annotations

import functools
import re

from .words import _CONTEXT, _RELATIVE


def _literal_hits(text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every occurrence of some literal words as ``(start, end, word)``, in text order (plain
    tuples: a named one costs a Python call per hit). ``str.find`` per word is several
    times faster than a regex alternation of the words, which the engine tries at every
    position whose letter starts one of them (common letters: "s", "f", "m" …). Words that
    share a piece are found with one scan for the piece (:data:`_SHARED_PIECES`)."""
    hits = []
    for word in _scanned(words):
        i = text.find(word)
        shared = _SHARED_PIECES.get(word)
        while i >= 0:
            if shared is None:
                hits.append((i, i + len(word), word))
            else:
                for full, offset in shared:
                    if full in words and text.startswith(full, i - offset):
                        hits.append((i - offset, i - offset + len(full), full))
            i = text.find(word, i + 1)
    hits.sort()
    return hits


#: a piece → the words it is found in, with its offset in each: one scan finds both words
#: ("mor" in "tomorrow" and "morning", "um" in "summer" and "autumn")
_SHARED_PIECES: dict[str, tuple[tuple[str, int], ...]] = {
    "mor": (("omorrow", 1), ("morning", 0)),
    "um": (("summer", 1), ("autumn", 3)),
}


@functools.lru_cache(maxsize=None)
def _scanned(words: tuple[str, ...]) -> tuple[str, ...]:
    """The strings to scan for ``words``: a shared piece in place of the words it stands for."""
    covered = {full for piece, fulls in _SHARED_PIECES.items() for full, _ in fulls
               if all(f in words for f, _ in fulls)}
    pieces = [piece for piece, fulls in _SHARED_PIECES.items() if all(f in words for f, _ in fulls)]
    return tuple(w for w in words if w not in covered) + tuple(pieces)


def _literals(words) -> tuple[str, ...]:
    return tuple(sorted(set(words)))


# Speed: each pass below looks for a cheap anchor (a month or weekday name, a run of digits,
# a time word) with a plain regex Python scans fast (capturing groups or case-folding would
# slow it down tenfold); the full pattern is then tried only around the anchor, with
# ``match``/``search`` bounded to a few characters.
#: digits: a year, a numeric date, or the last digit of an ordinal ("the 15th": a day of the month)
_DIGIT_ANCHOR = re.compile(r"[0-9](?:[0-9][0-9][0-9]| ?/|-[0-9][0-9]?-[12]|(?:st|nd|rd|th)(?![\w-]))")


def _anchor_pieces() -> frozenset[str]:
    """The fewest substrings that occur in every relative phrase and "ago" expression: the
    time units, and the last word of each phrase (without its first letter when the phrase is
    one word, which may be capitalised: "Tomorrow")."""
    units = {"day", "week", "month", "year", "ago"}
    words = {p[1:] if " " not in p else p.split()[-1] for p in _RELATIVE} - set(_CONTEXT)
    words |= {p.split()[-2] for p in _RELATIVE if p.split()[-1] in _CONTEXT}
    pieces = units | words
    return frozenset(a for a in pieces if not any(b != a and b in a for b in pieces))


_PIECES = _anchor_pieces()
#: the most letters a word may have before its anchor ("yester" + "day")
_LONGEST_PREFIX = max(len(p) - len(a) for p in _RELATIVE for a in _PIECES if " " not in p and p.endswith(a))
