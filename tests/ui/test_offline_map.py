"""Streets offline in the app: nothing is fetched unless online is switched on; then, after one preparation from a
tile server on loopback, the map draws the stored streets through skmap:// with nothing leaving the process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from socialekaart.ui.settings import AppSettings
from socialekaart.workspace.offline_map import tile_store_path
from tests.ui.test_map_in_app import _delete_pages_now, run_js  # noqa: F401 (an autouse fixture)
from tests.workspace.test_offline_map import _Tiles, tile_server  # noqa: F401 (the loopback tile server fixture)


def test_nothing_is_fetched_unless_online_is_on(qtbot: QtBot, make_app: Any, demo_db: Path, tile_server: str) -> None:  # noqa: F811
    settings = AppSettings()
    settings.tile_source = (tile_server, "Testkaart")
    settings.sync()
    ui = make_app(demo_db)
    with qtbot.waitSignal(ui.offline_map.confirm_asked, timeout=5000) as asked:
        ui.window.offline_map_action.trigger()
    box: QMessageBox = asked.args[0]
    assert "Online achtergrondkaart" in box.text() and "127.0.0.1" in box.text()
    box.close()
    assert _Tiles.requests == []
    assert not tile_store_path(demo_db).exists()


def test_one_preparation_gives_streets_offline(qtbot: QtBot, make_app: Any, demo_db: Path, tile_server: str) -> None:  # noqa: F811
    settings = AppSettings()
    settings.online_map = True
    settings.tile_source = (tile_server, "Testkaart (CC BY 4.0)")
    settings.offline_zooms = (10, 11, 12)
    settings.sync()
    ui = make_app(demo_db)
    with qtbot.waitSignal(ui.offline_map.confirm_asked, timeout=10000) as asked:
        ui.window.offline_map_action.trigger()
    box: QMessageBox = asked.args[0]
    assert "MB" in box.text() and "127.0.0.1" in box.text() and "Testkaart" in box.text()
    with qtbot.waitSignal(ui.offline_map.finished, timeout=20000) as done:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert done.args == [True]
    assert tile_store_path(demo_db).exists() and len(_Tiles.requests) > 0
    asked_online = len(_Tiles.requests)

    # From now on the map's streets come from the store, through the app's own scheme: nothing leaves.
    settings.online_map = False
    with qtbot.waitSignal(ui.maps.created, timeout=20000):
        ui.window.show_map_action.trigger()
    qtbot.waitUntil(lambda: ui.maps.map.is_ready, timeout=20000)
    tiles = "document.querySelectorAll('img.leaflet-tile-loaded').length"
    qtbot.waitUntil(lambda: run_js(qtbot, ui, tiles) > 0, timeout=10000)
    served = ui.maps.map.view.page().profile().urlSchemeHandler(b"skmap").served
    assert any("/tiles/" in url for url in served)
    assert ui.maps.map.interceptor.outside == []
    assert len(_Tiles.requests) == asked_online
    attribution = "document.querySelector('.leaflet-control-attribution').textContent"
    assert "Testkaart" in run_js(qtbot, ui, attribution)
