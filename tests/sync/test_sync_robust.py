"""Gap-safe cursors, retention, idempotent pushes, history, and faults: dropped connections, restarts, crashes."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from socialekaart.catalog.editing import update_service
from socialekaart.catalog.models import SyncHistory
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import Catalog
from socialekaart.server.feed import purge
from socialekaart.sync.client import SyncClient, SyncError
from tests.server.harness import ORG_ID, LiveServer
from tests.sync.helpers import local_services, new_service, outbox_count, server_services, sync


def _edit(entity_id: str, name: str) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "entity": "service",
        "id": entity_id,
        "op": "create",
        "base_version": None,
        "patch": {"organization_id": ORG_ID, "name": name, "status": "active"},
    }


def test_same_push_twice_is_answered_the_same(live: LiveServer) -> None:
    edit = _edit(str(uuid.uuid4()), "Twee keer")
    url, headers = live.url + "/sync/push", live.headers("wijkmakelaar")
    first = httpx.post(url, json={"edits": [edit]}, headers=headers, timeout=10).json()
    second = httpx.post(url, json={"edits": [edit]}, headers=headers, timeout=10).json()
    assert first == second and first["results"][0]["status"] == "applied"
    with live.store.read() as conn:
        h = model_table(SyncHistory).c
        rows = conn.execute(select(h.actor, h.op, h.changes).where(h.entity_id == edit["id"])).all()
    assert len(rows) == 1
    assert rows[0].actor == "test-wijkmakelaar" and rows[0].op == "create"
    assert rows[0].changes["name"] == [None, "Twee keer"]


def test_history_records_who_when_what(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a = new_catalog("a")
    sync(a, live)
    sid = new_service(a, "Historie")
    sync(a, live)
    update_service(a, sid, {"description": "nieuw"}, "anna")
    sync(a, live)
    with live.store.read() as conn:
        h = model_table(SyncHistory).c
        rows = conn.execute(
            select(h.version, h.op, h.actor, h.at, h.changes).where(h.entity_id == sid).order_by(h.id)
        ).all()
    assert [(r.version, r.op, r.actor) for r in rows] == [
        (1, "create", "test-wijkmakelaar"),
        (2, "update", "test-wijkmakelaar"),
    ]
    assert rows[1].changes == {"description": [None, "nieuw"]} and rows[1].at is not None


def test_cursor_older_than_retention_gives_410_and_client_resyncs(
    live: LiveServer, new_catalog: Callable[[str], Catalog]
) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    keep, gone = new_service(a, "Blijft"), new_service(a, "Verdwijnt")
    sync(a, live)
    sync(b, live)
    from socialekaart.catalog.editing import delete_service

    delete_service(a, gone, "anna")
    sync(a, live)
    purge(live.store, timedelta(0))  # tombstones and change log forgotten: b's cursor is now too old
    with live.store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM service WHERE id = :i"), {"i": gone}).scalar() == 0
    response = httpx.get(live.url + "/sync/pull", params={"cursor": _cursor(b)}, headers=live.headers("raadpleger"))
    assert response.status_code == 410 and response.json()["detail"]["code"] == "resync_required"
    report = sync(b, live)
    assert report.full
    assert gone not in local_services(b) and keep in local_services(b)
    assert local_services(b, {keep}) == server_services(live.store, {keep})


def _cursor(catalog: Catalog) -> str:
    with catalog.engine.connect() as conn:
        return str(conn.execute(text("SELECT value FROM sync_state WHERE key = 'cursor'")).scalar())


def test_late_commit_still_reaches_every_client(pg_store: Any, new_catalog: Callable[[str], Catalog]) -> None:
    """A slow transaction takes its change-log row first but commits after a faster one that a client already saw."""
    from socialekaart.server.auth import User
    from socialekaart.server.push import apply_edit, make_edit

    store, tokens = pg_store
    server = LiveServer(store=store, tokens=tokens).start()
    try:
        a = new_catalog("a")
        sync(a, server)
        slow_id, fast_id = str(uuid.uuid4()), str(uuid.uuid4())
        user = User("slow", "beheerder")
        slow_conn = store.engine.connect()
        slow_tx = slow_conn.begin()
        # The slow writer: its xid and change-log seq are taken now, its commit comes later.
        from socialekaart.server import push as push_module
        from socialekaart.sync.wire import EditMessage

        edit = make_edit(EditMessage.from_json(_edit(slow_id, "Traag")))
        push_module._decide(slow_conn, store, edit, user)
        assert (
            httpx.post(
                server.url + "/sync/push",
                json={"edits": [_edit(fast_id, "Snel")]},
                headers=server.headers("beheerder"),
                timeout=10,
            ).status_code
            == 200
        )
        sync(a, server)
        assert fast_id in local_services(a) and slow_id not in local_services(a)
        from socialekaart.server.feed import tick

        idle = tick(store, min_interval=1e-6)
        assert tick(store, min_interval=1e-6) == idle  # nothing new committed: no tick
        slow_tx.commit()
        slow_conn.close()
        assert tick(store, min_interval=1e-6) > idle  # the late commit is new since the last tick
        sync(a, server)
        assert slow_id in local_services(a)
        assert local_services(a, {slow_id}) == server_services(store, {slow_id})
        del apply_edit
    finally:
        server.stop()


class FlakyTransport(httpx.HTTPTransport):
    """Fails chosen requests: before sending (dropped connection) or after the server answered (lost answer)."""

    def __init__(self, fail_on: dict[int, str], on_request: Callable[[int], None] | None = None) -> None:
        super().__init__()
        self.count = 0
        self.fail_on = fail_on
        self.on_request = on_request

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.on_request is not None:
            self.on_request(self.count)
        mode = self.fail_on.get(self.count)
        if mode == "before":
            raise httpx.ConnectError("connection dropped")
        response = super().handle_request(request)
        if mode == "after":
            response.read()
            raise httpx.ReadError("connection dropped after the answer")
        return response


def _client(catalog: Catalog, server: LiveServer, transport: httpx.HTTPTransport, **kw: Any) -> SyncClient:
    http = httpx.Client(base_url=server.url, transport=transport, timeout=10)
    return SyncClient(catalog, server.url, server.tokens["wijkmakelaar"], http=http, **kw)


def test_connection_dropped_mid_pull_and_mid_push(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    ids = {new_service(a, f"Dienst {i}") for i in range(12)}
    sync(a, live)
    # mid-pull: the third page request fails
    with pytest.raises(SyncError):
        _client(b, live, FlakyTransport({3: "before"}), page_limit=5).sync()
    sync(b, live, page_limit=5)
    assert local_services(b, ids) == server_services(live.store, ids)
    # mid-push: the server applies the batch but the answer is lost; the retry is a replay, not a conflict
    for sid in ids:
        update_service(b, sid, {"description": "bijgewerkt"}, "bram")
    with pytest.raises(SyncError):
        _client(b, live, FlakyTransport({1: "after"})).sync()
    assert outbox_count(b) == 12
    report = sync(b, live)
    assert report.pushed == {"applied": 12} and report.new_conflicts == 0
    sync(a, live)
    assert local_services(a, ids) == local_services(b, ids) == server_services(live.store, ids)


def test_server_restarted_between_pages(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    ids = {new_service(a, f"Dienst {i}") for i in range(10)}
    sync(a, live)

    def restart(count: int) -> None:
        if count == 3:
            live.restart()

    client = _client(b, live, FlakyTransport({}, restart), page_limit=4)
    client.sync()
    assert local_services(b, ids) == server_services(live.store, ids)


CRASH_SCRIPT = """
import os, sys
from socialekaart.catalog.store import open_catalog
from socialekaart.sync import client as c
original = c.SyncClient._apply_page
calls = []
def crashing(self, conn, page, cursor, report):
    original(self, conn, page, cursor, report)
    calls.append(1)
    if len(calls) == 2:
        os._exit(9)  # killed after receiving the page, before it is committed
