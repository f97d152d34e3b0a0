"""People named in a document, and the same people across documents.

The name checks only fire on people, so this extractor favours precision: a run
of capitalised words becomes a person only on evidence.

1. *Candidates*: one regex finds runs of capitalised words, initials and name
   particles on one line ("Andrew I. Rudman", "Charles de Gaulle"); runs break
   at possessives ("AS/COA's Carin Zissis") and all-capital words ("AMLO").
   Titles and roles in front ("Mexican President", "foreign secretary",
   "then-President") become the mention's ``titles``; a possessive ("Biden’s",
   "Cienfuegos’") stays outside the span.
2. *Evidence*: a multi-word run is a person when it has a title, a known given
   name, a middle initial or a byline ("By …"); a person verb next to it
   ("said", ", who") or a word one letter from a given name counts when none of
   its words is an ordinary word of the document; without any of that, its
   last word must also be used alone in the document. A run holding an
   organisation or place word ("Center", "Court", "Mexico", "Los") is no person
   as a whole, and a headline run never is: only their parts that name a person
   of the body count. A single word is a person only with a title ("President
   Trump") or as part of a name found in the same document. A misspelt name
   next to the right one ("Nency Pelosi" beside "Nancy Pelosi") is kept, so that
   the name checks can see it.
3. *Resolution*: surnames, given names and shorter forms ("López Obrador",
   "Biden", "Obrador") and acronyms introduced for a person ("…, or AMLO as he
   is commonly known", "(AMLO)") take the fullest form of that person in the
   document as ``name``.

``aggregate_people`` groups the per-document people by folded name, merging a
short form ("Trump") into a full name ("Donald Trump") only when exactly one
full name fits (or the fits are fuller writings of one name, "Donald J.
Trump"), and never across a gendered title (Mr against Miss).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

import regex

from .. import lexicon
from ..document import Document
from ..names import (has_accents, initials, is_short_form, name_key, name_tokens, same_person, spelling_blocks,
                     spelling_distance, title_genders, title_length, title_vocabulary)
from ..records import Extraction, Person, PersonMention


_alternation = lexicon.trie_pattern


def _dotted_titles() -> str:
    """The abbreviations with a full stop that may sit inside a run ("Sen.", "Gov.", "Jr.")."""
    dotted = set()
    for name in ("titles", "people_title_modifiers", "people_name_suffixes"):
        for entry in lexicon.entries(name):
            for word in entry.split():
                if word.endswith(".") and word[:-1].replace(".", "").isalpha():
                    dotted.add(word[0].upper() + word[1:])
    return _alternation(dotted)


# Word lists, read once (see lexicon/*.txt).
_GIVEN = lexicon.words("people_given_names")
_SUFFIXES = lexicon.words("people_name_suffixes")
_NON_PERSON = lexicon.words("people_non_person")
_OPENERS = lexicon.words("people_openers")
_MODIFIERS = lexicon.words("people_title_modifiers")
_VERBS = lexicon.words("people_verbs")
_STOPWORDS = lexicon.words("stopwords")
_TITLES = lexicon.words("titles")
_ACRONYMS = lexicon.words("people_acronyms")
_TITLE_VOCABULARY = title_vocabulary()

_LETTERS = r"[\p{L}\p{M}]"
_WORD = rf"\p{{Lu}}{_LETTERS}*(?:['’ʼ]{_LETTERS}+)*(?:-\p{{L}}{_LETTERS}*(?:['’ʼ]{_LETTERS}+)*)*"
# One initial, or two written together ("A.J. Butler", "J.R. Smith").
_INITIAL = r"\p{Lu}\.(?:\p{Lu}\.)?(?!\p{L})"
_PARTICLE = _alternation(lexicon.words("particles"))
# Arabic articles joined to a name by a hyphen ("Bashar al-Assad", "Abdel Fattah el-Sisi").
_PREFIXED = rf"(?:al|el|ad|ar|as|ash|at|az|an|ul)-{_WORD}"
_UNIT = rf"(?P<u>{_dotted_titles()}|{_INITIAL}|{_WORD}|{_PREFIXED})"
_SEP = r"[ \u00a0]"
# Capitalised function words ("The", "But") and sentence openers ("Despite") never start a
# name: the regex skips them, so the Python code only sees runs that may hold one (the
# initials "A.J." are not the article "A").
_NEVER_FIRST = _alternation(w.capitalize() for w in _STOPWORDS | _OPENERS if w.isalpha())
_RUN = regex.compile(
    rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{M}}\p{{N}}'’.])(?!(?:{_NEVER_FIRST})(?![\p{{L}}\p{{M}}'’-]|\.\p{{Lu}}\.))"
    rf"(?:{_UNIT})(?:{_SEP}(?:(?:{_PARTICLE}){_SEP})*{_UNIT})*(?![\p{{L}}\p{{N}}])"
)
_POSSESSIVE_ENDS = ("'s", "’s", "ʼs")
# The word ending at a position (a reverse match): letters, full stops, apostrophes.
_WORD_BEFORE = regex.compile(r"[\p{L}.’']*", regex.REVERSE)
_AFTER = regex.compile(r"(?:['’ʼ]s?)?[ \u00a0]*(,?)[ \u00a0]*(\p{Ll}+)")
_ACRONYM_INTRO = regex.compile(
    r"(?:['’ʼ]s)?[ \u00a0]*(?:,[ \u00a0]*(?:or|aka|a\.k\.a\.|(?:also|better|commonly|popularly)?[ \u00a0]*known[ \u00a0]+as)"
    r"|\()[ \u00a0]*[\"“‘']?(\p{Lu}{2,8})[\"”’']?(?=[ \u00a0]*[),;:.]|[ \u00a0]+as[ \u00a0])"
)
_ALL_CAPS = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,8}(?![\p{L}\p{N}])")
# The next capitalised word of a run (a surname after initials "AJ").
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]*)")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]+")
_LINE_WORD = regex.compile(r"\p{L}{4,}")
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ism", "ity", "ities", "ency", "ship", "ness", "ology")
_PROSE_ENDS = (".", "!", "?", ".”", '."', "?”", '?"')
_MAX_NAME_WORDS = 5   # the longest part of a run looked at as a name ("Luiz Inácio Lula da Silva")
_MAX_AFFILIATION = 4  # words of an affiliation before a title ("White House Press Secretary")
_HEADLINE_MAX = 300  # a longer line is body text, whatever its capitals
_SENTENCE_END = frozenset('.!?"“”‘’(:;—–-')


@dataclass(slots=True)
class _Candidate:
    """A run of capitalised words with what is known about it."""

    start: int
    end: int
    written: str
    tokens: tuple[str, ...]
    titles: tuple[str, ...]
    # How sure it is a person: 2 a title, given name, initial or byline; 1 a person verb
    # or a near given name; 0 nothing; -1 a place or organisation as a whole (only a
    # part of it may still name someone).
    evidence: int
    headline: bool
    ordinary: bool
    words: int
    spans: tuple[tuple[int, int], ...] = ()
    initial: bool = False   # opens a sentence, where any word has a capital


@dataclass
class _Cluster:
    """One person of a document: its full tokens and the mentions that name it."""

    tokens: tuple[str, ...]
    members: list[tuple[_Candidate, str]] = field(default_factory=list)
    genders: set[str] = field(default_factory=set)


def extract_people(document: Document) -> list[PersonMention]:
    """Every mention of a person in ``document``, with the fullest name it resolves to."""
    text = document.text
    if not text:
        return []
    context = _Context(text)
    candidates = [c for m in _RUN.finditer(text) for c in _candidates(context, m)]
    clusters, candidates = _cluster(text, candidates)
    mentions = _resolve(text, candidates, clusters)
    mentions.extend(_aliases(text, clusters, mentions))
    mentions.sort(key=lambda m: m.start)
    return mentions


class _Context:
    """Per-document facts the candidate tests share, computed once and lazily."""

    def __init__(self, text: str):
        self.text = text
        self._lower: dict[str, bool] = {}
        self._runs: Optional[set[str]] = None
        self._headline_lines: dict[int, bool] = {}
        self._newlines: list[int] = []

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` (lower case) is written in lower case somewhere in the document:
        an ordinary word. In a long document a word of letters only is looked up in the set
        of its letter runs, listed once (a search per word costs the whole text for each word
        never written so: quadratic); in a short one a few searches cost less than the list."""
        if word not in self._lower:
            if len(self.text) > _SEARCH_MAX and word.isalpha():
                if self._runs is None:
                    self._runs = _letter_runs(self.text)
                self._lower[word] = word in self._runs
                return self._lower[word]
            text, n = self.text, len(word)
            found = False
            i = text.find(word)
            while i >= 0 and not found:
                found = (i == 0 or not text[i - 1].isalpha()) and (i + n >= len(text) or not text[i + n].isalpha())
                i = text.find(word, i + 1)
            self._lower[word] = found
        return self._lower[word]

    def line_start(self, offset: int) -> int:
        return self._line(offset)[0]

    def _line(self, offset: int) -> tuple[int, int]:
        """Start and end of the line at ``offset``: a search in the newlines of the document,
        listed once, instead of a scan back and forth over a long paragraph per name."""
        newlines = self._newlines
        if not newlines:
            text, i = self.text, self.text.find("\n")
            while i >= 0:
                newlines.append(i)
                i = text.find("\n", i + 1)
            newlines.append(len(text))
        i = bisect.bisect_left(newlines, offset)
        return (newlines[i - 1] + 1 if i else 0), newlines[i]

    def is_headline(self, offset: int) -> bool:
        """Whether the line at ``offset`` is written in title case (headline, caption)."""
        start, end = self._line(offset)
        if start not in self._headline_lines:
            if end - start > _HEADLINE_MAX:
                self._headline_lines[start] = False
            else:
                line = self.text[start:end].rstrip()
                if line.endswith(_PROSE_ENDS) and _LOWER_WORD.search(line) is not None:
                    self._headline_lines[start] = False     # prose: the commonest line, tested first
                else:
                    words = _LINE_WORD.findall(self.text, start, end)
                    lower = sum(1 for w in words if w[0].islower())
                    self._headline_lines[start] = len(words) >= 3 and lower <= 0.4 * len(words)
        return self._headline_lines[start]

    def sentence_start(self, offset: int) -> bool:
        """Whether ``offset`` opens a sentence or a line (its capital proves nothing)."""
        i = offset - 1
        while i >= 0 and self.text[i] in " \u00a0\t":
            i -= 1
        return i < 0 or self.text[i] == "\n" or self.text[i] in _SENTENCE_END


