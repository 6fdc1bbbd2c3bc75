"""Property: three laptops editing offline (creates, updates, deletes) and syncing in any order all converge, and
every edit is applied, merged or reported as a conflict: none is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from socialekaart.catalog.editing import EditError, delete_service, update_service
from socialekaart.catalog.models import SyncAppliedOp, SyncConflict, SyncOutbox
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import Catalog
from tests.server.harness import LiveServer
from tests.sync.helpers import local_services, new_service, server_services, sync

FIELDS = ["name", "description", "email"]
step = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 2)),
    st.tuples(st.just("update"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 2)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9), st.just(0)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.just(0), st.just(0)),
)


def _outbox_ids(catalog: Catalog) -> set[str]:
    with catalog.engine.connect() as conn:
        return set(conn.execute(select(model_table(SyncOutbox).c.op_id)).scalars())


def _conflict_ids(catalog: Catalog) -> set[str]:
    with catalog.engine.connect() as conn:
        return set(conn.execute(select(model_table(SyncConflict).c.op_id)).scalars())


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(step, min_size=1, max_size=12))
def _run(live: LiveServer, new_catalog: Callable[[str], Catalog], counter: list[int], steps: list[Any]) -> None:
    counter[0] += 1
    clients = [new_catalog(f"x{counter[0]}_{i}") for i in range(3)]
    for c in clients:
        sync(c, live)
    touched: set[str] = set()
    sent: list[set[str]] = [set(), set(), set()]

    def do_sync(i: int) -> None:
        sent[i] |= _outbox_ids(clients[i])
        sync(clients[i], live)

    for kind, who, pick, field in steps:
        cat = clients[who]
        live_ids = sorted(k for k, v in local_services(cat, touched).items() if not v[4])
        if kind == "create":
            touched.add(new_service(cat, f"Nieuw {pick}"))
        elif kind == "sync":
            do_sync(who)
        elif live_ids:
            sid = live_ids[pick % len(live_ids)]
            try:
                if kind == "update":
                    update_service(cat, sid, {FIELDS[field]: f"{FIELDS[field]}-{who}-{pick}"}, f"user{who}")
                else:
                    delete_service(cat, sid, f"user{who}")
            except EditError:
                pass
    for _round in range(2):
        for i in range(3):
            do_sync(i)
    # Tombstones for entries a laptop never had are not stored there: compare the live entries.
    expected = {k: v for k, v in server_services(live.store, touched).items() if not v[4]}
    for c in clients:
        assert _outbox_ids(c) == set()
        assert {k: v for k, v in local_services(c, touched).items() if not v[4]} == expected
    with live.store.read() as conn:
        t = model_table(SyncAppliedOp)
        answers = dict(conn.execute(select(t.c.op_id, t.c.result)).all())
    for i, c in enumerate(clients):
        for op_id in sent[i]:
            assert op_id in answers, "an edit never reached the server"
            status = answers[op_id]["status"]
            assert status in ("applied", "merged", "conflict", "rejected")
            if status in ("conflict", "rejected"):
                assert op_id in _conflict_ids(c), "a conflict was not kept for a person to decide"


def test_three_laptops_converge(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    _run(live, new_catalog, [0])
