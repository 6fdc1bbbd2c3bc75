"""The server's history of one entry, field by field, who and when, for the history endpoint."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from socialekaart.catalog.models import SyncHistory
from socialekaart.catalog.registry import model_table, personal_columns


def entry_history(conn: Connection, entity: str, entity_id: str, sees_personal_data: bool) -> list[dict[str, Any]]:
    """Every change the server applied to the entry, newest first: version, op, actor, at, and each changed
    field with its old and new value (personal fields left out for roles that may not see them)."""
    h = model_table(SyncHistory).c
    hidden = frozenset() if sees_personal_data else personal_columns(entity)
    rows = conn.execute(
        select(h.version, h.op, h.actor, h.at, h.changes)
        .where(h.entity == entity, h.entity_id == entity_id, h.op != "base")
        .order_by(h.id.desc())
    )
    return [
        {
            "version": r.version,
            "op": r.op,
            "actor": r.actor,
            "at": r.at.isoformat(timespec="seconds"),
            "changes": [
                {"field": name, "old": pair[0], "new": pair[1]}
                for name, pair in sorted(dict(r.changes).items())
                if name not in hidden
            ],
        }
        for r in rows
    ]
