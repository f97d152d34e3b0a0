"""QC105 proper-noun-spelling: a capitalised word spelt one letter away from the form its story uses.

QC101 and QC104 compare what the people and places extractors read as names.
Misspellings hide in every other capitalised word too: a company
("DaimerChrysler"), a team ("Bulldgos"), a product ("BlackBery"), a town
written without "in" before it ("Browsnville is among…"), a surname alone in a
sentence no extractor reads as a person's ("against Kiltschko on Saturday").
This rule reads every capitalised word of ``MIN_LETTERS`` letters or more that
its article never writes in lower case (so "Before" at a sentence start is no
name), files it under its deletion keys (two words one edit apart share one)
and compares the forms that meet. A form is a slip of another when it is rare
(at most ``MAX_RARE_USES`` uses in ``MAX_RARE_ARTICLES`` articles), the other
is used at least ``MIN_MAJORITY`` times and ``MIN_RATIO`` times as often, the
two are one edit apart with the same first letter and no ending between them
(America/American, Congressman/Congressmen), and they stand in one article or
in articles of one story. A rare form written beside names the other never
has beside it ("Olivia Colman" / "Jenna Coleman", "Patrik Berger" / "Patrick
Vieira") is another person, a rare form that is itself an English word or a
common name ("Titter", "Bennet": ``check/english.py``) is no slip, and nor is a
word inside a passage of another language or a foreign name translated in
brackets ("Tribunal Constitucional (Constitutional Court)": ``_foreign``). An
article that keeps the rare form's stem through several words ("Brasil",
"Brasil's", "Brasilians") has its own spelling: an info (``_own_spelling``). A vowel changed between
articles that each keep their own form ("Hormozgan" / "Hormuzgan": the letter
correspondences of ``lexicon/name_transliterations.tsv``) is a transliteration, worth a
look rather than a fix (info). A letter moved two places in a word of
``LONG_WORD`` letters ("Klitchsko") is a slip like one edit. Where no majority
can tell, the rule still says what it sees, as an info: two forms written once
each in one article that are a typing slip apart (a swapped or doubled letter,
or any one edit in a long word: "Arcleor" / "Arcelor"), and one changed inner
letter against ``CROWD`` uses of the other form in the same article ("Satifex"
/ "Sativex"). The places the name rules already report are left to them
(``defers_to``).
One name in two letter cases ("Buzzfeed" / "BuzzFeed") is compared under its own key
(``cases_compare``): a warning where one article mixes the forms, an info where articles
of one story each keep their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Hashable, Iterable, Iterator, Optional

import regex

from ... import lexicon
from ...document import Document
from ...names import deletion_keys, edit_distance, moved_letter
from ...records import Extraction
from .. import keys
from ..model import Finding, Location
from ..registry import register
from .name_evidence import article_votes, copied_majority, kept_apart, one_per_place, sentence_key
from .places import _derived
from .quotes import _spelling
from .. import english

MIN_LETTERS = 6          # shorter capitalised words are too often other real names (Marco/Mirco)
MAX_RARE_USES = 3        # uses of a slip, over every article that has it
MAX_RARE_ARTICLES = 2    # articles a slip stands in (a form used more widely is a spelling of its own)
MIN_MAJORITY = 2
MIN_RATIO = 2
STRONG_MAJORITY = 5      # uses of the other form from which the suggestion is given with high confidence
MAX_FORMS = 50           # forms meeting under one key (more: a key too common to tell slips apart)
MAX_PLACES = 3           # places of one form kept per article (enough to cite)
MAX_NEIGHBOURED = 5      # uses of one form in an article whose neighbours are read
MAX_RELATED = 5

# A capitalised word: a capital, letters, at least one lower-case letter (not an acronym),
# possibly a capital inside ("McIlroy", "DaimlerChrysler"); not glued to a digit or an apostrophe.
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])")
_NEIGHBOUR_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}]+)[ \t]$")
_NEIGHBOUR_AFTER = regex.compile(r"[ \t](\p{Lu}[\p{L}\p{M}]+)")   # matched at the word's end ("^" never matches at a pos)


@dataclass(frozen=True, eq=False)
class WordItem:
    """One capitalised word of one article: how often and where it is written there, and the
    capitalised words written right beside it (the rest of a name it belongs to)."""

    document: Document
    word: str                       # as written first
    key: str                        # folded: accents and case do not count (QC102 compares accents)
    uses: int
    inner: int                      # uses inside a sentence, not opening it nor in a title-case line
    foreign: int                    # uses inside a run of words of another language (``_foreign``; 0 past MAX_RARE_USES)
    starts: tuple[int, ...]         # the first ``MAX_PLACES`` places
    neighbours: frozenset[str]
    topics: frozenset[str]          # the article's topic names (``keys.topic_names``)
    sentences: tuple[Optional[int], ...] = ()  # one ``sentence_key`` per use: a verbatim copy's repeats vote once

    def location(self, start: int) -> Location:
        return Location.of(self.document, start, start + len(self.word))

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.starts[0])


def words_map(extraction: Extraction) -> Iterator[tuple[Hashable, WordItem]]:
    """Map: every capitalised word of the article the article never writes in lower case,
    once per article, under each of its deletion keys. An English word capitalised only
    where every word is (opening a sentence, in a title-case headline) is no name there.

    The sentence keys and the foreign-passage test, the dearest readings of a use, are made
    once the article's uses are counted: only for the forms that are kept, and the passage
    test only for forms of at most ``MAX_RARE_USES`` uses (only a rare form's is ever read,
    in ``_slip_of``; a more frequent form's ``foreign`` is left at 0)."""
    document = extraction.document
    text = document.text
    lowercase = keys.lowercase_words(text)
    titles = lexicon.words("titles")
    places: dict[str, list[tuple[int, int]]] = {}
    written: dict[str, str] = {}
    inner: dict[str, int] = defaultdict(int)
    beside: dict[str, set[str]] = defaultdict(set)
    headlines = _title_case_lines(text)
    neighbours = _neighbours_of(text, titles)
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < MIN_LETTERS:
            continue
        key = keys.fold(word)
        if key in lowercase:
            continue
        start, end = match.span()
        seen = places.setdefault(key, [])
        seen.append((start, end))
        if len(seen) == 1:
            written[key] = word
        if not _opens(text, start) and not any(a <= start < b for a, b in headlines):
            inner[key] += 1
        if len(seen) <= MAX_NEIGHBOURED:
            beside[key].update(neighbours(start, end))
    cases = _case_forms(text, _lowercase_outside_addresses(text, lowercase), titles, neighbours)
    if not places and not cases:
        return
    topics = keys.topic_names(text)
    for (key, form), (starts, near) in cases.items():
        yield ("case", key), CaseItem(document, form, key, len(starts), tuple(starts[:MAX_PLACES]),
                                      frozenset(near), topics)
    for key, spans in places.items():
        if not inner[key] and english.known(key):
            continue
        foreign = sum(_foreign(text, a, b) for a, b in spans) if len(spans) <= MAX_RARE_USES else 0
        item = WordItem(document, written[key], key, len(spans), inner[key], foreign,
                        tuple(a for a, _ in spans[:MAX_PLACES]), frozenset(beside[key]), topics,
                        tuple(sentence_key(text, a, b) for a, b in spans))
        for block in deletion_keys(key):
            yield ("word", block), item


TITLE_CASE_SHARE = 0.8    # capitalised share of a line's longer words from which it is a title-case headline
TITLE_LINE = 200          # characters of a headline at most


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines written in title case ("Obama Medicare Attack In 2008 Targeted
    McCain"), short and ending no sentence with a full stop: every word there is
    capitalised, so a capital says nothing of a name."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) <= TITLE_LINE and not line.rstrip(" \t\"”’'").endswith("."):
            words = [w for w in _LONG_WORD.findall(line)]
            if len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words):
                spans.append((start, end))
        start = end + 1
    return spans


