"""Tests that CBS boundary files of every spelling, format and CRS read into the same WGS84 areas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely

from socialekaart.geo.boundaries import (
    AreaFeature,
    BoundaryFileError,
    area_kind,
    label_point,
    parent_code,
    read_cbs_boundaries,
)
from socialekaart.geo.distance import haversine_km

GEODATA = Path(__file__).resolve().parents[3] / "shared" / "geodata"

# stem, gemeente, kind, count, year
DATASETS = [
    ("oosterhout_GM0826_wijken_2025", "GM0826", "wijk", 14, 2025),
    ("oosterhout_GM0826_buurten_2022", "GM0826", "buurt", 44, 2022),
    ("gooisemeren_GM1942_wijken_2025", "GM1942", "wijk", 6, 2025),
    ("gooisemeren_GM1942_buurten_2022", "GM1942", "buurt", 56, 2022),
]
MAX_CENTROID_DIFF_KM = 0.005

# A 500 m square near Oosterhout centrum, in WGS84 (lon, lat).
SQUARE = [[4.86, 51.64], [4.867, 51.64], [4.867, 51.6445], [4.86, 51.6445], [4.86, 51.64]]


@pytest.fixture(scope="module")
def geodata() -> Path:
    if not GEODATA.is_dir():
        pytest.skip(f"shared CBS boundary files not found at {GEODATA}")
    return GEODATA


@cache
def _read(path: Path) -> list[AreaFeature]:
    return read_cbs_boundaries(path)


def _write_geojson(path: Path, features: list[dict[str, Any]], crs: str | None = None) -> Path:
    collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if crs is not None:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def _feature(properties: dict[str, Any], geometry: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": geometry or {"type": "Polygon", "coordinates": [SQUARE]},
    }


def _read_table(path: Path, to_epsg: int | None = None) -> dict[str, Any]:
    """The columns of a GeoJSON file as arrays, with its shapes under "geometry" (reprojected when asked)."""
    import pyproj
    from pyogrio.raw import read

    meta, _fids, wkb, values = read(path)
    geometry = shapely.from_wkb(wkb)
    if to_epsg is not None:
        transformer = pyproj.Transformer.from_crs(meta["crs"], to_epsg, always_xy=True)
        geometry = shapely.transform(geometry, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
    return {**dict(zip(meta["fields"], values, strict=True)), "geometry": geometry}


def _write_layer(path: Path, layer: str, geometry: Any, columns: dict[str, Any], epsg: int = 28992) -> None:
    """Add a layer to a GeoPackage (created when new): the shapes with text columns, in the given CRS."""
    from pyogrio.raw import write

    kinds = set(shapely.get_type_id(geometry).tolist())
    geometry_type = "Point" if kinds == {0} else "MultiPolygon"
    write(
        path,
        shapely.to_wkb(geometry),
        field_data=[np.asarray(values, dtype=object) for values in columns.values()],
        fields=list(columns),
        layer=layer,
        driver="GPKG",
        geometry_type=geometry_type,
        promote_to_multi=geometry_type == "MultiPolygon",
        crs=f"EPSG:{epsg}",
    )


@pytest.mark.parametrize(("stem", "gemeente", "kind", "count", "year"), DATASETS)
def test_wgs84_and_rd_files_give_the_same_areas(
    geodata: Path, stem: str, gemeente: str, kind: str, count: int, year: int
) -> None:
    wgs84 = _read(geodata / f"{stem}.geojson")
    rd = _read(geodata / f"{stem}_rd.geojson")

    assert len(wgs84) == len(rd) == count
    assert read_cbs_boundaries(geodata / f"{stem}_rd.geojson", gemeente_code=gemeente) == rd
    with pytest.raises(BoundaryFileError, match="GM0363"):
        read_cbs_boundaries(geodata / f"{stem}.geojson", gemeente_code="GM0363")
    assert [f.code for f in wgs84] == [f.code for f in rd]
    assert [f.name for f in wgs84] == [f.name for f in rd]
    source = json.loads((geodata / f"{stem}.geojson").read_text(encoding="utf-8"))
    expected = {f["properties"]["statcode"]: f["properties"] for f in source["features"]}
    for a, b in zip(wgs84, rd, strict=True):
        assert a.kind == b.kind == kind
        assert a.gemeente_code == gemeente
        assert a.year == year
        assert a.parent_code == parent_code(a.code)
        assert a.name == expected[a.code]["statnaam"]
        assert haversine_km(a.centroid_lat, a.centroid_lon, b.centroid_lat, b.centroid_lon) < MAX_CENTROID_DIFF_KM
        published = expected[a.code]
        assert (
            haversine_km(a.centroid_lat, a.centroid_lon, published["centroid_lat"], published["centroid_lon"])
            < MAX_CENTROID_DIFF_KM
        )
        for feature in (a, b):
            assert ", " not in feature.geometry_geojson  # compact
            geometry = shapely.from_geojson(feature.geometry_geojson)
            assert geometry.geom_type in ("Polygon", "MultiPolygon")
            assert geometry.is_valid
            min_lon, min_lat, max_lon, max_lat = geometry.bounds
            assert 3.0 < min_lon < max_lon < 7.5 and 50.5 < min_lat < max_lat < 54.0


def test_every_shared_file_reads(geodata: Path) -> None:
    files = sorted(geodata.glob("*.geojson"))
    assert len(files) == 2 * len(DATASETS)
    total = sum(len(_read(path)) for path in files)
    assert total == 2 * sum(count for *_rest, count, _year in DATASETS)


def test_parent_codes_and_hierarchy(geodata: Path) -> None:
    buurten = {f.code: f for f in _read(geodata / "oosterhout_GM0826_buurten_2022.geojson")}
    wijken = {f.code: f for f in _read(geodata / "oosterhout_GM0826_wijken_2025.geojson")}
    assert buurten["BU08260101"].parent_code == "WK082601"
    assert wijken["WK082601"].parent_code == "GM0826"
    assert {f.parent_code for f in buurten.values()} <= set(wijken)
    assert parent_code("GM0826") is None
    assert area_kind(" bu08260101 ") == "buurt"
    with pytest.raises(ValueError):
        area_kind("PV20")


def test_label_point_lies_inside(geodata: Path) -> None:
    for feature in _read(geodata / "gooisemeren_GM1942_buurten_2022.geojson"):
        lat, lon = label_point(feature.geometry_geojson)
        assert shapely.from_geojson(feature.geometry_geojson).covers(shapely.Point(lon, lat))


def test_geopackage_with_several_layers(geodata: Path, tmp_path: Path) -> None:
    buurten = _read_table(geodata / "oosterhout_GM0826_buurten_2022.geojson", to_epsg=28992)
    wijken = _read_table(geodata / "oosterhout_GM0826_wijken_2025.geojson", to_epsg=28992)
    path = tmp_path / "wijkenbuurten_2023.gpkg"
    bu = {"BU_CODE": buurten["statcode"], "BU_NAAM": buurten["statnaam"], "WK_CODE": buurten["wijkcode"]}
    _write_layer(path, "cbs_buurten_2024", buurten["geometry"], bu)
    _write_layer(path, "wijken", wijken["geometry"], {"WK_CODE": wijken["statcode"], "WK_NAAM": wijken["statnaam"]})
    labels = shapely.point_on_surface(buurten["geometry"])
    _write_layer(path, "buurt_labels_2025", labels, {"BU_CODE": bu["BU_CODE"], "BU_NAAM": bu["BU_NAAM"]})  # points

    features = read_cbs_boundaries(path)

    assert [f.kind for f in features] == ["wijk"] * 14 + ["buurt"] * 44
    from_geojson = {
        f.code: f
        for name in ("oosterhout_GM0826_buurten_2022", "oosterhout_GM0826_wijken_2025")
        for f in _read(geodata / f"{name}.geojson")
    }
    for feature in features:
        reference = from_geojson[feature.code]
        assert feature.name == reference.name
        assert feature.parent_code == reference.parent_code
        assert (
            haversine_km(feature.centroid_lat, feature.centroid_lon, reference.centroid_lat, reference.centroid_lon)
            < MAX_CENTROID_DIFF_KM
        )
    years = {f.kind: f.year for f in features}
    assert years == {"wijk": 2023, "buurt": 2024}  # from the file name and the layer name


def test_geopackage_picks_latest_detailed_layer_and_filters_gemeente(geodata: Path, tmp_path: Path) -> None:
    parts = [
        _read_table(geodata / "oosterhout_GM0826_buurten_2022_rd.geojson"),
        _read_table(geodata / "gooisemeren_GM1942_buurten_2022_rd.geojson"),
    ]
    both = {column: np.concatenate([part[column] for part in parts]) for column in ("statcode", "statnaam", "geometry")}
    path = tmp_path / "cbsgebiedsindelingen.gpkg"
    for layer, suffix in (
        ("buurt_2021_gegeneraliseerd", " (2021)"),
        ("buurt_2022_gegeneraliseerd", " (gegeneraliseerd)"),
        ("buurt_2022", ""),
    ):
        names = np.array([name + suffix for name in both["statnaam"]], dtype=object)
        _write_layer(path, layer, both["geometry"], {"statcode": both["statcode"], "statnaam": names})

    everything = read_cbs_boundaries(path)
    assert len(everything) == 44 + 56
    assert all(f.year == 2022 and not f.name.endswith(")") for f in everything)

    gooise_meren = read_cbs_boundaries(path, gemeente_code="GM1942")
    assert len(gooise_meren) == 56 and {f.gemeente_code for f in gooise_meren} == {"GM1942"}
    assert [f.code for f in read_cbs_boundaries(path, gemeente_code="0826")] == [
        f.code for f in _read(geodata / "oosterhout_GM0826_buurten_2022.geojson")
    ]
    with pytest.raises(BoundaryFileError, match="GM0363"):
        read_cbs_boundaries(path, gemeente_code="GM0363")
    with pytest.raises(ValueError):
        read_cbs_boundaries(path, gemeente_code="Oosterhout")


@pytest.mark.parametrize(
    ("code_column", "name_column", "code", "kind"),
    [
        ("statcode", "statnaam", "BU08260101", "buurt"),
        ("buurtcode", "buurtnaam", "BU08260101", "buurt"),
        ("BU_CODE", "BU_NAAM", "BU08260101", "buurt"),
        ("bu_code", "Bu_Naam", "BU08260101", "buurt"),
        ("wijkcode", "wijknaam", "WK082601", "wijk"),
        ("WK_CODE", "WK_NAAM", "WK082601", "wijk"),
    ],
)
def test_column_spellings(tmp_path: Path, code_column: str, name_column: str, code: str, kind: str) -> None:
    properties = {code_column: code, name_column: " Slotjes ", "GM_CODE": "GM0826", "GM_NAAM": "Oosterhout"}
    if kind == "buurt":
        properties["WK_CODE"] = "WK082601"  # a buurt file also carries its wijk code
    path = _write_geojson(tmp_path / "gebieden.geojson", [_feature(properties)])

    [feature] = read_cbs_boundaries(path)

    assert (feature.code, feature.kind, feature.name, feature.gemeente_code) == (
        code,
        kind,
        "Slotjes",
        "GM0826",
    )
    assert feature.parent_code == ("WK082601" if kind == "buurt" else "GM0826")
    assert feature.year is None


def test_geojson_in_rd_without_crs_member(geodata: Path, tmp_path: Path) -> None:
    source = json.loads((geodata / "gooisemeren_GM1942_wijken_2025_rd.geojson").read_text(encoding="utf-8"))
    del source["crs"]
    path = _write_geojson(tmp_path / "wijken_rd.geojson", source["features"])

    features = read_cbs_boundaries(path)

    reference = _read(geodata / "gooisemeren_GM1942_wijken_2025.geojson")
    assert [f.code for f in features] == [f.code for f in reference]
    for a, b in zip(features, reference, strict=True):
        assert haversine_km(a.centroid_lat, a.centroid_lon, b.centroid_lat, b.centroid_lon) < MAX_CENTROID_DIFF_KM


def test_invalid_geometry_is_repaired(tmp_path: Path) -> None:
    bowtie = {
        "type": "Polygon",
        "coordinates": [[[4.86, 51.64], [4.87, 51.65], [4.87, 51.64], [4.86, 51.65], [4.86, 51.64]]],
    }
    path = _write_geojson(tmp_path / "bowtie.geojson", [_feature({"BU_CODE": "BU08260000"}, bowtie)])

    [feature] = read_cbs_boundaries(path)

    geometry = shapely.from_geojson(feature.geometry_geojson)
    assert geometry.is_valid and geometry.geom_type == "MultiPolygon"
    assert geometry.area == pytest.approx(0.5 * 0.01 * 0.01, rel=1e-3)
    assert feature.name == "BU08260000"  # no name column: the code stands in


def test_land_and_water_parts_become_one_area(tmp_path: Path) -> None:
    water = [[4.867, 51.64], [4.87, 51.64], [4.87, 51.6445], [4.867, 51.6445], [4.867, 51.64]]
    features = [
        _feature({"buurtcode": "BU08260000", "buurtnaam": "Centrum", "water": "NEE"}),
        _feature(
            {"buurtcode": "BU08260000", "buurtnaam": "Centrum", "water": "JA"},
            {"type": "Polygon", "coordinates": [water]},
        ),
        _feature({"buurtcode": "BU09980000", "buurtnaam": "Buitenland", "water": "B"}),
    ]
    path = _write_geojson(tmp_path / "buurten_2024.geojson", features)

    [feature] = read_cbs_boundaries(path)

    assert feature.code == "BU08260000" and feature.year == 2024
    assert shapely.from_geojson(feature.geometry_geojson).equals(shapely.Polygon(SQUARE))


def test_gemeente_outlines_only_on_request(tmp_path: Path) -> None:
    path = _write_geojson(tmp_path / "gemeenten.geojson", [_feature({"GM_CODE": "GM0826", "GM_NAAM": "Oosterhout"})])

    with pytest.raises(BoundaryFileError, match=r"gemeenten\.geojson"):
        read_cbs_boundaries(path)
    [feature] = read_cbs_boundaries(path, include_gemeenten=True)
    assert (feature.kind, feature.parent_code, feature.gemeente_code) == ("gemeente", None, "GM0826")


def _broken(path: Path) -> None:
    path.write_bytes(b"\x00\x01 dit is geen GeoJSON {")


def _no_codes(path: Path) -> None:
    _write_geojson(path, [_feature({"naam": "Centrum", "id": 1})])


def _empty(path: Path) -> None:
    _write_geojson(path, [])


def _points(path: Path) -> None:
    _write_geojson(path, [_feature({"BU_CODE": "BU08260000"}, {"type": "Point", "coordinates": [4.86, 51.64]})])


def _unknown_crs(path: Path) -> None:
    square = [
        [540_000.0, 6_730_000.0],
        [541_000.0, 6_730_000.0],
        [541_000.0, 6_731_000.0],
        [540_000.0, 6_730_000.0],
    ]
    _write_geojson(path, [_feature({"BU_CODE": "BU08260000"}, {"type": "Polygon", "coordinates": [square]})])


@pytest.mark.parametrize(
    ("make", "suffix", "fragment"),
    [
        (_broken, ".geojson", "niet lezen"),
        (_broken, ".gpkg", "niet lezen"),
        (_no_codes, ".geojson", "statcode"),
        (_empty, ".geojson", "leeg"),
        (_points, ".geojson", "vlakken"),
        (_unknown_crs, ".geojson", "coördinatenstelsel"),
        (lambda path: None, ".geojson", "niet gevonden"),
    ],
    ids=["broken-geojson", "broken-gpkg", "no-code-columns", "empty", "points", "unknown-crs", "missing"],
)
def test_unusable_files_raise_boundary_file_error(tmp_path: Path, make: Any, suffix: str, fragment: str) -> None:
    path = tmp_path / f"wijken_oosterhout{suffix}"
    make(path)

    with pytest.raises(BoundaryFileError) as caught:
        read_cbs_boundaries(path)

    assert caught.value.path == path
    assert path.name in str(caught.value)
    assert fragment in str(caught.value)


def test_importing_the_module_stays_cheap() -> None:
    code = (
        "import sys, socialekaart.geo.boundaries; print(sorted({'geopandas', 'pyogrio', 'pyproj'} & set(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
