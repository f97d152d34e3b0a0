"""From an alignment to a verdict: verbatim, elided, altered, stitched, wrong speaker, not found, context.

Every verdict is a :class:`~quotecli.check.model.Finding` of a QC5xx rule whose
primary location is the quotation in the article and whose related locations
are the source passages, and every message says in one sentence why.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from .. import lexicon
from ..check.keys import Token
from ..check.model import Finding, Location
from ..document import Document
from ..names import edit_distance, fold
from ..records import Extraction, Quote
from . import rules
from .align import PieceMatch, QuoteText, SourceIndex, find_piece, find_pieces, quote_text

MIN_WORDS = 3            # quotations shorter than this are too common to look for
NEAR_WORDS = 60          # source words either side of a passage read for its figures and names


@dataclass(frozen=True)
class VerifySettings:
    """The thresholds of the verdicts (all settable from the command line)."""

    min_match: float = 0.6      # share of a quotation's words that must align for it to be found
    max_elision: int = 40       # source words an ellipsis may drop before it is flagged
    max_join: int = 30          # source words between two parts of a quotation before it is stitched
    short_partial: int = 6      # partial quotations shorter than this are info when not found
    show_verified: bool = False


@functools.lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return lexicon.words("verify_negations")


@functools.lru_cache(maxsize=1)
def _meaning() -> frozenset[str]:
    return lexicon.words("verify_meaning_words") | _negations()


@functools.lru_cache(maxsize=1)
def _turning_words() -> frozenset[str]:
    """Words that, just before quoted words, reverse or condition them ("never say that", "if")."""
    return _negations() | {"if", "unless", "except", "whether", "false", "wrong", "deny", "denied"}


CLAUSE_WORDS = 12        # words before a quotation read for what reverses or conditions it


def _clause_start(index: SourceIndex, sentence_start: int, at: int) -> int:
    """The first word of the clause that leads into token ``at``: after the last comma,
    semicolon, colon or dash, and at most :data:`CLAUSE_WORDS` words back."""
    text = index.source.speech_text()
    start = max(sentence_start, at - CLAUSE_WORDS)
    for i in range(at - 1, start, -1):
        between = text[index.tokens[i - 1].end:index.tokens[i].start]
        if any(mark in between for mark in ",;:—–("):
            return i
    return start


@functools.lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    return lexicon.words("verify_fillers")


def same_person(a: str, b: str) -> Optional[bool]:
    """Whether two speaker names are one person: they share a name word that is not a title.

    None when one of them names nobody ("the mayor", "a spokeswoman"): who that is
    cannot be told from the names alone."""
    left, right = _name_words(a), _name_words(b)
    if not left or not right:
        return None
    return bool(left & right)


def _name_words(speaker: str) -> set[str]:
    """The folded capitalised words of a speaker that are not titles ("a council member": none)."""
    return {fold(w) for w in speaker.replace(".", " ").split() if w[:1].isupper()} - lexicon.words("verify_speaker_titles")


class QuoteVerifier:
    """Verdicts for the quotations of one article against the indexed sources."""

    def __init__(self, indexes: Sequence[SourceIndex], settings: VerifySettings):
        self.indexes = list(indexes)
        self.settings = settings
        self.speakers = {s for index in self.indexes for s in index.source.speakers()
                         if not s.startswith("Q (")}

    def verify(self, extraction: Extraction) -> Iterator[Finding]:
        document = extraction.document
        for quote in extraction.quotes:
            if quote.kind not in ("full", "partial"):
                continue
            yield from self._verify_quote(document, extraction, quote)

    # -- one quotation -------------------------------------------------------------------

    def _verify_quote(self, document: Document, extraction: Extraction, quote: Quote) -> Iterator[Finding]:
        text = quote_text(quote.text, quote.start)
        if len(text.words) < MIN_WORDS:
            return
        prefer = (lambda name: bool(same_person(name, quote.speaker))) if quote.speaker else None
        matches = find_pieces(text.pieces, self.indexes, prefer)
        found = [m for m in matches if m is not None and self._found(m)]
        article = Location.of(document, quote.start, quote.end)
        if len(text.pieces) == 1 and (not found or found[0].coverage < 0.9):
            stitched = self._stitched(text, matches[0])
            if stitched:
                yield self._stitched_finding(article, quote, stitched)
                return
        if len(found) < len(matches):
            if not found:
                yield from self._not_found(article, quote, text, matches)
            else:
                missing = [p for p, m in zip(text.pieces, matches) if m is None or not self._found(m)]
                yield self._finding(rules.ALTERED, article, found, "error" if _weighty(missing) else None,
                                    f"part of the quotation is not in the source: "
                                    f"“{' '.join(t.text for piece in missing for t in piece)}”")
            return
        speaker = found[0].speaker
        if quote.speaker and speaker and same_person(speaker, quote.speaker) is False:
            if len(text.words) >= 5 and min(m.coverage for m in found) >= 0.8:
                yield self._finding(rules.WRONG_SPEAKER, article, found, None,
                                    f"the source gives these words to {speaker}, the article to {quote.speaker}")
            return   # a few words another speaker also used: not this source's quotation
        yield from self._around(document, extraction, quote, article, found)
        changes = [c for piece, match in zip(text.pieces, found) for c in _changes(piece, match, text)]
        gaps = list(zip(found, found[1:]))   # consecutive pieces of an ellipsis quotation
        if changes:
            severity = "error" if any(c.weighty for c in changes) else None
            diff = "; ".join(_render(c) for c in changes[:4])
            yield self._finding(rules.ALTERED, article, found, severity,
                                f"the quotation differs from the source ({_count(changes)}): {diff}",
                                suggestion=f"the source says: “{_source_text(found)}”")
        elif gaps:
            dropped, distance, out_of_order = _gap_summary(gaps)
            weighty = sorted({k for k in dropped if k in _meaning()})
            if out_of_order or distance > self.settings.max_elision or weighty:
                why = ("its parts stand in another order in the source" if out_of_order else
                       f"the ellipsis drops {', '.join(repr(w) for w in weighty)}" if weighty else
                       f"the ellipsis joins passages {distance} words apart")
                yield self._finding(rules.ELIDED, article, found, None, f"{why}: the source says “{_source_text(found, whole=True)}”")
            elif self.settings.show_verified:
                yield self._finding(rules.ELIDED, article, found, "info",
                                    f"the ellipsis drops {distance} words that do not change the meaning")
        elif text.bracketed and self.settings.show_verified:
            yield self._finding(rules.ELIDED, article, found, "info", "the bracketed words stand in for the source's")
        elif self.settings.show_verified:
            yield self._finding(rules.VERBATIM, article, found, None, "the quotation matches the source word for word")
        yield from self._context(article, found)

    def _found(self, match: PieceMatch) -> bool:
        """Enough of a piece aligns: ``min_match`` of its words, and most of a short one."""
        if match.coverage < self.settings.min_match or match.matched < min(match.length, MIN_WORDS):
            return False
        # A few words differing from a few words of the source say nothing: "one way or the
        # other" is not an altered "one or the other" of an unrelated passage.
        return match.length >= self.settings.short_partial or match.coverage == 1.0

    def _stitched(self, text: QuoteText, match: Optional[PieceMatch]) -> Optional[list[PieceMatch]]:
        """Two passages far apart that together cover a quotation no single passage covers."""
        words = text.pieces[0]
        if match is None or len(words) < 8:
            return None
        core = match.core()
        covered = {i for tag, i1, i2, j1, j2 in match.opcodes if tag == "equal"
                   and core.start <= match.start + j1 and match.start + j2 <= core.end for i in range(i1, i2)}
        if not covered:
            return None
        runs, run = [], []
        for i in range(len(words)):
            if i in covered:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(i)
        if run:
            runs.append(run)
        if not runs:
            return None
        longest = max(runs, key=len)
        if len(longest) < 4:
            return None
        other = find_piece([words[i] for i in longest], self.indexes)
        if other is None or other.coverage < 0.8:
            return None
        if len(covered) + other.matched < 0.85 * len(words):
            return None
        apart = (other.index is not match.index or other.start > match.end + self.settings.max_join
                 or other.end < match.start - self.settings.max_join
                 or (longest[0] > min(covered) and other.start < match.start))
        if not apart:
            return None
        return sorted([match.core(), other.core()], key=lambda m: (m.index.source.path, m.start))

    def _stitched_finding(self, article: Location, quote: Quote, parts: list[PieceMatch]) -> Finding:
        a, b = parts
        distance = b.start - a.end if a.index is b.index else None
        where = f"{distance} words apart" if distance is not None else "in two sources"
        return self._finding(rules.STITCHED, article, parts, None,
                             f"the quotation joins two passages of the source {where} with no ellipsis")

    def _not_found(self, article: Location, quote: Quote, text: QuoteText,
                   matches: list[Optional[PieceMatch]]) -> Iterator[Finding]:
        if not quote.speaker or not any(same_person(quote.speaker, s) for s in self.speakers):
            return   # someone the sources do not record: nothing to look for
        best = max((m.core() for m in matches if m is not None), key=lambda m: m.matched, default=None)
        short = quote.kind == "partial" and len(text.words) < self.settings.short_partial
        severity = "info" if short else None
        if best is None or best.matched < MIN_WORDS:
            yield self._finding(rules.NOT_FOUND, article, [], severity,
                                f"no passage of the sources shares these words of {quote.speaker}")
            return
        yield self._finding(rules.NOT_FOUND, article, [best], severity,
                            f"not in the sources: the closest passage has {best.matched} of its "
                            f"{len(text.words)} words ({best.matched / len(text.words):.0%}): “{_source_text([best])}”")

    def _context(self, article: Location, found: list[PieceMatch]) -> Iterator[Finding]:
        first, last = found[0], found[-1]
        index = first.index
        text = index.source.speech_text()
        start, _ = index.sentence_bounds(first.start)
        _, end = index.sentence_bounds(max(last.end - 1, last.start))
        start = _clause_start(index, start, first.start)
        before = index.keys[start:first.start]
        if len(before) < 2 or not any(k in _turning_words() for k in before):
            return
        said_before = text[index.tokens[start].start:index.tokens[first.start].start].strip()
        said_after = text[index.tokens[last.end - 1].end:index.tokens[end - 1].end].strip() if end > last.end else ""
        message = f"in the source the quoted words follow “{said_before}”"
        if said_after:
            message += f" and are followed by “{said_after}”"
        yield self._finding(rules.CONTEXT, article, found, None, message)

    def _around(self, document: Document, extraction: Extraction, quote: Quote, article: Location,
                found: Sequence[PieceMatch]) -> Iterator[Finding]:
        """QC508/QC509: figures and names of the quotation's own sentence against the source near the passage."""
        index = found[0].index
        start, end = _sentence_span(document, quote)
        near_start = index.tokens[max(0, found[0].start - NEAR_WORDS)].start
        near_end = index.tokens[min(len(index.tokens), found[-1].end + NEAR_WORDS) - 1].end
        for number in extraction.numbers:
            if not (start <= number.start < end) or not number.unit or any(
                    q.start <= number.start < q.end for q in extraction.quotes):
                continue   # a figure inside a quotation is the quotation's (QC503)
            others = [n for n in index.numbers if near_start <= n.start < near_end and _same_unit(n, number)]
            if others and not any(n.value == number.value for n in others):
                other = others[0]
                yield rules.SOURCE_FIGURE.finding(
                    f"the article gives {number.text!r} beside the quotation; the source, near the quoted "
                    f"passage, gives {other.text!r}",
                    [Location.of(document, number.start, number.end),
                     Location.of(index.source.document, other.start, other.end), article])
        written = index.name_words(near_start, near_end)
        for person in extraction.people:
            if not (start <= person.start < end or (quote.speaker_start is not None
                                                    and person.start == quote.speaker_start)):
                continue
            for word in person.text.split():
                key = fold(word)
                if len(key) < 4 or key in written:
                    continue
                close = [w for w in written if abs(len(w) - len(key)) <= 2 and w[0] == key[0]
                         and 0 < edit_distance(key, w, 2) <= (1 if len(key) < 6 else 2)]
                if close:
                    yield rules.SOURCE_NAME.finding(
                        f"{word!r} is written {written[close[0]]!r} in the source",
                        [Location.of(document, person.start, person.end), article] + [_location(m) for m in found[:1]],
                        suggestion=f"write {written[close[0]]!r}")
                    break

    # -- findings --------------------------------------------------------------------------

    def _finding(self, rule, article: Location, found: Sequence[PieceMatch], severity: Optional[str],
                 message: str, suggestion: Optional[str] = None) -> Finding:
        locations = [article] + [_location(m) for m in found]
        where = _where(found[0]) if found else ""
        return rule.finding(message + where, locations, suggestion=suggestion, severity=severity)


