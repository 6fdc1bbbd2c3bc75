"""Presentation mode: results and detail grow so the screen can be turned to the resident; and back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from socialekaart.ui.controllers.main_controller import PRESENTATION_SCALE
from tests.ui.helpers import choose_first


def row_height(ui: Any) -> int:
    view = ui.window.result_list
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    return view.itemDelegate().sizeHint(option, ui.search.model.index(0, 0)).height()


def test_presentation_enlarges_and_restores(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    choose_first(qtbot, ui)
    w = ui.window
    list_size = w.result_list.font().pointSizeF()
    title_size = w.detail_view.widget().findChild(QLabel, "detailTitle").font().pointSizeF()
    height = row_height(ui)

    qtbot.mouseClick(w.presentation_button, Qt.MouseButton.LeftButton)
    assert ui.main.presenting and w.presentation_action.isChecked()
    assert w.result_list.font().pointSizeF() == list_size * PRESENTATION_SCALE
    assert w.detail_view.widget().findChild(QLabel, "detailTitle").font().pointSizeF() > title_size * 1.4
    assert row_height(ui) > height * 1.3
    assert not w.filter_bar.isVisible()
    assert w.search_edit.isVisible()  # the worker can keep searching

    w.presentation_action.trigger()  # F11 / Ctrl+P
    assert not ui.main.presenting
    assert w.result_list.font().pointSizeF() == list_size
    assert w.detail_view.widget().findChild(QLabel, "detailTitle").font().pointSizeF() == title_size
    assert w.filter_bar.isVisible()


def test_presentation_shortcuts(make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    keys = {s.toString() for s in ui.window.presentation_action.shortcuts()}
    assert {"F11", "Ctrl+P"} <= keys
