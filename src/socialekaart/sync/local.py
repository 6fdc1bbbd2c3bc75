"""Writing server rows into the local catalog: bulk upserts, tombstones, and re-applying pending local edits."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from socialekaart.catalog.models import EntryChange, SyncOutbox, SyncState, utcnow
from socialekaart.catalog.registry import (
    decode_row,
    encode_row,
    key_column,
    model_table,
    personal_columns,
    strip_personal,
    table,
)
from socialekaart.catalog.store import Catalog


def local_tx(catalog: Catalog) -> AbstractContextManager[Connection]:
    """A local write transaction for sync (the store's one write path, with foreign keys off: the server already
    checked them, and a page may bring a child before its parent)."""
    return catalog.write_connection(check_foreign_keys=False)


def get_state(conn: Connection, key: str) -> str | None:
    st = model_table(SyncState).c
    value: str | None = conn.execute(select(st.value).where(st.key == key)).scalar()
    return value


def set_state(conn: Connection, key: str, value: str | None) -> None:
    st = model_table(SyncState)
    conn.execute(delete(st).where(st.c.key == key))
    if value is not None:
        conn.execute(st.insert().values(key=key, value=value))


def upsert_rows(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """Insert or replace server rows (JSON) in one statement per batch."""
    if not rows:
        return
    t = table(entity)
    key = key_column(entity)
    decoded = [decode_row(entity, r) for r in rows]
    columns = list(decoded[0])
    stmt = sqlite_insert(t)
    stmt = stmt.on_conflict_do_update(index_elements=[key], set_={c: stmt.excluded[c] for c in columns if c != key})
    for i in range(0, len(decoded), 500):
        conn.execute(stmt, decoded[i : i + 500])


_NOT_HISTORY = frozenset({"version", "last_modified", "modified_by"})


def log_pulled(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """Keep what pulled rows change, field by field, in the local change log (who and when as the server says),
    so history shows colleagues' edits on this laptop too. Call before the rows are written."""
    if not rows:
        return
    t = table(entity)
    key = key_column(entity)
    before: dict[str, dict[str, Any]] = {}
    ids = [str(r[key]) for r in rows if r.get(key) is not None]
    for i in range(0, len(ids), 500):
        for found in conn.execute(select(t).where(t.c[key].in_(ids[i : i + 500]))):
            before[str(found._mapping[key])] = encode_row(entity, found._mapping)
    log = []
    for row in rows:
        old = before.get(str(row.get(key)), {})
        at = row.get("last_modified")
        for name, value in row.items():
            if name in _NOT_HISTORY or name == key or old.get(name) == value or (not old and value is None):
                continue
            log.append(
                {
                    "entity": entity,
                    "entity_id": str(row.get(key)),
                    "field": name,
                    "old": old.get(name),
                    "new": value,
                    "actor": row.get("modified_by"),
                    "at": datetime.fromisoformat(at) if isinstance(at, str) else utcnow(),
                    "source": "server",
                }
            )
    if log:
        conn.execute(model_table(EntryChange).insert(), log)


def apply_tombstone(conn: Connection, entity: str, entity_id: str, version: int, deleted_at: str | None) -> None:
    """Mark a local row deleted as the server did (rows never seen locally need nothing)."""
    t = table(entity)
    when = datetime.fromisoformat(deleted_at) if deleted_at else utcnow()
    where = t.c[key_column(entity)] == entity_id
    if conn.execute(select(t.c.version).where(where, t.c.deleted_at.is_(None))).first() is not None:
        conn.execute(
            model_table(EntryChange)
            .insert()
            .values(
                entity=entity,
                entity_id=entity_id,
                field="deleted_at",
                old=None,
                new=when.isoformat(),
                actor=None,
                at=when,
                source="server",
            )
        )
    conn.execute(update(t).where(where).values(deleted_at=when, version=version))
    erase_personal(conn, entity, entity_id)


def erase_personal(conn: Connection, entity: str, entity_id: str) -> None:
    """Blank the personal data of a deleted row (a volunteer removed on request keeps no trace but its id)."""
    cols = personal_columns(entity)
    if not cols:
        return
    t = table(entity)
    blanks = strip_personal(entity, dict.fromkeys(cols))
    conn.execute(update(t).where(t.c[key_column(entity)] == entity_id).values(**blanks))


def pending_ops(
    conn: Connection, only: tuple[str, str] | None = None
) -> dict[tuple[str, str], list[tuple[str, dict[str, Any]]]]:
    """Local edits not yet acknowledged by the server, per row, oldest first (only those of one row if given)."""
    o = model_table(SyncOutbox).c
    out: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    query = select(o.entity, o.entity_id, o.op, o.patch).order_by(o.seq)
    if only is not None:
        query = query.where(o.entity == only[0], o.entity_id == only[1])
    for row in conn.execute(query):
        out.setdefault((row.entity, row.entity_id), []).append((row.op, dict(row.patch)))
    return out


def reapply(conn: Connection, entity: str, entity_id: str, ops: list[tuple[str, dict[str, Any]]]) -> None:
    """Put pending local edits back on top of a row just taken from the server."""
    t = table(entity)
    where = t.c[key_column(entity)] == entity_id
    for op, patch in ops:
        if op == "delete":
            conn.execute(update(t).where(where).values(deleted_at=utcnow()))
        elif patch:
            values = decode_row(entity, {k: v for k, v in patch.items() if k != key_column(entity)})
            if values:
                conn.execute(update(t).where(where).values(**values))