#: Above this many characters, :meth:`_Context.written_lower` lists the letter runs once.
_SEARCH_MAX = 20_000

#: Runs of word characters but digits and ``_``: the standard library's ``re`` reads Python's
#: own Unicode tables, so these are letter runs as ``str.isalpha`` sees them, but for the
#: rare numeric non-digit (``²``, ``½``), which :func:`_letter_runs` splits off.
_WORDISH = re.compile(r"[^\W\d_]+")


def _letter_runs(text: str) -> set[str]:
    """Every maximal run of letters (``str.isalpha``) in ``text``."""
    runs = set(_WORDISH.findall(text))
    for run in [r for r in runs if not r.isalpha()]:
        runs.discard(run)
        part = []
        for char in run + " ":
            if char.isalpha():
                part.append(char)
            elif part:
                runs.add("".join(part))
                part = []
    return runs


def _candidates(context: _Context, match: "regex.Match[str]") -> list[_Candidate]:
    """The candidate names of one capitalised run, split at possessives and acronyms."""
    spans = match.spans("u")
    if len(spans) == 1:
        return _single(context, *spans[0])
    pieces: list[list[tuple[int, int]]] = [[]]
    for start, end in spans:
        word = context.text[start:end]
        if len(word) >= 2 and word.isupper() and "." not in word and not _initials_name(context.text, word, end):
            pieces.append([])
            continue
        if word.endswith(_POSSESSIVE_ENDS):
            pieces[-1].append((start, end - 2))
            pieces.append([])
            continue
        pieces[-1].append((start, end))
    out = []
    for spans in pieces:
        candidate = _candidate(context, spans) if spans else None
        if candidate is not None:
            out.append(candidate)
    return out


