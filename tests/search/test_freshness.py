"""The index is correct right after every write (upsert, edit, remove, bulk sync), without a rebuild."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from socialekaart.search import segments as segments_mod
from socialekaart.search.documents import SearchDocument
from socialekaart.search.engine import SearchEngine, SearchFilters

from .conftest import NOW, ids


def test_insert_edit_remove(engine: SearchEngine) -> None:
    assert ids(engine.search("repaircafe", now=NOW)) == []
    engine.upsert(
        SearchDocument("new", "Repaircafé Den Hout", need_codes=("activiteiten",), area_codes=("BU08260401",))
    )
    assert ids(engine.search("repaircafe", now=NOW)) == ["new"]
    assert ids(engine.search("repa", now=NOW)) == ["new"]  # prefix in the fresh segment
    assert ids(engine.search("repaircaf", now=NOW)) == ["new"]
    assert ids(engine.search("repaircfe", now=NOW)) == ["new"]  # typo in the fresh segment
    assert "new" in ids(engine.search("", SearchFilters(area_code="KN0826_DEN_HOUT"), now=NOW))

    # edit an indexed document: old words gone, new words found
    old = engine.get("s09")
    assert old is not None
    engine.upsert(replace(old, name="Voedselhulp Oosterhout", description="Pakketten en maaltijden."))
    assert "s09" not in ids(engine.search("voedselbank ", now=NOW))
    assert ids(engine.search("voedselhulp", now=NOW))[0] == "s09"
    assert len(engine) == 13

    engine.remove("s09")
    engine.remove("new")
    engine.remove("does-not-exist")
    # the word is gone with its service; its parts (voedsel, hulp) still find other services
    assert "s09" not in ids(engine.search("voedselhulp", now=NOW))
    assert ids(engine.search("repaircafe", now=NOW)) == []
    assert engine.get("s09") is None
    assert len(engine) == 11


def test_edit_of_a_recent_document_again(engine: SearchEngine) -> None:
    doc = SearchDocument("n1", "Breiclub De Wol")
    engine.upsert(doc)
    engine.upsert(replace(doc, name="Haakclub De Wol"))
    assert ids(engine.search("breiclub", now=NOW)) == []
    assert ids(engine.search("haakclub", now=NOW)) == ["n1"]
    assert len([d for d in engine.documents() if d.id == "n1"]) == 1


def test_many_writes_freeze_and_compact(engine: SearchEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segments_mod, "OPEN_SEGMENT_MAX", 3)
    monkeypatch.setattr(segments_mod, "MAX_FROZEN_SEGMENTS", 2)
    for i in range(40):
        engine.upsert(SearchDocument(f"b{i}", f"Buurtproject {i} Zonnebloem", need_codes=("activiteiten",)))
        if i % 5 == 0:
            engine.remove(f"b{i}")
    engine.upsert(replace(engine.get("s01"), name="Geldhulp Oosterhout"))  # type: ignore[arg-type]
    assert len(engine.documents()) == 12 + 40 - 8
    assert len(engine._state.segments) <= 2 + 2 + 1
    found = set(ids(engine.search("zonnebloem", limit=100, now=NOW)))
    assert found == {f"b{i}" for i in range(40) if i % 5}
    assert ids(engine.search("geldhulp", now=NOW)) == ["s01"]
    assert "s01" not in ids(engine.search("schuldhulpverlening ", now=NOW))


def test_bulk_upsert_and_rebuild(engine: SearchEngine) -> None:
    engine.upsert_many(SearchDocument(f"k{i}", f"Klussendienst {i}") for i in range(600))
    assert engine.search("klussendienst", now=NOW).total == 600
    engine.rebuild([SearchDocument("only", "Enige dienst")])
    assert ids(engine.search("", now=NOW)) == ["only"]
    assert len(engine) == 1


def test_search_during_writes_sees_a_consistent_snapshot(engine: SearchEngine) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(60):
                engine.upsert(SearchDocument(f"t{i}", f"Tuinclub {i}"))
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    t = threading.Thread(target=writer)
    t.start()
    for _ in range(60):
        r = engine.search("tuinclub", limit=100, now=NOW)
        assert len(set(ids(r))) == len(ids(r))
    t.join()
    assert not errors
    assert engine.search("tuinclub", limit=100, now=NOW).total == 60
