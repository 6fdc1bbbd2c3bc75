"""The sync token is read and stored off the UI thread: a keyring can take seconds to answer, or ask the user.

The keyring here is a real keyring backend (installed with `keyring.set_keyring`) that answers only when the test
opens its gate, and remembers on which thread it was asked; `socialekaart.sync.tokens` uses it as it would the OS
keyring.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from socialekaart.sync.tokens import SERVICE, _fallback_path

SERVER = "http://127.0.0.1:9"  # nothing listens there: the sync the app starts fails quickly


class SlowKeyring(KeyringBackend):
    """A keyring that waits for the test before it answers (and, with `broken`, refuses to store)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.answer = threading.Event()
        self.answer.set()
        self.threads: list[str] = []
        self.broken = False

    def _wait(self) -> None:
        self.threads.append(threading.current_thread().name)
        assert self.answer.wait(10), "the test never let the keyring answer"

    def get_password(self, service: str, username: str) -> str | None:
        self._wait()
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait()
        if self.broken:
            raise PasswordSetError("the keyring is locked")
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def slow_keyring() -> Iterator[SlowKeyring]:
    previous = keyring.get_keyring()
    backend = SlowKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        backend.answer.set()  # never leave a worker waiting
        keyring.set_keyring(previous)


def _set_server(ui: Any, server: str) -> None:
    ui.settings.sync_server = server
    ui.settings.sync()


def _dialog_while_the_keyring_waits(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring
) -> tuple[Any, Any]:
    """An app with a stored token and its settings dialog, opened while the keyring does not answer yet."""
    ui = make_app(demo_db)
    slow_keyring.store[(SERVICE, SERVER)] = "sk_stored"
    _set_server(ui, SERVER)
    slow_keyring.answer.clear()
    return ui, ui.main.settings_dialog()


