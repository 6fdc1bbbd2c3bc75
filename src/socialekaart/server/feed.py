"""The change feed: recording changes, PgQ-style ticks on PostgreSQL, paged pulls by cursor, and tombstone retention."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, select, text

from socialekaart.catalog.models import SyncChange, SyncState, SyncTick, utcnow
from socialekaart.catalog.registry import encode_row, entities, key_column, model_table, strip_personal, table
from socialekaart.server.store import ServerStore
from socialekaart.sync.wire import Change, PayloadError, PullPage

HORIZON_KEY = "retention_horizon"
_TICK_SQL = text(
    "INSERT INTO sync_tick (snapshot, snap_xmin, snap_xmax, created_at) "
    "SELECT s::text, pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint, :now "
    "FROM pg_current_snapshot() AS s RETURNING id"
)
_NEWER_SQL = text(
    "SELECT 1 FROM sync_change c WHERE c.txid >= :xmin "
    "AND NOT pg_visible_in_snapshot(c.txid::text::xid8, CAST(:snap AS pg_snapshot)) LIMIT 1"
)
IDLE_TICK_SECONDS = 60.0
# Batch (lo, hi]: committed after tick lo's snapshot and before tick hi's (PgQ's batch_event_sql, with its range
# optimisation: below lo.xmin everything was visible to lo, from hi.xmax on nothing is visible to hi).
_BATCH_SQL = text(
    "SELECT c.seq, c.entity, c.entity_id, c.version FROM sync_change c, sync_tick t1, sync_tick t2 "
    "WHERE t1.id = :lo AND t2.id = :hi AND c.txid >= t1.snap_xmin AND c.txid < t2.snap_xmax "
    "AND NOT pg_visible_in_snapshot(c.txid::text::xid8, t1.snapshot::pg_snapshot) "
    "AND pg_visible_in_snapshot(c.txid::text::xid8, t2.snapshot::pg_snapshot) "
    "AND c.seq > :after ORDER BY c.seq LIMIT :n"
)


class ResyncRequired(Exception):
    """The cursor is older than tombstone retention: the client must download everything again."""


def record_change(conn: Connection, store: ServerStore, entity: str, entity_id: str, version: int, op: str) -> None:
    """Log one change in the current write transaction (with its transaction id on PostgreSQL)."""
    values: dict[str, Any] = {
        "entity": entity,
        "entity_id": entity_id,
        "version": version,
        "op": op,
        "changed_at": utcnow(),
    }
    if store.is_postgres:
        values["txid"] = text("pg_current_xact_id()::text::bigint")
    conn.execute(model_table(SyncChange).insert().values(**values))


def tick(store: ServerStore, min_interval: float = 0.0) -> int | None:
    """Record a tick (PostgreSQL only) unless one is younger than min_interval seconds; returns the newest tick id."""
    if not store.is_postgres:
        return None
    with store.engine.connect() as conn, conn.begin():
        if min_interval > 0:
            tk = model_table(SyncTick).c
            last = conn.execute(
                select(tk.id, tk.snapshot, tk.snap_xmin, tk.created_at).order_by(tk.id.desc()).limit(1)
            ).first()
            if last is not None:
                age = (utcnow() - last.created_at).total_seconds()
                if age < min_interval:
                    return int(last.id)
                # Idle: no tick unless a change committed since the last one (or once a minute).
                if (
                    age < IDLE_TICK_SECONDS
                    and conn.execute(_NEWER_SQL, {"xmin": last.snap_xmin, "snap": last.snapshot}).first() is None
                ):
                    return int(last.id)
        return int(conn.execute(_TICK_SQL, {"now": utcnow()}).scalar_one())


def _latest_tick(conn: Connection) -> int | None:
    value = conn.execute(select(func.max(model_table(SyncTick).c.id))).scalar()
    return int(value) if value is not None else None


def _horizon(conn: Connection) -> int:
    value = conn.execute(
        select(model_table(SyncState).c.value).where(model_table(SyncState).c.key == HORIZON_KEY)
    ).scalar()
    return int(value) if value else 0


def encode_cursor(state: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any] | None:
    """The cursor's state; None means "from the start" (a full download). PayloadError for a damaged cursor."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        state = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise PayloadError("ongeldige cursor") from None
    if not isinstance(state, dict) or state.get("k") not in ("f", "i"):
        raise PayloadError("ongeldige cursor")
    numbers = ("lo", "hi", "t") if state["k"] == "f" else ("lo", "hi", "after")
    if state["k"] == "f" and not isinstance(state.get("after"), (str, type(None))):
        raise PayloadError("ongeldige cursor")
    for name in numbers:
        value = state.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise PayloadError("ongeldige cursor")
    if state["k"] == "f" and not isinstance(state.get("hi"), int):
        raise PayloadError("ongeldige cursor")
    if state["k"] == "i" and not isinstance(state.get("lo"), int):
        raise PayloadError("ongeldige cursor")
    return state


