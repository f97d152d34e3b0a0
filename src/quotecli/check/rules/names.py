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
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Hashable, Iterable, Iterator, Optional, Sequence

import regex


from ... import lexicon
from ...document import Document
from ...names import (consonant_skeletons, without_articles, core_tokens, deletion_keys, dropped_prefix, edit_distance, moved_letter, fold, is_initial, genders_conflict, has_accents, name_key, name_tokens,
                      spelling_blocks, spelling_distance, strip_possessive, title_genders,
                      word_variant_distance)
from ...records import Extraction, PersonMention
from .. import options
from ..model import Finding, Location
from ..registry import register
from .name_evidence import (article_votes, copied_majority, kept_apart, mention_roles, one_per_place, sentence_key,
                            weigh)

MAX_RELATED = 5
MIN_MAJORITY = 2          # uses of the frequent form before a rare one is called a misspelling
MIN_RATIO = 2             # how many times more often the frequent form must be used
GIVEN_NAME_MAJORITY = 5   # two real given names (Mark/Mary): the Manuel-against-Manual evidence
STRONG_MAJORITY = 4       # uses of the frequent form for the message to call it the right one...
STRONG_RATIO = 3          # ...and how many times the rare form's uses
MIN_WORD = 5              # letters of a single word (a surname alone) before it is compared
MAX_FORMS = 200           # distinct forms in one blocking group beyond which the key says nothing


@dataclass(frozen=True, eq=False)
class NameItem:
    """One mention of a person as the name rules see it."""

    document: Document
    mention: PersonMention
    tokens: tuple[str, ...]
    people: frozenset[str] = frozenset()   # the surname (last word) of every person of the article
    fixed_roles: Optional[frozenset[str]] = None   # roles known when made (none for a lone word)
    changed: bool = False     # a lone word one changed letter from a surname: weak evidence (info)

    @functools.cached_property
    def roles(self) -> frozenset[str]:
        """What the text says the person does (titles, appositive), read only when a pair of
        forms is weighed: most mentions are never compared with anything."""
        if self.fixed_roles is not None:
            return self.fixed_roles
        return mention_roles(self.document, self.mention)

    @functools.cached_property
    def sentence(self) -> Optional[int]:
        """The ``sentence_key`` of the mention: a verbatim copy's repeat votes once for its form."""
        return sentence_key(self.document.text, self.mention.start, self.mention.end)

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    def location(self) -> Location:
        return Location.of(self.document, self.mention.start, self.mention.end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.mention.start)


_LAST_ITEMS: list = [None, None, ()]     # (extraction, registry, items) of the last call of _items


def _items(extraction: Extraction) -> tuple[NameItem, ...]:
    """The name items of an article. QC101, QC102 and QC103 map the same extraction one
    after the other, so the items of the last extraction are kept and shared (items are
    immutable; a roles reading made by one rule serves the others)."""
    registry = options.active().registry
    if _LAST_ITEMS[0] is extraction and _LAST_ITEMS[1] is registry:
        return _LAST_ITEMS[2]
    people = frozenset(name_tokens(m.name)[-1] for m in extraction.people if len(name_tokens(m.name)[-1]) > 1)
    items = []
    for mention in extraction.people:
        if mention.form == "alias":
            continue
        tokens = name_tokens(mention.text)
        if registry is not None:
            tokens = registry.resolve(tokens)
        if tokens:
            items.append(NameItem(extraction.document, mention, tokens, people))
    _LAST_ITEMS[:] = [extraction, registry, tuple(items)]
    return _LAST_ITEMS[2]


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
    """Full names under their spelling blocks; single words (a surname or given name
    alone, and the first and last word of every full name) under their deletion keys
    within the article's folder, to meet the people of the same article and story."""
    story = _folder(extraction.document)
    for item in _items(extraction):
        if len(item.tokens) >= 2:
            for key in spelling_blocks(item.tokens):
                yield key, item
            for key in _sound_blocks(item.tokens):
                yield ("sound", story, key), item
            for token in {item.tokens[0], item.tokens[-1]}:
                if len(token) >= MIN_WORD:
                    for key in deletion_keys(token):
                        yield ("one", story, key), item
        elif _unresolved(item) and len(item.tokens[0]) >= MIN_WORD:
            for key in deletion_keys(item.tokens[0]):
                yield ("one", story, key), item
    for item in _lone_words(extraction):
        for key in deletion_keys(item.tokens[0]):
            yield ("one", story, key), item


@functools.lru_cache(maxsize=None)
def _lone_word_pattern() -> "regex.Pattern[str]":
    """A capitalised word of four letters or more (a possessive allowed), then a word of
    ``people_verbs.txt`` ("Donnell said", "Carl told")."""
    verbs = lexicon.trie_pattern(lexicon.words("people_verbs"))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’.-])(\p{{Lu}}\p{{Ll}}{{3,}})(?:['’]s)?[ ]+(?:{verbs})(?![\p{{L}}])")


_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*[ ]+$")
_CAPITALISED_AFTER = regex.compile(r"(?:['’]s)?[ ]+\p{Lu}")
# A capitalised word standing on its own (not inside a hyphenated or dotted run).
_LONE_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’]{3,}(?![\p{L}\p{M}-])")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]{3,}")
LONG_SURNAME = 8          # letters from which one changed letter in a surname alone reads as a slip


