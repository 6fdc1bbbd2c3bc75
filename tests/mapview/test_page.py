"""Qt-free tests of the map page composition and the map data (folium offline, CSP, escaping, coverage)."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import pytest

from socialekaart.catalog.store import Catalog
from socialekaart.mapview.mapdata import (
    MapMarker,
    areas_feature_collection,
    coverage_counts,
    is_area_code,
    markers_feature_collection,
    need_label,
    service_markers,
)
from socialekaart.mapview.page import (
    CBS_ATTRIBUTION,
    Coverage,
    Near,
    asset_path,
    compose_map_html,
    externalize_inline,
    json_for_html,
    page_csp,
)
from tests.mapview.helpers import HOSTILE_NAME, have_geodata, seed_map_catalog

CDN_HOSTS = ("jsdelivr", "cdnjs", "code.jquery.com", "unpkg", "githubusercontent", "bootstrapcdn")


@pytest.fixture
def seeded(catalog: Catalog) -> Catalog:
    if not have_geodata():
        pytest.skip("../shared/geodata is not next to the repository")
    seed_map_catalog(catalog)
    return catalog


def test_vendored_assets_are_complete() -> None:
    for name in (
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "leaflet/LICENSE",
        "leaflet/images/marker-icon.png",
        "leaflet/images/layers.png",
        "markercluster/leaflet.markercluster.js",
        "markercluster/LICENSE",
        "sociale-kaart/map.js",
    ):
        assert asset_path(name) is not None, name
    assert asset_path("../../pyproject.toml") is None
    assert asset_path("leaflet") is None  # a folder is not a file


def test_page_is_offline_and_leaves_folium_defaults_alone() -> None:
    before_js, before_css = list(folium.Map.default_js), list(folium.Map.default_css)
    html = compose_map_html({"type": "FeatureCollection", "features": []})
    assert folium.Map.default_js == before_js and folium.Map.default_css == before_css
    assert not any(host in html for host in CDN_HOSTS)
    links = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert links and all(link.startswith("skmap://app/assets/") for link in links)
    assert CBS_ATTRIBUTION in html
    csp = page_csp(html)
    assert csp.startswith("default-src 'none'")
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "img-src skmap: data:;" in csp


def test_inline_scripts_are_hashed_and_externalized() -> None:
    html = compose_map_html({"type": "FeatureCollection", "features": []}, bridge=True)
    assert "qwebchannel.js" in html
    assert len(re.findall(r"'sha256-", page_csp(html))) >= 2
    moved, files = externalize_inline(html, "skmap://app/page/p1/")
    assert any(name.endswith(".js") for name in files) and any(name.endswith(".css") for name in files)
    assert "sha256" not in page_csp(moved)
    # What remains inline is only the JSON data block.
    inline = re.findall(r"<script(?![^>]*src=)([^>]*)>", moved)
    assert inline == [' type="application/json" id="sk-data"']


def test_tiles_only_when_asked() -> None:
    empty = {"type": "FeatureCollection", "features": []}
    assert "service.pdok.nl" not in compose_map_html(empty)
    html = compose_map_html(empty, tiles="pdok")
    assert "service.pdok.nl/brt/achtergrondkaart" in html and "Kadaster" in html
    assert "img-src skmap: data: https://service.pdok.nl" in page_csp(html)
    # Streets offline: the stored tiles through the app's own scheme, no host outside, the source credited.
    local = compose_map_html(empty, tiles="local", tile_attribution="BRT-Achtergrondkaart, Kadaster (PDOK)")
    assert "skmap://app/tiles/{z}/{x}/{y}.png" in local and "BRT-Achtergrondkaart" in local
    assert "https://" not in page_csp(local) and "service.pdok.nl" not in local.replace("Kadaster (PDOK)", "")
    with pytest.raises(ValueError, match="scheme"):
        compose_map_html(empty, tiles="local", assets="inline")


def test_hostile_names_are_escaped_in_the_data_block() -> None:
    marker = MapMarker("x", HOSTILE_NAME, 51.6, 4.8, "sociale_basis", None)
    html = compose_map_html({"type": "FeatureCollection", "features": []}, markers_feature_collection([marker]))
    assert "<script>window.__xss" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003e" in html
    assert json_for_html({"a": "</script>&"}) == '{"a":"\\u003c/script\\u003e\\u0026"}'


def test_inline_export_is_self_contained(seeded: Catalog) -> None:
    areas = areas_feature_collection(seeded)
    markers = markers_feature_collection(service_markers(seeded))
    html = compose_map_html(
        areas,
        markers,
        coverage=Coverage("schulden", "Geldzorgen", coverage_counts(seeded, "schulden")),
        near=Near(51.64, 4.86, 2.0),
        assets="inline",
    )
    assert "skmap:" not in html
    assert "<script src=" not in html and "<link " not in html
    assert "data:image/png;base64," in html  # Leaflet's images travel along
    assert "skmap:" not in page_csp(html)


def test_area_collection_and_scope(seeded: Catalog) -> None:
    areas = areas_feature_collection(seeded)
    kinds = [f["properties"]["kind"] for f in areas["features"]]
    assert kinds.count("wijk") == 14 and kinds.count("buurt") == 44
    one = areas_feature_collection(seeded, within="WK082600")
    assert {f["properties"]["code"] for f in one["features"]} >= {"WK082600", "BU08260000"}
    assert all(f["properties"]["code"].startswith(("WK082600", "BU082600")) for f in one["features"])
    lat, lon = one["features"][0]["properties"]["label"]
    assert 51.5 < lat < 51.8 and 4.7 < lon < 5.0


def test_markers_and_coverage(seeded: Catalog) -> None:
    assert len(service_markers(seeded)) == 6
    assert {m.service_id for m in service_markers(seeded, area_code="WK082600")} == {"svc-schuld", "svc-wmo"}
    counts = coverage_counts(seeded, "schulden")
    assert len(counts) == 44
    assert counts["BU08260000"] == 2  # two services with a location in Centrum
    assert sum(counts.values()) >= 4
    assert set(coverage_counts(seeded, "onbekend").values()) == {0}
    assert need_label(seeded, "schulden") == "Geldzorgen en schulden"
    assert need_label(seeded, "onbekend") is None


def test_marker_rows_and_codes_are_validated() -> None:
    assert MapMarker.from_tuple(("a", "A", 51.6, 4.8, None, None)).open_now is None
    with pytest.raises(ValueError):
        MapMarker.from_tuple(("a", "A", 951.6, 4.8, None, None))
    with pytest.raises(ValueError):
        MapMarker.from_tuple(("a", "A", 51.6))
    assert is_area_code("BU08260000") and is_area_code("WK082600") and is_area_code("GM0826")
    assert not is_area_code("BU0826<x>") and not is_area_code("bu08260000") and not is_area_code(None)


def test_map_command_refuses_bad_arguments(seeded: Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from socialekaart.cli.main import main

    assert seeded.path is not None
    db = ["--db", str(seeded.path), "map"]
    assert main([*db, "--out", str(tmp_path / "x.txt")]) == 2
    assert main([*db, "--out", str(tmp_path / "x.html"), "--area", "<script>"]) != 0
    assert main([*db, "--out", str(tmp_path / "x.html"), "--coverage", "bestaat-niet"]) != 0
    assert main([*db, "--out", str(tmp_path / "x.html"), "--near", "51.64,4.86", "--radius", "2"]) == 0
    assert "Adres van de inwoner" in (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "Onbekende behoefte" in capsys.readouterr().err
