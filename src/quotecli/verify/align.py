"""Finding a quotation in a long source: word n-gram candidates, then an exact alignment.

Both sides are read as *canonical words* (the same words QC201 compares: case,
accents and apostrophes folded, "gonna" = "going to", "don't" = "do not",
British = American spelling) with number words as digits ("five" = "5"), so an
article's "I'm" meets a transcript's "Im" and "five" meets "5".

A source is indexed once by word trigrams. A quotation piece votes for the
diagonals (source position minus quote position) its trigrams fall on; only the
best few diagonals are aligned exactly, word by word, with difflib in a window
around them. The cost per quotation is its length times the trigram's
frequency, not the length of the source: no quotation is compared with every
position of every source.
"""

from __future__ import annotations

import bisect
import difflib
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional, Sequence

import regex

from .. import lexicon
from ..check.keys import Token
from ..check.rules.quotes import canonical_words
from ..names import fold
from .transcripts import Source

NGRAM = 3
CANDIDATES = 6            # diagonals aligned exactly per quotation piece
CORE_GAP = 3              # words between two aligned runs that still make one passage
MAX_POSTINGS = 5000       # a trigram more frequent than this says nothing about where a quote is
_SENTENCE_BREAK = regex.compile(r"[.!?…]|\n[ \t]*\n")
_ELLIPSIS = regex.compile(r"…|\.\s*\.\s*\.(?:\s*\.)?|\[\s*(?:…|\.\.\.)\s*\]")
_BRACKET = regex.compile(r"\[[^\[\]]*\]")
_NAME_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])")


@functools.lru_cache(maxsize=1)
def _digits() -> dict[str, str]:
    """Single number words and their digits: "five" → "5", "twenty" → "20"."""
    return {word: cells[0] for word, cells in lexicon.table("number_words").items()
            if len(cells) >= 2 and cells[1] in ("unit", "teen", "tens") and " " not in word}


def words(text: str, offset: int = 0) -> list[Token]:
    """The canonical words of ``text`` (offsets into the text it was cut from).

    Letters joined by full stops are one word ("T.P.S." is "tps"), number
    words are digits and digits lose their thousands separators."""
    digits = _digits()
    out: list[Token] = []
    for token in canonical_words(text, offset):
        key = digits.get(token.key, token.key).replace(",", "")
        if (len(token.key) == 1 and token.key.isalpha() and out and out[-1].end + 1 == token.start
                and text[out[-1].end - offset] == "." and _is_initials(out[-1])):
            last = out.pop()
            out.append(Token(last.start, token.end, text[last.start - offset:token.end - offset], last.key + key))
            continue
        out.append(token if key == token.key else Token(token.start, token.end, token.text, key))
    return out


def _is_initials(token: Token) -> bool:
    return token.key.isalpha() and len(token.key) == len(token.text.replace(".", ""))  and all(
        len(part) == 1 for part in token.text.split("."))


@dataclass
class SourceIndex:
    """A source's words, their trigram postings, and where its sentences start."""

    source: Source
    tokens: list[Token]
    keys: list[str]
    postings: dict[tuple[str, ...], list[int]]
    sentence_starts: list[int]          # token indices that begin a sentence, ascending

    @classmethod
    def build(cls, source: Source) -> "SourceIndex":
        text = source.speech_text()
        tokens = words(text)
        keys = [t.key for t in tokens]
        postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in range(len(keys) - NGRAM + 1):
            postings[tuple(keys[i:i + NGRAM])].append(i)
        for i, key in enumerate(keys):
            postings[(key,)].append(i)
        turn_starts = sorted({t.start for t in source.turns})
        starts = [0]
        for i in range(1, len(tokens)):
            gap_start, gap_end = tokens[i - 1].end, tokens[i].start
            turn = bisect.bisect_left(turn_starts, gap_start)
            if _SENTENCE_BREAK.search(text, gap_start, gap_end) or (
                    turn < len(turn_starts) and turn_starts[turn] <= gap_end):
                starts.append(i)
        return cls(source, tokens, keys, dict(postings), starts)

    @functools.cached_property
    def numbers(self) -> list:
        """The figures of the source (for QC508), read once."""
        from ..extract.numbers import extract_numbers

        return extract_numbers(self.source.document)

    def name_words(self, start: int, end: int) -> dict[str, str]:
        """Folded name words the source writes between two offsets or in its speaker labels,
        mapped to how they are written: capitalised words that do not open a sentence."""
        text = self.source.speech_text()
        found: dict[str, str] = {}
        for turn in self.source.turns:
            for word in (turn.speaker or "").split():
                found.setdefault(fold(word), word)
        for match in _NAME_WORD.finditer(text, start, end):
            before = text[max(0, match.start() - 2):match.start()]
            if not _SENTENCE_BREAK.search(before) and match.start() > 0:
                found.setdefault(fold(match.group()), match.group())
        return found

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        """Token indices ``[start, end)`` of the sentence holding token ``index``."""
        i = bisect.bisect_right(self.sentence_starts, index) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.tokens)
        return start, end


