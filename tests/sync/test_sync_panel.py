"""The conflicts panel: lists a real conflict, and keep-mine / combine resolve it through the resolve API (read and
written on the app's TaskRunner by the ConflictsController)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from socialekaart.catalog.editing import update_service
from socialekaart.catalog.store import Catalog
from socialekaart.sync.conflicts import list_conflicts
from tests.server.harness import LiveServer
from tests.sync.helpers import new_service, outbox_count, sync


def test_panel_shows_and_resolves_a_conflict(
    live_sqlite: LiveServer, new_catalog: Callable[[str], Catalog], qtbot: Any
) -> None:
    from socialekaart.sync.status import sync_status
    from socialekaart.ui.controllers.conflicts_controller import ConflictsController
    from socialekaart.ui.labels import sync_state_line
    from socialekaart.ui.sync_panel import SyncPanel
    from socialekaart.ui.tasks import TaskRunner

    a, b = new_catalog("a"), new_catalog("b")
    assert sync_state_line(sync_status(b)) == "Nog niet gesynchroniseerd"
    sync(a, live_sqlite)
    sid = new_service(a, "Inloop")
    sync(a, live_sqlite)
    sync(b, live_sqlite)
    update_service(a, sid, {"name": "Inloop A", "email": "a@example.nl"}, "anna")
    update_service(b, sid, {"name": "Inloop B", "email": "b@example.nl"}, "bram")
    sync(a, live_sqlite)
    sync(b, live_sqlite)
    panel = SyncPanel()
    qtbot.addWidget(panel)
    runner = TaskRunner()
    controller = ConflictsController(panel, runner, b, "bram")
    with qtbot.waitSignal(controller.loaded):
        controller.refresh()
    assert panel.list.count() == 1 and "Inloop" in panel.list.item(0).text()
    assert "1 conflict" in panel.status.text()
    assert panel.fields.rowCount() == 2
    assert {panel.fields.item(i, 1).text() for i in range(2)} == {"Inloop B", "b@example.nl"}
    from PySide6.QtCore import Qt  # noqa: TID251 - the test drives the widget

    panel.fields.item(0, 0).setCheckState(Qt.CheckState.Checked)
    field = panel.fields.item(0, 0).text()
    with qtbot.waitSignal(panel.resolved):
        panel.combine.click()
    assert list_conflicts(b) == [] and panel.list.count() == 0
    assert outbox_count(b) == 1 and "1 wijziging wacht" in sync_state_line(sync_status(b))
    qtbot.waitUntil(lambda: not controller.busy)
    runner.shutdown()
    sync(b, live_sqlite)
    assert field in ("name", "email")
