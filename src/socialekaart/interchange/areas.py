"""Builds the area tree from CBS boundary files and areas.csv, and links every location to its buurt and wijk."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from socialekaart.catalog.models import Area, Location
from socialekaart.geo.boundaries import gemeente_of
from socialekaart.interchange.problems import ProblemList

if TYPE_CHECKING:
    from socialekaart.geo.boundaries import AreaFeature
    from socialekaart.interchange.sources import RawPackage


class _ParsedRow(Protocol):
    values: dict[str, Any]
    file: str
    row: int | str


def read_boundary_bytes(name: str, data: bytes) -> list[AreaFeature]:
    """Read a CBS boundary file given as bytes (from a package or a zip)."""
    from socialekaart.geo.boundaries import read_cbs_boundaries

    with tempfile.TemporaryDirectory(prefix="sk-grenzen-") as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(data)
        return read_cbs_boundaries(path)


def merge_areas(
    features: Iterable[AreaFeature],
    csv_rows: dict[str, dict[str, Any]],
    existing_parents: dict[str, str | None],
    demo: bool,
) -> list[dict[str, Any]]:
    """Area rows from boundary features plus areas.csv rows; kern parents from the csv or the catalog win."""
    rows: dict[str, dict[str, Any]] = {code: dict(values) for code, values in csv_rows.items()}
    for feature in features:
        row = rows.setdefault(
            feature.code,
            {
                "code": feature.code,
                "kind": feature.kind,
                "name": feature.name,
                "parent_code": None,
                "demo": demo,
            },
        )
        row["geometry"] = feature.geometry_geojson
        row["centroid_lat"] = feature.centroid_lat
        row["centroid_lon"] = feature.centroid_lon
        if not row.get("name"):
            row["name"] = feature.name
        if not row.get("parent_code"):
            # A wijk keeps the kern it already had; otherwise CBS nesting (buurt -> wijk -> gemeente).
            row["parent_code"] = existing_parents.get(feature.code) or feature.parent_code
        if feature.kind == "wijk" or feature.kind == "buurt":
            gemeente = feature.gemeente_code
            if gemeente not in rows and gemeente not in existing_parents:
                rows[gemeente] = {
                    "code": gemeente,
                    "kind": "gemeente",
                    "name": gemeente,
                    "parent_code": None,
                    "demo": demo,
                }
    known = set(rows) | set(existing_parents)
    for row in rows.values():
        parent = row.get("parent_code")
        if parent and parent not in known:
            # A 2022 buurt whose wijk no longer exists in the 2025 wijk layer: hang it under the gemeente.
            row["parent_code"] = gemeente_of(row["code"]) if row["code"][:2] in ("BU", "WK") else None
        for key in ("geometry", "centroid_lat", "centroid_lon", "last_verified"):
            row.setdefault(key, None)
        row.setdefault("demo", demo)
    return list(rows.values())


def area_rows_from_package(
    raw: RawPackage, csv_rows: list[Any], problems: ProblemList, demo: bool
) -> list[dict[str, Any]] | None:
    """The package's area rows (areas.csv merged with its boundary files), or None when it has neither."""
    if not raw.boundaries and not csv_rows:
        return None
    from socialekaart.geo.boundaries import BoundaryFileError

    features: list[AreaFeature] = []
    for boundary in raw.boundaries:
        try:
            features.extend(read_boundary_bytes(boundary.name, boundary.data))
        except BoundaryFileError as exc:
            problems.add(boundary.name, None, None, exc.message)
    by_code = {r.values["code"]: {**r.values, "__file": r.file, "__row": r.row} for r in csv_rows}
    rows = merge_areas(features, by_code, {}, demo)
    for row in rows:
        row.setdefault("__file", "grenzen")
        row.setdefault("__row", row["code"])
    return rows


def import_boundaries(session: Session, features: list[AreaFeature], actor: str = "import") -> tuple[int, int]:
    """Write boundary features into the catalog's area tree; returns (added, updated)."""
    existing = {a.code: a for a in session.scalars(select(Area))}
    parents = {code: a.parent_code for code, a in existing.items()}
    added = updated = 0
    for row in merge_areas(features, {}, parents, demo=False):
        current = existing.get(row["code"])
        if current is None:
            session.add(Area(**row, modified_by=actor))
            added += 1
        else:
            for key in ("geometry", "centroid_lat", "centroid_lon"):
                setattr(current, key, row[key])
            if not current.name or current.name == current.code:
                current.name = row["name"]
            current.modified_by = actor
            updated += 1
    session.flush()
    return added, updated


def assign_location_areas(session: Session) -> int:
    """Set buurt_code and wijk_code of every location with coordinates; returns how many got a buurt.

    Derived columns: this does not bump the row version (every laptop computes the same from the same data).
    """
    from socialekaart.geo.locate import AreaLocator

    areas = session.execute(
        select(Area.code, Area.kind, Area.parent_code, Area.geometry).where(
            Area.geometry.is_not(None), Area.kind.in_(("wijk", "buurt")), Area.deleted_at.is_(None)
        )
    ).all()
    if not areas:
        return 0
    buurten = AreaLocator((a.code, a.geometry) for a in areas if a.kind == "buurt" and a.geometry)
    wijken = AreaLocator((a.code, a.geometry) for a in areas if a.kind == "wijk" and a.geometry)
    parent_of = {a.code: a.parent_code for a in areas}
    locations = session.execute(
        select(Location.id, Location.latitude, Location.longitude, Location.buurt_code, Location.wijk_code).where(
            Location.latitude.is_not(None), Location.longitude.is_not(None)
        )
    ).all()
    if not locations:
        return 0
    points = [(float(loc.latitude), float(loc.longitude)) for loc in locations]
    buurt_codes = buurten.locate_many(points) if len(buurten) else [None] * len(points)
    wijk_codes = wijken.locate_many(points) if len(wijken) else [None] * len(points)
    changes = []
    assigned = 0
    for loc, buurt, wijk in zip(locations, buurt_codes, wijk_codes, strict=True):
        if buurt is not None:
            assigned += 1
            parent = parent_of.get(buurt)
            if parent is not None and parent in parent_of:
                wijk = parent  # the buurt's own wijk wins where 2022 buurten and 2025 wijken differ
        if (buurt, wijk) != (loc.buurt_code, loc.wijk_code):
            changes.append({"lid": loc.id, "buurt_code": buurt, "wijk_code": wijk})
    if changes:
        stmt = (
            update(Location.__table__)  # type: ignore[arg-type]
            .where(Location.__table__.c.id == bindparam("lid"))
            .values(buurt_code=bindparam("buurt_code"), wijk_code=bindparam("wijk_code"))
        )
        session.connection().execute(stmt, changes)
    return assigned
