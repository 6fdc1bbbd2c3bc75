"""Finds which area (buurt, wijk, gemeente) contains a point, fast enough for thousands of addresses."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import shapely

__all__ = ["DEFAULT_TOLERANCE_M", "AreaLocator"]

DEFAULT_TOLERANCE_M: Final = 50.0
_POLYGONAL_TYPE_IDS: Final = (3, 6)  # Polygon, MultiPolygon


class AreaLocator:
    """Assigns WGS84 points to the area polygon that contains them.

    Built from (code, GeoJSON geometry in WGS84) pairs, e.g. from `AreaFeature.code` and
    `AreaFeature.geometry_geojson`; give it areas of one level (all buurten, or all wijken) at a time.
    A point inside or on the border of several areas gets the smallest code. A point outside every area
    but within `tolerance_m` metres of one gets the nearest (smallest code on a tie); generalised
    boundaries can be tens of metres off, so an address just across a simplified edge still gets an area.

    Geometry is held in a local equirectangular plane in metres around the middle of the data, so the
    tolerance is accurate to a few percent over a country the size of the Netherlands; containment is exact.
    """

    def __init__(self, areas: Iterable[tuple[str, str]], *, tolerance_m: float = DEFAULT_TOLERANCE_M) -> None:
        if not (tolerance_m >= 0.0 and math.isfinite(tolerance_m)):
            raise ValueError(f"tolerance_m must be a finite number >= 0, got {tolerance_m!r}")
        pairs = sorted(areas, key=lambda pair: pair[0])  # tree index order == code order
        self._codes: tuple[str, ...] = tuple(code for code, _geometry in pairs)
        self._tolerance_m = float(tolerance_m)

        geometries = shapely.from_geojson([geometry for _code, geometry in pairs]) if pairs else np.empty(0)
        geometries = np.asarray(geometries, dtype=object)
        for code, geometry in zip(self._codes, geometries, strict=True):
            if geometry is None or geometry.is_empty or shapely.get_type_id(geometry) not in _POLYGONAL_TYPE_IDS:
                kind = "empty" if geometry is None or geometry.is_empty else geometry.geom_type
                raise ValueError(f"area {code}: expected a Polygon or MultiPolygon, got {kind}")
        invalid = ~shapely.is_valid(geometries)
        if invalid.any():
            geometries[invalid] = shapely.make_valid(geometries[invalid])

        if len(geometries):
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in shapely.total_bounds(geometries))
            self._lat0 = (min_lat + max_lat) / 2.0
            self._lon0 = (min_lon + max_lon) / 2.0
        else:
            self._lat0 = self._lon0 = 0.0
        phi = math.radians(self._lat0)
        # Metres per degree on the WGS84 ellipsoid at latitude lat0.
        self._m_per_deg_lat = 111_132.92 - 559.82 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)
        self._m_per_deg_lon = 111_412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi)

        self._geometries: npt.NDArray[Any] = shapely.transform(geometries, self._to_plane)
        shapely.prepare(self._geometries)
        self._tree = shapely.STRtree(self._geometries)

    @property
    def codes(self) -> tuple[str, ...]:
        """The area codes, sorted."""
        return self._codes

    @property
    def tolerance_m(self) -> float:
        """How far outside every area (in metres) a point may lie and still get the nearest area."""
        return self._tolerance_m

    def __len__(self) -> int:
        return len(self._codes)

    def locate(self, lat: float, lon: float) -> str | None:
        """The code of the area containing the point, or None."""
        return self.locate_many([(lat, lon)])[0]

    def locate_many(self, points: Iterable[tuple[float, float]] | npt.NDArray[np.floating[Any]]) -> list[str | None]:
        """The area code for each (lat, lon) point, in order; None where no area is near enough.

        `points` is an iterable of (lat, lon) pairs or an (n, 2) array; NaN coordinates give None.
        """
        coords = np.asarray(points if isinstance(points, np.ndarray) else list(points), dtype=np.float64)
        if coords.size == 0:
            return []
        if coords.ndim != 2 or coords.shape[1] != 2:
            raise ValueError(f"expected (lat, lon) pairs, got an array of shape {coords.shape}")
        count = len(coords)
        if not self._codes:
            return [None] * count

        best = np.full(count, len(self._codes), dtype=np.intp)  # len(codes) means "no area"
        finite = np.flatnonzero(np.isfinite(coords).all(axis=1))
        if finite.size:
            plane = self._to_plane(coords[finite][:, ::-1])  # (lat, lon) -> (lon, lat) -> metres
            geoms = shapely.points(plane)

            candidates = self._tree.query(geoms)  # bounding boxes only; exact test with prepared polygons
            inside = shapely.intersects(self._geometries[candidates[1]], geoms[candidates[0]])
            hits = candidates[:, inside]
            np.minimum.at(best, finite[hits[0]], hits[1])

            missing = np.flatnonzero(best[finite] == len(self._codes))
            if missing.size and self._tolerance_m > 0:
                near = self._tree.query_nearest(geoms[missing], max_distance=self._tolerance_m, all_matches=True)
                np.minimum.at(best, finite[missing[near[0]]], near[1])

        codes = self._codes
        none_index = len(codes)
        return [codes[i] if i != none_index else None for i in best.tolist()]

    def _to_plane(self, lon_lat: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """(lon, lat) degrees -> (x, y) metres in the local equirectangular plane."""
        x = (lon_lat[:, 0] - self._lon0) * self._m_per_deg_lon
        y = (lon_lat[:, 1] - self._lat0) * self._m_per_deg_lat
        return np.column_stack([x, y])