_LONG_WORD = regex.compile(r"\p{L}{4,}")


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line (its capital is the sentence's)."""
    before = text[max(0, start - 4):start].rstrip(" \t\"'“”‘’(")
    return not before or before[-1] in ".!?:\n"


FOREIGN_WINDOW = 6        # lower-case words read on each side of a capitalised word, within its line
FOREIGN_REACH = 80        # characters read on each side for them (a paragraph's line can be long)
FOREIGN_UNKNOWN = 3       # of them unknown to the English word list that make the passage another language's
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}'’-])")


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether the word stands in a passage of another language ("o Conselho Constitucional irá
    garantir que as preocupações…"): ``FOREIGN_UNKNOWN`` of the lower-case words around it, in
    its line, are unknown to the English word list, or it sits inside a capitalised run
    translated in brackets (``_glossed``). A word of another language spelt as that language
    spells it is no English slip."""
    left = max(text.rfind("\n", 0, start) + 1, start - FOREIGN_REACH)
    right = text.find("\n", end)
    right = min(len(text) if right < 0 else right, end + FOREIGN_REACH)
    before = _LOWER_WORD.findall(text, left, start)[-FOREIGN_WINDOW:]
    after = _LOWER_WORD.findall(text, end, right)[:FOREIGN_WINDOW]
    if english.unknown(before + after) >= FOREIGN_UNKNOWN:
        return True
    return _glossed(text, start, end, right)


# The rest of a capitalised run: capitalised words, short particles ("pour", "de"), elisions ("l'Enfance").
_RUN_TAIL = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Ll}['’]\p{Lu}[\p{L}\p{M}]*|\p{Ll}{1,4}(?![\p{L}'’])))*")
_GLOSS = regex.compile(r"[ \t]*\((?:the |an? )?(\p{Lu}?[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){1,6})\)")


COGNATE = 5               # letters of a word and of its translation compared ("Constitucional", "Constitutional")


def _glossed(text: str, start: int, end: int, right: int) -> bool:
    """Whether the capitalised run the word opens or belongs to is followed by its translation
    in brackets: two English words or more, one a cognate of a word of the run (``_cognate``:
    "Tribunal Constitucional (Constitutional Tribunal)", "Fondation pour l'Enfance (Foundation
    for Childhood)"). A run glossed by a description ("Rosneft (the state oil company)") has
    no such word and is not foreign."""
    tail = _RUN_TAIL.match(text, end, right)
    run_end = tail.end() if tail else end
    gloss = _GLOSS.match(text, run_end, right)
    if not gloss:
        return False
    english_words = [w.lower() for w in gloss.group(1).split()]
    if not all(english.known(w) for w in english_words):
        return False
    run = [keys.fold(w) for w in _LETTERS.findall(text, start, run_end) if len(w) >= COGNATE]
    return any(_cognate(w, r) for w in english_words if len(w) >= COGNATE for r in run)


def _cognate(a: str, b: str) -> bool:
    """Two words of two languages for one thing: the same first ``COGNATE`` letters, or one
    letter apart ("fondation" / "foundation")."""
    return a[:COGNATE] == b[:COGNATE] or edit_distance(a, b, 1) <= 1


_LETTERS = regex.compile(r"\p{L}+")
_WORD_BEFORE = regex.compile(r"(\p{Ll}+)[ \t]+$")


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word follows a place preposition ("speaking in Thailand Hingis said"): a
    place, so the capitalised word after it opens the next phrase, not a surname."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and before.group(1) in lexicon.words("place_prepositions")


def _neighbours(text: str, start: int, end: int, titles: frozenset[str]) -> Iterator[str]:
    """The capitalised words written right before and after a word, with one space between:
    the given name and surname it goes with ("Patrik Berger" is not "Patrick Vieira"; a place
    after "in" has no surname after it). A title ("Mr", "Judge") says nothing of which
    person is meant, nor does a word that opens a sentence ("Singer Jenifer also…") unless it
    is a given name ("Olivia Colman was…")."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 30), start)
    if before:
        word = keys.fold(before.group(1))
        if word not in titles and (not _opens(text, before.start(1)) or word in lexicon.words("people_given_names")):
            yield word
    after = _NEIGHBOUR_AFTER.match(text, end, min(len(text), end + 30))
    if after and after.group(1).lower() not in titles and not _after_preposition(text, start):
        yield keys.fold(after.group(1))


def _neighbours_of(text: str, titles: frozenset[str]) -> Callable[[int, int], tuple[str, ...]]:
    """:func:`_neighbours` of the words of ``text``, each span read once: ``words_map`` and
    ``_case_forms`` ask about the same capitalised words (a word of ``_WORD`` is mostly a
    word of ``_CASE_WORD`` at the same span), and the answer depends on the span alone."""
    found: dict[tuple[int, int], tuple[str, ...]] = {}

    def neighbours(start: int, end: int) -> tuple[str, ...]:
        words = found.get((start, end))
        if words is None:
            words = found[(start, end)] = tuple(_neighbours(text, start, end, titles))
        return words

    return neighbours


def words_compare(key: Hashable, items: list) -> Iterable[Finding]:
    """Compare: each rare form of the group against the forms one edit away that its story
    uses far more often (a pair meeting under several keys is compared in its smallest);
    under a ``("case", word)`` key, the letter cases one word is written in (``cases_compare``)."""
    if key[0] == "case":
        return cases_compare(items)
    forms: dict[str, list[WordItem]] = defaultdict(list)
    for item in items:
        forms[item.key].append(item)
    if len(forms) < 2 or len(forms) > MAX_FORMS:
        return []
    findings = []
    for rare, mine in sorted(forms.items()):
        uses = sum(i.uses for i in mine)
        if uses > MAX_RARE_USES or len(mine) > MAX_RARE_ARTICLES:
            continue
        for item in mine:
            candidates = []
            for common, theirs in forms.items():
                if common == rare or ("word", min(set(deletion_keys(rare)) & set(deletion_keys(common)))) != key:
                    continue
                own = {keys.stem(rare), keys.stem(common)}
                story = [other for other in theirs if _one_story(item, other, own)]
                if story and _slip_of(rare, uses, mine, common, story):
                    candidates.append((common, story))
            if candidates:
                common, story = max(candidates, key=lambda c: (sum(i.uses for i in c[1]), c[0]))
                findings.append(_finding(item, mine, story))
    return findings


def _slip_of(rare: str, uses: int, mine: list[WordItem], common: str, theirs: list[WordItem]) -> bool:
    """Whether the rare form is a slip of the common one (see the module docstring)."""
    majority = sum(i.uses for i in theirs)
    if (majority < MIN_MAJORITY or majority < MIN_RATIO * uses) and not _once_each(rare, uses, mine, common, theirs):
        return False
    if not any(i.inner for i in theirs):
        return False   # capitalised only where every word is ("Previous", "Nothing"): no name
    if all(i.foreign == i.uses for i in mine):
        return False   # "Constitucional" in a Portuguese passage: that language's spelling
    if rare[0] != common[0] or edit_distance(rare, common, 1) != 1 and not _moved(rare, common):
        return False   # Hollywood / Bollywood: another word, not a slip
    if _ending(rare, common) or _spelling(rare) == _spelling(common):
        return False   # Congressmen, realised / realized
    if _derived((rare,), (common,)) and not _changed_among_many(rare, uses, mine, common, theirs):
        return False   # America / American, Boston / Bolton
    if _two_names(mine, theirs) and not (_once_each(rare, uses, mine, common, theirs) and _bare(theirs)):
        return False   # once against once, a neighbour beside one form only says little ("Vago Muradian" / "[Murandian]")
    return not english.known(rare)   # "Titter", "Bennet", "Raising": a word or a name of its own


LONG_WORD = 8             # letters from which any one edit, not only a typing slip, is compared once against once


def _once_each(rare: str, uses: int, mine: list[WordItem], common: str, theirs: list[WordItem]) -> bool:
    """Whether two forms written once each in one article read as a typing slip of one
    name ("Arcleor" / "Arcelor", "Villareal" / "Villarreal"): no majority tells which is
    right, so the finding is an info, at the later form (the earlier when the later is a known
    word, which is never called a slip). Two letters swapped or one doubled, or any one edit in
    a word of ``LONG_WORD`` letters; shorter words one changed letter apart are too often
    two names (Sheehan / Sheahan)."""
    if uses != 1 or sum(i.uses for i in theirs) != 1 or mine[0].document.id != theirs[0].document.id:
        return False
    if mine[0].starts[0] < theirs[0].starts[0] and not english.known(common):
        return False    # the pair is reported once: at the later form, unless that is a known word
    return _typing_slip(rare, common) or min(len(rare), len(common)) >= LONG_WORD


CROWD = 4                 # uses of a form in the rare one's article that make one changed inner letter worth an info


def _changed_inner(rare: str, common: str) -> bool:
    """One changed letter, neither the first nor the last ("Satifex" / "Sativex")."""
    return (len(rare) == len(common) and rare[-1] == common[-1] and sorted(rare) != sorted(common)
            and edit_distance(rare, common, 1) == 1)


def _changed_among_many(rare: str, uses: int, mine: list[WordItem], common: str, theirs: list[WordItem]) -> bool:
    """Whether a form written once has one changed inner letter from a form its own article
    writes ``CROWD`` times or more: a slip or another name (Boston / Bolton are two towns),
    worth an info."""
    if uses != 1 or not _changed_inner(rare, common):
        return False
    return sum(i.uses for i in theirs if i.document.id == mine[0].document.id) >= CROWD


def _bare(items: list[WordItem]) -> bool:
    """Whether a form is never written beside another capitalised name."""
    return not any(i.neighbours for i in items)


def _moved(rare: str, common: str) -> bool:
    """A letter moved two places in a word of ``LONG_WORD`` letters ("Klitchsko" / Klitschko):
    a typing slip, not another name."""
    return len(rare) >= LONG_WORD and moved_letter(rare, common)


def _typing_slip(a: str, b: str) -> bool:
    """Two neighbouring letters swapped, or one letter doubled or undoubled."""
    if len(a) == len(b):
        return sorted(a) == sorted(b)
    short, long = sorted((a, b), key=len)
    return any(long[i] == long[i - 1] and long[:i] + long[i + 1:] == short for i in range(1, len(long)))


MIN_SHARED_TOPICS = 2     # topic names two articles share to be about one story


def _one_story(item: WordItem, other: WordItem, own: set[str]) -> bool:
    """Whether two articles are one story: the same article, or two that share
    ``MIN_SHARED_TOPICS`` of their topic names besides the two forms — not two articles of
    a flat archive that happen to hold two real names ("Nielson" and "Nelson")."""
    return item.document.id == other.document.id or len((item.topics & other.topics) - own) >= MIN_SHARED_TOPICS


_ENDINGS = (("man", "men"), ("er", "or"), ("ers", "ors"))


def _ending(a: str, b: str) -> bool:
    """Two endings of one word rather than a slip: Congressman / Congressmen, adviser / advisor."""
    for x, y in _ENDINGS:
        for p, q in ((a, b), (b, a)):
            if p.endswith(x) and q.endswith(y) and p[:-len(x)] == q[:-len(y)]:
                return True
    return False


def _two_names(mine: list[WordItem], theirs: list[WordItem]) -> bool:
    """Whether the rare form is written beside capitalised words the other form never has
    beside it: another person ("Patrik Berger" against "Patrick Vieira", "Olivia Colman"
    against "Jenna Coleman"), not one name misspelt ("Vincente Fox" / "Vicente Fox")."""
    ours = frozenset().union(*(i.neighbours for i in mine))
    return bool(ours) and not ours & frozenset().union(*(i.neighbours for i in theirs))


def _transliterated(rare: str, common: str, mine: list[WordItem], theirs: list[WordItem]) -> bool:
    """Two transliterations of a name no dictionary holds, each article keeping its own form
    ("Hormozgan" / "Hormuzgan", "Masoud" / "Massoud"): the name rules' shared test
    (``name_evidence.kept_apart``); a dictionary word has one spelling ("Masscre")."""
    if english.known(common):
        return False
    return kept_apart((rare,), (common,), [i.document for i in mine], [i.document for i in theirs])


OWN_USES = 3              # uses of the rare form in its article that make it that article's spelling
OWN_STEM_USES = 4         # uses of words built on the rare form's stem, in two forms or more, that do too
MIN_STEM = 4              # letters of a stem that say which spelling a word follows
OWN_RATIO = 2             # times the article writes the rare stem at least as often as the other form's


def _own_spelling(item: WordItem, common: str) -> bool:
    """Whether the rare form is its article's deliberate spelling ("Brasil", "Brasil's",
    "Brasilians" and once "Brasilian" against "Brazilian" elsewhere): the article writes the
    rare form ``OWN_USES`` times, or writes the rare form's stem — its letters up to the one
    that differs — in several words ``OWN_STEM_USES`` times; either way ``OWN_RATIO`` times as
    often as the other form's stem (a quoted "Brazil" or two does not make it a slip). A slip
    is made once; a spelling is kept through every form of the word."""
    at = next((i for i, (a, b) in enumerate(zip(item.key, common)) if a != b), min(len(item.key), len(common)))
    mine, theirs = item.key[:at + 1], common[:at + 1]
    if len(mine) < MIN_STEM or mine == theirs:
        return False
    counts: dict[str, int] = defaultdict(int)
    other = 0
    for match in _WORD.finditer(item.document.text):
        word = keys.fold(match.group())
        if word.startswith(theirs):
            other += 1
        elif word.startswith(mine):
            counts[word] += 1
    stem = sum(counts.values())
    if stem < OWN_RATIO * other:
        return False
    return counts[item.key] >= OWN_USES or (len(counts) >= 2 and stem >= OWN_STEM_USES)


def _voting(items: list[WordItem]) -> list:
    """Each article's uses of a form, for ``article_votes``/``copied_majority``: one article
    against one, the uses decide."""
    return [(i.document.id, i.uses, i.sentences) for i in items]


def _finding(item: WordItem, mine: list[WordItem], theirs: list[WordItem]) -> Finding:
    """The finding at one article's rare form, citing its places and the other form's; it
    records how often the other form is written (``extra["majority"]``, for ``one_per_place``)."""
    finding = _worded(item, mine, theirs)
    finding.extra["majority"] = sum(i.uses for i in theirs)
    return finding


def _worded(item: WordItem, mine: list[WordItem], theirs: list[WordItem]) -> Finding:
    majority = sum(i.uses for i in theirs)
    written = max(theirs, key=lambda i: (i.uses, i.word)).word
    articles = len({i.document.id for i in theirs})
    where = f"{majority} times in {articles} article{'s' if articles != 1 else ''}"
    related = sorted(theirs, key=lambda i: (i.document.id != item.document.id, i.order()))[:MAX_RELATED]
    locations = [item.location(s) for s in item.starts] + [i.location(i.starts[0]) for i in related]
    away = "one letter" if edit_distance(item.key, theirs[0].key, 1) == 1 else "a moved letter"
    if _transliterated(item.key, theirs[0].key, mine, theirs):
        return PROPER_NOUNS.finding(
            f"'{item.word}' and '{written}' ({where}) are one name spelt two ways in one story:"
            " a transliteration or a slip", locations, severity="info",
            confidence="low", confidence_reason="transliteration variant: each article keeps its own form")
    if _derived((item.key,), (theirs[0].key,)):
        return PROPER_NOUNS.finding(
            f"'{item.word}' is one changed letter from '{written}' ({where}): a slip or another name",
            locations, suggestion="check which spelling is right", severity="info", confidence="low",
            confidence_reason=f"one changed inner letter, once against {majority} uses in the article: "
                              "a slip or another name")
    if majority < MIN_MAJORITY:
        return PROPER_NOUNS.finding(
            f"'{item.word}' and '{written}' are one letter apart, each written once in this article:"
            " one name spelt two ways, or two names", locations,
            suggestion="check which spelling is right", severity="info", confidence="low",
            confidence_reason="each form once in the article: a typing slip or two names, no majority tells")
    ours, others = article_votes(_voting(mine), _voting(theirs))
    if ours > others or ours == others > 1:
        return PROPER_NOUNS.finding(
            f"'{item.word}' is {away} away from '{written}' ({where}), and the forms disagree: "
            f"as many articles or more write '{item.word}'", locations,
            suggestion="check which spelling is right", confidence="medium",
            confidence_reason=f"forms disagree: {ours} article{'s' if ours != 1 else ''} against {others}, "
                              f"though '{written}' is written more often")
    if _own_spelling(item, theirs[0].key):
        return PROPER_NOUNS.finding(
            f"'{item.word}' is {away} away from '{written}' ({where}), but this article spells the name"
            f" its own way throughout", locations, suggestion="check which spelling is right",
            severity="info", confidence="low", confidence_reason="the article's own spelling")
    copied = copied_majority(_voting(mine), _voting(theirs), MIN_MAJORITY, MIN_RATIO)
    if copied:
        return PROPER_NOUNS.finding(
            f"'{item.word}' is {away} away from '{written}' ({where}), and the forms disagree: "
            f"counting verbatim copies once, '{written}' has no majority", locations,
            suggestion="check which spelling is right", confidence="medium",
            confidence_reason=f"forms disagree: {copied[1]} distinct sentence{'s write' if copied[1] != 1 else ' writes'}"
                              f" '{written}', {copied[0]} '{item.word}' (verbatim copies counted once)")
    same_article = any(i.document.id == item.document.id for i in theirs)
    return PROPER_NOUNS.finding(
        f"'{item.word}' is {away} away from '{written}', the spelling used {where}",
        locations, suggestion=f"write '{written}'",
        confidence="high" if majority >= STRONG_MAJORITY or same_article else "medium",
        confidence_reason=("the other form is in the same article" if same_article
                           else f"the other form is used {majority} times in the same story"))


# --- one name in two letter cases ("Buzzfeed" / "BuzzFeed") ---------------------------------

CASE_MIN_LETTERS = 5      # letters of a word compared by its case ("LuAnn" / "Luann")
# A capitalised word, possibly with an apostrophe inside ("Ka'Loni", "O'Neill") and a possessive after it.
# A word glued by a dot to another ("Email-Worm.Win32.NetSky.aa", "Setup.Exe") is part of an
# identifier or a file name, whose letter case is its scheme's, not the prose's.
_CASE_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’])(?<![\p{L}\p{N}]\.)\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}])(?!\.[\p{L}\p{N}])")