c.SyncClient._apply_page = crashing
cat = open_catalog(sys.argv[1])
c.SyncClient(cat, sys.argv[2], sys.argv[3], page_limit=4).sync()
"""


def test_client_killed_between_receiving_and_storing_a_page(
    live_sqlite: LiveServer, new_catalog: Callable[[str], Catalog], tmp_path: Path
) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live_sqlite)
    ids = {new_service(a, f"Dienst {i}") for i in range(10)}
    sync(a, live_sqlite)
    assert b.path is not None
    result = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(b.path), live_sqlite.url, live_sqlite.tokens["raadpleger"]],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr.decode()
    with b.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    sync(b, live_sqlite, role="raadpleger")
    assert local_services(b, ids) == server_services(live_sqlite.store, ids)


def test_concurrent_pushes_on_one_entry_are_version_checked(live: LiveServer) -> None:
    """Ten laptops push at once: the same field → one applied, the rest conflicts; other fields → all merged."""
    from concurrent.futures import ThreadPoolExecutor

    sid = str(uuid.uuid4())
    url, headers = live.url + "/sync/push", live.headers("beheerder")
    assert httpx.post(url, json={"edits": [_edit(sid, "Start")]}, headers=headers, timeout=10).status_code == 200

    def push(patch: dict[str, Any]) -> str:
        edit = {
            "op_id": str(uuid.uuid4()),
            "entity": "service",
            "id": sid,
            "op": "update",
            "base_version": 1,
            "patch": patch,
        }
        response = httpx.post(url, json={"edits": [edit]}, headers=headers, timeout=30)
        return str(response.json()["results"][0]["status"])

    with ThreadPoolExecutor(10) as pool:
        same = list(pool.map(push, [{"name": f"Naam {i}"} for i in range(10)]))
    assert sorted(same).count("applied") == 1 and same.count("conflict") == 9
    fields = ["description", "email", "url", "alert", "wait_time", "fees", "licenses", "accreditations"]
    with ThreadPoolExecutor(8) as pool:
        valid = {"email": "info@voorbeeld.nl", "url": "https://voorbeeld.nl"}  # the values obey the one validation
        other = list(pool.map(push, [{f: valid.get(f, f"waarde {f}")} for f in fields]))
    assert set(other) <= {"applied", "merged"}
    row = server_services(live.store, {sid})[sid]
    assert row[5] == 2 + len(fields)  # every merged change got its own version


def test_push_with_a_missing_parent_is_rejected_and_the_server_goes_on(live: LiveServer) -> None:
    url, headers = live.url + "/sync/push", live.headers("beheerder")
    bad = _edit(str(uuid.uuid4()), "Wees")
    bad["patch"]["organization_id"] = "no-such-organization"
    good = _edit(str(uuid.uuid4()), "Goed")
    results = httpx.post(url, json={"edits": [bad, good]}, headers=headers, timeout=10).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "applied"]
    again = httpx.post(url, json={"edits": [bad]}, headers=headers, timeout=10).json()["results"]
    assert again[0]["status"] == "rejected"
