"""CBS boundaries become the area tree, and every location is linked to the buurt its coordinates lie in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from socialekaart.catalog.models import Area, Location, Organization
from socialekaart.catalog.store import Catalog
from socialekaart.geo.boundaries import read_cbs_boundaries
from socialekaart.interchange.areas import assign_location_areas, import_boundaries


def load_boundaries(catalog: Catalog, *files: Path) -> None:
    with catalog.write() as session:
        for f in files:
            import_boundaries(session, read_cbs_boundaries(f))


@pytest.mark.parametrize("variant", ["", "_rd"])
def test_boundaries_build_the_area_tree(catalog: Catalog, shared: Path, variant: str) -> None:
    geo = shared / "geodata"
    load_boundaries(
        catalog,
        geo / f"oosterhout_GM0826_wijken_2025{variant}.geojson",
        geo / f"oosterhout_GM0826_buurten_2022{variant}.geojson",
    )
    with catalog.read() as session:
        areas = {a.code: a for a in session.scalars(select(Area))}
    kinds = [a.kind for a in areas.values()]
    assert kinds.count("wijk") == 14 and kinds.count("buurt") == 44 and kinds.count("gemeente") == 1
    assert areas["BU08261300"].parent_code == "WK082613"
    assert areas["WK082613"].parent_code == "GM0826"
    assert areas["BU08261300"].geometry and areas["BU08261300"].centroid_lat


def test_kern_parent_survives_a_new_boundary_year(catalog: Catalog, shared: Path) -> None:
    geo = shared / "geodata"
    load_boundaries(catalog, geo / "oosterhout_GM0826_wijken_2025.geojson")
    with catalog.write() as session:
        session.add(Area(code="KN0826_DORST", kind="kern", name="Dorst", parent_code="GM0826"))
        wijk = session.get(Area, "WK082613")
        assert wijk is not None
        wijk.parent_code = "KN0826_DORST"
    load_boundaries(catalog, geo / "oosterhout_GM0826_wijken_2025_rd.geojson")
    with catalog.read() as session:
        wijk = session.get(Area, "WK082613")
        assert wijk is not None and wijk.parent_code == "KN0826_DORST"


def test_pc4_points_land_in_their_buurt(catalog: Catalog, shared: Path) -> None:
    """The test-only PC4 centroids (never shipped) must land in the buurt named in their properties."""
    geo = shared / "geodata"
    load_boundaries(
        catalog,
        geo / "oosterhout_GM0826_wijken_2025.geojson",
        geo / "oosterhout_GM0826_buurten_2022.geojson",
        geo / "gooisemeren_GM1942_wijken_2025.geojson",
        geo / "gooisemeren_GM1942_buurten_2022.geojson",
    )
    points = json.loads((geo / "tests-only" / "pc4_centroids_GM0826_GM1942.geojson").read_text())["features"]
    with catalog.write() as session:
        session.add(Organization(id="org", name="Test", description="x"))
        for f in points:
            lon, lat = f["geometry"]["coordinates"]
            session.add(
                Location(
                    id=f"pc4-{f['properties']['pc4']}",
                    location_type="physical",
                    latitude=lat,
                    longitude=lon,
                    organization_id="org",
                )
            )
        session.flush()
        assert assign_location_areas(session) == len(points)
    with catalog.read() as session:
        got = {loc.id: (loc.buurt_code, loc.wijk_code) for loc in session.scalars(select(Location))}
    for f in points:
        p = f["properties"]
        assert got[f"pc4-{p['pc4']}"][0] == p["buurtcode_2022_pip"], p["pc4"]
