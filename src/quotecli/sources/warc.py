"""Web archives (``.warc``, ``.warc.gz``) through ``warcio`` (the optional ``warc`` extra).

Every HTML response record becomes a document read like a saved page (main text
only unless ``--html-mode full``): its id is the record id, its path the archive
and the target URI (``crawl.warc.gz#https://example.org/story``), its date the
page's own or else the record's. Records are read one at a time, so an archive of
any size takes the memory of one page. Non-HTML records, revisits and pages with
no article text are counted and reported in one line at the end; a broken record
is an error naming its number, and the archive is read no further when its
framing is lost.
"""

from __future__ import annotations

import codecs
from collections import Counter
from typing import IO, Iterator, Optional

from .dates import normalise_date
from .decode import DecodeError, decode_bytes, normalise_newlines
from .html import NoMainText, read_html

#: Record types that carry no page and are passed over without a count.
_BOOKKEEPING = {"warcinfo", "request", "metadata", "conversion", "continuation"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, handle: IO[bytes], doc_date: Optional[str], max_size: int, html_mode: str) -> Iterator[object]:
    """Documents for the HTML responses of an archive byte stream, then one summary warning."""
    from . import InputError, InputWarning

    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield InputError(path, "reading WARC files needs warcio: pip install 'quotecli[warc]'")
        return
    skipped: Counter = Counter()
    number = 0
    records = iter(ArchiveIterator(handle, arc2warc=True))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            yield InputError(path, f"broken WARC after record {number}: {_short(exc)}; the rest of the archive is skipped")
            break
        number += 1
        kind = record.rec_type
        if kind in _BOOKKEEPING:
            continue
        if kind == "revisit":
            skipped["revisits"] += 1
            continue
        content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
        if kind not in ("response", "resource") or not content_type.lower().startswith(_HTML_TYPES):
            skipped["non-HTML records"] += 1
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or f"record-{number}"
        where = f"{path}#{uri}"
        try:
            payload = record.content_stream().read(max_size + 1)
        except Exception as exc:  # a payload warcio cannot decode (chunking, content encoding)
            yield InputError(where, f"broken WARC record {number}: {_short(exc)}")
            continue
        if len(payload) > max_size:
            yield InputError(where, f"page larger than the {max_size:,}-byte article limit (--max-size); skipped")
            continue
        if getattr(record.raw_stream, "limit", 0) > 0:  # the archive ended inside the record
            yield InputError(where, f"broken WARC record {number}: truncated ({record.raw_stream.limit:,} bytes missing)")
            continue
        try:
            source = _decode(payload, content_type)
            document = read_html(where, source, html_mode)
        except DecodeError as exc:
            yield InputError(where, f"record {number}: {exc}")
            continue
        except NoMainText:
            skipped["pages with no main text"] += 1
            continue
        document.id = record.rec_headers.get_header("WARC-Record-ID") or where
        document.url = document.url or uri
        document.date = document.date or normalise_date(record.rec_headers.get_header("WARC-Date")) or doc_date
        yield document
    if skipped:
        counts = ", ".join(f"{count} {what}" for what, count in sorted(skipped.items()))
        yield InputWarning(path, f"skipped {counts}")


def _decode(payload: bytes, content_type: str) -> str:
    """The page's text in the charset its headers declare, else UTF-8 / Windows-1252."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                codec = codecs.lookup(value.strip().strip("'\""))
                return normalise_newlines(payload.decode(codec.name))
            except (LookupError, UnicodeDecodeError):
                break
    return decode_bytes(payload)[0]


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"
