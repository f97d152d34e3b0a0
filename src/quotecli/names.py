"""Personal names as comparison keys: folding, tokens, particles, edit distance.

Extraction (``extract/people.py``), speaker resolution and the name checks all
need to decide when two written names are "the same name": ``López Obrador`` and
``Lopez Obrador`` are (one lacks the accents), ``Biden’s`` and ``Biden`` are (a
possessive), ``Andres Manual`` and ``Andres Manuel`` are *almost* (one letter).
This module turns a written name into folded word keys and offers the few
measures the rules are built on. It never changes a text a user sees: it only
produces keys.

    >>> name_tokens("Mexican President Andrés Manuel López Obrador’s")
    ('mexican', 'president', 'andres', 'manuel', 'lopez', 'obrador')
    >>> name_key("Andrés Manuel López Obrador") == name_key("Andres Manuel Lopez Obrador")
    True
    >>> edit_distance("manual", "manuel")
    1

Titles are not removed here (use :func:`split_title`); possessives are.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Iterable, Optional, Sequence

import regex

from . import lexicon

_MARKS = regex.compile(r"\p{Mn}+")
_APOSTROPHES = regex.compile(r"['’ʼ`´]")
_POSSESSIVE = regex.compile(r"(?:['’ʼ]s|(?<=s)['’ʼ])$", regex.IGNORECASE)
# Words of a name: letters with inner apostrophes; hyphens and dots separate words.
_NAME_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*")
_SPACE_SEPARATED = regex.compile(r"\S+")


@functools.lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """``text`` without accents, case or apostrophes: ``Ka’Loni López`` → ``kaloni lopez``.

    Letters that do not decompose (``ø``, ``ł``) are kept as they are: a key
    only has to be equal for equal names, not be ASCII.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return _APOSTROPHES.sub("", _MARKS.sub("", decomposed)).casefold()


@functools.lru_cache(maxsize=131072)
def strip_accents(text: str) -> str:
    """``text`` without diacritics but with its case: ``López`` → ``Lopez``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed))


def has_accents(text: str) -> bool:
    """Whether ``text`` carries a diacritic that :func:`strip_accents` would drop."""
    return strip_accents(text) != unicodedata.normalize("NFC", text)


def strip_possessive(name: str) -> str:
    """``Biden’s`` → ``Biden``; ``Cienfuegos’`` → ``Cienfuegos``; other names unchanged."""
    stripped = name.rstrip()
    if not stripped.endswith(("s", "S", "'", "’", "ʼ")):
        return stripped     # the common case, cheaper than a regex
    return _POSSESSIVE.sub("", stripped)


@functools.lru_cache(maxsize=131072)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, without a possessive or a generational suffix.

    Hyphens and the dots of initials separate words, so ``Jean-Pierre`` and
    ``Jean Pierre`` agree and ``W.`` is the word ``w``. ``Jr.``/``Sr.``/``III``
    are dropped because a copy desk writes them inconsistently.
    """
    words = [fold(word) for word in _NAME_WORD.findall(strip_possessive(name))]
    suffixes = lexicon.words("people_name_suffixes")
    while len(words) > 1 and words[-1] in suffixes:
        words.pop()
    return tuple(w for w in words if w)


def name_key(name: str) -> str:
    """One folded string for a name: equal keys mean "the same name, bar accents and case"."""
    return " ".join(name_tokens(name))


def is_particle(word: str) -> bool:
    """Whether ``word`` is a name particle (``de``, ``van``, ``bin``) written inside names."""
    return fold(word) in lexicon.words("particles")


def is_initial(token: str) -> bool:
    """A one-letter word of a folded name (``w`` of ``George W. Bush``)."""
    return len(token) == 1


def core_tokens(tokens: Sequence[str]) -> tuple[str, ...]:
    """The tokens of a folded name without particles and initials (what identifies it)."""
    particles = lexicon.words("particles")
    return tuple(t for t in tokens if t not in particles and not is_initial(t))


def initials(tokens: Sequence[str]) -> str:
    """The acronym a name would give: ``andres manuel lopez obrador`` → ``amlo``."""
    return "".join(t[0] for t in core_tokens(tokens))


