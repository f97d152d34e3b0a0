"""Paragraphs and sentences, as offset pairs into the document text.

Paragraphs are blocks separated by blank lines; a text with no blank line at all
(one paragraph per line, as many scrapers write) takes every line as a paragraph.
Sentences end at ``.``, ``!`` or ``?`` (with any closing quotes and brackets
after it) followed by white space and a capital, a digit or an opening quote,
except after an abbreviation from ``lexicon/abbreviations.txt`` ("Sen.",
"Dec.", "R-S.C.") or an initial ("Andrew I. Rudman").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import lexicon

_BLANK_LINE = regex.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n\s*")
_LINE = regex.compile(r"\n\s*")
# The pattern starts with the sentence-ending character itself (not a lookbehind),
# so the scanner jumps from one ``.!?…`` to the next instead of trying every offset.
_BOUNDARY = regex.compile(
    r"""[.!?…]["'”’»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])"""
)
# The letters and dots right before a full stop, read backwards from it.
_TOKEN_BEFORE = regex.compile(r"([\p{L}.]+)\.\Z", regex.REVERSE)
_ABBREVIATIONS = lexicon.words("abbreviations")
_NUMBER_NEXT = regex.compile(r"\s*\d")  # "No. 5": an abbreviation before a number
_PLAIN_WORD_ABBREVIATIONS = {"a.m", "p.m", "e.g", "i.e", "etc", "vs", "v", "approx"}


@dataclass(frozen=True)
class Segments:
    """Paragraph and sentence boundaries, each a sorted list of ``(start, end)``."""

    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]

    def _find(self, spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        if i >= 0 and spans[i][0] <= offset < max(spans[i][1], spans[i][0] + 1):
            return spans[i]
        return (offset, offset)

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        """The paragraph containing ``offset`` (an empty span between paragraphs)."""
        return self._find(self.paragraphs, offset)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence containing ``offset`` (an empty span between sentences)."""
        return self._find(self.sentences, offset)

    def paragraph_index(self, offset: int) -> int:
        """Index of the paragraph at or before ``offset``."""
        return bisect.bisect_right(self.paragraphs, (offset, float("inf"))) - 1


def _blocks(text: str, separator: "regex.Pattern[str]") -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in separator.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    if _BLANK_LINE.search(text):
        return _blocks(text, _BLANK_LINE)
    return _blocks(text, _LINE)


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    match = _TOKEN_BEFORE.search(text, max(0, stop - 20), stop + 1)
    if not match:
        return False
    token = match.group(1)
    bare = token.rstrip(".")
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "Andrew I. Rudman"
    if "." in bare and all(len(part) <= 2 for part in bare.split(".")):
        # "U.S.", "R-S.C." ("S.C" after the hyphen), "a.m.": dotted letter groups.
        return bare.split(".")[-1].isalpha()
    lower = bare.split("-")[-1].lower()
    if lower in ("no", "nos"):
        return bool(_NUMBER_NEXT.match(text, stop + 1, stop + 4))
    if lower in _ABBREVIATIONS:
        return bare[:1].isupper() or lower in _PLAIN_WORD_ABBREVIATIONS
    return False


def sentences(text: str, paragraph_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans:
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            stop = match.start()
            if text[stop] == "." and _is_abbreviation(text, stop):
                continue
            end = match.end()
            spans.append(_trim(text, start, end))
            start = end
        if text[start:p_end].strip():
            spans.append(_trim(text, start, p_end))
    return [s for s in spans if s[1] > s[0]]


def segment(text: str) -> Segments:
    paras = paragraphs(text)
    return Segments(paragraphs=paras, sentences=sentences(text, paras))
