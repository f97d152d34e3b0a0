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

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional, Sequence

import regex

from .. import lexicon
from ..document import Document
from ..records import PersonMention, Quote
from .attribution import (Attribution, Resolver, attribution_after, attribution_before, cue_forms,
                          ends_in_title, is_cue, main_subject, pronoun_class, reported_speech, speaker_before,
                          tokens, trimmed_phrase)

# A mark inside a run of three or more marks (spaces aside) is no quotation mark: it
# is filler (""""", ASCII art) that could only open and close empty quotations, and a
# run of a million of them would cost a frame search each. The mark that ends such a
# run next to a word ('""""" "We open') still opens or closes a quotation.
_MARK = regex.compile(
    r"""(?!(?<=[“”"«»„‟']\s{0,3}[“”"«»„‟']\s{0,3})(?:'''?|[“”"«»„‟])(?![\p{L}\p{N}]))"""  # two before, no word after
    r"""(?!(?<=[“”"«»„‟']\s{0,3})(?:'''?|[“”"«»„‟])\s{0,3}[“”"«»„‟'])"""  # one before and one after
    r"""(?!(?<![\p{L}\p{N},.!?])(?:'''?|[“”"«»„‟])\s{0,3}[“”"«»„‟']\s{0,3}[“”"«»„‟'])"""  # two after, no word before
    r"""(?:'''?|[“”"«»„‟])""")
_NON_SPACE = regex.compile(r"\S")
_INCH = regex.compile(r"\d['’′]\s?\d{1,2}(?:\.\d+)?$")
_OPEN_LEFT = frozenset(" \t\n\r\u00a0([{—–―-/\u2002\u2003\u2009")
_CLOSE_RIGHT = frozenset(".,;:!?)]}—–―-…’'\u00a0")
_SENTENCE_END = regex.compile(r"[.!?…][’'\)\]]*$")
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_NAMING_VERBS = frozenset("called named dubbed titled entitled labeled labelled known".split())
_TITLE_PREPOSITIONS = frozenset(("on", "in"))
_SCARE_WORDS = 3
_SUBORDINATORS = frozenset("as when while after before if although though because since once".split())
_DASH_CUES = frozenset("—–―-")
_CLAUSE_END = regex.compile(r"\s[—–]|;")
_CLAUSE_SUBJECTS = frozenset(("he", "she", "they", "it", "we", "i"))


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
    segments = [seg for seg in _scan(text, document.segments.paragraphs) if _has_words(text, seg)]
    resolver = Resolver(text, people or ())
    _attribute(document, segments, resolver)
    _propagate(document, segments, resolver)
    quotes = [_record(text, seg, resolver) for seg in segments]
    quotes = [q for q in quotes if q is not None]
    quotes.extend(_indirect(document, segments, resolver))
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
    if left == "=" or right == ">" or (left in "\"”" and start > 1 and text[start - 2] == "="):
        return None  # markup left in the text: author="…">, pic=""
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
        stray: Optional[tuple[int, int]] = None
        continued = -1
        last_end = p_start
        for m in _MARK.finditer(text, p_start, p_end):
            m_start, m_end, glyph = m.start(), m.end(), m.group()
            since, last_end = last_end, m_end
            if glyph == "'''":  # '' next to a nested single quote: the single one is inside
                glyph = "''"
                if stack:
                    m_start += 1
                else:
                    m_end -= 1
            role = _role(text, m_start, m_end, glyph, len(stack), stack[-1][2] if stack else None)
            if role == "open" and stack:
                # (only white space may follow the line end, so it lies after the last mark)
                line = text.rfind("\n", max(stack[0][1], since), m_start)
                if line >= 0 and _blank(text, line, m_start):
                    # a quotation left open at a line end and opened again on the next line:
                    # one paragraph per line, the same quotation continued
                    found.append(_Segment(stack[0][0], stack[0][1], line, line, index, False))
                    stack.clear()
                    continued = m_start
            if role == "open":
                stack.append((m_start, m_end, glyph))
                stray = None
            elif role == "close" and stack:
                o_start, o_end, _ = stack.pop()
                if not stack:
                    found.append(_Segment(o_start, o_end, m_start, m_end, index, True, o_start == continued))
                stray = None
            elif role == "close":
                if stray is not None:  # ”…” : a closer typed for the opener
                    found.append(_Segment(stray[0], stray[1], m_start, m_end, index, True))
                    stray = None
                else:
                    stray = (m_start, m_end)
        if stack:
            o_start, o_end, _ = stack[0]
            found.append(_Segment(o_start, o_end, p_end, p_end, index, False, o_start == continued))
        if found and previous_open and _blank(text, p_start, found[0].open_start):
            found[0].continues = True
        previous_open = bool(stack)
        segments.extend(found)
    return segments


