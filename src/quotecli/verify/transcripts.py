"""Primary sources as ``verify`` reads them: a :class:`Source` is a document with turns.

A transcript says who speaks where: ``THE PRESIDENT:``, ``Barack Obama:``,
``MR. SMITH:``, ``Q`` (a reporter) at the start of a turn. Stage directions such
as ``(Applause.)`` or ``[laughter]`` are not speech and are left out of the words
that quotations are aligned with. A press release or an article has no labels:
the whole text is one speaker's (``speaker=``). Subtitles (SRT, WebVTT) are read
with the ``srt`` and ``webvtt-py`` packages; each cue keeps its start time, so a
verdict can say "at 00:14:32".

Offsets are as sacred as for articles: a source's ``document.text`` has the same
offsets as the file (or, for HTML, maps back to it), and what is not speech is
blanked with spaces, never removed.
"""

from __future__ import annotations

import bisect
import io
import os
from dataclasses import dataclass, field
from typing import Optional

import regex

from .. import lexicon
from ..document import Document
from ..names import fold
from ..sources import InputError, InputWarning, read_inputs

SUBTITLE_SUFFIXES = (".srt", ".vtt")

# A turn label at the start of a line: "THE PRESIDENT:", "Barack Obama:", "MR. SMITH:",
# "Q:"/"Q " (a reporter's question), "A:". Up to five words, each capitalised.
_LABEL = regex.compile(
    r"^[ \t]*(?:(?P<label>Q|A|\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|of|the|de|van|von|al|bin)){0,4})"
    r"[ \t]*:[ \t]+|(?P<label>Q)[ \t]+(?=\p{Lu}))",
    regex.MULTILINE,
)
_VOICE = regex.compile(r"<v(?:\.[^ >]+)*[ \t]+(?P<name>[^>]+)>")
_TAG = regex.compile(r"<[^>\n]*>")


class SourceError(Exception):
    """A source that cannot be used, with a one-line reason naming the file."""


@dataclass(frozen=True)
class Turn:
    """A stretch of a source spoken by one speaker (``None`` when nobody is named)."""

    start: int
    end: int
    speaker: Optional[str]
    label: Optional[str] = None


@dataclass
class Source:
    """A primary source: its document, its turns, and (for subtitles) cue start times."""

    document: Document
    turns: list[Turn]
    silent: list[tuple[int, int]] = field(default_factory=list)   # stage directions, timestamps, tags
    cue_times: list[tuple[int, float]] = field(default_factory=list)  # (offset, seconds), sorted

    @property
    def path(self) -> str:
        return self.document.path

    def speaker_at(self, offset: int) -> Optional[str]:
        """Who speaks at ``offset`` (None outside every labelled turn)."""
        i = bisect.bisect_right(self._turn_starts, offset) - 1
        if i >= 0 and offset < self.turns[i].end:
            return self.turns[i].speaker
        return None

    @property
    def _turn_starts(self) -> list[int]:
        """Where each turn starts (kept while the turns are the same list)."""
        cached = self.__dict__.get("_starts_of")
        if cached is None or cached[0] is not self.turns:
            cached = (self.turns, [t.start for t in self.turns])
            self.__dict__["_starts_of"] = cached
        return cached[1]

    def time_at(self, offset: int) -> Optional[str]:
        """The start time (``HH:MM:SS``) of the subtitle cue holding ``offset``."""
        if not self.cue_times:
            return None
        i = bisect.bisect_right([o for o, _ in self.cue_times], offset) - 1
        if i < 0:
            return None
        seconds = int(self.cue_times[i][1])
        return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"

    def speakers(self) -> set[str]:
        return {t.speaker for t in self.turns if t.speaker}

    def speech_text(self) -> str:
        """The document text with stage directions and markup blanked (same offsets).

        Made once per source: every quotation's verdict reads it."""
        cached = self.__dict__.get("_speech")
        if cached is not None:
            return cached
        text = self.document.text
        if not self.silent:
            self.__dict__["_speech"] = text
            return text
        chars = list(text)
        for start, end in self.silent:
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
        self.__dict__["_speech"] = "".join(chars)
        return self.__dict__["_speech"]


