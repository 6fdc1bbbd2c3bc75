"""The index stored beside the catalog: a segment written once as flat arrays and opened memory-mapped, no rebuild.

Layout of ``<catalog>.index`` (see docs/search.md, "The stored index"): 8 magic bytes, the header length (8 bytes,
little endian), a JSON header (format, what the index was built from, where each array lies, a CRC-32 of the data),
then the arrays, each 64-byte aligned. Documents are stored as one JSON text each (never pickle: the file is data,
not code) and decoded only when a result shows them. The file holds catalog text only, never resident data.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import zlib
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import fields
from datetime import date, time
from pathlib import Path
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from socialekaart.search.compounds import CompoundSplitter
from socialekaart.search.documents import OpeningInterval, SearchDocument
from socialekaart.search.index import Segment

#: Bump when the layout or the meaning of any stored array changes: an index of another format is rebuilt.
FORMAT = 1
MAGIC = b"SKINDEX\x01"
_ALIGN = 64
#: Fields of a segment that are not stored as arrays: derived on opening, or stored in their own way.
_DERIVED = {"docs", "ids", "vocab", "vocab_set", "by_len", "splitter", "text_avg_len", "word_len", "_prefix_cache"}


class StoredIndexError(Exception):
    """The stored index cannot be used (missing, damaged, of another format): it is rebuilt, never fatal."""


# ---- documents as JSON ----------------------------------------------------------------------------------------


def _time(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _day(d: date | None) -> int | None:
    return None if d is None else d.toordinal()


def encode_document(doc: SearchDocument) -> bytes:
    """One document as compact JSON (dates as ordinals, times as seconds)."""
    row: list[Any] = []
    for f in fields(SearchDocument):
        value = getattr(doc, f.name)
        if f.name == "opening":
            value = [[s.weekday, _time(s.opens), _time(s.closes), _day(s.valid_from), _day(s.valid_to)] for s in value]
        elif f.name == "last_verified":
            value = _day(value)
        row.append(value)
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()


def _untime(seconds: int) -> time:
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)


def _undate(value: int | None) -> date | None:
    return None if value is None else date.fromordinal(value)


def decode_document(raw: bytes | memoryview) -> SearchDocument:
    row = json.loads(bytes(raw))
    values: dict[str, Any] = {}
    for f, value in zip(fields(SearchDocument), row, strict=True):
        if f.name == "opening":
            value = tuple(
                OpeningInterval(wd, _untime(a), _untime(b), _undate(vf), _undate(vt)) for wd, a, b, vf, vt in value
            )
        elif f.name == "last_verified":
            value = _undate(value)
        elif f.name == "points":
            value = tuple((float(lat), float(lon)) for lat, lon in value)
        elif isinstance(value, list):
            value = tuple(value)
        values[f.name] = value
    return SearchDocument(**values)


def document_hash(doc: SearchDocument) -> int:
    """A 64-bit fingerprint of a document's content: which stored documents the catalog has changed since."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(encode_document(doc), digest_size=8).digest(), "little")


class StoredDocuments(Sequence[SearchDocument]):
    """The documents of a stored segment, decoded one by one when asked for (the last ones asked are kept)."""

    def __init__(self, blob: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]) -> None:
        self._blob = blob
        self._offsets = offsets
        self._cache: dict[int, SearchDocument] = {}

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @overload
    def __getitem__(self, i: int) -> SearchDocument: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[SearchDocument]: ...
    def __getitem__(self, i: int | slice) -> SearchDocument | Sequence[SearchDocument]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        doc = self._cache.get(i)
        if doc is None:
            a, b = int(self._offsets[i]), int(self._offsets[i + 1])
            doc = decode_document(self._blob[a:b].tobytes())
            if len(self._cache) >= 4096:
                self._cache.clear()
            self._cache[i] = doc
        return doc

    def __iter__(self) -> Iterator[SearchDocument]:
        for i in range(len(self)):
            a, b = int(self._offsets[i]), int(self._offsets[i + 1])
            yield self._cache.get(i) or decode_document(self._blob[a:b].tobytes())


# ---- writing ----------------------------------------------------------------------------------------------------


