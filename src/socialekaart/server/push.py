"""Applying pushed edits: idempotent by key, version-checked, field-level merge, conflicts returned with the row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, and_, select, update
from sqlalchemy.exc import IntegrityError

from socialekaart.catalog.models import SyncAppliedOp, SyncHistory, utcnow
from socialekaart.server.auth import User
from socialekaart.server.feed import record_change
from socialekaart.server.store import ServerStore
from socialekaart.sync.protocol import (
    RESULT_APPLIED,
    RESULT_CONFLICT,
    RESULT_MERGED,
    RESULT_REJECTED,
    SERVER_COLUMNS,
    check_patch,
    encode_row,
    encode_value,
    key_column,
    model_table,
    strip_personal,
    table,
)

_IGNORED_IN_MERGE = SERVER_COLUMNS


@dataclass(frozen=True)
class Edit:
    """One pushed edit, already checked."""

    op_id: str
    entity: str
    entity_id: str
    op: str
    base_version: int | None
    patch: dict[str, Any]  # JSON values as sent
    values: dict[str, Any]  # decoded Python values


def make_edit(raw: dict[str, Any]) -> Edit:
    """Check one edit's fields (PayloadError, Dutch, when anything is wrong)."""
    values = check_patch(raw["entity"], raw["op"], raw.get("patch") or {})
    return Edit(
        op_id=raw["op_id"],
        entity=raw["entity"],
        entity_id=raw["id"],
        op=raw["op"],
        base_version=raw.get("base_version"),
        patch=dict(raw.get("patch") or {}),
        values=values,
    )


def _stored_result(conn: Connection, op_id: str) -> dict[str, Any] | None:
    t = model_table(SyncAppliedOp)
    value = conn.execute(select(t.c.result).where(t.c.op_id == op_id)).scalar()
    return dict(value) if value is not None else None


def _store_result(conn: Connection, edit: Edit, user_name: str, result: dict[str, Any]) -> None:
    """Remember the answer to an edit, so a retry of the same op gets the same answer."""
    conn.execute(
        model_table(SyncAppliedOp).insert().values(op_id=edit.op_id, user_name=user_name, result=result, at=utcnow())
    )


def _current(conn: Connection, store: ServerStore, edit: Edit) -> Row[Any] | None:
    t = table(edit.entity)
    query = select(t).where(t.c[key_column(edit.entity)] == edit.entity_id)
    if store.is_postgres:
        query = query.with_for_update()
    return conn.execute(query).first()


def _base_row(conn: Connection, edit: Edit, version: int | None) -> dict[str, Any] | None:
    if version is None:
        return None
    h = model_table(SyncHistory).c
    value = conn.execute(
        select(h.row)
        .where(and_(h.entity == edit.entity, h.entity_id == edit.entity_id, h.version == version))
        .order_by(h.id.desc())
        .limit(1)
    ).scalar()
    return dict(value) if value is not None else None


def _ensure_base_history(conn: Connection, edit: Edit, current: dict[str, Any], actor: str) -> None:
    """Rows that came in by import have no history yet: keep their current state as a merge base first."""
    if _base_row(conn, edit, int(current["version"])) is None:
        conn.execute(
            model_table(SyncHistory)
            .insert()
            .values(
                entity=edit.entity,
                entity_id=edit.entity_id,
                version=int(current["version"]),
                op="base",
                actor=current.get("modified_by") or actor,
                at=utcnow(),
                op_id=None,
                changes={},
                row=current,
            )
        )


