"""The conflicts window: a separate, non-modal window around the "Te controleren" panel (mine versus theirs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QVBoxLayout, QWidget

from socialekaart.ui.sync_panel import SyncPanel


class ConflictsWindow(QDialog):
    """Layout only: the SyncPanel with its field table sized for reading both versions side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsWindow")
        self.setModal(False)
        self.resize(760, 480)
        self.panel = SyncPanel()
        header = self.panel.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.panel.fields.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicten"))
        self.setAccessibleName(self.tr("Conflicten na synchronisatie"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