@dataclass(frozen=True, eq=False)
class CaseItem:
    """One letter-case form of one capitalised word in one article ("BuzzFeed"), with its
    uses, first places and the capitalised words written beside it."""

    document: Document
    form: str                       # as written (the possessive left out, a curly apostrophe made straight)
    key: str                        # folded: what every case form of the word shares
    uses: int
    starts: tuple[int, ...]
    neighbours: frozenset[str]
    topics: frozenset[str]

    def location(self, start: int) -> Location:
        return Location.of(self.document, start, start + len(self.form))


# A lower-case word inside a web or mail address ("/ blackberry-q10", "www.quillbright.com").
_ADDRESS_WORD = regex.compile(r"(?<![\p{L}\p{M}'’])\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}'’])")
_ADDRESS_MARKS = ("/", "@", "www.")


def _lowercase_outside_addresses(text: str, lowercase: frozenset[str]) -> frozenset[str]:
    """The folded words the text writes in lower case other than inside a web or mail
    address: an address writes a name in lower case whatever its spelling. (An article with no
    address keeps ``lowercase`` as it is.)"""
    if not any(mark in text for mark in _ADDRESS_MARKS):
        return lowercase
    kept = set()
    for match in _ADDRESS_WORD.finditer(text):
        before = text[max(0, match.start() - 2):match.start()]
        after = text[match.end():match.end() + 2]
        if before[-1:] in ("/", "@", ".") or before == "/ " or after[:1] == "@" or (
                after[:1] == "." and after[1:2].isalpha()):
            continue
        kept.add(keys.fold(match.group()))
    return frozenset(kept)