def _result(edit: Edit, status: str, user: User, row: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    if row is not None and not user.sees_personal_data:
        row = strip_personal(edit.entity, row)
    out: dict[str, Any] = {"op_id": edit.op_id, "status": status, "row": row}
    if row is not None:
        out["version"] = row["version"]
    out.update(extra)
    return out


def _write(
    conn: Connection,
    store: ServerStore,
    edit: Edit,
    user: User,
    current: dict[str, Any] | None,
    values: dict[str, Any],
    op: str,
) -> dict[str, Any]:
    """Write the row (insert or version-checked update), log the change and the history; returns the new row."""
    t = table(edit.entity)
    key = key_column(edit.entity)
    now = utcnow()
    if current is None:
        conn.execute(
            t.insert().values(**values, **{key: edit.entity_id}, version=1, last_modified=now, modified_by=user.name)
        )
        version = 1
        changes = {k: [None, encode_value(v)] for k, v in values.items()}
    else:
        version = int(current["version"]) + 1
        result = conn.execute(
            update(t)
            .where(t.c[key] == edit.entity_id, t.c.version == current["version"])
            .values(**values, version=version, last_modified=now, modified_by=user.name)
        )
        if result.rowcount != 1:  # pragma: no cover - the row is locked (PostgreSQL) or the db is (SQLite)
            raise RuntimeError("row changed during the write")
        changes = {k: [current.get(k), encode_value(v)] for k, v in values.items() if current.get(k) != encode_value(v)}
    new_row = encode_row(edit.entity, conn.execute(select(t).where(t.c[key] == edit.entity_id)).one()._mapping)
    record_change(conn, store, edit.entity, edit.entity_id, version, op)
    conn.execute(
        model_table(SyncHistory)
        .insert()
        .values(
            entity=edit.entity,
            entity_id=edit.entity_id,
            version=version,
            op=op,
            actor=user.name,
            at=now,
            op_id=edit.op_id,
            changes=changes,
            row=new_row,
        )
    )
    return new_row


def _decide(conn: Connection, store: ServerStore, edit: Edit, user: User) -> dict[str, Any]:
    row = _current(conn, store, edit)
    current = encode_row(edit.entity, row._mapping) if row is not None else None
    if edit.op == "create":
        if current is None:
            return _result(edit, RESULT_APPLIED, user, _write(conn, store, edit, user, None, edit.values, "create"))
        fields = sorted(k for k, v in edit.patch.items() if current.get(k) != v)
        reason = "bestaat al" if current["deleted_at"] is None else "bestaat al en is verwijderd"
        return _result(edit, RESULT_CONFLICT, user, current, fields=fields, reason=reason)
    if current is None:
        return _result(edit, RESULT_REJECTED, user, None, reason="bestaat niet (meer) op de server")
    _ensure_base_history(conn, edit, current, user.name)
    if edit.op == "delete":
        if current["deleted_at"] is not None:
            return _result(edit, RESULT_MERGED, user, current)
        status = RESULT_APPLIED
        if edit.base_version != current["version"]:
            base = _base_row(conn, edit, edit.base_version)
            changed = sorted(
                k for k in current if k not in _IGNORED_IN_MERGE and (base is None or base.get(k) != current[k])
            )
            if changed:
                return _result(
                    edit, RESULT_CONFLICT, user, current, fields=changed, reason="intussen door iemand anders gewijzigd"
                )
            status = RESULT_MERGED
        new_row = _write(conn, store, edit, user, current, {"deleted_at": utcnow()}, "delete")
        return _result(edit, status, user, new_row)
    # update
    if current["deleted_at"] is not None and "deleted_at" not in edit.patch:
        return _result(
            edit, RESULT_CONFLICT, user, current, fields=sorted(edit.patch), reason="verwijderd op de server"
        )
    status = RESULT_APPLIED
    if edit.base_version != current["version"]:
        base = _base_row(conn, edit, edit.base_version)
        conflicts = sorted(
            k
            for k, mine in edit.patch.items()
            if current.get(k) != mine and (base is None or base.get(k) != current.get(k))
        )
        if conflicts:
            # The fields nobody else touched are applied now; only the contested ones wait for a person.
            partial = {k: v for k, v in edit.values.items() if k not in conflicts and current.get(k) != edit.patch[k]}
            row_now = _write(conn, store, edit, user, current, partial, "update") if partial else current
            return _result(
                edit,
                RESULT_CONFLICT,
                user,
                row_now,
                fields=conflicts,
                applied=sorted(partial),
                reason="zelfde veld gewijzigd",
            )
        status = RESULT_MERGED
    values = {k: v for k, v in edit.values.items() if current.get(k) != edit.patch[k]}
    if not values:
        return _result(edit, status, user, current)
    return _result(edit, status, user, _write(conn, store, edit, user, current, values, "update"))


def apply_edit(store: ServerStore, edit: Edit, user: User) -> dict[str, Any]:
    """Apply one edit in its own transaction; a retried op_id gets exactly the answer it got the first time."""
    for _attempt in range(3):
        try:
            with store.write() as conn:
                stored = _stored_result(conn, edit.op_id)
                if stored is not None:
                    return stored
                result = _decide(conn, store, edit, user)
                _store_result(conn, edit, user.name, result)
            return result
        except IntegrityError:
            with store.read() as conn:
                stored = _stored_result(conn, edit.op_id)
            if stored is not None:
                return stored
            result = _result(edit, RESULT_REJECTED, user, None, reason="in strijd met de samenhang van de gegevens")
            try:
                with store.write() as conn:
                    _store_result(conn, edit, user.name, result)
                return result
            except IntegrityError:
                continue
    raise RuntimeError("edit could not be stored")  # pragma: no cover