def _single(context: _Context, start: int, end: int) -> list[_Candidate]:
    """The fast path for the commonest run, one capitalised word ("Biden’s", "Sunday").

    It is a candidate (a person only by a title before it, or as part of a name
    found elsewhere) unless it is an acronym, an initial or a place or
    organisation word.
    """
    text = context.text
    if text.endswith(_POSSESSIVE_ENDS, start, end):
        end -= 2
    word = text[start:end]
    tokens = _single_tokens(word)
    if len(tokens) != 1:
        hyphenated = _candidate(context, [(start, end)]) if len(tokens) > 1 else None
        return [hyphenated] if hyphenated is not None else []
    titles: tuple[str, ...] = ()
    if start and text[start - 1] in " \u00a0-" and _pre_title_spans(text, start):
        titles, _ = _titles(text, [(start, end)], [word])
        if tokens[0] in _TITLE_VOCABULARY and not title_genders(titles):
            return []   # "Minister" after "Prime": a title, not a name ("Mr King" is one)
    return [_Candidate(start, end, word, tokens, titles, 2 if titles else 0, False, False, 1, ((start, end),))]


@functools.lru_cache(maxsize=65536)
def _single_tokens(word: str) -> tuple[str, ...]:
    """The tokens of a one-word run; () for an acronym, an initial or a place or
    organisation word; several for a hyphenated word (weighed as a run)."""
    if len(word) < 2 or word.isupper() or word.endswith("."):
        return ()
    tokens = name_tokens(word)
    return () if len(tokens) == 1 and _not_a_name(tokens[0]) else tokens


def _candidate(context: _Context, spans: list[tuple[int, int]]) -> Optional[_Candidate]:
    """A candidate from the word spans of a run: titles split off, evidence weighed."""
    text = context.text
    words = [text[s:e] for s, e in spans]
    # A capitalised function word or ordinary word opening a sentence is not a name.
    first = 0
    while first < len(words) and (words[first].lower() in _STOPWORDS or (
            len(words) - first > 1 and context.sentence_start(spans[first][0])
            and _opener(context, words[first:first + 6]))):
        first += 1
    if first:
        words, spans = words[first:], spans[first:]
    if not words or len(words) < 3 and _blocks_run(words[-1]):
        return None     # titles never take the last word, and a short blocked run is dropped below
    headline = context.is_headline(spans[0][0])   # a run never spans lines
    titles, n = _titles(text, spans, words, affiliations=not headline)
    if n:
        words, spans = words[n:], spans[n:]
    if len(words) == 1:
        if words[0].endswith("."):
            return None
    else:
        for word in words[1:-1]:
            if word.endswith(".") and not _dotted_ok(word):
                return None
    tokens = name_tokens(" ".join(words))
    if not tokens:
        return None
    blocked = False
    for word in words:
        if _blocks_run(word):
            blocked = True
            break
    if not blocked:
        blocked = (_initials(words[0]) and _not_a_name(_leading_initials(words))
                   or len(tokens) > 1 and len(tokens[-1]) > 6 and tokens[-1].endswith(_NOUN_SUFFIXES))
    start, end = spans[0][0], spans[-1][1]
    if blocked:
        # Not a person as a whole ("Woodrow Wilson International Center", "Glenn Beck Rips
        # Progressivism"), but a part of it may still name one the document knows.
        if len(words) < 3:
            return None
        return _Candidate(start, end, text[start:end], tokens, titles, -1, headline,
                          True, len(words), tuple(spans))
    if all(t in _TITLE_VOCABULARY for t in tokens) and not title_genders(titles):
        return None     # "General" of "Surgeon General", "Secretary General": titles, not names
    if len(words) == 1:
        # A single word is a person only by its title or as part of a longer name.
        return _Candidate(start, end, text[start:end], tokens, titles, 2 if titles else 0, False, False, 1,
                          tuple(spans))
    evidence = 2 if titles else _evidence(context, start, end, words, _GIVEN)
    # A known given name that is also an ordinary word ("Bill", "Grant") does not make
    # the run ordinary, but it is weaker evidence (see ``_evidence``).
    ordinary = False
    for i, token in enumerate(tokens):
        if len(token) > 1 and not (i == 0 and token in _GIVEN) and _ordinary(context, token):
            ordinary = True
            break
    return _Candidate(start, end, text[start:end], tokens, titles, evidence,
                      headline, ordinary, len(words), tuple(spans),
                      context.sentence_start(start))


