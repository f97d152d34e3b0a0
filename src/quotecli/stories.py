"""The stories of one file: a single article, or the several short stories of a digest page.

A digest page (a press round-up, a newsletter) holds several unrelated short
stories in one file, each closed by a line crediting where it came from
("Source:", "Source: Reuters", "Via: The Guardian": the words of
``lexicon/digest_closers.txt`` followed by a colon, on a short line of their
own). What the rules take as "one article" — forms that must agree because
one writer wrote them side by side — is then one story of the page, not the
page: two stories spelling a place two ways ("Falluja" in one outlet's item,
"Fallouja" in another's) are two outlets, each consistent with itself.

A file is a digest when it has ``MIN_CLOSERS`` closing lines or more and each
closes a story of ``MIN_STORY_WORDS`` words or more; one "Source: AP" line at
the end of an article, or two credits under a chart, make no digest. Each
story runs from the line after the previous closing line to the end of its
own; text after the last one (a subscription note) is a story of its own.
"""

from __future__ import annotations

import functools

import regex

from . import lexicon

MIN_CLOSERS = 2           # closing lines that make a file a digest
MIN_STORY_WORDS = 40      # words of the story each closing line ends (a caption credit ends none)
MAX_CLOSER_WORDS = 8      # words after the colon of a closing line ("Source: The Associated Press")

_WORD = regex.compile(r"[\p{L}\p{N}]+")


@functools.lru_cache(maxsize=None)
def _closer() -> "regex.Pattern[str]":
    words = "|".join(sorted((regex.escape(w) for w in lexicon.words("digest_closers")), key=len, reverse=True))
    return regex.compile(rf"(?mi)^[ \t]*(?:{words})[ \t]*:[ \t]*([^\n]*?)[ \t]*$")


@functools.lru_cache(maxsize=1024)
def story_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each story of a text: ``((0, len(text)),)`` unless it is a digest page."""
    whole = ((0, len(text)),)
    ends: list[int] = []
    start = 0
    for match in _closer().finditer(text):
        if len(_WORD.findall(match.group(1))) > MAX_CLOSER_WORDS:
            continue
        if len(_WORD.findall(text, start, match.start())) < MIN_STORY_WORDS:
            return whole      # a credit under a caption or a chart, not a story's end
        ends.append(match.end())
        start = match.end()
    if len(ends) < MIN_CLOSERS:
        return whole
    spans, start = [], 0
    for end in ends:
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    else:
        spans[-1] = (spans[-1][0], len(text))
    return tuple(spans)


def story_index(text: str, offset: int) -> int:
    """Which story of ``text`` (``story_spans``) holds ``offset``: always 0 for one article."""
    for index, (_, end) in enumerate(story_spans(text)):
        if offset < end:
            return index
    return len(story_spans(text)) - 1


def story_text(text: str, offset: int) -> str:
    """The text of the story holding ``offset`` (the whole text for one article)."""
    spans = story_spans(text)
    if len(spans) == 1:
        return text
    start, end = spans[story_index(text, offset)]
    return text[start:end]


__all__ = ["story_spans", "story_index", "story_text"]
