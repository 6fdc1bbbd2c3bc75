"""Helpers shared by the desktop-app tests."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def wait_results(qtbot: QtBot, ui: Any, query: str | None = None) -> None:
    """Wait until the list shows the outcome for the field's current text and filters."""
    search = ui.search  # type: ignore[attr-defined]

    def ready() -> bool:
        out = search.last_outcome
        text = search.window.search_edit.text()
        return (
            out is not None
            and out.query == text
            and (query is None or text == query)
            and out.state == search.filters.state
            and search.runner.active_count() == 0
        )

    qtbot.waitUntil(ready, timeout=10000)
