"""Applying pushed edits: idempotent by key, version-checked, field-level merge, conflicts returned with the row."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Row, and_, select, update
from sqlalchemy.exc import IntegrityError

from socialekaart.catalog.entries import resolve_id
from socialekaart.catalog.models import SyncAppliedOp, SyncHistory, utcnow
from socialekaart.catalog.registry import (
    SERVER_COLUMNS,
    UnknownEntity,
    encode_row,
    encode_value,
    key_column,
    model_table,
    personal_columns,
    strip_personal,
    table,
)
from socialekaart.catalog.validation import CatalogLookup, Problem, decode, validate
from socialekaart.server.auth import User
from socialekaart.server.feed import record_change
from socialekaart.server.keeping import refusal
from socialekaart.server.store import ServerStore
from socialekaart.sync import wire
from socialekaart.sync.wire import EditAnswer, EditMessage, PayloadError, Status

_IGNORED_IN_MERGE = SERVER_COLUMNS


@dataclass(frozen=True)
class Edit:
    """One pushed edit whose shape is checked; its values are checked by the one validation when it is applied."""

    op_id: str
    entity: str
    entity_id: str
    op: str
    base_version: int | None
    patch: dict[str, Any]  # JSON values as sent


def make_edit(message: EditMessage) -> Edit:
    """Check what the protocol forbids (PayloadError, Dutch): an unknown entity, bookkeeping fields, a new key."""
    try:
        key = key_column(message.entity)
    except UnknownEntity as exc:
        raise PayloadError(str(exc)) from None
    patch = dict(message.patch)
    for name, value in patch.items():
        if name in SERVER_COLUMNS or (name == key and message.op != "create"):
            raise PayloadError(f"veld {name!r} mag niet worden meegestuurd")
        if name == "deleted_at" and value is not None:
            raise PayloadError("deleted_at kan alleen leeg worden gemaakt (herstellen)")
    if patch.get(key, message.id) != message.id:
        raise PayloadError(f"veld {key!r} verschilt van de id van de wijziging")
    patch.pop(key, None)
    return Edit(message.op_id, message.entity, message.id, message.op, message.base_version, patch)


def checked_values(conn: Connection, edit: Edit) -> tuple[dict[str, Any], list[Problem]]:
    """The edit's values decoded and put through the one validation (area and need codes as this database knows)."""
    if edit.op == "delete":
        return {}, []
    values, problems = decode(edit.entity, edit.patch, entity_id=edit.entity_id)
    unread = {p.field for p in problems}
    problems += [
        p
        for p in validate(
            edit.entity,
            {k: v for k, v in values.items() if k not in unread},
            entity_id=edit.entity_id,
            create=edit.op == "create",
            lookup=CatalogLookup(conn),
        )
        if p.field not in unread  # a value of the wrong type is named once, not also as missing
    ]
    return values, problems


def _stored_result(conn: Connection, op_id: str) -> EditAnswer | None:
    t = model_table(SyncAppliedOp)
    value = conn.execute(select(t.c.result).where(t.c.op_id == op_id)).scalar()
    return EditAnswer.from_json(dict(value)) if value is not None else None


