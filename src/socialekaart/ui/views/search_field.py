"""The search field: the keys a frontoffice worker uses without leaving it (arrows, Page keys, Enter, Esc)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit


class SearchField(QLineEdit):
    """The search field: arrow keys, Page keys and Enter go to the result list, Esc clears."""

    navigate = Signal(int)  # +1 / -1 rows, +10 / -10 pages
    activated = Signal()
    escape = Signal()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        key = event.key()
        steps: dict[int, int] = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }
        if key in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.navigate.emit(steps[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)
