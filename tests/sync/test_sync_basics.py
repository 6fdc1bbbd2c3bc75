"""Push, pull, merge, conflict and resolve between two laptops and a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

from socialekaart.catalog.editing import delete_service, update_service
from socialekaart.catalog.store import Catalog
from socialekaart.sync.conflicts import list_conflicts, resolve_conflict
from tests.server.harness import LiveServer
from tests.sync.helpers import local_services, new_service, outbox_count, server_services, sync


def test_create_reaches_other_laptop(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    sync(b, live)
    sid = new_service(a, "Taalcafé")
    report = sync(a, live)
    assert report.pushed == {"applied": 1}
    assert outbox_count(a) == 0
    sync(b, live)
    assert local_services(b, {sid}) == server_services(live.store, {sid}) == local_services(a, {sid})


def test_different_fields_merge_same_field_conflicts(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    sid = new_service(a, "Ouderensoos")
    sync(a, live)
    sync(b, live)
    update_service(a, sid, {"description": "Elke dinsdag"}, "anna")
    update_service(b, sid, {"email": "soos@example.nl"}, "bram")
    assert sync(a, live).pushed == {"applied": 1}
    assert sync(b, live).pushed == {"merged": 1}
    sync(a, live)
    assert server_services(live.store, {sid})[sid][1:3] == ("Elke dinsdag", "soos@example.nl")
    assert local_services(a, {sid}) == local_services(b, {sid}) == server_services(live.store, {sid})

    update_service(a, sid, {"name": "Soos A"}, "anna")
    update_service(b, sid, {"name": "Soos B"}, "bram")
    sync(a, live)
    report = sync(b, live)
    assert report.pushed == {"conflict": 1} and report.new_conflicts == 1
    (conflict,) = list_conflicts(b)
    assert [(f.field, f.mine, f.theirs) for f in conflict.fields] == [("name", "Soos B", "Soos A")]
    assert local_services(b, {sid})[sid][0] == "Soos A"  # the server's value until someone decides
    resolve_conflict(b, conflict.op_id, "mine", "bram")
    assert list_conflicts(b) == []
    assert sync(b, live).pushed == {"applied": 1}
    sync(a, live)
    assert server_services(live.store, {sid})[sid][0] == "Soos B"
    assert local_services(a, {sid}) == local_services(b, {sid}) == server_services(live.store, {sid})


def test_combine_and_keep_theirs(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    sid = new_service(a, "Repaircafé")
    sync(a, live)
    sync(b, live)
    update_service(a, sid, {"name": "Repair A", "email": "a@example.nl"}, "anna")
    update_service(b, sid, {"name": "Repair B", "email": "b@example.nl"}, "bram")
    sync(a, live)
    sync(b, live)
    (conflict,) = list_conflicts(b)
    resolve_conflict(b, conflict.op_id, "combine", "bram", {"name": "Repair B"})
    sync(b, live)
    assert server_services(live.store, {sid})[sid][0:3] == ("Repair B", None, "a@example.nl")
    update_service(a, sid, {"name": "Repair C"}, "anna")
    update_service(b, sid, {"name": "Repair D"}, "bram")
    sync(b, live)
    sync(a, live)
    (conflict,) = list_conflicts(a)
    resolve_conflict(a, conflict.op_id, "theirs", "anna")
    sync(a, live)
    assert local_services(a, {sid})[sid][0] == "Repair D" == server_services(live.store, {sid})[sid][0]


def test_delete_travels_as_tombstone(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    sid = new_service(a, "Weggaand")
    sync(a, live)
    sync(b, live)
    delete_service(a, sid, "anna")
    assert sync(a, live).pushed == {"applied": 1}
    sync(b, live)
    assert local_services(b, {sid})[sid][4] is True
    assert server_services(live.store, {sid})[sid][4] is True


def test_edit_of_entry_deleted_elsewhere_is_a_conflict(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live)
    sid = new_service(a, "Bijna weg")
    sync(a, live)
    sync(b, live)
    delete_service(a, sid, "anna")
    update_service(b, sid, {"description": "nog open"}, "bram")
    sync(a, live)
    assert sync(b, live).pushed == {"conflict": 1}
    (conflict,) = list_conflicts(b)
    assert conflict.theirs_deleted
    resolve_conflict(b, conflict.op_id, "mine", "bram")  # restore with my change
    sync(b, live)
    sync(a, live)
    assert server_services(live.store, {sid})[sid][1] == "nog open"
    assert server_services(live.store, {sid})[sid][4] is False
    assert local_services(a, {sid}) == server_services(live.store, {sid})