@dataclass(frozen=True)
class PieceMatch:
    """Where one piece of a quotation (the words between two ellipses) stands in a source."""

    index: SourceIndex
    start: int                  # first matched source token
    end: int                    # one past the last matched source token
    matched: int                # quotation words matched
    keys: tuple[str, ...]       # the piece's canonical words

    @property
    def length(self) -> int:
        """Quotation words in the piece."""
        return len(self.keys)

    @functools.cached_property
    def opcodes(self) -> tuple:
        """difflib opcodes, piece against ``source[start:end]``: computed only for the matches
        a verdict reads, not for every candidate window."""
        matcher = difflib.SequenceMatcher(None, list(self.keys), self.index.keys[self.start:self.end],
                                          autojunk=False)
        return tuple(matcher.get_opcodes())

    @property
    def coverage(self) -> float:
        return self.matched / self.length if self.length else 0.0

    def core(self) -> "PieceMatch":
        """The same match trimmed to the source words that align (no unmatched words at its ends)."""
        equal = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in self.opcodes if tag == "equal"]
        if not equal:
            return self
        # The longest aligned run, grown by neighbouring runs at most CORE_GAP words away: stray
        # function words that happen to align at a distance do not stretch the passage.
        at = max(range(len(equal)), key=lambda k: equal[k][1] - equal[k][0])
        lo = hi = at
        while lo > 0 and equal[lo][2] - equal[lo - 1][3] <= CORE_GAP:
            lo -= 1
        while hi + 1 < len(equal) and equal[hi + 1][2] - equal[hi][3] <= CORE_GAP:
            hi += 1
        start, end = self.start + equal[lo][2], self.start + equal[hi][3]
        matched = sum(i2 - i1 for i1, i2, _, _ in equal[lo:hi + 1])
        return PieceMatch(self.index, start, end, matched, tuple(self.index.keys[start:end]))

    @property
    def speaker(self) -> Optional[str]:
        return self.index.source.speaker_at(self.index.tokens[self.start].start)

    @property
    def char_span(self) -> tuple[int, int]:
        return self.index.tokens[self.start].start, self.index.tokens[self.end - 1].end


@dataclass(frozen=True)
class QuoteText:
    """A quotation cut into the pieces its ellipses separate, brackets marked."""

    pieces: tuple[tuple[Token, ...], ...]
    bracketed: frozenset[int]           # start offsets of words inside [brackets]

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for piece in self.pieces for t in piece)


