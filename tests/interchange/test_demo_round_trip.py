"""The demo catalog survives a CSV round trip exactly and its JSON export is valid HSDS."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from socialekaart.catalog.models import Base
from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.interchange.export import export_catalog
from socialekaart.interchange.loader import import_catalog
from socialekaart.interchange.validate import validation_errors


def keys(catalog: Catalog) -> dict[str, set[str]]:
    out = {}
    with catalog.read() as session:
        for name, table in Base.metadata.tables.items():
            pk = [c for c in table.primary_key.columns]
            if len(pk) == 1 and name not in ("catalog_info", "alembic_version"):
                out[name] = set(map(str, session.scalars(select(pk[0]))))
    return out


def test_demo_csv_round_trip_with_personal_data(demo_catalog_file: Path, tmp_path: Path) -> None:
    source = tmp_path / "demo.sqlite"
    shutil.copy(demo_catalog_file, source)
    catalog = open_catalog(source)
    export_catalog(catalog, tmp_path / "out.zip", "hsds-csv", include_personal=True)
    again = open_catalog(tmp_path / "again.sqlite")
    import_catalog(again, tmp_path / "out.zip")
    before, after = keys(catalog), keys(again)
    for table in ("service", "organization", "location", "area", "volunteer", "attribute", "schedule"):
        assert after[table] == before[table], table
    assert again.info().get("demo") == "true"
    catalog.close()
    again.close()


def test_public_export_has_no_volunteers(demo_catalog_file: Path, tmp_path: Path) -> None:
    catalog = open_catalog(demo_catalog_file)
    export_catalog(catalog, tmp_path / "public", "hsds-csv")
    assert not (tmp_path / "public" / "volunteers.csv").exists()
    assert "volunteer" not in (tmp_path / "public" / "datapackage.json").read_text()
    catalog.close()


def test_demo_json_export_is_valid_hsds(demo_catalog_file: Path, tmp_path: Path) -> None:
    catalog = open_catalog(demo_catalog_file)
    export_catalog(catalog, tmp_path / "services.json", "hsds-json")
    doc = json.loads((tmp_path / "services.json").read_text(encoding="utf-8"))
    assert len(doc["contents"]) >= 150
    assert validation_errors("service", doc["contents"]) == []
    catalog.close()
