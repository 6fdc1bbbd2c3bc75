"""The CBS area vocabulary: gemeente, wijk and buurt codes and kinds, the area read from a boundary file, its error."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from socialekaart.errors import UserFacingError

AreaKind = Literal["gemeente", "wijk", "buurt"]

CODE_RE: Final = re.compile(r"^(?:GM\d{4}|WK\d{6}|BU\d{8})$")
KIND_BY_PREFIX: Final[dict[str, AreaKind]] = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}
KIND_RANK: Final[dict[AreaKind, int]] = {"gemeente": 0, "wijk": 1, "buurt": 2}
PREFIX_BY_KIND: Final[dict[AreaKind, str]] = {kind: prefix for prefix, kind in KIND_BY_PREFIX.items()}


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


def area_kind(code: str) -> AreaKind:
    """The kind of a CBS area code (GM0826, WK082601, BU08260101); ValueError if it is not one."""
    normalised = code.strip().upper()
    if not CODE_RE.match(normalised):
        raise ValueError(f"not a CBS gemeente, wijk or buurt code: {code!r}")
    return KIND_BY_PREFIX[normalised[:2]]


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


def normalise_gemeente_code(code: str) -> str:
    """ "GM0826" or "0826" as "GM0826"; ValueError for anything else."""
    normalised = code.strip().upper()
    if re.fullmatch(r"\d{4}", normalised):
        normalised = "GM" + normalised
    if not re.fullmatch(r"GM\d{4}", normalised):
        raise ValueError(f"not a CBS gemeente code (expected e.g. 'GM0826'): {code!r}")
    return normalised


def first_line(exc: BaseException) -> str:
    """The first line of an exception's text (its kind when it has none), for a one-line Dutch message."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
