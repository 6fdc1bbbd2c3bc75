"""The stored index: opened beside the catalog without rebuilding, never used when stale, foreign or damaged."""

from __future__ import annotations

import shutil
from datetime import date, time
from pathlib import Path

import numpy as np
import pytest

from socialekaart.catalog.models import Service
from socialekaart.catalog.store import open_catalog
from socialekaart.search.documents import OpeningInterval, SearchDocument
from socialekaart.search.engine import SearchEngine
from socialekaart.search.index_files import INDEX_MODE_ENV, index_paths
from socialekaart.search.service import REBUILD_STEP, CatalogSearch
from socialekaart.search.stored import (
    StoredIndexError,
    decode_document,
    document_hash,
    encode_document,
    read_segment,
    write_segment,
)
from tests.search.conftest import COMPOUND_PARTS, NOW

QUERIES = (
    "schuld",
    "eenzaam",
    "mn moeder is dement en ik ben op",
    "taalcafe",
    "schul",
    "eenzaamheit",
    "kan de huur niet betalen",
    "klusjes dorst",
    "",
)


def _answers(search: CatalogSearch) -> list[list[tuple[str, float, tuple[object, ...]]]]:
    return [[(r.id, r.score, r.why) for r in search.search(q, now=NOW).results] for q in QUERIES]


def test_a_document_survives_encoding() -> None:
    doc = SearchDocument(
        id="s1",
        name="Taalcafé Dorst",
        need_codes=("taal", "ontmoeting"),
        access_type="vrij_toegankelijk",
        free_of_charge=True,
        points=((51.59, 4.85),),
        opening=(
            OpeningInterval(0, time(9, 30), time(12, 0)),
            OpeningInterval(4, time(20, 0), time(1, 0), date(2025, 1, 1), date(2025, 12, 31)),
        ),
        last_verified=date(2025, 2, 1),
    )
    assert decode_document(encode_document(doc)) == doc
    assert document_hash(doc) == document_hash(decode_document(encode_document(doc)))
    assert document_hash(doc) != document_hash(SearchDocument(id="s1", name="Taalcafé Oosteind"))


