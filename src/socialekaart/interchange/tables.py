"""Which tables the HSDS package has, how their fields map onto the catalog models, and in what order to load them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from socialekaart.catalog.models import Base
from socialekaart.catalog.models.base import BOOKKEEPING_COLUMNS

HSDS_DIR = Path(__file__).with_name("hsds")

# HSDS field name -> model attribute, where they differ.
RENAMED: dict[str, dict[str, str]] = {
    "service": {"assured_date": "last_verified"},
    "taxonomy": {"version": "taxonomy_version"},
}

PROFILE_TABLES = {
    "area": "areas.csv",
    "initiative": "initiatives.csv",
    "volunteer": "volunteers.csv",
    "thesaurus_term": "thesaurus.csv",
}
INTERNAL_TABLES = {"catalog_info", "unmatched_need", "alembic_version"}


@dataclass(frozen=True)
class FieldSpec:
    """One column of an interchange file and the model column it lands in."""

    name: str
    column: str
    pytype: type
    required: bool
    hsds: bool
    foreign_table: str | None = None
    personal_data: bool = False


@dataclass(frozen=True)
class TableSpec:
    """One table of the package: its file name, its fields, and its key."""

    name: str
    file_name: str
    table: Table
    fields: tuple[FieldSpec, ...]
    key: str
    hsds: bool
    by_name: dict[str, FieldSpec] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})


@cache
def hsds_descriptor() -> dict[str, Any]:
    """The official HSDS 3.0 tabular data package descriptor (shipped in `interchange/hsds`)."""
    with (HSDS_DIR / "datapackage.json").open(encoding="utf-8") as fh:
        result: dict[str, Any] = json.load(fh)
    return result


def _pytype(table: Table, column: str) -> type:
    col = table.c[column]
    try:
        python_type = col.type.python_type
    except NotImplementedError:  # pragma: no cover - every catalog type has one
        return str
    if python_type in (str, float, int, bool, date, time, datetime):
        return python_type
    return str


def _foreign_table(table: Table, column: str) -> str | None:
    for fk in table.c[column].foreign_keys:
        return fk.column.table.name
    return None


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every interchange table by name, HSDS ones first in the order of the official descriptor."""
    specs: dict[str, TableSpec] = {}
    metadata_tables = Base.metadata.tables
    for resource in hsds_descriptor()["resources"]:
        name = resource["name"]
        table = metadata_tables[name]
        renames = RENAMED.get(name, {})
        fields: list[FieldSpec] = []
        seen_columns: set[str] = set()
        for f in resource["schema"]["fields"]:
            column = renames.get(f["name"], f["name"])
            if column not in table.c:
                continue
            seen_columns.add(column)
            fields.append(
                FieldSpec(
                    name=f["name"],
                    column=column,
                    pytype=_pytype(table, column),
                    required=bool(f.get("constraints", {}).get("required")),
                    hsds=True,
                    foreign_table=_foreign_table(table, column),
                )
            )
        fields.extend(_profile_fields(table, seen_columns))
        specs[name] = TableSpec(name, resource["path"], table, tuple(fields), "id", hsds=True)
    for name, file_name in PROFILE_TABLES.items():
        table = metadata_tables[name]
        key = next(iter(table.primary_key.columns)).name
        specs[name] = TableSpec(name, file_name, table, tuple(_profile_fields(table, set())), key, hsds=False)
    return specs


def _profile_fields(table: Table, seen: set[str]) -> list[FieldSpec]:
    fields = []
    for column in table.c:
        if column.name in seen or column.name in BOOKKEEPING_COLUMNS:
            continue
        fields.append(
            FieldSpec(
                name=column.name,
                column=column.name,
                pytype=_pytype(table, column.name),
                required=not column.nullable and not column.primary_key and column.default is None,
                hsds=False,
                foreign_table=_foreign_table(table, column.name),
                personal_data=bool(column.info.get("personal_data")),
            )
        )
        if column.primary_key:
            # The key is always required; mark it so.
            fields[-1] = FieldSpec(**{**fields[-1].__dict__, "required": True})
    # Every table carries the demo flag and the verification date (service: HSDS assured_date).
    fields.append(FieldSpec("demo", "demo", bool, False, False))
    if "last_verified" not in seen:
        fields.append(FieldSpec("last_verified", "last_verified", date, False, False))
    return fields


def load_order() -> list[str]:
    """Tables in an order where every foreign key points to a table loaded earlier (self-references aside)."""
    specs = table_specs()
    order: list[str] = []
    pending = dict.fromkeys(specs)
    while pending:
        progressed = False
        for name in list(pending):
            deps = {f.foreign_table for f in specs[name].fields if f.foreign_table and f.foreign_table != name}
            if deps <= set(order):
                order.append(name)
                del pending[name]
                progressed = True
        if not progressed:  # pragma: no cover - the schema has no cycles
            order.extend(pending)
            break
    return order


def spec_for_file(file_name: str) -> TableSpec | None:
    """The table a CSV file name belongs to (`services.csv`, `service.csv` and `Services.CSV` all work)."""
    stem = Path(file_name).name.lower().removesuffix(".csv")
    for spec in table_specs().values():
        if stem in (spec.name, spec.file_name.removesuffix(".csv")):
            return spec
    return None
