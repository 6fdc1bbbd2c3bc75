"""Local edits that sync: the catalog row and its outbox entry are written in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from socialekaart.catalog.models import EntryChange, SyncOutbox, utcnow
from socialekaart.catalog.registry import (
    SERVER_COLUMNS,
    UnknownEntity,
    encode_changes,
    encode_value,
    key_column,
    model_table,
    table,
)
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import CatalogLookup, Problem, validate
from socialekaart.errors import UserFacingError


class EditError(UserFacingError, ValueError):
    """An edit that cannot be made; the message is Dutch (for a refused value: its field and the reason)."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@contextmanager
def _writing(catalog: Catalog) -> Iterator[Session]:
    """catalog.write(), with integrity errors (a missing parent, a duplicate) as a Dutch EditError."""
    try:
        with catalog.write() as session:
            yield session
    except IntegrityError:
        raise EditError("de wijziging verwijst naar iets dat niet bestaat, of botst met een bestaand gegeven") from None


def new_id() -> str:
    """A new entry id: UUIDv7 (time-ordered), so offline creates on different laptops never collide."""
    maker = getattr(uuid, "uuid7", None)
    if maker is not None:
        return str(maker())
    import os
    import time

    ms = int(time.time() * 1000)
    raw = bytearray(ms.to_bytes(6, "big") + os.urandom(10))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def _checked(conn: Connection, entity: str, entity_id: str, op: str, values: dict[str, Any]) -> dict[str, Any]:
    """The edit's values as JSON for the outbox, once the one validation accepts them (EditError otherwise)."""
    sent = sorted(k for k in values if k in SERVER_COLUMNS or (k == key_column(entity) and op != "create"))
    if sent:
        raise EditError(f"{sent[0]}: kan niet worden gewijzigd")
    if values.get("deleted_at") is not None:
        raise EditError("deleted_at: kan alleen leeg worden gemaakt (herstellen)")
    problems = validate(entity, values, entity_id=entity_id, create=op == "create", lookup=CatalogLookup(conn))
    if problems:
        raise EditError("; ".join(str(p) for p in problems), problems)
    return encode_changes(values)


def _known(entity: str) -> None:
    """EditError (Dutch) for a name that is not an entity."""
    try:
        key_column(entity)
    except UnknownEntity as exc:
        raise EditError(str(exc)) from None


def _last_entry(conn: Connection, entity: str, entity_id: str) -> Any:
    o = model_table(SyncOutbox).c
    return conn.execute(
        select(o.seq, o.op, o.patch, o.sent_at, o.base_version)
        .where(o.entity == entity, o.entity_id == entity_id)
        .order_by(o.seq.desc())
        .limit(1)
    ).first()


def _add_entry(
    conn: Connection, entity: str, entity_id: str, op: str, base: int | None, patch: dict[str, Any], actor: str
) -> None:
    conn.execute(
        model_table(SyncOutbox)
        .insert()
        .values(
            op_id=str(uuid.uuid4()),
            entity=entity,
            entity_id=entity_id,
            op=op,
            base_version=base,
            patch=patch,
            actor=actor,
            created_at=utcnow(),
            attempts=0,
        )
    )


def _current(conn: Connection, entity: str, entity_id: str) -> Any:
    t = table(entity)
    return conn.execute(select(t.c.version, t.c.deleted_at).where(t.c[key_column(entity)] == entity_id)).first()


def _log_changes(
    conn: Connection, entity: str, entity_id: str, old: dict[str, Any], new: dict[str, Any], actor: str
) -> None:
    """Keep each changed field in the local change log (the history a person reads)."""
    rows = [
        {
            "entity": entity,
            "entity_id": entity_id,
            "field": k,
            "old": old.get(k),
            "new": v,
            "actor": actor,
            "at": utcnow(),
            "source": "local",
        }
        for k, v in new.items()
        if old.get(k) != v
    ]
    if rows:
        conn.execute(model_table(EntryChange).insert(), rows)


def _create(conn: Connection, entity: str, values: dict[str, Any], actor: str, entity_id: str | None) -> str:
    _known(entity)
    key = key_column(entity)
    entity_id = entity_id or values.get(key) or new_id()
    values = {k: v for k, v in values.items() if k != key}
    patch = _checked(conn, entity, entity_id, "create", values)
    if _current(conn, entity, entity_id) is not None:
        raise EditError(f"{entity} {entity_id} bestaat al")
    t = table(entity)
    conn.execute(t.insert().values(**values, **{key: entity_id}, version=1, modified_by=actor))
    _add_entry(conn, entity, entity_id, "create", None, patch, actor)
    _log_changes(conn, entity, entity_id, {}, {k: v for k, v in patch.items() if v is not None}, actor)
    return entity_id


