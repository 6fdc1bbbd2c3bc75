"""The places of a service for its detail: locations with address, buurt, wijk and kern, accessibility and hours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialekaart.catalog.models import Accessibility, Address, Area, Location, Schedule, ServiceAtLocation
from socialekaart.catalog.queries.hours import week_hours
from socialekaart.catalog.queries.records import PlaceDetail
from socialekaart.text import text_of


def area_names(session: Session, locations: Iterable[Location]) -> dict[str, Area]:
    """The areas of the locations' buurt and wijk and every area above them, by code."""
    codes: set[str] = set()
    for loc in locations:
        codes.update(c for c in (loc.buurt_code, loc.wijk_code) if c)
    found: dict[str, Area] = {}
    # Walk up the tree (buurt → wijk → kern → gemeente) in a few queries.
    while codes:
        rows = list(session.scalars(select(Area).where(Area.code.in_(codes))))
        for row in rows:
            found[row.code] = row
        codes = {r.parent_code for r in rows if r.parent_code and r.parent_code not in found}
    return found


def _kern_name(code: str | None, areas: dict[str, Area]) -> str:
    seen: set[str] = set()
    while code and code in areas and code not in seen:
        seen.add(code)
        node = areas[code]
        if node.kind == "kern":
            return node.name
        code = node.parent_code
    return ""


def places_of(
    session: Session,
    sal_rows: Sequence[ServiceAtLocation],
    locations: dict[str, Location],
    by_sal: dict[str | None, list[Schedule]],
    areas: dict[str, Area],
    today: date,
) -> tuple[PlaceDetail, ...]:
    """One PlaceDetail per service-at-location whose location exists, with its physical address first."""
    loc_ids = list(locations)
    addresses: dict[str, Address] = {}
    for row in session.scalars(
        select(Address)
        .where(Address.location_id.in_(loc_ids), Address.deleted_at.is_(None))
        .order_by(Address.address_type.desc())
    ):
        # Prefer the physical address over a postal one.
        if row.location_id and (row.location_id not in addresses or text_of(row.address_type).lower() == "physical"):
            addresses[row.location_id] = row
    access: dict[str, list[str]] = defaultdict(list)
    for acc in session.scalars(
        select(Accessibility).where(Accessibility.location_id.in_(loc_ids), Accessibility.deleted_at.is_(None))
    ):
        text = text_of(acc.description)
        if text_of(acc.details):
            text = f"{text}: {text_of(acc.details)}" if text else text_of(acc.details)
        if text and acc.location_id:
            access[acc.location_id].append(text)
    places: list[PlaceDetail] = []
    for sal in sal_rows:
        loc = locations.get(sal.location_id)
        if loc is None:
            continue
        addr = addresses.get(loc.id)
        buurt = areas[loc.buurt_code].name if loc.buurt_code in areas else ""
        wijk = areas[loc.wijk_code].name if loc.wijk_code in areas else ""
        kern = _kern_name(loc.wijk_code or loc.buurt_code, areas)
        places.append(
            PlaceDetail(
                location_id=loc.id,
                name=text_of(loc.name) or (text_of(addr.address_1) if addr else ""),
                address=" ".join(p for p in ((text_of(addr.address_1), text_of(addr.address_2)) if addr else ()) if p),
                postal_code=text_of(addr.postal_code) if addr else "",
                city=text_of(addr.city) if addr else "",
                buurt=buurt,
                wijk=wijk,
                kern=kern,
                note=text_of(sal.description),
                transportation=text_of(loc.transportation),
                accessibility=tuple(access.get(loc.id, ())),
                latitude=loc.latitude,
                longitude=loc.longitude,
                hours=week_hours(by_sal.get(sal.id, []), today),
            )
        )
    return tuple(places)
