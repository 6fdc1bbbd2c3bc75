"""The HSDS side of the entity registry: the package descriptor, file names and HSDS field names of each table."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from socialekaart.catalog.registry import Entity, entity

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

    entity: Entity
    file_name: str
    fields: tuple[FieldSpec, ...]
    hsds: bool
    by_name: dict[str, FieldSpec] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def table(self) -> Table:
        return self.entity.table

    @property
    def key(self) -> str:
        """The key column (from the entity registry)."""
        return self.entity.key


@cache
def hsds_descriptor() -> dict[str, Any]:
    """The official HSDS 3.0 tabular data package descriptor (shipped in `interchange/hsds`)."""
    with (HSDS_DIR / "datapackage.json").open(encoding="utf-8") as fh:
        result: dict[str, Any] = json.load(fh)
    return result


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every interchange table by name, HSDS ones first in the order of the official descriptor."""
    specs: dict[str, TableSpec] = {}
    for resource in hsds_descriptor()["resources"]:
        name = resource["name"]
        ent = entity(name)
        renames = RENAMED.get(name, {})
        fields: list[FieldSpec] = []
        seen_columns: set[str] = set()
        for f in resource["schema"]["fields"]:
            column = renames.get(f["name"], f["name"])
            if column not in ent.by_name:
                continue
            seen_columns.add(column)
            fields.append(
                FieldSpec(
                    name=f["name"],
                    column=column,
                    pytype=ent.by_name[column].pytype,
                    required=bool(f.get("constraints", {}).get("required")),
                    hsds=True,
                    foreign_table=ent.by_name[column].foreign_table,
                )
            )
        fields.extend(_profile_fields(ent, seen_columns))
        specs[name] = TableSpec(ent, resource["path"], tuple(fields), hsds=True)
    for name, file_name in PROFILE_TABLES.items():
        ent = entity(name)
        specs[name] = TableSpec(ent, file_name, tuple(_profile_fields(ent, set())), hsds=False)
    return specs


def _profile_fields(ent: Entity, seen: set[str]) -> list[FieldSpec]:
    """The fields HSDS does not name, as the registry knows them (the key is always required)."""
    fields = [
        FieldSpec(
            name=f.name,
            column=f.name,
            pytype=f.pytype,
            required=f.required or f.name == ent.key,
            hsds=False,
            foreign_table=f.foreign_table,
            personal_data=f.personal_data,
        )
        for f in ent.fields
        if f.name not in seen and not f.bookkeeping
    ]
    # Every table carries the demo flag and the verification date (service: HSDS assured_date).
    fields.append(FieldSpec("demo", "demo", bool, False, False))
    if "last_verified" not in seen:
        fields.append(FieldSpec("last_verified", "last_verified", date, False, False))
    return fields


def spec_for_file(file_name: str) -> TableSpec | None:
    """The table a CSV file name belongs to (`services.csv`, `service.csv` and `Services.CSV` all work)."""
    stem = Path(file_name).name.lower().removesuffix(".csv")
    for spec in table_specs().values():
        if stem in (spec.name, spec.file_name.removesuffix(".csv")):
            return spec
    return None
