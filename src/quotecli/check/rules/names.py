"""QC101 name-spelling, QC102 name-accents, QC103 name-form: one person, several spellings.

All three work on the person mentions of the extractor (``extract/people.py``),
so only people are checked, never places or organisations, and compare names
through the keys of :mod:`quotecli.names`.

* **name-spelling** files every written name of two or more words under
  blocking keys (the name with one word replaced by a wildcard, and its "shape":
  first letter, last letter and length of each word). Two names that are one or
  two letters apart share a key, so a group holds every candidate variant of a
  name and nothing is compared across the whole corpus. Inside a group, a rare
  form close to a frequent one is reported, unless the evidence says two people:
  differing initials or particles, a gendered title that disagrees (Mr/Mrs),
  two known given names (Mark/Mary) without overwhelming counts, or articles
  that share no other name (two stories, two people).
* **name-accents** groups mentions by the person's folded name and reports,
  per article, the minority writing of a word that the corpus writes both with
  and without diacritics (López / Lopez).
* **name-form** groups surnames by their last word: a surname written alone that
  is only the end of a compound surname the corpus uses on its own ("Obrador"
  against "López Obrador"); and names by their sorted words: the same words in
  a swapped order.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable, Iterator, Sequence

import regex

from ... import lexicon
from ...document import Document
from ...names import (core_tokens, fold, genders_conflict, has_accents, name_key, name_tokens, spelling_blocks,
                      spelling_distance, title_genders)
from ...records import Extraction, PersonMention
from ..model import Finding, Location
from ..registry import register

MAX_RELATED = 5
MIN_MAJORITY = 2          # uses of the frequent form before a rare one is called a misspelling
MIN_RATIO = 2             # how many times more often the frequent form must be used
GIVEN_NAME_MAJORITY = 5   # two real given names (Mark/Mary): the Manuel-against-Manual evidence
MIN_CONTEXT = 8           # capitalised words an article needs before its story can be told apart
MIN_SHARED_NAMES = 3      # capitalised words two articles share to be about the same story
MAX_FORMS = 200           # distinct forms in one blocking group beyond which the key says nothing
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}")


@dataclass(frozen=True, eq=False)
class NameItem:
    """One mention of a person as the name rules see it."""

    document: Document
    mention: PersonMention
    tokens: tuple[str, ...]
    people: frozenset[str] = frozenset()   # the surname (last word) of every person of the article

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    def location(self) -> Location:
        return Location.of(self.document, self.mention.start, self.mention.end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.mention.start)


def _items(extraction: Extraction) -> Iterator[NameItem]:
    people = frozenset(name_tokens(m.name)[-1] for m in extraction.people if len(name_tokens(m.name)[-1]) > 1)
    for mention in extraction.people:
        if mention.form == "alias":
            continue
        tokens = name_tokens(mention.text)
        if tokens:
            yield NameItem(extraction.document, mention, tokens, people)


def _related(items: Iterable[NameItem], document: Document) -> list[Location]:
    """Up to ``MAX_RELATED`` locations, those in ``document`` first, then in corpus order."""
    ranked = sorted(items, key=lambda i: (i.document is not document, i.order()))
    return [i.location() for i in ranked[:MAX_RELATED]]


def _by_document(items: Iterable[NameItem]) -> list[tuple[Document, list[NameItem]]]:
    """The items per article, in corpus order (documents are not hashable: keyed by id)."""
    grouped: dict[tuple[str, str], list[NameItem]] = defaultdict(list)
    for item in sorted(items, key=NameItem.order):
        grouped[(item.document.path, item.document.id)].append(item)
    return [(mine[0].document, mine) for mine in grouped.values()]


def _written(items: Iterable[NameItem], prefer_accents: bool = True) -> str:
    """The most used writing of a group of mentions (accented first on a tie, if preferred)."""
    counts = Counter(i.mention.text for i in items)
    return min(counts, key=lambda w: (-counts[w], has_accents(w) != prefer_accents, w))


def _where(items: list[NameItem]) -> str:
    docs = len({i.document.id for i in items})
    times = "once" if len(items) == 1 else f"{len(items)} times"
    return f"{times} in {docs} article{'s' if docs != 1 else ''}"


# --- QC101 name-spelling ---------------------------------------------------------------

def spelling_map(extraction: Extraction) -> Iterator[tuple[Hashable, NameItem]]:
    for item in _items(extraction):
        if len(item.tokens) >= 2:
            for key in spelling_blocks(item.tokens):
                yield key, item


def _genders(items: Iterable[NameItem]) -> frozenset[str]:
    return frozenset(g for i in items for g in title_genders(i.mention.titles))


def is_misspelling(rare: Sequence[str], common: Sequence[str], n_rare: int, n_common: int,
                   same_article: bool = False, genders: tuple[Iterable[str], Iterable[str]] = ((), ())) -> int:
    """The number of edits (1 or 2) if ``rare`` reads as a misspelling of ``common``, else 0.

    ``n_rare``/``n_common`` are how often each form is used; ``same_article``
    whether both occur in one article; ``genders`` what their titles say. A
    plural against a singular ("Indianapolis Colt") is an organisation's name,
    not a person's. Two people, not one misspelt, are assumed when the titles'
    genders disagree (Mr against Mrs), or when the differing words are both known given
    names (Mark against Mary; not one name spelt two ways, Jon against John)
    unless the rare one is used once, in other articles, against at least
    ``GIVEN_NAME_MAJORITY`` uses of the other.
    """
    if n_common < MIN_MAJORITY or n_common < MIN_RATIO * n_rare:
        return 0
    distance = spelling_distance(rare, common)
    if not distance or genders_conflict(*genders):
        return 0
    if rare[:-1] == common[:-1] and {rare[-1], common[-1]} == {rare[-1].rstrip("s"), rare[-1].rstrip("s") + "s"}:
        return 0
    given = lexicon.words("people_given_names")
    differing = [(a, b) for a, b in zip(rare, common) if a != b]
    if all(a in given and b in given and not _respelt(a, b) for a, b in differing):
        if same_article or n_rare > 1 or n_common < GIVEN_NAME_MAJORITY:
            return 0
    return distance


def _respelt(a: str, b: str) -> bool:
    """Two given names that are one name spelt two ways: a letter added or dropped inside
    it (Jon/John, Hilary/Hillary, Philip/Phillip), not a different letter (Mark/Mary)
    nor a letter at its end (Paul/Paula, Louis/Louise: often a man's and a woman's name)."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1))