def _case_forms(text: str, lowercase: frozenset[str], titles: frozenset[str],
                neighbours: Optional[Callable[[int, int], tuple[str, ...]]] = None) -> dict:
    """Each (folded word, form as written) of the article's capitalised words of
    ``CASE_MIN_LETTERS`` letters or more: their places and neighbours. A word the article also
    writes in lower case (a web address, an English word) is left out, and so is a form in
    capitals for the most part ("McDONALD", shouting), which is no spelling. ``neighbours``:
    the text's :func:`_neighbours_of`, when the caller has read some of them already."""
    neighbours = neighbours or _neighbours_of(text, titles)
    found: dict[tuple[str, str], tuple[list[int], set[str]]] = {}
    for match in _CASE_WORD.finditer(text):
        word = match.group()
        if len(word) < CASE_MIN_LETTERS:
            continue    # fewer letters than that, whatever they are
        if word.endswith(("'s", "’s")):
            word = word[:-2]    # the possessive
        form = word.replace("’", "'")   # the two apostrophes: one spelling
        letters = sum(map(str.isalpha, form))
        if letters < CASE_MIN_LETTERS or 2 * sum(map(str.isupper, form)) >= letters:
            continue
        key = keys.fold(form)
        if key in lowercase:
            continue
        starts, near = found.setdefault((key, form), ([], set()))
        starts.append(match.start())
        if len(starts) <= MAX_NEIGHBOURED:
            near.update(neighbours(match.start(), match.start() + len(form)))
    # A plural written beside its singular in the same cases ("MyDooms", "Mydooms" beside
    # "MyDoom", "Mydoom") repeats the singular's finding.
    return {k: v for k, v in found.items() if not (k[0].endswith("s") and (k[0][:-1], k[1][:-1]) in found)}