def _opener(context: _Context, words: list[str]) -> bool:
    """Whether the first word of a sentence-initial run is an ordinary word, not a name."""
    first = words[0]
    lower = first.lower()
    if lower in _GIVEN or title_length(words) or lower in _TITLES:
        return False
    return (lower in _OPENERS or _ordinary(context, first)
            or lower.endswith(("ing", "ed", "ly")))


def _leading_initials(words: list[str]) -> str:
    """The letters of the initials a run starts with: "us" for "U. S. Marshals" and
    for "U.S. Marshals"."""
    letters = []
    for word in words:
        if not _initials(word):
            break
        letters.append(word.replace(".", "").lower())
    joined = "".join(letters)
    return joined if len(joined) >= 2 else ""


def _not_a_name(token: str) -> bool:
    """A word that makes a run a place, an organisation or a people ("Mexicans").

    (A run ending in an abstract noun, "Trump Presidency", is dropped by its suffix.)"""
    if token in _NON_PERSON:
        return True
    modifiers = _MODIFIERS
    return token in modifiers or token.endswith("s") and token[:-1] in modifiers


@functools.lru_cache(maxsize=65536)
def _blocks_run(word: str) -> bool:
    """Whether a word of a run makes it a place or an organisation (see :func:`_not_a_name`).

    Only capitalised words can ("El Paso"; not the "el" of "el-Sisi")."""
    return word[:1].isupper() and any(_not_a_name(t) for t in name_tokens(word))


def _initials(word: str) -> bool:
    """Whether a word of a run is one initial or two written together ("J.", "A.J.")."""
    return len(word) in (2, 4) and word[1] == "." and word[-1] == "."


def _initials_name(text: str, word: str, end: int) -> bool:
    """Whether two capitals are a given name written as initials without full stops
    ("AJ Butler", "TJ Watt"), not an acronym opening an organisation ("US Open",
    "UN Security Council"): a known acronym never is, and the run must end with one
    capitalised word after it, a surname that is no acronym nor a place or
    organisation word (a title such as "DJ" comes before a full name: "DJ Norman Cook")."""
    if len(word) != 2 or not word.isalpha() or word.lower() in _ACRONYMS:
        return False
    after = _NEXT_WORD.match(text, end)
    return bool(after) and not after.group(1).isupper() and not _blocks_run(after.group(1)) \
        and not _NEXT_WORD.match(text, after.end())


def _dotted_ok(word: str) -> bool:
    return _initials(word) or word.lower() in _SUFFIXES


def _ordinary(context: _Context, word: str) -> bool:
    """A word the document also writes in lower case, or a function word."""
    lower = word.lower()
    return lower in _STOPWORDS or context.written_lower(lower)


def _titles(text: str, spans: list[tuple[int, int]], words: list[str],
            affiliations: bool = True) -> tuple[tuple[str, ...], int]:
    """Titles before the name, as written: inside the run ("President Joe Biden") and in
    the lower-case words just before it ("foreign secretary Marcelo Ebrard", "then-President").

    Returns the titles and how many words of the run they take.
    """
    pre = _pre_title_spans(text, spans[0][0])
    if not pre:
        for word in words:
            if word.lower() in _TITLE_VOCABULARY:
                break
        else:
            return (), 0    # the commonest case: no title word at all, in the run or before it
    all_spans = pre + spans
    combined = [text[s:e] for s, e in all_spans]
    titles: list[str] = []
    taken = 0
    for i in range(len(pre) + 1):
        n = title_length(combined, i)
        if n and i + n >= len(pre) and i + n < len(combined):
            titles.append(text[all_spans[i][0]:all_spans[i + n - 1][1]])
            taken = i + n - len(pre)
            break
    while taken < len(words) - 1:
        n = title_length(words, taken)
        if not n or taken + n >= len(words):
            break
        titles.append(text[spans[taken][0]:spans[taken + n - 1][1]])
        taken += n
    if not titles and affiliations:
        affiliated = _affiliated_title(words)
        if affiliated:
            titles.append(text[spans[0][0]:spans[affiliated - 1][1]])
            taken = affiliated
    return tuple(titles), taken


def _affiliated_title(words: list[str]) -> int:
    """How many words an affiliation and a title take in front of a name ("House Speaker
    Nancy Pelosi", "New York Attorney General Eliot Spitzer"): up to
    the last title word that still has a name after it. 0 when there is none."""
    for j in range(min(len(words) - 2, _MAX_AFFILIATION + 2), 0, -1):
        if not any(w.lower() not in _SUFFIXES for w in words[j + 1:]):
            continue
        if any(" ".join(words[j - n + 1:j + 1]).lower() in _TITLES for n in range(1, min(j, 3) + 1)):
            return j + 1
    return 0


