"""Planting kinds for the name recall probe: the shapes of real misspellings the name rules miss.

``benchmarks/inject.py --kinds name`` plants one changed letter in a full name.
Real, unplanted misspellings in news have other shapes (issue 9); each kind here
plants one of them, in an article of a same-event cluster, where the right form is
still written elsewhere in the cluster:

- ``surname-alone``: a surname written alone ("Hutchings said") misspelt, the person's
  full name used in the cluster;
- ``transposition``: two neighbouring letters of a full name swapped ("Kowalcyzk");
- ``doubled``: a letter of a full name doubled, or a doubled letter written once
  ("Hollick" / "Hollik");
- ``prefix``: a glued prefix or a particle dropped from a surname ("Donnell" for
  O'Donnell, "Charles Gaulle" for Charles de Gaulle);
- ``given``: a given name replaced by another real given name one letter away, with
  the same first letter ("Carl" for Carla);
- ``place``: a place, street, team or organisation misspelt ("Albequerque",
  "Elmswood Avenue").

Each planter takes the people extraction of a cluster (``Extraction`` per article)
and a random generator, and returns ``(article index, new text, start, end, what)``
or None when the cluster has nothing of that shape.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Callable, Optional

import regex

from quotecli import lexicon
from quotecli.extract.places import extract_places
from quotecli.names import deletion_keys, edit_distance, fold, name_tokens

Planting = tuple[int, str, int, int, str]
VOWELS = "aeiou"
CONSONANTS = "bcdfghklmnprstvz"
MIN_LETTERS = 4          # words shorter than this are not misspelt (too few to tell apart)


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def misspell(word: str, rng: random.Random, how: str) -> Optional[str]:
    """``word`` with one typing slip of kind ``how`` inside it (never its first letter):
    ``transpose``, ``double``, ``drop`` or ``substitute``; None if the word allows none."""
    inner = range(1, len(word) - 1)
    if how == "transpose":
        spots = [i for i in inner if word[i] != word[i + 1] and word[i + 1].islower()]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if how == "double":
        doubled = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
        if doubled and rng.random() < 0.5:
            i = rng.choice(doubled)
            return word[:i] + word[i + 1:]
        spots = [i for i in range(1, len(word)) if word[i].islower() and word[i] != word[i - 1]]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i] + word[i:]
    if how == "drop":
        spots = [i for i in inner if word[i].islower()]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i + 1:]
    spots = [i for i in inner if word[i].islower()]
    if not spots:
        return None
    i = rng.choice(spots)
    pool = VOWELS if word[i] in VOWELS else CONSONANTS
    return word[:i] + rng.choice([c for c in pool if c != word[i]]) + word[i + 1:]


SLIPS = ("transpose", "double", "drop", "substitute")


def _full_counts(ex: list) -> Counter:
    return Counter(m.text for e in ex for m in e.people if m.form == "full" and len(m.text.split()) >= 2)


def _plant_in_word(ex: list, i: int, start: int, end: int, rng: random.Random, hows) -> Optional[Planting]:
    """Misspell one word of ``ex[i]``'s text between ``start`` and ``end``."""
    text = ex[i].document.text
    words = [w for w in regex.finditer(rf"\p{{Lu}}\p{{Ll}}{{{MIN_LETTERS - 1},}}", text[start:end])]
    if not words:
        return None
    word = rng.choice(words)
    new = misspell(word.group(), rng, rng.choice(hows))
    if new is None or new == word.group():
        return None
    a, b = start + word.start(), start + word.end()
    changed = _replace(text, a, b, new)
    return i, changed, start, end + len(new) - len(word.group()), f"{text[start:end]!r} -> {changed[start:end + len(new) - len(word.group())]!r}"


def _pick(candidates: list, rng: random.Random):
    return rng.choice(candidates) if candidates else None


def plant_surname_alone(ex: list, rng: random.Random) -> Optional[Planting]:
    fulls = _full_counts(ex)
    full_names = {name_tokens(t) for t in fulls}
    candidates = [(i, m) for i, e in enumerate(ex) for m in e.people
                  if m.form == "surname" and len(m.text.split()) == 1 and len(m.text) >= MIN_LETTERS
                  and any(t[-1] == fold(m.text) for t in full_names)]
    chosen = _pick(sorted(candidates, key=lambda c: (c[0], c[1].start)), rng)
    if chosen is None:
        return None
    i, m = chosen
    return _plant_in_word(ex, i, m.start, m.end, rng, SLIPS)


def _repeated_full(ex: list) -> list:
    counts = _full_counts(ex)
    return sorted(((i, m) for i, e in enumerate(ex) for m in e.people
                   if m.form == "full" and len(m.text.split()) >= 2 and counts[m.text] >= 3),
                  key=lambda c: (c[0], c[1].start))