def cases_compare(items: list[CaseItem]) -> list[Finding]:
    """The forms of one word that differ in letter case only ("Buzzfeed" / "BuzzFeed",
    "Paypal" / "PayPal"): a reader sees two spellings. An article that mixes them has a slip:
    a warning at its rarer form. Articles of one story that each keep their own form follow
    house styles: an info at the rarer form's articles. Forms written beside different names
    ("Kelvin MacKenzie" / "Compton Mackenzie") are two people."""
    spelt: dict[str, list[CaseItem]] = defaultdict(list)
    for item in items:
        spelt[_uncased(item.form)].append(item)    # "Vendome" / "Vendôme" is QC102's: accents
    return [f for same in spelt.values() if len({i.form for i in same}) >= 2 for f in _cases(same)]


def _uncased(form: str) -> str:
    return form.replace("’", "'").casefold()


def _cases(items: list[CaseItem]) -> list[Finding]:
    """The findings of one word's letter-case forms (see ``cases_compare``)."""
    findings = []
    by_article: dict[str, list[CaseItem]] = defaultdict(list)
    for item in items:
        by_article[item.document.id].append(item)
    story_uses: dict[str, int] = defaultdict(int)
    for item in items:
        story_uses[item.form] += item.uses
    for forms in by_article.values():
        if len(forms) < 2:
            continue
        told: dict[str, int] = defaultdict(int)    # each form's uses in the article's story
        for other in items:
            if _one_story(forms[0], other, {keys.stem(forms[0].key)}):
                told[other.form] += other.uses
        ranked = sorted(forms, key=lambda i: (-told[i.form], -i.uses, i.starts[0]))
        main = ranked[0]
        for rare in ranked[1:]:
            if _two_cased_names(rare, [main]):
                continue
            findings.append(_case_finding(rare, main, told))
    kept = [f[0] for f in by_article.values() if len(f) == 1]
    for item in kept:
        story = [o for o in items if _one_story(item, o, {keys.stem(item.key)})]
        others = [o for o in story if o.form != item.form]
        if not others:
            continue
        theirs = len({o.document.id for o in others})
        if _story_main(story) == item.form:
            continue    # the story's main form: the others are reported
        if _two_cased_names(item, others):
            continue
        told: dict[str, int] = defaultdict(int)
        for other in others:
            told[other.form] += other.uses
        main = max(others, key=lambda o: (told[o.form], o.form))
        findings.append(PROPER_NOUNS.finding(
            f"'{item.form}' is written '{main.form}' in {theirs} other article{'s' if theirs != 1 else ''}"
            f" of the story ({_times(told[main.form])}): one name in two letter cases, each article"
            " keeping its own", [item.location(s) for s in item.starts] + [main.location(main.starts[0])],
            suggestion="check which spelling is right", severity="info", confidence="low",
            confidence_reason="each article keeps its own letter case: a house style"))
    return findings


