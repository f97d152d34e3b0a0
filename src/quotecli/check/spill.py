"""The group-by on disk: rule items written to partition files by key, read back one partition at a time.

A run over 100k articles holds gigabytes of rule items; keeping them all in
one process until every document is mapped does not fit. So each map worker
writes its items straight to ``PARTITIONS`` append-only files, chosen by a
stable digest of the key: every item of a group lands in the same
partition, whichever worker mapped it. The compare phase then loads one
partition at a time (from every worker's file for it), rebuilds its groups in
input order and compares them; what is in memory at once is one partition, not
the corpus.

An item is pickled once, to its worker's items file, and the partition records
(rule, position, order, key) point into it: an item under many keys (a quotation
under each of its shingles) is then written once, not once per partition, and
read back once per partition that needs it.

Items refer to their article's :class:`~quotecli.handle.DocumentHandle`. It is
written once per document to the worker's handle file and items carry only its
token (a pickle dispatch-table entry), so a handle's packed text is stored once
however many partitions its items reach; a partition loads the handles it
needs, each once.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import mmap
import os
import pickle
import struct
from collections import defaultdict
from pathlib import Path
from typing import Hashable, Iterator, Optional, Sequence

from ..handle import DocumentHandle

#: Partition files per worker; one compare task reads one partition.
PARTITIONS = 32
_LENGTH = struct.Struct("<I")
#: Suffix of a worker's items file: each item pickled once, the partitions point into it.
ITEMS = ".items"

#: A handle's place in a handle file: (file, offset, length).
HandleIndex = dict[bytes, tuple[str, int, int]]


def stable_digest(key: Hashable) -> int:
    """A digest of a group key that every process computes alike (sets are sorted first).

    The rule is not part of it: rules that share a map (and so their keys and items)
    put an item in the same partition, where it is pickled once for both."""
    return int.from_bytes(hashlib.blake2b(_canonical(key).encode(), digest_size=8).digest(), "big")


def _canonical(value) -> str:
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(_canonical(v) for v in value) + ")"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    return repr(value)


def _by_token(handle: DocumentHandle) -> tuple:
    return _handle_of, (handle._token,)


#: Pickles a handle as its token. A dispatch table, not ``persistent_id``: the C pickler
#: looks it up by type, where ``persistent_id`` is a Python call for every object pickled
#: (about 36 million calls, a third of the spilling, per 1,000 articles of the shared corpora).
_DISPATCH = {**copyreg.dispatch_table, DocumentHandle: _by_token}
#: The loader a partition being read takes its handles from (one partition read at a time).
_loader: Optional["HandleLoader"] = None


def _handle_of(token: bytes) -> DocumentHandle:
    return _loader.load(token)


def _pickled(value) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(value)
    return buffer.getvalue()


def _unpickled(data, handles: "HandleLoader"):
    global _loader
    _loader = handles
    try:
        return pickle.loads(data)
    finally:
        _loader = None


class SpillWriter:
    """One worker's partition files and handle file under ``directory``."""

    def __init__(self, directory: str, tag: str):
        self.directory = Path(directory)
        self.tag = tag
        self._files: dict[int, io.BufferedWriter] = {}
        self._handle_path = str(self.directory / f"{tag}.handles")
        self._handles = open(self._handle_path, "ab")
        self._items = open(self.directory / f"{tag}{ITEMS}", "ab")

    def write(self, position: int, handle: DocumentHandle, pairs: Sequence[Sequence[tuple]]) -> tuple:
        """Spill one document's items; its handle's index entry ``(token, (file, offset, length))``.

        Each item is pickled once, to the items file, however many keys (and so partitions)
        it is under: a quotation sits under each of its shingles, in nearly every partition,
        and pickling it into each cost about 7x the bytes of the items themselves."""
        by_partition: dict[int, list] = defaultdict(list)
        places: dict[int, tuple[int, int]] = {}
        for rule_index, rule_pairs in enumerate(pairs):
            for order, (key, item) in enumerate(rule_pairs):
                place = places.get(id(item))
                if place is None:
                    blob = _pickled(item)
                    place = places[id(item)] = (self._items.tell(), len(blob))
                    self._items.write(blob)
                partition = stable_digest(key) % PARTITIONS
                by_partition[partition].append((rule_index, position, order, key, *place))
        for partition, records in by_partition.items():
            blob = _pickled(records)
            self._file(partition).write(_LENGTH.pack(len(blob)) + blob)
        blob = pickle.dumps(handle, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._handles.tell()
        self._handles.write(blob)
        return handle._token, (self._handle_path, offset, len(blob))

    def _file(self, partition: int) -> io.BufferedWriter:
        stream = self._files.get(partition)
        if stream is None:
            stream = self._files[partition] = open(self.directory / f"{self.tag}.{partition:03d}", "ab")
        return stream

    def flush(self) -> None:
        for stream in self._files.values():
            stream.flush()
        self._handles.flush()
        self._items.flush()

    def close(self) -> None:
        for stream in self._files.values():
            stream.close()
        self._handles.close()
        self._items.close()


class HandleLoader:
    """Loads handles by token from the handle files, each once per partition."""

    def __init__(self, index: HandleIndex):
        self._index = index
        self._loaded: dict[bytes, DocumentHandle] = {}
        self._streams: dict[str, io.BufferedReader] = {}

    def load(self, token: bytes) -> DocumentHandle:
        handle = self._loaded.get(token)
        if handle is None:
            path, offset, length = self._index[token]
            stream = self._streams.get(path)
            if stream is None:
                stream = self._streams[path] = open(path, "rb")
            stream.seek(offset)
            handle = self._loaded[token] = pickle.loads(stream.read(length))
        return handle

    def close(self) -> None:
        for stream in self._streams.values():
            stream.close()


def read_partition(directory: str, partition: int, index: HandleIndex) -> Iterator[tuple]:
    """Every record ``(rule_index, position, order, key, item)`` of one partition, all workers'."""
    handles = HandleLoader(index)
    try:
        for path in sorted(Path(directory).glob(f"*.{partition:03d}")):
            data = memoryview(path.read_bytes())
            loaded: dict[int, object] = {}   # an item under two keys of the partition: one object
            with open(path.with_suffix(ITEMS), "rb") as stream, \
                    mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as items:
                offset = 0
                while offset < len(data):
                    (length,) = _LENGTH.unpack_from(data, offset)
                    offset += _LENGTH.size
                    for rule_index, position, order, key, start, size in _unpickled(data[offset:offset + length], handles):
                        item = loaded.get(start)
                        if item is None:
                            item = loaded[start] = _unpickled(items[start:start + size], handles)
                        yield rule_index, position, order, key, item
                    offset += length
    finally:
        handles.close()


def partition_groups(directory: str, partition: int, index: HandleIndex, rule_count: int) -> list[dict]:
    """The groups of one partition, per rule, each group's items in input order."""
    records = sorted(read_partition(directory, partition, index), key=lambda r: (r[0], r[1], r[2]))
    groups: list[dict] = [defaultdict(list) for _ in range(rule_count)]
    for rule_index, _, _, key, item in records:
        groups[rule_index][key].append(item)
    return groups


def remove(directory: str) -> None:
    for path in Path(directory).iterdir():
        os.remove(path)
    os.rmdir(directory)