def _blank(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only white space (stops at the first other character)."""
    return _NON_SPACE.search(text, start, end) is None


def _has_words(text: str, seg: _Segment) -> bool:
    """Whether a segment holds a word: an empty one ("") gives no record, so needs no frame."""
    return _WORDS.search(text, seg.open_end, seg.close_start) is not None


def _inner(text: str, seg: _Segment) -> tuple[int, int]:
    """The quotation without its marks and surrounding white space."""
    start, end = seg.open_end, seg.close_start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- 2. speakers ----------------------------------------------------------------------

def _attribute(document: Document, segments: list[_Segment], resolver: Resolver) -> None:
    """Local frames (next to the marks) and the kind of every segment."""
    text = document.text
    paragraphs = document.segments.paragraphs
    previous: Optional[_Segment] = None
    for index, seg in enumerate(segments):
        p_start, p_end = paragraphs[seg.paragraph]
        sentence_start = max(document.segments.sentence_at(seg.open_start)[0], p_start)
        window = sentence_start
        if previous is not None and previous.paragraph == seg.paragraph and previous.kind not in ("title", "scare"):
            window = max(window, previous.close_end)  # (a title is part of the frame: "said on “Today” that “…”")
        start, end = _inner(text, seg)
        inner = text[start:end]
        att = None
        open_sentence = inner.rstrip("’')]").endswith((",", "?", "!", "—", "–"))
        spaced = seg.closed and (seg.close_end >= len(text) or not text[seg.close_end].isalnum()
                                 or text[seg.close_end].isupper() or _glued_cue(text, seg.close_end))
        after = attribution_after(text, seg.close_end, _frame_end(document, seg.paragraph),
                                  open_sentence) if spaced else None
        if after is not None and inner.rstrip("’')]").endswith(".") and after.cue not in _DASH_CUES:
            # “… .” ends the sentence: only a dash line ("— Ana Ruiz") or, failing a frame
            # before the quotation, a bare “… .” Ana Ruiz said. may follow
            att = attribution_before(text, window, seg.open_start)
            if att is None and not _short_frame(text, after, p_end):
                after = None
        if after is not None and inner.rstrip("’')]").endswith(("?", "!")) and not _short_frame(text, after, p_end):
            # "Ana Ruiz responded: “Why now?” Her critics cited it …": a sentence after
            # the quotation that runs on past its cue is not its frame when one stands before
            att = attribution_before(text, window, seg.open_start)
        if att is None and after is not None and _in_intro_clause(text, window, seg.open_start):
            # "While Comey said … “extremely careless” …, he said": the clause's own speaker
            att = attribution_before(text, window, seg.open_start)
        att = after if att is None else att
        if att is None and window > sentence_start and previous is not None and previous.attribution is not None \
                and _goes_on(text, window, seg.open_start):
            att = previous.attribution  # “A,” she said, and added “B”: the same speaker goes on
        if att is None:
            att = attribution_before(text, window, seg.open_start)
        if att is None and seg.closed:
            att = _dash_line_after(document, seg)
        if att is None and previous is not None and previous.attribution is not None \
                and previous.close_end >= sentence_start:
            att = previous.attribution  # “A,” “B” and “C”: one frame for a sentence's quotations
        if att is None:
            att = _possessor(text, window, seg.open_start)
        if att is None:
            att = _subject(text, sentence_start, seg.open_start, resolver)
        if att is not None:
            att = _relative_frame_subject(text, sentence_start, att, resolver)
        seg.attribution = att
        seg.local = att is not None
        seg.kind = _kind(text, seg, inner, window, att)
        if seg.kind in ("title", "scare"):
            seg.attribution = None
            seg.local = False
        elif seg.attribution is not None:
            _coordinated_scares(text, segments, index)
        previous = seg


def _relative_frame_subject(text: str, start: int, att: Attribution, resolver: Resolver) -> Attribution:
    """The named subject of the sentence for a pronoun framing a quotation inside a
    relative clause: in "Cruz has railed against what he calls the “…”" the words are
    Cruz's, and the sentence names him; the pronoun only points back to him. After
    "which"/"who" the pronoun stays ("… bodies, which he called “…”"): that clause hangs
    on a noun, and its pronoun is the frame the text gives."""
    if att.speaker_start >= att.cue_start or att.speaker_start <= start \
            or text[att.speaker_start:att.speaker_end].lower() not in _CLAUSE_PRONOUNS:
        return att
    toks = tokens(text, start, att.speaker_start)
    if len(toks) < 3 or toks[-1].lower not in _RELATIVES:
        return att
    span = main_subject(toks, len(toks) - 1)
    if span is None:
        return att
    person = resolver.person_in(toks[span[0]].start, toks[span[1] - 1].end)
    if person is None or person.start != toks[span[0]].start:
        return att
    return Attribution(person.start, person.end, att.cue, att.cue_start, att.cue_end)


_CLAUSE_PRONOUNS = frozenset(("he", "she"))
_RELATIVES = frozenset(("what", "whom"))


_LIST_GLUE = regex.compile(r"[\s,]*(?:(?:and|or|as well as)\s+)?$")


def _coordinated_scares(text: str, segments: list[_Segment], n: int) -> None:
    """Short quotations listed before an attributed one ("charged it with “crimes,”
    “genocide” and “mass atrocities …”") are the same speaker's words: partial, not scare."""
    seg = after = segments[n]
    while n > 0:
        n -= 1
        before = segments[n]
        if before.kind != "scare" or before.paragraph != seg.paragraph \
                or not _LIST_GLUE.match(text, before.close_end, after.open_start):
            return
        before.kind, before.attribution = "partial", seg.attribution
        after = before


def _possessor(text: str, start: int, pos: int) -> Optional[Attribution]:
    """The owner of a speech noun right before a quotation: "her remark that “…”", "his
    call for “…”", "their chants of “…”", "her March comment that she “…”"
    (``speech_nouns.txt``; at most two words between the possessive and the noun, and
    only short function words or a subject pronoun after it)."""
    toks = tokens(text, max(start, pos - 100), pos)
    n = len(toks)
    while n > 0 and toks[n - 1].lower in _SPEECH_NOUN_TAIL:
        n -= 1
    if n < 2 or toks[n - 1].lower not in lexicon.words("speech_nouns"):
        return None
    for p in range(n - 2, max(-1, n - 5), -1):
        if toks[p].lower in ("his", "her", "their", "its"):
            return Attribution(toks[p].start, toks[p].end, None)
        if not toks[p].is_word:
            return None
    return None


# What may stand between the speech noun and the quotation: "her claim that she “…”".
_SPEECH_NOUN_TAIL = frozenset("of that for to about in favor on against he she they".split())


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two quotations of one sentence, is "and said
    (that)…": a cue coordinated with the frame of the first quotation, with no subject of
    its own (its clause's subject, "that her campaign would continue", is not a speaker)."""
    toks = tokens(text, start, end)
    return len(toks) >= 2 and toks[0].lower in ("and", "but", "then") and is_cue(toks[1]) \
        and not toks[1].lower.endswith("ing")


def _dash_line_after(document: Document, seg: _Segment) -> Optional[Attribution]:
    """A quotation that is its whole paragraph, signed on the next line: "“…”" / "— Ana Ruiz,
    Ohio". A line between dashes ("– Ready to talk –") is a subheading, not a signature."""
    text = document.text
    paragraphs = document.segments.paragraphs
    p_start, p_end = paragraphs[seg.paragraph]
    if seg.paragraph + 1 >= len(paragraphs) or _WORDS.search(text, seg.close_end, p_end) \
            or not _blank(text, p_start, seg.open_start):
        return None
    n_start, n_end = paragraphs[seg.paragraph + 1]
    if text[n_start] not in _DASH_CUES or n_end - n_start > 120 or text[n_start:n_end].rstrip(" .")[-1:] in _DASH_CUES:
        return None
    return attribution_after(text, n_start, n_end)


def _glued_cue(text: str, pos: int) -> bool:
    """A cue verb typed against the closing mark ("…, "said Ana Ruiz"): still a frame (so
    is a capitalised word: "…,”Ana Ruiz told lawmakers")."""
    first = tokens(text, pos, min(len(text), pos + 20))[:1]
    return bool(first) and first[0].start == pos and is_cue(first[0])


def _frame_end(document: Document, index: int) -> int:
    """Where a frame after a quotation of paragraph ``index`` may reach: the paragraph's
    end, or the next paragraph's when a line break cut a title from its name
    ("…,” Vancouver police Const. / Tim Fanning told reporters")."""
    paragraphs = document.segments.paragraphs
    p_start, p_end = paragraphs[index]
    if index + 1 < len(paragraphs) and ends_in_title(document.text, max(p_start, p_end - 24), p_end):
        following = paragraphs[index + 1]
        if document.text[following[0]].isupper():
            return following[1]
    return p_end


def _subject(text: str, start: int, pos: int, resolver: Resolver) -> Optional[Attribution]:
    """The person a sentence is about, for a quotation with no cue verb in reach.

    "Sanders has pushed his promise of “free college”": a named person or a
    personal pronoun opening the sentence is whose words a fragment usually
    are; a sentence opening with anything else ("The plan will turn …") gives
    none, and its short quotations stay scare quotes.
    """
    toks = tokens(text, start, min(pos, start + 100))
    if len(toks) < 2:
        return None
    first = toks[0]
    if pronoun_class(first.lower) in ("m", "f") and first.lower in ("he", "she"):
        return Attribution(first.start, first.end, None)
    person = resolver.person_in(start, min(pos, start + 60))
    if person is not None:
        lead = [t for t in toks if t.end <= person.start]
        if all(t.capitalised or t.lower in ("the", "former") for t in lead):
            return Attribution(person.start, person.end, None)
    return _subject_after_introduction(toks, resolver)


def _subject_after_introduction(toks: list, resolver: Resolver) -> Optional[Attribution]:
    """The same after an introduction: "On Monday, Ana Ruiz knocked a plan that …
    “…”", "Later, on the steps of the court, he expressed …": the subject after the
    introduction's comma, when it is a person or he/she and a verb follows it."""
    span = main_subject(toks, len(toks))
    if span is None or span[0] == 0 or toks[span[0] - 1].text != "," or span[1] >= len(toks):
        return None
    first, verb = toks[span[0]], toks[span[1]]
    if not verb.is_word or verb.capitalised:
        return None
    if span[1] - span[0] == 1 and first.lower in ("he", "she"):
        return Attribution(first.start, first.end, None)
    person = resolver.person_in(first.start, toks[span[1] - 1].end)
    if person is not None and person.start >= first.start:
        return Attribution(first.start, toks[span[1] - 1].end, None)
    return None


def _in_intro_clause(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies in an introductory clause ("When …, ") of the sentence at ``start``."""
    head = text[start:pos].lstrip()
    first = head.split(" ", 1)[0].lower()
    return first in _SUBORDINATORS and "," not in head


def _short_frame(text: str, att: Attribution, limit: int) -> bool:
    """Whether the sentence ends right after the cue of ``att`` ("… Ana Ruiz said.")."""
    rest = text[att.cue_end:min(limit, att.cue_end + 3)] if att.cue_end > 0 else ""
    return att.speaker_start < att.cue_start and (not rest.strip() or rest.lstrip()[:1] in ".!?")


def _propagate(document: Document, segments: list[_Segment], resolver: Resolver) -> None:
    """Speakers for segments without a frame of their own.

    A segment takes the speaker of the nearest attributed segment of its
    paragraph (earlier first). A segment that opens its paragraph (a continued
    quotation, a block quotation, a floating quote) takes the last speech of the
    paragraph before it: a frame ending in a colon ("Cruz continued:"), its last
    attributed quotation or its last reported speech ("Smith said Monday."),
    whichever comes last.
    """
    text = document.text
    paragraphs = document.segments.paragraphs
    by_paragraph: dict[int, list[_Segment]] = {}
    for seg in segments:
        if seg.kind not in ("title", "scare"):
            by_paragraph.setdefault(seg.paragraph, []).append(seg)
    for index in sorted(by_paragraph):
        group = by_paragraph[index]
        # the first local frame after each segment, read back to front once
        after: list[Optional[Attribution]] = [None] * len(group)
        following: Optional[Attribution] = None
        for n in range(len(group) - 1, -1, -1):
            after[n] = following
            if group[n].local:
                following = group[n].attribution
        before: Optional[Attribution] = None
        for n, seg in enumerate(group):
            if seg.attribution is not None:
                before = seg.attribution
                continue
            if before is not None:
                seg.attribution = before
            elif after[n] is not None:
                seg.attribution = after[n]
            elif index > 0 and (seg.continues or _blank(text, paragraphs[index][0], seg.open_start)):
                seg.attribution = _last_speech(document, index - 1, by_paragraph.get(index - 1, []))
            elif not seg.continues and _opens_sentence(document, seg):
                # "Ana Ruiz agreed. “…”": the speech just before, in the same paragraph
                seg.attribution = reported_speech(text, paragraphs[index][0], seg.open_start)
            if seg.attribution is None:
                seg.attribution = _sentence_subject(document, seg, resolver)
            if seg.attribution is not None:
                before = seg.attribution


def _sentence_subject(document: Document, seg: _Segment, resolver: Resolver) -> Optional[Attribution]:
    """The last resort for a quotation nothing frames: the speaker the sentence is about.

    "Ana Ruiz has been a strong voice, visiting offices with a message: “…”" — with no
    cue in reach, the subject of the quotation's sentence (a person, a he/she, or a
    speaker noun such as "the committee") is whose words these usually are; a quotation
    opening its paragraph takes the subject of the paragraph before's last sentence
    ("Trump spoke only in bromides." / "“We have to do something.”").
    """
    text = document.text
    paragraphs = document.segments.paragraphs
    start = max(document.segments.sentence_at(seg.open_start)[0], paragraphs[seg.paragraph][0])
    if _blank(text, start, seg.open_start):
        if seg.paragraph == 0 or not _blank(text, paragraphs[seg.paragraph][0], seg.open_start):
            return None
        p_start, p_end = paragraphs[seg.paragraph - 1]
        start, end = max(document.segments.sentence_at(max(p_start, p_end - 1))[0], p_start), p_end
    else:
        end = seg.open_start
    toks = tokens(text, start, min(end, start + 300))
    span = main_subject(toks, len(toks)) if toks else None
    if span is None:
        return None
    span = trimmed_phrase(toks, span)
    colon = end == seg.open_start and text[start:end].rstrip().endswith(":")
    span = _speaking_subject(toks, span, resolver) or (_introducing_subject(toks, span) if colon else None)
    return Attribution(toks[span[0]].start, toks[span[1] - 1].end, None) if span else None


def _speech_owner(text: str, att: Attribution) -> Attribution:
    """The possessive pronoun of a speaker mention that is someone's speech ("His exact
    words:", "Her statement read:"): the words quoted are that person's, so the pronoun
    is the speaker and resolves to a name; any other mention stays."""
    if not text.startswith(("his ", "her ", "their ", "His ", "Her ", "Their "), att.speaker_start):
        return att
    toks = tokens(text, att.speaker_start, att.speaker_end)
    if len(toks) < 2 or len(toks) > 4:
        return att
    if not any(t.lower in lexicon.words("speech_nouns") for t in toks[1:]):
        return att
    return Attribution(toks[0].start, toks[0].end, att.cue, att.cue_start, att.cue_end)


def _introducing_subject(toks: list, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The subject of a sentence that ends in a colon before its quotation ("The headline
    reads:", "A footnote in the report makes that clear:"): whatever it is, a short noun
    phrase opened by a determiner or a possessive introduces the words quoted; not one
    that a copula describes ("The trouble with the plan is simple:")."""
    first = toks[span[0]]
    if any(t.lower in _COPULAS for t in toks[span[1]:]):
        return None
    if span[1] - span[0] > 6 or not (first.lower in ("the", "a", "an", "this", "his", "her", "its", "their")
                                     or first.lower.endswith(("'s", "’s"))):
        return None
    return span


def _speaking_subject(toks: list, span: tuple[int, int], resolver: Resolver) -> Optional[tuple[int, int]]:
    """``span`` cut to a subject that can have spoken, or ``None``: a named person,
    he/she/they, a description up to its speaker noun ("The GOP candidate" of "The GOP
    candidate sent out an email", the phrase having run over its verb), or a name of two
    or more Title-Case words ("The Clinton Foundation"; not a headline in capitals, not
    one word that only opens the sentence)."""
    first, last = toks[span[0]], toks[span[1] - 1]
    if span[1] - span[0] == 1 and pronoun_class(first.lower) in ("m", "f", "p"):
        return span if first.lower in ("he", "she", "they") else None
    person = resolver.person_in(first.start, last.end)
    if person is not None:
        end = next((n for n in range(span[0], span[1]) if toks[n].end >= person.end), span[1] - 1)
        return span[0], end + 1  # (the phrase may run over its verb: "Tom Reyes told the crowd")
    nominals = lexicon.words("nominal_speakers")
    head = next((n for n in range(span[0], min(span[1], span[0] + 6))
                 if _POSSESSIVE.sub("", toks[n].lower) in nominals), None)
    if head is not None:
        while head + 1 < span[1] and _POSSESSIVE.sub("", toks[head + 1].lower) in nominals:
            head += 1  # "The union spokesman"
        return span[0], head + 1
    name = [t for t in toks[span[0]:span[1]] if t.lower not in ("the", "a", "an")]
    return span if len(name) >= 2 and all(t.capitalised and not t.text.isupper() for t in name) else None


_COPULAS = frozenset("is was are were be been seems seemed remains remained".split())
_POSSESSIVE = regex.compile(r"['’]s?$")


def _opens_sentence(document: Document, seg: _Segment) -> bool:
    start = document.segments.sentence_at(seg.open_start)[0]
    return _blank(document.text, start, seg.open_start)


def _last_speech(document: Document, index: int, quoted: list[_Segment]) -> Optional[Attribution]:
    """The last speaker of paragraph ``index``: from its quotations or its reported speech."""
    text = document.text
    p_start, p_end = document.segments.paragraphs[index]
    from_quote = next((s for s in reversed(quoted) if s.attribution is not None), None)
    tail = quoted[-1].close_end if quoted else p_start
    speech = reported_speech(text, max(tail, p_start), p_end)
    if speech is not None:
        return speech
    return from_quote.attribution if from_quote is not None else None


# --- 3. kinds -------------------------------------------------------------------------

def _kind(text: str, seg: _Segment, inner: str, window: int, att: Optional[Attribution]) -> str:
    before = tokens(text, max(window, seg.open_start - 50), seg.open_start)
    after = tokens(text, seg.close_end, min(len(text), seg.close_end + 20)) if seg.closed else []
    words = _WORDS.findall(inner)
    if _is_title(before, words, inner, after):
        return "title"
    if _naming(before) or _proper_name(before, words, inner, after):
        return "scare"
    prefix = text[window:seg.open_start].strip()
    if att is None and len(words) <= _SCARE_WORDS and seg.closed and not seg.continues and (
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


def _is_title(before: list, words: list[str], inner: str, after: list) -> bool:
    """A work's title: after a work noun ("the book “…”", "a film called “…”"), or a
    Title-Case name after "on"/"in" or an outlet's possessive ("on “Saturday Night
    Live”", "CNN’s “State of the Union”"), or before a role noun ("“Glee” star")."""
    if not words:
        return False
    nouns = lexicon.words("title_nouns")
    title_case = _title_case(words) and len(words) <= 8
    if after and after[0].lower in nouns and title_case:
        return True  # (a paragraph may open with it: "“Glee” star Ana Ruiz …")
    if _bylined(after) and (title_case or not before or before[-1].text in _DASH_CUES):
        return True  # a work or a headline and its author: "“Salt and Stone,” by Ana Ruiz"
    if not before:
        return False
    comma = before[-1].text == ","
    toks = [t for t in before if t.text != ","]
    if not toks:
        return False
    last = toks[-1].lower
    if last in nouns:  # "the book “…”"; "his book, “Salt and Stone”"
        return (title_case or not comma) and (inner[:1].isupper() or inner[:1].isdigit())
    if len(toks) >= 2 and toks[-2].lower in nouns and title_case and not comma:
        return True  # "the 2006 film hit “Dreamgirls”"; "the author of “Salt and Stone”", "host of “…”"
    if last in _NAMING_VERBS and len(toks) >= 2 and any(t.lower in nouns for t in toks[-4:-1]):
        return True
    return title_case and (last in _TITLE_PREPOSITIONS or last.endswith(("'s", "’s")))


def _bylined(after: list) -> bool:
    """Whether a quotation is followed by a byline: ", by Ana Ruiz", " by The Courier's …"."""
    toks = after[1:] if after and after[0].text == "," else after
    return len(toks) >= 2 and toks[0].lower == "by" and (toks[1].capitalised or (
        toks[1].lower == "the" and len(toks) > 2 and toks[2].capitalised))


def _title_case(words: list[str]) -> bool:
    """Every word but short function words capitalised: "Meet the Press", "Listen Up, Trump",
    "This Week with George Stephanopoulos"."""
    return all(w[:1].isupper() or w[:1].isdigit() for n, w in enumerate(words)
               if n == 0 or (len(w) > 3 and w not in _TITLE_FUNCTION_WORDS))


_TITLE_FUNCTION_WORDS = frozenset("with from into over onto upon".split())


def _proper_name(before: list, words: list[str], inner: str, after: list) -> bool:
    """A quoted proper name, not words said: "the “Gang of Eight”", "the “Defeat Crooked
    Hillary PAC”", or a nickname inside a name: Marcia “Cia” Price."""
    if not words or len(words) > 6 or not _title_case(words) or _SENTENCE_END.search(inner):
        return False
    if before and before[-1].lower == "the":
        return True
    return (len(words) <= 2 and bool(before) and bool(after) and before[-1].is_word and after[0].is_word
            and before[-1].capitalised and after[0].capitalised)


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


# --- reported speech ------------------------------------------------------------------

def _indirect(document: Document, segments: list[_Segment], resolver: Resolver) -> list[Quote]:
    """Reported speech without marks: "X said (that) …", "X announced that …".

    Kept precise: only in sentences with no quotation mark, only after a
    reporting verb (``reporting_verbs.txt``) whose subject is a named person,
    a he/she that resolves to one, or a description with a speaker noun ("the
    ministry said"); the content is the clause after "that" (or right after the
    verb when it opens with a pronoun, a determiner or a name) up to the end of
    the sentence or a dash, and has at least four words. One regex finds the
    candidate verbs, so sentences without one are never tokenised.
    """
    text = document.text
    quoted = [(seg.open_start, seg.close_end) for seg in segments]
    out: list[Quote] = []
    done = -1
    for hit in _reporting_verb().finditer(text):
        if hit.start() < done or text[hit.start()].isupper():
            continue
        s_start, s_end = document.segments.sentence_at(hit.start())
        done = max(s_end, hit.end())
        if s_end <= s_start or _MARK.search(text, s_start, s_end) or _overlaps(quoted, s_start, s_end):
            continue
        found = _reported(text, max(s_start, hit.start() - 200), hit.start(), s_end, resolver)
        if found is not None:
            out.append(found)
        else:
            done = hit.end()  # a later verb of the same sentence may still report speech
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_right(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


@functools.lru_cache(maxsize=None)
def _reporting_verb() -> "re.Pattern[str]":
    """An inflected reporting verb followed by "that" or a clause subject, before tokenising.

    Compiled with :mod:`re`, not :mod:`regex`: it scans every character of every
    text, and ``re`` runs this plain pattern in half the time (same matches).
    """
    reporting = lexicon.words("reporting_verbs")
    forms = [f for f, base in cue_forms().items() if base in reporting and not f.endswith("ing")]
    verbs = lexicon.trie_pattern(forms)
    return re.compile(
        r"\b(?:" + verbs + r")\b(?=(?:[\s,]+[\w’'.\-]+){0,7}?[\s,]+that\b"
        r"|\s+(?:he|she|they|it|we|I|the|his|her|their)\b)"
    )


def _reported(text: str, start: int, verb: int, end: int, resolver: Resolver) -> Optional[Quote]:
    toks = tokens(text, start, min(end, verb + 80))
    forms = cue_forms()
    k = next((n for n, tok in enumerate(toks) if tok.start == verb), None)
    if k is None:
        return None
    tok = toks[k]
    span = speaker_before(toks, k)
    if span is None or not _clear_speaker(text, toks, span, resolver):
        return None
    content = _clause(text, toks, k, forms[tok.lower], end)
    if content is None:
        return None
    c_start, c_end = content
    s_start, s_end = toks[span[0]].start, toks[span[1] - 1].end
    return Quote(c_start, c_end, text[c_start:c_end], kind="indirect",
                 speaker=resolver.name(s_start, s_end), speaker_mention=text[s_start:s_end],
                 speaker_start=s_start, speaker_end=s_end, cue=_cue_text(text, toks, span, k))


def _cue_text(text: str, toks: list, span: tuple[int, int], k: int) -> str:
    """The cue with its auxiliaries ("has stated"), as written."""
    i = k
    while i > span[1] and toks[i - 1].lower in ("has", "have", "had", "will", "would", "also"):
        i -= 1
    return text[toks[i].start:toks[k].end]


def _clear_speaker(text: str, toks: list, span: tuple[int, int], resolver: Resolver) -> bool:
    first, last = toks[span[0]], toks[span[1] - 1]
    if span[1] - span[0] == 1 and first.lower in ("he", "she"):
        return resolver.antecedent(first.start, pronoun_class(first.lower) or "x") is not None
    if resolver.person_in(first.start, last.end) is not None:
        return True
    return last.lower in lexicon.words("nominal_speakers") and (
        first.lower in ("the", "a", "an") or first.capitalised)


def _clause(text: str, toks: list, k: int, verb: str, end: int) -> Optional[tuple[int, int]]:
    """The reported clause after the verb at ``toks[k]``: after "that", or opening right
    after the verb; it runs to the end of the sentence at ``end`` or to a dash."""
    begin = None
    for n in range(k + 1, min(len(toks), k + 9)):
        if toks[n].lower == "that":
            begin = n + 1
            break
        if toks[n].lower in _CLAUSE_SUBJECTS:
            begin = n  # "said they would …": the clause has begun, a later "that" is inside it
            break
        if not toks[n].is_word and toks[n].text != ",":
            break
    if begin is None and verb == "say" and k + 1 < len(toks):
        if toks[k + 1].lower in ("the", "his", "her", "their"):
            begin = k + 1  # "said the plan would fail"; other verbs take objects ("announced the charges")
    if begin is None or begin >= len(toks):
        return None
    start = toks[begin].start
    stop = _CLAUSE_END.search(text, start, end)
    stop_at = stop.start() if stop else end
    while stop_at > start and (text[stop_at - 1].isspace() or text[stop_at - 1] in ".!?"):
        stop_at -= 1
    if len(_WORDS.findall(text, start, stop_at)) < 4:
        return None
    return start, stop_at


# --- records --------------------------------------------------------------------------

def _record(text: str, seg: _Segment, resolver: Resolver) -> Optional[Quote]:
    start, end = _inner(text, seg)
    if end <= start or not _WORDS.search(text, start, end):
        return None
    att = seg.attribution
    if att is None:
        return Quote(start, end, text[start:end], kind=seg.kind)
    att = _speech_owner(text, att)
    return Quote(start, end, text[start:end], kind=seg.kind,
                 speaker=resolver.name(att.speaker_start, att.speaker_end),
                 speaker_mention=text[att.speaker_start:att.speaker_end],
                 speaker_start=att.speaker_start, speaker_end=att.speaker_end, cue=att.cue)
