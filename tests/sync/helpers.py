"""Helpers for sync tests: syncing a catalog against a live server and comparing catalogs with the server."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from socialekaart.catalog.editing import create_service
from socialekaart.catalog.registry import model_table, table
from socialekaart.catalog.store import Catalog
from socialekaart.server.store import ServerStore
from socialekaart.sync.client import SyncClient, SyncReport
from tests.server.harness import ORG_ID, LiveServer

FIELDS = ("id", "name", "description", "email", "status", "deleted_at", "version")


def sync(catalog: Catalog, server: LiveServer, role: str = "wijkmakelaar", **kwargs: Any) -> SyncReport:
    client = SyncClient(catalog, server.url, server.tokens[role], **kwargs)
    try:
        return client.sync()
    finally:
        client.close()


def new_service(catalog: Catalog, name: str, actor: str = "tester") -> str:
    return create_service(catalog, {"organization_id": ORG_ID, "name": name, "status": "active"}, actor)


def local_services(catalog: Catalog, ids: set[str] | None = None) -> dict[str, tuple[Any, ...]]:
    t = table("service")
    with catalog.engine.connect() as conn:
        rows = conn.execute(select(*[t.c[f] for f in FIELDS])).all()
    return {
        r.id: (r.name, r.description, r.email, r.status, r.deleted_at is not None, r.version)
        for r in rows
        if ids is None or r.id in ids
    }


def server_services(store: ServerStore, ids: set[str] | None = None) -> dict[str, tuple[Any, ...]]:
    t = table("service")
    with store.read() as conn:
        rows = conn.execute(select(*[t.c[f] for f in FIELDS])).all()
    return {
        r.id: (r.name, r.description, r.email, r.status, r.deleted_at is not None, r.version)
        for r in rows
        if ids is None or r.id in ids
    }


def outbox_count(catalog: Catalog) -> int:
    from socialekaart.catalog.models import SyncOutbox

    with catalog.engine.connect() as conn:
        return len(conn.execute(select(model_table(SyncOutbox).c.op_id)).all())
