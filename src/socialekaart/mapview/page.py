"""Composes the map page with folium: offline asset links, a JSON data block and a strict Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib
import html as html_module
import json
import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from socialekaart.palette import ACCESS_SWATCHES, UNKNOWN_ACCESS
from socialekaart.paths import resources_dir

SCHEME = "skmap"
ORIGIN = f"{SCHEME}://app"
ASSET_PREFIX = f"{ORIGIN}/assets/"
#: The page id of the JSON data block that map.js reads.
DATA_ELEMENT_ID = "sk-data"
#: Always shown: the source of the wijk and buurt boundaries.
CBS_ATTRIBUTION = "Wijk- en buurtgrenzen: CBS / Kadaster (PDOK), CC BY 4.0"

TileChoice = Literal["none", "pdok", "osm", "local"]
#: Tiles from the local store (mapview.tiles), served by the app's own scheme: no host outside the process.
LOCAL_TILE_URL = "skmap://app/tiles/{z}/{x}/{y}.png"
AssetMode = Literal["scheme", "inline"]


@dataclass(frozen=True)
class TileSource:
    """An online background map: URL template, the host it needs, and its attribution."""

    url: str
    host: str
    attribution: str
    max_zoom: int = 19


TILE_SOURCES: dict[str, TileSource] = {
    "pdok": TileSource(
        url="https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
        host="service.pdok.nl",
        attribution="Achtergrondkaart: BRT-Achtergrondkaart, Kadaster (PDOK), CC BY 4.0",
        max_zoom=19,
    ),
    "osm": TileSource(
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        host="tile.openstreetmap.org",
        attribution="Achtergrondkaart: © OpenStreetMap-bijdragers (ODbL)",
        max_zoom=19,
    ),
}

# Served files, in load order. Leaflet must come before markercluster; map.js runs on DOMContentLoaded.
_JS_ASSETS = ("leaflet/leaflet.js", "markercluster/leaflet.markercluster.js")
_BRIDGE_JS = "qwebchannel.js"  # served by the Qt scheme handler from Qt's own resources
_APP_JS = "sociale-kaart/map.js"
_CSS_ASSETS = (
    "leaflet/leaflet.css",
    "markercluster/MarkerCluster.css",
    "markercluster/MarkerCluster.Default.css",
    "sociale-kaart/map.css",
)

_INLINE_SCRIPT_RE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_INLINE_STYLE_RE = re.compile(r"<style[^>]*>(?P<body>.*?)</style>", re.DOTALL | re.IGNORECASE)
_SCRIPT_LINK_RE = re.compile(r'<script src="' + re.escape(ASSET_PREFIX) + r'(?P<path>[^"]+)"></script>')
_CSS_LINK_RE = re.compile(r'<link rel="stylesheet" href="' + re.escape(ASSET_PREFIX) + r'(?P<path>[^"]+)"/>')
_CSS_URL_RE = re.compile(r"url\((?P<q>['\"]?)(?P<url>images/[^)'\"]+)(?P=q)\)")


def assets_dir() -> Path:
    """The folder with the vendored Leaflet files and the app's own map.js/map.css."""
    return resources_dir() / "map"


def asset_path(relative: str) -> Path | None:
    """The file for an asset path, or None when it is not a file inside the assets folder (no `..` escapes)."""
    root = assets_dir().resolve()
    try:
        candidate = (root / relative).resolve()
    except (OSError, ValueError):
        return None
    if root not in candidate.parents or not candidate.is_file():
        return None
    return candidate


@dataclass(frozen=True)
class Near:
    """The resident's point (from the postcode) and the search radius."""

    lat: float
    lon: float
    radius_km: float
    label: str = "Adres van de inwoner"

    def as_json(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "radius_km": self.radius_km, "label": self.label}


@dataclass(frozen=True)
class Coverage:
    """How many services serve one need, per buurt code."""

    need: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"need": self.need, "label": self.label, "counts": dict(self.counts)}


def access_css() -> str:
    """The map's colour per access type (markers, popup badges, legend dots), from the house palette: the same
    colours as the app's result list and detail pane. Unknown access types are `sk-at-onbekend`."""
    rules = [f".sk-at-{code} {{ background: {swatch.color}; }}" for code, swatch in ACCESS_SWATCHES.items()]
    rules.append(f".sk-at-onbekend {{ background: {UNKNOWN_ACCESS.color}; }}")
    return "\n".join(rules)


