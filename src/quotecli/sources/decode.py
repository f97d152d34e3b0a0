"""Bytes to text: UTF-8 (with or without BOM) first, Windows-1252 as a fallback.

Binary data is refused rather than decoded into noise, so a stray PDF or image in a
corpus folder is reported instead of producing nonsense records.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional


class DecodeError(ValueError):
    """The bytes are not text this tool can read."""


#: Share of control characters above which decoded bytes are taken for binary data.
_MAX_CONTROL_SHARE = 0.01
#: The control characters counted: below U+0020 except tab, newline, form feed and carriage return
#: (a regex, since a Python loop over each character cost more than reading the file).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


#: Signatures of binary formats met among articles, named in the error.
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
          (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
          (b"\xfd7zXZ", "xz-compressed data"))


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode ``data``; return the text and a warning when a fallback was used."""
    for magic, what in _MAGIC:
        if data.startswith(magic) and (magic != b"BZh" or data[3:4].isdigit()):
            raise DecodeError(f"binary file ({what}), not text")
    if b"\x00" in data[:65536]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _decode_utf16(data, "utf-16"), "UTF-16 text; read as UTF-16"
        codec = _utf16_without_bom(data[:65536])
        if codec:
            return _decode_utf16(data, codec), f"UTF-16 text without a byte-order mark; read as {codec.upper()}"
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
        warning = None
    except UnicodeDecodeError as exc:
        text, warning = _fallback(data, exc)
    controls = len(_CONTROLS.findall(text, 0, 65536))
    if controls > _MAX_CONTROL_SHARE * min(len(text), 65536) + 2:
        raise DecodeError("binary file (control characters), not text")
    return normalise_newlines(text), warning


def _fallback(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str]:
    """Text that is not valid UTF-8: UTF-8 with the odd bad byte replaced when it is mostly UTF-8
    (a file cut or mixed by a scraper), else Windows-1252 (the legacy encoding of news sites)."""
    where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    lossy = data.decode("utf-8-sig", errors="replace")
    bad = lossy.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in lossy if ord(ch) > 127) - lossy.count("\ufffd")
    if multibyte > bad:
        return lossy, f"not valid UTF-8 ({where}); {bad} bad byte(s) read as U+FFFD"
    try:
        return data.decode("cp1252"), f"not valid UTF-8 ({where}); read as Windows-1252"
    except UnicodeDecodeError:
        if bad <= 0.01 * len(data):
            return lossy, f"not valid UTF-8 ({where}); {bad} bad byte(s) read as U+FFFD"
    raise DecodeError(f"not valid UTF-8 ({where}) and not Windows-1252 text")


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """``utf-16-le``/``-be`` when NUL bytes fill one byte of most pairs (ASCII-range text), else ``None``."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid UTF-16 at offset {exc.start}") from None
    return normalise_newlines(text.lstrip("\ufeff"))


def normalise_newlines(text: str) -> str:
    """Make ``\\n`` the only line break while keeping every offset and column.

    ``\\r\\n`` becomes ``" \\n"`` (the carriage return turns into a trailing space),
    and a lone ``\\r`` becomes ``\\n``; so extractors only ever see ``\\n`` and the
    text keeps the length of the file's.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> Optional[str]:
    """The encoding a page declares in a ``<meta>`` near its top (``charset=`` or http-equiv), if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_page(data: bytes) -> tuple[str, Optional[str]]:
    """A saved page in the encoding its ``<meta charset>`` declares (a legacy ``iso-8859-1`` page
    reads right without a warning), else as any text file."""
    charset = declared_charset(data)
    if charset and charset not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be") and b"\x00" not in data[:4096]:
        try:
            return normalise_newlines(data.decode(charset)), None
        except UnicodeDecodeError:
            pass
    return decode_bytes(data)
