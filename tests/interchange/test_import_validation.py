"""The importer obeys the one validation: a bad value refuses the import (file, row, column, reason), a bad
coordinate is left empty with a warning, and text is made one line and clean as before."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from socialekaart.catalog.models import Area, Location, Service, TaxonomyTerm
from socialekaart.catalog.profile import NEEDS_TAXONOMY, taxonomy_id
from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.interchange.problems import ImportFailed
from tests.interchange.helpers import snapshot

ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"  # the organization of the official HSDS examples


@pytest.fixture
def loaded(catalog: Catalog, hsds_examples: Path) -> Catalog:
    import_catalog(catalog, hsds_examples / "csv")
    return catalog


def _file(tmp_path: Path, name: str, row: dict[str, str]) -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    return path


def _service(**values: str) -> dict[str, str]:
    return {"id": "svc-new", "organization_id": ORG, "name": "Buurtsoep", "status": "active", **values}


BAD_ROWS = [
    ("services.csv", _service(access_type="bogus"), "access_type"),
    ("services.csv", _service(minimum_age="-5"), "minimum_age"),
    ("services.csv", _service(minimum_age="NaN"), "minimum_age"),
    ("services.csv", _service(maximum_age="Infinity"), "maximum_age"),
    ("services.csv", _service(email="info at voorbeeld"), "email"),
    ("services.csv", _service(url="javascript:alert(1)"), "url"),
    ("services.csv", _service(minimum_age="18", maximum_age="12"), "maximum_age"),
    (
        "addresses.csv",
        {
            "id": "adr-new",
            "address_1": "Markt 1",
            "city": "Oosterhout",
            "state_province": "Noord-Brabant",
            "postal_code": "49011",
            "country": "NL",
            "address_type": "physical",
        },
        "postal_code",
    ),
    ("phones.csv", {"id": "tel-new", "number": "12345"}, "number"),
    ("schedules.csv", {"id": "sch-new", "freq": "WEEKLY", "byday": "XX"}, "byday"),
]


@pytest.mark.parametrize(("file", "row", "column"), BAD_ROWS, ids=[f"{r[0]}:{r[2]}" for r in BAD_ROWS])
def test_a_bad_value_refuses_the_import_naming_file_row_and_column(
    loaded: Catalog, tmp_path: Path, file: str, row: dict[str, str], column: str
) -> None:
    before = snapshot(loaded)
    with pytest.raises(ImportFailed) as info:
        import_catalog(loaded, _file(tmp_path, file, row))
    assert snapshot(loaded) == before
    problem = info.value.problems[0]
    assert (problem.file, problem.row, problem.column) == (file, 2, column), problem
    assert problem.message


def test_a_bad_coordinate_is_left_empty_with_a_warning(loaded: Catalog, tmp_path: Path) -> None:
    row = {"id": "loc-new", "location_type": "physical", "name": "De Klip", "latitude": "1000", "longitude": "4.86"}
    summary = import_catalog(loaded, _file(tmp_path, "locations.csv", row))
    assert any("latitude" in w and "leeg gelaten" in w for w in summary.warnings)
    with loaded.read() as session:
        location = session.get(Location, "loc-new")
        assert location is not None and location.latitude is None and location.longitude == 4.86


def test_names_are_one_clean_line(loaded: Catalog, tmp_path: Path) -> None:
    import_catalog(loaded, _file(tmp_path, "services.csv", _service(name="Koken \u202evoor\nMannen")))
    with loaded.read() as session:
        service = session.get(Service, "svc-new")
        assert service is not None and service.name == "Koken voor Mannen"


def test_area_and_need_codes_must_exist_in_the_import_or_the_catalog(demo_catalog_file: Path, tmp_path: Path) -> None:
    shutil.copy(demo_catalog_file, tmp_path / "demo.sqlite")
    catalog = open_catalog(tmp_path / "demo.sqlite")
    try:
        with catalog.read() as session:
            area = session.scalars(select(Area.code)).first()
            need = session.scalars(
                select(TaxonomyTerm.code).where(TaxonomyTerm.taxonomy_id == taxonomy_id(NEEDS_TAXONOMY))
            ).first()
            sid = session.scalars(select(Service.id)).first()
        assert area and need and sid
        row = {"id": "vol-new", "name": "Vera", "consent_date": "2026-01-01", "area_code": area, "werkgebieden": need}
        import_catalog(catalog, _file(tmp_path, "volunteers.csv", row))
        for column, value, reason in (
            ("werkgebieden", f"{need};vliegen", "vliegen"),
            ("area_code", "GM9999", "GM9999"),
        ):
            with pytest.raises(ImportFailed) as info:
                import_catalog(catalog, _file(tmp_path, "volunteers.csv", {**row, column: value}))
            problem = info.value.problems[0]
            assert (problem.file, problem.row, problem.column) == ("volunteers.csv", 2, column)
            assert reason in problem.message
        with pytest.raises(ImportFailed, match="onbekende gebiedscode"):
            import_catalog(
                catalog, _file(tmp_path, "service_areas.csv", {"id": "sa-new", "service_id": sid, "area_code": "X1"})
            )
    finally:
        catalog.close()
