"""Helpers shared by the desktop-app tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from socialekaart.ui.models.results_model import ResultsModel
    from socialekaart.workspace.searching import ResultRow


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


def result_list(qtbot: QtBot, rows: Sequence[ResultRow], height: int = 600) -> tuple[QListView, ResultsModel]:
    """A shown list of result cards (the app's model and delegate), 420 pixels wide."""
    from PySide6.QtWidgets import QListView

    from socialekaart.ui.models.results_model import ResultsModel
    from socialekaart.ui.views.result_delegate import ResultDelegate

    model = ResultsModel()
    model.set_rows(list(rows))
    view = QListView()
    qtbot.addWidget(view)
    view.setItemDelegate(ResultDelegate(view))
    view.setModel(model)
    view.resize(420, height)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def choose_first(qtbot: QtBot, ui: Any) -> None:
    """Choose the top result as a worker does (↓ in the search field) and wait until the pane shows it."""
    from PySide6.QtCore import Qt

    window = ui.window  # type: ignore[attr-defined]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    wanted = ui.search.current_id()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.detail_view.detail is not None and window.detail_view.detail.id == wanted)
