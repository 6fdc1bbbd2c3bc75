"""The conflicts panel never touches the catalog on the UI thread: its rows are read, and a decision is written, on
the TaskRunner (ConflictsController), while the panel says what it is doing in Dutch with its buttons off.

A real conflict in a real SQLite catalog file: two laptops sync against a loopback server and change one service
(as tests/sync/test_sync_panel.py does). Every SQL statement on the catalog is recorded with its thread (an
SQLAlchemy event on the app's engine), so the tests can tell that none ran on the UI thread; the tests' own checks
read the file through a second engine (`Setup.other`).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from socialekaart.catalog.editing import update_service
from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.sync.conflicts import list_conflicts, resolve_conflict
from socialekaart.ui.controllers.conflicts_controller import ConflictsController
from socialekaart.ui.sync_panel import SyncPanel
from socialekaart.ui.tasks import TaskRunner
from tests.server.conftest import live_sqlite, new_catalog, template_catalog
from tests.server.harness import LiveServer
from tests.sync.helpers import new_service, outbox_count, sync

__all__ = ["live_sqlite", "new_catalog", "template_catalog"]  # fixtures used below


@dataclass
class SqlThreads:
    """The names of the threads the catalog's SQL statements ran on."""

    names: list[str] = field(default_factory=list)

    def on_ui_thread(self) -> list[str]:
        return [n for n in self.names if n == threading.main_thread().name]


@dataclass
class Setup:
    catalog: Catalog  # the one the panel works on
    other: Catalog  # the same file, for the test's own reads and writes
    panel: SyncPanel
    controller: ConflictsController
    runner: TaskRunner
    sql: SqlThreads


@pytest.fixture
def conflicted(live_sqlite: LiveServer, new_catalog: Callable[[str], Catalog]) -> Catalog:
    """Bram's catalog with one open conflict on a service both he and Anna renamed."""
    anna, bram = new_catalog("anna"), new_catalog("bram")
    sync(anna, live_sqlite)
    sid = new_service(anna, "Inloop De Pastorie")
    sync(anna, live_sqlite)
    sync(bram, live_sqlite)
    update_service(anna, sid, {"name": "Inloop De Pastorie (Anna)"}, "anna")
    update_service(bram, sid, {"name": "Inloop De Pastorie (Bram)"}, "bram")
    sync(anna, live_sqlite)
    sync(bram, live_sqlite)
    assert len(list_conflicts(bram)) == 1
    return bram


@pytest.fixture
def setup(conflicted: Catalog, qtbot: QtBot) -> Iterator[Setup]:
    sql = SqlThreads()

    def record(*_args: Any) -> None:
        sql.names.append(threading.current_thread().name)

    event.listen(conflicted.engine, "before_cursor_execute", record)
    panel = SyncPanel()
    qtbot.addWidget(panel)
    panel.show()
    runner = TaskRunner()
    controller = ConflictsController(panel, runner, conflicted, "bram")
    assert conflicted.path is not None
    other = open_catalog(conflicted.path)
    yield Setup(conflicted, other, panel, controller, runner, sql)
    controller.close()
    runner.shutdown()
    other.close()
    event.remove(conflicted.engine, "before_cursor_execute", record)


def _buttons(panel: SyncPanel) -> list[bool]:
    return [b.isEnabled() for b in (panel.keep_mine, panel.keep_theirs, panel.combine)]


def _load(qtbot: QtBot, s: Setup) -> None:
    with qtbot.waitSignal(s.controller.loaded, timeout=10000):
        s.controller.refresh()
    assert s.panel.list.count() == 1 and not s.panel.busy


def test_conflicts_load_without_blocking(setup: Setup, qtbot: QtBot) -> None:
    s = setup
    s.controller.refresh()
    # refresh() returned before the catalog was read: the panel says so and nothing can be decided yet.
    assert s.panel.busy and s.panel.message.isVisible()
    assert s.panel.message.text() == "Conflicten laden…"
    assert _buttons(s.panel) == [False, False, False]
    assert s.panel.list.count() == 0 and s.panel.reason.text() == ""  # no "nothing to check" guess
    qtbot.waitUntil(lambda: s.panel.list.count() == 1 and not s.panel.busy, timeout=10000)
    assert "Inloop De Pastorie (Bram)" in s.panel.list.item(0).text()
    assert s.panel.list.item(0).text().startswith("Dienst: ")
    assert s.panel.fields.item(0, 1).text() == "Inloop De Pastorie (Bram)"
    assert s.panel.fields.item(0, 2).text() == "Inloop De Pastorie (Anna)"
    assert "1 conflict" in s.panel.status.text()
    assert not s.panel.message.isVisible()
    assert _buttons(s.panel) == [True, True, True]
    assert s.sql.names and s.sql.on_ui_thread() == []