def json_for_html(value: Any) -> str:
    """JSON that is safe inside a <script type="application/json"> element (no `<`, `>` or `&` characters)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(html: str, *, tiles: TileChoice = "none", assets: AssetMode = "scheme") -> str:
    """A CSP that allows the served (or inlined) assets and exactly the page's own inline scripts and styles."""
    script_hashes = []
    for match in _INLINE_SCRIPT_RE.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs or "application/json" in attrs:
            continue
        script_hashes.append(_sha256(match.group("body")))
    style_hashes = [_sha256(m.group("body")) for m in _INLINE_STYLE_RE.finditer(html)]
    served = [f"{SCHEME}:"] if assets == "scheme" else []
    images = [*served, "data:"]
    if tiles not in ("none", "local"):
        images.append(f"https://{TILE_SOURCES[tiles].host}")
    parts = [
        "default-src 'none'",
        "script-src " + " ".join([*served, *sorted(set(script_hashes))] or ["'none'"]),
        "style-src " + " ".join([*served, *sorted(set(style_hashes))] or ["'none'"]),
        "img-src " + " ".join(images),
        "connect-src 'none'",
        "font-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(parts)


_CSP_META_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def externalize_inline(html: str, base_url: str) -> tuple[str, dict[str, tuple[str, str]]]:
    """Move every inline script and style of a scheme-mode page into files under `base_url`.

    Returns the new page and {file name: (mime type, text)}. The page's CSP then needs no hashes at all:
    `script-src skmap:; style-src skmap:`. JSON data blocks stay inline (they are never executed).
    """
    files: dict[str, tuple[str, str]] = {}

    def script(match: re.Match[str]) -> str:
        attrs = match.group("attrs")
        if "src=" in attrs or "application/json" in attrs:
            return match.group(0)
        name = f"s{len(files) + 1}.js"
        files[name] = ("text/javascript", match.group("body"))
        return f'<script src="{base_url}{name}"></script>'

    def style(match: re.Match[str]) -> str:
        name = f"s{len(files) + 1}.css"
        files[name] = ("text/css", match.group("body"))
        return f'<link rel="stylesheet" href="{base_url}{name}"/>'

    html = _INLINE_SCRIPT_RE.sub(script, html)
    html = _INLINE_STYLE_RE.sub(style, html)
    csp = re.sub(r" 'sha256-[^']+'", "", page_csp(html))
    html = _CSP_META_RE.sub(lambda _m: f'<meta http-equiv="Content-Security-Policy" content="{csp}">', html, count=1)
    return html, files


def page_csp(html: str) -> str:
    """The Content-Security-Policy in a composed page's meta tag ("" when there is none)."""
    match = _CSP_META_RE.search(html)
    if match is None:
        return ""
    return match.group(0).split('content="', 1)[1][:-2]


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _inline_css(relative: str) -> str:
    path = asset_path(relative)
    if path is None:
        raise FileNotFoundError(f"map asset missing: {relative}")
    folder = path.parent
    css = path.read_text(encoding="utf-8")

    def to_data_uri(match: re.Match[str]) -> str:
        image = folder / match.group("url")
        return f'url("{_data_uri(image)}")' if image.is_file() else match.group(0)

    return "<style>" + _CSS_URL_RE.sub(to_data_uri, css) + "</style>"


def _inline_js(relative: str) -> str:
    path = asset_path(relative)
    if path is None:
        raise FileNotFoundError(f"map asset missing: {relative}")
    return "<script>" + path.read_text(encoding="utf-8").replace("</script", "<\\/script") + "</script>"


def _inline_assets(html: str) -> str:
    html = _SCRIPT_LINK_RE.sub(lambda m: _inline_js(m.group("path")), html)
    return _CSS_LINK_RE.sub(lambda m: _inline_css(m.group("path")), html)


def compose_map_html(
    areas: dict[str, Any],
    markers: dict[str, Any] | None = None,
    *,
    coverage: Coverage | None = None,
    near: Near | None = None,
    tiles: TileChoice = "none",
    assets: AssetMode = "scheme",
    bridge: bool = False,
    title: str = "Sociale kaart",
    tile_attribution: str = "",
    tile_max_zoom: int = 19,
) -> str:
    """The complete map page.

    `areas` and `markers` are GeoJSON FeatureCollections from `socialekaart.mapview.mapdata`. With `assets="scheme"`
    every script and style is a `skmap://app/assets/...` link (for the Qt scheme handler); with `"inline"` they are
    inlined, so the file works offline on its own. `bridge` adds Qt's qwebchannel.js (scheme mode only). Without
    tiles the polygons draw on a plain background; with tiles only that tile host is allowed by the CSP.
    """
    import folium  # about 0.5 s of imports (branca, jinja2, requests): only where a page is composed

    if tiles not in ("none", "local") and tiles not in TILE_SOURCES:
        raise ValueError(f"unknown tile source: {tiles}")
    if tiles == "local" and assets != "scheme":
        raise ValueError("local tiles are served by the skmap:// scheme")
    if bridge and assets != "scheme":
        raise ValueError("the Qt bridge needs the skmap:// scheme")
    fmap = folium.Map(
        location=[51.64, 4.86],
        zoom_start=12,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
        zoom_snap=0.25,
    )
    fmap._id = "sk"  # a stable variable name (map_sk): the page is reproducible and map.js finds it
    js = [*_JS_ASSETS, *([_BRIDGE_JS] if bridge else []), _APP_JS]
    # Per-instance lists: folium's class attributes (CDN links) stay untouched.
    fmap.default_js = [(name, ASSET_PREFIX + name) for name in js]
    fmap.default_css = [(name, ASSET_PREFIX + name) for name in _CSS_ASSETS]
    attributions = [CBS_ATTRIBUTION]
    if tiles == "local":
        # Streets offline: beyond the stored zoom levels Leaflet enlarges the deepest stored tile.
        folium.TileLayer(
            tiles=LOCAL_TILE_URL, attr=tile_attribution, name="Achtergrondkaart", max_native_zoom=tile_max_zoom
        ).add_to(fmap)
    elif tiles != "none":
        source = TILE_SOURCES[tiles]
        folium.TileLayer(
            tiles=source.url, attr=source.attribution, name="Achtergrondkaart", max_zoom=source.max_zoom
        ).add_to(fmap)
    data = {
        "map": fmap.get_name(),
        "attributions": attributions,
        "areas": areas,
        "markers": markers or {"type": "FeatureCollection", "features": []},
        "coverage": coverage.as_json() if coverage else None,
        "near": near.as_json() if near else None,
    }
    root = fmap.get_root()
    root.header.add_child(folium.Element(f"<style>{access_css()}</style>"))  # type: ignore[attr-defined]
    root.html.add_child(  # type: ignore[attr-defined]
        folium.Element(f'<script type="application/json" id="{DATA_ELEMENT_ID}">{json_for_html(data)}</script>')
    )
    html = root.render()
    if assets == "inline":
        html = _inline_assets(html)
    csp = content_security_policy(html, tiles=tiles, assets=assets)
    head = f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n<title>{html_module.escape(title)}</title>'
    return html.replace("<head>", "<head>\n" + head, 1)


@dataclass(frozen=True)
class PreparedMap:
    """A map page made ready off the UI thread: its area features and its HTML."""

    areas: dict[str, Any]
    html: str
    tiles: TileChoice


def prepare_map(
    catalog: Any,
    *,
    area_code: str | None = None,
    tiles: TileChoice = "none",
    tile_attribution: str = "",
    tile_max_zoom: int = 19,
) -> PreparedMap:
    """Read the areas from the catalog and compose the page for the app's map (scheme assets, bridge on)."""
    from socialekaart.mapview.mapdata import areas_feature_collection

    areas = areas_feature_collection(catalog, within=area_code)
    html = compose_map_html(
        areas, tiles=tiles, bridge=True, tile_attribution=tile_attribution, tile_max_zoom=tile_max_zoom
    )
    return PreparedMap(areas, html, tiles)


def coverage_for(catalog: Any, need_code: str, label: str | None = None) -> Coverage:
    """How many services serve a need per buurt, with the need's name (for the coverage layer)."""
    from socialekaart.mapview.mapdata import coverage_counts, need_label

    name = label or need_label(catalog, need_code) or need_code
    return Coverage(need_code, name, coverage_counts(catalog, need_code))
