"""Sync inside the app: settings (token kept out of the settings file), the scheduler, the status bar line,
"Nu synchroniseren" against a real loopback server, and the conflicts window."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from socialekaart.catalog.editing import update_service
from tests.server.conftest import live_sqlite, new_catalog, template_catalog
from tests.server.harness import LiveServer
from tests.sync.helpers import new_service, sync
from tests.ui.helpers import wait_results

__all__ = ["live_sqlite", "new_catalog", "template_catalog"]  # fixtures used below


def test_not_set_up_says_so(make_app: Callable[..., Any], demo_db: Path, qtbot: QtBot) -> None:
    ui = make_app(demo_db)
    assert ui.sync.scheduler is None
    assert ui.window.sync_status.text() == "Synchronisatie: nog niet ingesteld"
    assert ui.window.sync_now_action.shortcut().toString() == "Ctrl+Shift+S"


def test_sync_settings_keep_the_token_out_of_the_settings_file(
    make_app: Callable[..., Any], demo_db: Path, qtbot: QtBot
) -> None:
    from socialekaart.sync.tokens import load_token

    ui = make_app(demo_db)
    dialog = ui.main.settings_dialog()
    assert dialog.interval_spin.value() == 15  # the default
    dialog.server_edit.setText("http://127.0.0.1:9")  # nothing listens there
    dialog.token_edit.setText("geheim-token-123")
    dialog.interval_spin.setValue(30)
    dialog.online_map_check.setChecked(True)
    ui.main.apply_settings(dialog)
    # The token is stored on a worker; the scheduler starts once it is.
    qtbot.waitUntil(lambda: ui.sync.scheduler is not None, timeout=5000)
    ini = ui.settings.path.read_text(encoding="utf-8")
    assert "geheim-token-123" not in ini
    assert "127.0.0.1:9" in ini and ui.settings.sync_minutes == 30 and ui.settings.online_map
    assert load_token("http://127.0.0.1:9") == "geheim-token-123"
    assert ui.sync.scheduler.interval == 30 * 60
    # The scheduler synced at once, on its own thread; the failure shows in Dutch in the status bar.
    qtbot.waitUntil(lambda: "Mislukt: De server is niet bereikbaar" in ui.window.sync_status.text(), timeout=15000)
    again = ui.main.settings_dialog()
    qtbot.waitUntil(lambda: not again.token_loading, timeout=5000)
    assert again.token_edit.text() == "" and "opgeslagen" in again.token_edit.placeholderText()


def test_sync_now_updates_status_and_shows_a_conflict(
    make_app: Callable[..., Any],
    live_sqlite: LiveServer,
    new_catalog: Callable[[str], Any],
    template_catalog: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    from socialekaart.sync.tokens import save_token
    from socialekaart.ui.settings import AppSettings

    other = new_catalog("anna")
    sync(other, live_sqlite)
    sid = new_service(other, "Inloop De Pastorie")
    sync(other, live_sqlite)

    db = tmp_path / "app.sqlite"
    shutil.copy(template_catalog, db)
    settings = AppSettings()
    settings.sync_server = live_sqlite.url
    settings.sync()
    save_token(live_sqlite.url, live_sqlite.tokens["wijkmakelaar"])

    ui = make_app(db)
    # Synced on start; the search index refreshes by itself and finds the pulled service.
    qtbot.waitUntil(lambda: "Laatst gesynchroniseerd" in ui.window.sync_status.text(), timeout=20000)
    ui.window.search_edit.setText("pastorie")
    wait_results(qtbot, ui, "pastorie")
    qtbot.waitUntil(lambda: ui.search.model.index_of(sid) >= 0, timeout=10000)

    # Both sides change the name; the other laptop syncs first.
    update_service(other, sid, {"name": "Inloop De Pastorie (Anna)"}, "anna")
    sync(other, live_sqlite)
    catalog = ui.catalogs.session.catalog
    update_service(catalog, sid, {"name": "Inloop De Pastorie (Bram)"}, "bram")
    ui.sync.refresh_status()
    qtbot.waitUntil(lambda: "1 wijziging wacht" in ui.window.sync_status.text(), timeout=5000)

    with qtbot.waitSignal(ui.sync.synced, timeout=20000) as done:
        ui.window.sync_now_action.trigger()
    assert done.args[1] is None and done.args[0].new_conflicts == 1
    qtbot.waitUntil(lambda: "1 conflict" in ui.window.sync_status.text(), timeout=5000)
    assert "wacht" not in ui.window.sync_status.text()

    ui.window.conflicts_action.trigger()
    window = ui.sync.conflicts_window
    assert window is not None and window.isVisible()
    panel = window.panel
    qtbot.waitUntil(lambda: not panel.busy and panel.list.count() == 1, timeout=5000)
    assert panel.fields.item(0, 1).text() == "Inloop De Pastorie (Bram)"
    assert panel.fields.item(0, 2).text() == "Inloop De Pastorie (Anna)"

    # Keep theirs: the conflict is closed and the status bar follows.
    with qtbot.waitSignal(panel.resolved):
        panel.keep_theirs.click()
    qtbot.waitUntil(lambda: "conflict" not in ui.window.sync_status.text(), timeout=20000)
    qtbot.waitUntil(lambda: not ui.sync.syncing, timeout=20000)  # the decision was sent

    # The network coming back (QNetworkInformation reachability) asks for a sync as well.
    from PySide6.QtNetwork import QNetworkInformation

    with qtbot.waitSignal(ui.sync.synced, timeout=20000) as done:
        ui.sync._reachability_changed(QNetworkInformation.Reachability.Online)
    assert done.args[1] is None
