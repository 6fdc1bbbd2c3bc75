"""What both sides agree on: which tables sync, their keys, how rows travel as JSON, and how edits are checked."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import Table

from socialekaart.errors import UserFacingError
from socialekaart.interchange.tables import load_order, table_specs

PROTOCOL_VERSION = 1
MAX_PUSH_OPS = 250
MAX_PULL_LIMIT = 2000
DEFAULT_PULL_LIMIT = 1000
MAX_BODY_BYTES = 2_000_000
OPS = ("create", "update", "delete")
# Bookkeeping columns the server sets itself; an edit may not send them.
SERVER_COLUMNS = frozenset({"version", "last_modified", "modified_by"})
RESULT_APPLIED = "applied"
RESULT_MERGED = "merged"
RESULT_CONFLICT = "conflict"
RESULT_REJECTED = "rejected"


class PayloadError(UserFacingError, ValueError):
    """An edit that cannot be accepted; the message is Dutch."""


@cache
def entities() -> tuple[str, ...]:
    """Every synced table, parents before children (the order a full download goes in)."""
    return tuple(load_order())


def table(entity: str) -> Table:
    """The table of a synced entity (PayloadError for an unknown one)."""
    spec = table_specs().get(entity)
    if spec is None:
        raise PayloadError(f"onbekend soort gegeven: {entity!r}")
    return spec.table


def key_column(entity: str) -> str:
    """The primary key column of an entity (`id`, or `code` for area, `term` for thesaurus_term)."""
    return table_specs()[entity].key


@cache
def personal_columns(entity: str) -> frozenset[str]:
    """Columns holding personal data (volunteers' contact data): only for roles allowed to see it."""
    return frozenset(c.name for c in table(entity).c if c.info.get("personal_data"))


def encode_value(value: Any) -> Any:
    """A column value as JSON (dates and times as ISO 8601 text)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def encode_row(entity: str, row: Any) -> dict[str, Any]:
    """A row mapping as a JSON object with every column."""
    return {c.name: encode_value(row[c.name]) for c in table(entity).c}


def strip_personal(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row without personal data: text that must be filled becomes empty, the rest null."""
    cols = personal_columns(entity)
    if not cols:
        return row
    t = table(entity)
    return {k: (("" if not t.c[k].nullable else None) if k in cols else v) for k, v in row.items()}


def decode_value(entity: str, column: str, value: Any) -> Any:
    """A JSON value as the column's Python value; PayloadError (Dutch) when it has the wrong type."""
    t = table(entity)
    if column not in t.c:
        raise PayloadError(f"onbekend veld {column!r} voor {entity}")
    col = t.c[column]
    if value is None:
        if not col.nullable and not col.primary_key:
            raise PayloadError(f"veld {column!r} van {entity} mag niet leeg zijn")
        return None
    try:
        pytype = col.type.python_type
    except NotImplementedError:  # pragma: no cover
        pytype = str
    bad = PayloadError(f"veld {column!r} van {entity} heeft een ongeldige waarde")
    if pytype is bool:
        if not isinstance(value, bool):
            raise bad
        return value
    if pytype is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return value
    if pytype is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad
        return float(value)
    if pytype in (date, datetime, time):
        if not isinstance(value, str):
            raise bad
        try:
            return pytype.fromisoformat(value)  # type: ignore[attr-defined]
        except ValueError:
            raise bad from None
    if not isinstance(value, str):
        raise bad
    if len(value) > 100_000:
        raise PayloadError(f"veld {column!r} van {entity} is te lang")
    return value


def check_patch(entity: str, op: str, patch: dict[str, Any]) -> dict[str, Any]:
    """Validate an edit's fields and return them decoded; PayloadError (Dutch) on anything wrong."""
    t = table(entity)
    key = key_column(entity)
    if op not in OPS:
        raise PayloadError(f"onbekende bewerking {op!r}")
    if not isinstance(patch, dict):
        raise PayloadError("de wijziging moet een object zijn")
    out: dict[str, Any] = {}
    for name, value in patch.items():
        if name in SERVER_COLUMNS or (name == key and op != "create"):
            raise PayloadError(f"veld {name!r} mag niet worden meegestuurd")
        if name == "deleted_at" and value is not None:
            raise PayloadError("deleted_at kan alleen leeg worden gemaakt (herstellen)")
        out[name] = decode_value(entity, name, value)
    if op == "create":
        for col in t.c:
            if col.name in SERVER_COLUMNS or col.name in ("deleted_at", "last_verified", "demo", key):
                continue
            if not col.nullable and col.default is None and out.get(col.name) is None:
                raise PayloadError(f"veld {col.name!r} van {entity} is verplicht")
    return out


def encode_patch(values: dict[str, Any]) -> dict[str, Any]:
    """Python values of an edit as JSON."""
    return {k: encode_value(v) for k, v in values.items()}


def model_table(model: type[Any]) -> Table:
    """A model's Table (typed as such for Core statements)."""
    result: Table = model.__table__
    return result