def read_source(path: str, speaker: Optional[str] = None) -> tuple[Source, list[str]]:
    """Read one source file; returns it and any warnings. Raises :class:`SourceError`."""
    warnings: list[str] = []
    if os.path.splitext(path)[1].lower() in SUBTITLE_SUFFIXES:
        source = _read_subtitles(path)
    else:
        documents = []
        for item in read_inputs([path]):
            if isinstance(item, InputError):
                raise SourceError(str(item))
            if isinstance(item, InputWarning):
                warnings.append(str(item))
            else:
                documents.append(item)
        if not documents:
            raise SourceError(f"{path}: the source is empty")
        if len(documents) > 1:
            raise SourceError(f"{path}: holds {len(documents)} documents; give one source per file")
        source = source_from_document(documents[0])
    if speaker:
        source.turns = [Turn(t.start, t.end, t.speaker or speaker, t.label) for t in source.turns] if any(
            t.speaker for t in source.turns) else [Turn(0, len(source.document.text), speaker)]
    if not regex.search(r"\p{L}", source.speech_text()):
        raise SourceError(f"{path}: the source has no words")
    if not _looks_english(source.speech_text()):
        warnings.append(f"{path}: the source does not look like English text; quotations may not be found in it")
    return source, warnings


def source_from_document(document: Document) -> Source:
    """Turns and stage directions of a text or HTML source."""
    text = document.text
    silent = _stage_directions(text)
    roles, header_end = _header_roles(text)
    turns: list[Turn] = []
    labels = [m for m in _LABEL.finditer(text) if _is_label(m.group("label"), text, m)]
    for i, match in enumerate(labels):
        label = match.group("label").strip()
        if match.start() < header_end and label.lower() in roles:   # "President: Donald Trump" is metadata
            line_end = text.find("\n", match.end())
            silent.append((match.start(), len(text) if line_end < 0 else line_end))
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        silent.append((match.start("label"), match.end()))
        turns.append(Turn(match.end(), end, _resolve_label(label, roles), label))
    if turns and turns[0].start > 0:
        turns.insert(0, Turn(0, turns[0].start, None))
    if not turns:
        turns = [Turn(0, len(text), None)]
    return Source(document=document, turns=turns, silent=sorted(silent))


def _stage_directions(text: str) -> list[tuple[int, int]]:
    words = lexicon.words("verify_stage_words")
    spans = []
    for match in regex.finditer(r"[(\[]\s*(?P<word>[\p{L}\-]+)[^()\[\]\n]{0,60}[)\]]", text):
        if match.group("word").lower() in words:
            spans.append((match.start(), match.end()))
    return spans


_HEADER = regex.compile(r"^[ \t]*(?P<role>\p{Lu}[\p{L} ]{1,30}):[ \t]*(?P<name>(?:\p{Lu}[\p{L}\p{M}.'’\-]*[ \t]?){1,4})[ \t]*$",
                       regex.MULTILINE)


def _header_roles(text: str) -> tuple[dict[str, str], int]:
    """``President: Donald Trump`` in the first lines: the person ``THE PRESIDENT`` names.

    Returns the roles and where the header ends (the first blank line after it)."""
    head_end = text.find("\n\n")
    head_end = len(text) if head_end < 0 else head_end
    roles = {m.group("role").strip().lower(): m.group("name").strip()
             for m in _HEADER.finditer(text, 0, head_end)}
    return roles, (head_end if roles else 0)


