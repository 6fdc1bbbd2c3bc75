"""Small laptops at 125 % and 150 %: the window fits the screen, filters fold away, no pane hides its buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from socialekaart.ui.settings import AppSettings
from tests.ui.helpers import choose_first, wait_results

# 150 % on a 1366×768 laptop, in logical pixels (what Qt lays out in).
LAPTOP_150 = QRect(0, 0, 911, 512)


def test_saved_geometry_larger_than_the_screen_is_clamped(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(300, 200, 1800, 1170))  # saved on a large screen, or at another scaling
    saved: QByteArray = big.saveGeometry()
    settings = AppSettings()
    settings.geometry = saved
    settings.sync()
    ui = make_app(demo_db)
    available = ui.window.screen().availableGeometry()
    assert available.contains(ui.window.frameGeometry()), (available, ui.window.frameGeometry())


def test_laptop_at_150_percent_keeps_every_pane_usable(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    w = ui.window
    w.setGeometry(LAPTOP_150)
    w.fit_to_screen(LAPTOP_150)
    # The filter controls are folded away behind their button; the chips and the button stay.
    assert not w.filter_bar.isVisible() and not w.show_filters_action.isChecked()
    assert w.filters_button.isVisible()
    qtbot.keyClicks(w.search_edit, "mantelzorg")
    wait_results(qtbot, ui, "mantelzorg")
    choose_first(qtbot, ui)
    qtbot.waitUntil(lambda: w.detail_view.first_focus_widget() is not None)
    qtbot.waitUntil(lambda: w.detail_view.first_focus_widget().isVisible())
    assert w.result_list.height() > 150  # more than one result card shows
    viewport = w.detail_view.viewport()
    for button in w.detail_view.copy_buttons.values():
        w.detail_view.ensureWidgetVisible(button)
        # a Kopieer button can always be scrolled into view, whole
        top_left = button.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(QRect(top_left, button.size())), button.objectName()
    # Ctrl+Shift+F (or the Filters button) brings them back, and folds them away again.
    qtbot.keyClick(w.search_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.filter_bar.isVisible()
    qtbot.mouseClick(w.filters_button, Qt.MouseButton.LeftButton)
    assert not w.filter_bar.isVisible()
