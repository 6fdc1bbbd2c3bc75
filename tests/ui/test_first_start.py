"""First start without --db: the user's own catalog is created and seeded with the demo, with progress shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from socialekaart.ui.controllers.catalog_controller import step_text
from socialekaart.workspace.session import OpenStep


def test_first_start_seeds_demo_in_background(qtbot: QtBot, make_app: Any, user_home: Path) -> None:
    ui = make_app(None, wait=False)
    progress: list[str] = []
    ui.catalogs.progress.connect(lambda stage, _d, _t: progress.append(stage))
    assert ui.window.search_edit.isEnabled()  # typing works while the demo loads
    qtbot.keyClicks(ui.window.search_edit, "schuld")
    qtbot.waitUntil(lambda: ui.catalogs.session is not None, timeout=30000)
    assert ui.catalogs.session.path == user_home / "catalog.sqlite"
    assert ui.catalogs.session.summary.demo
    assert "Zoekindex opbouwen…" in progress  # the status bar showed what was happening, in words
    assert not {step.value for step in OpenStep} & set(progress)
    qtbot.waitUntil(lambda: ui.search.last_outcome is not None and ui.search.last_outcome.query == "schuld")
    assert ui.search.model.rowCount() > 0
    assert not ui.window.progress.isVisible()


def test_session_steps_are_worded_in_the_ui_language(qtbot: QtBot, make_app: Any, demo_db: Path) -> None:
    ui = make_app(demo_db)
    assert step_text(OpenStep.OPEN_CATALOG) == "Catalogus openen…"
    ui.window.language_en_action.trigger()
    qtbot.waitUntil(lambda: step_text(OpenStep.BUILD_INDEX) == "Building search index…")
    assert step_text(OpenStep.OPEN_CATALOG) == "Opening catalog…"
    assert step_text("Locaties koppelen") == "Locaties koppelen"  # the importer's own stages pass as they come
    ui.window.language_nl_action.trigger()  # leave Dutch installed for the tests that follow
    qtbot.waitUntil(lambda: step_text(OpenStep.BUILD_INDEX) == "Zoekindex opbouwen…")
