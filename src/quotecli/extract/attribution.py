"""Who said it: finding the speaker and the cue verb around a quotation.

News attributes a quotation in a handful of fixed frames, each read here on a
small token window next to the quotation marks, never on the whole document:

* after the closing mark: ``“…,” Smith said`` / ``“…,” said Smith`` /
  ``“…,” writes AS/COA's Carin Zissis`` / ``“…” — Smith`` /
  ``“…,” according to Smith``;
* before the opening mark, inside the sentence: ``Smith said, “…”`` /
  ``Smith said: “…”`` / ``Smith: “…”`` / ``According to Smith, “…”`` /
  ``he calls it “…”`` (the last cue verb before the mark, and its subject).

The speaker is then a *mention* (offsets as written, which is what PolNeAR
scores) and a *name*: the person-extractor's fullest name when the mention
overlaps a person, the nearest fitting person before a pronoun, the name with
its titles and trailing roles cut otherwise, or a description ("the
newspaper") as written. Word lists live in ``lexicon/`` (``cue_verbs.txt``,
``cue_fillers.txt``, ``pronouns.tsv``, ``nominal_speakers.txt``).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional, Sequence

import regex

from .. import lexicon
from ..names import split_title, title_genders
from ..records import PersonMention

# A word: letters/digits with inner apostrophes, hyphens, ampersands, slashes and
# dots ("AS/COA's", "R-S.C.", "U.S."); punctuation tokens are single characters.
# (White space, token) pairs that tile the text, so ``findall`` (fast, in C) gives
# every token and its offset without a match object per token. A word is written as runs
# of word characters joined by single dots ("U.S", "R-S.C"), every repeat possessive: the
# same tokens as ``\w(?:[\w&/'’\-]|\.(?=\w))*``, with no alternation and no look-ahead tried
# at each character (``tests/test_speed_keys.py`` compares the two).
_TOKEN = re.compile(r"(\s*+)(\w[\w&/'’\-]*+(?:\.\w[\w&/'’\-]*+)*+|[^\s\w]|$)")
_QUOTE_CHARS = frozenset("“”\"«»„")
_TERMINAL = frozenset(".!?")
_DASHES = frozenset("—–―")
_DETERMINERS = frozenset(
    "the a an his her their its our my your this that these those one another "
    "several many some two three both each every most other".split()
)
# Words that end a speaker phrase read after a cue verb ("said Smith in a statement").
_NP_STOPS = frozenset(
    "in on at during after before when while who whom whose which that to from with "
    "about as for because if and but or than since until via through into over under "
    "is was are were has had have will would said says told adding noting".split()
)
# Words that begin a clause, so a walk back from a cue verb stops there.
_CLAUSE_WORDS = frozenset(
    "and but or that which who whom as when while because although though if since "
    "so than where after before until unless whether".split()
)
_BASE_FORM_LEADS = frozenset(
    "to will would could should can may might must did do does not never also often always just "
    "people voters critics officials supporters experts analysts".split()
)
_AUXILIARIES = frozenset("has have had will would".split())
_LEADING_PREPOSITIONS = frozenset("without by among against despite amid toward towards like unlike".split())
# Sentence adverbs that open a sentence before a comma ("Likewise, a paper …"): never its subject.
_SENTENCE_ADVERBS = frozenset("likewise otherwise similarly rather indeed moreover furthermore nevertheless "
                              "nonetheless additionally again thus therefore hence plus still yet now "
                              "finally first second third lastly ultimately overall instead meanwhile "
                              "however besides regardless anyway".split())
# Auxiliaries that end a speaker phrase that ran over its verb ("the nominee has tried").
_VERB_STOPS = frozenset("is was are were be been has had have will would could can may might should "
                        "does did do appears seems".split())
_SHARE_NOUNS = frozenset("percent %".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both".split())
_PREPOSITIONS = frozenset("in at on during with after before from inside outside".split())
_COUNT_LEADS = frozenset("the these those all its their his her our".split())
_CONNECTORS = frozenset("of de del la le van von bin al da di du y".split())
_CONTRACTION = regex.compile(r"['’](?:d|ll|s|re|ve|m)$")
_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
_POSSESSIVE_END = regex.compile(r"['’]s$")


class Token:
    """A word or punctuation character with its document offsets.

    Its look-up forms are computed once: the attribution rules read them many
    times per token.
    """

    __slots__ = ("start", "end", "text", "lower", "is_word", "capitalised")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        first = text[0]  # a token is never empty
        self.is_word = first.isalnum()
        self.capitalised = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@dataclass(frozen=True)
class Attribution:
    """A speaker mention and its cue, found next to a quotation."""

    speaker_start: int
    speaker_end: int
    cue: Optional[str]
    cue_start: int = -1
    cue_end: int = -1


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside ``text[start:end]``, with document offsets.

    A full stop stays on the word before it when that word is an abbreviation or
    an initial ("Mr.", "Sen.", "J."), so a sentence end is a lone "." token.
    The text is tokenised once, in pieces, as windows ask for it (see
    :class:`_TokenIndex`): the frames of neighbouring quotations read the same
    tokens, so dense quotations do not tokenise their text again and again.
    """
    index = _INDEX[0]
    if index is None or index.text is not text:
        index = _INDEX[0] = _TokenIndex(text)
    return index.between(start, end)