def _row_out(entity: str, row: Any, personal: bool) -> dict[str, Any]:
    encoded = encode_row(entity, row)
    return encoded if personal else strip_personal(entity, encoded)


def _entry(entity: str, row: Any, entity_id: str, version: int, personal: bool) -> Change:
    if row is None or row.deleted_at is not None:
        return Change(
            entity=entity,
            id=entity_id,
            version=row.version if row is not None else version,
            deleted=True,
            deleted_at=row.deleted_at.isoformat() if row is not None else None,
        )
    return Change(entity, entity_id, row.version, deleted=False, row=_row_out(entity, row._mapping, personal))


def _current_rows(conn: Connection, refs: list[tuple[str, str, int]], personal: bool) -> list[Change]:
    """The current state of each referenced row (collapsed: one entry per row), in first-seen order."""
    seen: dict[tuple[str, str], int] = {}
    for entity, entity_id, version in refs:
        seen[(entity, entity_id)] = max(version, seen.get((entity, entity_id), 0))
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in seen:
        by_entity.setdefault(entity, []).append(entity_id)
    rows: dict[tuple[str, str], Any] = {}
    for entity, ids in by_entity.items():
        t = table(entity)
        key = t.c[key_column(entity)]
        for i in range(0, len(ids), 500):
            for row in conn.execute(select(t).where(key.in_(ids[i : i + 500]))):
                rows[(entity, str(row._mapping[key.name]))] = row
    return [_entry(e, rows.get((e, i)), i, v, personal) for (e, i), v in seen.items()]


def pull_page(store: ServerStore, cursor: str | None, limit: int, personal: bool) -> PullPage:
    """One page of changes after cursor. Raises ResyncRequired for a cursor older than retention."""
    state = decode_cursor(cursor)
    with store.read() as conn:
        horizon = _horizon(conn)
        if state is None:
            hi = _latest_tick(conn) if store.is_postgres else conn.execute(select(func.max(SyncChange.seq))).scalar()
            state = {"k": "f", "hi": max(int(hi or 0), horizon), "t": 0, "after": None}
        if state["k"] == "f":
            if state["hi"] < horizon:
                raise ResyncRequired
            return _snapshot_page(conn, state, limit, personal)
        if state["lo"] < horizon:
            raise ResyncRequired
        if store.is_postgres:
            return _pg_page(conn, state, limit, personal)
        return _sqlite_page(conn, state, limit, personal)


def _snapshot_page(conn: Connection, state: dict[str, Any], limit: int, personal: bool) -> PullPage:
    """A page of the full download: live rows table by table (parents first), ordered by key."""
    names = entities()
    index, after = int(state.get("t") or 0), state.get("after")
    out: list[Change] = []
    while index < len(names) and len(out) < limit:
        entity = names[index]
        t = table(entity)
        key = t.c[key_column(entity)]
        want = limit - len(out)
        query = select(t).where(t.c.deleted_at.is_(None)).order_by(key).limit(want)
        if after is not None:
            query = query.where(key > after)
        rows = conn.execute(query).all()
        out.extend(_entry(entity, row, str(row._mapping[key.name]), row.version, personal) for row in rows)
        if len(rows) < want:
            index, after = index + 1, None
        else:
            after = str(rows[-1]._mapping[key.name])
    done = index >= len(names)
    if done:
        next_state: dict[str, Any] = {"k": "i", "lo": state["hi"]}
    else:
        next_state = {"k": "f", "hi": state["hi"], "t": index, "after": after}
    return PullPage(out, encode_cursor(next_state), more=not done, snapshot=True, complete=done)


