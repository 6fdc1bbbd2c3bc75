"""Words and feedback of the lookup flow: counts, nearest first, a named place offered, a counted need confirmed,
the reason line in full, the focus ring after Enter, and Help's glossary and shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from socialekaart.ui.views.help_dialog import HelpDialog
from socialekaart.ui.views.result_delegate import reason_line
from socialekaart.workspace.filters import FilterState
from socialekaart.workspace.searching import run_search
from tests.ui.helpers import choose_first, wait_results

LONELY_IN_DORST = "ik zit de hele dag alleen, ik woon in Dorst"


def test_no_results_says_how_many_without_filters(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.filters.apply(FilterState(language="ar"))
    qtbot.keyClicks(ui.window.search_edit, "vervoer")
    wait_results(qtbot, ui, "vervoer")
    assert ui.search.model.rowCount() == 0
    unfiltered = run_search(ui.catalogs.session.search, "vervoer", FilterState())
    assert f"Zonder filters: {unfiltered.total} resultaten." in ui.window.result_info.text()


def test_near_a_postcode_results_are_nearest_first_with_distances(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.filters.apply(FilterState(near_text="4849AA"))
    wait_results(qtbot, ui, "")
    rows = ui.search.model.rows()
    distances = [r.distance_km for r in rows if r.distance_km is not None]
    assert len(distances) > 10 and distances == sorted(distances)
    assert "dichtstbij eerst" in ui.window.result_info.text()


def test_a_place_named_in_the_question_is_one_key_away(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    qtbot.keyClicks(w.search_edit, LONELY_IN_DORST)
    wait_results(qtbot, ui, LONELY_IN_DORST)
    assert w.area_offer_button.isVisible() and "Kern Dorst" in w.area_offer_button.text()
    qtbot.keyClick(w.search_edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    wait_results(qtbot, ui, LONELY_IN_DORST)
    assert ui.filters.state.area_code == "KN0826_DORST"
    assert w.chip_bar.chip("area").text().startswith("Kern Dorst")
    assert not w.area_offer_button.isVisible()  # taken: nothing left to offer


def test_enter_on_no_results_confirms_the_counted_need(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    qtbot.keyClicks(ui.window.search_edit, "xqzwv")
    wait_results(qtbot, ui, "xqzwv")
    qtbot.keyClick(ui.window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Genoteerd als niet gevonden" in ui.window.statusBar().currentMessage())
    assert "xqzwv" in ui.window.statusBar().currentMessage()


def test_enter_shows_the_focus_ring_and_the_pane_shows_the_reason(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    qtbot.keyClicks(w.search_edit, "mantelzorg")
    wait_results(qtbot, ui, "mantelzorg")
    qtbot.keyClick(w.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.detail_view.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is w.detail_view.first_focus_widget()
    assert w.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # Qt draws the focus ring now
    row = ui.search.model.rows()[0]
    reason = w.detail_view.widget().findChild(QLabel, "detailReason")
    assert reason is not None and reason.text() == reason_line(row) and reason.wordWrap()


def test_the_reason_line_is_a_tooltip_in_full(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    qtbot.keyClicks(w.search_edit, "mantelzorg")
    wait_results(qtbot, ui, "mantelzorg")
    view = w.result_list
    index = ui.search.model.index(0, 0)
    rect = view.visualRect(index)
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    full = reason_line(ui.search.model.rows()[0])
    qtbot.waitUntil(lambda: QToolTip.text() == full)
    QToolTip.hideText()
    assert QPoint


def test_help_has_the_glossary_and_the_shortcuts(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    assert [a.text() for a in w.help_menu.actions() if a.text()][:2] == ["&Woordenlijst", "&Sneltoetsen"]
    glossary: HelpDialog = ui.main.show_glossary()
    for word in ("vrij toegankelijk", "sociale basis", "warme overdracht", "wijkmakelaar"):
        assert word in glossary.terms
    glossary.close()
    shortcuts = ui.main.show_shortcuts()
    assert {"Ctrl+K, Ctrl+F", "Ctrl+G", "Ctrl+M", "F1"} <= set(shortcuts.terms)
    assert w.shortcuts_action.shortcut().toString() == "F1"
    shortcuts.close()
    # every shortcut the list names is one the window really has
    keys = {s.toString() for a in w.findChildren(type(w.shortcuts_action)) for s in a.shortcuts()}
    for term in shortcuts.terms:
        for key in term.split(", "):
            if key.startswith(("Ctrl", "F1")):
                assert key in keys, key
    # In English the Dutch word stays, with its English beside it.
    ui.main.set_language("en")
    english = ui.main.show_glossary()
    assert "warme overdracht (warm handover)" in english.terms
    assert english.windowTitle() == "Glossary"
    english.close()
    ui.main.set_language("nl")
    choose_first(qtbot, ui)