def _sentence_span(document: Document, quote: Quote) -> tuple[int, int]:
    """The offsets of the sentences the quotation stands in (its speaker's clause included)."""
    start = min(quote.start, quote.speaker_start if quote.speaker_start is not None else quote.start)
    end = max(quote.end, quote.speaker_end if quote.speaker_end is not None else quote.end)
    text = document.text
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left + 1, min(right_candidates) if right_candidates else len(text)


def _same_unit(a, b) -> bool:
    return fold(a.unit).rstrip("s") == fold(b.unit).rstrip("s") and a.kind == b.kind


def _location(match: PieceMatch) -> Location:
    start, end = match.char_span
    return Location.of(match.index.source.document, start, end)


def _where(match: PieceMatch) -> str:
    source = match.index.source
    start, _ = match.char_span
    parts = []
    if match.speaker:
        parts.append(f"spoken by {match.speaker}")
    time = source.time_at(start)
    if time:
        parts.append(f"at {time}")
    return f" ({', '.join(parts)})" if parts else ""


def _source_text(found: Sequence[PieceMatch], whole: bool = False) -> str:
    """The source's own words for the matched passages (from the first to the last when ``whole``)."""
    text = found[0].index.source.speech_text()
    if whole and all(m.index is found[0].index for m in found):
        start, end = found[0].char_span[0], max(m.char_span[1] for m in found)
        return " ".join(text[start:end].split())
    return " … ".join(" ".join(text[m.char_span[0]:m.char_span[1]].split()) for m in found)