def edit_distance(a: str, b: str, limit: Optional[int] = None) -> int:
    """Levenshtein distance with adjacent transpositions counted as one edit.

    With ``limit``, returns ``limit + 1`` as soon as the distance is known to
    exceed it, so comparing two long different names stays cheap.
    """
    if a == b:
        return 0
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if limit is not None and min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def token_budget(a: str, b: str) -> int:
    """How many edits may turn word ``a`` into ``b`` and still be "the same word misspelt".

    Short words change meaning with one letter (``Jong Un``/``Jong Il``,
    ``Al``/``Ali``), so the longer word needs four letters for one edit
    (``Jon``/``John``), the shorter one at least three; two edits need eight
    letters in both (``Willis``/``Williams``, ``Collier``/``Collins`` are
    different surnames).
    """
    shorter, longer = sorted((len(a), len(b)))
    if shorter < 3:
        return 0
    if shorter >= 8:
        return 2
    if longer >= 4:
        return 1
    return 0


def spelling_distance(a: Sequence[str], b: Sequence[str]) -> Optional[int]:
    """Total edits between two folded names that differ only by misspelt words.

    ``None`` when they are not spelling variants of each other: a different
    number of words, a differing initial or particle, a word changed beyond
    :func:`token_budget`, or more than two edits in total. Equal names give 0.
    """
    if len(a) != len(b):
        return None
    return _spelling_distance(tuple(a), tuple(b))


@functools.lru_cache(maxsize=65536)
def _spelling_distance(a: tuple[str, ...], b: tuple[str, ...]) -> Optional[int]:
    """:func:`spelling_distance`, memoised: a blocking group weighs the same pairs of names
    in both orders, and the same names meet again in other groups."""
    total = 0
    particles = lexicon.words("particles")
    for x, y in zip(a, b):
        if x == y:
            continue
        if is_initial(x) or is_initial(y) or x in particles or y in particles:
            return None
        distance = word_variant_distance(x, y)
        if not distance:
            return None
        total += distance
        if total > 2:
            return None
    return total


def spelling_blocks(tokens: Sequence[str]) -> tuple[tuple, ...]:
    """Blocking keys under which every possible spelling variant of a name also files.

    Two names that :func:`spelling_distance` can accept share at least one key:
    a name with one word changed shares the key where that word is a wildcard;
    a name with two words changed by one substitution each shares the "shape"
    key (first letter, last letter and length of every word). Rules group by
    these keys instead of comparing every pair of names of a corpus.
    """
    return _spelling_blocks(tuple(tokens))


@functools.lru_cache(maxsize=65536)
def _spelling_blocks(tokens: tuple[str, ...]) -> tuple[tuple, ...]:
    """:func:`spelling_blocks`, memoised: a document asks for the keys of the same names often."""
    keys = [("w",) + tokens[:i] + ("*",) + tokens[i + 1:] for i in range(len(tokens))]
    keys.append(("s",) + tuple((t[0], t[-1], len(t)) for t in tokens))
    return tuple(keys)


def dropped_prefix(a: str, b: str) -> bool:
    """Whether one folded word is the other without a glued surname prefix of
    ``name_prefixes.txt``: ``donnell`` / ``odonnell``, ``donald`` / ``mcdonald``."""
    short, long = sorted((a, b), key=len)
    prefix = long[:len(long) - len(short)]
    return bool(short) and long.endswith(short) and prefix in lexicon.words("name_prefixes") and len(short) >= (
        _rest_after(prefix))


VOWEL_PREFIX_REST = 5   # letters after a syllable prefix ("la", "de", "di"): Diana / Ana are two names


def _rest_after(prefix: str) -> int:
    """Letters a surname needs after a glued prefix to be that surname without it: three
    ("Donnell"), five after a syllable ending in a vowel that also starts given names
    ("Calamita" for LaCalamita, not "Ana" for Diana)."""
    return VOWEL_PREFIX_REST if len(prefix) > 1 and prefix[-1] in "aeiou" else 3