def _story_main(items: list[CaseItem]) -> str:
    """The form most articles of the story write (then the most used; then the first in
    alphabetical order, so a tie names one form only)."""
    articles: dict[str, set[str]] = defaultdict(set)
    uses: dict[str, int] = defaultdict(int)
    for item in items:
        articles[item.form].add(item.document.id)
        uses[item.form] += item.uses
    return min(articles, key=lambda f: (-len(articles[f]), -uses[f], f))


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _two_cased_names(item: CaseItem, others: list[CaseItem]) -> bool:
    """Whether the form is written beside capitalised names the other forms never have beside
    them, nor among their articles' topic names: two people ("Kelvin MacKenzie" / "Compton
    Mackenzie"), where "Luann Johnson" against "LuAnn Marie Johnson" is one woman."""
    theirs = frozenset().union(*(o.neighbours for o in others))
    if not item.neighbours or not theirs or item.neighbours & theirs:
        return False
    topics = frozenset().union(*(o.topics for o in others))
    return not any(keys.stem(n) in topics for n in item.neighbours)


def _case_finding(rare: CaseItem, main: CaseItem, told: dict[str, int]) -> Finding:
    """The warning at an article's rarer letter case of a word it also writes otherwise (rarer
    in its story: an article's own slip written twice is still the slip)."""
    locations = [rare.location(s) for s in rare.starts] + [main.location(main.starts[0])]
    here = f"'{main.form}' {_times(main.uses)} here"
    if told[main.form] > main.uses:
        here += f", {_times(told[main.form])} in its story"
    if told[rare.form] == told[main.form]:
        return PROPER_NOUNS.finding(
            f"'{rare.form}' and '{main.form}' are one name in two letter cases in this article",
            locations, suggestion="check which spelling is right", confidence="medium",
            confidence_reason=f"each form written {_times(told[main.form])} in the story")
    return PROPER_NOUNS.finding(
        f"'{rare.form}' is one name with '{main.form}' in two letter cases in this article ({here})",
        locations, suggestion=f"write '{main.form}'", confidence="high" if main.uses > rare.uses else "medium",
        confidence_reason="the other letter case is in the same article")


