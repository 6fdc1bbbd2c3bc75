"""Spreadsheet import as a wijkmakelaar keeps one: mapped columns, dry run, problems by row and column, all or
nothing, and a report of added, changed, skipped and likely duplicates; the rows wait in the outbox for sync."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from socialekaart.catalog.models import Organization, Service, SyncOutbox
from socialekaart.catalog.store import Catalog
from socialekaart.interchange.problems import ImportFailed
from socialekaart.workspace.spreadsheet import MappingError, import_sheet, load_mapping, save_mapping

HEADER = ["Activiteit", "Wat", "Tel", "Straat", "Postcode", "Plaats", "Organisatie"]


@pytest.fixture
def mapping_file(tmp_path: Path) -> Path:
    path = tmp_path / "koppeling.json"
    path.write_text(
        json.dumps(
            {
                "columns": {
                    "Activiteit": "name",
                    "Wat": "description",
                    "Tel": "phone",
                    "Straat": "address_1",
                    "Postcode": "postal_code",
                    "Plaats": "city",
                    "Organisatie": "organization",
                },
                "defaults": {"status": "active"},
            }
        ),
        encoding="utf-8",
    )
    return path


def _known(catalog: Catalog) -> tuple[str, str, str | None]:
    with catalog.read() as session:
        svc = session.scalars(select(Service).where(Service.name.like("Schuldhulpmaatje%"))).one()
        org = session.scalar(select(Organization.name).where(Organization.id == svc.organization_id))
        return str(org), svc.name, svc.description


def _rows(catalog: Catalog) -> list[list[str]]:
    org, existing, description = _known(catalog)
    return [
        ["Koffieochtend De Klip", "Elke dinsdag koffie", "0162 123456", "Markt 1", "4901 AB", "Oosterhout", org],
        [existing, "Nieuwe omschrijving van de wijkmakelaar", "", "", "", "", org],
        [existing.upper() + "S", description or "", "", "", "", "", org],
    ]


def _write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    lines = [";".join(HEADER)] + [";".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _outbox(catalog: Catalog) -> int:
    with catalog.read() as session:
        return int(session.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


@pytest.mark.parametrize("writer", [_write_xlsx, _write_csv])
def test_dry_run_then_import_with_a_report(demo: Catalog, mapping_file: Path, tmp_path: Path, writer: object) -> None:
    sheet = writer(tmp_path / ("lijst.xlsx" if writer is _write_xlsx else "lijst.csv"), _rows(demo))  # type: ignore[operator]
    mapping = load_mapping(mapping_file)
    dry = import_sheet(demo, sheet, mapping, "wendy", dry_run=True)
    assert _outbox(demo) == 0
    assert [o.name for o in dry.added] == ["Koffieochtend De Klip"]
    assert [o.fields for o in dry.changed] == [("description",)]
    assert len(dry.duplicates) == 1 and dry.duplicates[0].duplicates
    done = import_sheet(demo, sheet, mapping, "wendy")
    assert done.added[0].entity_id and not done.dry_run
    # service, phone, location, address and its link for the new row; one update for the changed one
    assert _outbox(demo) == 6
    again = import_sheet(demo, sheet, mapping, "wendy", dry_run=True)
    assert [o.reason for o in again.skipped] == ["ongewijzigd", "ongewijzigd"]


def test_any_bad_row_refuses_everything_with_row_and_column(demo: Catalog, mapping_file: Path, tmp_path: Path) -> None:
    rows = _rows(demo)
    rows[0][2] = "12345"
    rows[1][4] = "99999"
    rows[1][3] = "Kerkstraat 2"
    sheet = _write_csv(tmp_path / "lijst.csv", rows)
    with pytest.raises(ImportFailed) as caught:
        import_sheet(demo, sheet, load_mapping(mapping_file), "wendy")
    where = {(p.row, p.column) for p in caught.value.problems}
    assert (2, "Tel") in where and (3, "Postcode") in where
    assert _outbox(demo) == 0


def test_mapping_files(tmp_path: Path, mapping_file: Path) -> None:
    mapping = load_mapping(mapping_file)
    save_mapping(mapping, tmp_path / "kopie.json")
    assert load_mapping(tmp_path / "kopie.json") == mapping
    (tmp_path / "fout.json").write_text('{"columns": {"Naam": "kleur"}}', encoding="utf-8")
    with pytest.raises(MappingError, match="kleur"):
        load_mapping(tmp_path / "fout.json")
