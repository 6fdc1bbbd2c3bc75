"""Map data composed from the catalog and geo: GeoJSON of areas and service markers, per-buurt coverage counts."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from socialekaart.catalog.models import (
    Area,
    Attribute,
    Location,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from socialekaart.catalog.profile import TAXONOMY_URIS
from socialekaart.catalog.store import Catalog
from socialekaart.geo.boundary_geometry import label_point

#: An area code the map accepts from the page (gemeente, wijk or buurt).
AREA_CODE_RE = re.compile(r"^(GM|WK|BU)\d+$")
#: Coordinates are rounded to this many decimals (about 10 cm), which keeps the page small.
COORD_DECIMALS = 6

FeatureCollection = dict[str, Any]


@dataclass(frozen=True, slots=True)
class MapMarker:
    """One search result on the map: a service at one point, coloured by its access type."""

    service_id: str
    name: str
    lat: float
    lon: float
    access_type: str | None = None
    open_now: bool | None = None

    @classmethod
    def from_tuple(cls, row: Sequence[Any]) -> MapMarker:
        """From `(service_id, name, lat, lon, access_type, open_now)`; ValueError on bad values."""
        if len(row) != 6:
            raise ValueError("a map marker needs (service_id, name, lat, lon, access_type, open_now)")
        service_id, name, lat, lon, access_type, open_now = row
        lat_f, lon_f = float(lat), float(lon)
        if not (-90.0 <= lat_f <= 90.0 and -180.0 <= lon_f <= 180.0):
            raise ValueError(f"coordinates out of range: {lat_f}, {lon_f}")
        return cls(
            service_id=str(service_id),
            name=str(name),
            lat=lat_f,
            lon=lon_f,
            access_type=None if access_type is None else str(access_type),
            open_now=None if open_now is None else bool(open_now),
        )


def is_area_code(code: object) -> bool:
    """True for a string shaped like a CBS gemeente, wijk or buurt code."""
    return isinstance(code, str) and AREA_CODE_RE.match(code) is not None


def _round_coords(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, COORD_DECIMALS)
    if isinstance(value, list):
        return [_round_coords(v) for v in value]
    return value


def _in_scope(code: str, within: str | None, parents: dict[str, str | None]) -> bool:
    if within is None:
        return True
    current: str | None = code
    seen = 0
    while current is not None and seen < 10:
        if current == within:
            return True
        current = parents.get(current)
        seen += 1
    return False


def areas_feature_collection(
    catalog: Catalog, *, kinds: Iterable[str] = ("wijk", "buurt"), within: str | None = None
) -> FeatureCollection:
    """Wijk and buurt polygons (WGS84) with code, name, kind, parent and a label point inside the area.

    `within` limits the collection to an area and everything below it (a gemeente, kern or wijk code).
    """
    wanted = set(kinds)
    with catalog.read() as session:
        rows = session.execute(
            select(Area.code, Area.kind, Area.name, Area.parent_code, Area.geometry).where(Area.deleted_at.is_(None))
        ).all()
    parents = {row.code: row.parent_code for row in rows}
    features: list[dict[str, Any]] = []
    for row in sorted(rows, key=lambda r: (r.kind != "wijk", r.code)):
        if row.kind not in wanted or not row.geometry:
            continue
        if not _in_scope(row.code, within, parents):
            continue
        geometry = json.loads(row.geometry)
        try:
            label_lat, label_lon = label_point(row.geometry)
        except ValueError:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": geometry["type"], "coordinates": _round_coords(geometry["coordinates"])},
                "properties": {
                    "code": row.code,
                    "name": row.name,
                    "kind": row.kind,
                    "parent": row.parent_code,
                    "label": [round(label_lat, COORD_DECIMALS), round(label_lon, COORD_DECIMALS)],
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def markers_feature_collection(markers: Iterable[MapMarker]) -> FeatureCollection:
    """Service markers as GeoJSON points; the name is plain text, the page must show it as text."""
    features = [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [round(m.lon, COORD_DECIMALS), round(m.lat, COORD_DECIMALS)],
            },
            "properties": {
                "id": m.service_id,
                "name": m.name,
                "access_type": m.access_type,
                "open_now": m.open_now,
            },
        }
        for m in markers
    ]
    return {"type": "FeatureCollection", "features": features}


def service_markers(
    catalog: Catalog, *, area_code: str | None = None, service_ids: Sequence[str] | None = None
) -> list[MapMarker]:
    """One marker per (service, location with coordinates), optionally limited to an area or to given services.

    The area may be a gemeente, kern, wijk or buurt: a location counts when its buurt or wijk lies inside it.
    """
    scope: set[str] | None = None
    if area_code is not None:
        with catalog.read() as session:
            areas = session.execute(select(Area.code, Area.parent_code).where(Area.deleted_at.is_(None))).all()
        parents = {a.code: a.parent_code for a in areas}
        scope = {a.code for a in areas if _in_scope(a.code, area_code, parents)}
    stmt = (
        select(
            Service.id,
            Service.name,
            Service.access_type,
            Location.latitude,
            Location.longitude,
            Location.buurt_code,
            Location.wijk_code,
        )
        .join(ServiceAtLocation, ServiceAtLocation.service_id == Service.id)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .where(
            Service.deleted_at.is_(None),
            ServiceAtLocation.deleted_at.is_(None),
            Location.deleted_at.is_(None),
            Location.latitude.is_not(None),
            Location.longitude.is_not(None),
        )
        .order_by(Service.name, Service.id)
    )
    if service_ids is not None:
        stmt = stmt.where(Service.id.in_(list(service_ids)))
    with catalog.read() as session:
        rows = session.execute(stmt).all()
    markers: list[MapMarker] = []
    seen: set[tuple[str, float, float]] = set()
    for row in rows:
        if scope is not None and row.buurt_code not in scope and row.wijk_code not in scope:
            continue
        key = (row.id, float(row.latitude), float(row.longitude))
        if key in seen:
            continue
        seen.add(key)
        markers.append(MapMarker(row.id, row.name, float(row.latitude), float(row.longitude), row.access_type))
    return markers


def _need_term_ids(catalog: Catalog, need_code: str) -> list[str]:
    with catalog.read() as session:
        return list(
            session.scalars(
                select(TaxonomyTerm.id)
                .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
                .where(Taxonomy.uri == TAXONOMY_URIS["behoeften"], TaxonomyTerm.code == need_code)
            )
        )


def need_label(catalog: Catalog, need_code: str) -> str | None:
    """The Dutch name of a need code, or None when the catalog does not know the need."""
    with catalog.read() as session:
        name = session.scalar(
            select(TaxonomyTerm.name)
            .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
            .where(Taxonomy.uri == TAXONOMY_URIS["behoeften"], TaxonomyTerm.code == need_code)
        )
    return None if name is None else str(name)


def coverage_counts(catalog: Catalog, need_code: str) -> dict[str, int]:
    """Per buurt: how many services serve the need there (every buurt of the catalog is a key, 0 included).

    A service serves a buurt when it has a location in that buurt, or when its service area is that buurt or the
    buurt's wijk. Services for the whole gemeente or a kern are not counted: they would raise every buurt alike.
    """
    term_ids = _need_term_ids(catalog, need_code)
    with catalog.read() as session:
        buurten = session.execute(
            select(Area.code, Area.parent_code).where(Area.kind == "buurt", Area.deleted_at.is_(None))
        ).all()
        counts: dict[str, set[str]] = {b.code: set() for b in buurten}
        if not term_ids:
            return dict.fromkeys(counts, 0)
        service_ids = set(
            session.scalars(
                select(Attribute.link_id).where(
                    Attribute.link_entity == "service",
                    Attribute.taxonomy_term_id.in_(term_ids),
                    Attribute.deleted_at.is_(None),
                )
            )
        )
        live = set(session.scalars(select(Service.id).where(Service.id.in_(service_ids), Service.deleted_at.is_(None))))
        located = session.execute(
            select(ServiceAtLocation.service_id, Location.buurt_code)
            .join(Location, Location.id == ServiceAtLocation.location_id)
            .where(
                ServiceAtLocation.service_id.in_(live),
                ServiceAtLocation.deleted_at.is_(None),
                Location.deleted_at.is_(None),
            )
        ).all()
        served = session.execute(
            select(ServiceArea.service_id, ServiceArea.area_code).where(
                ServiceArea.service_id.in_(live), ServiceArea.deleted_at.is_(None)
            )
        ).all()
    for sid, location_buurt in located:
        if location_buurt in counts:
            counts[location_buurt].add(sid)
    by_wijk: dict[str, list[str]] = {}
    for b in buurten:
        if b.parent_code:
            by_wijk.setdefault(b.parent_code, []).append(b.code)
    for area_sid, served_area in served:
        if area_sid is None:
            continue
        area = served_area or ""
        if area in counts:
            counts[area].add(area_sid)
        for buurt_code in by_wijk.get(area, []):
            counts[buurt_code].add(area_sid)
    return {code: len(ids) for code, ids in counts.items()}
