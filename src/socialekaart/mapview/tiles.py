"""Streets offline: which background tiles cover an extent, and the local MBTiles store the map reads them from.

A tile is addressed as in every web map (XYZ, Web Mercator, y from the north). MBTiles 1.3 keeps rows in TMS order
(y from the south); the store flips y on the way in and out so callers only ever see XYZ.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Web Mercator's latitude limit.
MAX_LAT = 85.05112878

#: Roughly what one 256-pixel PNG tile of the PDOK BRT-Achtergrondkaart weighs (measured over a town; for estimates).
AVERAGE_TILE_BYTES = 14_000


@dataclass(frozen=True)
class Extent:
    """A box in WGS84 degrees."""

    south: float
    west: float
    north: float
    east: float

    @classmethod
    def around(cls, points: Iterable[tuple[float, float]]) -> Extent | None:
        """The box around (lat, lon) points; None without points."""
        lats: list[float] = []
        lons: list[float] = []
        for lat, lon in points:
            lats.append(lat)
            lons.append(lon)
        if not lats:
            return None
        return cls(min(lats), min(lons), max(lats), max(lons))


def tile_of(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The (x, y) of the XYZ tile at `zoom` that holds the point."""
    n = 2**zoom
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = int((lon + 180.0) / 360.0 * n)
    rad = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tiles_for(extent: Extent, zooms: Iterable[int]) -> Iterator[tuple[int, int, int]]:
    """Every (z, x, y) tile that covers the extent at the given zoom levels, zoom by zoom."""
    for z in zooms:
        x0, y0 = tile_of(extent.north, extent.west, z)
        x1, y1 = tile_of(extent.south, extent.east, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def tile_count(extent: Extent, zooms: Iterable[int]) -> int:
    total = 0
    for z in zooms:
        x0, y0 = tile_of(extent.north, extent.west, z)
        x1, y1 = tile_of(extent.south, extent.east, z)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


_SCHEMA = """
CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tiles (
    zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB,
    PRIMARY KEY (zoom_level, tile_column, tile_row)
);
"""


class TileStore:
    """An MBTiles file of PNG tiles. Open it for reading where the map is served (one thread) and for writing where
    tiles are fetched (another connection, another thread); SQLite's WAL lets both go on at once."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        if not create and not path.exists():
            raise FileNotFoundError(path)
        self._db = sqlite3.connect(str(path), check_same_thread=True)
        if create:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
            self._db.commit()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> TileStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def get(self, z: int, x: int, y: int) -> bytes | None:
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, 2**z - 1 - y)
        ).fetchone()
        return bytes(row[0]) if row else None

    def has(self, z: int, x: int, y: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, 2**z - 1 - y)
        ).fetchone()
        return row is not None

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)",
            (z, x, 2**z - 1 - y, sqlite3.Binary(data)),
        )

    def commit(self) -> None:
        self._db.commit()

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def metadata(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._db.execute("SELECT name, value FROM metadata")}

    def set_metadata(self, values: dict[str, str]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)", list(values.items()))
        self._db.commit()