def misspelt_pairs(forms: dict[str, list[NameItem]]) -> Iterator[tuple[str, str, int]]:
    """``(rare, common, distance)`` for every form that looks like a misspelling of another."""
    for rare in sorted(forms):
        for common in sorted(forms):
            if rare == common:
                continue
            mine, theirs = forms[rare], forms[common]
            same_article = bool({i.document.id for i in mine} & {i.document.id for i in theirs})
            distance = is_misspelling(mine[0].tokens, theirs[0].tokens, len(mine), len(theirs),
                                      same_article, (_genders(mine), _genders(theirs)))
            if distance and (same_article or _same_story(mine, theirs)):
                yield rare, common, distance


def _same_story(mine: list[NameItem], theirs: list[NameItem]) -> bool:
    """Whether the articles of two close names are about the same people: a rare "Rick
    Parry" in a football report is not a misspelt "Rick Perry" of the politics pages.

    They must share another person's surname, or one article of the frequent form
    must share ``MIN_SHARED_NAMES`` capitalised words with them, besides the names
    compared (unless the rare form's article is too short
    to tell: fewer than ``MIN_CONTEXT`` capitalised words).
    """
    own = set(mine[0].tokens) | set(theirs[0].tokens)
    if (set().union(*(i.people for i in mine)) & set().union(*(i.people for i in theirs))) - own:
        return True
    ours = set().union(*(_capitalised(i.document.text) for i in mine)) - own
    if len(ours) < MIN_CONTEXT:
        return True     # a one-sentence article gives nothing to judge by: assume one story
    texts = {i.document.text for i in theirs}
    return any(len((_capitalised(text) - own) & ours) >= MIN_SHARED_NAMES for text in texts)


@functools.lru_cache(maxsize=4096)
def _capitalised(text: str) -> frozenset[str]:
    """The folded capitalised words of four letters or more of a text, bar function words."""
    stop = lexicon.words("stopwords")
    return frozenset(w for w in (fold(m) for m in _CAPITALISED.findall(text)) if w not in stop)


