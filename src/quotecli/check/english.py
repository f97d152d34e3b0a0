"""Is this an English word (or a name common enough to be a word of its own)?

A rule that reads every capitalised word needs to know "Raising", "Titter" and
"Bennet" from "Cheslea": the first are words or names in their own right, so
one letter away from another word is no slip. We do not write an English
dictionary: pyspellchecker ships a word-frequency list of about 160,000 English
words and common names, built from open subtitles and Wiktionary. It is loaded
once per process, and only when a rule first asks (about 0.2 s).
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _frequencies():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


def known(word: str) -> bool:
    """Whether ``word`` (folded, lower case) is in the English word list."""
    return _frequencies()[word] > 0


__all__ = ["known"]