def test_a_decision_is_stored_off_the_ui_thread_and_the_row_disappears(setup: Setup, qtbot: QtBot) -> None:
    s = setup
    _load(qtbot, s)
    s.sql.names.clear()
    op_id = list_conflicts(s.other)[0].op_id
    with qtbot.waitSignal(s.panel.resolved, timeout=10000) as resolved:
        s.panel.keep_mine.click()
        # click() returned before anything was written: the panel says so, nothing else can be decided.
        assert s.panel.message.text() == "Beslissing opslaan…"
        assert _buttons(s.panel) == [False, False, False] and not s.panel.list.isEnabled()
    assert resolved.args == [op_id]
    assert s.panel.list.count() == 0
    assert list_conflicts(s.other) == [] and outbox_count(s.other) == 1  # mine is queued again
    qtbot.waitUntil(lambda: not s.controller.busy and not s.panel.busy, timeout=10000)
    assert "1 wijziging wacht" in s.panel.status.text()  # the status line was read again
    assert s.panel.reason.text() == "Er is niets te controleren."
    assert _buttons(s.panel) == [False, False, False]  # nothing left to decide
    assert s.sql.names and s.sql.on_ui_thread() == []


def test_a_decision_waits_for_a_locked_catalog_while_the_window_keeps_running(setup: Setup, qtbot: QtBot) -> None:
    s = setup
    _load(qtbot, s)
    assert s.catalog.path is not None
    program = sqlite3.connect(s.catalog.path, isolation_level=None)  # another program writing to the file
    program.execute("BEGIN IMMEDIATE")
    try:
        s.panel.keep_theirs.click()  # on the UI thread this would wait up to 5 s (busy_timeout), then fail
        qtbot.wait(300)  # the event loop keeps turning while the worker waits for the lock
        assert s.panel.busy and s.panel.message.text() == "Beslissing opslaan…"
        assert s.panel.list.count() == 1 and list_conflicts(s.other) != []
    finally:
        program.execute("ROLLBACK")
        program.close()
    qtbot.waitUntil(lambda: s.panel.list.count() == 0 and not s.controller.busy, timeout=10000)
    assert list_conflicts(s.other) == []


def test_a_failing_decision_shows_a_dutch_message(setup: Setup, qtbot: QtBot) -> None:
    s = setup
    _load(qtbot, s)
    # Decided meanwhile somewhere else (another window, the command line): storing this decision must fail.
    resolve_conflict(s.other, list_conflicts(s.other)[0].op_id, "theirs", "anna")
    resolved: list[str] = []
    s.panel.resolved.connect(resolved.append)
    with qtbot.waitSignal(s.controller.failed, timeout=10000) as failed:
        s.panel.combine.click()
    message = "De beslissing kon niet worden opgeslagen: dit conflict bestaat niet of is al opgelost"
    assert failed.args == [message]
    # Shown at once, and still in view while the list is read again ("Conflicten laden…" under it).
    assert s.panel.message.isVisible() and s.panel.message.text().startswith(message)
    assert resolved == []
    # The list is read again (the conflict is gone) and the message stays until the next decision.
    qtbot.waitUntil(lambda: not s.controller.busy and not s.panel.busy, timeout=10000)
    assert s.panel.list.count() == 0
    assert s.panel.message.isVisible() and s.panel.message.text() == message


def test_a_late_answer_for_a_closed_panel_is_ignored(setup: Setup, qtbot: QtBot) -> None:
    s = setup
    loaded: list[int] = []
    s.controller.loaded.connect(loaded.append)
    s.controller.refresh()
    s.controller.close()  # another catalog was opened before the rows came in
    assert s.runner.wait_for_done(5000)
    qtbot.wait(100)  # let any queued delivery arrive
    assert loaded == [] and s.panel.list.count() == 0
    s.controller.refresh()  # a closed controller starts nothing
    assert s.runner.active_count() == 0


def test_the_app_drops_the_conflicts_window_of_the_previous_catalog(
    make_app: Callable[..., Any], conflicted: Catalog, hostile_db: Any, qtbot: QtBot
) -> None:
    assert conflicted.path is not None
    ui = make_app(conflicted.path)
    ui.window.conflicts_action.trigger()
    window, controller = ui.sync.conflicts_window, ui.sync.conflicts
    assert window is not None and controller is not None
    assert window.panel.message.text() == "Conflicten laden…"
    ui.catalogs.open(hostile_db)  # while the rows are being read
    qtbot.waitUntil(lambda: ui.catalogs.session.path == hostile_db, timeout=10000)
    assert ui.sync.conflicts_window is None and ui.sync.conflicts is None
    assert ui.runner.wait_for_done(5000)
    qtbot.wait(100)
    ui.window.conflicts_action.trigger()  # the new catalog's window has no conflicts
    panel = ui.sync.conflicts_window.panel
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert panel.list.count() == 0 and panel.reason.text() == "Er is niets te controleren."


def test_the_panel_follows_the_ui_language(setup: Setup, qtbot: QtBot) -> None:
    from socialekaart.ui.i18n import install_language

    s = setup
    s.controller.refresh()
    install_language("en")
    try:
        qtbot.waitUntil(lambda: s.panel.keep_mine.text() == "Keep my version")
        qtbot.waitUntil(lambda: not s.panel.busy, timeout=10000)
        assert s.panel.list.item(0).text().startswith("Service: ")
        assert s.panel.fields.horizontalHeaderItem(2).text() == "Version on the server"
        s.panel.keep_theirs.click()
        assert s.panel.message.text() == "Storing the decision…"
        qtbot.waitUntil(lambda: s.panel.list.count() == 0 and not s.panel.busy, timeout=10000)
        assert s.panel.reason.text() == "There is nothing to check."
    finally:
        install_language("nl")
    qtbot.waitUntil(lambda: s.panel.keep_mine.text() == "Mijn versie houden")
