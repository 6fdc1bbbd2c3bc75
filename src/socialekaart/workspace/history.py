"""History of an entry, field by field, who and when (this laptop's edits and colleagues' pulled ones), and
restoring an older value as a new edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from socialekaart.catalog.editing import EditError, update_entity
from socialekaart.catalog.entries import resolve_id
from socialekaart.catalog.models import EntryChange, Redirect, SyncOutbox
from socialekaart.catalog.registry import SERVER_COLUMNS, UnknownEntity, model_table
from socialekaart.catalog.registry import entity as entity_of
from socialekaart.catalog.store import Catalog
from socialekaart.catalog.validation import decode


@dataclass(frozen=True, slots=True)
class Change:
    """One field of an entry changed: from `old` to `new` (JSON values), by whom, when; `pending` while it waits
    in the outbox to reach the server; `entity_id` differs from the asked one for an entry merged into it."""

    change_id: int
    entity: str
    entity_id: str
    field: str
    old: Any
    new: Any
    actor: str
    at: datetime
    source: str
    pending: bool


def _merged_into(conn: Connection, entity: str, entity_id: str) -> list[str]:
    """The entry's id and the ids of entries merged into it (their history is its history too)."""
    r = model_table(Redirect).c
    ids = [entity_id]
    frontier = [entity_id]
    while frontier:
        found = [
            str(i)
            for i in conn.execute(
                select(r.id).where(r.entity == entity, r.kept_id.in_(frontier), r.deleted_at.is_(None))
            ).scalars()
            if i not in ids
        ]
        ids.extend(found)
        frontier = found
    return ids


def history(catalog: Catalog, entity: str, entity_id: str) -> list[Change]:
    """Every change of the entry this laptop knows, newest first (with those of entries merged into it)."""
    try:
        entity_of(entity)
    except UnknownEntity as exc:
        raise EditError(str(exc)) from None
    ch = model_table(EntryChange).c
    o = model_table(SyncOutbox).c
    with catalog.read() as session:
        conn = session.connection()
        ids = _merged_into(conn, entity, resolve_id(conn, entity, entity_id))
        pending = set(
            conn.execute(select(o.entity_id).where(o.entity == entity, o.entity_id.in_(ids), o.sent_at.is_(None)))
            .scalars()
            .all()
        )
        rows = conn.execute(
            select(model_table(EntryChange))
            .where(ch.entity == entity, ch.entity_id.in_(ids))
            .order_by(ch.at.desc(), ch.id.desc())
        ).all()
    newest_local: dict[tuple[str, str], int] = {}
    for r in rows:
        if r.source == "local":
            newest_local.setdefault((r.entity_id, r.field), r.id)
    return [
        Change(
            change_id=r.id,
            entity=r.entity,
            entity_id=r.entity_id,
            field=r.field,
            old=r.old,
            new=r.new,
            actor=r.actor or "",
            at=r.at,
            source=r.source,
            pending=r.source == "local" and r.entity_id in pending and newest_local.get((r.entity_id, r.field)) == r.id,
        )
        for r in rows
    ]


def restore(catalog: Catalog, entity: str, entity_id: str, change_id: int, by: str) -> Change:
    """Give the field again the value that change gave it, as a new edit (synced, validated, in history); returns
    the change restored. EditError when the change is not one of this entry's or its field cannot be set."""
    changes = {c.change_id: c for c in history(catalog, entity, entity_id)}
    chosen = changes.get(change_id)
    if chosen is None:
        raise EditError(f"wijziging {change_id} hoort niet bij {entity} {entity_id}")
    if chosen.field in SERVER_COLUMNS or chosen.field == "deleted_at":
        raise EditError(f"{chosen.field}: kan niet worden teruggezet")
    values, problems = decode(entity, {chosen.field: chosen.new}, entity_id=entity_id)
    if problems:
        raise EditError("; ".join(str(p) for p in problems), problems)
    with catalog.read() as session:
        target = resolve_id(session.connection(), entity, entity_id)
    update_entity(catalog, entity, target, values, by)
    return chosen
