"""The geometry of boundary files: polygons only, the coordinate system found, reprojected, merged and rounded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from socialekaart.geo.cbs import BoundaryFileError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# Plausible extent of the Netherlands in RD New (EPSG:28992) metres.
_RD_X_RANGE: Final = (0.0, 300_000.0)
_RD_Y_RANGE: Final = (300_000.0, 625_000.0)
RD_EPSG: Final = 28992
WGS84_EPSG: Final = 4326
_GEOJSON_GRID_DEG: Final = 1e-6  # about 0.1 m: plenty for wijk/buurt boundaries, keeps the JSON small
_POLYGONAL_TYPE_IDS: Final = (3, 6)  # shapely type ids of Polygon and MultiPolygon


def label_point(geometry_geojson: str) -> tuple[float, float]:
    """A (lat, lon) point guaranteed to lie inside the area, for placing a label on a map."""
    import shapely

    geometry = shapely.from_geojson(geometry_geojson)
    if geometry.is_empty:
        raise ValueError("cannot place a label on an empty geometry")
    point = shapely.point_on_surface(geometry)
    return float(point.y), float(point.x)


def polygonal(path: Path, geometries: npt.NDArray[Any], codes: Sequence[str]) -> npt.NDArray[Any]:
    """Repair invalid geometries and keep their polygonal parts; reject points and lines."""
    import numpy as np
    import shapely

    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        geometries = geometries.copy()
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    result = np.empty(len(geometries), dtype=object)
    for i, geometry in enumerate(geometries):
        if shapely.get_type_id(geometry) in _POLYGONAL_TYPE_IDS:
            result[i] = geometry
            continue
        parts = [part for part in shapely.get_parts(geometry) if shapely.get_type_id(part) in _POLYGONAL_TYPE_IDS]
        if not parts:
            raise BoundaryFileError(
                path,
                f"{path.name} bevat geen vlakken (polygonen): gebied {codes[i]} is een {geometry.geom_type}",
            )
        merged = parts[0] if len(parts) == 1 else shapely.union_all(parts)
        result[i] = merged
    return result


def detect_crs(path: Path, crs_text: str | None, geometries: npt.NDArray[Any]) -> int:
    """The EPSG code to read the coordinates in; GeoJSON in RD metres without a crs member is RD."""
    import pyproj
    import shapely

    min_x, min_y, max_x, max_y = (float(v) for v in shapely.total_bounds(geometries))
    looks_lonlat = -180.0 <= min_x <= max_x <= 180.0 and -90.0 <= min_y <= max_y <= 90.0
    looks_rd = (
        _RD_X_RANGE[0] <= min_x and max_x <= _RD_X_RANGE[1] and _RD_Y_RANGE[0] <= min_y and max_y <= _RD_Y_RANGE[1]
    )
    crs = None
    if crs_text:
        try:
            crs = pyproj.CRS.from_user_input(crs_text)
        except pyproj.exceptions.CRSError:
            crs = None
    if crs is None or (crs.is_geographic and not looks_lonlat):
        # GDAL reports WGS84 for every GeoJSON without a crs member, so trust the coordinates instead.
        if looks_rd:
            return RD_EPSG
        if looks_lonlat and crs is None:
            return WGS84_EPSG
        raise BoundaryFileError(
            path,
            f"Onbekend coördinatenstelsel in {path.name}: verwacht RD New (EPSG:28992) of WGS84 (EPSG:4326)",
        )
    epsg = crs.to_epsg()
    if epsg is None:
        # A WKT without an authority: compare it to the two systems CBS publishes in.
        for candidate in (RD_EPSG, WGS84_EPSG):
            if crs.equals(pyproj.CRS.from_epsg(candidate), ignore_axis_order=True):
                return candidate
        raise BoundaryFileError(
            path,
            f"Onbekend coördinatenstelsel in {path.name}: verwacht RD New (EPSG:28992) of WGS84 (EPSG:4326)",
        )
    return int(epsg)


def reproject(geometries: npt.NDArray[Any], source_epsg: int, target_epsg: int) -> npt.NDArray[Any]:
    import numpy as np
    import pyproj
    import shapely

    transformer = pyproj.Transformer.from_crs(source_epsg, target_epsg, always_xy=True)

    def transform(coords: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    result: npt.NDArray[Any] = shapely.transform(geometries, transform)
    return result


def merge_duplicates(
    geometries: npt.NDArray[Any],
    codes: list[str],
    names: list[str],
    years: list[int | None],
    water: list[bool],
) -> tuple[npt.NDArray[Any], list[str], list[str], list[int | None]]:
    """One feature per code: CBS splits some areas into a land and a water part (column WATER)."""
    import numpy as np
    import shapely

    if len(set(codes)) == len(codes):
        return geometries, codes, names, years
    groups: dict[str, list[int]] = {}
    for i, code in enumerate(codes):
        groups.setdefault(code, []).append(i)
    out_geometries: list[Any] = []
    out_codes: list[str] = []
    out_names: list[str] = []
    out_years: list[int | None] = []
    for code, indices in groups.items():
        land = [i for i in indices if not water[i]]
        parts = land or indices  # drop the water part of an area that also has land
        first = parts[0]
        geometry = geometries[first] if len(parts) == 1 else shapely.union_all(geometries[parts])
        out_geometries.append(geometry)
        out_codes.append(code)
        out_names.append(names[first])
        out_years.append(years[first])
    merged = np.empty(len(out_geometries), dtype=object)
    merged[:] = out_geometries
    return merged, out_codes, out_names, out_years


def rounded(geometries: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Snap WGS84 coordinates to about 0.1 m, keeping the geometry valid and non-empty."""
    import shapely

    snapped = shapely.set_precision(geometries, _GEOJSON_GRID_DEG)
    unusable = shapely.is_empty(snapped) | ~shapely.is_valid(snapped)
    if unusable.any():
        snapped[unusable] = geometries[unusable]
    # RFC 7946: exterior rings counterclockwise, holes clockwise.
    result: npt.NDArray[Any] = shapely.orient_polygons(snapped, exterior_cw=False)
    return result
