"""Tile arithmetic and the MBTiles store: the right tiles for an extent, y flipped to TMS and back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from socialekaart.mapview.tiles import Extent, TileStore, tile_count, tile_of, tiles_for

OOSTERHOUT = Extent(south=51.57, west=4.78, north=51.69, east=4.95)


def test_tile_of_known_points() -> None:
    assert tile_of(0.0, 0.0, 1) == (1, 1)
    assert tile_of(51.64, 4.86, 0) == (0, 0)
    # Oosterhout at zoom 12: x = (180 + 4.86) / 360 · 4096, y = (1 − ln(tan φ + sec φ) / π) / 2 · 4096
    assert tile_of(51.64, 4.86, 12) == (2103, 1359)


def test_tiles_for_an_extent_cover_it_zoom_by_zoom() -> None:
    tiles = list(tiles_for(OOSTERHOUT, (10, 11, 12)))
    assert len(tiles) == tile_count(OOSTERHOUT, (10, 11, 12))
    assert {z for z, _x, _y in tiles} == {10, 11, 12}
    for zoom in (10, 11, 12):
        corner_nw = tile_of(OOSTERHOUT.north, OOSTERHOUT.west, zoom)
        corner_se = tile_of(OOSTERHOUT.south, OOSTERHOUT.east, zoom)
        assert (zoom, *corner_nw) in tiles and (zoom, *corner_se) in tiles
    assert tile_count(OOSTERHOUT, (16,)) > 100 * tile_count(OOSTERHOUT, (10,))


def test_store_keeps_xyz_for_callers_and_tms_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "t.mbtiles"
    with TileStore(path, create=True) as store:
        store.put(12, 2103, 1365, b"png-bytes")
        store.set_metadata({"attribution": "Kadaster (PDOK)", "format": "png"})
        store.commit()
    with TileStore(path) as store:
        assert store.get(12, 2103, 1365) == b"png-bytes"
        assert store.has(12, 2103, 1365) and not store.has(12, 2103, 1366)
        assert store.get(12, 0, 0) is None
        assert store.count() == 1
        assert store.metadata()["attribution"] == "Kadaster (PDOK)"
    row = sqlite3.connect(path).execute("SELECT tile_row FROM tiles").fetchone()
    assert row[0] == 2**12 - 1 - 1365  # MBTiles rows count from the south


def test_store_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        TileStore(tmp_path / "none.mbtiles")
