"""The result list widget: keyboard behaviour on top of QListView (Enter opens, Esc goes back)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView


class ResultList(QListView):
    """The result list; Enter opens the current result, Esc goes back to the search field."""

    activated_current = Signal()
    escape = Signal()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_current.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)
