"""Editing entries without Qt: load every field, check a field as typed, save through validation and outbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.models import SyncOutbox
from socialekaart.catalog.registry import model_table, table
from socialekaart.catalog.store import Catalog
from socialekaart.workspace.editing import (
    PhoneLine,
    ScheduleLine,
    choices,
    coordinates_for_postcode,
    load_entry,
    new_entry,
    save_entry,
    with_values,
)
from socialekaart.workspace.entry_form import check_field, field_specs, parse_text
from socialekaart.workspace.entry_kinds import GROUPS
from socialekaart.workspace.permissions import entry_areas, laptop_role, may_edit
from socialekaart.workspace.review import verify
from socialekaart.workspace.session import CatalogSession


def _first(catalog: Catalog, name: str, **where: str) -> str:
    t = table(name)
    query = select(t.c.id).where(t.c.deleted_at.is_(None), *(t.c[k] == v for k, v in where.items())).order_by(t.c.id)
    with catalog.read() as session:
        return str(session.connection().execute(query.limit(1)).scalar_one())


def _outbox(catalog: Catalog) -> list[tuple[str, str, dict[str, object]]]:
    o = model_table(SyncOutbox).c
    with catalog.read() as session:
        rows = session.connection().execute(select(o.entity, o.op, o.patch).order_by(o.seq)).all()
    return [(r.entity, r.op, dict(r.patch)) for r in rows]


def _activity_centre(catalog: Catalog) -> str:
    """A location with an address and schedules at its services: an activiteitencentrum of the demo."""
    a = table("address")
    with catalog.read() as session:
        return str(session.connection().execute(select(a.c.location_id).order_by(a.c.id).limit(1)).scalar_one())


def test_every_kind_has_its_fields_grouped() -> None:
    for kind in ("service", "organization", "location", "initiative", "volunteer"):
        specs = field_specs(kind)  # type: ignore[arg-type]
        assert specs, kind
        assert [GROUPS.index(s.group) for s in specs] == sorted(GROUPS.index(s.group) for s in specs)
    names = {(s.entity, s.name): s.group for s in field_specs("location")}
    assert names[("address", "postal_code")] == "waar"
    assert names[("location", "latitude")] == "waar"
    service = {s.name: s for s in field_specs("service")}
    assert service["access_type"].group == "toegang" and service["access_type"].input == "choice"
    assert service["minimum_age"].group == "voor_wie" and service["free_of_charge"].input == "flag"
    assert "last_verified" not in service and "version" not in service


def test_one_field_is_checked_as_typed() -> None:
    specs = {(s.entity, s.name): s for s in field_specs("location")}
    postcode = specs[("address", "postal_code")]
    problem = check_field(postcode, "49O1 AB", {"country": "NL"})
    assert problem is not None and problem.field == "postal_code" and "postcode" in problem.reason
    assert check_field(postcode, "4901 AB", {"country": "NL"}) is None
    service = {s.name: s for s in field_specs("service")}
    assert check_field(service["email"], "info@") is not None
    assert check_field(service["url"], "www.voorbeeld.nl") is None
    assert check_field(service["name"], "") is not None  # required
    assert check_field(service["minimum_age"], "twaalf") is not None
    phone = {s.name: s for s in field_specs("volunteer")}["phone"]
    assert check_field(phone, "0162 12") is not None
    assert check_field(phone, "0162 123456") is None
    schedule_spec = replace(service["name"], entity="schedule", name="opens_at", input="time")
    assert parse_text(schedule_spec, "9.30") == (time(9, 30), None)


def test_load_an_activity_centre_with_address_and_hours(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    location_id = _activity_centre(catalog)
    entry = load_entry(catalog, "location", location_id)
    assert entry.address["postal_code"] and entry.address_id
    assert entry.values["latitude"] is not None
    service_id = _first(catalog, "service_at_location", location_id=location_id)
    sal = table("service_at_location")
    with catalog.read() as session:
        service_id = str(session.connection().execute(select(sal.c.service_id).where(sal.c.id == service_id)).scalar())
    service = load_entry(catalog, "service", service_id)
    assert service.schedules and service.needs
    assert any("opens_at" in s.values for s in service.schedules)


def test_change_opening_hours_and_needs_goes_through_the_outbox(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    service_id = _first(catalog, "service")
    before = load_entry(catalog, "service", service_id)
    monthly = ScheduleLine(None, {"freq": "MONTHLY", "byday": "1WE", "opens_at": time(14), "closes_at": time(16)})
    holiday = ScheduleLine(None, {"valid_from": date(2026, 12, 24), "valid_to": date(2027, 1, 2),
                                  "description": "Gesloten in de kerstvakantie"})  # fmt: skip
    need = next(c.code for c in choices(catalog).needs if c.code not in before.needs)
    after = replace(
        with_values(before, name="Nieuwe naam"),
        schedules=(*before.schedules[1:], monthly, holiday),
        phones=(*before.phones, PhoneLine(None, "0162 123456", "Receptie")),
        needs=(*before.needs, need),
    )
    save_entry(catalog, before, after, "wijkmakelaar")
    again = load_entry(catalog, "service", service_id)
    assert again.name == "Nieuwe naam"
    assert any(s.values.get("byday") == "1WE" for s in again.schedules)
    assert any(s.values.get("description") == "Gesloten in de kerstvakantie" for s in again.schedules)
    assert need in again.needs and any(p.number == "0162 123456" for p in again.phones)
    edits = _outbox(catalog)
    assert ("service", "update", {"name": "Nieuwe naam"}) in edits
    assert sum(1 for e, op, _p in edits if e == "schedule" and op == "create") == 2
    if before.schedules:
        assert any(e == "schedule" and op == "delete" for e, op, _p in edits)
    assert any(e == "attribute" and op == "create" for e, op, _p in edits)


def test_a_bad_value_is_refused_and_nothing_is_written(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    location_id = _activity_centre(catalog)
    before = load_entry(catalog, "location", location_id)
    after = replace(before, address={**before.address, "postal_code": "12345"}, values={**before.values, "name": "X"})
    with pytest.raises(EditError) as refused:
        save_entry(catalog, before, after, "wijkmakelaar")
    assert [p.field for p in refused.value.problems] == ["postal_code"]
    assert _outbox(catalog) == []


def test_new_location_with_coordinates_from_its_postcode(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    known = load_entry(catalog, "location", _activity_centre(catalog))
    where = coordinates_for_postcode(catalog, str(known.address["postal_code"]).lower().replace(" ", ""))
    assert where is not None
    assert coordinates_for_postcode(catalog, "9999 ZZ") is None
    entry = new_entry("location", name="Dorpshuis De Linde", latitude=where[0], longitude=where[1])
    entry = replace(entry, address={**entry.address, "address_1": "Dorpsstraat 1", "city": "Dorst",
                                    "postal_code": known.address["postal_code"]})  # fmt: skip
    new_id = save_entry(catalog, None, entry, "wijkmakelaar")
    saved = load_entry(catalog, "location", new_id)
    assert saved.name == "Dorpshuis De Linde" and saved.address["city"] == "Dorst"
    assert [(e, op) for e, op, _p in _outbox(catalog)] == [("location", "create"), ("address", "create")]


def test_new_service_needs_its_required_fields(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    with pytest.raises(EditError) as refused:
        save_entry(catalog, None, new_entry("service", name="Repair café"), "wijkmakelaar")
    assert "organization_id" in {p.field for p in refused.value.problems}
    org = choices(catalog).organizations[0].code
    service_id = save_entry(catalog, None, new_entry("service", name="Repair café", organization_id=org), "w")
    assert load_entry(catalog, "service", service_id).values["status"] == "active"


def test_klopt_nog_records_who_and_when(demo_session: CatalogSession) -> None:
    catalog = demo_session.catalog
    service_id = _first(catalog, "service")
    verify(catalog, "service", service_id, "an@gemeente.nl", on=date(2026, 11, 24))
    entry = load_entry(catalog, "service", service_id)
    assert entry.last_verified == date(2026, 11, 24) and entry.assurer_email == "an@gemeente.nl"
    assert _outbox(catalog)[-1] == (
        "service",
        "update",
        {"last_verified": "2026-11-24", "assurer_email": "an@gemeente.nl"},
    )


def test_role_rule(demo_session: CatalogSession) -> None:
    assert may_edit("beheerder", "organization")
    assert not may_edit("wijkmakelaar", "organization")
    assert may_edit("wijkmakelaar", "service", ("WK082601",), frozenset({"WK082601"}))
    assert may_edit("wijkmakelaar", "service", ("BU08260101",), frozenset({"WK082601"}))
    assert not may_edit("wijkmakelaar", "service", ("WK082602",), frozenset({"WK082601"}))
    assert may_edit("wijkmakelaar", "service", (), frozenset({"WK082601"}))  # a new entry lies in no wijk yet
    assert not may_edit("welzijnswerker", "service") and not may_edit(None, "service")
    catalog = demo_session.catalog
    assert laptop_role(catalog, synced=False) == ("beheerder", None)
    assert laptop_role(catalog, synced=True) == (None, None)
    assert entry_areas(catalog, "location", _activity_centre(catalog))


def test_a_wijkmakelaar_laptop_edits_its_own_wijken(demo_session: CatalogSession) -> None:
    from socialekaart.sync.local import set_state
    from socialekaart.workspace.permissions import AREAS_STATE_KEY

    catalog = demo_session.catalog
    location_id = _activity_centre(catalog)
    areas = entry_areas(catalog, "location", location_id)
    wijk = next(a for a in areas if a.startswith("WK"))
    with catalog.write_connection() as conn:
        set_state(conn, "role", "wijkmakelaar")
        set_state(conn, AREAS_STATE_KEY, f"{wijk};WK999999")
    role, own = laptop_role(catalog, synced=True)
    assert role == "wijkmakelaar" and own == frozenset({wijk, "WK999999"})
    assert may_edit(role, "location", areas, own)
    assert not may_edit(role, "location", areas, frozenset({"WK999999"}))
