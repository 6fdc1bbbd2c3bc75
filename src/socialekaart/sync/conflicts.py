"""The local conflict queue ("Te controleren"): mine versus theirs per field, and resolving an entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from socialekaart.catalog.editing import EditError, _add_entry
from socialekaart.catalog.models import SyncConflict, utcnow
from socialekaart.catalog.registry import decode_row, key_column, model_table, table
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import CatalogLookup, decode, validate

CHOICES = ("mine", "theirs", "combine")


@dataclass(frozen=True)
class FieldConflict:
    """One field: my value and the server's."""

    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Conflict:
    """One edit the server did not accept as it was."""

    op_id: str
    entity: str
    entity_id: str
    op: str
    reason: str
    fields: tuple[FieldConflict, ...]
    theirs_deleted: bool
    theirs_version: int | None
    label: str


def _label(theirs: dict[str, Any] | None, mine: dict[str, Any], entity_id: str) -> str:
    for source in (mine, theirs or {}):
        for key in ("name", "title", "term", "code"):
            if source.get(key):
                return str(source[key])
    return entity_id


def list_conflicts(catalog: Catalog) -> list[Conflict]:
    """Open conflicts, oldest first."""
    c = model_table(SyncConflict).c
    out = []
    with catalog.engine.connect() as conn:
        for row in conn.execute(
            select(model_table(SyncConflict)).where(c.resolved_at.is_(None)).order_by(c.detected_at)
        ):
            mine = dict(row.mine or {})
            theirs = dict(row.theirs) if row.theirs is not None else None
            names = list(row.fields or []) or sorted(mine)
            fields = tuple(FieldConflict(f, mine.get(f), (theirs or {}).get(f)) for f in names)
            out.append(
                Conflict(
                    op_id=row.op_id,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    op=row.op,
                    reason=row.reason or "",
                    fields=fields,
                    theirs_deleted=bool(theirs and theirs.get("deleted_at")),
                    theirs_version=int(theirs["version"]) if theirs else None,
                    label=_label(theirs, mine, row.entity_id),
                )
            )
    return out


def resolve_conflict(
    catalog: Catalog, op_id: str, choice: str, actor: str, values: dict[str, Any] | None = None
) -> None:
    """Decide a conflict: keep mine (sent again on top of the server's version), keep theirs, or combine
    (values: field → JSON value to send; fields left out keep the server's value)."""
    if choice not in CHOICES:
        raise EditError(f"kies uit {', '.join(CHOICES)}")
    ct = model_table(SyncConflict)
    with catalog.write() as session:
        conn = session.connection()
        row = conn.execute(select(ct).where(ct.c.op_id == op_id, ct.c.resolved_at.is_(None))).first()
        if row is None:
            raise EditError("dit conflict bestaat niet of is al opgelost")
        theirs = dict(row.theirs) if row.theirs is not None else None
        base = int(theirs["version"]) if theirs else None
        patch: dict[str, Any] = {}
        op = row.op
        if choice == "mine":
            patch = dict(row.mine or {})
        elif choice == "combine":
            patch = dict(values or {})
            op = "update" if row.op != "delete" else "delete"
        if choice != "theirs" and (patch or op == "delete"):
            if theirs is None:
                op = "create"
            elif op == "create":
                op = "update"
            if op == "update" and theirs and theirs.get("deleted_at"):
                patch["deleted_at"] = None
            t = table(row.entity)
            key = key_column(row.entity)
            local = {k: v for k, v in patch.items() if k != key}
            values, problems = decode(row.entity, local, entity_id=row.entity_id)
            problems = problems or validate(row.entity, values, entity_id=row.entity_id, lookup=CatalogLookup(conn))
            if problems:
                raise EditError("; ".join(str(p) for p in problems), problems)
            exists = conn.execute(select(t.c[key]).where(t.c[key] == row.entity_id)).first()
            if op == "delete":
                conn.execute(update(t).where(t.c[key] == row.entity_id).values(deleted_at=utcnow()))
                patch = {}
            elif exists is not None and local:
                conn.execute(update(t).where(t.c[key] == row.entity_id).values(**decode_row(row.entity, local)))
            _add_entry(conn, row.entity, row.entity_id, op, base, patch, actor)
        conn.execute(update(ct).where(ct.c.op_id == op_id).values(resolved_at=utcnow(), resolution=choice))
