"""Who keeps which entry on the server: anyone opens a melding, whoever keeps the wijk closes it, and a
wijkmakelaar with areas edits only entries in those areas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from socialekaart.catalog.entries import KEPT_ENTITIES, area_closure, entry_in_areas, entry_wijk
from socialekaart.server.auth import KEEPERS, User

OUTSIDE = "valt buiten de wijken die u beheert"


def _melding(
    conn: Connection, op: str, patch: Mapping[str, Any], user: User, current: Mapping[str, Any] | None
) -> str | None:
    if op == "create":
        return None if patch.get("status", "open") == "open" else "een nieuwe melding staat open"
    if user.role not in KEEPERS:
        return f"uw rol ({user.role}) mag meldingen niet sluiten"
    if user.role == "wijkmakelaar" and user.areas and current is not None:
        codes = area_closure(conn, user.areas)
        if current.get("area_code") not in codes and not entry_in_areas(
            conn, str(current["entity"]), str(current["entity_id"]), codes
        ):
            return "deze melding hoort bij een wijk die u niet beheert"
    return None


def _owners(entity: str, entity_id: str, op: str, values: Mapping[str, Any]) -> set[tuple[str, str]]:
    """The kept entries (service, location, organisation) an edit of this row touches."""
    owners: set[tuple[str, str]] = set()
    if entity in KEPT_ENTITIES and op != "create":
        owners.add((entity, entity_id))
    for column, kind in (("service_id", "service"), ("location_id", "location")):
        if entity != kind and values.get(column):
            owners.add((kind, str(values[column])))
    return owners


def refusal(
    conn: Connection,
    entity: str,
    entity_id: str,
    op: str,
    patch: Mapping[str, Any],
    user: User,
    current: Mapping[str, Any] | None,
) -> str | None:
    """Why this user may not make this edit (None when they may), beyond what their role allows at all."""
    if entity == "melding":
        return _melding(conn, op, patch, user, current)
    if user.role != "wijkmakelaar" or not user.areas:
        return None
    codes = area_closure(conn, user.areas)
    if entity == "location":
        for column in ("wijk_code", "buurt_code"):
            if patch.get(column) and patch[column] not in codes:
                return f"{column} {patch[column]} {OUTSIDE}"
    touched = _owners(entity, entity_id, op, {**(current or {}), **patch})
    if current is not None:
        touched |= _owners(entity, entity_id, op, current)
    for kind, owner in sorted(touched):
        # An entry without any place yet (a new service before it is linked) may be edited by any keeper.
        if entry_wijk(conn, kind, owner) is not None and not entry_in_areas(conn, kind, owner, codes):
            return f"{kind} {owner} {OUTSIDE}"
    return None