def word_variant_distance(a: str, b: str) -> int:
    """Edits between two folded words read as one word misspelt, 0 when they are not variants.

    One or two edits within :func:`token_budget` (a transposition is one edit:
    ``kowalcyzk`` / ``kowalczyk``), both starting with the same letter, or with two
    letters one sound is transliterated by (``name_transliterations.tsv``: ``karolos`` /
    ``carolos``, ``ilias`` / ``elias``, ``giannis`` / ``yiannis``: a first letter changed otherwise makes another
    word, Hollywood / Bollywood); or a dropped prefix (``donnell`` / ``odonnell``),
    counted as one edit.
    """
    if a == b:
        return 0
    if dropped_prefix(a, b):
        return 1
    budget = token_budget(a, b)
    if not budget or a[0] != b[0] and not _transliterated_start(a, b):
        return 0
    distance = edit_distance(a, b, limit=budget)
    return distance if distance <= budget else 0


def _transliterated_start(a: str, b: str) -> bool:
    """Whether two words that start with different letters are one name transliterated two
    ways: they share a skeleton and one first letter is the other's skeleton ("k" for "c",
    "i" for "e"), not two letters that only meet in a third ("candy" / "handy": both "k")."""
    return (bool(transliteration_skeletons(a) & transliteration_skeletons(b))
            and (b[0] in transliteration_skeletons(a[0]) or a[0] in transliteration_skeletons(b[0])
                 or _same_first_sound(a, b) or _same_first_sound(b, a)))


def _same_first_sound(a: str, b: str) -> bool:
    """Whether the sequence of the table that opens ``a`` and as many letters of ``b`` have
    the same first skeleton ("gi" and "yi": "ii", as in "Giannis" / "Yiannis"), where either
    letter alone is no other's skeleton. Only the first skeleton of a row counts: "h" may be
    read "k" after "c", but "candy" and "handy" do not start alike."""
    rows = _correspondences()
    length = next((len(w) for w, at_end, _ in rows if not at_end and a.startswith(w)), 1)
    return length > 1 and _first_skeleton(a[:length]) == _first_skeleton(b[:length])


def _first_skeleton(word: str) -> str:
    """A short word read with the first skeleton of each row of the table."""
    out, i = [], 0
    while i < len(word):
        for written, at_end, skeletons in _correspondences():
            if word.startswith(written, i) and not at_end:
                out.append(skeletons[0])
                i += len(written)
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def deletion_keys(word: str) -> tuple[str, ...]:
    """Blocking keys of one word: itself, the word with any one letter deleted, and the
    word without a glued prefix. Two words one edit apart (a transposition included)
    or a dropped prefix apart share a key, so single words are compared only inside
    such small groups."""
    keys = {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}
    for prefix in lexicon.words("name_prefixes"):
        if word.startswith(prefix) and len(word) - len(prefix) >= _rest_after(prefix):
            keys.add(word[len(prefix):])
    return tuple(sorted(keys))


def moved_letter(a: str, b: str) -> bool:
    """Whether one letter of a folded word was typed two or more places away in the other
    ("klitchsko" / "klitschko"): the same letters, two edits apart, and equal once that letter
    is left out of each (so the two words share a :func:`deletion_keys` block)."""
    if len(a) != len(b) or sorted(a) != sorted(b) or edit_distance(a, b, limit=2) != 2:
        return False
    return bool(set(deletion_keys(a)) & set(deletion_keys(b)) - {a, b})


MAX_SKELETONS = 16        # skeletons of one word kept (a sequence written two ways doubles them)
_DOUBLED = regex.compile(r"(.)\1+")


@functools.lru_cache(maxsize=None)
def _correspondences() -> tuple[tuple[str, bool, tuple[str, ...]], ...]:
    """The rows of ``name_transliterations.tsv`` as (sequence, at word end only, skeletons),
    the longest sequence first so that "kh" is read before "h"."""
    rows = []
    for written, skeletons in lexicon.table("name_transliterations").items():
        rows.append((written.rstrip("$"), written.endswith("$"), tuple(s for s in skeletons if s)))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]) - r[1], r[0])))


