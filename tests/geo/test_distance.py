"""Tests the great-circle distances against known values and each other."""

from __future__ import annotations

import math

import numpy as np
import pytest

from socialekaart.geo.distance import EARTH_RADIUS_KM, haversine_km, haversine_km_many

OOSTERHOUT_CENTRUM = (51.6440, 4.8605)  # centroid of buurt Centrum (BU08260000)
BREDA_CENTRUM = (51.5887, 4.7757)  # Grote Markt


def test_oosterhout_to_breda() -> None:
    # Straight line, not by road (about 10-11 km). Reference: 8.506 km on the WGS84 ellipsoid
    # (pyproj.Geod(ellps="WGS84").inv); the sphere is within half a percent of that.
    distance = haversine_km(*OOSTERHOUT_CENTRUM, *BREDA_CENTRUM)
    assert distance == pytest.approx(8.506, rel=0.005)
    assert haversine_km(*BREDA_CENTRUM, *OOSTERHOUT_CENTRUM) == pytest.approx(distance)


def test_known_arcs() -> None:
    assert haversine_km(52.0, 5.0, 52.0, 5.0) == 0.0
    assert haversine_km(51.0, 5.0, 52.0, 5.0) == pytest.approx(math.pi / 180 * EARTH_RADIUS_KM)
    assert haversine_km(0.0, 0.0, 0.0, 90.0) == pytest.approx(math.pi / 2 * EARTH_RADIUS_KM)
    assert haversine_km(52.0, 5.0, -52.0, -175.0) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    assert haversine_km(0.0, 179.9, 0.0, -179.9) == pytest.approx(0.2 * math.pi / 180 * EARTH_RADIUS_KM)


def test_many_agrees_with_single() -> None:
    rng = np.random.default_rng(7)
    lats = rng.uniform(-89.0, 89.0, 500)
    lons = rng.uniform(-180.0, 180.0, 500)

    distances = haversine_km_many(*OOSTERHOUT_CENTRUM, lats, lons)

    assert distances.shape == (500,) and distances.dtype == np.float64
    expected = [haversine_km(*OOSTERHOUT_CENTRUM, lat, lon) for lat, lon in zip(lats, lons, strict=True)]
    np.testing.assert_allclose(distances, expected, rtol=1e-12, atol=1e-9)


def test_many_handles_empty_and_nan() -> None:
    assert haversine_km_many(52.0, 5.0, np.array([]), np.array([])).shape == (0,)
    result = haversine_km_many(52.0, 5.0, np.array([np.nan, 52.0]), np.array([5.0, 5.0]))
    assert math.isnan(result[0]) and result[1] == 0.0