def spelling_compare(key: Hashable, items: list[NameItem]) -> Iterator[Finding]:
    forms: dict[str, list[NameItem]] = defaultdict(list)
    for item in items:
        forms[item.key].append(item)
    if len(forms) < 2 or len(forms) > MAX_FORMS:
        return
    best: dict[str, tuple[str, int]] = {}
    for rare, common, distance in misspelt_pairs(forms):
        if rare not in best or (len(forms[common]), -distance) > (len(forms[best[rare][0]]), -best[rare][1]):
            best[rare] = (common, distance)
    for rare, (common, distance) in sorted(best.items()):
        letters = "one letter" if distance == 1 else "two letters"
        for document, mine in _by_document(forms[rare]):
            primary = mine[0]
            intended = _written(forms[common], prefer_accents=has_accents(primary.mention.text))
            yield SPELLING.finding(
                f"'{primary.mention.text}' is {letters} away from '{intended}', the spelling "
                f"used {_where(forms[common])}",
                [primary.location(), *_related(forms[common], document)],
                suggestion=f"write '{intended}'",
            )


SPELLING = register(
    "QC101", "name-spelling", "error",
    map=spelling_map, compare=spelling_compare,
    explanation="""
    A person's name is spelt one or two letters away from a form used more often.

    Names are compared with accents and case folded, word by word: a rare form
    ("Andres Manual Lopez Obrador", once) that differs by one or two letters
    from a form the corpus uses at least twice as often ("Andrés Manuel López
    Obrador", five times) is most likely a misspelling, in another article or in
    the same one. The message names the likely intended spelling and where it
    is used. Different people are not merged: a differing initial or particle,
    gendered titles that disagree (Mr/Mrs), short forms ("Biden" against "Joe
    Biden"), possessives ("Biden’s") and two real given names (Mark Heller
    against Mary Heller) are not findings, unless a given name is used once
    against five times the other with every other word the same; nor is a
    close name in an article that shares too few other names with the articles
    of the frequent form (a "Rick Parry" in a football report is not a misspelt
    "Rick Perry" of the politics pages). A misspelt
    name in print is a correction; fix the rare form, or silence the rule with
    ``--ignore QC101``.
    """,
    example_bad="""
    a.txt: The new president, Andres Manual Lopez Obrador, took office.
    b.txt: Andres Manuel Lopez Obrador spoke. Andres Manuel Lopez Obrador left.
    """,
    example_good="""
    a.txt: The new president, Andres Manuel Lopez Obrador, took office.
    b.txt: Andres Manuel Lopez Obrador spoke. Andres Manuel Lopez Obrador left.
    """,
)


# --- QC102 name-accents ----------------------------------------------------------------

def accents_map(extraction: Extraction) -> Iterator[tuple[Hashable, NameItem]]:
    for item in _items(extraction):
        yield name_key(item.mention.name), item


def _plain_variants(items: list[NameItem]) -> set[str]:
    """Folded words the group writes both with and without diacritics (``lopez``)."""
    accented: set[str] = set()
    plain: set[str] = set()
    for item in items:
        for word in item.mention.text.split():
            key = fold(word)
            (accented if has_accents(word) else plain).add(key)
    return accented & plain


def _writes_plain(item: NameItem, words: set[str]) -> bool:
    return any(fold(w) in words and not has_accents(w) for w in item.mention.text.split())


def _writes_accented(item: NameItem, words: set[str]) -> bool:
    return any(fold(w) in words and has_accents(w) for w in item.mention.text.split())


def accents_compare(key: Hashable, items: list[NameItem]) -> Iterator[Finding]:
    words = _plain_variants(items)
    if not words:
        return
    plain = [i for i in items if _writes_plain(i, words)]
    accented = [i for i in items if _writes_accented(i, words)]
    flagged, evidence = (plain, accented) if len(plain) <= len(accented) else (accented, plain)
    longest = max(len(i.tokens) for i in evidence)
    shown = _written([i for i in evidence if len(i.tokens) == longest])
    for document, mine in _by_document(flagged):
        primary = mine[0]
        inside = any(i.document is document for i in evidence)
        where = "in this article and elsewhere" if inside else "elsewhere"
        accent = "without the accents of" if primary in plain else "with accents, unlike"
        yield ACCENTS.finding(
            f"'{primary.mention.text}' is written {accent} '{shown}', used {where} "
            f"({_where(evidence)})",
            [primary.location(), *_related(evidence, document)],
            suggestion=f"write '{shown}' everywhere",
        )


ACCENTS = register(
    "QC102", "name-accents", "warning",
    map=accents_map, compare=accents_compare,
    explanation="""
    The same person's name is written both with and without diacritics.

    Mentions of one person (the same name once accents and case are folded) are
    compared word by word: when a word is written "López" in some places and
    "Lopez" in others, each article that uses the less common writing gets one
    finding, pointing at its first such mention, with the other writing as
    evidence. It works inside one article (a photo caption without accents
    against the body text with them) and across articles. Style guides differ
    on accents, but a publication should be consistent with itself: pick one
    writing, or silence the rule with ``--ignore QC102``.
    """,
    example_bad="""
    a.txt: Andrés Manuel López Obrador met Biden. López Obrador said no.
    b.txt: Andres Manuel Lopez Obrador met Biden.
    """,
    example_good="""
    a.txt: Andrés Manuel López Obrador met Biden. López Obrador said no.
    b.txt: Andrés Manuel López Obrador met Biden.
    """,
)