def _update(conn: Connection, entity: str, entity_id: str, changes: dict[str, Any], actor: str) -> None:
    _known(entity)
    if not changes:
        return
    t = table(entity)
    patch = _checked(conn, entity, entity_id, "update", changes)
    row = _current(conn, entity, entity_id)
    if row is None:
        raise EditError(f"{entity} {entity_id} bestaat niet")
    if row.deleted_at is not None and not ("deleted_at" in changes and changes["deleted_at"] is None):
        raise EditError(f"{entity} {entity_id} is verwijderd")
    where = t.c[key_column(entity)] == entity_id
    before = conn.execute(select(*(t.c[k] for k in changes)).where(where)).one()._mapping
    conn.execute(update(t).where(where).values(**changes, last_modified=utcnow(), modified_by=actor))
    _log_changes(conn, entity, entity_id, encode_changes(dict(before)), patch, actor)
    last = _last_entry(conn, entity, entity_id)
    o = model_table(SyncOutbox)
    if last is not None and last.sent_at is None and last.op in ("create", "update"):
        conn.execute(update(o).where(o.c.seq == last.seq).values(patch={**dict(last.patch), **patch}))
    else:
        _add_entry(conn, entity, entity_id, "update", int(row.version), patch, actor)


def _delete(conn: Connection, entity: str, entity_id: str, actor: str) -> None:
    _known(entity)
    t = table(entity)
    where = t.c[key_column(entity)] == entity_id
    row = _current(conn, entity, entity_id)
    if row is None:
        raise EditError(f"{entity} {entity_id} bestaat niet")
    if row.deleted_at is not None:
        return
    last = _last_entry(conn, entity, entity_id)
    o = model_table(SyncOutbox)
    if last is not None and last.sent_at is None and last.op == "create":
        # Never reached the server: forget it entirely.
        conn.execute(delete(o).where(o.c.seq == last.seq))
        conn.execute(delete(t).where(where))
        return
    conn.execute(update(t).where(where).values(deleted_at=utcnow(), modified_by=actor))
    _log_changes(conn, entity, entity_id, {"deleted_at": None}, {"deleted_at": encode_value(utcnow())}, actor)
    if last is not None and last.sent_at is None and last.op == "update":
        conn.execute(update(o).where(o.c.seq == last.seq).values(op="delete", patch={}))
    else:
        _add_entry(conn, entity, entity_id, "delete", int(row.version), {}, actor)


class EditBatch:
    """Several edits in one transaction (a merge, a spreadsheet import): all are written, or none."""

    def __init__(self, conn: Connection, actor: str) -> None:
        self.conn = conn
        self.actor = actor

    def create(self, entity: str, values: dict[str, Any], *, entity_id: str | None = None) -> str:
        """Create an entry; returns its id."""
        return _create(self.conn, entity, dict(values), self.actor, entity_id)

    def update(self, entity: str, entity_id: str, changes: dict[str, Any]) -> None:
        """Change fields of an entry."""
        _update(self.conn, entity, entity_id, changes, self.actor)

    def delete(self, entity: str, entity_id: str) -> None:
        """Delete an entry (a tombstone)."""
        _delete(self.conn, entity, entity_id, self.actor)


@contextmanager
def edit_batch(catalog: Catalog, actor: str) -> Iterator[EditBatch]:
    """One transaction for several synced edits; an EditError anywhere writes none of them."""
    with _writing(catalog) as session:
        yield EditBatch(session.connection(), actor)


def create_entity(
    catalog: Catalog, entity: str, values: dict[str, Any], actor: str, *, entity_id: str | None = None
) -> str:
    """Create an entry locally and queue it for the server; returns its id."""
    _known(entity)
    with _writing(catalog) as session:
        return _create(session.connection(), entity, values, actor, entity_id)


def update_entity(catalog: Catalog, entity: str, entity_id: str, changes: dict[str, Any], actor: str) -> None:
    """Change fields of an entry locally and queue the change (merged into a queued, unsent one for the same entry)."""
    _known(entity)
    if not changes:
        return
    with _writing(catalog) as session:
        _update(session.connection(), entity, entity_id, changes, actor)


def delete_entity(catalog: Catalog, entity: str, entity_id: str, actor: str) -> None:
    """Delete an entry locally (a tombstone) and queue the deletion."""
    _known(entity)
    with _writing(catalog) as session:
        _delete(session.connection(), entity, entity_id, actor)


def create_service(catalog: Catalog, values: dict[str, Any], actor: str, *, service_id: str | None = None) -> str:
    """Create a service (organization_id, name and status are required)."""
    return create_entity(catalog, "service", values, actor, entity_id=service_id)


def update_service(catalog: Catalog, service_id: str, changes: dict[str, Any], actor: str) -> None:
    """Change fields of a service."""
    update_entity(catalog, "service", service_id, changes, actor)


def delete_service(catalog: Catalog, service_id: str, actor: str) -> None:
    """Delete a service."""
    delete_entity(catalog, "service", service_id, actor)