def quote_text(text: str, offset: int) -> QuoteText:
    """Split a quotation at its ellipses; words in [brackets] are the writer's, not the speaker's."""
    bracketed = set()
    for match in _BRACKET.finditer(text):
        if not _ELLIPSIS.fullmatch(match.group()):
            bracketed.update(t.start for t in words(match.group(), offset + match.start()))
    pieces = []
    cut = 0
    for match in list(_ELLIPSIS.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        piece = tuple(words(text[cut:end], offset + cut))
        if piece:
            pieces.append(piece)
        if match:
            cut = match.end()
    return QuoteText(tuple(pieces), frozenset(bracketed))


def find_pieces(pieces: Sequence[Sequence[Token]], indexes: Sequence[SourceIndex],
                prefer_speaker=None) -> list[Optional[PieceMatch]]:
    """The best passage of each piece of one quotation, the pieces kept in the source's order.

    A piece found inside the stretch its successor matched is looked for again
    before that stretch: "should be a source of pride … not a source of shame"
    has its first piece where the source says "the subject of pride", not in
    the second piece's "a source of shame"."""
    matches = [find_piece(piece, indexes, prefer_speaker) for piece in pieces]
    for i in range(len(matches) - 2, -1, -1):
        a, b = matches[i], matches[i + 1]
        if a is not None and b is not None and a.index is b.index and a.end > b.start:
            earlier = find_piece(pieces[i], [a.index], prefer_speaker, before=b.start)
            if earlier is not None and earlier.matched >= a.matched - max(2, a.length // 4):
                matches[i] = earlier
    return matches


def find_piece(piece: Sequence[Token], indexes: Sequence[SourceIndex],
               prefer_speaker=None, before: Optional[int] = None) -> Optional[PieceMatch]:
    """The best passage for one piece across every source, or None when nothing is shared.

    ``prefer_speaker(name) -> bool`` breaks near-ties in favour of the turn of the
    speaker the article names (a phrase repeated by two debaters).
    """
    keys = [t.key for t in piece]
    if not keys:
        return None
    candidates: list[PieceMatch] = []
    for index in indexes:
        for diagonal in _diagonals(keys, index, before):
            match = _align(keys, index, diagonal, before)
            if match is not None:
                candidates.append(match)
                if match.matched == len(keys) and (prefer_speaker is None or (
                        match.speaker is not None and prefer_speaker(match.speaker))):
                    break   # every word aligned (in the named speaker's turn): no window does better
    if not candidates:
        return None
    best = max(candidates, key=lambda m: (m.matched, -(m.end - m.start)))
    if prefer_speaker is not None:
        close = [m for m in candidates if m.matched >= best.matched - max(1, len(keys) // 20)]
        preferred = [m for m in close if m.speaker and prefer_speaker(m.speaker)]
        if preferred:
            best = max(preferred, key=lambda m: (m.matched, -(m.end - m.start)))
    return best


def _diagonals(keys: list[str], index: SourceIndex, before: Optional[int] = None) -> list[int]:
    """The source offsets (of the piece's first word) most trigrams of the piece agree on."""
    n = NGRAM if len(keys) >= NGRAM else 1
    votes: Counter = Counter()
    for i in range(len(keys) - n + 1):
        positions = index.postings.get(tuple(keys[i:i + n]), ())
        if len(positions) > MAX_POSTINGS:
            continue
        for position in positions:
            if before is None or position < before:
                votes[(position - i) // 4] += 1     # buckets of four absorb small insertions
    if not votes and n > 1:
        return _diagonals_rare_words(keys, index)
    return [bucket * 4 for bucket, _ in votes.most_common(CANDIDATES)]


def _diagonals_rare_words(keys: list[str], index: SourceIndex) -> list[int]:
    """For heavily changed quotations: the diagonals of their rarest single words."""
    votes: Counter = Counter()
    ranked = sorted(set(keys), key=lambda k: len(index.postings.get((k,), ())))
    for key in ranked[:5]:
        positions = index.postings.get((key,), ())
        if not positions or len(positions) > 50:
            continue
        at = keys.index(key)
        for position in positions:
            votes[(position - at) // 4] += 1
    return [bucket * 4 for bucket, _ in votes.most_common(CANDIDATES)]


def _align(keys: list[str], index: SourceIndex, diagonal: int, before: Optional[int] = None) -> Optional[PieceMatch]:
    slack = max(6, len(keys) // 2)
    lo = max(0, diagonal - slack)
    hi = min(len(index.keys) if before is None else before, diagonal + len(keys) + slack + 4)
    if hi <= lo:
        return None
    window = index.keys[lo:hi]
    matcher = difflib.SequenceMatcher(None, keys, window, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    # Quotation words before the first (after the last) matched word stand for the source's
    # words there: "A source of pride" against "The source of pride" is a changed word.
    lead = min(first.a, first.b)
    trail = min(len(keys) - (last.a + last.size), len(window) - (last.b + last.size))
    start, end = lo + first.b - lead, lo + last.b + last.size + trail
    return PieceMatch(index, start, end, sum(b.size for b in blocks), tuple(keys))
