"""The map inside the main window (real QtWebEngine, offscreen): made lazily, wired to list, detail and filters."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from socialekaart.ui.settings import AppSettings
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

    # A buurt clicked on the map is selected (outlined, named), not yet a filter: a stray click narrows nothing.
    pane = ui.window.map_pane
    assert run_js(qtbot, ui, f"window.skMap.clickArea('{buurt}')") is True
    qtbot.waitUntil(lambda: pane.area_filter_button.isVisible(), timeout=5000)
    assert ui.filters.state.area_code is None
    assert run_js(qtbot, ui, "document.body.getAttribute('data-sk-selected-area')") == buurt
    assert pane.area_filter_button.accessibleName()
    # The deliberate step filters, with its chip; the filter is for now only: not restored at the next start...
    qtbot.mouseClick(pane.area_filter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.filters.state.area_code == buurt, timeout=5000)
    assert "area" in [key for key, _label in ui.filters.chip_list()]
    assert ui.window.chip_bar.isVisible()
    assert AppSettings().area_code is None
    # ...unless pinned.
    assert pane.area_pin_button.isVisible()
    qtbot.mouseClick(pane.area_pin_button, Qt.MouseButton.LeftButton)
    assert AppSettings().area_code == buurt and not pane.area_pin_button.isVisible()

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


def test_clicked_location_one_address_fitting_legend_and_words(
    make_app: Callable[..., Any], demo_db: Path, qtbot: QtBot
) -> None:
    """The defects a welzijnswerker met showing the map to a resident in Dorst, each gone."""
    ui = make_app(demo_db)
    ui.window.resize(1200, 800)
    with qtbot.waitSignal(ui.maps.markers_sent, timeout=20000):
        open_map(qtbot, ui)
    qtbot.waitUntil(lambda: markers(qtbot, ui) > 0, timeout=10000)
    rows = ui.search.model.rows()
    locations = {r.id: json.loads(run_js(qtbot, ui, f"JSON.stringify(window.skMap.locations('{r.id}'))")) for r in rows}
    several = next(sid for sid, locs in locations.items() if len(locs) >= 2)

    # A click on the service's second location highlights that location, not its first.
    assert run_js(qtbot, ui, f"window.skMap.clickMarker('{several}', 1)") is True
    qtbot.waitUntil(lambda: ui.search.current_id() == several, timeout=5000)
    at = "document.body.getAttribute('data-sk-highlighted-at')"
    second = locations[several][1]
    qtbot.waitUntil(lambda: run_js(qtbot, ui, at) == f"{second[0]},{second[1]}", timeout=5000)

    # Chosen in the list, a service with several locations has all of them highlighted.
    ui.search.clear_selection()
    ui.search.select_row(ui.search.model.index_of(several))
    qtbot.waitUntil(lambda: len(str(run_js(qtbot, ui, at)).split(";")) == len(locations[several]), timeout=5000)

    # Services at one address are one numbered circle that says so (and fans out on a click).
    counts: dict[tuple[float, float], int] = {}
    for locs in locations.values():
        for lat, lon in locs:
            counts[(lat, lon)] = counts.get((lat, lon), 0) + 1
    (lat, lon), count = max(counts.items(), key=lambda kv: kv[1])
    assert count >= 2
    run_js(qtbot, ui, f"window.map_sk.setView([{lat}, {lon}], 18, {{animate: false}}); true")
    title = "Array.from(document.querySelectorAll('.sk-one-address span')).map(e => e.title).join('|')"
    qtbot.waitUntil(lambda: f"{count} op dit adres" in str(run_js(qtbot, ui, title)), timeout=5000)

    # Choosing a kern fits the map to it, clear of the legend.
    ui.filters.set_area("KN0826_DORST")
    fitted = "document.body.getAttribute('data-sk-fitted') || ''"
    qtbot.waitUntil(lambda: "BU0826" in str(run_js(qtbot, ui, fitted)), timeout=5000)
    codes = [c for c in str(run_js(qtbot, ui, fitted)).split(",") if c.startswith(("WK", "BU"))]
    assert run_js(qtbot, ui, f"window.skMap.legendCovers({codes!r})") is False

    # The legend folds and unfolds; in English the page's own words are English.
    ui.main.set_language("en")
    toggle = "document.querySelector('.sk-legend-toggle').textContent"
    qtbot.waitUntil(lambda: str(run_js(qtbot, ui, toggle)).startswith("Legend "), timeout=5000)
    run_js(qtbot, ui, "document.querySelector('.sk-legend-toggle').click(); true")
    qtbot.waitUntil(lambda: run_js(qtbot, ui, "document.body.getAttribute('data-sk-legend')") == "folded", timeout=5000)
    run_js(qtbot, ui, "document.querySelector('.sk-legend-toggle').click(); true")
    legend = "document.querySelector('.sk-access-legend').textContent"
    qtbot.waitUntil(lambda: "Open access" in str(run_js(qtbot, ui, legend)), timeout=5000)
    assert "Vrij toegankelijk" not in str(run_js(qtbot, ui, legend))
    ui.main.set_language("nl")
