"""The one list of catalog entities that sync and travel in files: table, key, personal data, order, JSON values."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache, cached_property
from typing import Any

from sqlalchemy import Table, Text

from socialekaart.catalog.models import Base
from socialekaart.catalog.models.base import BOOKKEEPING_COLUMNS
from socialekaart.errors import UserFacingError

# Bookkeeping columns the server sets itself; an edit may not send them.
SERVER_COLUMNS = frozenset({"version", "last_modified", "modified_by"})
_PLAIN_TYPES = (str, float, int, bool, date, time, datetime)


class UnknownEntity(UserFacingError, ValueError):
    """A name that is not one of the catalog's entities; the message is Dutch."""


@dataclass(frozen=True)
class Field:
    """One column of an entity, as every writer (import, edit, sync) needs to know it."""

    name: str
    pytype: type
    nullable: bool
    required: bool  # a new entry must give it: not empty, no default, not the key, not bookkeeping
    multiline: bool  # a Text column (descriptions, notes) may hold line breaks; others are one line
    foreign_table: str | None
    personal_data: bool
    bookkeeping: bool


@dataclass(frozen=True)
class Entity:
    """One synced and exchanged entity: its table, its key column and its fields."""

    name: str
    table: Table
    key: str
    fields: tuple[Field, ...]

    @cached_property
    def by_name(self) -> dict[str, Field]:
        """The fields by column name."""
        return {f.name: f for f in self.fields}

    @property
    def personal_columns(self) -> frozenset[str]:
        """Columns holding personal data (volunteers' contact data): only for roles allowed to see them."""
        return frozenset(f.name for f in self.fields if f.personal_data)

    @property
    def foreign_tables(self) -> frozenset[str]:
        """The other entities this one refers to."""
        return frozenset(f.foreign_table for f in self.fields if f.foreign_table and f.foreign_table != self.name)


def model_table(model: type[Any]) -> Table:
    """A model's Table (typed as such for Core statements)."""
    result: Table = model.__table__
    return result


def _field(table: Table, column_name: str) -> Field:
    col = table.c[column_name]
    try:
        python_type = col.type.python_type
    except NotImplementedError:  # pragma: no cover - every catalog type has one
        python_type = str
    pytype = python_type if python_type in _PLAIN_TYPES else str
    bookkeeping = col.name in BOOKKEEPING_COLUMNS
    foreign = next((fk.column.table.name for fk in col.foreign_keys), None)
    return Field(
        name=col.name,
        pytype=pytype,
        nullable=bool(col.nullable),
        required=not col.nullable and not col.primary_key and col.default is None and not bookkeeping,
        multiline=isinstance(col.type, Text),
        foreign_table=foreign,
        personal_data=bool(col.info.get("personal_data")),
        bookkeeping=bookkeeping,
    )


def _is_entity(table: Table) -> bool:
    """Catalog rows carry every bookkeeping column (sync bookkeeping and catalog facts do not)."""
    return all(name in table.c for name in BOOKKEEPING_COLUMNS)


@cache
def registry() -> dict[str, Entity]:
    """Every entity by name, parents before children (the order an import writes and a full download sends)."""
    found: dict[str, Entity] = {}
    for name, table in Base.metadata.tables.items():
        if not _is_entity(table):
            continue
        key = next(iter(table.primary_key.columns)).name
        found[name] = Entity(name, table, key, tuple(_field(table, c.name) for c in table.c))
    ordered: dict[str, Entity] = {}
    pending = dict(found)
    while pending:
        ready = [name for name, e in pending.items() if e.foreign_tables <= set(ordered)]
        if not ready:  # pragma: no cover - the schema has no cycles
            ready = list(pending)
        for name in ready:
            ordered[name] = pending.pop(name)
    return ordered


def entities() -> tuple[str, ...]:
    """Every entity's name, parents before children."""
    return tuple(registry())


def load_order() -> list[str]:
    """Entities in an order where every reference points to an entity earlier in it (self-references aside)."""
    return list(registry())


def entity(name: str) -> Entity:
    """The entity of that name (UnknownEntity, Dutch, for any other name)."""
    found = registry().get(name)
    if found is None:
        raise UnknownEntity(f"onbekend soort gegeven: {name!r}")
    return found


def table(name: str) -> Table:
    """The table of an entity."""
    return entity(name).table


def key_column(name: str) -> str:
    """The key column of an entity (`id`, or `code` for area, `term` for thesaurus_term)."""
    return entity(name).key


def personal_columns(name: str) -> frozenset[str]:
    """Columns of an entity that hold personal data."""
    return entity(name).personal_columns


# --- values as JSON --------------------------------------------------------------------------------------------


def finite(value: Any) -> Any:
    """The value, or None for NaN and ±Infinity (not JSON; a catalog written before the one validation may hold
    them), so they never leave a catalog in a pull, an answer or an export."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def encode_value(value: Any) -> Any:
    """A column value as JSON (dates and times as ISO 8601 text; NaN and ±Infinity as null)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return finite(value)


def encode_row(name: str, row: Mapping[Any, Any]) -> dict[str, Any]:
    """A row mapping as a JSON object with every column."""
    return {c.name: encode_value(row[c.name]) for c in table(name).c}


def encode_changes(values: Mapping[str, Any]) -> dict[str, Any]:
    """Python values of an edit as JSON."""
    return {k: encode_value(v) for k, v in values.items()}


def strip_personal(name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row without personal data: text that must be filled becomes empty, the rest null."""
    cols = personal_columns(name)
    if not cols:
        return row
    by_name = entity(name).by_name
    return {k: (("" if not by_name[k].nullable else None) if k in cols else v) for k, v in row.items()}


def decode_row(name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON row from a trusted source (the server) as column values; columns this version lacks are left out."""
    by_name = entity(name).by_name
    out: dict[str, Any] = {}
    for column, value in row.items():
        f = by_name.get(column)
        if f is None:
            continue
        if value is not None and f.pytype in (date, datetime, time):
            value = f.pytype.fromisoformat(value)  # type: ignore[attr-defined]
        elif value is not None and f.pytype is float:
            value = float(value)
        out[column] = value
    return out
