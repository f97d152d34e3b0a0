"""Is this an English word (or a name common enough to be a word of its own)?

A rule that reads every capitalised word needs to know "Raising", "Titter" and
"Bennet" from "Cheslea": the first are words or names in their own right, so
one letter away from another word is no slip. We do not write an English
dictionary: pyspellchecker ships a word-frequency list of about 160,000 English
words and common names, built from open subtitles and Wiktionary. It is loaded
once per process, and only when a rule first asks (about 0.2 s), into a set of
its words: a rule asks about a million times over a large corpus, and the
library's own lookup (decoding, lower-casing and a counter per call) cost about
a second of that.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The list's words (lower case: the list is not case-sensitive) with a frequency."""
    from spellchecker import SpellChecker

    frequencies = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word, count in frequencies.items() if count > 0)


def known(word: str) -> bool:
    """Whether ``word`` (folded, lower case) is in the English word list."""
    return word.lower() in _words()


def unknown(words: list[str]) -> int:
    """How many of ``words`` (folded, lower case) are not in the English word list: ``known``
    of each, counted by C loops (QC105 counts the words around every rare capitalised word)."""
    return len(words) - sum(map(_words().__contains__, map(str.lower, words)))


__all__ = ["known", "unknown"]
