"""Local edits obey the one validation: a refused value names its field and reason, and nothing is written."""

from __future__ import annotations

import math
from typing import Any

import pytest
from sqlalchemy import func, select

from socialekaart.catalog.editing import EditError, create_entity, update_entity
from socialekaart.catalog.models import Organization, SyncOutbox
from socialekaart.catalog.registry import key_column, model_table, table
from socialekaart.catalog.store import Catalog
from tests.catalog.entries import good_entries

BAD: list[tuple[str, str, Any]] = [
    ("location", "latitude", 1000.0),
    ("location", "latitude", math.nan),
    ("location", "longitude", math.inf),
    ("service", "access_type", "bogus"),
    ("service", "minimum_age", -5.0),
    ("service", "maximum_age", -math.inf),
    ("service", "name", "twee\nregels"),
    ("service", "name", "omgekeerd \u202e gnimaN"),
    ("service", "email", "info at voorbeeld"),
    ("service", "url", "javascript:alert(1)"),
    ("address", "postal_code", "49011"),
    ("phone", "number", "12345"),
    ("schedule", "byday", "XX"),
]

GOOD = good_entries("org-1")


def _row(catalog: Catalog, entity: str, entity_id: str) -> dict[str, Any]:
    t = table(entity)
    with catalog.engine.connect() as conn:
        return dict(conn.execute(select(t).where(t.c[key_column(entity)] == entity_id)).one()._mapping)


def _outbox(catalog: Catalog) -> int:
    with catalog.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model_table(SyncOutbox))).scalar_one())


@pytest.fixture
def entries(catalog: Catalog) -> dict[str, str]:
    with catalog.write() as session:
        session.add(Organization(id="org-1", name="Surplus Welzijn", description="Welzijn"))
    return {name: create_entity(catalog, name, dict(values), "anna") for name, values in GOOD.items()}


@pytest.mark.parametrize(("entity", "field", "value"), BAD, ids=[f"{b[0]}.{b[1]}={b[2]!r}" for b in BAD])
def test_a_refused_edit_names_field_and_reason_and_writes_nothing(
    catalog: Catalog, entries: dict[str, str], entity: str, field: str, value: Any
) -> None:
    before, queued = _row(catalog, entity, entries[entity]), _outbox(catalog)
    with pytest.raises(EditError) as info:
        update_entity(catalog, entity, entries[entity], {field: value}, "anna")
    (problem,) = info.value.problems
    assert (problem.entity, problem.entity_id, problem.field) == (entity, entries[entity], field)
    assert str(info.value).startswith(f"{field}: ")
    assert _row(catalog, entity, entries[entity]) == before and _outbox(catalog) == queued


def test_a_refused_create_writes_nothing(catalog: Catalog, entries: dict[str, str]) -> None:
    queued = _outbox(catalog)
    with pytest.raises(EditError, match="status: verplicht veld ontbreekt"):
        create_entity(catalog, "service", {"organization_id": "org-1", "name": "Zonder status"}, "anna")
    with pytest.raises(EditError, match="version: kan niet worden gewijzigd"):
        update_entity(catalog, "service", entries["service"], {"version": 9}, "anna")
    with pytest.raises(EditError, match="onbekend soort gegeven"):
        update_entity(catalog, "spaceship", "x", {"name": "x"}, "anna")
    assert _outbox(catalog) == queued


def test_area_codes_must_exist_once_the_catalog_has_areas(catalog: Catalog, entries: dict[str, str]) -> None:
    sid = entries["service"]
    create_entity(catalog, "service_area", {"service_id": sid, "area_code": "GM0826"}, "anna")  # no area tree yet
    create_entity(catalog, "area", {"code": "GM0826", "kind": "gemeente", "name": "Oosterhout"}, "anna")
    create_entity(catalog, "service_area", {"service_id": sid, "area_code": "GM0826"}, "anna")
    with pytest.raises(EditError, match="area_code: onbekende gebiedscode 'GM9999'"):
        create_entity(catalog, "service_area", {"service_id": sid, "area_code": "GM9999"}, "anna")
