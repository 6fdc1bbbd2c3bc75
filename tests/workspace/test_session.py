"""Opening a session: the steps it reports, the filter choices it reads, and the way out of a bad file."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from socialekaart.catalog.store import CatalogError
from socialekaart.paths import default_catalog_path
from socialekaart.progress import Work
from socialekaart.workspace.session import (
    OpenStep,
    area_options,
    load_session,
    set_aside,
    start_again_path,
)


def test_load_session_reports_its_steps_and_reads_the_choices(demo_db: Path) -> None:
    stages: list[str] = []
    session = load_session(demo_db, True, Work(progress=lambda stage, _d, _t: stages.append(stage)))
    try:
        assert stages == [OpenStep.OPEN_CATALOG, OpenStep.BUILD_INDEX]  # not empty: no demo import
        assert session.path == demo_db
        assert session.summary.service_count >= 150 and session.summary.demo
        codes = [code for code, _kind, _name, _depth in session.areas]
        assert {"KN0826_DORST", "KN0826_OOSTEIND"} <= set(codes)
        assert session.area_names["KN0826_DORST"] == "Dorst"
        assert ("ouderen", "Ouderen") in session.target_groups
        assert any(code == "ar" for code, _name in session.languages)
        assert session.search.search("schuldhulp").results
    finally:
        session.close()


def test_an_empty_catalog_is_seeded_only_when_asked(tmp_path: Path) -> None:
    stages: list[str] = []
    session = load_session(tmp_path / "new.sqlite", False, Work(progress=lambda stage, _d, _t: stages.append(stage)))
    try:
        assert stages == [OpenStep.OPEN_CATALOG, OpenStep.BUILD_INDEX]
        assert session.summary.service_count == 0 and session.areas == []
    finally:
        session.close()


def test_a_bad_file_raises_and_leaves_nothing_open(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"dit is geen database " * 200)
    with pytest.raises(CatalogError):
        load_session(path, True, Work())


def test_area_options_order() -> None:
    def node(code: str, parent: str | None, kind: str, name: str) -> SimpleNamespace:
        return SimpleNamespace(code=code, parent_code=parent, kind=kind, name=name)

    tree = SimpleNamespace(
        nodes={
            n.code: n
            for n in (
                node("GM1", None, "gemeente", "Stad"),
                node("KN_B", "GM1", "kern", "Berg"),
                node("KN_A", "GM1", "kern", "Aal"),
                node("WK1", "KN_A", "wijk", "Zuid"),
                node("WK2", "KN_A", "wijk", "Noord"),
                node("BU1", "WK2", "buurt", "Centrum"),
            )
        }
    )
    assert area_options(tree) == [
        ("KN_A", "kern", "Aal", 0),
        ("WK2", "wijk", "Noord", 1),
        ("BU1", "buurt", "Centrum", 2),
        ("WK1", "wijk", "Zuid", 1),
        ("KN_B", "kern", "Berg", 0),
    ]


def test_area_options_without_a_gemeente() -> None:
    tree = SimpleNamespace(
        nodes={
            "WK1": SimpleNamespace(code="WK1", parent_code=None, kind="wijk", name=None),
            "BU1": SimpleNamespace(code="BU1", parent_code="WK1", kind="buurt", name="Centrum"),
        }
    )
    assert area_options(tree) == [("WK1", "wijk", "WK1", 0), ("BU1", "buurt", "Centrum", 1)]


def test_set_aside_keeps_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_text("x")
    (tmp_path / "c.sqlite-wal").write_text("w")
    moved = set_aside(path)
    assert moved is not None and moved.read_text() == "x" and not path.exists()
    assert moved.with_name(moved.name + "-wal").read_text() == "w"
    assert set_aside(tmp_path / "missing.sqlite") is None


def test_start_again_path(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.sqlite"
    bad.write_text("x")
    path, moved = start_again_path(bad)
    assert path == bad and not bad.exists()
    assert moved is not None and moved.read_text() == "x"
    assert start_again_path(tmp_path / "weg.sqlite") == (tmp_path / "weg.sqlite", None)  # free: start there
    assert start_again_path(Path(":memory:")) == (default_catalog_path(), None)