@functools.lru_cache(maxsize=65536)
def transliteration_skeletons(word: str) -> frozenset[str]:
    """The skeletons of a folded word: its letters with every sequence of
    ``name_transliterations.tsv`` replaced by its skeleton letters, a doubled letter of the
    word written once first (so "ie" stays two letters: Davies is not Davis). Transliterations of one name share a skeleton ("heydar" and "heidar": "hidar";
    "massoud" and "masoud": "masud"); the word itself is never compared letter by letter."""
    rows = _correspondences()
    word = _DOUBLED.sub(r"\1", word)
    found = [""]
    i = 0
    while i < len(word):
        for written, at_end, skeletons in rows:
            if word.startswith(written, i) and (not at_end or i + len(written) == len(word)):
                found = [f + s for f in found for s in skeletons][:MAX_SKELETONS]
                i += len(written)
                break
        else:
            found = [f + word[i] for f in found]
            i += 1
    return frozenset(found)


_SKELETON_VOWELS = regex.compile(r"[aiu]")


@functools.lru_cache(maxsize=65536)
def consonant_skeletons(word: str) -> frozenset[str]:
    """The skeletons of :func:`transliteration_skeletons` without their vowels after the
    first letter: short vowels a script does not write are spelt, dropped or added as each
    outlet hears them ("mahnefeh" / "mahnefah", "bireuen" / "bireun", "khaldin" / "khaledin")."""
    return frozenset(s[:1] + _SKELETON_VOWELS.sub("", s[1:]) for s in transliteration_skeletons(word))


def without_articles(tokens: Sequence[str]) -> tuple[str, ...]:
    """A folded name's words without the articles transliterations add or drop
    (``name_transliteration_particles.txt``: "al", "el"): "muammar al qaddafi" → "muammar qaddafi"."""
    particles = lexicon.words("name_transliteration_particles")
    return tuple(t for t in tokens if t not in particles)


def transliteration_variant(a: Sequence[str], b: Sequence[str], loose: bool = False) -> bool:
    """Whether two different folded names (token tuples) are one name transliterated two
    ways: once the articles of ``name_transliteration_particles.txt`` are left out
    ("al qaddafi" / "gadhafi"), the same number of words, and every differing pair of words
    sharing a skeleton (:func:`transliteration_skeletons`): "binyamin netanyahu" /
    "benjamin netanyahu", "yassir arafat" / "yasser arafat". A letter changed outside the
    table ("barack" / "barick") is no transliteration, whatever each article writes.
    ``loose`` also accepts :func:`consonant_skeletons` in common (any vowel may differ, bar
    an added "y": "jerymayne" is a typing slip): for names no English word list holds,
    where a changed vowel is an outlet's ear, not a slip."""
    a, b = without_articles(a), without_articles(b)
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or transliteration_skeletons(x) & transliteration_skeletons(y)
               or loose and x.count("y") == y.count("y") and consonant_skeletons(x) & consonant_skeletons(y)
               for x, y in zip(a, b))


