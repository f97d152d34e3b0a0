"""Quotations: where they are, what kind they are, and who said them.

1. *Marks.* One regex finds the double quotation marks (“ ” " « » „ and the
   doubled ASCII apostrophe '' some New York Times texts use). Each mark is an
   opener or a closer by its glyph *and* by the characters around it, so a
   typo'd “ that closes a quotation, or straight marks, still pair up; a small
   stack per paragraph keeps nested quotations inside the outer one (single
   quotes are never marks: they are apostrophes or nested quotes). An inch
   mark (6’2”, 12" pipe) is not a quotation mark. A quotation still open at the
   end of its paragraph ends there; when the next paragraph opens again it is
   the same quotation continued (one record per paragraph, like PolNeAR).
   Unbalanced marks never abort: a stray closer is skipped.
2. *Speaker.* :mod:`.attribution` reads the frames next to the marks; a
   quotation without a frame of its own takes the speaker of the other
   quotations of its paragraph, of the quotation it continues, or, when it opens
   its paragraph, of the last attributed speech before it.
3. *Kind.* ``title`` after a work noun ("a book called “…”") or a Title-Case
   name after "on"/"in"; ``scare`` for a few words with no speaker; ``full`` for
   a quotation that stands as its own sentence; ``partial`` otherwise. Reported
   speech without marks ("X said that …") is added as ``indirect``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

import regex

from .. import lexicon
from ..document import Document
from ..records import PersonMention, Quote
from .attribution import (Attribution, Resolver, attribution_after, attribution_before, cue_forms,
                          pronoun_class, speaker_before, tokens)

_MARK = regex.compile(r"''|[“”\"«»„‟]")
_INCH = regex.compile(r"\d['’′]\s?\d{1,2}(?:\.\d+)?$")
_OPEN_LEFT = frozenset(" \t\n\r\u00a0([{—–-/\u2002\u2003\u2009")
_CLOSE_RIGHT = frozenset(".,;:!?)]}—–-…’'\u00a0")
_SENTENCE_END = regex.compile(r"[.!?…][’'\)\]]*$")
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_NAMING_VERBS = frozenset("called named dubbed titled entitled labeled labelled known".split())
_TITLE_PREPOSITIONS = frozenset(("on", "in"))
_SCARE_WORDS = 3


@dataclass
class _Segment:
    """One quotation-mark segment inside one paragraph."""

    open_start: int
    open_end: int
    close_start: int  # == inner end when the quotation runs to the paragraph end
    close_end: int
    paragraph: int
    closed: bool
    continues: bool = False
    attribution: Optional[Attribution] = None
    local: bool = False  # attribution found next to this segment itself
    kind: str = "full"


def extract_quotes(document: Document, people: Optional[Sequence[PersonMention]] = None) -> list[Quote]:
    """Every quotation in ``document`` (and reported speech, kind ``indirect``).

    ``people`` (from :func:`quotecli.extract.people.extract_people`) resolves
    speakers to full names; without it, speakers stay as written and pronouns
    resolve to the nearest capitalised name before them.
    """
    text = document.text
    if not text or not text.strip():
        return []
    paragraphs = document.segments.paragraphs
    segments = _scan(text, paragraphs)
    _attribute(document, segments)
    _propagate(text, segments, paragraphs)
    resolver = Resolver(text, people or ())
    quotes = [_record(text, seg, resolver) for seg in segments]
    quotes = [q for q in quotes if q is not None]
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


# --- 1. marks -------------------------------------------------------------------------

def _role(text: str, start: int, end: int, glyph: str, depth: int, top: Optional[str]) -> Optional[str]:
    """``open``, ``close`` or ``None`` (not a quotation mark here)."""
    left = text[start - 1] if start > 0 else " "
    right = text[end] if end < len(text) else " "
    opener_ctx = (left in _OPEN_LEFT or left in "“\"«„'") and not right.isspace()
    closer_ctx = not left.isspace() and (right.isspace() or right in _CLOSE_RIGHT or right in "”\"»'")
    if glyph in "\"”" and left.isdigit() and (_INCH.search(text, max(0, start - 8), start) or depth == 0):
        return None
    if glyph in "“„«":
        if glyph == "“" and top == "„":
            return "close"
        if closer_ctx and not opener_ctx and depth:
            return "close"
        return "open"
    if glyph in "”»‟":
        if opener_ctx and not closer_ctx and glyph == "”":
            return "open"
        return "close"
    # straight marks and ''
    if opener_ctx and not closer_ctx:
        return "open" if depth == 0 or top not in ("\"", "''") else "close"
    if closer_ctx and not opener_ctx:
        return "close"
    return "close" if depth else "open"


def _scan(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Segment]:
    """Quotation-mark segments, paragraph by paragraph, in text order."""
    segments: list[_Segment] = []
    previous_open = False
    for index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[tuple[int, int, str]] = []
        found: list[_Segment] = []
        for m in _MARK.finditer(text, p_start, p_end):
            glyph = m.group()
            role = _role(text, m.start(), m.end(), glyph, len(stack), stack[-1][2] if stack else None)
            if role == "open":
                stack.append((m.start(), m.end(), glyph))
            elif role == "close" and stack:
                o_start, o_end, _ = stack.pop()
                if not stack:
                    found.append(_Segment(o_start, o_end, m.start(), m.end(), index, True))
        if stack:
            o_start, o_end, _ = stack[0]
            found.append(_Segment(o_start, o_end, p_end, p_end, index, False))
        if found and previous_open and not text[p_start:found[0].open_start].strip():
            found[0].continues = True
        previous_open = bool(stack)
        segments.extend(found)
    return segments


def _inner(text: str, seg: _Segment) -> tuple[int, int]:
    """The quotation without its marks and surrounding white space."""
    start, end = seg.open_end, seg.close_start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- 2. speakers ----------------------------------------------------------------------

def _attribute(document: Document, segments: list[_Segment]) -> None:
    """Local frames (next to the marks) and the kind of every segment."""
    text = document.text
    paragraphs = document.segments.paragraphs
    previous: Optional[_Segment] = None
    for seg in segments:
        p_start, p_end = paragraphs[seg.paragraph]
        window = document.segments.sentence_at(seg.open_start)[0]
        window = max(window, p_start)
        if previous is not None and previous.paragraph == seg.paragraph:
            window = max(window, previous.close_end)
        start, end = _inner(text, seg)
        inner = text[start:end]
        att = None
        if seg.closed and not inner.rstrip("’')]").endswith("."):
            att = attribution_after(text, seg.close_end, p_end)
        if att is None:
            att = attribution_before(text, window, seg.open_start)
        seg.attribution = att
        seg.local = att is not None
        seg.kind = _kind(text, seg, inner, window, att)
        if seg.kind in ("title", "scare"):
            seg.attribution = None
            seg.local = False
        previous = seg


def _propagate(text: str, segments: list[_Segment], paragraphs: Sequence[tuple[int, int]]) -> None:
    """Speakers for segments without a frame of their own.

    A segment takes the speaker of the nearest attributed segment of its
    paragraph (earlier first); a continued quotation takes the speaker of the
    one it continues; a paragraph that opens with a quotation and has no frame
    at all takes the last speaker of the paragraph before it.
    """
    by_paragraph: dict[int, list[_Segment]] = {}
    for seg in segments:
        if seg.kind not in ("title", "scare"):
            by_paragraph.setdefault(seg.paragraph, []).append(seg)
    last: Optional[Attribution] = None
    last_paragraph = -2
    for index in sorted(by_paragraph):
        group = by_paragraph[index]
        for n, seg in enumerate(group):
            if seg.attribution is not None:
                continue
            before = [s.attribution for s in group[:n] if s.attribution is not None]
            after = [s.attribution for s in group[n + 1:] if s.local]
            if before:
                seg.attribution = before[-1]
            elif after:
                seg.attribution = after[0]
            elif last is not None and index - last_paragraph <= 1 and (
                    seg.continues or not text[paragraphs[index][0]:seg.open_start].strip()):
                seg.attribution = last
        found = [s.attribution for s in group if s.attribution is not None]
        if found:
            last = found[-1]
            last_paragraph = index


# --- 3. kinds -------------------------------------------------------------------------

def _kind(text: str, seg: _Segment, inner: str, window: int, att: Optional[Attribution]) -> str:
    before = tokens(text, max(window, seg.open_start - 80), seg.open_start)
    words = _WORDS.findall(inner)
    if _is_title(before, words, inner):
        return "title"
    if _naming(before):
        return "scare"
    prefix = text[window:seg.open_start].strip()
    if att is None and len(words) <= _SCARE_WORDS and not seg.continues and (
            prefix or not _SENTENCE_END.search(inner)):
        return "scare"
    opens_sentence = (not prefix or prefix.endswith(":") or seg.continues
                      or (att is not None and prefix.endswith(",") and att.cue_end <= seg.open_start)
                      or (bool(before) and before[-1].lower in cue_forms() and inner[:1].isupper()))
    if not seg.closed:
        return "full" if opens_sentence else "partial"
    after = text[seg.close_end:seg.close_end + 2]
    closes_sentence = (bool(_SENTENCE_END.search(inner)) or inner.endswith((",", "—", "-", ";"))
                       or not after.strip() or after[:1] in ".!?")
    return "full" if opens_sentence and closes_sentence and inner[:1].isupper() else (
        "full" if opens_sentence and closes_sentence and len(words) > _SCARE_WORDS else "partial")


def _is_title(before: list, words: list[str], inner: str) -> bool:
    """A work's title: after a work noun ("the book “…”", "a film called “…”") or a
    Title-Case name after "on"/"in" ("on “Saturday Night Live”")."""
    toks = [t for t in before if t.text != ","]
    if not toks or not words:
        return False
    nouns = lexicon.words("title_nouns")
    last = toks[-1].lower
    if last in nouns:
        return True
    if last in _NAMING_VERBS and len(toks) >= 2 and any(t.lower in nouns for t in toks[-4:-1]):
        return True
    if last in _TITLE_PREPOSITIONS and len(words) >= 2 and not _SENTENCE_END.search(inner.rstrip(",")):
        return all(w[:1].isupper() for w in words if len(w) > 3)
    return False


def _naming(before: list) -> bool:
    """A name being coined, not words being quoted: "a group called “…”", "so-called “…”"."""
    if not before:
        return False
    last = before[-1].lower
    if last == "so-called":
        return True
    if last in _NAMING_VERBS and len(before) >= 2:
        prev = before[-2]
        return prev.is_word and prev.lower not in cue_forms() and pronoun_class(prev.lower) is None \
            and not prev.capitalised and prev.lower not in lexicon.words("cue_fillers")
    return False


# --- records --------------------------------------------------------------------------

def _record(text: str, seg: _Segment, resolver: Resolver) -> Optional[Quote]:
    start, end = _inner(text, seg)
    if end <= start or not _WORDS.search(text, start, end):
        return None
    att = seg.attribution
    if att is None:
        return Quote(start, end, text[start:end], kind=seg.kind)
    return Quote(start, end, text[start:end], kind=seg.kind,
                 speaker=resolver.name(att.speaker_start, att.speaker_end),
                 speaker_mention=text[att.speaker_start:att.speaker_end],
                 speaker_start=att.speaker_start, speaker_end=att.speaker_end, cue=att.cue)