def _sqlite_page(conn: Connection, state: dict[str, Any], limit: int, personal: bool) -> PullPage:
    """SQLite: one writer, so the sequence is assigned in commit order and `seq > cursor` misses nothing."""
    c = model_table(SyncChange).c
    rows = conn.execute(
        select(c.seq, c.entity, c.entity_id, c.version).where(c.seq > state["lo"]).order_by(c.seq).limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    lo = rows[-1].seq if rows else state["lo"]
    changes = _current_rows(conn, [(r.entity, r.entity_id, r.version) for r in rows], personal)
    return PullPage(changes, encode_cursor({"k": "i", "lo": lo}), more=more, snapshot=False)


def _pg_page(conn: Connection, state: dict[str, Any], limit: int, personal: bool) -> PullPage:
    """PostgreSQL: batches between two ticks; a late-committing transaction lands in the batch after its commit."""
    lo = state["lo"]
    hi = state.get("hi")
    after = int(state.get("after") or 0)
    if hi is None:
        hi = _latest_tick(conn) or lo
        if hi <= lo:
            return PullPage([], encode_cursor({"k": "i", "lo": lo}), more=False, snapshot=False)
    known = conn.execute(select(func.count()).where(model_table(SyncTick).c.id.in_([lo, hi]))).scalar()
    if known != 2:
        raise ResyncRequired
    rows = conn.execute(_BATCH_SQL, {"lo": lo, "hi": hi, "after": after, "n": limit + 1}).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = _current_rows(conn, [(r.entity, r.entity_id, r.version) for r in rows], personal)
    next_state = {"k": "i", "lo": lo, "hi": hi, "after": rows[-1].seq} if more else {"k": "i", "lo": hi}
    # Also "more" when newer ticks exist, so a client catches up in one sync.
    if not more and (_latest_tick(conn) or hi) > hi:
        more = True
    return PullPage(changes, encode_cursor(next_state), more=more, snapshot=False)


def purge(store: ServerStore, older_than: timedelta) -> int:
    """Forget changes, ticks and tombstones older than retention; older cursors then get "full resync needed".

    Returns the new horizon (cursor values below it are refused).
    """
    cutoff = utcnow() - older_than
    c = model_table(SyncChange).c
    tk = model_table(SyncTick).c
    with store.write() as conn:
        if store.is_postgres:
            horizon = conn.execute(select(func.max(tk.id)).where(tk.created_at <= cutoff)).scalar()
            if horizon is None:
                return _horizon(conn)
            conn.execute(
                text(
                    "DELETE FROM sync_change WHERE pg_visible_in_snapshot(txid::text::xid8, "
                    "(SELECT snapshot FROM sync_tick WHERE id = :h)::pg_snapshot)"
                ),
                {"h": horizon},
            )
            conn.execute(delete(model_table(SyncTick)).where(tk.id < horizon))
        else:
            horizon = conn.execute(select(func.max(c.seq)).where(c.changed_at <= cutoff)).scalar()
            if horizon is None:
                return _horizon(conn)
            conn.execute(delete(model_table(SyncChange)).where(c.seq <= horizon))
        for entity in reversed(entities()):
            t = table(entity)
            conn.execute(delete(t).where(t.c.deleted_at.is_not(None), t.c.deleted_at <= cutoff))
        st = model_table(SyncState)
        conn.execute(delete(st).where(st.c.key == HORIZON_KEY))
        conn.execute(st.insert().values(key=HORIZON_KEY, value=str(int(horizon))))
        return int(horizon)