def _store_result(conn: Connection, edit: Edit, user_name: str, result: EditAnswer) -> None:
    """Remember the answer to an edit, so a retry of the same op gets the same answer."""
    conn.execute(
        model_table(SyncAppliedOp)
        .insert()
        .values(op_id=edit.op_id, user_name=user_name, result=result.to_json(), at=utcnow())
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


def _result(
    edit: Edit,
    status: Status,
    user: User,
    row: dict[str, Any] | None,
    *,
    fields: list[str] | None = None,
    applied: list[str] | None = None,
    reason: str | None = None,
    problems: list[Problem] | None = None,
) -> EditAnswer:
    if row is not None and not user.sees_personal_data:
        row = strip_personal(edit.entity, row)
    return EditAnswer(
        op_id=edit.op_id,
        status=status,
        row=row,
        version=row["version"] if row is not None else None,
        fields=tuple(fields or ()),
        applied=tuple(applied) if applied is not None else None,
        reason=reason,
        problems=tuple(wire.problem_json(p) for p in problems or ()),
    )


def _rejected(edit: Edit, user: User, current: dict[str, Any] | None, problems: list[Problem]) -> EditAnswer:
    """A refused value: nothing of the edit is written; the answer names entity, id, field and reason."""
    fields = sorted({p.field for p in problems})
    reason = "; ".join(str(p) for p in problems)
    return _result(edit, wire.RESULT_REJECTED, user, current, fields=fields, reason=reason, problems=problems)


def _erase_personal(conn: Connection, entity: str, entity_id: str, row: dict[str, Any]) -> dict[str, Any]:
    """A deleted row keeps no personal data (a volunteer removed on request, AVG): not in the row, not in its
    history. Returns the row as it now is."""
    cols = personal_columns(entity)
    if not cols:
        return row
    t = table(entity)
    conn.execute(
        update(t).where(t.c[key_column(entity)] == entity_id).values(**strip_personal(entity, dict.fromkeys(cols)))
    )
    h = model_table(SyncHistory)
    for entry in conn.execute(
        select(h.c.id, h.c.changes, h.c.row).where(h.c.entity == entity, h.c.entity_id == entity_id)
    ).all():
        changes = {k: v for k, v in (entry.changes or {}).items() if k not in cols}
        conn.execute(
            update(h)
            .where(h.c.id == entry.id)
            .values(changes=changes, row=strip_personal(entity, dict(entry.row or {})))
        )
    return strip_personal(entity, row)


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


def _merged(conn: Connection, store: ServerStore, edit: Edit, row: Row[Any] | None) -> tuple[Edit, Row[Any] | None]:
    """An update of an entry merged into another (a redirect) lands on the kept entry, as of its current version:
    a laptop that edited the removed entry offline loses nothing."""
    if edit.op != "update" or row is None or row._mapping["deleted_at"] is None or "deleted_at" in edit.patch:
        return edit, row
    kept = resolve_id(conn, edit.entity, edit.entity_id)
    if kept == edit.entity_id:
        return edit, row
    moved = replace(edit, entity_id=kept)
    target = _current(conn, store, moved)
    if target is None:
        return edit, row
    return replace(moved, base_version=int(target._mapping["version"])), target


def _decide(conn: Connection, store: ServerStore, edit: Edit, user: User) -> EditAnswer:
    row = _current(conn, store, edit)
    edit, row = _merged(conn, store, edit, row)
    current = encode_row(edit.entity, row._mapping) if row is not None else None
    refused = refusal(conn, edit.entity, edit.entity_id, edit.op, edit.patch, user, current)
    if refused:
        return _result(edit, wire.RESULT_REJECTED, user, current, reason=refused)
    decoded, problems = checked_values(conn, edit)
    if problems:
        return _rejected(edit, user, current, problems)
    if edit.op == "create":
        if current is None:
            return _result(edit, wire.RESULT_APPLIED, user, _write(conn, store, edit, user, None, decoded, "create"))
        fields = sorted(k for k, v in edit.patch.items() if current.get(k) != v)
        reason = "bestaat al" if current["deleted_at"] is None else "bestaat al en is verwijderd"
        return _result(edit, wire.RESULT_CONFLICT, user, current, fields=fields, reason=reason)
    if current is None:
        return _result(edit, wire.RESULT_REJECTED, user, None, reason="bestaat niet (meer) op de server")
    _ensure_base_history(conn, edit, current, user.name)
    if edit.op == "delete":
        if current["deleted_at"] is not None:
            return _result(edit, wire.RESULT_MERGED, user, current)
        status = wire.RESULT_APPLIED
        if edit.base_version != current["version"]:
            base = _base_row(conn, edit, edit.base_version)
            changed = sorted(
                k for k in current if k not in _IGNORED_IN_MERGE and (base is None or base.get(k) != current[k])
            )
            if changed:
                return _result(
                    edit,
                    wire.RESULT_CONFLICT,
                    user,
                    current,
                    fields=changed,
                    reason="intussen door iemand anders gewijzigd",
                )
            status = wire.RESULT_MERGED
        new_row = _write(conn, store, edit, user, current, {"deleted_at": utcnow()}, "delete")
        new_row = _erase_personal(conn, edit.entity, edit.entity_id, new_row)
        return _result(edit, status, user, new_row)
    # update
    if current["deleted_at"] is not None and "deleted_at" not in edit.patch:
        return _result(
            edit, wire.RESULT_CONFLICT, user, current, fields=sorted(edit.patch), reason="verwijderd op de server"
        )
    status = wire.RESULT_APPLIED
    if edit.base_version != current["version"]:
        base = _base_row(conn, edit, edit.base_version)
        conflicts = sorted(
            k
            for k, mine in edit.patch.items()
            if current.get(k) != mine and (base is None or base.get(k) != current.get(k))
        )
        if conflicts:
            # The fields nobody else touched are applied now; only the contested ones wait for a person.
            partial = {k: v for k, v in decoded.items() if k not in conflicts and current.get(k) != edit.patch[k]}
            row_now = _write(conn, store, edit, user, current, partial, "update") if partial else current
            return _result(
                edit,
                wire.RESULT_CONFLICT,
                user,
                row_now,
                fields=conflicts,
                applied=sorted(partial),
                reason="zelfde veld gewijzigd",
            )
        status = wire.RESULT_MERGED
    values = {k: v for k, v in decoded.items() if current.get(k) != edit.patch[k]}
    if not values:
        return _result(edit, status, user, current)
    return _result(edit, status, user, _write(conn, store, edit, user, current, values, "update"))


def apply_edit(store: ServerStore, edit: Edit, user: User) -> EditAnswer:
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
            result = _result(
                edit, wire.RESULT_REJECTED, user, None, reason="in strijd met de samenhang van de gegevens"
            )
            try:
                with store.write() as conn:
                    _store_result(conn, edit, user.name, result)
                return result
            except IntegrityError:
                continue
    raise RuntimeError("edit could not be stored")  # pragma: no cover