def is_short_form(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether ``short`` is a shortened writing of ``full``.

    A contiguous run of its words (``biden`` of ``joe biden``, ``lopez obrador``
    of ``andres manuel lopez obrador``) or the same name without middle names
    and initials (``mark heller`` of ``mark jay heller``).
    """
    short, full = tuple(short), tuple(full)
    if not short or len(short) > len(full):
        return False
    n = len(short)
    if any(full[i:i + n] == short for i in range(len(full) - n + 1)):
        return True
    return n >= 2 and short[0] == full[0] and short[-1] == full[-1] and _subsequence(short, full)


def same_person(a: Sequence[str], b: Sequence[str], genders_a: Iterable[str] = (),
                genders_b: Iterable[str] = ()) -> bool:
    """Whether two folded names can name one person: equal, one a short form of the other,
    or an initial against the word it stands for; and no title gender against it ("Mr Jenkin" and "Miss Jenkin" are two people).

    This is the test people aggregation merges on (when exactly one full name fits).
    """
    if genders_conflict(genders_a, genders_b):
        return False
    a, b = tuple(a), tuple(b)
    return a == b or is_short_form(a, b) or is_short_form(b, a) or _initials_agree(a, b)


def _initials_agree(a: Sequence[str], b: Sequence[str]) -> bool:
    """The same words, but an initial where the other writes the word out ("Lina J. Sosa",
    "Lina Jane Sosa")."""
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or (is_initial(x) or is_initial(y)) and x[0] == y[0] for x, y in zip(a, b))


def _subsequence(short: Sequence[str], full: Sequence[str]) -> bool:
    it = iter(full)
    return all(any(t == f for f in it) for t in short)


def title_words(text: str) -> list[str]:
    """The words of ``text`` with a modifier prefix split off: ``then-President`` → ``then``, ``President``."""
    modifiers = lexicon.words("people_title_modifiers")
    words: list[str] = []
    for word in text.split():
        head, dash, rest = word.partition("-")
        if dash and rest and head.lower() in modifiers:
            words.extend((head, rest))
        else:
            words.append(word)
    return words


def split_title(name: str) -> tuple[tuple[str, ...], str]:
    """``("President",), "Joe Biden"`` for ``President Joe Biden``: leading titles apart,
    as written (``then-President``).

    Recognises the entries of ``titles.txt`` and the modifiers of
    ``people_title_modifiers.txt`` (``former``, ``Mexican``, ``then-``) in front
    of them, case-insensitively; for names given by other modules (speakers).
    The rest is returned with its words joined by single spaces.
    """
    spans = _title_word_spans(name)
    words = [name[a:b] for a, b in spans]
    titles: list[str] = []
    i = 0
    while i < len(words) - 1:
        n = title_length(words, i)
        if not n or n >= len(words) - i:
            break
        titles.append(name[spans[i][0]:spans[i + n - 1][1]])
        i += n
    return tuple(titles), " ".join(words[i:])


def _title_word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the words of :func:`title_words` in ``text``."""
    modifiers = lexicon.words("people_title_modifiers")
    spans: list[tuple[int, int]] = []
    for match in _SPACE_SEPARATED.finditer(text):
        head, dash, rest = match.group().partition("-")
        if dash and rest and head.lower() in modifiers:
            spans.append((match.start(), match.start() + len(head)))
            spans.append((match.start() + len(head) + 1, match.end()))
        else:
            spans.append(match.span())
    return spans


def title_length(words: Sequence[str], i: int = 0) -> int:
    """How many words from ``words[i]`` on form a title with its modifiers (0: none).

    ``["former", "Mexican", "Defense", "Minister", "Salvador"]`` → 4.
    """
    if i >= len(words) or words[i].lower() not in title_vocabulary():
        return 0
    titles = lexicon.words("titles")
    modifiers = lexicon.words("people_title_modifiers")
    j = i
    while j < len(words) and words[j].lower() in modifiers:
        j += 1
    for n in range(min(4, len(words) - j), 0, -1):
        if " ".join(words[j:j + n]).lower() in titles:
            return j - i + n
    return 0


_NO_GENDER: frozenset[str] = frozenset()


def title_genders(titles: Sequence[str]) -> frozenset[str]:
    """The genders (``m``, ``f``) that the titles of a mention state (``Mrs.`` → ``f``).

    Reads ``people_title_gender.tsv``; the last word of a title decides
    ("former Congresswoman" → ``f``).
    """
    if not titles:
        return _NO_GENDER   # most mentions: no title at all
    table = lexicon.table("people_title_gender")
    found = set()
    for title in titles:
        words = title_words(title)
        if words and words[-1].lower() in table:
            found.add(table[words[-1].lower()][0])
    return frozenset(found)


def genders_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of genders (from :func:`title_genders`) exclude each other."""
    a, b = set(a), set(b)
    return bool(a and b and not a & b)


@functools.lru_cache(maxsize=None)
def title_vocabulary() -> frozenset[str]:
    """Every single word of a title or a title modifier, lower case (a quick first test)."""
    return frozenset(word for name in ("titles", "people_title_modifiers")
                     for entry in lexicon.words(name) for word in entry.split())


__all__ = [
    "fold",
    "without_articles",
    "strip_accents",
    "has_accents",
    "strip_possessive",
    "name_tokens",
    "name_key",
    "is_particle",
    "is_initial",
    "core_tokens",
    "initials",
    "edit_distance",
    "token_budget",
    "spelling_distance",
    "spelling_blocks",
    "dropped_prefix",
    "word_variant_distance",
    "deletion_keys",
    "transliteration_skeletons",
    "consonant_skeletons",
    "transliteration_variant",
    "is_short_form",
    "same_person",
    "title_words",
    "split_title",
    "title_length",
    "title_vocabulary",
    "title_genders",
    "genders_conflict",
]
