"""Fetching the gemeente's background tiles into the store, from a tile server on loopback: plan, size estimate,
progress, cancelling, going on where it stopped, and refusing a bad source."""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from socialekaart.mapview.tiles import TileStore
from socialekaart.progress import Cancelled, Work
from socialekaart.workspace.offline_map import (
    STEP_FETCH,
    TileSourceConfig,
    TileSourceError,
    fetch_offline_map,
    plan_offline_map,
    tile_store_path,
)
from socialekaart.workspace.session import CatalogSession


def _png() -> bytes:
    """A real 1×1 grey PNG (so a browser draws it as a tile)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


PNG = _png()


class _Tiles(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PNG)))
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def tile_server() -> Iterator[str]:
    _Tiles.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"
    server.shutdown()
    server.server_close()


def test_plan_fetch_and_go_on_where_it_stopped(demo_session: CatalogSession, tmp_path: Path, tile_server: str) -> None:
    store = tile_store_path(tmp_path / "catalogus.sqlite")
    assert store.name == "catalogus.tiles.mbtiles"
    plan = plan_offline_map(demo_session.catalog, store, zooms=(10, 11, 12, 13))
    assert plan is not None and plan.tiles > 4 and plan.stored == 0
    assert plan.estimated_bytes > 0
    source = TileSourceConfig(url=tile_server, attribution="Testkaart")

    # Cancelled after a few tiles: what was fetched is kept.
    work = Work()
    steps: list[tuple[str, int, int]] = []

    def progress(stage: str, done: int, total: int) -> None:
        steps.append((stage, done, total))
        if done == 3:
            work.cancel.cancel()

    work.progress = progress
    with pytest.raises(Cancelled):
        fetch_offline_map(plan, store, source, work)
    assert steps[0] == (STEP_FETCH, 1, plan.tiles)
    with TileStore(store) as opened:
        assert opened.count() >= 2

    # Again: only the missing tiles are asked for; all are stored; the store says where they came from.
    asked_before = len(_Tiles.requests)
    again = plan_offline_map(demo_session.catalog, store, zooms=(10, 11, 12, 13))
    assert again is not None and again.stored >= 2 and again.estimated_bytes < plan.estimated_bytes
    result = fetch_offline_map(again, store, source)
    assert result.fetched == plan.tiles - again.stored and result.failed == 0
    assert len(_Tiles.requests) - asked_before == result.fetched
    with TileStore(store) as opened:
        assert opened.count() == plan.tiles
        assert opened.metadata()["attribution"] == "Testkaart"
        z, x, y = next(iter(_first_tile(plan)))
        assert opened.get(z, x, y) == PNG


def _first_tile(plan: object) -> list[tuple[int, int, int]]:
    from socialekaart.mapview.tiles import tiles_for

    return list(tiles_for(plan.extent, plan.zooms))[:1]  # type: ignore[attr-defined]


def test_a_bad_or_absent_source_is_said_in_words(demo_session: CatalogSession, tmp_path: Path) -> None:
    plan = plan_offline_map(demo_session.catalog, tmp_path / "t.mbtiles", zooms=(10,))
    assert plan is not None
    with pytest.raises(TileSourceError, match="geen http"):
        fetch_offline_map(plan, tmp_path / "t.mbtiles", TileSourceConfig(url="file:///etc/{z}/{x}/{y}"))
    with pytest.raises(TileSourceError, match="niet bereikbaar"):
        fetch_offline_map(plan, tmp_path / "t.mbtiles", TileSourceConfig(url="http://127.0.0.1:9/{z}/{x}/{y}.png"))