def _is_label(label: str, text: str, match) -> bool:
    words = label.split()
    if label in ("Q", "A"):
        return True
    if not words or fold(words[-1]) in lexicon.words("verify_not_labels"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    if match.start("label") - line_start > 4:
        return False
    # A label is all capitals ("THE PRESIDENT") or a short name ("Jim Lehrer").
    return label.upper() == label or len(words) <= 3


def _resolve_label(label: str, roles: dict) -> Optional[str]:
    """The speaker a label names: ``THE PRESIDENT`` → the header's president, ``MR. SMITH`` → Smith."""
    if label in ("Q",):
        return "Q (a questioner)"
    if label == "A":
        return None
    words = [w for w in regex.split(r"[\s.]+", label) if w]
    role = " ".join(w.lower() for w in words if w.lower() != "the")
    if role in roles:
        return roles[role]
    names = [w for w in words if fold(w) not in lexicon.words("verify_speaker_titles")]
    if not names:
        return label.title()
    for name in roles.values():   # "MAYOR ORTIZ" is the header's "Mayor: Elena Ortiz"
        if {fold(w) for w in names} & {fold(w) for w in name.split()}:
            return name
    return " ".join(w if not w.isupper() else w.capitalize() for w in names)


def _looks_english(text: str) -> bool:
    words = regex.findall(r"\p{L}+", text[:20000].lower())
    if len(words) < 20:
        return True
    common = lexicon.words("stopwords")
    return sum(w in common for w in words) / len(words) >= 0.15


def _read_subtitles(path: str) -> Source:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise SourceError(f"{path}: {exc.strerror or exc}") from None
    from ..sources.decode import DecodeError, decode_bytes

    try:
        text, _ = decode_bytes(raw)
    except DecodeError as exc:
        raise SourceError(f"{path}: {exc}") from None
    if not text.strip():
        raise SourceError(f"{path}: the source is empty")
    cues = _srt_cues(path, text) if path.lower().endswith(".srt") else _vtt_cues(path, text)
    if not cues:
        raise SourceError(f"{path}: no subtitle cues")
    spoken = [False] * len(text)
    turns: list[Turn] = []
    cue_times: list[tuple[int, float]] = []
    position = 0
    speaker: Optional[str] = None
    for seconds, content, voice in cues:
        speaker = voice or speaker     # a voice speaks on until another is named
        for line in content.split("\n"):
            plain = _TAG.sub("", line).strip()
            if not plain:
                continue
            at = text.find(line.strip(), position)
            if at < 0:
                continue
            position = at + len(line.strip())
            cue_times.append((at, seconds))
            for i in range(at, position):
                spoken[i] = True
            turns.append(Turn(at, position, speaker, voice))
    silent: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate(spoken + [True]):
        if not flag and start is None:
            start = i
        elif flag and start is not None:
            silent.append((start, i))
            start = None
    for match in _TAG.finditer(text):
        silent.append((match.start(), match.end()))
    document = Document(id=path, path=path, text=text)
    labelled = source_from_document(document)   # "SMITH: ..." inside cues
    if any(t.speaker for t in labelled.turns) and not any(t.speaker for t in turns):
        turns = labelled.turns
        silent += [s for s in labelled.silent]
    return Source(document=document, turns=_merge_turns(turns), silent=sorted(silent), cue_times=cue_times)


def _merge_turns(turns: list[Turn]) -> list[Turn]:
    """Consecutive cues of one speaker (or of nobody named) make one turn."""
    merged: list[Turn] = []
    for turn in turns:
        if merged and merged[-1].speaker == turn.speaker:
            merged[-1] = Turn(merged[-1].start, turn.end, turn.speaker, turn.label)
        else:
            merged.append(turn)
    return merged


def _srt_cues(path: str, text: str) -> list[tuple[float, str, Optional[str]]]:
    import srt

    try:
        return [(cue.start.total_seconds(), cue.content, _voice(cue.content)) for cue in srt.parse(text)]
    except (srt.SRTParseError, ValueError) as exc:
        raise SourceError(f"{path}: not a valid SRT file ({exc})") from None


def _vtt_cues(path: str, text: str) -> list[tuple[float, str, Optional[str]]]:
    import webvtt

    try:
        captions = webvtt.from_buffer(io.StringIO(text)) if hasattr(webvtt, "from_buffer") else webvtt.read_buffer(
            io.StringIO(text))
    except Exception as exc:  # webvtt-py raises its own error types per version
        raise SourceError(f"{path}: not a valid WebVTT file ({exc})") from None
    cues = []
    for caption in captions:
        raw = getattr(caption, "raw_text", None) or caption.text
        cues.append((_seconds(caption.start), raw, _voice(raw)))
    return cues


def _voice(content: str) -> Optional[str]:
    match = _VOICE.search(content)
    return match.group("name").strip() if match else None


def _seconds(stamp: str) -> float:
    parts = [float(p) for p in stamp.replace(",", ".").split(":")]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]
