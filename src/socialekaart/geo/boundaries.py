"""Reads CBS wijk and buurt boundary files of any year and spelling into plain WGS84 area features."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from socialekaart.errors import UserFacingError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "AreaFeature",
    "AreaKind",
    "BoundaryFileError",
    "area_kind",
    "gemeente_of",
    "label_point",
    "parent_code",
    "read_cbs_boundaries",
]

AreaKind = Literal["gemeente", "wijk", "buurt"]

_CODE_RE: Final = re.compile(r"^(?:GM\d{4}|WK\d{6}|BU\d{8})$")
_KIND_BY_PREFIX: Final[dict[str, AreaKind]] = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}
_KIND_RANK: Final[dict[AreaKind, int]] = {"gemeente": 0, "wijk": 1, "buurt": 2}
_PREFIX_BY_KIND: Final[dict[AreaKind, str]] = {kind: prefix for prefix, kind in _KIND_BY_PREFIX.items()}

# Code columns (normalised: lower case, without "_", "-" and spaces) with their name column, most specific
# first so that a buurt layer that also carries `wijkcode` and `gemeentecode` is read as buurten.
_CODE_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("statcode", "statnaam"),
    ("buurtcode", "buurtnaam"),
    ("bucode", "bunaam"),
    ("wijkcode", "wijknaam"),
    ("wkcode", "wknaam"),
    ("gemeentecode", "gemeentenaam"),
    ("gmcode", "gmnaam"),
)
_YEAR_COLUMNS: Final = ("jaar", "jaarcode", "year")
_WATER_COLUMN: Final = "water"
# CBS's pseudo-gemeente for the Belgian enclaves around Baarle-Nassau ("Buitenland").
_FOREIGN_GEMEENTE: Final = "GM0998"
_YEAR_RE: Final = re.compile(r"(?<![0-9A-Za-z])(20\d{2})(?![0-9])")

# Plausible extent of the Netherlands in RD New (EPSG:28992) metres.
_RD_X_RANGE: Final = (0.0, 300_000.0)
_RD_Y_RANGE: Final = (300_000.0, 625_000.0)
_RD_EPSG: Final = 28992
_WGS84_EPSG: Final = 4326
_GEOJSON_GRID_DEG: Final = 1e-6  # about 0.1 m: plenty for wijk/buurt boundaries, keeps the JSON small
_SAMPLE_ROWS: Final = 200
_POLYGONAL_TYPE_IDS: Final = (3, 6)  # shapely type ids of Polygon and MultiPolygon

_NO_CODES_HINT: Final = "verwacht een kolom zoals 'statcode', 'BU_CODE' of 'WK_CODE'"


class BoundaryFileError(UserFacingError):
    """A boundary file that cannot be used; `message` is Dutch text meant for the user."""

    def __init__(self, path: Path, message: str) -> None:
        if path.name not in message:
            message = f"{message} ({path.name})"
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class AreaFeature:
    """One gemeente, wijk or buurt with its boundary in WGS84."""

    code: str
    kind: AreaKind
    name: str
    gemeente_code: str
    parent_code: str | None
    geometry_geojson: str  # WGS84 (lon, lat), compact JSON, Polygon or MultiPolygon
    centroid_lat: float
    centroid_lon: float
    year: int | None


@dataclass(frozen=True)
class _Layer:
    name: str | None  # None: the file's only layer
    kind: AreaKind
    code_column: str
    name_column: str | None
    year_column: str | None
    water_column: str | None
    year_hint: int | None
    generalised: bool


def area_kind(code: str) -> AreaKind:
    """The kind of a CBS area code (GM0826, WK082601, BU08260101); ValueError if it is not one."""
    normalised = code.strip().upper()
    if not _CODE_RE.match(normalised):
        raise ValueError(f"not a CBS gemeente, wijk or buurt code: {code!r}")
    return _KIND_BY_PREFIX[normalised[:2]]


def parent_code(code: str) -> str | None:
    """The code of the area that contains a CBS area: buurt -> wijk, wijk -> gemeente, gemeente -> None."""
    normalised = code.strip().upper()
    kind = area_kind(normalised)
    if kind == "buurt":
        return "WK" + normalised[2:8]
    if kind == "wijk":
        return "GM" + normalised[2:6]
    return None


def gemeente_of(code: str) -> str:
    """The gemeente code of a CBS wijk or buurt code (WK082613 → GM0826)."""
    return "GM" + code[2:6]


def label_point(geometry_geojson: str) -> tuple[float, float]:
    """A (lat, lon) point guaranteed to lie inside the area, for placing a label on a map."""
    import shapely

    geometry = shapely.from_geojson(geometry_geojson)
    if geometry.is_empty:
        raise ValueError("cannot place a label on an empty geometry")
    point = shapely.point_on_surface(geometry)
    return float(point.y), float(point.x)


def read_cbs_boundaries(
    path: Path,
    gemeente_code: str | None = None,
    *,
    include_gemeenten: bool = False,
) -> list[AreaFeature]:
    """Read the wijken and buurten of a CBS boundary file (GeoJSON or GeoPackage, RD New or WGS84).

    Every layer whose features carry wijk or buurt codes is read (gemeente outlines too when
    `include_gemeenten` is set). When a GeoPackage holds several layers of one kind (several years, or
    generalised and detailed geometry), the most recent year wins, then the detailed geometry.
    `gemeente_code` ("GM0826" or "0826") keeps only the areas of that gemeente.
    The result is sorted gemeenten first, then wijken, then buurten, each by code.
    Raises BoundaryFileError (with a Dutch message naming the file) when the file cannot be used.
    """
    from pyogrio import list_layers

    wanted_gemeente = _normalise_gemeente_code(gemeente_code) if gemeente_code is not None else None
    if not path.is_file():
        raise BoundaryFileError(path, f"Bestand niet gevonden: {path.name}")

    try:
        layer_list = list_layers(path)
    except (RuntimeError, OSError, ValueError) as exc:
        raise BoundaryFileError(
            path, f"Kan {path.name} niet lezen als GeoJSON of GeoPackage: {_first_line(exc)}"
        ) from exc

    layers, non_polygon_layers, empty = _classify_layers(path, layer_list)
    wanted_kinds: set[AreaKind] = {"wijk", "buurt", "gemeente"} if include_gemeenten else {"wijk", "buurt"}
    chosen = _choose_layers([layer for layer in layers if layer.kind in wanted_kinds])
    if not chosen:
        if empty and not layers:
            raise BoundaryFileError(path, f"{path.name} is leeg: het bevat geen gebieden")
        if non_polygon_layers and not layers:
            raise BoundaryFileError(
                path,
                f"{path.name} bevat geen vlakken (polygonen) maar alleen punten of lijnen; "
                "gebruik een grenzenbestand van wijken of buurten",
            )
        if layers:
            raise BoundaryFileError(
                path,
                f"Geen wijk- of buurtcodes gevonden in {path.name}: het bestand bevat alleen "
                "gemeentegrenzen (GM-codes)",
            )
        raise BoundaryFileError(path, f"Geen wijk- of buurtcodes gevonden in {path.name}: {_NO_CODES_HINT}")

    features: list[AreaFeature] = []
    seen: dict[str, str | None] = {}
    for layer in chosen:
        for feature in _read_layer(path, layer, wanted_gemeente):
            if feature.code in seen:
                raise BoundaryFileError(
                    path,
                    f"Code {feature.code} komt in meer dan één laag van {path.name} voor "
                    f"({seen[feature.code]}, {layer.name})",
                )
            seen[feature.code] = layer.name
            features.append(feature)

    if not features:
        if wanted_gemeente is not None:
            raise BoundaryFileError(
                path, f"Geen wijken of buurten van gemeente {wanted_gemeente} gevonden in {path.name}"
            )
        raise BoundaryFileError(path, f"{path.name} is leeg: het bevat geen gebieden")
    features.sort(key=lambda f: (_KIND_RANK[f.kind], f.code))
    return features


def _normalise_gemeente_code(code: str) -> str:
    normalised = code.strip().upper()
    if re.fullmatch(r"\d{4}", normalised):
        normalised = "GM" + normalised
    if not re.fullmatch(r"GM\d{4}", normalised):
        raise ValueError(f"not a CBS gemeente code (expected e.g. 'GM0826'): {code!r}")
    return normalised


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _normalise_column(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).lower()


def _year_from_text(text: str) -> int | None:
    match = _YEAR_RE.search(text)
    return int(match.group(1)) if match else None


def _classify_layers(path: Path, layer_list: Any) -> tuple[list[_Layer], bool, bool]:
    """The layers that hold CBS area codes; also whether non-polygon or empty layers were seen."""
    from pyogrio import read_info

    layers: list[_Layer] = []
    non_polygon = False
    empty = False
    single = len(layer_list) == 1
    for layer_name_raw, geometry_type in layer_list:
        layer_name = str(layer_name_raw)
        layer_arg = None if single else layer_name
        gtype = str(geometry_type) if geometry_type is not None else "None"
        try:
            info = read_info(path, layer=layer_arg)
        except (RuntimeError, OSError, ValueError) as exc:
            raise BoundaryFileError(
                path, f"Kan laag '{layer_name}' van {path.name} niet lezen: {_first_line(exc)}"
            ) from exc
        if info.get("features", -1) == 0:
            empty = True
            continue
        fields = [str(field) for field in info["fields"]]
        by_normal = {_normalise_column(field): field for field in fields}
        candidates = [(by_normal[code], by_normal.get(name)) for code, name in _CODE_COLUMNS if code in by_normal]
        if not candidates:
            continue
        if not _may_hold_polygons(gtype):
            non_polygon = True
            continue
        picked = _pick_code_column(path, layer_arg, candidates)
        if picked is None:
            continue
        kind, code_column, name_column = picked
        year_column = next((by_normal[c] for c in _YEAR_COLUMNS if c in by_normal), None)
        layers.append(
            _Layer(
                name=layer_arg,
                kind=kind,
                code_column=code_column,
                name_column=name_column,
                year_column=year_column,
                water_column=by_normal.get(_WATER_COLUMN),
                year_hint=_year_from_text(layer_name) or _year_from_text(path.stem),
                generalised="generali" in layer_name.lower(),
            )
        )
    return layers, non_polygon, empty


def _pick_code_column(
    path: Path, layer: str | None, candidates: Sequence[tuple[str, str | None]]
) -> tuple[AreaKind, str, str | None] | None:
    """The first candidate column whose values are CBS area codes, with the kind they denote."""
    from pyogrio.raw import read

    try:
        _meta, _fids, _geometry, values = read(
            path,
            layer=layer,
            columns=[code for code, _name in candidates],
            read_geometry=False,
            max_features=_SAMPLE_ROWS,
        )
    except (RuntimeError, OSError, ValueError) as exc:
        raise BoundaryFileError(path, f"Kan {path.name} niet lezen: {_first_line(exc)}") from exc
    for (code_column, name_column), column in zip(candidates, values, strict=True):
        kinds = [
            _KIND_BY_PREFIX[text[:2]]
            for text in (str(value).strip().upper() for value in column if value is not None)
            if _CODE_RE.match(text)
        ]
        if kinds:
            kind = max(set(kinds), key=kinds.count)
            return kind, code_column, name_column
    return None


def _choose_layers(layers: list[_Layer]) -> list[_Layer]:
    """One layer per kind: the most recent year, then detailed rather than generalised geometry."""
    best: dict[AreaKind, _Layer] = {}
    for layer in sorted(layers, key=lambda la: (-(la.year_hint or -1), la.generalised, la.name or "")):
        best.setdefault(layer.kind, layer)
    return sorted(best.values(), key=lambda layer: _KIND_RANK[layer.kind])


def _may_hold_polygons(geometry_type: str) -> bool:
    lowered = geometry_type.lower()
    return lowered.startswith("unknown") or "polygon" in lowered or "surface" in lowered


def _read_layer(path: Path, layer: _Layer, wanted_gemeente: str | None) -> list[AreaFeature]:
    import numpy as np
    import shapely
    from pyogrio.raw import read

    columns = [layer.code_column]
    for extra in (layer.name_column, layer.year_column, layer.water_column):
        if extra is not None and extra not in columns:
            columns.append(extra)
    where = None
    if wanted_gemeente is not None:
        prefix = _PREFIX_BY_KIND[layer.kind] + wanted_gemeente[2:]
        where = f"\"{layer.code_column}\" LIKE '{prefix}%'"
    try:
        meta, _fids, wkb, values = read(path, layer=layer.name, columns=columns, where=where)
    except (RuntimeError, OSError, ValueError) as exc:
        raise BoundaryFileError(path, f"Kan {path.name} niet lezen: {_first_line(exc)}") from exc
    by_column = dict(zip(columns, values, strict=True))

    codes: list[str] = []
    names: list[str] = []
    years: list[int | None] = []
    water: list[bool] = []
    shapes: list[Any] = []
    for index, raw_code in enumerate(by_column[layer.code_column]):
        code = str(raw_code).strip().upper() if raw_code is not None else ""
        if not _CODE_RE.match(code) or _KIND_BY_PREFIX[code[:2]] != layer.kind:
            continue
        gemeente = gemeente_of(code)
        if gemeente == _FOREIGN_GEMEENTE or (wanted_gemeente is not None and gemeente != wanted_gemeente):
            continue
        geometry = shapely.from_wkb(wkb[index]) if wkb[index] is not None else None
        if geometry is None or geometry.is_empty:
            continue  # a code without a boundary: nothing to draw or locate
        shapes.append(geometry)
        codes.append(code)
        names.append(_cell_text(by_column, layer.name_column, index) or code)
        years.append(_cell_year(by_column, layer.year_column, index) or layer.year_hint)
        water.append((_cell_text(by_column, layer.water_column, index) or "").upper() == "JA")
    if not shapes:
        return []
    geometries = np.empty(len(shapes), dtype=object)
    geometries[:] = shapes

    geometries = _polygonal(path, geometries, codes)
    crs_epsg = _detect_crs(path, meta.get("crs"), geometries)
    geometries, codes, names, years = _merge_duplicates(geometries, codes, names, years, water)

    rd = geometries if crs_epsg == _RD_EPSG else _reproject(geometries, crs_epsg, _RD_EPSG)
    wgs84 = geometries if crs_epsg == _WGS84_EPSG else _reproject(geometries, crs_epsg, _WGS84_EPSG)
    centroids = _reproject(shapely.centroid(rd), _RD_EPSG, _WGS84_EPSG)
    wgs84 = _rounded(wgs84)

    features: list[AreaFeature] = []
    for i, code in enumerate(codes):
        centroid = centroids[i]
        features.append(
            AreaFeature(
                code=code,
                kind=layer.kind,
                name=names[i],
                gemeente_code=gemeente_of(code),
                parent_code=parent_code(code),
                geometry_geojson=shapely.to_geojson(wgs84[i]),
                centroid_lat=round(float(centroid.y), 7),
                centroid_lon=round(float(centroid.x), 7),
                year=years[i],
            )
        )
    return features


def _cell_text(by_column: dict[str, Any], column: str | None, index: int) -> str | None:
    if column is None:
        return None
    value = by_column[column][index]
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _cell_year(by_column: dict[str, Any], column: str | None, index: int) -> int | None:
    text = _cell_text(by_column, column, index)
    if text is None:
        return None
    match = re.search(r"(19|20)\d{2}", text)
    return int(match.group(0)) if match else None


def _polygonal(path: Path, geometries: npt.NDArray[Any], codes: Sequence[str]) -> npt.NDArray[Any]:
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


def _detect_crs(path: Path, crs_text: str | None, geometries: npt.NDArray[Any]) -> int:
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
            return _RD_EPSG
        if looks_lonlat and crs is None:
            return _WGS84_EPSG
        raise BoundaryFileError(
            path,
            f"Onbekend coördinatenstelsel in {path.name}: verwacht RD New (EPSG:28992) of WGS84 (EPSG:4326)",
        )
    epsg = crs.to_epsg()
    if epsg is None:
        # A WKT without an authority: compare it to the two systems CBS publishes in.
        for candidate in (_RD_EPSG, _WGS84_EPSG):
            if crs.equals(pyproj.CRS.from_epsg(candidate), ignore_axis_order=True):
                return candidate
        raise BoundaryFileError(
            path,
            f"Onbekend coördinatenstelsel in {path.name}: verwacht RD New (EPSG:28992) of WGS84 (EPSG:4326)",
        )
    return int(epsg)


def _reproject(geometries: npt.NDArray[Any], source_epsg: int, target_epsg: int) -> npt.NDArray[Any]:
    import numpy as np
    import pyproj
    import shapely

    transformer = pyproj.Transformer.from_crs(source_epsg, target_epsg, always_xy=True)

    def transform(coords: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    result: npt.NDArray[Any] = shapely.transform(geometries, transform)
    return result


def _merge_duplicates(
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


def _rounded(geometries: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """Snap WGS84 coordinates to about 0.1 m, keeping the geometry valid and non-empty."""
    import shapely

    snapped = shapely.set_precision(geometries, _GEOJSON_GRID_DEG)
    unusable = shapely.is_empty(snapped) | ~shapely.is_valid(snapped)
    if unusable.any():
        snapped[unusable] = geometries[unusable]
    # RFC 7946: exterior rings counterclockwise, holes clockwise.
    result: npt.NDArray[Any] = shapely.orient_polygons(snapped, exterior_cw=False)
    return result
