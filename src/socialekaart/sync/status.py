"""A Qt-free summary of the local sync state: last sync, queued edits, open conflicts, last error (as data; the
app words it in `ui.labels`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from socialekaart.catalog.models import SyncConflict, SyncOutbox
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import Catalog
from socialekaart.sync.local import get_state


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows about sync: `last_sync` is an ISO moment in UTC, `last_error` a Dutch message."""

    last_sync: str | None
    pending: int
    conflicts: int
    last_error: str | None
    server: str | None


def sync_status(catalog: Catalog) -> SyncStatus:
    """The current sync state of a catalog (cheap: a few small queries)."""
    with catalog.engine.connect() as conn:
        pending = conn.execute(select(func.count()).select_from(model_table(SyncOutbox))).scalar_one()
        c = model_table(SyncConflict)
        conflicts = conn.execute(select(func.count()).select_from(c).where(c.c.resolved_at.is_(None))).scalar_one()
        return SyncStatus(
            last_sync=get_state(conn, "last_sync"),
            pending=int(pending),
            conflicts=int(conflicts),
            last_error=get_state(conn, "last_error"),
            server=get_state(conn, "server"),
        )
