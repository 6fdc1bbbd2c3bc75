"""Duplicates on the demo catalog: a planted double is found by name and contact, listed by the scan, and merged
with its links, its history and a redirect."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from socialekaart.catalog.editing import EditError, create_entity, update_entity
from socialekaart.catalog.entries import resolve_id
from socialekaart.catalog.models import Phone, Redirect, Service
from socialekaart.catalog.store import Catalog
from socialekaart.workspace.duplicates import DuplicateIndex, likely_duplicates, merge, scan_duplicates
from socialekaart.workspace.history import history
from socialekaart.workspace.reports import report, reports


def _original(catalog: Catalog) -> Service:
    with catalog.read() as session:
        found = session.scalars(select(Service).where(Service.name.like("Schuldhulpmaatje%"))).first()
        assert found is not None
        return found


def _plant(catalog: Catalog, original: Service) -> str:
    copy = {"organization_id": original.organization_id, "name": original.name.upper() + "!", "status": "active"}
    twin = create_entity(catalog, "service", copy, "import")
    create_entity(catalog, "phone", {"service_id": twin, "number": "0162 123456"}, "import")
    return twin


def test_a_new_entry_is_checked_against_names_and_contacts(demo: Catalog) -> None:
    original = _original(demo)
    found = likely_duplicates(demo, {"name": original.name.lower()})
    assert found and found[0].entity_id == original.id and found[0].reasons[0] == "naam"
    assert likely_duplicates(demo, {"name": "Iets heel anders zonder gelijke"}) == []
    index = DuplicateIndex(demo)
    assert index.check({"name": original.name}, exclude_id=original.id) == [] or all(
        c.entity_id != original.id for c in index.check({"name": original.name}, exclude_id=original.id)
    )


def test_scan_finds_the_planted_double_and_merge_folds_it_in(demo: Catalog) -> None:
    original = _original(demo)
    twin = _plant(demo, original)
    update_entity(demo, "service", twin, {"description": "Een beschrijving die alleen de dubbele had."}, "import")
    pairs = scan_duplicates(demo)
    assert any({p.first_id, p.second_id} == {original.id, twin} for p in pairs)
    mid = report(demo, "service", twin, "Fatima", text="Staat er twee keer in.")

    moved = merge(demo, "service", original.id, twin, "Wendy")
    assert moved >= 2  # the phone and the melding
    with demo.read() as session:
        phone_owner = session.scalar(select(Phone.service_id).where(Phone.number == "0162 123456"))
        gone = session.get(Service, twin)
        kept = session.get(Service, original.id)
        redirect = session.get(Redirect, twin)
        assert phone_owner == original.id and (gone is None or gone.deleted_at is not None)
        assert redirect is not None and redirect.kept_id == original.id
        assert kept is not None
        if original.description is None:
            assert kept.description == "Een beschrijving die alleen de dubbele had."
        assert resolve_id(session.connection(), "service", twin) == original.id
    assert [m.id for m in reports(demo, entity_id=original.id)] == [mid]
    assert any(c.entity_id == twin for c in history(demo, "service", original.id))
    assert not any({p.first_id, p.second_id} == {original.id, twin} for p in scan_duplicates(demo))
    with pytest.raises(EditError, match="zichzelf"):
        merge(demo, "service", original.id, twin, "Wendy")
