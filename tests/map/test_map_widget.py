"""The map widget in a real offscreen QtWebEngine: offline loading, drawing, bridge, clicks, escaping, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEnginePage

from socialekaart.catalog.store import Catalog
from socialekaart.cli.main import main
from socialekaart.mapview.mapdata import service_markers
from socialekaart.ui.map import MapWidget
from socialekaart.ui.map.interceptor import OfflineInterceptor
from socialekaart.ui.map.view import map_profile
from tests.mapview.helpers import HOSTILE_NAME

RunJs = Callable[[Any, str], Any]


def distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.fixture
def widget(qtbot: Any, map_catalog: Catalog) -> MapWidget:
    w = MapWidget(map_catalog)
    qtbot.addWidget(w)
    w.resize(900, 700)
    w.show()
    qtbot.waitUntil(lambda: w.is_ready, timeout=15000)
    return w


def show_all(widget: MapWidget, catalog: Catalog, qtbot: Any, run_js: RunJs) -> None:
    rows = [(m.service_id, m.name, m.lat, m.lon, m.access_type, True) for m in service_markers(catalog)]
    widget.show_results(rows)
    qtbot.waitUntil(lambda: run_js(widget.view, "document.body.getAttribute('data-sk-markers')") == "6")


def test_map_loads_offline_and_draws_polygons(widget: MapWidget, run_js: RunJs, qtbot: Any) -> None:
    assert run_js(widget.view, "document.querySelectorAll('path.leaflet-interactive').length") >= 44
    # The first frame of a freshly started Chromium can reach the widget a little after the page reports it drew.
    qtbot.waitUntil(lambda: distinct_colours(widget.grab_image()) > 5, timeout=5000)
    # Nothing left the process, everything came through skmap://, and no CSP violation was reported.
    assert widget.interceptor.outside == []
    served = widget.view._handler.served
    assert served and all(url.startswith("skmap://app/") for url in served)
    assert not [line for line in widget.view.map_page.console if "Content Security Policy" in line]
    attribution = run_js(widget.view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "CBS / Kadaster (PDOK), CC BY 4.0" in attribution


def test_interceptor_refuses_outside_requests(qtbot: Any) -> None:
    profile, _handler = map_profile()
    page = QWebEnginePage(profile)
    interceptor = OfflineInterceptor(parent=page)
    page.setUrlRequestInterceptor(interceptor)
    with qtbot.waitSignal(page.loadFinished, timeout=10000):
        page.setHtml('<img src="http://127.0.0.1:9/tile.png"><script src="https://cdn.example.org/x.js"></script>')
    qtbot.waitUntil(lambda: len(interceptor.blocked) >= 2, timeout=5000)
    assert interceptor.blocked == interceptor.outside
    page.deleteLater()


def test_marker_click_and_highlight_go_through_the_bridge(
    widget: MapWidget, map_catalog: Catalog, run_js: RunJs, qtbot: Any
) -> None:
    show_all(widget, map_catalog, qtbot, run_js)
    with qtbot.waitSignal(widget.service_clicked, timeout=5000) as blocker:
        assert run_js(widget.view, "window.skMap.clickMarker('svc-schuld')") is True
    assert blocker.args == ["svc-schuld"]
    widget.highlight("svc-klip")
    qtbot.waitUntil(lambda: run_js(widget.view, "document.body.getAttribute('data-sk-highlighted')") == "svc-klip")
    assert run_js(widget.view, "document.querySelectorAll('.sk-marker.sk-highlight').length") == 1
    # The bridge drops what it does not know.
    with qtbot.assertNotEmitted(widget.service_clicked, wait=200):
        widget.view.bridge.markerClicked("not-a-shown-service")
    with qtbot.assertNotEmitted(widget.area_clicked, wait=200):
        widget.view.bridge.areaClicked("BU0826<script>")
        widget.view.bridge.areaClicked("BU99999999")
    assert len(widget.view.bridge.rejected) == 3


def test_area_click_emits_code(widget: MapWidget, run_js: RunJs, qtbot: Any) -> None:
    with qtbot.waitSignal(widget.area_clicked, timeout=5000) as blocker:
        assert run_js(widget.view, "window.skMap.clickArea('BU08260000')") is True
    assert blocker.args == ["BU08260000"]
    with qtbot.waitSignal(widget.area_clicked, timeout=5000) as blocker:
        run_js(widget.view, "window.skMap.clickArea('WK082603')")
    assert blocker.args == ["WK082603"]


def test_hostile_name_is_text(widget: MapWidget, map_catalog: Catalog, run_js: RunJs, qtbot: Any) -> None:
    show_all(widget, map_catalog, qtbot, run_js)
    widget.highlight("svc-evil")
    qtbot.waitUntil(lambda: run_js(widget.view, "document.body.getAttribute('data-sk-highlighted')") == "svc-evil")
    assert run_js(widget.view, "document.querySelector('.sk-popup-name').textContent") == HOSTILE_NAME
    assert run_js(widget.view, "document.querySelectorAll('.leaflet-popup script, .leaflet-popup img').length") == 0
    qtbot.wait(200)
    assert run_js(widget.view, "String(window.__xss)") == "undefined"


def test_near_and_coverage(widget: MapWidget, run_js: RunJs, qtbot: Any) -> None:
    widget.set_near(51.64, 4.86, 1.0)
    widget.set_coverage("schulden")
    qtbot.waitUntil(lambda: run_js(widget.view, "document.querySelectorAll('.sk-coverage-legend').length") == 1)
    legend = run_js(widget.view, "document.querySelector('.sk-coverage-legend').textContent")
    assert "Geldzorgen en schulden" in legend
    widget.set_coverage(None)
    qtbot.waitUntil(lambda: run_js(widget.view, "document.querySelectorAll('.sk-coverage-legend').length") == 0)


def test_map_command_writes_offline_html_and_png(map_catalog_file: Path, tmp_path: Path, qtbot: Any) -> None:
    html_out = tmp_path / "kaart.html"
    assert main(["--db", str(map_catalog_file), "map", "--out", str(html_out), "--coverage", "schulden"]) == 0
    html = html_out.read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet"' not in html
    assert "Content-Security-Policy" in html and "CBS / Kadaster (PDOK), CC BY 4.0" in html
    assert "<script>window.__xss" not in html

    png_out = tmp_path / "kaart.png"
    args = ["--db", str(map_catalog_file), "map", "--out", str(png_out), "--area", "WK082600", "--width", "640"]
    assert main([*args, "--height", "480"]) == 0
    image = QImage(str(png_out))
    assert image.width() == 640 and image.height() == 480
    assert distinct_colours(image, step=5) > 5


def test_export_html_renders_offline(tmp_path: Path, map_catalog_file: Path, qtbot: Any, run_js: RunJs) -> None:
    """The exported file, opened as a local file with every request refused, still draws its map."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    out = tmp_path / "kaart.html"
    assert main(["--db", str(map_catalog_file), "map", "--out", str(out)]) == 0
    profile, _handler = map_profile()
    view = QWebEngineView()
    qtbot.addWidget(view)
    page = QWebEnginePage(profile, view)
    interceptor = OfflineInterceptor(parent=page, allow_files=True)
    page.setUrlRequestInterceptor(interceptor)
    view.setPage(page)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=10000):
        page.load(QUrl.fromLocalFile(str(out)))
    qtbot.waitUntil(lambda: run_js(view, "document.body.getAttribute('data-sk-ready')") == "1", timeout=10000)
    assert run_js(view, "document.querySelectorAll('path.leaflet-interactive').length") >= 44
    assert interceptor.outside == []


def test_page_cannot_delete_the_bridge(widget: MapWidget, run_js: RunJs, qtbot: Any) -> None:
    """QObject.deleteLater is a slot, so QWebChannel offers it to the page; the bridge ignores it."""
    run_js(widget.view, "new QWebChannel(qt.webChannelTransport, function (c) { c.objects.skBridge.deleteLater(); })")
    qtbot.waitUntil(lambda: "deleteLater" in widget.view.bridge.rejected, timeout=5000)
    with qtbot.waitSignal(widget.area_clicked, timeout=5000):
        run_js(widget.view, "window.skMap.clickArea('BU08260000')")
