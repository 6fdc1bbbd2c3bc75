"""The entity registry: built from the models, parents before children, personal data marked, JSON both ways."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from socialekaart.catalog.registry import (
    UnknownEntity,
    decode_row,
    encode_row,
    entities,
    entity,
    key_column,
    personal_columns,
    strip_personal,
)


def test_every_catalog_entity_and_nothing_else() -> None:
    names = set(entities())
    assert {"service", "organization", "location", "area", "volunteer", "thesaurus_term"} <= names
    assert not names & {"sync_change", "sync_outbox", "catalog_info", "unmatched_need"}
    assert (key_column("service"), key_column("area"), key_column("thesaurus_term")) == ("id", "code", "term")
    with pytest.raises(UnknownEntity, match="onbekend soort gegeven"):
        entity("no_such_table")


def test_parents_come_before_children() -> None:
    order = list(entities())
    for name in order:
        for parent in entity(name).foreign_tables:
            assert order.index(parent) < order.index(name), (parent, name)


def test_personal_data_and_fields() -> None:
    assert personal_columns("volunteer") == {"name", "email", "phone"}
    assert personal_columns("service") == frozenset()
    service = entity("service").by_name
    assert service["name"].required and not service["description"].required and service["description"].multiline
    assert not service["name"].multiline and service["version"].bookkeeping
    assert service["organization_id"].foreign_table == "organization"
    row = {"id": "v1", "name": "Vera", "email": "v@example.nl", "phone": None, "capacity": 2}
    assert strip_personal("volunteer", row) == {"id": "v1", "name": "", "email": None, "phone": None, "capacity": 2}


def test_json_values_both_ways() -> None:
    t = entity("schedule").table
    row = {c.name: None for c in t.c}
    row.update(id="s1", valid_from=date(2026, 1, 5), opens_at=time(9, 30), last_modified=datetime(2026, 1, 1, 12))
    encoded = encode_row("schedule", row)
    assert encoded["valid_from"] == "2026-01-05" and encoded["opens_at"] == "09:30:00"
    decoded = decode_row("schedule", {**encoded, "interval": 2, "column_of_a_newer_version": 1})
    assert decoded["valid_from"] == date(2026, 1, 5) and decoded["opens_at"] == time(9, 30)
    assert decoded["interval"] == 2.0 and "column_of_a_newer_version" not in decoded
