"""Reads CBS wijk and buurt boundary files of any year and spelling into plain WGS84 area features."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from socialekaart.geo.boundary_geometry import (
    RD_EPSG,
    WGS84_EPSG,
    detect_crs,
    label_point,
    merge_duplicates,
    polygonal,
    reproject,
    rounded,
)
from socialekaart.geo.boundary_layers import Layer, choose_layers, classify_layers
from socialekaart.geo.cbs import (
    CODE_RE,
    KIND_BY_PREFIX,
    KIND_RANK,
    PREFIX_BY_KIND,
    AreaFeature,
    AreaKind,
    BoundaryFileError,
    area_kind,
    first_line,
    gemeente_of,
    normalise_gemeente_code,
    parent_code,
)

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

# CBS's pseudo-gemeente for the Belgian enclaves around Baarle-Nassau ("Buitenland").
_FOREIGN_GEMEENTE: Final = "GM0998"
_NO_CODES_HINT: Final = "verwacht een kolom zoals 'statcode', 'BU_CODE' of 'WK_CODE'"


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

    wanted_gemeente = normalise_gemeente_code(gemeente_code) if gemeente_code is not None else None
    if not path.is_file():
        raise BoundaryFileError(path, f"Bestand niet gevonden: {path.name}")

    try:
        layer_list = list_layers(path)
    except (RuntimeError, OSError, ValueError) as exc:
        raise BoundaryFileError(
            path, f"Kan {path.name} niet lezen als GeoJSON of GeoPackage: {first_line(exc)}"
        ) from exc

    layers, non_polygon_layers, empty = classify_layers(path, layer_list)
    wanted_kinds: set[AreaKind] = {"wijk", "buurt", "gemeente"} if include_gemeenten else {"wijk", "buurt"}
    chosen = choose_layers([layer for layer in layers if layer.kind in wanted_kinds])
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
    features.sort(key=lambda f: (KIND_RANK[f.kind], f.code))
    return features


def _read_layer(path: Path, layer: Layer, wanted_gemeente: str | None) -> list[AreaFeature]:
    import numpy as np
    import shapely
    from pyogrio.raw import read

    columns = [layer.code_column]
    for extra in (layer.name_column, layer.year_column, layer.water_column):
        if extra is not None and extra not in columns:
            columns.append(extra)
    where = None
    if wanted_gemeente is not None:
        prefix = PREFIX_BY_KIND[layer.kind] + wanted_gemeente[2:]
        where = f"\"{layer.code_column}\" LIKE '{prefix}%'"
    try:
        meta, _fids, wkb, values = read(path, layer=layer.name, columns=columns, where=where)
    except (RuntimeError, OSError, ValueError) as exc:
        raise BoundaryFileError(path, f"Kan {path.name} niet lezen: {first_line(exc)}") from exc
    by_column = dict(zip(columns, values, strict=True))

    codes: list[str] = []
    names: list[str] = []
    years: list[int | None] = []
    water: list[bool] = []
    shapes: list[Any] = []
    for index, raw_code in enumerate(by_column[layer.code_column]):
        code = str(raw_code).strip().upper() if raw_code is not None else ""
        if not CODE_RE.match(code) or KIND_BY_PREFIX[code[:2]] != layer.kind:
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

    geometries = polygonal(path, geometries, codes)
    crs_epsg = detect_crs(path, meta.get("crs"), geometries)
    geometries, codes, names, years = merge_duplicates(geometries, codes, names, years, water)

    rd = geometries if crs_epsg == RD_EPSG else reproject(geometries, crs_epsg, RD_EPSG)
    wgs84 = geometries if crs_epsg == WGS84_EPSG else reproject(geometries, crs_epsg, WGS84_EPSG)
    centroids = reproject(shapely.centroid(rd), RD_EPSG, WGS84_EPSG)
    wgs84 = rounded(wgs84)

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