def _arrays(seg: Segment, hashes: npt.NDArray[np.uint64]) -> tuple[dict[str, np.ndarray[Any, Any]], dict[str, Any]]:
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    extra: dict[str, Any] = {}
    for f in fields(Segment):
        if f.name in _DERIVED:
            continue
        value = getattr(seg, f.name)
        if isinstance(value, np.ndarray):
            arrays[f.name] = value
        elif isinstance(value, Mapping):
            keys = list(value)
            parts = [np.asarray(value[k]) for k in keys]
            dtype = parts[0].dtype if parts else np.dtype(np.int32)
            arrays[f.name + ".values"] = np.concatenate(parts) if parts else np.zeros(0, dtype)
            arrays[f.name + ".offsets"] = np.cumsum([0, *(len(p) for p in parts)], dtype=np.int64)
            extra[f.name] = keys
        else:
            raise TypeError(f"segment field {f.name} cannot be stored")
    encoded = [encode_document(d) for d in seg.docs]
    arrays["docs.blob"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
    arrays["docs.offsets"] = np.cumsum([0, *(len(e) for e in encoded)], dtype=np.int64)
    arrays["doc_hash"] = hashes
    vocab = json.dumps(seg.vocab, ensure_ascii=False).encode()
    arrays["vocab.json"] = np.frombuffer(vocab, dtype=np.uint8)
    raw = seg.splitter.vocabularies[0] if seg.splitter.vocabularies else frozenset()
    arrays["vocab.raw"] = np.fromiter((w in raw for w in seg.vocab), dtype=bool, count=len(seg.vocab))
    arrays["ids.json"] = np.frombuffer(json.dumps([d.id for d in seg.docs]).encode(), dtype=np.uint8)
    return arrays, extra


def write_segment(path: Path, seg: Segment, meta: Mapping[str, Any], hashes: npt.NDArray[np.uint64]) -> None:
    """Write ``seg`` to ``path`` atomically (a temporary file renamed over it); ``meta`` says what it was built from."""
    arrays, maps = _arrays(seg, hashes)
    table: dict[str, list[Any]] = {}
    offset = 0
    for name, arr in arrays.items():
        arr = np.ascontiguousarray(arr)
        arrays[name] = arr
        table[name] = [arr.dtype.str, list(arr.shape), offset, arr.nbytes]
        offset += -(-arr.nbytes // _ALIGN) * _ALIGN
    crc = 0
    for arr in arrays.values():
        crc = zlib.crc32(b"\0" * (-arr.nbytes % _ALIGN), zlib.crc32(arr.tobytes(), crc))
    header = {
        "format": FORMAT,
        "meta": dict(meta),
        "arrays": table,
        "maps": maps,
        "text_avg_len": seg.text_avg_len,
        "size": offset,
        "crc": crc,
    }
    head = json.dumps(header, ensure_ascii=False).encode()
    start = -(-(len(MAGIC) + 8 + len(head)) // _ALIGN) * _ALIGN
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(MAGIC + len(head).to_bytes(8, "little") + head)
            fh.write(b"\0" * (start - len(MAGIC) - 8 - len(head)))
            for arr in arrays.values():
                fh.write(arr.tobytes())
                pad = -arr.nbytes % _ALIGN
                if pad:
                    fh.write(b"\0" * pad)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# ---- reading ----------------------------------------------------------------------------------------------------


def read_header(path: Path) -> tuple[dict[str, Any], int]:
    """The header of a stored index and where its data starts; raises :class:`StoredIndexError`."""
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(MAGIC))
            if magic != MAGIC:
                raise StoredIndexError("not a search index file")
            length = int.from_bytes(fh.read(8), "little")
            if not 0 < length < 64 * 1024 * 1024:
                raise StoredIndexError("damaged header")
            header = json.loads(fh.read(length).decode())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise StoredIndexError(str(exc)) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StoredIndexError("another format")
    start = -(-(len(MAGIC) + 8 + length) // _ALIGN) * _ALIGN
    return header, start


def _check(path: Path, start: int, size: int, crc: int) -> None:
    """The data is all there and unchanged (read through the file cache, not the mapping, so RSS stays low)."""
    if path.stat().st_size < start + size:
        raise StoredIndexError("truncated")
    got = 0
    with open(path, "rb") as fh:
        fh.seek(start)
        left = size
        while left > 0:
            chunk = fh.read(min(left, 1 << 22))
            if not chunk:
                raise StoredIndexError("truncated")
            got = zlib.crc32(chunk, got)
            left -= len(chunk)
    if got != crc:
        raise StoredIndexError("checksum mismatch")


def read_segment(
    path: Path, compound_parts: Collection[str], vocabularies: Sequence[Collection[str]]
) -> tuple[Segment, dict[str, Any], npt.NDArray[np.uint64]]:
    """Open a stored segment memory-mapped: the segment, the header's ``meta`` and the document hashes.

    ``compound_parts`` and ``vocabularies`` are what the build's compound splitter had besides the catalog's own
    words. Raises :class:`StoredIndexError` for anything unusable; the caller then rebuilds.
    """
    header, start = read_header(path)
    try:
        size, crc = int(header["size"]), int(header["crc"])
        _check(path, start, size, crc)
        with open(path, "rb") as fh:
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        arrays: dict[str, np.ndarray[Any, Any]] = {}
        for name, (dtype, shape, offset, nbytes) in header["arrays"].items():
            count = int(np.prod(shape)) if shape else 1
            arr = np.frombuffer(mm, dtype=np.dtype(dtype), count=count, offset=start + int(offset))
            if arr.nbytes != nbytes:
                raise StoredIndexError(f"array {name} has the wrong size")
            arrays[name] = arr.reshape(shape)
        values: dict[str, Any] = {}
        for f in fields(Segment):
            if f.name in _DERIVED:
                continue
            if f.name in arrays:
                values[f.name] = arrays[f.name]
            else:
                keys = header["maps"][f.name]
                vals, offs = arrays[f.name + ".values"], arrays[f.name + ".offsets"]
                values[f.name] = {k: vals[int(offs[j]) : int(offs[j + 1])] for j, k in enumerate(keys)}
        vocab: list[str] = json.loads(arrays["vocab.json"].tobytes().decode())
        ids: list[str] = json.loads(arrays["ids.json"].tobytes().decode())
        raw_mask = arrays["vocab.raw"]
        raw = frozenset(w for w, keep in zip(vocab, raw_mask.tolist(), strict=True) if keep)
        by_len: dict[int, list[str]] = {}
        for w in vocab:
            by_len.setdefault(len(w), []).append(w)
        docs = StoredDocuments(arrays["docs.blob"], arrays["docs.offsets"])
        if len(docs) != len(ids):
            raise StoredIndexError("documents and ids differ")
        seg = Segment(
            docs=docs,
            ids={d: i for i, d in enumerate(ids)},
            vocab=vocab,
            vocab_set=frozenset(vocab),
            word_len=np.asarray([len(w) for w in vocab], dtype=np.int16),
            by_len=by_len,
            splitter=CompoundSplitter(compound_parts, (raw, *vocabularies)),
            text_avg_len=float(header["text_avg_len"]),
            **values,
        )
        return seg, dict(header["meta"]), arrays["doc_hash"]
    except StoredIndexError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, OSError) as exc:
        raise StoredIndexError(f"damaged: {exc!r}") from exc
