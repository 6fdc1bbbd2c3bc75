"""Search as you type on the demo catalog: results, stale results dropped, the 'schuldhulp in Dorst' flow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import wait_results


def names(ui: Any) -> list[str]:
    return [r.name for r in ui.search.model.rows()]


def test_window_opens_on_demo_with_focus_in_search(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    qtbot.waitUntil(lambda: ui.window.search_edit.hasFocus())
    assert ui.window.catalog_status.text() == "Catalogus: Demo-catalogus gemeente Oosterhout"
    assert ui.window.count_status.text().endswith("diensten")
    assert ui.window.demo_status.isVisible()
    assert ui.window.sync_status.text().startswith("Synchronisatie")
    assert ui.search.model.rowCount() > 0  # an empty query lists the catalog


def test_typing_gives_results_with_why(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    qtbot.keyClicks(ui.window.search_edit, "schuld")
    wait_results(qtbot, ui, "schuld")
    found = names(ui)
    assert any("SchuldHulpMaatje" in n for n in found[:5])
    row = ui.search.model.rows()[0]
    assert row.why and row.organization and row.access_type
    assert "resultaten" in ui.window.result_info.text() or "resultaat" in ui.window.result_info.text()


def test_fast_typing_never_shows_stale_results(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    shown: list[str] = []
    ui.search.results_shown.connect(lambda _n: shown.append(ui.search.last_outcome.query))
    for text in ("e", "ee", "een", "eenz", "eenza", "eenzaam"):
        ui.window.search_edit.setText(text)
        qtbot.wait(5)
    wait_results(qtbot, ui, "eenzaam")
    assert shown[-1] == "eenzaam"
    # Every list that was shown matched the text in the field at that moment: older ones were dropped.
    assert set(shown) <= {"e", "ee", "een", "eenz", "eenza", "eenzaam"}
    assert ui.search.last_outcome.query == "eenzaam"


def test_no_results_shows_message(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    qtbot.keyClicks(ui.window.search_edit, "xqzwv")
    wait_results(qtbot, ui, "xqzwv")
    assert ui.search.model.rowCount() == 0
    assert "Geen resultaten" in ui.window.result_info.text()
    assert ui.window.detail_view.detail is None


def test_schuldhulp_in_dorst_with_three_keys_and_one_click(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    """The acceptance flow: a new user types 'sch', clicks the kern Dorst, and sees schuldhulp at the top."""
    ui = make_app(demo_db)
    qtbot.keyClicks(ui.window.search_edit, "sch")
    wait_results(qtbot, ui, "sch")
    dorst = ui.window.filter_bar.kern_buttons["KN0826_DORST"]
    qtbot.mouseClick(dorst, Qt.MouseButton.LeftButton)
    wait_results(qtbot, ui, "sch")
    assert ui.filters.state.area_code == "KN0826_DORST"
    assert ui.window.chip_bar.keys() == ["area"]
    top = names(ui)[:6]  # what fits on the first screen
    assert any("schuld" in n.lower() for n in top), top
    # a new question chooses nothing by itself; one arrow key opens the top result in the pane
    assert ui.search.current_id() == ""
    qtbot.keyClick(ui.window.search_edit, Qt.Key.Key_Down)
    current = ui.search.current_id()
    assert current == ui.search.model.rows()[0].id
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == current)


def test_enter_on_no_results_counts_the_unmatched_need(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    from sqlalchemy import text

    from socialekaart.catalog.store import open_catalog

    ui = make_app(demo_db)
    qtbot.keyClicks(ui.window.search_edit, "xqzwv")
    wait_results(qtbot, ui, "xqzwv")
    qtbot.keyClick(ui.window.search_edit, Qt.Key.Key_Return)
    ui.runner.wait_for_done()
    catalog = open_catalog(demo_db)
    with catalog.engine.connect() as conn:
        count = conn.execute(text("SELECT SUM(count) FROM unmatched_need")).scalar()
    catalog.close()
    assert count == 1  # anonymous: only the words and a count, never who asked


def test_window_geometry_is_remembered(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.window.resize(760, 560)  # within the offscreen screen (800 x 600): restoreGeometry keeps it on screen
    ui.window.splitter.setSizes([300, 440])
    ui.window.close()
    again = make_app(demo_db)
    assert (again.window.width(), again.window.height()) == (760, 560)
    assert abs(again.window.splitter.sizes()[0] - 300) <= 5
