"""The map inside the main window (real QtWebEngine, offscreen): made lazily, wired to list, detail and filters."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import wait_results


@pytest.fixture(autouse=True)
def _delete_pages_now(qapp: Any) -> Iterator[None]:
    """Really delete closed map views after each test, so no page outlives the shared map profile."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def run_js(qtbot: QtBot, ui: Any, code: str) -> Any:
    box: list[Any] = []
    ui.maps.map.view.page().runJavaScript(code, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def open_map(qtbot: QtBot, ui: Any) -> Any:
    """Ctrl+M's action: the map replaces the list; wait until its page has drawn."""
    assert ui.maps.map is None  # nothing of QtWebEngine before the map is first shown
    with qtbot.waitSignal(ui.maps.created, timeout=20000):
        ui.window.show_map_action.trigger()
    assert ui.window.map_visible and ui.window.map_button.isChecked()
    qtbot.waitUntil(lambda: ui.maps.map.is_ready, timeout=20000)
    return ui.maps.map


def markers(qtbot: QtBot, ui: Any) -> int:
    value = run_js(qtbot, ui, "document.body.getAttribute('data-sk-markers')")
    return int(value) if value else -1


def test_results_become_markers_and_clicks_select(make_app: Callable[..., Any], demo_db: Path, qtbot: QtBot) -> None:
    ui = make_app(demo_db)
    ui.window.resize(1200, 800)
    ui.window.search_edit.setText("eenzaam")
    wait_results(qtbot, ui, "eenzaam")
    rows = ui.search.model.rows()
    assert len(rows) >= 3
    with qtbot.waitSignal(ui.maps.markers_sent, timeout=20000) as sent:
        open_map(qtbot, ui)
    assert sent.args[0] >= 3
    qtbot.waitUntil(lambda: markers(qtbot, ui) == sent.args[0], timeout=10000)
    assert ui.maps.map.interceptor.outside == []  # offline: nothing left the process
    # Keyboard and screen readers: Ctrl+M, named toggles, and chooser + map in the Tab chain after the toggles.
    w = ui.window
    assert w.show_map_action.shortcut().toString() == "Ctrl+M"
    assert all(x.accessibleName() for x in (w.list_button, w.map_button, w.map_pane.coverage_combo, ui.maps.map))
    assert w.result_focusables() == [w.map_pane.coverage_combo, ui.maps.map]
    assert w.map_button.nextInFocusChain() is w.map_pane.coverage_combo

    # The legend's dots (and the markers, same classes) wear the palette's colour of their access type, as the list
    # and the detail pane do (tests/ui/test_theme.py).
    from socialekaart.palette import ACCESS_SWATCHES

    for code, swatch in ACCESS_SWATCHES.items():
        dot = f"getComputedStyle(document.querySelector('.sk-access-legend .sk-at-{code}')).backgroundColor"
        red, green, blue = (int(n) for n in re.findall(r"\d+", run_js(qtbot, ui, dot))[:3])
        assert f"#{red:02x}{green:02x}{blue:02x}" == swatch.color, code

    # A marker click selects that entry in the list and shows its detail.
    target = next(r.id for r in rows[1:] if ui.maps.map.view.bridge.known_id(r.id))
    assert run_js(qtbot, ui, f"window.skMap.clickMarker('{target}')") is True
    qtbot.waitUntil(lambda: ui.search.current_id() == target, timeout=5000)
    qtbot.waitUntil(lambda: ui.detail.view.detail is not None and ui.detail.view.detail.id == target, timeout=5000)

    # Selecting another entry in the list highlights its marker.
    other = next(i for i, r in enumerate(rows) if r.id != target and ui.maps.map.view.bridge.known_id(r.id))
    ui.search.select_row(other)
    highlighted = "document.body.getAttribute('data-sk-highlighted')"
    qtbot.waitUntil(lambda: run_js(qtbot, ui, highlighted) == rows[other].id, timeout=5000)

    # A new search sends new markers.
    with qtbot.waitSignal(ui.maps.markers_sent, timeout=10000) as sent:
        ui.window.search_edit.setText("schuld")
    qtbot.waitUntil(lambda: markers(qtbot, ui) == sent.args[0], timeout=10000)

    # Back to the list with the toggle; the list is in the tab chain again.
    ui.window.list_button.click()
    assert not ui.window.map_visible and ui.window.result_list.isVisible()


def test_area_click_coverage_and_postcode(make_app: Callable[..., Any], demo_db: Path, qtbot: QtBot) -> None:
    ui = make_app(demo_db)
    open_map(qtbot, ui)
    session = ui.catalogs.session
    buurt = next(code for code, kind, _n, _d in session.areas if kind == "buurt")

    # A buurt clicked on the map becomes the area filter, with its chip.
    assert run_js(qtbot, ui, f"window.skMap.clickArea('{buurt}')") is True
    qtbot.waitUntil(lambda: ui.filters.state.area_code == buurt, timeout=5000)
    assert "area" in [key for key, _label in ui.filters.chip_list()]
    assert ui.window.chip_bar.isVisible()

    # The coverage chooser (needs from CatalogSearch.needs()) colours the buurten.
    combo = ui.window.map_pane.coverage_combo
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=5000)
    combo.setCurrentIndex(1)
    legend = "document.querySelectorAll('.sk-coverage-legend').length"
    qtbot.waitUntil(lambda: run_js(qtbot, ui, legend) == 1, timeout=5000)
    text = run_js(qtbot, ui, "document.querySelector('.sk-coverage-legend').textContent")
    assert combo.currentText() in text
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: run_js(qtbot, ui, legend) == 0, timeout=5000)

    # The postcode filter puts the resident's point on the map.
    postcode = next(iter(_postcodes(session)))
    ui.window.filter_bar.near_edit.setText(postcode)
    ui.window.filter_bar.near_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: ui.filters.state.near_text != "", timeout=5000)
    near = """document.querySelectorAll('path[fill="#c0392b"]').length"""
    qtbot.waitUntil(lambda: run_js(qtbot, ui, near) == 1, timeout=5000)
    ui.filters.remove("near")
    qtbot.waitUntil(lambda: run_js(qtbot, ui, near) == 0, timeout=5000)


def _postcodes(session: Any) -> list[str]:
    return sorted(session.search.postcodes())
