"""The "Te controleren" panel: sync conflicts with mine versus theirs per field, and a one-line sync status."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialekaart.catalog.editing import EditError
from socialekaart.catalog.store import Catalog
from socialekaart.sync.conflicts import Conflict, list_conflicts, resolve_conflict
from socialekaart.sync.status import status_text, sync_status

ENTITY_LABELS = {"service": "Dienst", "location": "Locatie", "volunteer": "Vrijwilliger", "initiative": "Initiatief"}


def status_summary(catalog: Catalog) -> str:
    """One Dutch line for the status bar: last sync, waiting edits, conflicts, last error."""
    return status_text(sync_status(catalog))


def _show(value: Any) -> str:
    if value is None:
        return "(leeg)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class SyncPanel(QWidget):
    """Lists open conflicts; per conflict: keep mine, keep theirs, or combine (tick the fields to keep as mine)."""

    resolved = Signal(str)  # op_id of a conflict that was decided

    def __init__(self, catalog: Catalog, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.actor = actor
        self._conflicts: list[Conflict] = []
        self.status = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName("Conflicten")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels(["Veld", "Mijn versie", "Versie op de server"])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.keep_mine = QPushButton("Mijn versie houden")
        self.keep_theirs = QPushButton("Versie van de server houden")
        self.combine = QPushButton("Combineren (aangevinkte velden van mij)")
        buttons = QHBoxLayout()
        for b in (self.keep_mine, self.keep_theirs, self.combine):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(QLabel("Te controleren"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.fields, 2)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show_conflict)
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.combine.clicked.connect(lambda: self._resolve("combine"))
        self.refresh()

    def refresh(self) -> None:
        """Reload the status line and the conflicts (call after every sync)."""
        self.status.setText(status_summary(self.catalog))
        self._conflicts = list_conflicts(self.catalog)
        self.list.clear()
        for conflict in self._conflicts:
            kind = ENTITY_LABELS.get(conflict.entity, conflict.entity)
            QListWidgetItem(f"{kind}: {conflict.label}", self.list)
        has = bool(self._conflicts)
        for b in (self.keep_mine, self.keep_theirs, self.combine):
            b.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
            self.reason.setText("Er is niets te controleren.")

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        note = " Het item is op de server verwijderd." if conflict.theirs_deleted else ""
        self.reason.setText(f"Reden: {conflict.reason}.{note}")
        self.fields.setRowCount(len(conflict.fields))
        for i, f in enumerate(conflict.fields):
            name = QTableWidgetItem(f.field)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Unchecked)
            self.fields.setItem(i, 0, name)
            self.fields.setItem(i, 1, QTableWidgetItem(_show(f.mine)))
            self.fields.setItem(i, 2, QTableWidgetItem(_show(f.theirs)))

    def combined_values(self) -> dict[str, Any]:
        """The fields ticked as "mine" for a combine."""
        conflict = self.current()
        if conflict is None:
            return {}
        out = {}
        for i, f in enumerate(conflict.fields):
            item = self.fields.item(i, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out[f.field] = f.mine
        return out

    def _resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            values = self.combined_values() if choice == "combine" else None
            resolve_conflict(self.catalog, conflict.op_id, choice, self.actor, values)
        except EditError as exc:
            QMessageBox.warning(self, "Conflict", str(exc))
            return
        self.resolved.emit(conflict.op_id)
        self.refresh()
