"""Evidence that two near names are one person misspelt, or two people.

Edit distance alone calls Michael Steel (a spokesman) a misspelt Michael Steele
(a party chairman). What an editor reads instead is what the text says about
each form: the roles attached to it (a title before the name, an appositive
after it), whether the articles share a story (other people, other proper
names), and whether each form is used consistently on its own. This module
reads those signals; the name rules weigh them.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

import regex

from ... import lexicon
from .. import english
from ...document import Document
from ...names import fold, title_length, transliteration_variant
from ...records import PersonMention
from ..model import Finding, Location

# ", the party chairman," / ", a spokesman for Boehner" / ", Liverpool chief executive."
_APPOSITIVE = regex.compile(r"['’]?s?\s*,\s+(?:who\s+(?:is|was)\s+)?([^,.;:!?()\"“”\n]{1,60})")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}.'’-]*")
APPOSITIVE_HEAD = 4       # words of an appositive in which its role noun must start
MIN_SHARED_NAMES = 3      # capitalised words two articles share to be about the same story
MIN_CONTEXT = 8           # capitalised words an article needs before its story can be told apart
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{3,}")


@functools.lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(t.replace(".", "") for t in lexicon.words("titles"))


@functools.lru_cache(maxsize=8192)
def role_of(title: str) -> str:
    """The role a written title names (``Gov.`` → ``governor``), ``""`` for a courtesy title
    (``Mr.``). Modifiers in front (``former``, ``Texas``) are not part of it."""
    words = title.lower().replace(".", "").split()
    table = lexicon.table("name_roles")
    titles = _titles()
    for i in range(len(words)):     # the longest known role at the end ("Texas Gov." → "gov")
        rest = " ".join(words[i:])
        if rest in table or rest in titles:
            role = table.get(rest, (rest,))[0]
            return "" if role == "-" else role
    return ""


def mention_roles(document: Document, mention: PersonMention) -> frozenset[str]:
    """The roles the text gives this mention: its titles and the titles in an appositive.

    ``RNC Chairman Michael Steele`` → ``{"chairman"}``; ``Michael Steel, a spokesman
    for Boehner`` → ``{"spokesman"}``.
    """
    roles = {role_of(t) for t in mention.titles}
    match = _APPOSITIVE.match(document.text, mention.end, mention.end + 80)
    if match:
        words = [w.rstrip(".") for w in _WORD.findall(match.group(1))]
        for i in range(min(len(words), APPOSITIVE_HEAD)):   # the appositive's head, not the
            n = title_length(words, i)                       # titles of people named after it
            if n:
                roles.add(role_of(" ".join(words[i:i + n])))
                break
    roles.discard("")
    return frozenset(roles)


def role_head(role: str) -> str:
    """The noun a role is about: ``house speaker`` and ``speaker`` are one role, and so are
    ``shadow home secretary`` and ``secretary``; ``secretary of state`` → ``secretary``."""
    words = role.split(" of ")[0].split()
    return words[-1] if words else role


@dataclass(frozen=True)
class PairEvidence:
    """What the texts say about a rare form against a frequent one."""

    same_article: bool      # both forms in one article
    roles_agree: bool       # a role attached to both forms
    roles_differ: bool      # each form has roles, none in common
    story: Optional[bool]   # the articles share a story (None: too short to tell)
    both_frequent: bool     # the rare form is used often, never beside the other one

    @property
    def one_person(self) -> bool:
        return self.same_article or self.roles_agree

    @property
    def two_people(self) -> bool:
        """Different roles, or no shared story, and nothing that ties the forms together:
        two people with near names, not worth a finding."""
        if self.one_person:
            return False
        return self.roles_differ or self.story is False or self.both_frequent and self.story is not True

    @property
    def mixed(self) -> bool:
        """Evidence both ways: one article (or one story) but each form its own role or
        its own frequent use. Reported at low confidence, without saying which is right."""
        return not self.two_people and (self.roles_differ or self.both_frequent and not self.roles_agree)

    def reasons_for_one(self) -> list[str]:
        return [text for flag, text in ((self.same_article, "both forms in one article"),
                                        (self.roles_agree, "the same role given to both forms"),
                                        (self.story is True, "the articles share a story")) if flag]

    def reasons_for_two(self) -> list[str]:
        return [text for flag, text in ((self.roles_differ, "different roles given to each form"),
                                        (self.both_frequent, "each form used often in its own articles"),
                                        (self.story is False, "the articles share no story")) if flag]


MIN_OWN_USES = 3   # uses of the rare form, in articles without the other, that make it a name in its own right


def weigh(mine: Sequence, theirs: Sequence, own: Iterable[str]) -> PairEvidence:
    """Evidence for a rare form's mentions ``mine`` against the frequent form's ``theirs``
    (name-rule items with ``document``, ``roles`` and ``people``); ``own`` are the words
    of the two names, left out of the story comparison."""
    own = set(own)
    mine_docs = {i.document.id for i in mine}
    their_docs = {i.document.id for i in theirs}
    mine_roles = frozenset(role_head(r) for i in mine for r in i.roles)
    their_roles = frozenset(role_head(r) for i in theirs for r in i.roles)
    return PairEvidence(
        same_article=bool(mine_docs & their_docs),
        roles_agree=bool(mine_roles & their_roles),
        roles_differ=bool(mine_roles and their_roles and not mine_roles & their_roles),
        story=same_story(mine, theirs, own),
        both_frequent=len(mine) >= MIN_OWN_USES and not mine_docs & their_docs,
    )


def same_story(mine: Sequence, theirs: Sequence, own: set[str]) -> Optional[bool]:
    """Whether the articles of two close names are about the same people: a rare "Rick
    Parry" in a football report is not a misspelt "Rick Perry" of the politics pages.

    True when they share another person's surname, or one article of the frequent
    form shares ``MIN_SHARED_NAMES`` capitalised words with them, besides the names
    compared; None (no telling) when the rare form's articles are too short to
    tell (fewer than ``MIN_CONTEXT`` capitalised words); else False. A shared
    folder is no evidence: a flat archive keeps every story in one.
    """
    if (set().union(*(i.people for i in mine)) & set().union(*(i.people for i in theirs))) - own:
        return True
    ours = set().union(*(capitalised(i.document.text) for i in mine)) - own
    shared = max(len((capitalised(text) - own) & ours) for text in {i.document.text for i in theirs})
    if shared >= MIN_SHARED_NAMES:
        return True
    return False if len(ours) >= MIN_CONTEXT else None


@functools.lru_cache(maxsize=4096)
def capitalised(text: str) -> frozenset[str]:
    """The folded capitalised words of four letters or more of a text, bar function words."""
    stop = lexicon.words("stopwords")
    return frozenset(w for w in (fold(m) for m in _CAPITALISED.findall(text)) if w not in stop)


_DOUBLED = regex.compile(r"(.)\1+")


_PLAIN_VOWELS = frozenset("aeiou")
_SOUNDLESS = frozenset("yhw")      # letters a transliteration writes for a vowel, or drops


def _vowel_for_consonant(x: str, y: str) -> bool:
    """Whether two words of one length differ by a single letter, a vowel in one and a
    consonant in the other ("Brockstein" / "Brookstein"): no transliteration writes a
    vowel for a consonant, bar y, h and w."""
    if len(x) != len(y):
        return False
    changed = [(p, q) for p, q in zip(x, y) if p != q]
    if len(changed) != 1:
        return False
    p, q = changed[0]
    return (p in _PLAIN_VOWELS) != (q in _PLAIN_VOWELS) and not {p, q} & _SOUNDLESS


MIN_KEPT_USES = 2   # uses of the rare form that show an outlet keeps its spelling (QC101)


def kept_apart(a: Sequence[str], b: Sequence[str], documents_a: Iterable[Document],
               documents_b: Iterable[Document], uses_a: Optional[int] = None) -> bool:
    """Whether two forms of a name (folded tokens) are transliterations of it that every
    article keeps apart. Outlets transliterate foreign names their own way ("Binyamin" /
    "Benjamin Netanyahu", "Heydar" / "Heidar"), each right by its own style; an article
    that writes a word of both forms has a slip, whatever the letters say. A doubled letter
    alone is a transliteration only when the dictionary knows neither form or both
    ("Massoud" / "Masoud", "Mohammed" / "Mohamed"): against a known name it is a slip
    ("Quinterro" for Quintero, "Heffner" for Hefner). Two words the English word list both
    knows are two spellings of an English name, and a person has one ("Lindsay" / "Lindsey
    Graham", "Michelle" / "Michele"): a slip, not a transliteration. Where the list knows
    none of the differing words, any vowel may differ ("Mahnefeh" / "Mahnefah", "Bireuen" /
    "Bireun"): a short vowel is spelt as each outlet hears it. With ``uses_a`` (how often
    the rare form is written), a doubled letter alone or a letter dropped or added, as
    often typing slips, need the rare form used ``MIN_KEPT_USES`` times to show an outlet
    keeps it: one letter dropped in a single mention ("Wexly" beside "Wexley" everywhere
    else) is the commonest slip there is, while a vowel heard otherwise keeps the length
    ("Yassir" / "Yasser")."""
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) == len(b) and any(english.known(x) and english.known(y) for x, y in differing):
        return False
    foreign = len(a) == len(b) and not any(english.known(x) or english.known(y) for x, y in differing)
    if not transliteration_variant(a, b, loose=foreign):
        return False
    doubled = [_DOUBLED.sub(r"\1", x) == _DOUBLED.sub(r"\1", y) for x, y in differing]
    for (x, y), only_doubled in zip(differing, doubled):
        if sorted(x) == sorted(y) or _vowel_for_consonant(x, y):
            return False    # two letters swapped ("Kowalcyzk"), a vowel for a consonant: typing slips
        if only_doubled and english.known(x) != english.known(y):
            return False
    documents_a, documents_b = list(documents_a), list(documents_b)
    lengths_differ = any(len(x) != len(y) for x, y in differing)
    if uses_a is not None and uses_a < MIN_KEPT_USES and (all(doubled) or lengths_differ):
        return False
    if {d.id for d in documents_a} & {d.id for d in documents_b}:
        return False
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    for documents, other in ((documents_a, only_b), (documents_b, only_a)):
        for text in {d.text for d in documents}:
            if other & capitalised(text):
                return False
    return True


__all__ = ["kept_apart", "PairEvidence", "weigh", "same_story", "capitalised", "mention_roles", "role_of", "role_head"]


# --- Verbatim copies --------------------------------------------------------------------

SENTENCE_REACH = 400      # characters read on each side of a mention for its sentence (a line can be long)
MIN_COPY_WORDS = 8        # words of a sentence from which two articles writing it are taken as copies
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def sentence_key(text: str, start: int, end: int) -> Optional[int]:
    """A short, stable hash of the sentence around ``text[start:end]`` and of the mention's place
    in it, normalised (case, spacing, punctuation and quote styles do not count). A syndicated
    copy of an article repeats its sentences verbatim, and so its slips: counted by this key, a
    sentence read in two articles votes once for the form it writes, while two uses in one
    sentence still count twice. The key is 8 bytes, never the article's text. A sentence of
    fewer than ``MIN_COPY_WORDS`` words ("Quintero spoke.", "Smith declined to comment.") is
    written alike by articles that copy nothing: None, a vote of its own.

    The sentence runs from the last sentence end within ``SENTENCE_REACH`` characters before the
    mention to the first within as many after it, as a scan of those windows would find them,
    read from the article's :class:`_SentenceIndex` (QC105 asks at every use of every
    capitalised word); its words are the case-folded letter and digit runs (case folding maps
    each character on its own and keeps it a word character or not, so the words are found in
    the text and the joined sentence folded once: ``tests/test_speed_keys.py`` checks both
    over all of Unicode)."""
    index = _sentence_index(text)
    left, right = index.bounds(start, end)
    before = _TOKEN.findall(text, left, start)
    sentence = before + _TOKEN.findall(text, start, right)
    if len(sentence) < MIN_COPY_WORDS:
        return None
    joined = f"{len(before)}\0{' '.join(sentence)}".casefold()    # folded once, not per window
    digest = hashlib.blake2b(joined.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


_span = type(_TOKEN.match("a")).span     # a match's (start, end), mapped over a scan in C


class _SentenceIndex:
    """Where a text's sentences end, found in one scan, so that the sentence around any mention
    is two ``bisect`` look-ups instead of two scans of up to ``SENTENCE_REACH`` characters.

    A sentence end (``_SENTENCE_END``) found in a scan of ``text[pos:endpos]`` is one of the
    whole text's that starts at ``pos`` or later and that the window does not cut: a full stop
    needs the white space after it inside the window (``needs`` is the least ``endpos``), a
    line break only itself."""

    def __init__(self, text: str) -> None:
        self.text = text
        ends = list(map(_span, _SENTENCE_END.finditer(text)))
        self.end_starts = [a for a, _ in ends]
        self.end_ends = [b for _, b in ends]
        self.needs = [b if text[a] == "\n" else b + 1 for a, b in ends]
    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence's span: after the last end in ``[start - REACH, start)``, up to the end
        of the first in ``[end, end + REACH)`` (the window's edge where there is none)."""
        left = max(0, start - SENTENCE_REACH)
        i = bisect.bisect_right(self.needs, start) - 1
        if i >= 0 and self.end_starts[i] >= left:
            left = self.end_ends[i]
        right = min(len(self.text), end + SENTENCE_REACH)
        j = bisect.bisect_left(self.end_starts, end)
        if j < len(self.needs) and self.needs[j] <= right:
            right = self.end_ends[j]
        return left, right