def _lone_words(extraction: Extraction) -> Iterator[NameItem]:
    """Single capitalised words the extractor did not take for people but that read as a
    misspelt name of a person of the article: a word right before a people verb one edit
    from a word of such a name ("Donnell said", "Carl told reporters"), or any word standing
    alone that is a typing slip away from such a person's surname ("Clinotn was
    interviewed", "wrestled Thopson to the floor", "Carthy" for McCarthy)."""
    people = [name_tokens(m.name) for m in extraction.people]
    words = {t for tokens in people for t in tokens if len(t) >= 3}
    if not words:
        return
    surnames = {tokens[-1] for tokens in people if len(tokens) >= 2 and len(tokens[-1]) >= MIN_WORD}
    taken = {m.start for m in extraction.people}
    text = extraction.document.text
    seen: set[int] = set()
    for match in _lone_word_pattern().finditer(text):
        start, end = match.span(1)
        word = fold(match.group(1))
        if word in words or start in taken or _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
            continue    # a name of the article, a mention already, or the end of a longer run
        if any(word_variant_distance(word, other) for other in words):
            seen.add(start)
            mention = PersonMention(start, end, match.group(1), name=match.group(1), form="surname")
            yield NameItem(extraction.document, mention, (word,), frozenset(), frozenset())
    if surnames:
        yield from _slipped_surnames(extraction, words, surnames, taken | seen)


def _slipped_surnames(extraction: Extraction, words: set[str], surnames: set[str],
                      taken: set[int]) -> Iterator[NameItem]:
    """Capitalised words standing alone, of ``MIN_WORD`` letters or more, that are a typing
    slip from the surname of a full name of the article: a transposed, doubled, dropped or
    added letter, or a dropped glued prefix (a changed letter, or a letter moved two places,
    only in surnames of ``LONG_SURNAME`` letters: "Price"/"Pride", "Green"/"Greek" are two
    words). Words the
    article also writes in lower case ("Stone"/"store"), function words and given names
    are not names."""
    keys: dict[str, set[str]] = defaultdict(set)
    starts: set[str] = set()      # a slip keeps the first letter, so a key starts with one of the first two
    for surname in surnames:
        for key in deletion_keys(surname):
            keys[key].add(surname)
            starts.add(key[:2])
    text = extraction.document.text
    stop = lexicon.words("stopwords")
    given = lexicon.words("people_given_names")
    slipped: set[str] = set()     # the written words that are a slip: tested once per word, not per use
    changed: set[str] = set()     # ... or one changed inner letter of a surname the article repeats
    found = _LONE_CAPITALISED.findall(text)
    uses: Optional[Counter] = None
    for written in set(found):
        head = written[:3].lower()      # the start of its key, for a plain word, without folding it
        if head.isascii() and head.isalpha() and head[:2] not in starts and head[0] + head[2] not in starts:
            continue    # the cheap test first: most capitalised words share no start with a surname
        word = fold(strip_possessive(written))
        if len(word) < MIN_WORD - 1 or word[:2] not in starts and word[0] + word[2:3] not in starts:
            continue
        if word in words or word in stop or word in given:
            continue
        near = {s for key in deletion_keys(word) for s in keys.get(key, ())}
        if any(_slip(word, s) for s in near):
            slipped.add(written)
        elif any(_changed_inner(word, s) for s in near):
            if uses is None:
                uses = Counter(fold(strip_possessive(w)) for w in found)
            if uses[word] == 1 and any(_changed_inner(word, s) and uses[s] >= CROWD for s in near):
                changed.add(written)
    slipped |= changed
    if not slipped:
        return
    lower = frozenset(fold(w) for w in _LOWER_WORD.findall(text))
    for match in _LONE_CAPITALISED.finditer(text):
        if match.group() not in slipped or match.start() in taken:
            continue
        start = match.start()
        written = strip_possessive(match.group())
        word = fold(written)
        if word in lower or _run_before(text, start, stop) or _CAPITALISED_AFTER.match(text, match.end()):
            continue    # a common word, or part of a longer capitalised run: a name, a place, a title
        if match.group() in changed and _listed_or_placed(text, start, match.end()):
            continue    # "in Greece" (Greene), "Dowson, Haughton," (a squad list of Dawson's match)
        mention = PersonMention(start, start + len(written), written, name=written, form="surname")
        yield NameItem(extraction.document, mention, (word,), frozenset(), frozenset(), match.group() in changed)


_LIST_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*,\s+$")
_LIST_AFTER = regex.compile(r",\s+\p{Lu}")


def _listed_or_placed(text: str, start: int, end: int) -> bool:
    """Whether a word stands in a list of capitalised words ("Rees, Dowson, Haughton") or
    right after a place preposition ("in Greece"): no place to call one letter a slip."""
    if _LIST_BEFORE.search(text, max(0, start - 30), start) or _LIST_AFTER.match(text, end):
        return True
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in lexicon.words("place_prepositions")


CROWD = 3     # uses of a surname in its article that make one word a changed letter from it a slip


def _changed_inner(word: str, surname: str) -> bool:
    """One changed letter inside a surname of ``MIN_WORD`` letters or more, neither its first
    nor its last ("Jacksan" for Jackson, "Olsen" for Olson; not "Walked" for Walker): a slip
    or another name, which :func:`_slipped_surnames` reports only once among ``CROWD`` uses of
    the surname, and as an info."""
    return (len(word) == len(surname) >= MIN_WORD and word[0] == surname[0] and word[-1] == surname[-1]
            and sorted(word) != sorted(surname) and edit_distance(word, surname, limit=1) == 1)


def _run_before(text: str, start: int, stop: frozenset[str]) -> bool:
    """Whether a capitalised word other than a function word ("And", "But") comes right
    before ``start``: the word is then the end of a longer run ("Supreme Court"). A word
    that ends its sentence ("to the Capitol. Cleavver said") is no part of a run."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group().rstrip().lower() not in stop and not _ends_sentence(before.group())


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised word written with a full stop ends a sentence: not an initial
    ("J."), an abbreviation or a title of ``abbreviations.txt`` ("Rep.", "Gov.")."""
    word = word.rstrip()
    if not word.endswith(".") or "." in word[:-1]:
        return False
    core = word[:-1].lower()
    return len(core) > 1 and core not in lexicon.words("abbreviations")