def _pre_title_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Up to four title or modifier words right before ``start`` ("foreign secretary ", "then-")."""
    vocabulary = _TITLE_VOCABULARY
    spans: list[tuple[int, int]] = []
    pos = start
    while len(spans) < 4 and pos > 0 and text[pos - 1] in " \u00a0-":
        end = pos - 1
        begin = _WORD_BEFORE.match(text, 0, end).start()
        word = text[begin:end]
        # A capitalised word here is one the run left out on purpose ("Then Mr. Clinton");
        # abbreviations with full stops ("U.S. President") are the exception.
        if begin == end or word.lower() not in vocabulary or word[0].isupper() and "." not in word:
            break
        spans.insert(0, (begin, end))
        pos = begin
    return spans


def _evidence(context: _Context, start: int, end: int, words: list[str], given: frozenset[str]) -> int:
    """How sure the run and its neighbours make it that a multi-word run names a person.

    2: a known given name that is no ordinary word of the document, a middle
    initial or a byline ("By Ana Ruiz");
    1: a given name that is also an ordinary word ("Bill", "Grant"), a word one
    letter from a known given name ("Marlha", misspelt names must
    still be seen by the checks), a person verb after it ("… said", ", who") or before it ("said Ana Ruiz",
    "according to Ana Ruiz"), which organisations share ("Time Warner said");
    0: nothing.
    """
    if len(words) < 2:
        return 0
    if words[0].lower() in given:
        return 1 if _ordinary(context, words[0]) else 2
    if len(words[0]) == 2 and words[0].isupper() and words[0].isalpha():
        return 1    # initials without full stops ("AJ Butler"): kept in a run only before a surname
    if any(len(w) == 2 and w.endswith(".") for w in words[1:-1]):
        return 2
    text = context.text
    tail = text[max(0, start - 8):start].rstrip()   # a cheap test first: lines can be long
    if (not tail or tail[-1] in "yY") and text[context.line_start(start):start].strip() in {"By", "BY", "by"}:
        return 2
    if _near_given_name(words[0].lower()):
        return 1
    verbs = _VERBS
    after = _AFTER.match(text, end)
    if after and after.group(2) in verbs or _role_after(text, end):
        return 1
    before = [w.lower().strip(_BEFORE_STRIP) for w in text[max(0, start - 20):start].split()[-2:]]
    return int(bool(before) and (before[-1] in verbs or before == ["according", "to"]))


_BEFORE_STRIP = ",\"“”‘’'"      # a cue typed against a closing quotation mark: '… future, "said Ana Ruiz'
# An appositive after a run: a comma, an article or possessive, then up to four words
# ("Ana Ruiz, deputy head of the union", "Ana Ruiz, a spokeswoman for", "Ana Ruiz, 34,").
_APPOSITIVE = regex.compile(
    r"[ \u00a0]*,[ \u00a0]+(?:(?P<age>\d{1,2}),|(?:(?:a|an|the|his|her|their)[ \u00a0]+)?"
    r"(?P<words>[\p{L}\p{M}][\p{L}\p{M}.'’-]*(?:[ \u00a0]+[\p{L}\p{M}][\p{L}\p{M}.'’-]*){0,3}))")
_APPOSITIVE_HEADS = lexicon.words("people_appositive_heads")


def _role_after(text: str, end: int) -> bool:
    """Whether the run is described as a person right after it: an age between commas, a
    title after at most two lower-case words (``titles.txt``), or a role noun after its
    modifiers only (``people_appositive_heads.txt``). Organisations and places are described by what they are ("Acme, the chipmaker",
    "Takengon, the district capital"), people by what they do, so this is evidence of a
    person where no given name is known ("Ilias Vrettakos, deputy head of the union")."""
    match = _APPOSITIVE.match(text, end, end + 80)
    if not match:
        return False
    if match.group("age"):
        return True
    words = match.group("words").split()
    for i, word in enumerate(words[:3]):    # "the parliament speaker", not "Boeing chief executive"
        if title_length(words, i):
            return True
        if not word.islower():
            break
    i = 0
    while i < len(words) and words[i].lower() in _MODIFIERS:    # "deputy head of", "former resident"
        i += 1
    return any(w.lower() in _APPOSITIVE_HEADS for w in words[:i + 1])


@functools.lru_cache(maxsize=1)
def _given_name_neighbours() -> frozenset[str]:
    """Keys one edit away from the known given names of four letters or more, never
    touching the first letter: each name itself, with one letter replaced by ``*``
    (substitutions) and with one letter deleted (insertions, deletions)."""
    out = set()
    for name in _GIVEN:
        if len(name) >= 4:
            out.add(name)
            out.update(name[:i] + "*" + name[i + 1:] for i in range(1, len(name)))
            out.update(name[:i] + name[i + 1:] for i in range(1, len(name)))
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def _near_given_name(word: str) -> bool:
    """Whether ``word`` is one edit from a known given name, with the same first letter
    (a neighbourhood look-up: no comparison with every name)."""
    if len(word) < 3 or not word.isalpha():
        return False
    keys = _given_name_neighbours()
    if word in keys:        # a letter dropped ("Hary"): three letters at least
        return True
    if len(word) < 4:
        return False
    return any(word[:i] + "*" + word[i + 1:] in keys or word[:i] + word[i + 1:] in keys
               for i in range(1, len(word)))


def _cluster(text: str, candidates: list[_Candidate]) -> tuple[list[_Cluster], list[_Candidate]]:
    """The persons of a document: accepted multi-word names and titled single words,
    longest first, each absorbing the shorter forms of itself.

    A run that is no person by itself gets a second chance when it, or a part of
    it, is a misspelling of a person of the document ("Nency Pelosi" beside
    "Nancy Pelosi": the name checks must see it) or, in a headline, a given name
    followed by a surname the document uses ("Donald Trump Signs Order").
    Returns the clusters and the candidates with such parts in place of their runs.
    """
    alone = {c.tokens[0] for c in candidates if c.words == 1}
    nearby: list[set[str]] = []

    def used_alone(word: str) -> bool:
        if word in alone:
            return True
        if not nearby:
            nearby.append(_with_wildcards(alone))
        return _near(word, nearby[0])

    accepted = [c for c in candidates if _accepted(c, used_alone)]
    clusters: list[_Cluster] = []
    _grow(clusters, accepted)
    chosen = {id(c) for c in accepted}
    by_token: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        for token in set(cluster.tokens):
            by_token[token].append(cluster)
    blocks: Optional[dict[tuple, list[tuple[str, ...]]]] = None   # built when first needed
    known = alone | set(by_token)
    out, extra = [], []
    for candidate in candidates:
        if candidate.words >= 2 and id(candidate) not in chosen and _known_part(text, candidate, by_token) is None:
            if blocks is None:
                blocks = _spelling_index(clusters)
            part = _second_chance(text, candidate, blocks, known)
            if part is not None:
                extra.append(part)
                candidate = part
        out.append(candidate)
    _grow(clusters, extra)
    return clusters, out


def _spelling_index(clusters: list[_Cluster]) -> dict[tuple, list[tuple[str, ...]]]:
    """The names of the clusters (and "Donald Trump" of "Donald J. Trump") by their
    spelling blocks, for :func:`_second_chance`."""
    blocks: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)
    for cluster in clusters:
        forms = {cluster.tokens}
        if len(cluster.tokens) > 2:
            forms.add((cluster.tokens[0], cluster.tokens[-1]))
        for form in forms:
            if len(form) >= 2:
                for key in spelling_blocks(form):
                    blocks[key].append(form)
    return blocks


def _grow(clusters: list[_Cluster], accepted: list[_Candidate]) -> None:
    """Add the accepted candidates to the clusters, longest names first."""
    by_last: dict[str, list[_Cluster]] = defaultdict(list)   # clusters by each of their words
    for cluster in clusters:
        for token in set(cluster.tokens):
            by_last[token].append(cluster)
    for candidate in sorted(accepted, key=lambda c: (-len(c.tokens), c.start)):
        home = _home(by_last.get(candidate.tokens[-1], ()), candidate)
        if home is None:
            home = _Cluster(candidate.tokens)
            clusters.append(home)
            for token in set(home.tokens):
                by_last[token].append(home)
        home.members.append((candidate, _form(candidate.tokens, home.tokens)))
        home.genders |= title_genders(candidate.titles)


def _second_chance(text: str, candidate: _Candidate, blocks: dict[tuple, list[tuple[str, ...]]],
                   known: set[str]) -> Optional[_Candidate]:
    """The longest part of an unaccepted run that misspells a person's name, or that is a
    headline's given name and known surname; else None."""
    given = _GIVEN
    if not blocks and not (candidate.headline and any(t in known for t in candidate.tokens)):
        return None     # no name to misspell and no known surname: no part can qualify
    n = len(candidate.spans)
    for length in range(min(n, _MAX_NAME_WORDS), 1, -1):
        for i in range(n - length + 1):
            start, end = candidate.spans[i][0], candidate.spans[i + length - 1][1]
            tokens = name_tokens(text[start:end])
            if len(tokens) < 2:
                continue
            variant = any(spelling_distance(tokens, form) for key in spelling_blocks(tokens)
                          for form in blocks.get(key, ()))
            headline = candidate.headline and length <= 3 and tokens[0] in given and tokens[-1] in known
            if variant or headline:
                return _Candidate(start, end, text[start:end], tokens, candidate.titles if i == 0 else (),
                                  2, candidate.headline, False, length, candidate.spans[i:i + length])
    return None


