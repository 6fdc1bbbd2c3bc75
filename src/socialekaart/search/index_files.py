"""Where the stored index lies beside a catalog, what it must match to be used, and its file of recent writes.

Two files beside ``<catalog>``: ``<catalog>.index`` (the main segment, see :mod:`~socialekaart.search.stored`),
written after a full build, and ``<catalog>.index-recent`` (JSON: the writes since, as documents and removed ids),
rewritten after every write. Both say what they were built from (:func:`inputs_key`) and which catalog state they
describe (change counter and :func:`catalog_fingerprint`); anything that does not match is not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from socialekaart.search import compounds, documents, from_catalog, index, normalize, stored
from socialekaart.search.documents import AreaTree, NeedsVocabulary, SearchDocument
from socialekaart.search.stored import StoredIndexError, decode_document, encode_document

#: The environment variable that turns the stored index off (``memory``): the engine as before, built at every start.
INDEX_MODE_ENV = "SOCIALEKAART_SEARCH_INDEX"
#: Tables whose rows make up the documents; their highest rowids fingerprint the catalog.
_CONTENT_TABLES = (
    "service",
    "organization",
    "location",
    "address",
    "service_at_location",
    "schedule",
    "attribute",
    "service_area",
    "language",
    "accessibility",
)
#: Modules whose code decides what is indexed: an index built by other code is rebuilt.
_INDEXING_CODE = (documents, from_catalog, index, normalize, compounds, stored)


def index_paths(catalog_path: Path | None) -> tuple[Path, Path] | None:
    """``<catalog>.index`` and ``<catalog>.index-recent``; None for a catalog in memory or when turned off."""
    if catalog_path is None or str(catalog_path) == ":memory:" or os.environ.get(INDEX_MODE_ENV) == "memory":
        return None
    return (
        catalog_path.with_name(catalog_path.name + ".index"),
        catalog_path.with_name(catalog_path.name + ".index-recent"),
    )


def inputs_key(
    taxonomy: NeedsVocabulary,
    areas: AreaTree,
    thesaurus_rows: Iterable[tuple[str, tuple[str, ...], float, str, str]],
    compound_parts: Collection[str],
    field_weights: Sequence[float],
    calendar: tuple[date, date],
) -> str:
    """A hash of everything besides the documents that the index depends on, the indexing code included."""
    h = hashlib.sha256()
    for module in _INDEXING_CODE:
        with contextlib.suppress(OSError, TypeError):
            h.update(Path(str(module.__file__)).read_bytes())
    payload = {
        "format": stored.FORMAT,
        "taxonomy": sorted((t.code, t.name, t.parent_code or "", t.description) for t in taxonomy.terms.values()),
        "areas": sorted((n.code, n.parent_code or "", n.kind, n.name or "") for n in areas.nodes.values()),
        "thesaurus": sorted((r[0], list(r[1]), r[2], r[3], r[4]) for r in thesaurus_rows),
        "parts": sorted(compound_parts),
        "fields": list(field_weights),
        "calendar": [calendar[0].isoformat(), calendar[1].isoformat()],
    }
    h.update(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode())
    return h.hexdigest()


def catalog_fingerprint(session: Session) -> str:
    """The highest rowid of each content table and the first and last service: with the change counter, says which
    catalog (and which state of it) an index describes, so an index beside a catalog file replaced by another is
    not used. All are read from the ends of b-trees; row counts and last changes read every row (0.3–0.6 s at
    100,000 services)."""
    h = hashlib.sha256()
    for table in _CONTENT_TABLES:
        row: tuple[Any, ...]
        try:
            row = tuple(
                session.execute(
                    text(f"SELECT max(rowid) FROM {table}")  # fixed table names, no user text
                ).one()
            )
        except Exception:  # a table this schema does not have
            row = ("-",)
        h.update(repr((table, *row)).encode())
    for order in ("", " DESC"):
        with contextlib.suppress(Exception):
            h.update(
                repr(session.execute(text(f"SELECT id FROM service ORDER BY rowid{order} LIMIT 1")).all()).encode()
            )
    return h.hexdigest()


@dataclass(frozen=True)
class CatalogState:
    """Which catalog and which state of it: the change counter and the content fingerprint."""

    counter: int
    fingerprint: str

    def as_meta(self) -> dict[str, Any]:
        return {"counter": self.counter, "fingerprint": self.fingerprint}

    @classmethod
    def of_meta(cls, meta: Mapping[str, Any]) -> CatalogState:
        return cls(int(meta["counter"]), str(meta["fingerprint"]))


@dataclass(frozen=True)
class Recent:
    """The writes since the main segment was stored: removed ids and new or changed documents."""

    main: str
    inputs: str
    state: CatalogState
    removed: tuple[str, ...]
    documents: tuple[SearchDocument, ...]


def write_recent(path: Path, recent: Recent) -> None:
    """Write the file of recent writes atomically."""
    payload = {
        "format": stored.FORMAT,
        "main": recent.main,
        "inputs": recent.inputs,
        **recent.state.as_meta(),
        "removed": list(recent.removed),
        "documents": [encode_document(d).decode() for d in recent.documents],
    }
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def read_recent(path: Path) -> Recent:
    """The file of recent writes; raises :class:`StoredIndexError` when missing or damaged."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("format") != stored.FORMAT:
            raise StoredIndexError("another format")
        return Recent(
            main=str(payload["main"]),
            inputs=str(payload["inputs"]),
            state=CatalogState.of_meta(payload),
            removed=tuple(str(i) for i in payload["removed"]),
            documents=tuple(decode_document(d.encode()) for d in payload["documents"]),
        )
    except StoredIndexError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoredIndexError(f"recent writes unusable: {exc!r}") from exc


def remove_files(paths: Iterable[Path]) -> None:
    """Delete stored index files (an unusable one, before it is rebuilt); missing files are fine."""
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
