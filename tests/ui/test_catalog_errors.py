"""Bad catalog files give a clear Dutch dialog and a way out, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from socialekaart.catalog.store import CatalogLockedError, CatalogReadOnlyError, open_catalog
from socialekaart.ui.views.catalog_error_dialog import Choice


def dialog_of(qtbot: QtBot, ui: Any) -> Any:
    qtbot.waitUntil(lambda: ui.catalogs.dialog is not None and ui.catalogs.dialog.isVisible(), timeout=10000)
    return ui.catalogs.dialog


def choose(qtbot: QtBot, dialog: Any, choice: Choice) -> None:
    qtbot.mouseClick(dialog.buttons[choice], Qt.MouseButton.LeftButton)


def corrupt_file(tmp_path: Path) -> Path:
    path = tmp_path / "kapot.sqlite"
    path.write_bytes(b"dit is geen database " * 200)
    return path


def test_corrupt_file_then_start_empty(qtbot: QtBot, make_app: Any, tmp_path: Path) -> None:
    path = corrupt_file(tmp_path)
    ui = make_app(path, wait=False)
    dialog = dialog_of(qtbot, ui)
    assert dialog.windowTitle() == "Catalogus niet bruikbaar"
    assert "geen geldige catalogus" in dialog.message_label.text()
    assert str(path) in dialog.message_label.text()
    assert dialog.message_label.textFormat() == Qt.TextFormat.PlainText
    assert set(dialog.buttons) == {Choice.OPEN_OTHER, Choice.START_EMPTY, Choice.RESTORE_DEMO, Choice.QUIT}
    choose(qtbot, dialog, Choice.START_EMPTY)
    qtbot.waitUntil(lambda: ui.catalogs.session is not None, timeout=10000)
    assert ui.catalogs.session.path == path
    assert ui.catalogs.session.summary.service_count == 0
    kept = list(tmp_path.glob("kapot.sqlite.onbruikbaar-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"dit is geen database")
    assert ui.window.count_status.text() == "0 diensten"


def test_too_new_file_then_restore_demo(qtbot: QtBot, make_app: Any, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    open_catalog(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    ui = make_app(path, wait=False)
    dialog = dialog_of(qtbot, ui)
    assert "nieuwere versie" in dialog.message_label.text()
    assert "Werk Sociale Kaart bij" in dialog.advice_label.text()
    choose(qtbot, dialog, Choice.RESTORE_DEMO)
    qtbot.waitUntil(lambda: ui.catalogs.session is not None, timeout=30000)
    assert ui.catalogs.session.summary.demo
    assert ui.catalogs.session.summary.service_count > 100
    assert list(tmp_path.glob("nieuw.sqlite.onbruikbaar-*"))


def test_open_another_file(qtbot: QtBot, make_app: Any, tmp_path: Path, demo_db: Path) -> None:
    ui = make_app(corrupt_file(tmp_path), wait=False)
    dialog = dialog_of(qtbot, ui)
    ui.catalogs.ask_open_path = lambda: demo_db
    choose(qtbot, dialog, Choice.OPEN_OTHER)
    qtbot.waitUntil(lambda: ui.catalogs.session is not None, timeout=10000)
    assert ui.catalogs.session.path == demo_db


def test_open_another_cancelled_shows_dialog_again(qtbot: QtBot, make_app: Any, tmp_path: Path) -> None:
    ui = make_app(corrupt_file(tmp_path), wait=False)
    first = dialog_of(qtbot, ui)
    ui.catalogs.ask_open_path = lambda: None
    choose(qtbot, first, Choice.OPEN_OTHER)
    second = dialog_of(qtbot, ui)
    assert second is not first
    assert second.message_label.text() == "Er is geen catalogus gekozen."


def test_locked_file_offers_retry(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.catalogs._on_error(demo_db, CatalogLockedError(demo_db, f"De catalogus {demo_db} is in gebruik."))
    dialog = dialog_of(qtbot, ui)
    assert Choice.RETRY in dialog.buttons and Choice.START_EMPTY not in dialog.buttons
    assert "Sluit het andere programma" in dialog.advice_label.text()
    choose(qtbot, dialog, Choice.RETRY)
    qtbot.waitUntil(lambda: ui.catalogs.dialog is None and ui.catalogs.session is not None)


def test_read_only_and_unexpected_errors_are_explained(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    ui.catalogs._on_error(demo_db, CatalogReadOnlyError(demo_db, "De catalogus kan niet worden geopend."))
    dialog = dialog_of(qtbot, ui)
    assert "schrijfrechten" in dialog.advice_label.text()
    dialog.reject()  # Esc: with a catalog already open, nothing else happens
    qtbot.waitUntil(lambda: ui.catalogs.dialog is None)
    assert ui.window.isVisible()
    ui.catalogs._on_error(demo_db, RuntimeError("boom"))
    dialog = dialog_of(qtbot, ui)
    assert "onverwachte fout (RuntimeError)" in dialog.message_label.text()
    assert "Traceback" not in dialog.message_label.text()


def test_quit_without_catalog_closes_window(qtbot: QtBot, make_app: Any, tmp_path: Path) -> None:
    ui = make_app(corrupt_file(tmp_path), wait=False)
    dialog = dialog_of(qtbot, ui)
    choose(qtbot, dialog, Choice.QUIT)
    qtbot.waitUntil(lambda: not ui.window.isVisible())