def plant_transposition(ex: list, rng: random.Random) -> Optional[Planting]:
    chosen = _pick(_repeated_full(ex), rng)
    return None if chosen is None else _plant_in_word(ex, chosen[0], chosen[1].start, chosen[1].end, rng,
                                                      ("transpose",))


def plant_doubled(ex: list, rng: random.Random) -> Optional[Planting]:
    chosen = _pick(_repeated_full(ex), rng)
    return None if chosen is None else _plant_in_word(ex, chosen[0], chosen[1].start, chosen[1].end, rng,
                                                      ("double",))


_PREFIXED = regex.compile(r"(?<![\p{L}'’])(O['’]|Mc|Mac|D['’]|Fitz)(?=\p{Lu})")


def plant_prefix(ex: list, rng: random.Random) -> Optional[Planting]:
    """A glued prefix dropped (O'Donnell → Donnell) in a mention, or a particle word dropped
    from a full name (Charles de Gaulle → Charles Gaulle), the other mentions left as they are."""
    particles = lexicon.words("particles")
    counts = Counter(name_tokens(m.text)[-1] for e in ex for m in e.people if name_tokens(m.text))
    candidates = []
    for i, e in enumerate(ex):
        text = e.document.text
        for m in e.people:
            if counts[name_tokens(m.text)[-1]] < 3 if name_tokens(m.text) else True:
                continue
            for match in _PREFIXED.finditer(text, m.start, m.end):
                if len(text) > match.end() + 2:
                    candidates.append((i, m.start, m.end, match.start(), match.end()))
            words = list(regex.finditer(r"\S+", text[m.start:m.end]))
            for w in words[1:-1]:
                if w.group() in particles:      # written in lower case inside the name
                    a, b = m.start + w.start(), m.start + w.end() + 1
                    candidates.append((i, m.start, m.end, a, b))
    chosen = _pick(sorted(candidates), rng)
    if chosen is None:
        return None
    i, start, end, a, b = chosen
    text = ex[i].document.text
    changed = _replace(text, a, b, "")
    new_end = end - (b - a)
    return i, changed, start, new_end, f"{text[start:end]!r} -> {changed[start:new_end]!r}"


def _given_neighbours() -> dict[str, list[str]]:
    """Every real given name (``people_given_names.txt``) and the others one edit from it
    with the same first letter (Carl / Carla, Mark / Mary), through one-deletion keys."""
    given = sorted(g for g in lexicon.words("people_given_names") if len(g) >= 3)
    by_key: dict[str, set[str]] = {}
    for name in given:
        for key in deletion_keys(name):
            by_key.setdefault(key, set()).add(name)
    neighbours: dict[str, list[str]] = {}
    for name in given:
        near = {g for key in deletion_keys(name) for g in by_key[key]       # a slip keeps the first letter
                if g != name and g[0] == name[0] and edit_distance(g, name, limit=1) == 1}
        if near:
            neighbours[name] = sorted(near)
    return neighbours


def plant_given(ex: list, rng: random.Random) -> Optional[Planting]:
    neighbours = _given_neighbours()
    candidates = [(i, m) for i, m in _repeated_full(ex) if fold(m.text.split()[0]) in neighbours]
    chosen = _pick(candidates, rng)
    if chosen is None:
        return None
    i, m = chosen
    text = ex[i].document.text
    first = m.text.split()[0]
    start = text.index(first, m.start)
    other = rng.choice(neighbours[fold(first)]).capitalize()
    changed = _replace(text, start, start + len(first), other)
    new_end = m.end + len(other) - len(first)
    return i, changed, m.start, new_end, f"{m.text!r} -> {changed[m.start:new_end]!r}"


def plant_place(ex: list, rng: random.Random) -> Optional[Planting]:
    found = [(i, p) for i, e in enumerate(ex) for p in extract_places(e.document, e.people)]
    counts = Counter(p.text for _, p in found)
    candidates = sorted(((i, p) for i, p in found if counts[p.text] >= 3 and
                         any(len(w) >= 5 for w in p.text.split())), key=lambda c: (c[0], c[1].start))
    chosen = _pick(candidates, rng)
    return None if chosen is None else _plant_in_word(ex, chosen[0], chosen[1].start, chosen[1].end, rng, SLIPS)


PLANTERS: dict[str, Callable] = {
    "surname-alone": plant_surname_alone,
    "transposition": plant_transposition,
    "doubled": plant_doubled,
    "prefix": plant_prefix,
    "given": plant_given,
    "place": plant_place,
}
EXPECTED: dict[str, tuple[str, ...]] = {
    "surname-alone": ("name-spelling",),
    "transposition": ("name-spelling",),
    "doubled": ("name-spelling",),
    "prefix": ("name-spelling", "name-form"),
    "given": ("name-spelling",),
    "place": ("place-spelling",),
}
