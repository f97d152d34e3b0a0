"""Bytes to text: UTF-8 (with or without BOM) first, Windows-1252 as a fallback.

Binary data is refused rather than decoded into noise, so a stray PDF or image in a
corpus folder is reported instead of producing nonsense records.
"""

from __future__ import annotations

from typing import Optional


class DecodeError(ValueError):
    """The bytes are not text this tool can read."""


#: Share of control characters above which decoded bytes are taken for binary data.
_MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes) -> tuple[str, Optional[str]]:
    """Decode ``data``; return the text and a warning when a fallback was used."""
    if b"\x00" in data[:65536]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _decode_utf16(data), "UTF-16 text; read as UTF-16"
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
        warning = None
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DecodeError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) and not Windows-1252 text") from None
        warning = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); read as Windows-1252"
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > _MAX_CONTROL_SHARE * min(len(text), 65536) + 2:
        raise DecodeError("binary file (control characters), not text")
    return normalise_newlines(text), warning


def _decode_utf16(data: bytes) -> str:
    try:
        return normalise_newlines(data.decode("utf-16"))
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid UTF-16 at offset {exc.start}") from None


def normalise_newlines(text: str) -> str:
    """Make ``\\n`` the only line break while keeping every offset and column.

    ``\\r\\n`` becomes ``" \\n"`` (the carriage return turns into a trailing space),
    and a lone ``\\r`` becomes ``\\n``; so extractors only ever see ``\\n`` and the
    text keeps the length of the file's.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")