# --- QC103 name-form -------------------------------------------------------------------

def form_map(extraction: Extraction) -> Iterator[tuple[Hashable, NameItem]]:
    for item in _items(extraction):
        if item.mention.form == "surname":
            yield ("surname", item.tokens[-1]), item
        if item.mention.form == "full" and len(item.tokens) >= 2:
            yield ("order", tuple(sorted(item.tokens))), item


def _compound_surnames(items: list[NameItem]) -> dict[tuple[str, ...], list[NameItem]]:
    """Surnames of two or more words written on their own ("López Obrador")."""
    compounds: dict[tuple[str, ...], list[NameItem]] = defaultdict(list)
    given = lexicon.words("people_given_names")
    for item in items:
        full = name_tokens(item.mention.name)
        n = len(item.tokens)
        if n < 2 or len(full) <= n or full[-n:] != item.tokens or item.tokens[0] in given:
            continue
        if core_tokens(full[:-n]):   # a given name is left in front: "Mark" of "W. Mark Felt" is not
            compounds[item.tokens].append(item)
    return compounds


def form_compare(key: Hashable, items: list[NameItem]) -> Iterator[Finding]:
    kind = key[0]
    if kind == "surname":
        yield from _partial_surnames(items)
    else:
        yield from _swapped_orders(items)


def _partial_surnames(items: list[NameItem]) -> Iterator[Finding]:
    compounds = {k: v for k, v in _compound_surnames(items).items() if len(v) >= MIN_MAJORITY}
    if not compounds:
        return
    alone = [i for i in items if len(i.tokens) == 1]
    for document, mine in _by_document(alone):
        primary = mine[0]
        full = name_tokens(primary.mention.name)
        fits = [c for c in compounds if full[-len(c):] == c]
        if not fits:
            continue
        compound = max(fits, key=lambda c: (len(compounds[c]), c))
        shown = _written(compounds[compound])
        yield FORM.finding(
            f"'{primary.mention.text}' alone is only the end of the compound surname "
            f"'{shown}', used on its own {_where(compounds[compound])}",
            [primary.location(), *_related(compounds[compound], document)],
            suggestion=f"write '{shown}'",
        )


def _swapped_orders(items: list[NameItem]) -> Iterator[Finding]:
    orders: dict[str, list[NameItem]] = defaultdict(list)
    for item in items:
        orders[item.key].append(item)
    if len(orders) < 2:
        return
    common = max(orders, key=lambda k: (len(orders[k]), k))
    for order, rare in sorted(orders.items()):
        if order == common or len(rare) > len(orders[common]):
            continue
        shown = _written(orders[common])
        for document, mine in _by_document(rare):
            primary = mine[0]
            yield FORM.finding(
                f"'{primary.mention.text}' puts the names in another order than '{shown}', "
                f"used {_where(orders[common])}",
                [primary.location(), *_related(orders[common], document)],
                suggestion=f"write '{shown}'",
            )


FORM = register(
    "QC103", "name-form", "info",
    map=form_map, compare=form_compare,
    explanation="""
    A person's name is written in an unusual form: part of a compound surname, or swapped.

    When the corpus writes a compound surname on its own ("López Obrador", as
    Spanish names do with both family names), a mention of its last word alone
    ("Obrador") drops the first surname: an error for readers who know the
    name, and a source of confusion between relatives. Also reported: the same
    words of a full name in a swapped order ("Jinping Xi" against "Xi
    Jinping"). Informational; silence it with ``--ignore QC103``.
    """,
    example_bad="""
    a.txt: Andrés Manuel López Obrador spoke. López Obrador said no. López Obrador left.
    b.txt: Andrés Manuel López Obrador spoke. Obrador said no.
    """,
    example_good="""
    a.txt: Andrés Manuel López Obrador spoke. López Obrador said no. López Obrador left.
    b.txt: Andrés Manuel López Obrador spoke. López Obrador said no.
    """,
)

__all__ = ["SPELLING", "ACCENTS", "FORM", "NameItem", "is_misspelling", "misspelt_pairs"]
