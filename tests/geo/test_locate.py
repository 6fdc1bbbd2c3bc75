"""Tests that points land in the right buurt or wijk, one at a time and in bulk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from socialekaart.geo.boundaries import AreaFeature, read_cbs_boundaries
from socialekaart.geo.locate import AreaLocator

SHARED_GEODATA = Path(__file__).resolve().parents[3] / "shared" / "geodata"
TESTS_ONLY = SHARED_GEODATA / "tests-only"
PC4_FILE = "pc4_centroids_GM0826_GM1942.geojson"

# Metres per degree around 52° N, for building offsets in the synthetic tests.
M_PER_DEG_LAT = 111_250.0
M_PER_DEG_LON = 68_600.0


@pytest.fixture(scope="module")
def geodata() -> Path:
    if not SHARED_GEODATA.is_dir():
        pytest.skip(f"shared CBS boundary files not found at {SHARED_GEODATA}")
    return SHARED_GEODATA


@pytest.fixture(scope="module")
def pc4_points() -> list[dict[str, Any]]:
    """Approximate PC4 centroids, for tests only: read in place from the shared folder, never copied."""
    if not TESTS_ONLY.is_dir():
        pytest.skip(f"test-only PC4 points not found at {TESTS_ONLY} (shared geodata folder next to the repo)")
    features: list[dict[str, Any]] = json.loads((TESTS_ONLY / PC4_FILE).read_text(encoding="utf-8"))["features"]
    assert len(features) == 24
    return features


@pytest.fixture(scope="module")
def buurten(geodata: Path) -> list[AreaFeature]:
    return read_cbs_boundaries(geodata / "oosterhout_GM0826_buurten_2022.geojson") + read_cbs_boundaries(
        geodata / "gooisemeren_GM1942_buurten_2022_rd.geojson"
    )


@pytest.fixture(scope="module")
def wijken(geodata: Path) -> list[AreaFeature]:
    return read_cbs_boundaries(geodata / "oosterhout_GM0826_wijken_2025_rd.geojson") + read_cbs_boundaries(
        geodata / "gooisemeren_GM1942_wijken_2025.geojson"
    )


@pytest.fixture(scope="module")
def buurt_locator(buurten: list[AreaFeature]) -> AreaLocator:
    return AreaLocator((f.code, f.geometry_geojson) for f in buurten)


def _square(lon: float, lat: float, size_deg: float = 0.01) -> str:
    ring = [
        [lon, lat],
        [lon + size_deg, lat],
        [lon + size_deg, lat + size_deg],
        [lon, lat + size_deg],
        [lon, lat],
    ]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


def test_every_pc4_point_lands_in_its_buurt_and_wijk(
    pc4_points: list[dict[str, Any]],
    buurten: list[AreaFeature],
    wijken: list[AreaFeature],
    buurt_locator: AreaLocator,
) -> None:
    buurt_names = {f.code: f.name for f in buurten}
    wijk_locator = AreaLocator((f.code, f.geometry_geojson) for f in wijken)
    wrong = []
    for point in pc4_points:
        lon, lat = point["geometry"]["coordinates"]
        expected = point["properties"]
        buurt = buurt_locator.locate(lat, lon)
        wijk = wijk_locator.locate(lat, lon)
        if (
            buurt != expected["buurtcode_2022_pip"]
            or buurt_names.get(buurt or "") != expected["buurtnaam_2022_pip"]
            or wijk != expected["wijkcode_2025_pip"]
        ):
            wrong.append((expected["pc4"], buurt, buurt_names.get(buurt or ""), wijk))
    assert wrong == []


def test_locate_many_agrees_with_locate(
    pc4_points: list[dict[str, Any]], buurten: list[AreaFeature], buurt_locator: AreaLocator
) -> None:
    rng = np.random.default_rng(826)
    oosterhout = np.column_stack([rng.uniform(51.57, 51.70, 1000), rng.uniform(4.77, 4.95, 1000)])
    gooi = np.column_stack([rng.uniform(52.23, 52.35, 1000), rng.uniform(5.03, 5.22, 1000)])
    pc4 = np.array([point["geometry"]["coordinates"][::-1] for point in pc4_points])
    points = np.vstack([oosterhout, gooi, pc4])

    many = buurt_locator.locate_many(points)

    assert many == [buurt_locator.locate(lat, lon) for lat, lon in points]
    assert buurt_locator.locate_many([tuple(p) for p in points]) == many  # plain (lat, lon) pairs too
    found = {code for code in many if code is not None}
    assert len(found) > 0.8 * len(buurten)
    assert None in many  # the boxes reach beyond the gemeenten


def test_points_far_away_or_missing_give_none(buurt_locator: AreaLocator) -> None:
    assert buurt_locator.locate(50.8514, 5.6910) is None  # Maastricht
    assert buurt_locator.locate(0.0, 0.0) is None
    assert buurt_locator.locate(float("nan"), 4.86) is None
    assert buurt_locator.locate_many([]) == []


def test_ten_thousand_points_in_one_call_agree_with_one_by_one(buurt_locator: AreaLocator) -> None:
    # Speed is measured in benchmarks/map_speed.py (never in a timed test); here: the bulk answer is the same.
    rng = np.random.default_rng(1942)
    points = np.column_stack([rng.uniform(51.5, 52.4, 10_000), rng.uniform(4.7, 5.3, 10_000)])
    result = buurt_locator.locate_many(points)
    assert len(result) == 10_000
    for i in range(0, 10_000, 97):
        assert result[i] == buurt_locator.locate(float(points[i, 0]), float(points[i, 1]))


def test_border_goes_to_the_smallest_code() -> None:
    # BU2 west of lon 5.0, BU1 east of it; they share the edge at lon 5.0 and the corner (5.0, 52.0).
    areas = [("BU2", _square(4.99, 52.0)), ("BU1", _square(5.0, 52.0))]
    for order in (areas, areas[::-1]):
        locator = AreaLocator(order)
        assert locator.locate(52.005, 5.0) == "BU1"
        assert locator.locate(52.0, 5.0) == "BU1"
        assert locator.locate(52.005, 4.995) == "BU2"
        assert locator.locate(52.005, 5.005) == "BU1"
        assert locator.codes == ("BU1", "BU2")


def test_overlapping_areas_go_to_the_smallest_code() -> None:
    locator = AreaLocator([("WK000302", _square(5.0, 52.0)), ("WK000301", _square(5.005, 52.0))])
    assert locator.locate(52.005, 5.007) == "WK000301"


def test_points_just_outside_get_the_nearest_area_within_tolerance() -> None:
    areas = [("BU1", _square(5.0, 52.0)), ("BU2", _square(5.02, 52.0))]  # a 0.01° gap (~690 m) between them
    locator = AreaLocator(areas)
    east_edge = 5.01
    assert locator.locate(52.005, east_edge + 30 / M_PER_DEG_LON) == "BU1"
    assert locator.locate(52.005, 5.02 - 30 / M_PER_DEG_LON) == "BU2"
    assert locator.locate(52.005, east_edge + 80 / M_PER_DEG_LON) is None
    assert locator.locate(52.0 - 40 / M_PER_DEG_LAT, 5.005) == "BU1"  # south of BU1
    assert locator.locate(52.0 - 60 / M_PER_DEG_LAT, 5.005) is None

    strict = AreaLocator(areas, tolerance_m=0)
    assert strict.locate(52.005, east_edge + 30 / M_PER_DEG_LON) is None
    wide = AreaLocator(areas, tolerance_m=500)
    assert wide.locate(52.005, 5.014) == "BU1" and wide.locate(52.005, 5.016) == "BU2"
    # exactly half way between the two: a tie, so the smallest code
    assert wide.locate(52.005, 5.015) == "BU1"


def test_invalid_geometry_is_repaired_and_multipolygons_work() -> None:
    bowtie = json.dumps(
        {
            "type": "Polygon",
            "coordinates": [[[5.0, 52.0], [5.01, 52.01], [5.01, 52.0], [5.0, 52.01], [5.0, 52.0]]],
        }
    )
    two_squares = json.dumps(
        {
            "type": "MultiPolygon",
            "coordinates": [
                json.loads(_square(5.1, 52.0))["coordinates"],
                json.loads(_square(5.2, 52.0))["coordinates"],
            ],
        }
    )
    locator = AreaLocator([("BU1", bowtie), ("BU2", two_squares)], tolerance_m=0)
    assert locator.locate(52.005, 5.0075) == "BU1"
    assert locator.locate(52.005, 5.105) == "BU2"
    assert locator.locate(52.005, 5.205) == "BU2"
    assert locator.locate(52.005, 5.155) is None


def test_rejects_unusable_input() -> None:
    with pytest.raises(ValueError, match="BU1"):
        AreaLocator([("BU1", json.dumps({"type": "Point", "coordinates": [5.0, 52.0]}))])
    with pytest.raises(ValueError):
        AreaLocator([], tolerance_m=-1)
    with pytest.raises(ValueError):
        AreaLocator([("BU1", _square(5.0, 52.0))]).locate_many(np.zeros((3, 3)))
    empty = AreaLocator([])
    assert len(empty) == 0 and empty.locate(52.0, 5.0) is None