def test_settings_dialog_fills_the_token_field_after_a_slow_keyring(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    _ui, dialog = _dialog_while_the_keyring_waits(make_app, demo_db, slow_keyring)  # returns at once
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.token_loading
    assert not dialog.token_edit.isEnabled() and dialog.token_edit.placeholderText() == "Token laden…"
    assert dialog.token_status.isVisible() and dialog.token_status.text() == "Het opgeslagen token wordt gelezen…"
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # not with a half-loaded state
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.wait(200)  # the window keeps running while the keyring takes its time
    assert dialog.token_loading and dialog.server_edit.isEnabled()

    slow_keyring.answer.set()
    qtbot.waitUntil(lambda: not dialog.token_loading, timeout=5000)
    assert dialog.token_edit.isEnabled() and dialog.token_edit.text() == ""  # the secret itself is never shown
    assert dialog.token_edit.placeholderText() == "(opgeslagen; leeg laten om te houden)"
    assert not dialog.token_status.isVisible() and dialog.ok_button.isEnabled()
    assert slow_keyring.threads and threading.main_thread().name not in slow_keyring.threads
    dialog.accept()
    assert not dialog.isVisible()


def test_settings_dialog_without_a_stored_token(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    ui = make_app(demo_db)
    _set_server(ui, SERVER)
    dialog = ui.main.settings_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.token_loading, timeout=5000)
    assert dialog.token_edit.placeholderText() == "uw persoonlijke token" and dialog.ok_button.isEnabled()
    # the field is wide enough for its longest hint, which is not cut off
    hint = dialog.token_edit.fontMetrics().horizontalAdvance("(opgeslagen; leeg laten om te houden)")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.token_edit.width() > hint


def test_a_closed_settings_dialog_ignores_a_late_keyring_answer(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    ui, dialog = _dialog_while_the_keyring_waits(make_app, demo_db, slow_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # closed before the keyring answered
    slow_keyring.answer.set()
    assert ui.runner.wait_for_done(5000)
    qtbot.wait(100)  # any queued delivery would arrive now
    assert dialog.token_edit.placeholderText() == "Token laden…"  # untouched: the answer was dropped


def test_an_unreadable_token_is_reported_in_dutch(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    ui = make_app(demo_db)
    _set_server(ui, SERVER)
    path = _fallback_path(SERVER)  # nothing in the keyring; the private file is damaged
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe\xfa")
    dialog = ui.main.settings_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.token_loading, timeout=5000)
    assert dialog.token_status.text() == (
        f"Het opgeslagen token kon niet worden gelezen: Het tokenbestand {path} is beschadigd. "
        "U kunt het opnieuw invullen."
    )
    assert dialog.token_edit.isEnabled() and dialog.ok_button.isEnabled()


def test_an_unreadable_token_at_catalog_open_is_named_in_the_sync_status(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    # the settings hold a server, and the file the token was kept in is damaged: the app opens the catalog, says
    # in the sync status line why it does not sync, and shows no general error box
    path = _fallback_path(SERVER)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe\xfa")
    ui = make_app(demo_db)
    _set_server(ui, SERVER)
    ui.sync.restart()
    expected = f"token niet te lezen (Het tokenbestand {path} is beschadigd); vul het opnieuw in bij Instellingen"
    qtbot.waitUntil(lambda: expected in ui.window.sync_status.text(), timeout=5000)
    assert "#8b0000" in ui.window.sync_status.styleSheet()
    assert ui.sync.scheduler is None
    assert not [b for b in ui.window.findChildren(QMessageBox) if b.isVisible()]
    # without a server there is nothing to sync and nothing wrong: the line is no longer red
    _set_server(ui, "")
    ui.sync.restart()
    assert ui.window.sync_status.text() == "Synchronisatie: nog niet ingesteld"
    assert "#8b0000" not in ui.window.sync_status.styleSheet()


def test_saving_stores_the_token_off_the_ui_thread(
    make_app: Callable[..., Any], demo_db: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    ui = make_app(demo_db)
    dialog = ui.main.settings_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.token_loading  # no server yet: nothing to read
    dialog.server_edit.setText(SERVER)
    dialog.token_edit.setText("sk_new")
    slow_keyring.answer.clear()
    ui.main.apply_settings(dialog)  # returns at once, although the keyring does not answer yet
    assert ui.window.sync_status.text() == "Synchronisatie: token opslaan…"
    assert ui.sync.scheduler is None
    qtbot.wait(200)  # the window keeps running meanwhile
    assert slow_keyring.store == {}

    slow_keyring.answer.set()
    qtbot.waitUntil(lambda: ui.sync.scheduler is not None, timeout=5000)  # started with the new token
    assert slow_keyring.store == {(SERVICE, SERVER): "sk_new"}
    assert slow_keyring.threads and threading.main_thread().name not in slow_keyring.threads
    assert "sk_new" not in ui.settings.path.read_text(encoding="utf-8")
    assert ui.window.statusBar().currentMessage() == "Token opgeslagen in de sleutelbos van het besturingssysteem"
    ui.sync.stop()


def test_a_failing_token_save_is_shown_in_dutch(
    make_app: Callable[..., Any], demo_db: Path, user_home: Path, slow_keyring: SlowKeyring, qtbot: QtBot
) -> None:
    slow_keyring.broken = True  # a locked keyring: sync.tokens falls back to a private file…
    (user_home / "tokens").write_text("not a folder")  # …which cannot be made either
    ui = make_app(demo_db)
    dialog = ui.main.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.server_edit.setText(SERVER)
    dialog.token_edit.setText("sk_new")
    failed: list[str] = []
    ui.sync.token_save_failed.connect(failed.append)
    ui.main.apply_settings(dialog)
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    message = (
        f"Het token voor {SERVER} kon niet worden opgeslagen: Het tokenbestand {_fallback_path(SERVER)} kan niet "
        "worden geschreven (File exists). Vul het opnieuw in bij Instellingen."
    )
    assert failed == [message]
    box = ui.window.findChild(QMessageBox, "tokenSaveFailed")
    assert box is not None and box.isVisible() and box.text() == message
    qtbot.waitUntil(lambda: ui.window.sync_status.text().endswith("geen token"), timeout=5000)
    assert ui.sync.scheduler is None
    box.close()
