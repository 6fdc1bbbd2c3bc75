"""Excel workbooks import like a data package, with sheet and row named in every problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from socialekaart.catalog.models import Service
from socialekaart.catalog.store import Catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.interchange.problems import ImportFailed
from tests.interchange.helpers import snapshot


def workbook(path: Path, services: list[list[object]]) -> Path:
    book = Workbook()
    orgs = book.active
    assert orgs is not None
    orgs.title = "organizations"
    orgs.append(["id", "name", "description"])
    orgs.append(["o1", "Surplus Welzijn", "Welzijnsorganisatie"])
    sheet = book.create_sheet("services")
    sheet.append(["id", "organization_id", "name", "status", "assured_date", "free_of_charge"])
    for row in services:
        sheet.append(row)
    book.save(path)
    return path


def test_excel_imports(catalog: Catalog, tmp_path: Path) -> None:
    book = workbook(tmp_path / "kaart.xlsx", [["s1", "o1", "Taalcafé", "active", date(2026, 3, 1), True]])
    summary = import_catalog(catalog, book)
    assert summary.counts["service"].inserted == 1
    with catalog.read() as session:
        service = session.get(Service, "s1")
        assert service is not None and service.name == "Taalcafé" and service.last_verified == date(2026, 3, 1)


def test_excel_problems_name_sheet_row_column(catalog: Catalog, tmp_path: Path) -> None:
    book = workbook(tmp_path / "kaart.xlsx", [["s1", "o9", "Taalcafé", "active", None, None]])
    before = snapshot(catalog)
    with pytest.raises(ImportFailed) as info:
        import_catalog(catalog, book)
    problem = info.value.problems[0]
    assert (problem.file, problem.row, problem.column) == ("kaart.xlsx [services]", 2, "organization_id")
    assert snapshot(catalog) == before


def test_excel_mojibake_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    book = workbook(tmp_path / "kaart.xlsx", [["s1", "o1", "CafÃ© De Klip", "active", None, None]])
    with pytest.raises(ImportFailed) as info:
        import_catalog(catalog, book)
    assert info.value.problems[0].column == "name" and "UTF-8" in info.value.problems[0].message


def test_damaged_excel(catalog: Catalog, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFailed) as info:
        import_catalog(catalog, bad)
    assert "kapot.xlsx" in str(info.value)
