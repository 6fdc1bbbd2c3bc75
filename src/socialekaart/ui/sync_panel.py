"""The "Te controleren" panel: sync conflicts with mine versus theirs per field, and a one-line sync status.

Layout only. The panel never reads or writes the catalog: `ui/controllers/conflicts_controller.py` loads the
conflicts and stores a decision on a worker (`ui/tasks.py`) and tells the panel what to show. While that runs the
panel says so ("Conflicten laden…", "Beslissing opslaan…") and its buttons are off.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialekaart.sync.conflicts import Conflict
from socialekaart.sync.status import SyncStatus
from socialekaart.ui.labels import sync_state_line
from socialekaart.ui.views.widgets import plain_label


class SyncPanel(QWidget):
    """Lists open conflicts; per conflict: keep mine, keep theirs, or combine (tick the fields to keep as mine)."""

    # The user decided the current conflict: (op_id, "mine" | "theirs" | "combine", values for combine or None).
    decision_requested = Signal(str, str, object)
    # A decided conflict left the list, after its decision was stored: (op_id).
    resolved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self._conflicts: list[Conflict] = []
        self._busy: str | None = None  # "load" or "save" while the controller reads or writes
        self._shown = False  # a list was shown (before that, "nothing to check" would be a guess)
        self._error = ""
        self._sync_status: SyncStatus | None = None
        self.status = plain_label(name="conflictsStatus")
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("conflictsList")
        self.reason = plain_label(name="conflictsReason")
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("conflictsFields")
        self.fields.horizontalHeader().setStretchLastSection(True)
        # What is happening now ("Conflicten laden…") or what went wrong, in Dutch.
        self.message = plain_label(name="conflictsMessage")
        self.message.setVisible(False)
        self.keep_mine = QPushButton()
        self.keep_theirs = QPushButton()
        self.combine = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.keep_mine, self.keep_theirs, self.combine):
            b.setEnabled(False)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.fields, 2)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show_conflict)
        self.keep_mine.clicked.connect(lambda: self._decide("mine"))
        self.keep_theirs.clicked.connect(lambda: self._decide("theirs"))
        self.combine.clicked.connect(lambda: self._decide("combine"))
        self._retranslate()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Te controleren"))
        self.list.setAccessibleName(self.tr("Conflicten"))
        self.fields.setHorizontalHeaderLabels([self.tr("Veld"), self.tr("Mijn versie"), self.tr("Versie op de server")])
        self.keep_mine.setText(self.tr("Mijn versie houden"))
        self.keep_theirs.setText(self.tr("Versie van de server houden"))
        self.combine.setText(self.tr("Combineren (aangevinkte velden van mij)"))
        self.status.setText(sync_state_line(self._sync_status) if self._sync_status is not None else "")
        for row, conflict in enumerate(self._conflicts):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._title(conflict))
        current = self.current()
        if current is not None:
            self._show_reason(current)  # the table keeps its ticks
        elif self._shown:
            self.reason.setText(self.tr("Er is niets te controleren."))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- what the controller tells the panel --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the conflicts are being read or a decision is being stored."""
        return self._busy is not None

    def show_loading(self) -> None:
        """The conflicts are being read: say so and switch the buttons off until they are in."""
        self._busy = "load"
        self._update_state()

    def show_saving(self) -> None:
        """A decision is being stored: say so and switch the buttons and the list off until it is done."""
        self._error = ""
        self._busy = "save"
        self._update_state()

    def show_conflicts(self, status: SyncStatus, conflicts: Sequence[Conflict]) -> None:
        """Show the sync state and the open conflicts; the conflict that was current stays current."""
        was = self.current()
        self._busy = None
        self._shown = True
        self._sync_status = status
        self.status.setText(sync_state_line(status))
        self._conflicts = list(conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._conflicts:
            QListWidgetItem(self._title(conflict), self.list)
        self.list.blockSignals(False)
        if self._conflicts:
            ids = [c.op_id for c in self._conflicts]
            row = ids.index(was.op_id) if was is not None and was.op_id in ids else 0
            self.list.setCurrentRow(row)
            self._show_conflict(row)
        else:
            self._show_empty()
        self._update_state()

    def show_error(self, text: str) -> None:
        """Something went wrong (Dutch text); it stays visible until the next decision."""
        self._busy = None
        self._error = text
        self._update_state()

    def remove_conflict(self, op_id: str) -> None:
        """A decision was stored: the conflict leaves the list and `resolved` is emitted."""
        self._busy = None
        self._error = ""
        ids = [c.op_id for c in self._conflicts]
        if op_id in ids:
            row = ids.index(op_id)
            del self._conflicts[row]
            self.list.blockSignals(True)
            self.list.takeItem(row)
            self.list.blockSignals(False)
            if self._conflicts:
                row = min(row, len(self._conflicts) - 1)
                self.list.setCurrentRow(row)
                self._show_conflict(row)
            else:
                self._show_empty()
        self._update_state()
        self.resolved.emit(op_id)

    # --- reading the panel ---------------------------------------------------------------------------------------

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

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

    # --- inside ---------------------------------------------------------------------------------------------------

    def _title(self, conflict: Conflict) -> str:
        kinds = {
            "service": self.tr("Dienst"),
            "location": self.tr("Locatie"),
            "volunteer": self.tr("Vrijwilliger"),
            "initiative": self.tr("Initiatief"),
        }
        return f"{kinds.get(conflict.entity, conflict.entity)}: {conflict.label}"

    def _value(self, value: Any) -> str:
        if value is None:
            return self.tr("(leeg)")
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def _update_state(self) -> None:
        busy = self._busy is not None
        doing = {"load": self.tr("Conflicten laden…"), "save": self.tr("Beslissing opslaan…")}.get(self._busy or "")
        # An error stays in view while the list is read again after it.
        text = "\n".join(t for t in (self._error, doing) if t)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleDescription(text)
        has = bool(self._conflicts)
        for b in (self.keep_mine, self.keep_theirs, self.combine):
            b.setEnabled(has and not busy)
        # While a decision is stored the conflict it is about must stay the current one.
        saving = self._busy == "save"
        self.list.setEnabled(not saving)
        self.fields.setEnabled(not saving)

    def _show_empty(self) -> None:
        self.fields.setRowCount(0)
        self.reason.setText(self.tr("Er is niets te controleren."))

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        self._show_reason(conflict)
        self.fields.setRowCount(len(conflict.fields))
        for i, f in enumerate(conflict.fields):
            name = QTableWidgetItem(f.field)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(Qt.CheckState.Unchecked)
            self.fields.setItem(i, 0, name)
            self.fields.setItem(i, 1, QTableWidgetItem(self._value(f.mine)))
            self.fields.setItem(i, 2, QTableWidgetItem(self._value(f.theirs)))

    def _show_reason(self, conflict: Conflict) -> None:
        reason = self.tr("Reden: %1.").replace("%1", conflict.reason)
        if conflict.theirs_deleted:
            reason += " " + self.tr("Het item is op de server verwijderd.")
        self.reason.setText(reason)

    def _decide(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None or self.busy:
            return
        values = self.combined_values() if choice == "combine" else None
        self.decision_requested.emit(conflict.op_id, choice, values)
