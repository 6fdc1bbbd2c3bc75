"""Who may edit what: one rule for the app and the server (a wijkmakelaar their wijken, a beheerder everywhere)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from socialekaart.catalog.registry import entities, table
from socialekaart.catalog.store import Catalog
from socialekaart.sync.client import ROLE_KEY
from socialekaart.sync.local import get_state

#: What a wijkmakelaar keeps: the entries of their wijk and what hangs off them (not organisations or taxonomies).
WIJKMAKELAAR_TABLES = frozenset(
    {
        "service",
        "location",
        "service_at_location",
        "address",
        "phone",
        "schedule",
        "contact",
        "language",
        "accessibility",
        "cost_option",
        "service_area",
        "required_document",
        "attribute",
        "initiative",
        "volunteer",
        "melding",
        "redirect",
    }
)
#: What every role may create: a melding ("klopt niet") about any entry.
ANYONE_CREATES = frozenset({"melding"})
#: The sync state key where a synced laptop keeps the user's wijken (";"-separated codes), next to the role.
AREAS_STATE_KEY = "areas"


def may_edit(
    role: str | None,
    entity_name: str,
    entry_areas: Iterable[str] = (),
    own_areas: frozenset[str] | None = None,
    op: str = "update",
) -> bool:
    """Whether a user of `role` may change an entry of `entity_name` lying in `entry_areas` (wijk/buurt codes).

    A beheerder edits everything; a wijkmakelaar the entries of their wijken (`own_areas`; None when the wijken are
    not known, which leaves the check of areas to the server), and an entry that lies in no wijk yet (a new one);
    every other role edits nothing. Anyone may create a melding (`op` "create").
    """
    if op == "create" and entity_name in ANYONE_CREATES:
        return True
    if role == "beheerder":
        return entity_name in entities()
    if role != "wijkmakelaar" or entity_name not in WIJKMAKELAAR_TABLES:
        return False
    areas = {a for a in entry_areas if a}
    if own_areas is None or not areas:
        return True
    # CBS codes nest by their digits: buurt BU08260101 lies in wijk WK082601 of gemeente GM0826.
    return any(area[2:].startswith(own[2:]) for area in areas for own in own_areas)


def laptop_role(catalog: Catalog, synced: bool) -> tuple[str | None, frozenset[str] | None]:
    """(role, wijken) of the user of this laptop: from the last sync, or beheerder of a catalog that does not sync
    (the user's own). A synced laptop that has not heard its role yet may not edit."""
    if not synced:
        return "beheerder", None
    with catalog.read() as session:
        conn = session.connection()
        role, areas = get_state(conn, ROLE_KEY), get_state(conn, AREAS_STATE_KEY)
    return role, (frozenset(a for a in areas.split(";") if a) if areas is not None else None)


def entry_areas(catalog: Catalog, kind: str, entry_id: str) -> tuple[str, ...]:
    """The wijk and buurt codes an entry lies in: its location's, or those of a service's locations and served areas."""
    loc, sal, sa = table("location"), table("service_at_location"), table("service_area")
    with catalog.read() as session:
        conn = session.connection()
        codes: list[str] = []
        if kind == "location":
            rows = conn.execute(select(loc.c.wijk_code, loc.c.buurt_code).where(loc.c.id == entry_id)).all()
        elif kind == "service":
            rows = conn.execute(
                select(loc.c.wijk_code, loc.c.buurt_code)
                .join(sal, sal.c.location_id == loc.c.id)
                .where(sal.c.service_id == entry_id, sal.c.deleted_at.is_(None))
            ).all()
            codes += [str(c) for c in conn.execute(select(sa.c.area_code).where(sa.c.service_id == entry_id,
                      sa.c.deleted_at.is_(None), sa.c.area_code.is_not(None))).scalars()]  # fmt: skip
        else:
            rows = []
        for wijk, buurt in rows:
            codes += [str(c) for c in (wijk, buurt) if c]
    return tuple(dict.fromkeys(codes))