PROPER_NOUNS = register(
    "QC105", "proper-noun-spelling", "warning",
    map=words_map, compare=words_compare, merge=one_per_place, min_group=2, defers_to=("QC101", "QC102", "QC104"),
    explanation="""
    A capitalised word is spelt one letter away from the form its story uses far more often.

    Name-spelling and place-spelling compare the people and places the
    extractors find. This rule reads every other capitalised word too —
    companies ("DaimerChrysler"), teams ("Bulldgos"), products, towns written
    without "in" before them, a surname alone in a sentence no extractor reads
    as a person's ("against Kiltschko on Saturday") — so a slip that no
    extractor names is still caught. Only words of six letters or more that
    the article never writes in lower case count. A form is reported when it
    is rare (at most three uses, in at most two articles), the other form is
    used at least twice and twice as often, the two are one edit apart (a
    swapped pair of letters counts as one) with the same first letter, and
    they stand in one article or in articles of one story. Not findings: an
    ending (America and American, Congressman and Congressmen, adviser and
    advisor), British and American spellings, a changed first letter
    (Hollywood and Bollywood), a rare form written beside names the other
    never has beside it ("Olivia Colman" and "Jenna Coleman", "Patrik Berger"
    and "Patrick Vieira": two people), a rare form that is itself an English
    word or a common name ("Raising", "Titter", "Bennet"), a word of another
    language (in a passage the English word list does not know, or a name
    translated in brackets), and a place the name rules already report. An
    article that writes the rare form's stem in several words ("Brasil",
    "Brasil's", "Brasilians") keeps its own spelling: an info. Two
    transliterations of a name no dictionary holds, in articles that each keep
    their own form ("Hormozgan" and "Hormuzgan", "Masoud" and "Massoud": the
    letter correspondences of ``lexicon/name_transliterations.tsv``, shared with
    QC101 and QC104), are reported as info: a house style that a copy desk
    settles once. A rare form one letter from two others is reported once,
    against the form written most. One name written in two letter cases
    ("Buzzfeed" and "BuzzFeed", "Ka'loni" and "Ka'Loni", words of five letters
    or more) is a warning where one article mixes the forms (at the form its
    story writes less), and an info where articles of one story each keep
    their own (a house style). Fix the rare form, or silence the rule with
    ``--ignore QC105``.
    """,
    example_bad="""
    a.txt: Nvidia and Intel met in Santa Clara. Nvidia said the Intel deal would close. Analysts praised Nvidia.
    b.txt: In Santa Clara, Intel and Nvdidia signed the deal, Nvidia said.
    """,
    example_good="""
    a.txt: Nvidia and Intel met in Santa Clara. Nvidia said the Intel deal would close. Analysts praised Nvidia.
    b.txt: In Santa Clara, Intel and Nvidia signed the deal, Nvidia said.
    """,
)

__all__ = ["PROPER_NOUNS", "WordItem", "CaseItem"]
