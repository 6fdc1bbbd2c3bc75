"""What a screen reader gets: every interactive control, walked through Qt's accessibility interface (the one
AT-SPI reads), has a role and a name, in the main window, the map pane and the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from socialekaart.workspace.filters import FilterState
from tests.ui.helpers import choose_first, wait_results


def unnamed(root: QWidget) -> list[str]:
    """The interactive controls under `root` (anything that takes the keyboard) without a role or a name."""
    missing: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the control
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None:
            missing.append(f"{type(widget).__name__}:{widget.objectName()} (no interface)")
            continue
        name = face.text(QAccessible.Text.Name).replace("&", "").strip()
        if face.role() == QAccessible.Role.NoRole or not name:
            parent = widget.parentWidget()
            where = f"{type(parent).__name__}:{parent.objectName()}" if parent is not None else ""
            missing.append(f"{type(widget).__name__}:{widget.objectName()} role={face.role().name} in {where}")
    return missing


def test_every_interactive_control_has_a_role_and_a_name(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    ui.filters.apply(FilterState(open_now=True, near_text="4849AA"))  # chips exist too
    qtbot.keyClicks(w.search_edit, "ik zit de hele dag alleen, ik woon in Dorst")
    wait_results(qtbot, ui)
    assert w.area_offer_button.isVisible()
    choose_first(qtbot, ui)
    qtbot.waitUntil(lambda: w.detail_view.first_focus_widget() is not None)
    qtbot.waitUntil(lambda: w.detail_view.first_focus_widget().isVisible())
    assert unnamed(w) == []

    for dialog in (ui.main.show_glossary(), ui.main.show_shortcuts()):
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == []
        dialog.close()
    settings = ui.main.settings_dialog()
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitExposed(settings)
    assert unnamed(settings) == []
    settings.reject()


def test_the_map_pane_controls_have_names(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    with qtbot.waitSignal(ui.maps.created, timeout=20000):
        w.show_map_action.trigger()
    qtbot.waitUntil(lambda: ui.maps.map.is_ready, timeout=20000)
    session = ui.catalogs.session
    buurt = next(code for code, kind, _n, _d in session.areas if kind == "buurt")
    ui.maps._area_clicked(buurt)  # as the page's click arrives through the bridge
    qtbot.waitUntil(lambda: w.map_pane.area_filter_button.isVisible())
    w.map_pane.area_filter_button.click()
    qtbot.waitUntil(lambda: w.map_pane.area_pin_button.isVisible())
    assert unnamed(w) == []