def test_a_stored_segment_searches_like_the_built_one(engine: SearchEngine, tmp_path: Path) -> None:
    path = tmp_path / "x.index"
    main = engine.snapshot.segments[0]
    write_segment(path, main, {"id": "a"}, np.zeros(main.size, dtype=np.uint64))
    seg, meta, hashes = read_segment(path, COMPOUND_PARTS, engine.splitter_vocabularies)
    assert meta == {"id": "a"} and len(hashes) == main.size
    opened = SearchEngine(engine.thesaurus, engine.taxonomy, engine.areas, compound_parts=COMPOUND_PARTS)
    opened.open_main(seg)
    for q in ("schuld", "eenzaamheit", "ik ben op", "taalcafe dorst", "schul", ""):
        a, b = engine.search(q, now=NOW), opened.search(q, now=NOW)
        assert [(r.id, r.score, r.why) for r in a.results] == [(r.id, r.score, r.why) for r in b.results], q
    assert list(seg.docs) == list(main.docs)


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_index_file_is_rebuilt_never_fatal(demo_db: Path, damage: str) -> None:
    catalog = open_catalog(demo_db)
    try:
        expected = _answers(CatalogSearch(catalog))
        paths = index_paths(demo_db)
        assert paths is not None and paths[0].exists()
        raw = paths[0].read_bytes()
        if damage == "truncate":
            paths[0].write_bytes(raw[: len(raw) // 2])
        elif damage == "flip":
            paths[0].write_bytes(raw[:-100] + bytes([raw[-100] ^ 0xFF]) + raw[-99:])
        elif damage == "garbage":
            paths[0].write_bytes(b"not an index at all")
        else:
            paths[0].write_bytes(b"")
        with pytest.raises(StoredIndexError):
            read_segment(paths[0], (), ())
        search = CatalogSearch(catalog)
        assert _answers(search) == expected
        assert search.opened_from == "built"
        assert CatalogSearch(catalog).search("schuld").results  # and stored again
    finally:
        catalog.close()


def test_the_stored_index_is_opened_without_rebuilding_and_follows_writes(demo_db: Path) -> None:
    catalog = open_catalog(demo_db)
    try:
        first = CatalogSearch(catalog)
        expected = _answers(first)
        assert first.opened_from == "built"
        again = CatalogSearch(catalog)
        assert _answers(again) == expected
        assert again.opened_from == "stored"
        # a write in this process: the index follows, and the stored writes are what the next start opens
        with catalog.write() as session:
            service = session.query(Service).filter(Service.name.like("%Taalcaf%")).first()
            assert service is not None
            service.name = "Qwertyhuis"
            sid = service.id
        assert [r.id for r in again.search("qwertyhuis").results] == [sid]
        reopened = CatalogSearch(catalog)
        assert [r.id for r in reopened.search("qwertyhuis").results] == [sid]
        assert reopened.opened_from == "stored"
        # a write by another process (nobody told this index): found at the next start, by the change counter
        other = open_catalog(demo_db)
        with other.write() as session:
            service = session.get(Service, sid)
            assert service is not None
            service.deleted_at = service.last_modified
        other.close()
        later = CatalogSearch(catalog)
        assert later.search("qwertyhuis").results == []
        assert later.opened_from == "stored+changes"
    finally:
        catalog.close()


def test_an_index_of_another_catalog_is_never_used(demo_db: Path, catalog_copy: Path) -> None:
    a = open_catalog(demo_db)
    b = open_catalog(catalog_copy)
    try:
        CatalogSearch(a).search("schuld")
        with b.write() as session:  # b: the same start, one service renamed
            service = session.query(Service).filter(Service.name.like("%Taalcaf%")).first()
            assert service is not None
            service.name = "Qwertyhuis"
        sid = service.id
        # a's index file beside b, as if b had been replaced by a file copied from elsewhere
        pa, pb = index_paths(demo_db), index_paths(catalog_copy)
        assert pa is not None and pb is not None
        for src, dst in zip(pa, pb, strict=True):
            shutil.copy(src, dst)
        search = CatalogSearch(b)
        assert [r.id for r in search.search("qwertyhuis").results] == [sid]
        assert search.opened_from == "stored+changes"  # only what b really holds was kept, by content
    finally:
        a.close()
        b.close()


@pytest.fixture
def catalog_copy(demo_catalog_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "other" / "demo.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_catalog_file, path)
    return path


def test_a_thesaurus_change_rebuilds_in_the_background(demo_db: Path) -> None:
    from socialekaart.catalog.models import ThesaurusTerm
    from socialekaart.progress import Work

    catalog = open_catalog(demo_db)
    steps: list[tuple[str, int, int]] = []
    try:
        search = CatalogSearch(catalog, Work(progress=lambda s, d, t: steps.append((s, d, t))))
        assert search.search("zxqvwerk").results == []
        with catalog.write() as session:
            session.add(ThesaurusTerm(term="zxqvwerk", needs="schulden", weight=1.0))
        during = search.search("schuld")  # the old index answers while the new one is built
        assert during.results
        search.wait_for_rebuild(60)
        assert not search.rebuilding
        assert search.search("zxqvwerk").results  # the rebuilt index knows the new thesaurus word
        assert [s for s, _d, _t in steps] == [REBUILD_STEP, REBUILD_STEP]
        reopened = CatalogSearch(catalog)
        assert reopened.search("zxqvwerk").results
        assert reopened.opened_from == "stored"
    finally:
        catalog.close()


def test_an_index_built_from_another_thesaurus_is_not_opened(demo_db: Path) -> None:
    from socialekaart.catalog.models import ThesaurusTerm

    catalog = open_catalog(demo_db)
    try:
        CatalogSearch(catalog).search("schuld")
        with catalog.write() as session:
            session.add(ThesaurusTerm(term="zxqvwerk", needs="schulden", weight=1.0))
        search = CatalogSearch(catalog)
        assert search.search("zxqvwerk").results
        assert search.opened_from == "built"
    finally:
        catalog.close()


def test_the_stored_index_can_be_turned_off(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INDEX_MODE_ENV, "memory")
    catalog = open_catalog(demo_db)
    try:
        assert CatalogSearch(catalog).search("schuld").results
        assert not demo_db.with_name(demo_db.name + ".index").exists()
    finally:
        catalog.close()


def test_the_index_file_holds_catalog_text_only(demo_db: Path) -> None:
    """Unmatched needs are counted in the catalog, never in the index file."""
    catalog = open_catalog(demo_db)
    try:
        search = CatalogSearch(catalog)
        search.search("mevrouw yilmazz zoekt qqqhulp", record_unmatched=True)
        paths = index_paths(demo_db)
        assert paths is not None
        assert b"yilmazz" not in paths[0].read_bytes() + paths[1].read_bytes()
    finally:
        catalog.close()
