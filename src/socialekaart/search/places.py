"""Resolve "near" arguments (coordinates or a Dutch postcode) to a point, and measure distances."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from socialekaart.errors import UserFacingError
from socialekaart.geo.distance import haversine_km as geo_haversine_km

Point = tuple[float, float]

_POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*(?:([A-Za-z]{2}))?\s*$")
_NUM = r"[-+]?\d{1,3}(?:\.\d+)?"
_LATLON_RE = re.compile(rf"^\s*({_NUM})\s*[,; ]\s*({_NUM})\s*$")


class PlaceError(UserFacingError, ValueError):
    """A ``--near`` argument that is neither coordinates nor a known postcode."""


def normalize_postcode(text: str) -> str | None:
    """``"4849 ab"`` → ``"4849AB"``, ``"4849"`` → ``"4849"``; ``None`` if it is not a Dutch postcode."""
    m = _POSTCODE_RE.match(text or "")
    if not m:
        return None
    return m.group(1) + (m.group(2) or "").upper()


def valid_point(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def parse_near(text: str, pc4: Mapping[str, Point]) -> Point:
    """Turn ``"LAT,LON"`` or a postcode (``4849``, ``4849 AB``, ``4849ab``) into ``(lat, lon)``.

    ``pc4`` maps a four-digit postcode to a point (the catalog layer builds it from its own addresses with
    :func:`build_pc4_map`). Raises :class:`PlaceError` with a Dutch message the CLI/UI can show.
    """
    text = (text or "").strip()
    m = _LATLON_RE.match(text)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if not valid_point(lat, lon):
            raise PlaceError(f"Ongeldige coördinaten: {text!r} (verwacht breedtegraad,lengtegraad)")
        return lat, lon
    code = normalize_postcode(text)
    if code is None:
        raise PlaceError(f"Geen postcode of coördinaten: {text[:40]!r} (bijv. '4849', '4849 AB' of '51.64,4.86')")
    point = pc4.get(code[:4])
    if point is None:
        raise PlaceError(f"Postcode {code[:4]} is niet bekend in de sociale kaart")
    return point


def build_pc4_map(rows: Iterable[tuple[str, float, float]]) -> dict[str, Point]:
    """Average point per four-digit postcode from ``(postal_code, lat, lon)`` rows of the catalog's addresses."""
    sums: dict[str, list[float]] = {}
    for postal_code, lat, lon in rows:
        code = normalize_postcode(postal_code or "")
        if code is None or not valid_point(lat, lon):
            continue
        acc = sums.setdefault(code[:4], [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1.0
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items()}


def haversine_km(a: Point, b: Point) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points."""
    return geo_haversine_km(a[0], a[1], b[0], b[1])
