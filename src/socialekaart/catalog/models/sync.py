"""Sync bookkeeping tables: the server's change log, ticks, history, users, and the client's outbox and conflicts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from socialekaart.catalog.models.base import Base, utcnow

# BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite, so autoincrement works on both.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class SyncChange(Base):
    """Server change log: one row per applied change; `txid` (PostgreSQL xid8 as bigint) makes the cursor gap-safe."""

    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_entity", "entity", "entity_id"), {"sqlite_autoincrement": True})
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    txid: Mapped[int | None] = mapped_column(BigInteger, index=True)
    entity: Mapped[str]
    entity_id: Mapped[str]
    version: Mapped[int]
    op: Mapped[str]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class SyncTick(Base):
    """A PgQ-style tick: the PostgreSQL snapshot at one moment; a pull cursor is a tick id."""

    __tablename__ = "sync_tick"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    snapshot: Mapped[str] = mapped_column(Text)
    snap_xmin: Mapped[int] = mapped_column(BigInteger)
    snap_xmax: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncHistory(Base):
    """Every applied change on the server: who, when, which fields (old and new), and the row after it."""

    __tablename__ = "sync_history"
    __table_args__ = (Index("ix_sync_history_row", "entity", "entity_id", "version"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity: Mapped[str]
    entity_id: Mapped[str]
    version: Mapped[int]
    op: Mapped[str]
    actor: Mapped[str]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    op_id: Mapped[str | None]
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    row: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncAppliedOp(Base):
    """The answer given to one pushed edit, by idempotency key, so a retried push is an exact replay."""

    __tablename__ = "sync_applied_op"
    op_id: Mapped[str] = mapped_column(primary_key=True)
    user_name: Mapped[str]
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncUser(Base):
    """A person who may use the server: role and the SHA-256 hash of their personal token (never the token)."""

    __tablename__ = "sync_user"
    name: Mapped[str] = mapped_column(primary_key=True)
    role: Mapped[str]
    token_hash: Mapped[str | None] = mapped_column(unique=True)
    areas: Mapped[str | None]  # ";"-separated wijk (or kern, buurt) codes a wijkmakelaar keeps; empty: everywhere
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class SyncState(Base):
    """Key/value sync state (client: cursor, server, role; server: the retention horizon)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class SyncOutbox(Base):
    """Client outbox: a local edit waiting to be pushed, written in the same transaction as the edit itself."""

    __tablename__ = "sync_outbox"
    __table_args__ = ({"sqlite_autoincrement": True},)
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(unique=True)
    entity: Mapped[str]
    entity_id: Mapped[str] = mapped_column(index=True)
    op: Mapped[str]
    base_version: Mapped[int | None]
    patch: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None]


class SyncConflict(Base):
    """Client conflict queue ("Te controleren"): my edit and the server's row, for a person to decide."""

    __tablename__ = "sync_conflict"
    op_id: Mapped[str] = mapped_column(primary_key=True)
    entity: Mapped[str]
    entity_id: Mapped[str]
    op: Mapped[str]
    base_version: Mapped[int | None]
    mine: Mapped[dict[str, Any]] = mapped_column(JSON)
    theirs: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    fields: Mapped[list[str]] = mapped_column(JSON)
    reason: Mapped[str | None]
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None]


class SyncResyncPending(Base):
    """Client rows not yet seen during a full resync; whatever is left at its end is gone on the server."""

    __tablename__ = "sync_resync_pending"
    entity: Mapped[str] = mapped_column(primary_key=True)
    entity_id: Mapped[str] = mapped_column(primary_key=True)