@dataclass(frozen=True)
class Change:
    """One stretch where the article's words and the source's differ."""

    source_words: tuple[Token, ...]
    quote_words: tuple[Token, ...]
    weighty: bool


def _changes(piece: Sequence[Token], match: PieceMatch, text: QuoteText) -> Iterator[Change]:
    source = match.index.tokens[match.start:match.end]
    for tag, i1, i2, j1, j2 in match.opcodes:
        if tag == "equal":
            continue
        quoted = tuple(piece[i1:i2])
        said = tuple(source[j1:j2])
        if quoted and all(t.start in text.bracketed for t in quoted):
            continue   # "[the mayor]" for "she": the writer's words, marked as such
        if not quoted and (all(t.key in _fillers() for t in said) or _beside_bracket(piece, i1, text)):
            continue
        yield Change(said, quoted, _weighty([quoted]) or _weighty([said], names=False))


def _beside_bracket(piece: Sequence[Token], at: int, text: QuoteText) -> bool:
    return any(0 <= i < len(piece) and piece[i].start in text.bracketed for i in (at - 1, at))


def _weighty(pieces: Sequence[Sequence[Token]], names: bool = True) -> bool:
    """A number, a negation or (in the article's words) a name."""
    for piece in pieces:
        for token in piece:
            if token.key in _negations() or any(ch.isdigit() for ch in token.key):
                return True
            if names and token.text[:1].isupper() and token.text not in ("I",) and len(token.text) > 1:
                return True
    return False


def _render(change: Change) -> str:
    parts = []
    if change.source_words:
        parts.append("[-" + _written(change.source_words) + "-]")
    if change.quote_words:
        parts.append("{+" + _written(change.quote_words) + "+}")
    return " ".join(parts)


def _written(words: Sequence[Token]) -> str:
    return " ".join(t.text for i, t in enumerate(words) if not (i and words[i - 1].start == t.start))


def _count(changes: Sequence[Change]) -> str:
    n = len(changes)
    return f"{n} change" + ("s" if n != 1 else "")


def _gap_summary(gaps: Sequence[tuple[PieceMatch, PieceMatch]]) -> tuple[list[str], int, bool]:
    dropped: list[str] = []
    distance = 0
    out_of_order = False
    for a, b in gaps:
        if a.index is not b.index or b.start < a.end:
            out_of_order = True
            continue
        dropped.extend(a.index.keys[a.end:b.start])
        distance = max(distance, b.start - a.end)
    return dropped, distance, out_of_order
