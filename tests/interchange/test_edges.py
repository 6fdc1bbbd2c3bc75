"""Edge cases found in review: partial updates keep other columns, exports replace whole, odd input is refused."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from socialekaart.catalog.models import Service
from socialekaart.catalog.store import Catalog, CatalogCorruptError, open_catalog
from socialekaart.interchange.export import ExportRefused, export_catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.interchange.problems import ImportFailed


def demo_copy(demo_catalog_file: Path, tmp_path: Path) -> Catalog:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_catalog_file, target)
    return open_catalog(target)


def test_file_with_fewer_columns_keeps_the_others(demo_catalog_file: Path, tmp_path: Path) -> None:
    catalog = demo_copy(demo_catalog_file, tmp_path)
    with catalog.read() as session:
        before = session.query(Service).filter(Service.access_type.is_not(None)).first()
        assert before is not None
    update = tmp_path / "services.csv"
    update.write_text(
        f"id,organization_id,name,status\n{before.id},{before.organization_id},Nieuwe naam,active\n", encoding="utf-8"
    )
    import_catalog(catalog, update)
    with catalog.read() as session:
        after = session.get(Service, before.id)
        assert after is not None and after.name == "Nieuwe naam"
        assert (after.access_type, after.free_of_charge, after.last_verified, after.demo, after.description) == (
            before.access_type,
            before.free_of_charge,
            before.last_verified,
            before.demo,
            before.description,
        )
    catalog.close()


def test_public_export_into_an_earlier_full_export_leaves_no_volunteers(
    demo_catalog_file: Path, tmp_path: Path
) -> None:
    catalog = demo_copy(demo_catalog_file, tmp_path)
    out = tmp_path / "export"
    export_catalog(catalog, out, "hsds-csv", include_personal=True)
    assert (out / "volunteers.csv").exists()
    summary = export_catalog(catalog, out, "hsds-csv")
    assert not (out / "volunteers.csv").exists() and "volunteer" not in summary.counts
    (tmp_path / "mijn map").mkdir()
    (tmp_path / "mijn map" / "brief.txt").write_text("niet weggooien", encoding="utf-8")
    with pytest.raises(ExportRefused):
        export_catalog(catalog, tmp_path / "mijn map", "hsds-csv")
    assert (tmp_path / "mijn map" / "brief.txt").exists()
    catalog.close()


def test_json_export_of_the_demo_imports_again(demo_catalog_file: Path, tmp_path: Path) -> None:
    catalog = demo_copy(demo_catalog_file, tmp_path)
    export_catalog(catalog, tmp_path / "services.json", "hsds-json")
    again = open_catalog(tmp_path / "again.sqlite")
    summary = import_catalog(again, tmp_path / "services.json")
    assert summary.counts["service"].inserted == len(json.loads((tmp_path / "services.json").read_text())["contents"])
    catalog.close()
    again.close()


def test_empty_cells_of_columns_with_a_default(catalog: Catalog, tmp_path: Path) -> None:
    (tmp_path / "organizations.csv").write_text("id,name,description,demo\no1,Surplus,Welzijn,\n", encoding="utf-8")
    (tmp_path / "thesaurus.csv").write_text("term,needs,weight\ngeldzorgen,schulden,\n", encoding="utf-8")
    import_catalog(catalog, tmp_path)
    with catalog.read() as session:
        from socialekaart.catalog.models import Organization, ThesaurusTerm

        organization = session.get(Organization, "o1")
        term = session.get(ThesaurusTerm, "geldzorgen")
        assert organization is not None and organization.demo is False
        assert term is not None and term.weight == 1.0


def test_package_demo_false_is_false(catalog: Catalog, hsds_examples: Path, tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(hsds_examples / "csv", package)
    descriptor = json.loads((package / "datapackage.json").read_text())
    descriptor["socialekaart"] = {"demo": "false"}
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    import_catalog(catalog, package)
    assert catalog.info().get("demo") != "true"
    with catalog.read() as session:
        assert all(not s.demo for s in session.query(Service))


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("Diensten export.csv", "id,name\n1,x\n", "geen HSDS-tabellen"),
        (
            "services.csv",
            'id,organization_id,name,status\ns1,o1,"Open aanhalingsteken,active\n' + "x,y,z,w\n" * 40,
            "aanhalingsteken",
        ),
        ("volunteers.csv", "id,name,consent_date,capacity\nv1,A,2026-01-01,100000000000000000000\n", "te groot"),
        ("areas.csv", "code,kind,name,geometry\nGM1,gemeente,X,niet-json\n", "GeoJSON"),
    ],
)
def test_odd_input_is_refused_with_a_reason(
    catalog: Catalog, tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        import_catalog(catalog, path)
    assert expected in str(info.value), str(info.value)
    if "aanhalingsteken" in expected:
        assert info.value.problems[0].row == 2


def test_deeply_nested_json_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "service.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportFailed, match="diep"):
        import_catalog(catalog, path)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE boeken (titel TEXT)")
    with pytest.raises(CatalogCorruptError, match="ander programma"):
        open_catalog(path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["boeken"]


def test_edits_obey_the_same_rules_as_imports(demo_catalog_file: Path, tmp_path: Path) -> None:
    from socialekaart.catalog.editing import EditError, update_entity

    catalog = demo_copy(demo_catalog_file, tmp_path)
    with catalog.read() as session:
        service = session.query(Service).first()
        assert service is not None
    for changes in ({"access_type": "foo"}, {"status": "bogus"}, {"name": "twee\nregels"}):
        with pytest.raises(EditError):
            update_entity(catalog, "service", service.id, changes, "test")
    catalog.close()
