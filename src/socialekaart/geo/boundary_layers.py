"""Finding the wijk and buurt layers of a boundary file: the columns that hold CBS codes, one layer per kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from socialekaart.geo.cbs import CODE_RE, KIND_BY_PREFIX, KIND_RANK, AreaKind, BoundaryFileError, first_line

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
_YEAR_RE: Final = re.compile(r"(?<![0-9A-Za-z])(20\d{2})(?![0-9])")
_SAMPLE_ROWS: Final = 200


@dataclass(frozen=True)
class Layer:
    """A layer of a boundary file that holds CBS areas of one kind, and the columns to read."""

    name: str | None  # None: the file's only layer
    kind: AreaKind
    code_column: str
    name_column: str | None
    year_column: str | None
    water_column: str | None
    year_hint: int | None
    generalised: bool


def _normalise_column(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).lower()


def _year_from_text(text: str) -> int | None:
    match = _YEAR_RE.search(text)
    return int(match.group(1)) if match else None


def classify_layers(path: Path, layer_list: Any) -> tuple[list[Layer], bool, bool]:
    """The layers that hold CBS area codes; also whether non-polygon or empty layers were seen."""
    from pyogrio import read_info

    layers: list[Layer] = []
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
                path, f"Kan laag '{layer_name}' van {path.name} niet lezen: {first_line(exc)}"
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
            Layer(
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
        raise BoundaryFileError(path, f"Kan {path.name} niet lezen: {first_line(exc)}") from exc
    for (code_column, name_column), column in zip(candidates, values, strict=True):
        kinds = [
            KIND_BY_PREFIX[text[:2]]
            for text in (str(value).strip().upper() for value in column if value is not None)
            if CODE_RE.match(text)
        ]
        if kinds:
            kind = max(set(kinds), key=kinds.count)
            return kind, code_column, name_column
    return None


def choose_layers(layers: list[Layer]) -> list[Layer]:
    """One layer per kind: the most recent year, then detailed rather than generalised geometry."""
    best: dict[AreaKind, Layer] = {}
    for layer in sorted(layers, key=lambda la: (-(la.year_hint or -1), la.generalised, la.name or "")):
        best.setdefault(layer.kind, layer)
    return sorted(best.values(), key=lambda layer: KIND_RANK[layer.kind])


def _may_hold_polygons(geometry_type: str) -> bool:
    lowered = geometry_type.lower()
    return lowered.startswith("unknown") or "polygon" in lowered or "surface" in lowered