def _accepted(candidate: _Candidate, used_alone: Callable[[str], bool]) -> bool:
    """Whether a candidate is a person by itself (others may still resolve to one).

    A person verb next to it is evidence only when none of its words is an
    ordinary word ("Time Warner said"). Without such evidence a multi-word run
    is a person only when its last word, or a word one letter from it, is also
    used alone in the document ("… Heidar Alishvandi … Alishvandi said"), which
    products ("MacBook Pro"), teams ("Red Sox") and landmarks rarely are, and
    not where it opens a sentence ("Rival Sony has …"): another writing of it
    inside a sentence will make it a person, and this one then resolves to it.
    A headline run is never a person by itself: headline capitals prove nothing,
    so only its parts that name someone of the body count (see ``_second_chance``).
    """
    if candidate.evidence < 0 or candidate.headline:
        return False
    if candidate.words == 1:
        return bool(candidate.titles) and len(candidate.tokens[0]) > 1
    if candidate.evidence == 2:
        return True
    if candidate.ordinary:
        return False
    return candidate.evidence == 1 or not candidate.initial and used_alone(candidate.tokens[-1])


def _near(word: str, words: set[str]) -> bool:
    """Whether ``word`` is in ``words`` or one substitution from one of them, not in the
    first letter (what a typo in one of several mentions leaves). ``words`` also holds
    the one-wildcard keys of its words of five letters or more (see ``_with_wildcards``)."""
    if word in words:
        return True
    return len(word) >= 5 and any(word[:i] + "*" + word[i + 1:] in words for i in range(1, len(word)))


