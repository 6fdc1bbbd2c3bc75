"""First start without --db: the user's own catalog is created and seeded with the demo, with progress shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot


def test_first_start_seeds_demo_in_background(qtbot: QtBot, make_app: Any, user_home: Path) -> None:
    ui = make_app(None, wait=False)
    progress: list[str] = []
    ui.catalogs.progress.connect(lambda stage, _d, _t: progress.append(stage))
    assert ui.window.search_edit.isEnabled()  # typing works while the demo loads
    qtbot.keyClicks(ui.window.search_edit, "schuld")
    qtbot.waitUntil(lambda: ui.catalogs.session is not None, timeout=30000)
    assert ui.catalogs.session.path == user_home / "catalog.sqlite"
    assert ui.catalogs.session.summary.demo
    assert progress  # the status bar showed what was happening
    qtbot.waitUntil(lambda: ui.search.last_outcome is not None and ui.search.last_outcome.query == "schuld")
    assert ui.search.model.rowCount() > 0
    assert not ui.window.progress.isVisible()
