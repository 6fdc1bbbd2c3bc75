"""The store: WAL and foreign keys on, migrations from the first revision, and clear errors for bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from socialekaart.catalog.models import Organization, Service
from socialekaart.catalog.store import (
    CatalogCorruptError,
    CatalogMissingError,
    CatalogTooNewError,
    _alembic_config,
    head_revision,
    make_engine,
    open_catalog,
    schema_revision,
)


def test_new_catalog_is_empty_wal_with_foreign_keys(tmp_path: Path) -> None:
    cat = open_catalog(tmp_path / "new.sqlite")
    with cat.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.query(Service).count() == 0
    assert schema_revision(cat) == head_revision()
    cat.close()


def test_write_is_all_or_nothing_and_bumps_counter(catalog) -> None:  # type: ignore[no-untyped-def]
    before = catalog.change_counter()
    with catalog.write() as session:
        session.add(Organization(id="o1", name="Surplus Welzijn", description="Welzijn"))
    assert catalog.change_counter() == before + 1
    with pytest.raises(RuntimeError), catalog.write() as session:
        session.add(Organization(id="o2", name="Half", description="x"))
        session.flush()
        raise RuntimeError("boom")
    with catalog.read() as session:
        assert {o.id for o in session.query(Organization)} == {"o1"}
    assert catalog.change_counter() == before + 1


def test_foreign_keys_are_enforced_at_commit(catalog) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), catalog.write() as session:
        session.add(Service(id="s1", organization_id="missing", name="x", status="active"))
    with catalog.read() as session:
        assert session.query(Service).count() == 0


def test_version_counts_updates(catalog) -> None:  # type: ignore[no-untyped-def]
    with catalog.write() as session:
        session.add(Organization(id="o1", name="A", description="x"))
    with catalog.write() as session:
        org = session.get(Organization, "o1")
        assert org is not None
        org.name = "B"
    with catalog.read() as session:
        org = session.get(Organization, "o1")
        assert org is not None and org.version == 2 and org.last_modified is not None


def test_migrates_a_catalog_made_at_the_first_revision(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO organization (id, name, description, version, last_modified, demo) "
                "VALUES ('o1', 'Oud', 'x', 1, '2020-01-01 00:00:00', 0)"
            )
        )
    engine.dispose()
    cat = open_catalog(path)
    assert schema_revision(cat) == head_revision()
    with cat.read() as session:
        assert session.get(Organization, "o1") is not None
    cat.close()


def test_catalog_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_catalog(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(CatalogTooNewError, match="nieuwere versie"):
        open_catalog(path)


def test_corrupt_file_is_refused_with_a_dutch_message(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(CatalogCorruptError) as info:
        open_catalog(path)
    assert "kapot.sqlite" in info.value.message


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(CatalogMissingError):
        open_catalog(tmp_path / "nergens.sqlite", create=False)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogCorruptError):
        open_catalog(tmp_path)
