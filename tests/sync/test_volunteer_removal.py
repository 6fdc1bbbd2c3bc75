"""A volunteer removed on request is gone everywhere after sync: the server's row and history, every laptop; a role
that may not see personal data never received it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from socialekaart.catalog.editing import create_entity
from socialekaart.catalog.models import SyncHistory
from socialekaart.catalog.registry import model_table, table
from socialekaart.catalog.store import Catalog
from socialekaart.workspace.matching import remove_volunteer
from tests.server.harness import ORG_ID, LiveServer
from tests.sync.helpers import sync

NAME = "Vrijwilliger Wilhelmina Testpersoon"
EMAIL = "wilhelmina@voorbeeld.invalid"


def _local(cat: Catalog, vid: str) -> tuple[object, ...] | None:
    t = table("volunteer")
    with cat.engine.connect() as conn:
        row = conn.execute(select(t.c.name, t.c.email, t.c.phone, t.c.deleted_at).where(t.c.id == vid)).first()
    return None if row is None else tuple(row)


def test_removal_on_request_reaches_server_and_laptops(
    live_sqlite: LiveServer, new_catalog: Callable[[str], Catalog]
) -> None:
    a, b, c = new_catalog("a"), new_catalog("b"), new_catalog("c")
    sync(a, live_sqlite, "beheerder")
    vid = create_entity(
        a,
        "volunteer",
        {
            "name": NAME,
            "email": EMAIL,
            "phone": "0162-111 111",
            "organization_id": ORG_ID,
            "werkgebieden": "vervoer",
            "consent_date": date(2026, 1, 5),
            "contact_direct": True,
        },
        "tester",
    )
    sync(a, live_sqlite, "beheerder")
    sync(b, live_sqlite, "welzijnswerker")
    sync(c, live_sqlite, "raadpleger")
    assert _local(b, vid) == (NAME, EMAIL, "0162-111 111", None)
    local_c = _local(c, vid)
    assert local_c is not None and local_c[:3] == ("", None, None)  # stripped for a role that may not see it

    remove_volunteer(a, vid, "tester")
    assert sync(a, live_sqlite, "beheerder").pushed
    sync(b, live_sqlite, "welzijnswerker")
    for cat in (a, b):
        row = _local(cat, vid)
        assert row is not None and row[:3] == ("", None, None) and row[3] is not None

    with live_sqlite.store.read() as conn:
        t = table("volunteer")
        server_row = conn.execute(select(t.c.name, t.c.email, t.c.deleted_at).where(t.c.id == vid)).one()
        h = model_table(SyncHistory)
        history = conn.execute(select(h.c.changes, h.c.row).where(h.c.entity == "volunteer")).all()
    assert tuple(server_row)[:2] == ("", None) and server_row.deleted_at is not None
    dumped = json.dumps([list(r) for r in history], default=str)
    assert history and NAME not in dumped and EMAIL not in dumped
