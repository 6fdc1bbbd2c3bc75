"""The lijstje and volunteer matching in the app: by keyboard from a question to a handout, and a driver found."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import wait_results


def test_ctrl_d_adds_current_entry_and_pdf_is_written(
    qtbot: QtBot, make_app: Any, demo_db: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    ui = make_app(demo_db)
    edit = ui.window.search_edit
    qtbot.keyClicks(edit, "ik zit de hele dag alleen, ik woon in Dorst")
    wait_results(qtbot, ui, "ik zit de hele dag alleen, ik woon in Dorst")
    rows = ui.search.model.rows()
    assert len(rows) >= 2
    # A new question chooses nothing (the same keys always open the same entry): Ctrl+D then adds nothing.
    qtbot.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(ui.lijstje.lijstje) == 0
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == rows[0].id)
    qtbot.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == rows[1].id)
    qtbot.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # once only
    assert [e.service_id for e in ui.lijstje.lijstje] == [rows[0].id, rows[1].id]
    assert ui.lijstje_panel.isVisible() and ui.lijstje_panel.list.count() == 2
    panel = ui.lijstje_panel
    panel.list.setCurrentRow(1)
    panel.note_edit.setText("vraag naar Ans")
    panel.note_edit.editingFinished.emit()
    panel.up_button.click()
    assert [e.service_id for e in ui.lijstje.lijstje] == [rows[1].id, rows[0].id]
    assert ui.lijstje.lijstje.entries[0].note == "vraag naar Ans"
    assert "vraag naar Ans" in panel.list.item(0).text()

    target = tmp_path / "lijstje.pdf"
    monkeypatch.setattr(panel, "ask_path", lambda _suffix: target)
    panel.pdf_button.click()
    qtbot.waitUntil(target.exists, timeout=60000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "vraag naar Ans" in " ".join(text.split())
    panel.clear_button.click()
    assert len(ui.lijstje.lijstje) == 0 and panel.list.count() == 0


def test_shortcuts_do_not_clash(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    seen: dict[str, str] = {}
    for action in ui.window.findChildren(type(ui.lijstje_actions.add)):
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen, (key, seen.get(key), action.text())
            seen[key] = action.text()
    assert seen["Ctrl+P"] == ui.window.presentation_action.text()  # presentation mode keeps Ctrl+P
    assert {"Ctrl+D", "Ctrl+L", "Ctrl+Shift+P", "Ctrl+Shift+E", "Ctrl+Shift+V"} <= set(seen)


def test_matching_screen_finds_a_driver_and_counts_a_koppeling(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.lijstje_actions.match.trigger()
    dialog = ui.matching_dialog
    assert dialog.isVisible() and dialog.need_combo.count() > 5
    dialog.need_combo.setCurrentIndex(dialog.need_combo.findData("vervoer"))
    dialog.place_edit.setText("Oosteind")
    dialog.moment_edit.setDateTime(QDateTime(datetime(2026, 12, 10, 14, 0)))
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10000)
    first = dialog.results.item(0).text()
    assert "Bram" in first and "beschikbaar die middag" in first and "Direct contact" in first
    qtbot.waitUntil(lambda: "0 keer gevraagd" in dialog.shortage.text())
    dialog.coordinator_button.click()
    qtbot.waitUntil(lambda: "1 keer gevraagd" in dialog.shortage.text(), timeout=10000)
