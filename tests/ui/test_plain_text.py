"""Catalog text is always plain text: a service named '<b>x</b><img …>' shows exactly those characters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.ui.conftest import HOSTILE_NAME
from tests.ui.helpers import wait_results


def test_hostile_texts_are_shown_literally(qtbot: QtBot, make_app: Any, hostile_db: Path) -> None:
    ui = make_app(hostile_db)
    wait_results(qtbot, ui, "")
    rows = ui.search.model.rows()
    hostile = next(r for r in rows if r.id == "h1")
    assert hostile.name == HOSTILE_NAME
    assert ui.search.model.index(rows.index(hostile), 0).data(Qt.ItemDataRole.DisplayRole) == HOSTILE_NAME

    ui.detail.request("h1", immediate=True)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == "h1")
    content = ui.window.detail_view.widget()
    labels = content.findChildren(QLabel)
    # Every label showing catalog text refuses markup...
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels if label.text())
    texts = [label.text() for label in labels]
    assert HOSTILE_NAME in texts
    assert "<i>Stichting</i> & Partners" in texts
    assert "<script>alert(1)</script> <a href='x'>klik</a>" in texts
    assert "<b>0162</b>" in texts
    assert "<h1>Buurthuis</h1>" in texts
    # ...and no label anywhere opens links.
    assert not any(label.openExternalLinks() for label in labels)
    # '&' on a button is not a keyboard mnemonic: it is doubled, so it shows as '&'.
    related = content.findChild(QPushButton, "related_h2")
    assert related is not None and related.text().startswith("Koffie && <u>Praat</u>")


def test_delegate_paints_hostile_row_without_markup(qtbot: QtBot, make_app: Any, hostile_db: Path) -> None:
    ui = make_app(hostile_db)
    view = ui.window.result_list
    row = next(i for i, r in enumerate(ui.search.model.rows()) if r.id == "h1")
    index = ui.search.model.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    size = view.itemDelegate().sizeHint(option, index)
    option.rect = view.visualRect(index).adjusted(0, 0, 0, 0)
    option.rect.setSize(size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    assert not image.isNull()


def test_hostile_text_in_chips_and_window_title(qtbot: QtBot, make_app: Any, hostile_db: Path) -> None:
    ui = make_app(hostile_db)
    ui.window.chip_bar.set_chips([("x", "<b>Wijk</b> & Co")])
    chip = ui.window.chip_bar.chip("x")
    assert chip is not None and chip.text().startswith("<b>Wijk</b> && Co")
