"""Menu actions: open another catalog, restore the demo, settings dialog, about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from socialekaart.ui.views.settings_dialog import SettingsDialog


def test_open_catalog_action(qtbot: QtBot, make_app: Any, demo_db: Path, hostile_db: Path) -> None:
    ui = make_app(demo_db)
    ui.catalogs.ask_open_path = lambda: hostile_db
    ui.window.open_action.trigger()
    qtbot.waitUntil(lambda: ui.catalogs.session.path == hostile_db, timeout=10000)
    assert ui.window.count_status.text() == "2 diensten"
    assert not ui.window.demo_status.isVisible()
    assert ui.window.windowTitle().startswith("hostile")


def test_restore_demo_into_open_catalog(qtbot: QtBot, make_app: Any, hostile_db: Path) -> None:
    ui = make_app(hostile_db)
    opened: list[object] = []
    ui.catalogs.opened.connect(opened.append)
    ui.catalogs.restore_demo()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    summary = ui.catalogs.session.summary
    assert summary.service_count > 100  # the demo plus the two own services
    assert ui.catalogs.session.path == hostile_db


def test_settings_dialog(qtbot: QtBot) -> None:
    dialog = SettingsDialog("nl", "/tmp/settings.ini")
    qtbot.addWidget(dialog)
    assert dialog.language == "nl"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language == "en"
    assert dialog.language_combo.accessibleName() == "Taal van de app"