def _tokenise(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` (``start`` and ``end`` at token boundaries)."""
    out: list[Token] = []
    abbreviations = _abbreviations()
    pos = start
    for space, word in _TOKEN.findall(text, start, end):
        s = pos + len(space)
        pos = s + len(word)
        if not word:
            continue
        if word == "." and out and out[-1].end == s and out[-1].is_word:
            prev = out[-1]
            if prev.lower in abbreviations or (len(prev.text) == 1 and prev.capitalised) or "." in prev.text:
                out[-1] = Token(prev.start, pos, text[prev.start:pos])
                continue
        out.append(Token(s, pos, word))
    return out


# A position no token spans: next to a character that is never part of a word (white
# space, a quotation mark, a comma). Within ``_CUT_REACH`` characters of any offset there
# is one, except in a stretch of word characters, dots, hyphens and apostrophes only: such
# a stretch is cut where it stands (its tokens may then split differently, which only
# junk like 10,000 apostrophes in a row can notice), so no piece grows unbounded.
_CUT = re.compile(r"(?<![\w&/'’\-.])|(?![\w&/'’\-.])")
_CUT_REACH = 64
_PIECE = 128


class _TokenIndex:
    """The tokens of one text, made piece by piece on demand and kept.

    Piece ``n`` starts at the first position at or after ``n * _PIECE`` that no
    token spans, so tokenising the pieces apart gives the tokens of the whole
    text. Only pieces a window touches are tokenised (most of an article has no
    quotation or cue nearby), and each only once.
    """

    def __init__(self, text: str):
        self.text = text
        self.cuts: list[int] = [0]
        self.pieces: dict[int, tuple[list[int], list[Token]]] = {}

    def _cuts_to(self, offset: int) -> None:
        """Extend ``cuts`` in order until a cut at or past ``offset`` (each text searched once)."""
        cuts, text = self.cuts, self.text
        while cuts[-1] < min(offset, len(text)):
            at = len(cuts) * _PIECE
            if cuts[-1] >= at:
                cuts.append(cuts[-1])  # a long stretch with no cut: the same piece goes on
                continue
            if at >= len(text):
                cuts.append(len(text))
                continue
            reach = min(len(text), at + _CUT_REACH + 1)
            found = _CUT.search(text, at, reach)  # a match at ``reach`` itself saw no further
            cuts.append(found.start() if found and (found.start() < reach or reach == len(text)) else at)

    def _piece(self, n: int) -> tuple[list[int], list[Token]]:
        piece = self.pieces.get(n)
        if piece is None:
            toks = _tokenise(self.text, self.cuts[n], self.cuts[n + 1])
            piece = self.pieces[n] = ([t.start for t in toks], toks)
        return piece

    def between(self, start: int, end: int) -> list[Token]:
        start = max(start, 0)
        end = min(end, len(self.text))
        if end <= start:
            return []
        self._cuts_to(end)
        cuts = self.cuts
        n = bisect.bisect_right(cuts, start) - 1
        out: list[Token] = []
        while n < len(cuts) and cuts[n] < end:
            starts, toks = self._piece(n)
            i = bisect.bisect_left(starts, start)
            j = bisect.bisect_left(starts, end)
            while j > i and toks[j - 1].end > end:
                j -= 1
            out.extend(toks[i:j])
            n += 1
        return out


_INDEX: list[Optional[_TokenIndex]] = [None]  # the index of the last text asked for


@functools.lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    """Lower-case abbreviations without their dot ("mr", "sen", "gov").

    Only abbreviations keep a following full stop: a title written out ("the
    spokesman.", "said the judge.") ends its sentence like any other word.
    """
    words = set(lexicon.words("abbreviations"))
    words |= {t for t in lexicon.words("titles") if " " not in t and t.endswith(".")}
    return frozenset(w.rstrip(".") for w in words)


@functools.lru_cache(maxsize=None)
def cue_forms() -> dict[str, str]:
    """Every inflected cue form → the verb's base form (``said`` → ``say``)."""
    forms: dict[str, str] = {}
    for entry in lexicon.entries("cue_verbs"):
        words = entry.lower().split()
        for word in words:
            forms.setdefault(word, words[0])
    return forms


def is_cue(token: Token) -> bool:
    return token.lower in cue_forms()


def pronoun_class(word: str) -> Optional[str]:
    """``m``/``f``/``p``/``x`` for a speaker pronoun ("he", "he’d"), else ``None``."""
    row = lexicon.table("pronouns").get(_CONTRACTION.sub("", word.lower()))
    return row[0] if row else None


def _fillers() -> frozenset[str]:
    return lexicon.words("cue_fillers")


def _filler(token: Token) -> bool:
    """A word between a subject and its verb: an auxiliary, "also", "himself", an -ly adverb."""
    low = token.lower
    return low in _fillers() or (low.endswith("ly") and not token.capitalised and len(low) > 4)


# Words after which an -ly word is the head noun, not an adverb ("the family", "her ally").
_NOUN_LEADS = frozenset("the a an his her their its our my your this these those another each every".split())


def _filler_at(toks: Sequence[Token], n: int) -> bool:
    """:func:`_filler` for ``toks[n]`` walking back from a verb, except an -ly word right
    after a determiner or a possessive: "The family said", "Acme's assembly voted" have
    a noun there, and skipping it left the bare article as the speaker."""
    tok = toks[n]
    if not tok.is_word or not _filler(tok):
        return False
    if tok.lower in _fillers() or n == 0:
        return True
    prev = toks[n - 1]
    return not (prev.lower in _NOUN_LEADS or _POSSESSIVE_END.search(prev.text) is not None)


def _nominals() -> frozenset[str]:
    return lexicon.words("nominal_speakers")


def _np_start_ok(token: Token) -> bool:
    """Whether a phrase starting with ``token`` can be a speaker."""
    if not token.is_word:
        return False
    low = token.lower
    if low in _CLAUSE_WORDS or low in _NP_STOPS:
        return False
    return (token.capitalised or low in _DETERMINERS or pronoun_class(low) is not None
            or low in _nominals())


def _np_start_at(toks: Sequence[Token], i: int) -> bool:
    """:func:`_np_start_ok`, or lower-case role words before a name ("former adviser David Axelrod")."""
    if i >= len(toks):
        return False
    if _np_start_ok(toks[i]):
        return True
    if _given_name_first(toks, i):
        return True  # "said Will Doyle": a given name that is also a function word
    if toks[i].lower == "of":
        return False  # "“…” of Trump, whom he called": the sentence goes on, no subject begins
    nominals = _nominals()
    for n in range(i, min(len(toks), i + 5)):
        tok = toks[n]
        if not tok.is_word or tok.lower in _CLAUSE_WORDS or tok.lower in _NP_STOPS or is_cue(tok) \
                or tok.lower in _LEADING_PREPOSITIONS:
            return False  # "… without reporters asking": a phrase after a preposition is no subject
        if tok.capitalised or (tok.lower in nominals and n > i):
            return n > i  # "former adviser David Axelrod", "federal prosecutors"
    return False


def _given_name_first(toks: Sequence[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a capitalised given name that is also a function word ("Will",
    "May") with a capitalised word after it: a person's name ("Will Doyle"), not a modal."""
    tok = toks[i]
    return tok.capitalised and i + 1 < len(toks) and toks[i + 1].capitalised and toks[i + 1].is_word \
        and tok.lower in lexicon.words("people_given_names")


def speaker_after(toks: Sequence[Token], i: int) -> Optional[tuple[int, int]]:
    """The speaker phrase starting at ``toks[i]`` ("said *Sen. Ted Cruz*, R-Texas").

    Runs over capitalised words, their connectors ("Secretary of State"),
    possessives and a leading determiner, and stops at punctuation or a
    function word; returns token indices ``[i, j)``.
    """
    if not _np_start_at(toks, i):
        return None
    if pronoun_class(toks[i].lower) and toks[i].lower not in ("this", "that") and not _possessive_of(toks, i):
        return i, i + 1
    j = i
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if not tok.is_word:
            break
        low = tok.lower
        if j > i and low in _NP_STOPS:
            served = speaker_after(toks, j + 1) if low in _SERVING and toks[j - 1].lower in \
                lexicon.words("speaker_roles") else None
            if served is not None:
                j = served[1]  # "said a lawyer for the family": the role with whom it serves
            break
        if j > i and not tok.capitalised and is_cue(tok) and low not in lexicon.words("cue_nouns"):
            break  # "the groups say", "the two write": the phrase ends at its verb
        if low in _CONNECTORS and not (j == i and tok.capitalised) and not (
                j + 1 < len(toks) and toks[j + 1].capitalised and j > i and toks[j - 1].capitalised):
            break
        if (j > i and toks[i].capitalised and toks[i].lower not in _DETERMINERS and not tok.capitalised and low not in _CONNECTORS
                and not toks[j - 1].text.endswith(("'s", "’s"))):
            name = _role_then_name(toks, j)
            if name is None:
                break  # a name ends at the first lower-case word ("Ana Ruiz went further")
            i = j = name   # "said Villa chairman Doug Ellis": the role's holder is the speaker
            continue
        j += 1
    return (i, j) if j > i else None


@functools.lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    return _title_words() | lexicon.words("speaker_roles")


def _role_then_name(toks: Sequence[Token], j: int) -> Optional[int]:
    """The index of the name after lower-case role words starting at ``toks[j]``
    ("Villa *chairman* Doug Ellis", "Herons *general manager* AJ Wexley"); None when
    the words are no role or no capitalised word follows. A team or organisation
    written before a role is the holder's affiliation, not the speaker."""
    roles = _role_words()
    n = j
    while n < len(toks) and n - j < 3 and toks[n].is_word and not toks[n].capitalised and toks[n].lower in roles:
        n += 1
    if n == j or n >= len(toks) or not toks[n].is_word or not toks[n].capitalised:
        return None
    return n


def speaker_before(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The subject phrase ending right before the cue verb at ``toks[k]``.

    Skips fillers ("has also"); a phrase between two commas right before the
    verb is an apposition or a relative clause ("Seth Doe, a historian at X,
    said" / "Trump, who leads, said"), so the subject is what stands before it.
    Returns token indices ``[i, j)``.
    """
    j = k
    while j > 0 and _filler_at(toks, j - 1):
        j -= 1
    if j > 0 and toks[j - 1].lower in ("who", "which"):
        return j - 1, j  # "Scott Reed, who added …": PolNeAR's source is the relative pronoun
    if j > 1 and toks[j - 1].text == "," and toks[j - 2].text == ")":
        j -= 1  # "Gov. Ann Holt (R-Ohio), said": the bracket, then the name before it
    if j > 0 and toks[j - 1].text == ")":
        j = _skip_brackets(toks, j - 1)
    if j > 0 and toks[j - 1].text == ",":
        c = j - 2
        while c >= 0 and j - c < 20 and toks[c].text != "," and toks[c].text not in _QUOTE_CHARS:
            c -= 1
        if c > 0 and toks[c].text == "," and c + 1 < j - 1:
            inner = toks[c + 1]
            if inner.capitalised and inner.lower not in _DETERMINERS and not toks[c - 1].capitalised:
                return _np_ending_at(toks, j - 1)  # "the minister's nominee, Ana Ruiz, said"
            c = _past_details(toks, c)
            opening = _skip_brackets(toks, c - 1) if toks[c - 1].text == ")" else c - 1
            span = _np_ending_at(toks, opening if opening < c - 1 else c)  # "Ana Holt (D-Ore.), who …,"
            if span is not None:
                return _past_preposition(toks, span)
        j -= 1
    if j > 3 and toks[j - 1].lower in _TIME_NOUNS and toks[j - 2].lower in _TIME_LEADS:
        t = j - 2  # "Ana Holt (D-Ore.) last week said": the name before the time
        t = _skip_brackets(toks, t - 1) if toks[t - 1].text == ")" else t
        span = _np_ending_at(toks, t)
        if span is not None:
            return span
    span = _np_ending_at(toks, j)
    if span is None:
        if j > 0 and j == k and toks[j - 1].lower == "it" and (j == 1 or not toks[j - 2].is_word
                                                              or toks[j - 2].lower in _CLAUSE_WORDS
                                                              or (j <= 5 and toks[0].lower in _INTRODUCTIONS)):
            return j - 1, j  # "It added, “…”", "At the bottom it reads, “…”": an organisation, a document
        return None
    span = _past_preposition(toks, span)
    return _before_time(toks, span) if _temporal(toks, span) else span


def _before_time(toks: Sequence[Token], span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The subject a time phrase ends: "A campaign ad released *Thursday* accuses": the
    description with its participle ("A campaign ad released Thursday"), else none."""
    j = span[0]
    while j > 0 and toks[j - 1].lower in ("earlier", "later", "on", "over", "during"):
        j -= 1
    if j > 1 and toks[j - 1].text == ")" and _skip_brackets(toks, j - 1) < j - 1:
        return _np_ending_at(toks, _skip_brackets(toks, j - 1))  # "Ana Holt (D-Ore.) last week said"
    if j > 0 and j < span[0] and toks[j - 1].is_word and (toks[j - 1].capitalised or pronoun_class(toks[j - 1].lower)
                                                          or toks[j].lower in ("over", "during")):
        return _np_ending_at(toks, j)  # "Priebus later Thursday told", "The mayor over the weekend had"
    if j > 1 and toks[j - 1].is_word and not toks[j - 1].capitalised and toks[j - 1].lower.endswith("ed"):
        before = _np_ending_at(toks, j)
        if before is not None and before[0] < j - 1:
            return before[0], span[1]
    return None


def _past_details(toks: Sequence[Token], c: int) -> int:
    """Walk back over the comma-separated details of a name ("Cory James, 22, of Flint, Mich.,").

    ``c`` is a comma; while the chunk before it is an age, a place after "of"/"from"
    or a state after a city, the name stands further back. Returns the comma right
    after the name.
    """
    for _ in range(4):
        prev = c - 1
        while prev >= 0 and toks[prev].text != "," and c - prev < 8:
            prev -= 1
        if prev <= 0 or toks[prev].text != ",":
            return c
        chunk = toks[prev + 1:c]
        if not chunk:
            return c
        age = len(chunk) == 1 and chunk[0].text.isdigit()
        place = chunk[0].lower in ("of", "from") or (len(chunk) <= 2 and all(t.capitalised for t in chunk)
                                                      and toks[prev - 1].capitalised and not age
                                                      and _place_before(toks, prev))
        aside = chunk[0].lower in _ASIDE_LEADS and not chunk[0].capitalised  # ", during a visit to Ohio,"
        if not (age or place or aside):
            return c
        c = prev
    return c


# Words opening a phrase set off by commas between a subject and its verb.
_ASIDE_LEADS = frozenset("during in at on after before while speaking".split())


def _place_before(toks: Sequence[Token], comma: int) -> bool:
    """Whether the chunk before ``comma`` starts with "of"/"from" (a city before its state)."""
    n = comma - 1
    while n >= 0 and toks[n].text != "," and comma - n < 8:
        if toks[n].lower in ("of", "from", "in") and not toks[n].capitalised:  # not "Of Carson, Levine said"
            return True
        n -= 1
    return False


def _past_preposition(toks: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The subject in front of a prepositional phrase ("Trump *in his speech* called")."""
    i = span[0]
    tied = _tied_speaker(toks, i)
    if tied is not None:
        return tied, span[1]
    if i > 2 and toks[i - 1].lower in ("to", "for", "on", "with", "at") and toks[i - 2].is_word \
            and not toks[i - 2].capitalised and toks[i - 2].lower.endswith("ing") and len(toks[i - 2].lower) > 5:
        before = _np_ending_at(toks, i - 2)  # "Another source speaking to Fox News said": the source
        if before is not None:
            return before
    whom = _spoken_for(toks, i)
    if whom is not None:
        return whom, span[1]  # "A spokesman for Sen. Ana Ruiz said": the spokesman speaks
    if i > 0 and toks[i - 1].lower in ("after", "before") and (toks[i].capitalised or pronoun_class(toks[i].lower)):
        return span  # "three days after Trump told …": a clause of its own, not "Trump after the debate said"
    if i > 1 and toks[i - 1].lower in _PREPOSITIONS:
        end = i - 1
        while end > 0 and _filler_at(toks, end - 1):
            end -= 1
        if end > 0 and toks[end - 1].lower in ("who", "which"):
            return end - 1, end  # "Beck, who has in the past described": the relative pronoun
        if toks[end - 1].text == ")":
            end = _skip_brackets(toks, end - 1)  # "Sen. Ann Holt (D-Ohio) on Saturday criticized"
        before = _np_ending_at(toks, end)
        if before is not None:
            return before
    return span


def _tied_speaker(toks: Sequence[Token], i: int) -> Optional[int]:
    """Where a description starts that an adjective and "to"/"with" tie to the phrase at
    ``toks[i]`` ("*a source* close to the talks", "*people* familiar with the plan"): the
    source speaks, not the talks; ``None`` when no such adjective stands before."""
    if i < 3 or toks[i - 1].lower not in ("to", "with") \
            or toks[i - 2].lower not in lexicon.words("speaker_postmodifiers"):
        return None
    head = _np_ending_at(toks, i - 2)
    return head[0] if head is not None else None


def _spoken_for(toks: Sequence[Token], i: int) -> Optional[int]:
    """Where a role phrase starts whose "for"/"to" comes right before ``toks[i]`` ("*a
    spokeswoman* for Ana Ruiz", "*an aide* to the governor"): the role holder speaks,
    not whom the role serves; ``None`` when no role noun ends the phrase before."""
    if i < 2 or toks[i - 1].lower not in _SERVING or toks[i - 2].lower not in lexicon.words("speaker_roles"):
        return None
    role = _np_ending_at(toks, i - 1)
    return role[0] if role is not None else None


_SERVING = frozenset(("for", "to"))


def _temporal(toks: Sequence[Token], span: tuple[int, int]) -> bool:
    """A time phrase ("Saturday", "last July", "this week"): when something was said, never who."""
    words = [t.lower for t in toks[span[0]:span[1]] if t.is_word]
    if not words:
        return False
    last = words[-1]
    return (_weekday(last) or last in ("past", "future") or (last[:-1].isdigit() and last.endswith("s"))
            or (len(words) == 2 and (words[0] in _TIME_LEADS or words[0] == "the") and last in _TIME_NOUNS))


_TIME_LEADS = frozenset("this last next that every each".split())
_TIME_NOUNS = frozenset("week month year morning afternoon evening night weekend spring summer fall autumn "
                        "winter season time".split())


@functools.lru_cache(maxsize=None)
def _title_words() -> frozenset[str]:
    return frozenset(w for t in lexicon.words("titles") for w in t.split())


def _skip_brackets(toks: Sequence[Token], close: int) -> int:
    """The index of the "(" matching the ")" at ``close`` (``close`` itself when none is near)."""
    for n in range(close - 1, max(-1, close - 10), -1):
        if toks[n].text == "(":
            return n
    return close


def _np_ending_at(toks: Sequence[Token], end: int) -> Optional[tuple[int, int]]:
    """The noun phrase whose last token is ``toks[end - 1]``.

    A pronoun stands alone; a name runs back over capitalised words, titles,
    connectors and a leading "the"; a description runs back (at most six words)
    to its determiner or possessive ("the campaign's spokesman", "a senior
    aide to Clinton").
    """
    if end <= 0 or not toks[end - 1].is_word:
        return None
    last = toks[end - 1]
    low = last.lower
    if low in _CLAUSE_WORDS or low in _NP_STOPS:
        return None
    if pronoun_class(low) is not None:
        return (end - 1, end) if low not in ("this", "that", "it") else None
    titles = _title_words()
    modifiers = lexicon.words("people_title_modifiers")
    i = end - 1
    while i > 0 and end - i < 10:
        prev = toks[i - 1]
        if not prev.is_word:
            break
        pl = prev.lower
        if prev.capitalised and pl in _POSSESSIVE_DETERMINERS:
            i -= 1  # "Her family said" opening a sentence: the possessive, not the object pronoun
            break
        if prev.capitalised or pl in titles or pl in modifiers or (
                pl in _CONNECTORS and i - 2 >= 0 and toks[i - 2].capitalised):
            if pl in _CLAUSE_WORDS or pl in _NP_STOPS or pronoun_class(pl) is not None:
                break
            i -= 1
            continue
        if pl in _DETERMINERS or pl.endswith(("'s", "’s")):
            i -= 1
            if pl.endswith(("'s", "’s")):
                continue
            if pl in _NUMBER_WORDS and i > 0 and toks[i - 1].lower in _COUNT_LEADS:
                i -= 1  # "The two sides said": the article before the count opens the phrase
            break
        if prev.text[0].isdigit() and low in _SHARE_NOUNS:
            return i - 1, end  # "21 percent said": a share of those polled
        if last.capitalised:
            break
        # a description: look back for its determiner within six words
        d = i - 1
        while d >= 0 and end - d <= 7 and toks[d].is_word and toks[d].lower not in _CLAUSE_WORDS \
                and toks[d].lower not in _DETERMINERS and not toks[d].lower.endswith(("'s", "’s")):
            d -= 1
        if d >= 0 and end - d <= 7 and toks[d].is_word and (
                toks[d].lower in _DETERMINERS or toks[d].lower.endswith(("'s", "’s"))):
            i = d
        break
    if not last.capitalised and not _np_start_ok(toks[i]) and low not in _nominals():
        return None
    while i < end - 1 and not _np_start_ok(toks[i]):
        i += 1
    return i, end


def _participle(toks: Sequence[Token], k: int) -> bool:
    """A cue in a participle clause ("…, calling it", "by saying"): its subject is the sentence's."""
    if not toks[k].lower.endswith("ing"):
        return False
    j = k
    while j > 0 and _filler_at(toks, j - 1):
        j -= 1
    return j == 0 or toks[j - 1].text == "," or toks[j - 1].lower in _PARTICIPLE_LEADS \
        or _after_comma_phrase(toks, j)


def _after_comma_phrase(toks: Sequence[Token], j: int) -> bool:
    """Whether a short lower-case phrase after a comma ends at ``toks[j]`` ("…, at one point
    calling the mayor a “…”", "…, at times saying"): the participle is still the clause's."""
    for p in range(j - 1, max(0, j - 4), -1):
        if toks[p].lower in ("at", "in") and toks[p - 1].text == ",":
            return all(t.is_word and not t.capitalised for t in toks[p + 1:j])
    return False


_PARTICIPLE_LEADS = frozenset("by while when after before and in also upon".split())
_INTRODUCTIONS = frozenset(
    "in on at during after before when while as since with without speaking asked later earlier "
    "still but and yet however meanwhile also then now today instead separately outside inside here "
    "there across among amid despite following throughout under over from by for within".split()
)


def _after_dateline(toks: Sequence[Token], k: int) -> int:
    """Index after a dateline opening the sentence ("WASHINGTON (AP) —"), else 0."""
    for n in range(min(k, 8)):
        if toks[n].text in _DASHES or toks[n].text == "-":
            head = [t for t in toks[:n] if t.is_word]
            agency = any(t.text == "(" for t in toks[:n])
            if head and (all(t.text.isupper() for t in head)
                         or (agency and all(t.capitalised or t.text.isdigit() for t in head))):  # "ROME, Dec. 8 (UPI) —"
                return n + 1
            return 0
    return 0


def main_subject(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The subject of the sentence whose tokens are ``toks[:k]``.

    An introduction ("In Iowa on Monday, …", "But …") is skipped to its comma;
    then the first noun phrase is the subject.
    """
    i = _after_dateline(toks, k)
    while i < k and toks[i].lower in ("but", "and", "yet", "so", "still", "then"):
        i += 1
    if i + 2 < k and toks[i + 1].text == "," and (toks[i].lower in _SENTENCE_ADVERBS or (
            toks[i].lower.endswith("ly") and len(toks[i].lower) > 5 and toks[i].capitalised)):
        i += 2  # "Likewise, a paper from the institute had this to say:", "Hastily, …"
    comma = next((n for n in range(i + 1, min(k, i + 6)) if toks[n].text == ","), None)
    if comma is not None and comma + 1 < k and any(
            t.is_word and not t.capitalised for t in toks[i + 1:comma]) and (
            toks[comma + 1].lower in ("he", "she", "they", "we", "i") or _np_start_at(toks, comma + 1)):
        i = comma + 1  # "A month later, he …", "Last week, Trump …" (not "Ana Ruiz, the mayor, …")
    if i < k and (toks[i].lower in _INTRODUCTIONS or _participle_opening(toks, i)):
        comma = next((n for n in range(i, min(k, i + 14)) if toks[n].text == ","), None)
        if comma is None or comma == k - 1:
            # no comma closes the introduction: "In Wednesday's speech the senator took a
            # swipe at Ana Ruiz, calling …": the subject follows the phrase, no comma between
            return _subject_after_phrase(toks, i, k)
        i = comma + 1
        place = speaker_after(toks, i) if i < k else None
        if place is not None and place[1] + 1 < k and toks[place[1]].text == "," and toks[i].capitalised:
            i = place[1] + 1  # "Speaking in Salem, New Hampshire, Trump …"
        elif i + 2 < k and toks[i].text.isdigit() and toks[i + 1].text == ",":
            i += 2  # "On July 6, 2015, Sanders …"
    i = _past_places_and_times(toks, i, k)
    span = speaker_after(toks, i) if i < k else None
    if span is None or span[1] > k:
        return None
    return span


def _participle_opening(toks: Sequence[Token], i: int) -> bool:
    """A participle phrase opening the sentence ("Continuing to explain his view, Ana Ruiz
    …", "Asked about the port, she …"): the subject follows its comma."""
    low = toks[i].lower
    if i + 1 < len(toks) and len(low) > 5 and low.endswith("ly") and toks[i].capitalised \
            and toks[i + 1].lower in ("after", "before", "afterward", "afterwards"):
        return True  # "Shortly after the call ended, Rubio's campaign …"
    if i + 1 < len(toks) and len(low) > 5 and low.endswith("ing") and toks[i].capitalised \
            and toks[i + 1].is_word and not toks[i + 1].capitalised and toks[i + 1].lower.endswith("ing"):
        return True  # "Facing mounting criticism from both parties, Mr. Trump …"
    return i + 1 < len(toks) and len(low) > 4 and low.endswith(("ing", "ed")) and not _weekday(low) \
        and toks[i + 1].lower in _PARTICIPLE_OBJECTS


_PARTICIPLE_OBJECTS = frozenset("to the a an his her their its about at in on with from for by after before "
                                "through into over up out back".split())


def _past_places_and_times(toks: Sequence[Token], i: int, k: int) -> int:
    """Past the rest of an introduction at ``toks[i]``: a state after its city ("At a rally
    in Portsmouth, *N.H.,* …") and a further phrase ("…, *on Tuesday,* Ana Ruiz …"),
    each closed by its comma; a place or a day is never the sentence's subject."""
    for _ in range(3):
        comma = next((n for n in range(i + 1, min(k, i + 6)) if toks[n].text == ","), None)
        if comma is None or comma + 1 >= k or i < 2 or toks[i - 1].text != ",":
            return i
        chunk = toks[i:comma]
        state = len(chunk) <= 2 and all(t.capitalised for t in chunk) and _place_before(toks, i - 1)
        if not (state or (chunk[0].lower in _INTRODUCTIONS and not chunk[0].capitalised)):
            return i
        i = comma + 1
    return i


def _subject_after_phrase(toks: Sequence[Token], i: int, k: int) -> Optional[tuple[int, int]]:
    """The subject right after an introductory phrase written without its comma ("In his
    speech *the senator* also took …", "On Monday *Ana Ruiz* called …"): a name, or a
    determiner and one to three words, within a few words of the preposition at
    ``toks[i]``, that a verb follows (an adverb, an auxiliary, a past form or a cue)."""
    for m in range(i + 2, min(k, i + 7)):
        tok, prev = toks[m], toks[m - 1]
        if not tok.is_word or prev.text == ",":
            return None
        if tok.lower in ("the", "a", "an"):
            ends = range(m + 2, min(k, m + 5))
        elif tok.capitalised and not prev.capitalised and tok.lower not in _DETERMINERS:
            span = speaker_after(toks, m)
            ends = [span[1]] if span is not None else []
        else:
            continue
        for end in ends:
            if end < k and _verb_follows(toks[end]):
                return m, end
    return None


def _verb_follows(tok: Token) -> bool:
    """Whether ``tok`` can open the predicate after a subject: "also", "has", "called"."""
    low = tok.lower
    return tok.is_word and not tok.capitalised and (
        _filler(tok) or low in ("has", "had", "was", "is", "will", "would") or low.endswith("ed") or is_cue(tok))


def clean_name(mention: str) -> str:
    """The name in a speaker mention: titles in front and roles after a comma cut.

    "Sen. Jim DeMint, R-S.C." → "Jim DeMint"; a description ("the newspaper")
    is kept as written.
    """
    head = mention.split(",")[0].strip()
    head = _POSSESSIVE_END.sub("", head)
    if not head[:1].isupper():
        return head
    titles, rest = split_title(head)
    return rest or head


class Resolver:
    """Speaker names from mentions, with the document's people as evidence."""

    def __init__(self, text: str, people: Sequence[PersonMention]):
        self.text = text
        self.people = sorted(people, key=lambda p: p.start)
        self.starts = [p.start for p in self.people]
        self._by_pronoun: dict[str, tuple[list[int], list[PersonMention]]] = {}
        self._holders: dict[str, list[PersonMention]] = {}

    def _fitting(self, pron: str) -> tuple[list[int], list[PersonMention]]:
        """The people a pronoun of class ``pron`` may stand for (no title of the other
        gender), listed once, so a pronoun far from any fitting name finds it by bisection
        instead of walking back over every person."""
        if pron not in self._by_pronoun:
            fitting = [p for p in self.people if _fits(title_genders(p.titles), pron)]
            self._by_pronoun[pron] = ([p.start for p in fitting], fitting)
        return self._by_pronoun[pron]

    def person_in(self, start: int, end: int) -> Optional[PersonMention]:
        """The first person mention overlapping ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.people[i - 1].end > start:
            return self.people[i - 1]
        if i < len(self.people) and self.people[i].start < end:
            return self.people[i]
        return None

    def name(self, start: int, end: int) -> str:
        """The resolved name of the speaker mention at ``[start, end)``."""
        mention = self.text[start:end]
        if mention.lower() in ("who", "which"):
            person = self.person_before(start, 120)
            return person.name if person is not None else mention
        pron = pronoun_class(mention) or _POSSESSIVE_PRONOUNS.get(mention.lower())
        if pron is not None:
            return self.antecedent(start, pron) or mention
        person = self.person_in(start, end)
        if person is not None:
            person = self._titled_after(person, end)
        if person is not None and _speaks_for(self.text, start, end, person):
            person = None  # "a spokesman for Smith", "Smith's aide": not Smith
        elif person is not None and (self.text[start:end].split(",")[0].find(person.text) >= 0
                                     or not mention[:1].islower()
                                     or _in_apposition_after(self.text[start:person.start], person)):
            return person.name  # (the last: a name in apposition, "the group's lawyer, Ana Ruiz")
        holder = self.role_holder(start, end)
        return holder.name if holder is not None else clean_name(mention)

    def _titled_after(self, person: PersonMention, end: int) -> PersonMention:
        """The person a mention is about when a role joins a name to another before it:
        "Red Sox owner Ana Ruiz", "Herons general manager A.J. Wexley" name Ana Ruiz and
        A.J. Wexley, not the team the person extractor may take for a person; only
        lower-case role words may stand between the two."""
        i = bisect.bisect_right(self.starts, person.start)
        if i < len(self.people) and self.people[i].start < end and self.people[i].titles \
                and _ROLE_GAP.fullmatch(self.text, person.end, self.people[i].start):
            return self.people[i]
        return person

    def role_holder(self, start: int, end: int) -> Optional[PersonMention]:
        """The person a role mention stands for: the name in apposition after it ("Smith's
        spokesman, Tom Reyes,"), else the person the article gives that role ("the
        spokeswoman" after "Jane Doe, a spokeswoman for the company" or "spokeswoman Jane
        Doe"): the only one, or the nearest before the mention."""
        after = _APPOSITION.match(self.text, end)
        if after is not None:
            person = self.person_in(after.end(), after.end() + 1)
            if person is not None and person.start == after.end():
                return person
        role = _role_noun(self.text[start:end])
        if role is None:
            return None
        holders = self._holders.get(role)
        if holders is None:  # once per role and text: a long article has many role mentions
            holders = self._holders[role] = [p for p in self.people if _holds_role(self.text, p, role)]
        if len({p.name for p in holders}) == 1:
            return holders[0]
        before = [p for p in holders if p.end <= start]
        return before[-1] if before else None

    def person_before(self, offset: int, reach: int) -> Optional[PersonMention]:
        """The last person mention ending within ``reach`` characters before ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        if i >= 0 and self.people[i].end >= offset - reach:
            return self.people[i]
        return None

    def antecedent(self, offset: int, pron: str) -> Optional[str]:
        """The nearest named person before ``offset`` that fits the pronoun.

        Uses the person extractor's mentions (their titles give a gender);
        without them, the nearest run of two capitalised words. Plural and
        neuter pronouns are left unresolved.
        """
        if pron not in ("m", "f"):
            return None
        if self.people:
            starts, fitting = self._fitting(pron)
            i = bisect.bisect_left(starts, offset)
            return fitting[i - 1].name if i else None
        match = None
        for match in _CAPITALISED_PAIR.finditer(self.text, max(0, offset - 600), offset):
            pass
        return clean_name(match.group()) if match else None


# A possessive standing for the speaker ("his claim that “…”", "His exact words:").
_POSSESSIVE_PRONOUNS = {"his": "m", "their": "p"}
_APPOSITION = regex.compile(r",\s+(?=\p{Lu})")
_ROLE_GAP = regex.compile(r"(?:\s+\p{Ll}[\p{Ll}\-]*)+\s+")
_ROLE_WORD = regex.compile(r"[\p{L}\-]+")
_SPEAKS_FOR = regex.compile(r"(?:for|to|of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.\-]*\s+)*$")


def _role_noun(mention: str) -> Optional[str]:
    """The role of a description ("the spokeswoman", "a senior aide to Clinton",
    "Smith's spokesman", "A spokesman for Smith" opening a sentence): its first word in
    ``speaker_roles.txt``; none for a name."""
    if mention[:1].isupper() and not _POSSESSIVE_IN.search(mention) \
            and mention.split(" ", 1)[0].lower() not in _DETERMINERS:
        return None
    roles = lexicon.words("speaker_roles")
    return next((w.lower() for w in _ROLE_WORD.findall(mention) if w.lower() in roles), None)


_POSSESSIVE_IN = regex.compile(r"['’]s\s+\p{Ll}")


def _speaks_for(text: str, start: int, end: int, person: PersonMention) -> bool:
    """Whether ``person`` inside the mention is whom the speaker works for or stands
    beside, not the speaker: "a spokesman for Smith", "a senior aide to Clinton",
    "Smith's spokesman". The mention's role word must stand outside the name."""
    role = _role_noun(text[start:end])
    if role is None:
        return False
    head = text[start:person.start]
    tail = text[person.end:end]
    if tail[:2] in ("'s", "’s") and role in {w.lower() for w in _ROLE_WORD.findall(tail)}:
        return True
    return role in {w.lower() for w in _ROLE_WORD.findall(head)} and _SPEAKS_FOR.search(head) is not None


def _in_apposition_after(head: str, person: PersonMention) -> bool:
    """Whether ``person`` follows the description ``head`` after a comma, with nothing
    but the person's own titles between: "the group's lawyer, Ana Ruiz", "a Pentagon
    spokesman, Col. Tom Reyes" name the person, not the role."""
    comma = head.rfind(",")
    between = head[comma + 1:].split()
    return comma >= 0 and (not between or between == [w for t in person.titles for w in t.split()])


def _holds_role(text: str, person: PersonMention, role: str) -> bool:
    """Whether the article gives ``person`` the role: as a title ("spokeswoman Jane
    Doe", "President Obama") or in apposition ("Jane Doe, a spokeswoman for …")."""
    if any(role in t.lower().split() for t in person.titles):
        return True
    if regex.search(r"\b" + role + r"\s+$", text[max(0, person.start - 30):person.start], regex.I):
        return True
    return regex.match(r",\s+(?:a|an|the|its|his|her|their|\p{L}+['’]s)\s+(?:(?!(?:for|of|at|with|to)\b)[\p{L}\-]+\s+){0,2}"
                       + role + r"\b", text[person.end:person.end + 80], regex.I) is not None


def _fits(genders: frozenset[str], pron: str) -> bool:
    """Whether a person with titles of ``genders`` may be a pronoun of class ``pron``."""
    return not genders or pron in genders


def _cut(toks: list[Token]) -> list[Token]:
    """``toks`` up to the first sentence end, semicolon or quotation mark."""
    for n, tok in enumerate(toks):
        if tok.text == "." and _abbreviated_party(toks, n):
            continue
        if tok.text in _TERMINAL or tok.text in _QUOTE_CHARS or tok.text == ";" or tok.text == "''":
            return toks[:n]
    return toks


def _abbreviated_party(toks: Sequence[Token], n: int) -> bool:
    """Whether the full stop ``toks[n]`` ends a party abbreviation, "(D-Nev.)" or ", R-Ky.,":
    the name's frame goes on after it, no sentence ends."""
    if n + 1 >= len(toks) or toks[n + 1].start != toks[n].end:
        return False
    if toks[n + 1].text == "," and n > 0 and _PARTY.match(toks[n - 1].text):
        return True  # "Mitch McConnell, R-Ky., said"
    return toks[n + 1].text == ")" and any(t.text == "(" for t in toks[max(0, n - 3):n])


_PARTY = regex.compile(r"[RDI]-[A-Z][\w.]*$")


_SUBORDINATORS = frozenset("as when while after before if although though because since once".split())
_GERUND_PREPOSITIONS = frozenset("of for about without instead from in on".split())


def _intro_clause_end(toks: Sequence[Token]) -> int:
    """The comma closing an introductory clause ("As the crowd began to chant, …"), else -1."""
    if not toks or (toks[0].lower not in _SUBORDINATORS and not _participle_opening(toks, 0)):
        return -1  # (a participle phrase too: "Continuing to explain his view, Ana Ruiz …")
    return next((n for n in range(1, min(len(toks), 25)) if toks[n].text == ","), -1)


def _gerund_object(toks: Sequence[Token], k: int) -> bool:
    """A cue gerund after a preposition ("instead of calling himself …") frames nothing."""
    return toks[k].lower.endswith("ing") and k > 0 and toks[k - 1].lower in _GERUND_PREPOSITIONS


def _infinitive_subject(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The subject of the verb an infinitive cue hangs on, when the sentence's own subject
    is out of reach: "Where he used to boast that …", "…, and she went on to say"."""
    j = k
    while j > 0 and _filler_at(toks, j - 1) and toks[j - 1].lower != "to":
        j -= 1
    if j < 3 or toks[j - 1].lower != "to" or not toks[j - 2].is_word or toks[j - 2].capitalised:
        return None
    verb = j - 2
    if toks[verb].lower == "on" and verb > 0:
        verb -= 1  # "went on to say"
    return speaker_before(toks, verb)


def _coordinated(toks: Sequence[Token], k: int) -> bool:
    """A cue sharing the sentence's subject: "Sherry smiled and said", "was prompted to say"."""
    j = k
    while j > 0 and _filler_at(toks, j - 1) and toks[j - 1].lower != "to":
        j -= 1
    return j > 0 and toks[j - 1].lower in ("and", "but", "then", "to", "or")


def _ends_sentence(toks: Sequence[Token], n: int) -> bool:
    """A full stop, "!" or "?" followed by a space and a capital (not "(I-Vt.) on"); or an
    abbreviation's full stop before a subject pronoun ("… attacks in the U.S. He says"):
    a title or an initial is followed by a name, never by "He"."""
    if n + 1 >= len(toks):
        return False
    nxt = toks[n + 1]
    if toks[n].text not in _TERMINAL:
        return len(toks[n].text) > 2 and toks[n].text.endswith(".") and nxt.text in _OPENING_PRONOUNS \
            and nxt.start > toks[n].end
    return nxt.start > toks[n].end and (nxt.capitalised or nxt.text in _QUOTE_CHARS)


_OPENING_PRONOUNS = frozenset(("He", "She", "They", "We", "I"))


def _is_verb_use(toks: Sequence[Token], k: int, after_quote: bool = False) -> bool:
    """Whether the cue word at ``toks[k]`` is a verb, not a noun ("his remarks", "the notes").

    A bare base form that is also a noun (``cue_nouns.txt``: "state", "report")
    is a verb only after a pronoun, a modal or "to", or a plural subject
    ("officials report"): otherwise it is a noun ("a Democratic state"). Right
    after a quotation (``after_quote``) a subject and that word is a frame
    ("“…,” the editorial read").
    """
    if k == 0:
        return True
    if toks[k].capitalised:
        return False  # "the United States", "Notes on ...": a name, not a verb
    prev = toks[k - 1].lower
    if toks[k].lower == "put" and k + 1 < len(toks) and toks[k + 1].lower == "it":
        return True  # "as a memo put it"
    if not after_quote and toks[k].lower in lexicon.words("cue_nouns") and not (
            prev in _BASE_FORM_LEADS or pronoun_class(prev) is not None
            or (prev.endswith("s") and not prev.endswith(("'s", "’s", "ss")))):
        return False
    word = toks[k].lower
    if word != cue_forms()[word] and not word.endswith(("s", "ing")):
        return True  # a past form ("tweeted", "said") is never a noun: "Another tweeted, …"
    if k >= 2 and toks[k - 2].lower == "the" and prev in _NUMBER_WORDS:
        return True  # "the two write": the number is the subject, not a determiner of a noun
    if k >= 2 and toks[k - 2].lower in ("a", "an") and toks[k - 1].is_word and not toks[k - 1].capitalised \
            and k + 1 < len(toks) and toks[k + 1].lower in ("of", "from", ":"):
        return False  # "a thunderous chant of", "a nervous call from", "a snappy retort:": a noun
    if k >= 2 and toks[k - 2].lower in ("his", "her", "their", "its", "a", "an") and toks[k - 1].is_word \
            and not toks[k - 1].capitalised and pronoun_class(prev) is None and prev not in _nominals() \
            and cue_forms()[toks[k].lower] in lexicon.words("cue_nouns"):
        return False  # "his recent remarks", "a snappy retort": an adjective between, a noun
    return not (prev in _DETERMINERS and prev not in ("that", "this", "one")) and not prev.endswith(("'s", "’s"))


def _attribution(toks: Sequence[Token], span: tuple[int, int], cue: Optional[Token],
                 cue_text: Optional[str] = None) -> Attribution:
    i, j = trimmed_phrase(toks, span)
    if cue is None:
        return Attribution(toks[i].start, toks[j - 1].end, cue_text)
    if cue_text is None:
        # the cue with its auxiliaries, as written: "has stated", "had said"
        k = next(n for n, t in enumerate(toks) if t is cue)
        first = k
        while first > j and toks[first - 1].lower in _AUXILIARIES:
            first -= 1
        cue_text = " ".join(t.text for t in toks[first:k + 1])
    return Attribution(toks[i].start, toks[j - 1].end, cue_text, cue.start, cue.end)


def trimmed_phrase(toks: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` cut before an auxiliary it ran over ("the nominee has tried" -> "the nominee") or
    before a relative clause ("Ana Ruiz, who was …" -> "Ana Ruiz")."""
    i, j = span
    return i, next((n for n in range(i + 1, j) if (toks[n].lower in _VERB_STOPS and not toks[n].capitalised)
                    or (toks[n].text == "," and n + 1 < j and toks[n + 1].lower in ("who", "which"))), j)


def attribution_after(text: str, pos: int, limit: int, open_sentence: bool = False) -> Optional[Attribution]:
    """A speaker frame right after a closing mark at ``pos`` (``,” Smith said`` / ``,” said Smith``).

    ``open_sentence``: the quotation ends in a comma, "?" or "!", so the sentence
    goes on and a name followed by any verb is its frame ("“…,” Ana Ruiz shot back").
    """
    # Most frames end within a few words ("he said."): read a short window first and the
    # full one only when the sentence goes on past it.
    short = min(limit, pos + 64)
    toks = tokens(text, pos, short)
    cut = _cut(toks)
    toks = cut if len(cut) < len(toks) or short == limit else _cut(tokens(text, pos, min(limit, pos + 200)))
    i = 0
    while i < len(toks) and toks[i].text == ",":
        i += 1
    if i >= len(toks):
        return None
    first = toks[i]
    if first.text in _DASHES or first.text == "-":
        np = speaker_after(toks, i + 1)
        if np and toks[np[0]].capitalised:
            return _attribution(toks, np, None, first.text)
        return None
    if first.lower == "as" and i + 2 < len(toks):
        np = speaker_after(toks, i + 1)  # "“…,” as Cruz said on the radio", "as he put it"
        if np is not None and np[1] < len(toks) and is_cue(toks[np[1]]) and not toks[np[1]].lower.endswith("ing") \
                and (toks[np[0]].capitalised or pronoun_class(toks[np[0]].lower) in ("m", "f", "p")):
            return _attribution(toks, np, toks[np[1]])
    if first.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
        np = speaker_after(toks, i + 2)
        return _attribution(toks, np, None, "according to") if np else None
    if first.capitalised and i + 1 < len(toks) and is_cue(toks[i + 1]) and not toks[i + 1].capitalised \
            and not toks[i + 1].lower.endswith("ing") and not _np_start_at(toks, i):
        return _attribution(toks, (i, i + 1), toks[i + 1])  # "“…,” Will wrote": a name, not a modal
    k = i
    while k < len(toks) and toks[k].is_word and toks[k].lower in _fillers() and not is_cue(toks[k]):
        k += 1
    if k < len(toks) and is_cue(toks[k]):
        if toks[k].lower.endswith("ing"):
            return None  # “…,” telling reporters …: the sentence's subject speaks, not the object
        if any(t.lower == "to" for t in toks[i:k]):
            return None  # “…” to announce the sale: an infinitive, no inverted frame
        np = speaker_after(toks, k + 1)
        if np and not _weekday(toks[np[0]].lower) and not _object_pronoun(toks, np) \
                and not _targeted(toks, k, np):
            return _attribution(toks, np, toks[k])
        return None
    if first.is_word and not first.capitalised and first.lower.endswith("ed") and i + 1 < len(toks):
        np = speaker_after(toks, i + 1)  # an unlisted verb: "“…!” beamed Ana Ruiz"
        if np and toks[np[0]].capitalised and toks[np[0]].lower not in _DETERMINERS:
            return _attribution(toks, np, first)
    if not _np_start_at(toks, i):
        return _final_frame(toks, i)
    reach = 32 if any(t.text == "," for t in toks[i + 1:i + 5]) else 16  # “…,” Trump, the nominee, …
    for k in range(i + 1, min(len(toks), i + reach)):
        if toks[k].is_word and toks[k].lower in _CLAUSE_WORDS and toks[k].lower not in ("who", "which"):
            if not _in_apposition(toks, i, k) and not _joined_description(toks, i, k):
                break
        if is_cue(toks[k]) and _is_verb_use(toks, k, after_quote=True) and not toks[k].lower.endswith("ing"):
            j = k  # (a gerund modifies the noun before it: "“…,” a nod to the mayor acknowledging …")
            while j > i and (toks[j - 1].text == "," or (toks[j - 1].is_word and toks[j - 1].lower in _fillers())):
                j -= 1
            if j > i + 1 and toks[j - 1].text == ")" and _skip_brackets(toks, j - 1) > i:
                j = _skip_brackets(toks, j - 1)  # "Harry Reid (D-Nev.) said": the name without its party
            while j > i + 1 and (toks[j - 1].text in (",", ".") or _PARTY.match(toks[j - 1].text)):
                j -= 1  # "Mitch McConnell, R-Ky., said"
            if j > i:
                return _attribution(toks, (i, j), toks[k])
            return None
    late = _final_frame(toks, i)
    if late is not None:
        return late
    np = speaker_after(toks, i)
    if np is not None:
        for n in range(np[0] + 1, np[1]):  # "the nominee riffed on …": the NP ran over its verb
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            if toks[n].lower.endswith("ed") and not toks[n].capitalised and (
                    nxt is None or not nxt.is_word or (nxt.lower in _NP_STOPS and nxt.lower != "to")):
                return _attribution(toks, (np[0], n), toks[n])
    if np is not None and np[1] < len(toks) and np[1] - np[0] <= 4:
        verb = toks[np[1]]
        rest = toks[np[1] + 1:np[1] + 2]
        named = toks[np[0]].capitalised or pronoun_class(toks[np[0]].lower) in ("m", "f", "p")
        # after "?" or "!" a new sentence may begin ("“…?” Others saw the same thing"): the
        # frame's verb must then end it ("“…?” Ana Ruiz shot back.")
        ends = not rest or not rest[0].is_word or rest[0].lower in _PARTICLES
        question = text[max(0, pos - 3):pos].rstrip("”\"'’»")[-1:] in ("?", "!")
        if verb.is_word and not verb.capitalised and not _titled(rest) and (
                (verb.lower.endswith("ed") and (ends or (open_sentence and rest[0].lower in _NP_STOPS)))
                or (open_sentence and named and (ends or not question) and verb.lower not in _CLAUSE_WORDS
                    and verb.lower not in _NP_STOPS and verb.lower not in _PREPOSITIONS)):
            return _attribution(toks, np, verb)  # an unlisted verb: "“…,” Ana Ruiz shot back."
    return None


def _possessive_of(toks: Sequence[Token], i: int) -> bool:
    """Whether the pronoun at ``toks[i]`` is a possessive before its noun ("said *her
    lawyer*", "*Their* spokesman said"), so the phrase runs on instead of stopping at it."""
    if toks[i].lower not in _POSSESSIVE_DETERMINERS or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.is_word and not nxt.capitalised and nxt.lower not in _NP_STOPS and nxt.lower not in _CLAUSE_WORDS \
        and not is_cue(nxt) and not _filler(nxt)


def _targeted(toks: Sequence[Token], k: int, span: tuple[int, int]) -> bool:
    """Whether the cue at ``toks[k]`` takes the possessive phrase ``span`` as its target
    ("“…,” denounced her rival's record"), not as an inverted speaker."""
    return cue_forms()[toks[k].lower] in lexicon.words("cue_targets") \
        and toks[span[0]].lower in _POSSESSIVE_DETERMINERS


_OBJECT_PRONOUNS = frozenset("her him them us me".split())


def _object_pronoun(toks: Sequence[Token], span: tuple[int, int]) -> bool:
    """Whether ``span`` is an object pronoun alone: "“…,” denounced her rival's record"
    has the verb's object after it, and no inverted frame ever reads "said her"."""
    return span[1] - span[0] == 1 and toks[span[0]].lower in _OBJECT_PRONOUNS


def _titled(rest: Sequence[Token]) -> bool:
    """Whether ``rest`` opens with a title ("Vancouver police *Const.* Tim Fanning"): the
    word before it is part of a noun phrase, not a verb."""
    return bool(rest) and rest[0].capitalised and rest[0].lower.rstrip(".") in _abbreviations()


def ends_in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a title abbreviation ("Const.", "Sen."), which
    a name must follow. (Read backwards from the end: no tokens needed.)"""
    if end <= start or text[end - 1] != ".":
        return False
    word = _WORD_BEFORE_STOP.search(text, start, end)
    return word is not None and word.group()[:1].isupper() and word.group().lower() in _abbreviations()


_WORD_BEFORE_STOP = regex.compile(r"(?<![\w.])\w+(?=\.\Z)")


def _final_frame(toks: Sequence[Token], i: int) -> Optional[Attribution]:
    """A frame closing the sentence after more words: "“…” yet in the glass ceiling, she said."."""
    for c in range(i, min(len(toks) - 2, i + 25)):
        if toks[c].text != ",":
            continue
        if is_cue(toks[c + 1]) and not toks[c + 1].lower.endswith("ing"):
            np = speaker_after(toks, c + 2)  # “…” about the deal, said Ana Ruiz.
            if np is not None and toks[np[0]].capitalised:
                return _attribution(toks, np, toks[c + 1])
            continue
        np = speaker_after(toks, c + 1)
        if np is None or np[1] - np[0] > 4:
            continue
        if not (toks[np[0]].capitalised or pronoun_class(toks[np[0]].lower)):
            # a description only right before a closing cue: "…, the lawsuit says."
            k = np[1]
            if k < len(toks) and is_cue(toks[k]) and (k + 1 == len(toks) or not toks[k + 1].is_word):
                return _attribution(toks, np, toks[k])
            continue
        k = np[1]
        while k < len(toks) and toks[k].is_word and _filler(toks[k]) and not is_cue(toks[k]):
            k += 1
        if k < len(toks) and is_cue(toks[k]) and not toks[k].lower.endswith("ing"):
            return _attribution(toks, np, toks[k])
    return None


def _in_apposition(toks: Sequence[Token], i: int, k: int) -> bool:
    """Whether ``toks[k]`` sits inside commas after the subject ("Smith, who ran, said")."""
    return any(t.text == "," for t in toks[i:k])


def attribution_before(text: str, start: int, pos: int, block: bool = False) -> Optional[Attribution]:
    """A speaker frame in the sentence before an opening mark at ``pos``.

    ``start`` is where the sentence (or the part after the previous quotation)
    begins: ``Smith said, “`` / ``Smith: “`` / ``According to Smith, “`` /
    ``he calls it “``. ``block``: the quotation is a paragraph of its own after
    this sentence, so a colon ending it ("Trump leaned in and boomed:") names the
    speaker in the sentence's subject.
    """
    toks = tokens(text, max(start, pos - 300), pos)
    if not toks:
        return None
    for n in range(len(toks) - 1, -1, -1):
        if _ends_sentence(toks, n):
            toks = toks[n + 1:]
            break
    if not toks:
        return None
    for n in range(len(toks) - 1):
        if toks[n].lower == "according" and toks[n + 1].lower == "to":
            np = speaker_after(toks, n + 2)
            if np:
                return _attribution(toks, np, toks[n], "according to")
    # The leftmost frame wins: in "She says … but insists Sanders is mounting a “…”" the
    # quotation is part of what the main clause's speaker says.
    found = None
    intro_end = _intro_clause_end(toks)
    if not any(t.is_word for t in toks[intro_end + 1:]):
        intro_end = -1  # "As the memo put it, “…”": the clause is the quotation's own frame
    for k in range(len(toks) - 1, -1, -1):
        if is_cue(toks[k]) and _is_verb_use(toks, k) and k > intro_end and not _gerund_object(toks, k):
            if found is not None and _passive_by(toks, k):
                continue  # "Her words were echoed by Tom Reyes who called …": the subject of a passive never speaks
            span = (_passive_agent(toks, k) if found is None else None) or _inverted(toks, k)
            if span is None and _passive_target(toks, k):
                continue  # "Her comments have been described as “…”": the subject is the target
            if span is None and (_participle(toks, k) or _coordinated(toks, k)):
                span = _last_clause_subject(toks, k) or main_subject(toks, k) or _infinitive_subject(toks, k)
                if span is None and k > 0 and toks[k - 1].text == ",":
                    continue  # "… took a swipe at Ana Ruiz, calling …": the object before the comma never speaks
            span = span or _issuer(toks, speaker_before(toks, k), k)
            if span is None and k + 1 < len(toks) and toks[k + 1].capitalised and _opens_clause(toks, k):
                span = speaker_after(toks, k + 1)  # inverted: "Said Ana Ruiz: “…”"
            if span is not None and found is not None and _relative(toks, span) \
                    and found.speaker_start < toks[span[0]].start:
                continue  # "Graham, who says …, tweeted that …": the main clause's frame stays
            if span is not None:
                nearest = found is None
                found = _attribution(toks, span, toks[k])
                if nearest and k == len(toks) - 2 and toks[-1].text == ":":
                    return found  # "Cruz said as the heckler yelled: “…”": the frame at the mark
                if nearest and span[1] == k and span[1] - span[0] == 1 and pronoun_class(toks[span[0]].lower) \
                        and k > 0 and (span[0] == 0 or not toks[span[0] - 1].is_word
                                       or toks[span[0] - 1].lower in _CLAUSE_WORDS):
                    return found  # "…, which he called “…”": a pronoun's own clause frames the quotation
                if nearest and span[1] == k and _new_clause(toks, span[0]):
                    return found  # "X has warned that …, and Ana Ruiz said the “…”": a clause of its own
    if found is None and intro_end > 0:
        found = _as_clause_frame(toks, intro_end)
    if found is not None:
        return found
    if toks[-1].text == ":" and 1 < len(toks) <= 8 and toks[0].capitalised and toks[0].lower not in _DETERMINERS:
        span = speaker_after(toks, 0)  # "Ruiz: “…”", "Ana Ruiz went further: “…”"
        if span is not None and len(toks) - 1 - span[1] <= 3:
            return _attribution(toks, span, toks[-1])
    if toks[-1].text == ":" and len(toks) > 2 and toks[-2].capitalised:
        span = _np_ending_at(toks, len(toks) - 1)  # "HEADLINE - Ana Ruiz and Tom Reyes: “…”"
        if span is not None and (span[0] == 0 or toks[span[0] - 1].text in _DASHES
                                 or toks[span[0] - 1].text in ("-", "and", ",")):
            return _attribution(toks, span, toks[-1])
    if toks[-1].text == ":" and block:
        span = main_subject(toks, len(toks) - 1)  # "Trump leaned in and boomed:" before a block quote
        if span is not None:
            return _attribution(toks, span, toks[-1])
    return _unlisted_verb_before(toks)


def _as_clause_frame(toks: Sequence[Token], comma: int) -> Optional[Attribution]:
    """The frame of an opening "As X reported," ("As the paper reported, the actor “gave
    …”", "As one prosecutor put it, …") when the main clause has none: the clause says
    whose account the sentence is, so its subject speaks the quotation."""
    if toks[0].lower != "as":
        return None
    for k in range(comma - 1, 1, -1):
        if is_cue(toks[k]) and _is_verb_use(toks, k):
            if comma - k > _AS_CLAUSE_TAIL or toks[k - 1].lower == "to":
                return None  # (not "As the crowd began to chant,": what it did, not an account)
            span = speaker_before(toks, k)
            if span is None or span[0] < 1 or toks[span[0]].lower in ("who", "which"):
                return None
            return _attribution(toks, span, toks[k])
    return None


_AS_CLAUSE_TAIL = 5  # words between the cue and the comma: "reported on Monday", "put it"


def _last_clause_subject(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The subject of the last clause joined by ", and"/", but" before a participle cue
    ("…, and he has battled with the mayor, at one point calling him a “…”"): the
    participle hangs on that clause, not on the sentence's first one."""
    if not toks[k].lower.endswith("ing"):
        return None
    for i in range(k - 1, 1, -1):
        if _new_clause(toks, i):
            span = speaker_after(toks, i)
            if span is not None and span[1] < k and toks[span[1]].is_word and not toks[span[1]].capitalised \
                    and (pronoun_class(toks[i].lower) in ("m", "f", "p") or toks[i].capitalised):
                return span
            return None
    return None


def _new_clause(toks: Sequence[Token], i: int) -> bool:
    """Whether the subject at ``toks[i]`` opens a clause coordinated after a comma (", and
    Ana Ruiz said"), whose frame is the quotation's own, not the first clause's."""
    return i >= 2 and toks[i - 1].lower in ("and", "but") and toks[i - 2].text == ","


def _joined_description(toks: Sequence[Token], i: int, k: int) -> bool:
    """Whether ``toks[k]`` is the "and" of one person's two roles after a quotation ("“…,”
    the Vermont senator and presidential candidate said"): the phrase opens with "the"
    and has no comma, so the frame goes on to its cue."""
    return toks[k].lower == "and" and toks[i].lower == "the" and k - i <= 6 \
        and all(t.is_word for t in toks[i:k])


def _opens_clause(toks: Sequence[Token], k: int) -> bool:
    """Whether the cue ``toks[k]`` opens its clause ("Said Ana Ruiz:", "…, added Tom Reyes"),
    so a name after it is its subject, not its object ("X later told Fox News:")."""
    return k == 0 or not toks[k - 1].is_word or toks[k - 1].lower in ("and", "but", "then")


def _passive_by(toks: Sequence[Token], k: int) -> bool:
    """Whether the cue at ``toks[k]`` is passive with its agent after "by" ("was echoed by")."""
    return 0 < k < len(toks) - 1 and toks[k + 1].lower == "by" and toks[k - 1].lower in _PASSIVE_AUXILIARIES


def _passive_target(toks: Sequence[Token], k: int) -> bool:
    """Whether the cue at ``toks[k]`` is a target cue in the passive ("was described as",
    "have been labelled"): its subject is what the words are about, never their speaker."""
    return 0 < k and toks[k - 1].lower in _PASSIVE_AUXILIARIES and toks[k].lower.endswith(("ed", "led")) \
        and cue_forms()[toks[k].lower] in lexicon.words("cue_targets")


def _passive_agent(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The agent of a passive cue: "Ana Ruiz was asked by host Tom Reyes whether “…”" is the
    host's question, not Ana Ruiz's words."""
    if k == 0 or k + 2 >= len(toks) or toks[k + 1].lower != "by" or toks[k - 1].lower not in _PASSIVE_AUXILIARIES \
            or not toks[k].lower.endswith("ed") and toks[k].lower != "told":
        return None
    span = speaker_after(toks, k + 2)
    if span is None:
        return None
    end = next((n for n in range(span[0] + 1, span[1]) if toks[n].lower in _QUESTION_WORDS), span[1])
    return span[0], end  # "by host Tom Reyes whether …": the question is no part of the name


_QUESTION_WORDS = _CLAUSE_WORDS | frozenset("whether what how why".split())


_PASSIVE_AUXILIARIES = frozenset("was were is are be been being".split())


def _relative(toks: Sequence[Token], span: tuple[int, int]) -> bool:
    """Whether ``span`` is a relative pronoun opening a clause after a comma ("Ana Ruiz,
    *who* has said …,"): a frame inside an apposition, not the sentence's own."""
    return span[1] - span[0] == 1 and span[0] > 0 and toks[span[0]].lower in ("who", "which") \
        and toks[span[0] - 1].text == ","


def _issuer(toks: Sequence[Token], span: Optional[tuple[int, int]], k: int) -> Optional[tuple[int, int]]:
    """Who issued the document a cue gerund follows: in "Ana Ruiz issued a statement
    saying …" the statement is the object of a verb, so the speaker is the sentence's
    subject (``speaker_documents.txt``); ``span`` itself otherwise. A day may stand
    between the document and the gerund ("released a statement Wednesday saying")."""
    if not toks[k].lower.endswith("ing"):
        return span
    document = span
    if span is None or span[1] != k:
        m = k
        while m > 0 and k - m < 3 and (_weekday(toks[m - 1].lower) or toks[m - 1].lower in ("on", "last")):
            m -= 1
        document = _np_ending_at(toks, m) if m < k else None
    if document is None or document[1] == 0 or document[0] == 0:
        return span
    verb = toks[document[0] - 1]
    if toks[document[1] - 1].lower not in lexicon.words("speaker_documents") or not verb.is_word \
            or verb.capitalised or verb.lower in _CLAUSE_WORDS or verb.lower in _PREPOSITIONS \
            or verb.lower in _LEADING_PREPOSITIONS or verb.lower in ("of", "for", "to", "about"):
        return span
    return main_subject(toks[:document[0] - 1], document[0] - 1) or span  # (the slice ends the phrase at the verb)


def _unlisted_verb_before(toks: Sequence[Token]) -> Optional[Attribution]:
    """A named speaker and a past-tense verb no list holds, right before the mark:
    "Hillary Clinton cracked, “…”", "she quipped: “…”"."""
    if len(toks) < 3 or toks[-1].text not in (",", ":"):
        return None
    v = len(toks) - 2
    while v > 1 and len(toks) - v <= 3 and toks[v].is_word and not toks[v].capitalised and (
            toks[v].lower in _PARTICLES or _filler(toks[v])):
        v -= 1  # "Ana Ruiz fired back forcefully:"
    verb = toks[v]
    low = verb.lower
    back = toks[v + 1].lower == "back"  # "Ana Ruiz shot back:", "hit back": any past form before "back"
    if not verb.is_word or verb.capitalised or not (low.endswith("ed") or back) or low in _NP_STOPS \
            or low in _CLAUSE_WORDS:
        return None
    span = _np_ending_at(toks, v)
    if span is None:
        return None
    first = toks[span[0]]
    named = (first.capitalised and first.lower not in _DETERMINERS) or pronoun_class(first.lower) in ("m", "f")
    if not named or _temporal(toks, span) or (span[0] > 0 and toks[span[0] - 1].lower in _PREPOSITIONS):
        return None
    return _attribution(toks, span, verb)


_PARTICLES = frozenset("back in up out".split())


def reported_speech(text: str, start: int, end: int) -> Optional[Attribution]:
    """The last speech frame in ``text[start:end]`` (a paragraph's tail).

    "Cruz continued:" (a frame ending in a colon, with or without cue verb) or
    the subject of the last cue verb ("Smith said in a statement on Monday."),
    which is whom a following block or floating quotation belongs to.
    """
    toks = tokens(text, max(start, end - 400), end)
    cut = len(toks)
    while cut and toks[cut - 1].text in _QUOTE_CHARS:
        cut -= 1
    if cut and toks[cut - 1].text == ":":
        sentence_start = max((n + 1 for n in range(cut - 1) if toks[n].text in _TERMINAL), default=0)
        if sentence_start < cut - 1:
            return attribution_before(text, toks[sentence_start].start, toks[cut - 1].end, block=True)
    for k in range(cut - 1, -1, -1):
        if toks[k].text in _QUOTE_CHARS:
            return None
        if is_cue(toks[k]) and _is_verb_use(toks, k):
            sentence_start = max((n + 1 for n in range(k) if toks[n].text in _TERMINAL), default=0)
            sentence = toks[sentence_start:]
            span = _inverted(sentence, k - sentence_start)
            if span is None and _participle(sentence, k - sentence_start):
                span = main_subject(sentence, k - sentence_start)
            span = span or speaker_before(sentence, k - sentence_start)
            if span is not None:
                return _attribution(toks, (span[0] + sentence_start, span[1] + sentence_start), toks[k])
    return None


def _inverted(toks: Sequence[Token], k: int) -> Optional[tuple[int, int]]:
    """The speaker after a cue that follows a comma: "…, the capital of the district, said
    Ana Ruiz of the agency". What stands before the comma (often a place) is no subject."""
    if k == 0 or toks[k - 1].text != "," or k + 1 >= len(toks) or cue_forms()[toks[k].lower] not in _INVERTING \
            or toks[k].lower.endswith("ing"):
        return None
    nxt = toks[k + 1]
    if not nxt.capitalised or nxt.lower in _DETERMINERS or _weekday(nxt.lower) or pronoun_class(nxt.lower):
        return None
    span = speaker_after(toks, k + 1)
    if span is None:
        return None
    follow = toks[span[1]] if span[1] < len(toks) else None  # None: the quotation follows
    if follow is None or (follow.text in _QUOTE_CHARS or follow.text == "''"
                          or follow.is_word and follow.lower not in _AFTER_SPEAKER):
        return None  # "Ana Ruiz, the mayor, said Tom Reyes “was wrong”", "…, said Tom Reyes was wrong"
    return span


# Cues written after their quotation or clause with the speaker behind them ("…, said X").
_INVERTING = frozenset("say add write explain continue note insist recall reply respond warn argue declare "
                       "observe remark conclude concede admit acknowledge complain".split())
# What may follow an inverted speaker ("…, said Ana Ruiz *of* the agency" / "*in* a statement").
_AFTER_SPEAKER = frozenset("of in on at during after before from with who whose when while for via".split())


def _weekday(word: str) -> bool:
    return word in lexicon.table("weekdays") or word in lexicon.table("months")


_CAPITALISED_PAIR = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+\p{Lu}[\p{L}\p{M}'’\-]+)+")


__all__ = ["Attribution", "attribution_after", "attribution_before", "reported_speech", "Resolver", "Token", "clean_name", "cue_forms", "is_cue",
           "pronoun_class", "speaker_after", "speaker_before", "tokens", "trimmed_phrase"]