def _with_wildcards(words: set[str]) -> set[str]:
    """``words`` and, for each of five letters or more, its keys with one letter (not the
    first) replaced by ``*``: a deletion-style neighbourhood for :func:`_near`."""
    out = set(words)
    for word in words:
        if len(word) >= 5:
            out.update(word[:i] + "*" + word[i + 1:] for i in range(1, len(word)))
    return out


def _home(clusters: Iterable[_Cluster], candidate: _Candidate) -> Optional[_Cluster]:
    """The single cluster ``candidate`` is the same name as or a short form of (else None).

    ``clusters`` are those holding the candidate's last word: any cluster it can
    fit holds that word."""
    genders = title_genders(candidate.titles)
    fits = [c for c in clusters if same_person(candidate.tokens, c.tokens, genders, c.genders)
            and len(c.tokens) >= len(candidate.tokens)]
    if len(fits) == 1:
        return fits[0]
    exact = [c for c in fits if c.tokens == candidate.tokens]
    return exact[0] if exact else None


def _form(tokens: tuple[str, ...], full: tuple[str, ...]) -> str:
    """How a mention's tokens relate to the person's full tokens."""
    if tokens == full or len(tokens) >= 2 and tokens[0] == full[0] and tokens[-1] == full[-1]:
        return "full"
    if full[: len(tokens)] == tokens:
        return "given"
    return "surname"


def _resolve(text: str, candidates: list[_Candidate], clusters: list[_Cluster]) -> list[PersonMention]:
    """Mentions for every candidate that names a person of the document."""
    placed = {id(candidate): cluster for cluster in clusters for candidate, _ in cluster.members}
    forms = {id(candidate): form for cluster in clusters for candidate, form in cluster.members}
    positions = sorted((candidate.start, i) for i, cluster in enumerate(clusters)
                       for candidate, _ in cluster.members)
    by_token: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        for token in set(cluster.tokens):
            by_token[token].append(cluster)
    resolved: list[tuple[_Candidate, _Cluster, str]] = []
    for candidate in candidates:
        cluster = placed.get(id(candidate))
        form = forms.get(id(candidate))
        if cluster is None:
            if candidate.words == 1 and len(candidate.tokens) == 1 and candidate.tokens[0] not in by_token:
                continue    # the commonest case, which _known_part would also reject
            candidate = _known_part(text, candidate, by_token)
            if candidate is None:
                continue
            fits = [c for c in by_token.get(candidate.tokens[0], ()) if is_short_form(candidate.tokens, c.tokens)]
            cluster = fits[0] if len(fits) == 1 else _nearest(fits, clusters, positions, candidate.start)
            form = _form(candidate.tokens, cluster.tokens)
        resolved.append((candidate, cluster, form))
    names = _display_names(resolved)
    return [PersonMention(start=c.start, end=c.end, text=c.written, name=names[id(cluster)],
                          form=form, titles=c.titles)
            for c, cluster, form in resolved]


def _known_part(text: str, candidate: _Candidate,
                by_token: dict[str, list[_Cluster]]) -> Optional[_Candidate]:
    """The candidate, or its longest part of two or more words ("Nadia Ferro" of a headline's
    "Nadia Ferro Wins Again"), that names a person of the document; else None."""
    tokens = candidate.tokens
    if len(tokens) == 1:
        # The commonest case, one word: it is a short form of every person holding it.
        if tokens[0] in by_token:
            return candidate
        if len(candidate.spans) < 3:
            return None

    def fits(tokens: tuple[str, ...]) -> bool:
        return bool(tokens) and any(is_short_form(tokens, c.tokens) for c in by_token.get(tokens[0], ()))

    if len(tokens) > 1 and fits(tokens):
        return candidate
    if not any(t in by_token for t in tokens):
        return None     # a fitting part starts with a word of a person: the run has none
    n = len(candidate.spans)
    for length in range(min(n - 1, _MAX_NAME_WORDS), 1, -1):
        for i in range(n - length + 1):
            start, end = candidate.spans[i][0], candidate.spans[i + length - 1][1]
            tokens = name_tokens(text[start:end])
            if fits(tokens):
                return _Candidate(start, end, text[start:end], tokens, (), 0, candidate.headline,
                                  False, length, candidate.spans[i:i + length])
    return None


def _nearest(fits: list[_Cluster], clusters: list[_Cluster], positions: list[tuple[int, int]],
             offset: int) -> _Cluster:
    """Of several persons a short form fits, the one named last before ``offset`` (else the first)."""
    wanted = {id(c) for c in fits}
    i = bisect.bisect_left(positions, (offset, -1)) - 1
    while i >= 0:
        cluster = clusters[positions[i][1]]
        if id(cluster) in wanted:
            return cluster
        i -= 1
    return min(fits, key=lambda c: min(m.start for m, _ in c.members))