@functools.lru_cache(maxsize=8)
def _sentence_index(text: str) -> _SentenceIndex:
    """The :class:`_SentenceIndex` of the last few texts (a rule maps one article at a time)."""
    return _SentenceIndex(text)


def distinct_sentences(keys: Iterable[Optional[int]]) -> int:
    """How many distinct sentences (``sentence_key``) a form is written in: its uses, with a
    verbatim copy's repeats counted once (a short sentence, None, counts every time)."""
    keys = list(keys)
    return len(set(keys) - {None}) + keys.count(None)


#: one article's uses of a form: (document id, how many uses, the ``sentence_key`` of each)
Uses = tuple[str, int, Iterable[Optional[int]]]


def article_votes(mine: Iterable[Uses], theirs: Iterable[Uses]) -> tuple[int, int]:
    """How many articles write the rare form more often than the other, and the other more
    often (an article writing both as often votes for neither): one article repeating a wrong
    form (OCR, a careless paste) does not outvote the right spelling of several articles.
    Articles whose uses of both forms stand in the same sentences (verbatim copies of one
    article, ``copy_signature``) vote once."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    seen: dict[str, tuple[set[Optional[int]], set[Optional[int]]]] = defaultdict(lambda: (set(), set()))
    for side, entries in ((0, mine), (1, theirs)):
        for document_id, uses, sentences in entries:
            counts[document_id][side] += uses
            seen[document_id][side].update(sentences)
    voters: dict[tuple, tuple[int, int]] = {}
    for document_id, (a, b) in sorted(counts.items()):
        voters.setdefault(copy_signature(document_id, *seen[document_id]), (a, b))
    return sum(1 for a, b in voters.values() if a > b), sum(1 for a, b in voters.values() if b > a)


def copied_majority(mine: Iterable[Uses], theirs: Iterable[Uses], min_majority: int,
                    min_ratio: float) -> Optional[tuple[int, int]]:
    """The distinct sentences of the rare form and of the other when the other's majority of
    uses is made by verbatim copies (``sentence_key``): "Activison" once in an article and once
    more in its syndicated copy is one vote, not a majority against the article's one
    "Activision". None when the distinct sentences still make the majority."""
    mine, theirs = list(mine), list(theirs)
    rare = distinct_sentences(k for _, _, sentences in mine for k in sentences)
    common = distinct_sentences(k for _, _, sentences in theirs for k in sentences)
    if common == sum(uses for _, uses, _ in theirs) or (common >= min_majority and common >= min_ratio * rare):
        return None
    return rare, common


def copy_signature(document_id: str, mine: Iterable[Optional[int]], theirs: Iterable[Optional[int]]) -> tuple:
    """What makes two articles one voter between two forms: the sentences each form stands in,
    so verbatim copies of one article vote once; an article with a short sentence among them
    (None) is a voter of its own."""
    mine, theirs = frozenset(mine), frozenset(theirs)
    return (document_id,) if None in mine | theirs else (mine, theirs)


def one_per_place(findings: list[Finding]) -> Iterator[Finding]:
    """One finding per rare form's place (QC101, QC105): a form one edit from two others
    meets each in another group (the smallest deletion key two forms share differs), so
    "Salahuddin" once beside "Salahaddin" (seven times) and "Salaluddin" (twice) would be
    reported twice, once with the lesser form as the spelling to write. The finding against
    the form written most (``extra["majority"]``) is kept (on a tie, the first in the
    report's order)."""
    by_place: dict[Location, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_place[finding.primary].append(finding)
    for group in by_place.values():
        yield min(group, key=lambda f: (-f.extra.get("majority", 0), f.sort_key(), f.locations))