def _slip(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` with one typing slip (see :func:`_slipped_surnames`)."""
    if dropped_prefix(word, surname):
        return len(word) < len(surname)
    if word[0] != surname[0] or _plural(word, surname):
        return False
    short, long = sorted((word, surname), key=len)
    if len(long) == len(short) + 1 and long.startswith(short) and (len(short) < MIN_WORD or long[-1] != long[-2]):
        return False    # a letter added at the end is another name (Green/Greene, Malone/Maloney), bar a doubling
    if len(word) == len(surname) and sorted(word) != sorted(surname):   # a changed letter
        return len(surname) >= LONG_SURNAME and edit_distance(word, surname, limit=1) == 1
    if len(surname) >= LONG_SURNAME and moved_letter(word, surname):
        return True
    return (len(word) >= MIN_WORD or len(surname) > len(word)) and edit_distance(word, surname, limit=1) == 1


def _folder(document: Document) -> str:
    return os.path.dirname(document.path)


def _unresolved(item: NameItem) -> bool:
    """A one-word mention the extractor could not join to a full name of its article."""
    return len(item.tokens) == 1 and len(name_tokens(item.mention.name)) == 1


def _genders(items: Iterable[NameItem]) -> frozenset[str]:
    return frozenset(g for i in items for g in title_genders(i.mention.titles))


def is_misspelling(rare: Sequence[str], common: Sequence[str], n_rare: int, n_common: int,
                   same_article: bool = False, genders: tuple[Iterable[str], Iterable[str]] = ((), ()),
                   counted: bool = True) -> int:
    """The number of edits (1 or 2) if ``rare`` reads as a misspelling of ``common``, else 0.

    ``n_rare``/``n_common`` are how often each form is used; ``same_article``
    whether both occur in one article; ``genders`` what their titles say. A
    plural against a singular ("Indianapolis Colt") is an organisation's name,
    not a person's. Two people, not one misspelt, are assumed when the titles'
    genders disagree (Mr against Mrs), or when the differing words are both known given
    names (Mark against Mary; not one name spelt two ways, Jon against John)
    unless the rare one is used once, in other articles, against at least
    ``GIVEN_NAME_MAJORITY`` uses of the other. ``counted=False`` skips the majority
    test (for two forms used about as often, reported without naming either).
    """
    if counted and (n_common < MIN_MAJORITY or n_common < MIN_RATIO * n_rare):
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


@dataclass(frozen=True)
class Verdict:
    """How QC101 reports a rare form against a frequent one."""

    rare: str
    common: str
    distance: int
    confidence: str          # high: error naming the right form; medium: warning; low: info, no claim
    reason: str
    claim: bool              # the message names the frequent form as the right one
    translit: bool = False   # two transliterations, each article keeping its own
    balanced: bool = False   # as many articles write each form: the forms disagree, neither is right


def _registry():
    return options.active().registry


def misspelt_pairs(forms: dict[str, list[NameItem]]) -> Iterator[tuple[str, str, int]]:
    """``(rare, common, distance)`` for every form that looks like a misspelling of another."""
    for verdict in _verdicts(forms):
        yield verdict.rare, verdict.common, verdict.distance


def _verdicts(forms: dict[str, list[NameItem]]) -> Iterator[Verdict]:
    registry = _registry()
    ordered = sorted(forms)
    near = {(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]     # each pair measured once
            if spelling_distance(forms[a][0].tokens, forms[b][0].tokens)}
    for rare in ordered:
        for common in ordered:
            if (rare, common) not in near and (common, rare) not in near:
                continue    # no verdict without a spelling distance: most pairs of a block
            mine, theirs = forms[rare], forms[common]
            verdict = (_registry_verdict(registry, rare, common, mine, theirs) if registry is not None else None)
            if verdict is None:
                verdict = _evidence_verdict(rare, common, mine, theirs)
                if verdict is not None and verdict.claim:
                    verdict = _article_majority(verdict, mine, theirs)
            if verdict is not None and verdict is not _SILENT:
                yield verdict


_SILENT = Verdict("", "", 0, "low", "", False)


def _registry_verdict(registry, rare: str, common: str, mine: list[NameItem],
                      theirs: list[NameItem]) -> Optional[Verdict]:
    """What the names registry says about the pair: silence for distinct people and for
    accepted variants, the registry's spelling as the right one (beating the majority),
    or None when it knows neither form."""
    a, b = mine[0].tokens, theirs[0].tokens
    if registry.distinct(a, b):
        return _SILENT
    canonical = registry.canonical(b)
    if canonical is None or registry.canonical(a) is not None:
        return _SILENT if registry.canonical(a) is not None else None
    distance = spelling_distance(a, b)
    if not distance:
        return None
    return Verdict(rare, common, distance, "high", "the names registry spells it so", True)


def _evidence_verdict(rare: str, common: str, mine: list[NameItem], theirs: list[NameItem]) -> Optional[Verdict]:
    """Weigh the evidence for one person misspelt against two people with near names."""
    same_article = bool({i.document.id for i in mine} & {i.document.id for i in theirs})
    genders = (_genders(mine), _genders(theirs))
    distance = is_misspelling(mine[0].tokens, theirs[0].tokens, len(mine), len(theirs), same_article, genders)
    if not distance:
        if _given_names_differ(mine[0].tokens, theirs[0].tokens):
            return _given_name_verdict(rare, common, mine, theirs, genders)
        return _balanced_verdict(rare, common, mine, theirs, same_article, genders)
    evidence = weigh(mine, theirs, set(mine[0].tokens) | set(theirs[0].tokens))
    if evidence.two_people:
        return None
    if kept_apart(mine[0].tokens, theirs[0].tokens, _documents(mine), _documents(theirs), len(mine)):
        return _transliteration_verdict(rare, common, distance, mine, theirs)
    if evidence.mixed:
        reason = (f"mixed evidence: {', '.join(evidence.reasons_for_one())}; but "
                  f"{', '.join(evidence.reasons_for_two())}")
        return Verdict(rare, common, distance, "low", reason, False)
    strong = len(theirs) >= STRONG_MAJORITY and len(theirs) >= STRONG_RATIO * len(mine)
    if evidence.one_person and strong:
        return Verdict(rare, common, distance, "high", "; ".join(evidence.reasons_for_one()) +
                       f"; the other form is used {len(theirs)} times", True)
    if evidence.one_person or strong:
        reasons = evidence.reasons_for_one() + ([f"the other form is used {len(theirs)} times"] if strong else [])
        return Verdict(rare, common, distance, "high" if strong else "medium", "; ".join(reasons), strong)
    return Verdict(rare, common, distance, "medium",
                   f"{'; '.join(evidence.reasons_for_one())}; a weak majority ({len(theirs)} against "
                   f"{len(mine)})", False)


def _voting(items: Sequence[NameItem]) -> list:
    """Each mention as one use of its article's form, for ``article_votes``/``copied_majority``."""
    return [(i.document.id, 1, (i.sentence,)) for i in items]


def _article_majority(verdict: Verdict, mine: list[NameItem], theirs: list[NameItem]) -> Verdict:
    """The claim of a verdict checked against the articles rather than the mentions: one
    article repeating a wrong form ("Smtih" five times, as OCR or a careless paste does)
    outweighs the right spelling of several articles by mentions only. The form most
    articles write is the right one; as many articles on each side (two or more): the forms
    disagree, and neither is named. A majority made by verbatim copies of one sentence is no
    majority either: the forms disagree."""
    copied = copied_majority(_voting(mine), _voting(theirs), MIN_MAJORITY, MIN_RATIO)
    if copied:
        return Verdict(verdict.rare, verdict.common, verdict.distance, "medium",
                       f"forms disagree: counting verbatim copies once, {copied[1]} distinct sentence"
                       f"{'s' if copied[1] != 1 else ''} against {copied[0]} ({len(theirs)} uses against "
                       f"{len(mine)})", False, balanced=True)
    rare_votes, common_votes = article_votes(_voting(mine), _voting(theirs))
    if common_votes <= 1 and _ocr_confusion(mine[0].tokens, theirs[0].tokens):
        return Verdict(verdict.rare, verdict.common, verdict.distance, "medium",
                       f"forms disagree: letters a scan confuses, and one article's repeated form is no "
                       f"majority ({len(theirs)} uses against {len(mine)})", False, balanced=True)
    if rare_votes < common_votes or rare_votes == common_votes <= 1:
        return verdict      # most articles agree with the uses; one article against one: the uses decide
    counts = f"{rare_votes} article{'s' if rare_votes != 1 else ''} against {common_votes}"
    if rare_votes > common_votes:
        return Verdict(verdict.common, verdict.rare, verdict.distance, "medium",
                       f"the form most articles write ({counts}), though the other is written "
                       f"{len(theirs)} times", True)
    return Verdict(verdict.rare, verdict.common, verdict.distance, "medium",
                   f"forms disagree: as many articles write each ({counts}); "
                   f"{len(theirs)} uses against {len(mine)}", False, balanced=True)


def _documents(items: Iterable[NameItem]) -> list[Document]:
    return [i.document for i in items]


def _ocr_confusion(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names differ by letters a scan reads one for another
    (``name_ocr_confusions.tsv``: "therianos" / "therlanos", "carn" / "cam") in one word."""
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or len(differing) != 1:
        return False
    x, y = differing[0]
    for letters, (read,) in lexicon.table("name_ocr_confusions").items():
        for p, q in ((letters, read), (read, letters)):
            start = x.find(p)
            while start >= 0:
                if x[:start] + q + x[start + len(p):] == y:
                    return True
                start = x.find(p, start + 1)
    return False


def _transliteration_verdict(rare: str, common: str, distance: int, mine: list[NameItem],
                             theirs: list[NameItem]) -> Verdict:
    """Two transliterations kept apart by their articles: worth a look (a house may want one
    spelling), never a slip to fix (info, no claim)."""
    articles = len({i.document.id for i in mine}), len({i.document.id for i in theirs})
    return Verdict(rare, common, distance, "low",
                   f"transliteration variant: each article keeps its own form ({articles[0]} against "
                   f"{articles[1]} article{'s' if articles[1] != 1 else ''})", False, translit=True)


def _given_names_differ(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the words two names differ by are all real given names, and not one name
    respelt (Carl/Carla, Eric/Erik, Sara/Sarah; not Jon/John): two people or a slip."""
    given = lexicon.words("people_given_names")
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    return bool(differing) and len(a) == len(b) and all(
        x in given and y in given and not _respelt(x, y) for x, y in differing)


def _given_name_verdict(rare: str, common: str, mine: list[NameItem], theirs: list[NameItem],
                        genders) -> Optional[Verdict]:
    """Two names that differ by a real given name ("Carl Mendes" / "Carla Mendes"): a
    slip or two people (a couple, siblings). Never a claim: the same role on both is a
    warning, the same article or story otherwise an info; different roles, no shared story
    or titles of another gender say two people. Reported once per pair, at the form used
    less (or first in order)."""
    if (len(mine), rare) > (len(theirs), common) or genders_conflict(*genders):
        return None
    distance = spelling_distance(mine[0].tokens, theirs[0].tokens)
    if not distance:
        return None
    evidence = weigh(mine, theirs, set(mine[0].tokens) | set(theirs[0].tokens))
    if evidence.two_people or evidence.roles_differ or not (evidence.one_person or evidence.story is True):
        return None
    if _coordinated(mine, theirs):
        return None     # "Mark and Mary Heller", "Mary Heller and Mark Heller": named together, two people
    counts = f"two given names ({len(mine)} against {len(theirs)})"
    short = _short_form(mine[0].tokens, theirs[0].tokens)
    if short:
        return Verdict(rare, common, distance, "low", f"'{short[0]}' is a short form of '{short[1]}', which "
                       f"writers use for one person; {counts}", False)
    if evidence.roles_agree and not evidence.mixed:
        return Verdict(rare, common, distance, "medium", f"the same role given to both forms; {counts}", False)
    return Verdict(rare, common, distance, "low", f"{'; '.join(evidence.reasons_for_one())}; {counts}", False)


_FEMININE_ENDINGS = ("a", "e", "i", "ette", "ine", "ina", "elle", "ia")


def _short_form(a: Sequence[str], b: Sequence[str]) -> Optional[tuple[str, str]]:
    """(short, long) when the given names two names differ by are a short form and its
    full form: the long one is the short one with letters added at its end that are no
    feminine ending ("Steve" / "Steven"; not "Carl" / "Carla", "Justin" / "Justine",
    "Paul" / "Paula": a man's and a woman's name)."""
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return None
    short, long = sorted(differing[0], key=len)
    if len(short) < 3 or not long.startswith(short) or long[len(short):].endswith(_FEMININE_ENDINGS):
        return None
    return short, long


_JOINED = regex.compile(r"\s*(?:,|and|&|or)\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*$")


def _coordinated(mine: list[NameItem], theirs: list[NameItem]) -> bool:
    """Whether a mention of one form is joined to one of the other by "and", "&", "or" or a
    comma (a couple or two relatives named together), within one article."""
    for a in mine:
        for b in theirs:
            if a.document is b.document:
                first, second = sorted((a.mention, b.mention), key=lambda m: m.start)
                gap = a.document.text[first.end:second.start]
                if len(gap) <= 40 and _JOINED.fullmatch(gap):
                    return True
    return False


def _balanced_verdict(rare: str, common: str, mine: list[NameItem], theirs: list[NameItem], same_article: bool,
                      genders) -> Optional[Verdict]:
    """Two close forms used about as often (once each) in one article or one story:
    one of them is wrong, but nothing says which. Reported once per pair, at the form used
    less (or, as often, the one without a glued prefix the other has: "Mitch Connell", then
    the first in order), at low confidence (info)."""
    if (len(mine), _has_prefix(mine[0].tokens, theirs[0].tokens), rare) > \
            (len(theirs), _has_prefix(theirs[0].tokens, mine[0].tokens), common):
        return None
    distance = is_misspelling(mine[0].tokens, theirs[0].tokens, len(mine), len(theirs), same_article, genders,
                              counted=False)
    if not distance:
        return None
    evidence = weigh(mine, theirs, set(mine[0].tokens) | set(theirs[0].tokens))
    if evidence.two_people or evidence.mixed or not (same_article or evidence.story is True):
        return None
    reason = f"{'; '.join(evidence.reasons_for_one())}; no majority ({len(mine)} against {len(theirs)})"
    return Verdict(rare, common, distance, "low", reason, False)


def _has_prefix(tokens: Sequence[str], other: Sequence[str]) -> bool:
    """Whether a name writes a glued prefix that the other leaves out (McConnell / Connell):
    the form without it is the likelier slip."""
    return any(len(a) > len(b) and dropped_prefix(a, b) for a, b in zip(tokens, other))


_SEVERITY = {"high": "error", "medium": "warning", "low": "info"}


def spelling_compare(key: Hashable, items: list[NameItem]) -> Iterator[Finding]:
    if key[0] == "one":
        yield from _single_word_findings(items)
        return
    if key[0] == "sound":
        yield from _transliteration_findings(items)
        return
    forms: dict[str, list[NameItem]] = defaultdict(list)
    for item in items:
        forms[item.key].append(item)
    if len(forms) < 2 or len(forms) > MAX_FORMS:
        return
    yield from _report_best(forms)


def _report_best(forms: dict[str, list[NameItem]]) -> Iterator[Finding]:
    """The findings of a group's forms: for each rare form, its strongest verdict."""
    best: dict[str, Verdict] = {}
    for verdict in _verdicts(forms):
        current = best.get(verdict.rare)
        rank = (verdict.claim, len(forms[verdict.common]), -verdict.distance)
        if current is None or rank > (current.claim, len(forms[current.common]), -current.distance):
            best[verdict.rare] = verdict
    for rare, verdict in sorted(best.items()):
        yield from _report(verdict, forms[rare], forms[verdict.common])


MAX_SOUND_KEYS = 8        # skeleton combinations a full name files under


def _sound_blocks(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """The consonant skeletons of a full name's words, articles such as "al" left out
    ("Muammar al-Qaddafi" and "Moammar Gadhafi" both file under "mmr kdf"): names further
    apart than two edits that may still be one name transliterated two ways."""
    words = [t for t in without_articles(tokens) if not is_initial(t)]
    if len(words) < 2:
        return []
    keys: list[tuple[str, ...]] = [()]
    for word in words:
        keys = [k + (s,) for k in keys for s in sorted(consonant_skeletons(word))][:MAX_SOUND_KEYS]
    return keys


def _transliteration_findings(items: list[NameItem]) -> Iterator[Finding]:
    """Full names of one story that share a sound but no letter block (more than two edits
    apart, or a letter added in each of two words). Two edits are weighed as in the
    letter blocks; further apart, they are reported, as an info without a claim, when every
    article keeps its own form and nothing says two people ("Rauhi Fattouh" / "Rouhi
    Fatouh", "Muammar al-Qaddafi" / "Moammar Gadhafi"). Once per pair, at the form written less (both on a tie)."""
    forms: dict[str, list[NameItem]] = defaultdict(list)
    for item in items:
        forms[item.key].append(item)
    if len(forms) < 2 or len(forms) > MAX_FORMS:
        return
    ordered = sorted(forms)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            mine, theirs = forms[a], forms[b]
            if set(spelling_blocks(mine[0].tokens)) & set(spelling_blocks(theirs[0].tokens)):
                continue    # they meet in a letter block too: weighed there
            if spelling_distance(mine[0].tokens, theirs[0].tokens) is not None:
                yield from _report_best({a: mine, b: theirs})   # two edits the blocks miss ("Fatouh"/"Fattouh")
                continue
            if len(mine) > len(theirs):
                mine, theirs = theirs, mine
            # further than two edits apart is no typing slip: the rare form's count is not asked
            if not kept_apart(without_articles(mine[0].tokens), without_articles(theirs[0].tokens),
                              _documents(mine), _documents(theirs)):
                continue
            evidence = weigh(mine, theirs, set(mine[0].tokens) | set(theirs[0].tokens))
            if evidence.two_people or evidence.story is not True:
                continue
            for rare, common in ((mine, theirs), (theirs, mine)) if len(mine) == len(theirs) else ((mine, theirs),):
                verdict = _transliteration_verdict(rare[0].key, common[0].key, 3, rare, common)
                yield from _report(verdict, rare, common)


def _report(verdict: Verdict, rare: list[NameItem], common: list[NameItem]) -> Iterator[Finding]:
    letters = "one letter" if verdict.distance == 1 else "two letters"
    for document, mine in _by_document(rare):
        primary = mine[0]
        intended = _written(common, prefer_accents=has_accents(primary.mention.text))
        if verdict.translit:
            message = (f"'{primary.mention.text}' ({_where(rare)}) and '{intended}' ({_where(common)}) "
                       f"are one name transliterated two ways, each article keeping its own")
            suggestion = None
        elif verdict.balanced:
            message = (f"'{primary.mention.text}' ({_where(rare)}) and '{intended}' ({_where(common)}) "
                       f"are {letters} apart and the forms disagree: nothing says which is right")
            suggestion = "check which spelling is right"
        elif verdict.claim:
            message = (f"'{primary.mention.text}' is {letters} away from '{intended}', the spelling "
                       f"used {_where(common)}")
            suggestion = f"write '{intended}'"
        else:
            message = (f"'{primary.mention.text}' ({_where(rare)}) and '{intended}' ({_where(common)}) "
                       f"are {letters} apart: one name spelt two ways, or two people")
            suggestion = "check which spelling is right"
        yield SPELLING.finding(
            message, [primary.location(), *_related(common, document)], suggestion=suggestion,
            severity=_SEVERITY[verdict.confidence], confidence=verdict.confidence,
            confidence_reason=verdict.reason, majority=len(common),
        )


def _single_word_findings(items: list[NameItem]) -> Iterator[Finding]:
    """A surname or given name written alone that is one edit (or a dropped prefix) from
    the surname or given name of a person of the same article, or of an article of the
    same folder that shares another person: "Mr. Hutchins" where the article says "Ann
    Hutchings". Words that are the surname or given name of someone else are not compared."""
    alone = [i for i in items if len(i.tokens) == 1]
    full = [i for i in items if len(i.tokens) >= 2]
    if not alone or not full:
        return
    surnames = {i.tokens[-1] for i in full}
    given = {i.tokens[0] for i in full}
    for word in sorted({i.tokens[0] for i in alone}):
        namesake = word in surnames or word in given
        for _, mine in _by_document(i for i in alone if i.tokens[0] == word):
            if not (namesake and _someone_else(word, mine, full)):
                yield from _single_word_report(word, mine, full, surnames, given, namesake)


def _someone_else(word: str, mine: list[NameItem], full: list[NameItem]) -> bool:
    """Whether the word alone is the surname or given name of a full name of its own article
    or of an article of its story (one sharing another person): then it is that person. A
    namesake in an unrelated article of the folder ("Clive Anderson" elsewhere in a flat
    archive) does not stop "Anderson" being compared with Hans Christian Andersen, though
    it makes the finding an info: a real name, so a slip or another person."""
    document = mine[0].document.id
    people = set().union(*(i.people for i in [*mine, *full] if i.document.id == document)) - {word}
    return any(word in (i.tokens[0], i.tokens[-1]) and (i.document.id == document or people & i.people)
               for i in full)


def _single_word_report(word: str, mine: list[NameItem], full: list[NameItem], surnames: set[str],
                        given: set[str], namesake: bool = False) -> Iterator[Finding]:
    """The finding (if any) for one word written alone in one article (``mine``); an info
    when the word is the name of a person of another story (``namesake``)."""
    known_given = lexicon.words("people_given_names")
    registry = _registry()
    best = None
    for position, names in ((-1, surnames), (0, given)):
        for other in sorted(names):
            distance = word_variant_distance(word, other)
            if not distance or distance > 1 and position == 0 or _plural(word, other):
                continue
            if position == -1 and word in known_given:
                continue    # a given name alone is not a misspelt surname
            if position == 0 and any(i.roles for i in mine):
                continue    # "Singer Jenifer": a one-name person with a role of her own
            if registry is not None and registry.distinct((word,), (other,)):
                continue
            theirs = [i for i in full if i.tokens[position] == other]
            found = _single_word_verdict(word, other, distance, mine, theirs, position)
            if found and (best is None or found[0].confidence == "high" and best[0].confidence != "high"):
                best = found
    if best is not None:
        if namesake and not best[0].translit:
            best = (replace(best[0], confidence="low", claim=False, reason=f"{best[0].reason}; '{word}' is also "
                            "the name of a person of another story: a slip or another person"),) + best[1:]
        yield from _report_word(*best, mine)


def _plural(a: str, b: str) -> bool:
    """``warners`` / ``warner``: a plural or a possessive without its apostrophe, not a misspelling."""
    return a == b + "s" or b == a + "s"


def _single_word_verdict(word: str, other: str, distance: int, mine: list[NameItem],
                         theirs: list[NameItem], position: int):
    """(verdict, evidence items, inside) for one word alone against a part of full names."""
    my_docs = {i.document.id for i in mine}
    inside = [i for i in theirs if i.document.id in my_docs]
    if inside:
        evidence = inside
        confidence, reason = ("high" if position == -1 else "medium"), "a person of the same article"
    else:
        if position == 0:
            return None    # a given name alone is only compared inside its article
        evidence = [i for i in theirs if set().union(*(m.people for m in mine)) & i.people - {word, other}]
        if not evidence:
            return None
        confidence, reason = "medium", "a person of an article of the same story"
    uses = _uses(evidence, other)
    part = "surname" if position == -1 else "given name"
    reason = f"{reason} has the {part} '{other}'"
    if not inside and kept_apart((word,), (other,), _documents(mine), _documents(evidence), len(mine)):
        return (Verdict(word, other, distance, "low", f"{reason}; transliteration variant: each article keeps "
                        "its own form", False, translit=True), evidence, False, part, position)
    if position == 0 and _short_form((word,), (other,)):
        return (Verdict(word, other, distance, "low", f"{reason}; '{word}' is a short form of it, which writers "
                        "use for one person", False), evidence, True, part, position)
    if all(i.changed for i in mine):
        if not inside:
            return None
        return (Verdict(word, other, distance, "low", f"{reason}, {uses} times; one letter changed: a slip or "
                        "another name", False), evidence, True, part, position)
    if uses < len(mine):
        if not inside:
            return None    # the other form is rarer than the word alone: no telling which is right
        # in one article, the full name rarer than the word alone: one is wrong, but which?
        return (Verdict(word, other, distance, "medium", f"{reason}; no majority ({len(mine)} against {uses})",
                        False), evidence, True, part, position)
    verdict = Verdict(word, other, distance, confidence, reason, True)
    return verdict, evidence, bool(inside), part, position


def _uses(evidence: list[NameItem], word: str) -> int:
    """How often the articles of ``evidence`` write the folded ``word`` as a capitalised
    word: the full names, and the surname alone after them ("Hillary Clinton ... Clinton")."""
    total = 0
    for document in {id(i.document): i.document for i in evidence}.values():
        total += sum(1 for w in _LONE_CAPITALISED.findall(document.text) if fold(strip_possessive(w)) == word)
    return max(total, len(evidence))


def _report_word(verdict: Verdict, evidence: list[NameItem], inside: bool, part: str, position: int,
                 mine: list[NameItem]) -> Iterator[Finding]:
    letters = "one letter" if verdict.distance == 1 else "two letters"
    full = _written(evidence)
    shown = full.split()[position]
    where = "in this article" if inside else _where(evidence)
    for document, alone in _by_document(mine):
        primary = alone[0]
        if verdict.translit:
            message = (f"'{primary.mention.text}' ({_where(alone)}) and '{shown}', the {part} of '{full}' "
                       f"({where}), are one name transliterated two ways, each article keeping its own")
        elif verdict.claim:
            message = f"'{primary.mention.text}' is {letters} away from '{shown}', the {part} of '{full}' ({where})"
        else:
            message = (f"'{primary.mention.text}' ({_where(alone)}) and '{shown}', the {part} of '{full}', are "
                       f"{letters} apart {where}: one name spelt two ways, or two people")
        yield SPELLING.finding(
            message, [primary.location(), *_related(evidence, document)],
            suggestion=(None if verdict.translit else f"write '{shown}'" if verdict.claim
                        else "check which spelling is right"),
            severity=_SEVERITY[verdict.confidence], confidence=verdict.confidence,
            confidence_reason=verdict.reason, majority=len(evidence),
        )


SPELLING = register(
    "QC101", "name-spelling", "error",
    map=spelling_map, compare=spelling_compare, merge=one_per_place,
    explanation="""
    A person's name is spelt one or two letters away from another form of it.

    Names are compared with accents and case folded, word by word; a
    transposition counts as one edit ("Kowalcyzk"), and so does a dropped
    prefix ("Donnell" for O'Donnell). A rare form ("Andres Manual Lopez
    Obrador", once) one or two letters from a form used at least twice as often
    ("Andrés Manuel López Obrador", five times) is reported; so is a surname or
    given name written alone ("Mr. Hutchins") one letter from the surname of a
    person of the same article ("Ann Hutchings") or of an article of the same
    story, and any capitalised word standing alone that is a typing slip from
    the surname of a person of its article (a transposed, doubled, dropped or
    added letter: "Clinotn was interviewed"), unless the article writes it in
    lower case or it ends in a letter the surname lacks (Green/Greene); one
    changed inner letter ("Jacksan") is an info, and only once among three
    uses of the surname in its article, outside lists and places. Two
    names that differ by another real given name ("Carl" / "Carla Mendes") are
    reported without naming either form: a warning when both have the same
    role, else an info; a short form of the given name ("Steve" / "Steven",
    not a feminine ending as in "Carl" / "Carla") is always an info.

    Evidence of two people beats edit distance: a different role attached to
    each form ("Steele, the party chairman" / "Steel, a spokesman for
    Boehner"), articles that share no story (no other person, few proper
    names), each form used often in its own articles, differing initials or
    particles, titles of another gender (Mr/Mrs), two real given names named
    together ("Mark Heller and Mary Heller"). Short forms ("Biden") and possessives are not
    findings. Every finding has a confidence: **high** (error: the same article,
    the same role, or a strong majority; the message names the right form),
    **medium** (warning: a weak majority; the message gives both counts and
    does not say which form is right) and **low** (info: evidence both ways,
    or two forms used about as often in one article or story).
    Two transliterations of a foreign name, each article keeping its own
    ("Binyamin" / "Benjamin Netanyahu", "Heydar" / "Heidar": the letter
    correspondences of ``lexicon/name_transliterations.tsv``), are an info
    with the reason "transliteration variant"; an article writing both forms
    has a slip and keeps its warning or error. The form most articles write
    is the one suggested, not the one one article repeats; as many articles
    on each side, or letters a scan confuses (l/i) repeated in one article,
    and the finding says the forms disagree without naming either.
    A names registry (``--names-registry``) beats the majority: its spelling is
    the right one, its accepted variants and distinct pairs are silent.
    Full names of one story also meet by their sound (their consonants, "al"
    and "el" left out), so "Rauhi Fattouh" / "Rouhi Fatouh" are weighed though
    a letter is added in each word, and a foreign name transliterated further
    than two edits apart ("Muammar al-Qaddafi" / "Moammar Gadhafi"), each article
    keeping its own, is an info. A rare form one edit from two other forms is
    reported once, against the form written most.
    Fix the rare form, or silence the rule with ``--ignore QC101``.
    """,
    example_bad="""
    a.txt: The new president, Andres Manual Lopez Obrador, took office.
    b.txt: Andres Manuel Lopez Obrador spoke. Andres Manuel Lopez Obrador left.
    """,
    example_good="""
    a.txt: "No vote this week," said Michael Steel, a spokesman for Speaker John Boehner.
    b.txt: RNC Chairman Michael Steele spoke. Party chairman Michael Steele left.
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
    registry = _registry()
    if registry is not None:
        entry = registry.canonical(name_tokens(items[0].mention.name))
        if registry.drop_accents:           # the house style writes names without accents
            flagged, evidence = accented, plain
        elif entry is not None and has_accents(entry.canonical):
            flagged, evidence = plain, accented     # the registry's accented spelling beats the majority
        if entry is not None and entry.accept:     # a variant the newsroom accepts is no finding
            accepted = {" ".join(variant.split()) for variant in entry.accept}
            flagged = [i for i in flagged if " ".join(i.mention.text.split()) not in accepted]
        if not flagged or not evidence:
            return
    longest = max(len(i.tokens) for i in evidence)
    shown = _written([i for i in evidence if len(i.tokens) == longest])
    for document, mine in _by_document(flagged):
        primary = mine[0]
        inside = any(i.document is document for i in evidence)
        where = "in this article and elsewhere" if inside else "elsewhere"
        accent = "without the accents of" if primary in plain else "with accents, unlike"
        style = None if inside or registry is not None else _house_style(document, primary in plain)
        if registry is None and all(_quoted(document.text, i.mention.start) for i in mine):
            style = "written so only inside a quotation: the quoted source's spelling, not the article's"
        yield ACCENTS.finding(
            f"'{primary.mention.text}' is written {accent} '{shown}', used {where} "
            f"({_where(evidence)})",
            [primary.location(), *_related(evidence, document)],
            suggestion=f"write '{shown}' everywhere",
            severity="info" if style else None, confidence="low" if style else "high",
            confidence_reason=style or "",
        )


_OPENING_QUOTES = "“«„"
_CLOSING_QUOTES = "”»"


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation of its paragraph: more opening curly
    quotation marks than closing ones before it, or an odd number of straight ones. A
    name inside a quotation is spelt as the quoted source spells it ("Raúl" in a passage
    quoted from his own website): a copy desk does not alter it to match its own text."""
    line = text[text.rfind("\n", 0, offset) + 1:offset]
    opened = sum(line.count(q) for q in _OPENING_QUOTES) - sum(line.count(q) for q in _CLOSING_QUOTES)
    return opened > 0 or line.count('"') % 2 == 1


def _house_style(document: Document, plain: bool) -> Optional[str]:
    """Why an article consistent with itself differs from the others only by a house style
    (outlets differ on accents: the BBC writes "Jose Mourinho", UEFA "José Mourinho"), or
    None. An article writing the name's accents where the others drop them is right by the
    name's own spelling; one writing no diacritic anywhere follows a style without them.
    Only a plain writing in an article that accents other words is a slip worth a warning."""
    if not plain:
        return "this article writes the name's accents, which the others drop (a house style)"
    if not has_accents(document.text):
        return "this article writes no accents at all (a house style)"
    return None


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
    writing, or silence the rule with ``--ignore QC102``. Across articles, a
    difference that is only a house style is an info (low confidence): an
    article that writes the name's accents where the others drop them, or one
    that writes no diacritic anywhere. A writing that an article uses only
    inside quotation marks is the quoted source's spelling, not the article's
    (a passage quoted from the person's own website writes "Raúl" where the
    article writes "Raul"): an info too. With a names
    registry, its accented spelling beats the majority, a variant it accepts
    (``accept = ["Lopez Obrador"]``) is not reported, and ``drop-accents =
    true`` (a house style without accents) makes the accented writings the
    ones to fix.
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
            core = _without_particles(item.tokens)
            if len(core) >= 2:
                yield ("particle", core), item


def _without_particles(tokens: Sequence[str]) -> tuple[str, ...]:
    """The name without its particles of two letters or more (a one-letter word is more
    often an initial, "James E. Clyburn", than the "e" or "y" of Iberian names)."""
    particles = lexicon.words("particles")
    return tuple(t for t in tokens if is_initial(t) or t not in particles)


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
    elif kind == "particle":
        yield from _dropped_particles(items)
    else:
        yield from _swapped_orders(items)


def _dropped_particles(items: list[NameItem]) -> Iterator[Finding]:
    """"Charles Gaulle" where the corpus writes "Charles de Gaulle" more often: a name
    particle (``particles.txt``) dropped. Only against a form with the particle used
    at least ``MIN_MAJORITY`` times and more often than the short one."""
    with_particle: dict[tuple[str, ...], list[NameItem]] = defaultdict(list)
    for item in items:
        if len(_without_particles(item.tokens)) < len(item.tokens):
            with_particle[item.tokens].append(item)
    if not with_particle:
        return
    common = max(with_particle, key=lambda k: (len(with_particle[k]), k))
    theirs = with_particle[common]
    without = [i for i in items if i.tokens == _without_particles(i.tokens)]
    if len(theirs) < MIN_MAJORITY or len(theirs) <= len(without):
        return
    shown = _written(theirs)
    for document, mine in _by_document(without):
        primary = mine[0]
        yield FORM.finding(
            f"'{primary.mention.text}' drops the particle of '{shown}', used {_where(theirs)}",
            [primary.location(), *_related(theirs, document)],
            suggestion=f"write '{shown}'", confidence="medium",
            confidence_reason="many writers drop particles on purpose (Assad for al-Assad)",
        )


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
    Jinping"), and a name particle dropped ("Charles Gaulle" against "Charles
    de Gaulle" used more often; particles from ``lexicon/particles.txt``).
    Informational; silence it with ``--ignore QC103``.
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
