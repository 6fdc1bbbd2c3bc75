"""Keeping the catalog true across laptops: meldingen travel and are closed by whoever keeps the wijk, history
shows on both laptops and on the server, a merge redirects the removed id everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select

from socialekaart.catalog.editing import create_entity
from socialekaart.catalog.models import Melding, Service
from socialekaart.catalog.registry import model_table
from socialekaart.catalog.store import Catalog
from socialekaart.server.auth import add_user
from socialekaart.workspace.history import history, restore
from socialekaart.workspace.reports import CLOSED, close_report, report, reports
from tests.server.harness import ORG_ID, LiveServer
from tests.sync.helpers import sync

WIJK = "WK082601"


def _place_with_service(catalog: Catalog) -> str:
    loc = create_entity(catalog, "location", {"location_type": "physical", "name": "De Klip", "wijk_code": WIJK}, "a")
    sid = create_entity(catalog, "service", {"organization_id": ORG_ID, "name": "Taalcafé", "status": "active"}, "a")
    create_entity(catalog, "service_at_location", {"service_id": sid, "location_id": loc}, "a")
    return sid


def _server_melding(server: LiveServer, mid: str) -> dict[str, object]:
    with server.store.read() as conn:
        row = conn.execute(select(model_table(Melding)).where(model_table(Melding).c.id == mid)).one()
    return dict(row._mapping)


def test_a_melding_reaches_the_keeper_of_the_wijk(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    suffix = str(id(live))[-6:]
    live.tokens["keeper"] = add_user(live.store, f"wm-{suffix}", "wijkmakelaar", [WIJK])
    live.tokens["other"] = add_user(live.store, f"wm-ander-{suffix}", "wijkmakelaar", ["WK999999"])
    beheer, worker, keeper, other = (new_catalog(n) for n in ("beheer", "worker", "keeper", "other"))
    sync(beheer, live, "beheerder")
    sid = _place_with_service(beheer)
    sync(beheer, live, "beheerder")

    sync(worker, live, "raadpleger")
    mid = report(worker, "service", sid, "Fatima", field="name", text="De naam is veranderd in Taalhuis.")
    pushed = sync(worker, live, "raadpleger")
    assert pushed.pushed == {"applied": 1}
    assert _server_melding(live, mid)["status"] == "open"

    # A wijkmakelaar of another wijk does not see it in their wijk, and the server refuses their closing.
    sync(other, live, "other")
    assert reports(other, areas=["WK999999"]) == []
    close_report(other, mid, "Otto", done="Niet mijn wijk")
    refused = sync(other, live, "other")
    assert refused.pushed == {"rejected": 1}
    assert _server_melding(live, mid)["status"] == "open"

    sync(keeper, live, "keeper")
    assert [m.id for m in reports(keeper, areas=[WIJK])] == [mid]
    close_report(keeper, mid, "Wendy", done="Naam aangepast")
    assert sync(keeper, live, "keeper").pushed == {"applied": 1}
    closed = _server_melding(live, mid)
    assert closed["status"] == CLOSED and closed["closed_by"] == "Wendy" and closed["done"] == "Naam aangepast"

    sync(worker, live, "raadpleger")
    assert [m.id for m in reports(worker, status=CLOSED)] == [mid]


def test_history_shows_on_both_laptops_and_on_the_server(
    live: LiveServer, new_catalog: Callable[[str], Catalog]
) -> None:
    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live, "beheerder")
    sid = create_entity(a, "service", {"organization_id": ORG_ID, "name": "Buurtsoep", "status": "active"}, "anna")
    sync(a, live, "beheerder")
    sync(b, live, "wijkmakelaar")
    from socialekaart.catalog.editing import update_service

    update_service(b, sid, {"name": "Buurtsoep Dorst"}, "bram")
    sync(b, live, "wijkmakelaar")
    sync(a, live, "beheerder")

    for laptop in (a, b):
        names = [(c.old, c.new) for c in history(laptop, "service", sid) if c.field == "name"]
        assert ("Buurtsoep", "Buurtsoep Dorst") in names, names
    on_a = [c for c in history(a, "service", sid) if c.field == "name"]
    assert on_a[0].new == "Buurtsoep Dorst" and on_a[0].source == "server"
    first = next(c for c in on_a if c.new == "Buurtsoep")
    restore(a, "service", sid, first.change_id, "anna")
    sync(a, live, "beheerder")
    sync(b, live, "wijkmakelaar")
    assert history(b, "service", sid)[0].new == "Buurtsoep"

    answer = httpx.get(f"{live.url}/history/service/{sid}", headers=live.headers("raadpleger"), timeout=10)
    assert answer.status_code == 200
    names = [c["new"] for entry in answer.json()["changes"] for c in entry["changes"] if c["field"] == "name"]
    assert names == ["Buurtsoep", "Buurtsoep Dorst", "Buurtsoep"]
    actors = [entry["actor"] for entry in answer.json()["changes"]]
    assert actors[-1] == "test-beheerder"


def test_a_merge_redirects_the_removed_id_on_every_laptop(
    live: LiveServer, new_catalog: Callable[[str], Catalog]
) -> None:
    from socialekaart.catalog.editing import update_service
    from socialekaart.catalog.entries import resolve_id
    from socialekaart.catalog.models import Phone
    from socialekaart.workspace.duplicates import merge

    a, b = new_catalog("a"), new_catalog("b")
    sync(a, live, "beheerder")
    keep = create_entity(a, "service", {"organization_id": ORG_ID, "name": "Repair Café", "status": "active"}, "a")
    twin = create_entity(a, "service", {"organization_id": ORG_ID, "name": "Repair Cafe", "status": "active"}, "a")
    create_entity(a, "phone", {"service_id": twin, "number": "0162 654321"}, "a")
    sync(a, live, "beheerder")
    sync(b, live, "wijkmakelaar")

    merge(a, "service", keep, twin, "anna")
    update_service(b, twin, {"description": "Elke zaterdag, offline bijgewerkt."}, "bram")  # b has not seen it yet
    assert sync(a, live, "beheerder").pushed.get("applied", 0) >= 3
    sync(b, live, "wijkmakelaar")
    sync(a, live, "beheerder")

    for laptop in (a, b):
        with laptop.read() as session:
            assert resolve_id(session.connection(), "service", twin) == keep
            gone = session.get(Service, twin)
            assert gone is not None and gone.deleted_at is not None
            assert session.scalar(select(Phone.service_id).where(Phone.number == "0162 654321")) == keep
            kept = session.get(Service, keep)
            assert kept is not None and kept.description == "Elke zaterdag, offline bijgewerkt."


def test_a_spreadsheet_import_goes_out_with_the_next_sync(
    live: LiveServer, new_catalog: Callable[[str], Catalog], tmp_path: Path
) -> None:
    from socialekaart.workspace.spreadsheet import Mapping, import_sheet

    a = new_catalog("a")
    sync(a, live, "wijkmakelaar")
    sheet = tmp_path / "lijst.csv"
    name = f"Wandelgroep {tmp_path.name}"
    sheet.write_text(f"Naam;Telefoon\n{name};0162 777888\n", encoding="utf-8")
    mapping = Mapping({"Naam": "name", "Telefoon": "phone"}, {"status": "active", "organization_id": ORG_ID})
    report_ = import_sheet(a, sheet, mapping, "wendy")
    assert [o.name for o in report_.added] == [name]
    assert sync(a, live, "wijkmakelaar").pushed == {"applied": 2}
    t = model_table(Service)
    with live.store.read() as conn:
        assert conn.execute(select(t.c.modified_by).where(t.c.name == name)).scalar() == "test-wijkmakelaar"


def test_a_wijkmakelaar_edits_only_in_their_wijken(live: LiveServer, new_catalog: Callable[[str], Catalog]) -> None:
    from socialekaart.catalog.editing import update_entity, update_service

    suffix = str(id(live))[-6:]
    live.tokens["keeper"] = add_user(live.store, f"wm-eigen-{suffix}", "wijkmakelaar", [WIJK])
    beheer, keeper = new_catalog("beheer"), new_catalog("keeper")
    sync(beheer, live, "beheerder")
    mine = _place_with_service(beheer)
    elsewhere_loc = create_entity(
        beheer, "location", {"location_type": "physical", "name": "Elders", "wijk_code": "WK999999"}, "a"
    )
    theirs = create_entity(beheer, "service", {"organization_id": ORG_ID, "name": "Elders", "status": "active"}, "a")
    create_entity(beheer, "service_at_location", {"service_id": theirs, "location_id": elsewhere_loc}, "a")
    sync(beheer, live, "beheerder")

    sync(keeper, live, "keeper")
    update_service(keeper, mine, {"description": "In mijn wijk"}, "wendy")
    update_service(keeper, theirs, {"description": "Niet mijn wijk"}, "wendy")
    update_entity(keeper, "location", elsewhere_loc, {"name": "Elders, hernoemd"}, "wendy")
    fresh = create_entity(keeper, "service", {"organization_id": ORG_ID, "name": "Nieuw", "status": "active"}, "w")
    report_ = sync(keeper, live, "keeper")
    assert report_.pushed == {"applied": 2, "rejected": 2}
    t = model_table(Service)
    with live.store.read() as conn:
        described = dict(conn.execute(select(t.c.id, t.c.description).where(t.c.id.in_([mine, theirs, fresh]))).all())
    assert described == {mine: "In mijn wijk", theirs: None, fresh: None}
