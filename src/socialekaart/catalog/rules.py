"""The value rules every write obeys (import, edit, sync): allowed codes and ranges, with Dutch messages."""

from __future__ import annotations

from typing import Any

from socialekaart.catalog.profile import ACCESS_TYPES, AREA_KINDS, ENTRY_KINDS, PROVIDER_KINDS

SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")

CODED: dict[tuple[str, str], tuple[str, ...]] = {
    ("service", "access_type"): ACCESS_TYPES,
    ("service", "provider_kind"): PROVIDER_KINDS,
    ("service", "entry_kind"): ENTRY_KINDS,
    ("service", "status"): SERVICE_STATUSES,
    ("area", "kind"): AREA_KINDS,
}

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("location", "latitude"): (-90.0, 90.0),
    ("location", "longitude"): (-180.0, 180.0),
    ("area", "centroid_lat"): (-90.0, 90.0),
    ("area", "centroid_lon"): (-180.0, 180.0),
    ("service", "minimum_age"): (0.0, 150.0),
    ("service", "maximum_age"): (0.0, 150.0),
    ("volunteer", "capacity"): (0.0, 10_000.0),
    ("cost_option", "amount"): (0.0, 1e9),
}


# Values that break these rules are left empty with a warning instead of refusing the import: the official HSDS
# examples themselves hold a latitude of 100, and a bad coordinate should not keep a whole catalog out.
SOFT: frozenset[tuple[str, str]] = frozenset({("location", "latitude"), ("location", "longitude")})


def problem_with(table: str, column: str, value: Any) -> str | None:
    """Why value may not be stored in table.column (Dutch), or None when it may."""
    if value is None:
        return None
    allowed = CODED.get((table, column))
    if allowed is not None and value not in allowed:
        return f"onbekende waarde '{value}': kies uit {', '.join(allowed)}"
    bounds = RANGES.get((table, column))
    if bounds is not None and isinstance(value, (int, float)) and not bounds[0] <= value <= bounds[1]:
        return f"waarde {value} ligt buiten {bounds[0]:g} tot {bounds[1]:g}"
    if table == "area" and column == "geometry":
        return _geometry_problem(str(value))
    return None


def _geometry_problem(text: str) -> str | None:
    import shapely

    try:
        geometry = shapely.from_geojson(text)
    except Exception:  # shapely raises GEOSException or ValueError for bad GeoJSON
        return "geen geldige GeoJSON-geometrie"
    if geometry is None or geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return "verwacht een (Multi)Polygon in GeoJSON"
    return None