def _display_names(resolved: list[tuple[_Candidate, _Cluster, str]]) -> dict[int, str]:
    """The fullest written form of each person: accents kept, most used, first written."""
    written: dict[int, Counter] = defaultdict(Counter)
    first: dict[str, int] = {}
    for candidate, cluster, _ in resolved:
        if candidate.tokens == cluster.tokens:
            written[id(cluster)][candidate.written] += 1
            first.setdefault(candidate.written, candidate.start)
    return {key: min(counts, key=lambda w: (not has_accents(w), -counts[w], first[w]))
            for key, counts in written.items()}


def _aliases(text: str, clusters: list[_Cluster], mentions: list[PersonMention]) -> list[PersonMention]:
    """Mentions of acronyms that stand for a person: introduced after a name, or its initials."""
    by_key: dict[str, str] = {}
    for m in mentions:
        intro = _ACRONYM_INTRO.match(text, m.end)
        if intro:
            by_key.setdefault(intro.group(1), m.name)
    for cluster in clusters:
        if len(cluster.tokens) < 3:
            continue
        core = initials(cluster.tokens).upper()
        if len(core) < 3:
            continue
        full = next((m.name for m in mentions if name_tokens(m.name) == cluster.tokens), None)
        if full:
            by_key.setdefault(core, full)
    if not by_key:
        return []
    out = []
    for match in _ALL_CAPS.finditer(text):
        name = by_key.get(match.group())
        if name is not None:
            out.append(PersonMention(start=match.start(), end=match.end(), text=match.group(),
                                     name=name, form="alias"))
    return out


def aggregate_people(extractions: Iterable[Extraction]) -> list[Person]:
    """People across documents, by folded name; a short form joins the one full name it fits.

    A one-word name is kept apart by the gender its titles state, so "Mr Jenkin"
    and "Miss Jenkin" of two articles stay two people. Rows are sorted by number
    of mentions (most first), then by name.
    """
    groups: dict[tuple[str, frozenset[str]], list[tuple[Document, PersonMention]]] = defaultdict(list)
    for extraction in extractions:
        by_name: dict[str, list[PersonMention]] = defaultdict(list)
        for mention in extraction.people:
            by_name[mention.name].append(mention)
        for name, mentions in by_name.items():
            key = name_key(name)
            genders = frozenset(g for m in mentions for g in title_genders(m.titles)) if " " not in key else frozenset()
            groups[(key, genders)].extend((extraction.document, m) for m in mentions)
    _merge_genderless(groups)
    by_token: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
    for group in groups:
        tokens = group[0].split()
        if len(tokens) >= 2:
            for token in tokens:
                by_token[token].add(group)
    # Longer short forms first: "Donald Trump" joins "Donald J. Trump" before "Trump"
    # looks for its one full name.
    for group in sorted(groups, key=lambda g: (-len(g[0].split()), g[0], sorted(g[1]))):
        tokens = tuple(group[0].split())
        if not tokens or group not in groups:
            continue
        words = [t for t in tokens if len(t) > 1] or list(tokens)
        candidates = set.intersection(*(by_token.get(t, set()) for t in words))
        fits = [g for g in candidates if g in groups and g != group and len(g[0].split()) >= len(tokens)
                and same_person(tokens, g[0].split(), group[1], _genders(groups[g]))]
        names = {(g[0].split()[0], g[0].split()[-1]) for g in fits}
        if len(fits) == 1 or len(tokens) >= 2 and len(names) == 1:
            # Several fits that are one name written fuller or not ("Donald J. Trump",
            # "Donald John Trump") are one person: join the most mentioned.
            home = max(fits, key=lambda g: (len(groups[g]), g[0]))
            groups[home].extend(groups.pop(group))
    return sorted((_person(items) for items in groups.values()), key=lambda p: (-p.mentions, p.name))


def _merge_genderless(groups: dict[tuple[str, frozenset[str]], list]) -> None:
    """A one-word name without a gendered title joins the same name with one, when only
    one gender is written for it ("Trump" and "Mr. Trump" are one person)."""
    gendered: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for key, genders in groups:
        if genders:
            gendered[key].append((key, genders))
    for key, options in gendered.items():
        if len(options) == 1 and (key, frozenset()) in groups:
            groups[options[0]].extend(groups.pop((key, frozenset())))


def _genders(items: list[tuple[Document, PersonMention]]) -> frozenset[str]:
    return frozenset(g for _, m in items for g in title_genders(m.titles))


def _person(items: list[tuple[Document, PersonMention]]) -> Person:
    names = Counter(m.name for _, m in items)
    longest = max(len(name_key(n).split()) for n in names)
    name = min((n for n in names if len(name_key(n).split()) == longest),
               key=lambda n: (not has_accents(n), -names[n], n))
    written = Counter(m.text for _, m in items if m.text != name)
    titles = Counter(t for _, m in items for t in m.titles)
    docs: list[str] = []
    for document, _ in items:
        if document.id not in docs:
            docs.append(document.id)
    return Person(
        name=name,
        aliases=sorted(written, key=lambda w: (-written[w], w)),
        titles=sorted(titles, key=lambda t: (-titles[t], t)),
        mentions=len(items),
        docs=docs,
        first=items[0],
    )
