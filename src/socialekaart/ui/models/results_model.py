"""The result list's item model: one row per search hit, with the roles the result delegate paints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from socialekaart.ui.labels import access_label, distance_label, open_now_label, stale_marker_label
from socialekaart.workspace.searching import ResultRow


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


class ResultsModel(QAbstractListModel):
    """A read-only list of ResultRow; replaced wholesale on every search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Whether a row carries the "niet gecontroleerd" marker (the delegate's rule), so a screen reader says it.
        self.is_stale: Callable[[ResultRow], bool] | None = None
        self._rows: list[ResultRow] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Role.ID:
            return row.id
        if role == Role.ROW:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(row, self.is_stale is not None and self.is_stale(row))
        return None

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ResultRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def index_of(self, service_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == service_id:
                return i
        return -1


def accessible_text(row: ResultRow, stale: bool = False) -> str:
    """What a screen reader says for a row: everything the row shows, in reading order."""
    parts = [row.name, row.organization, access_label(row.access_type), distance_label(row.distance_km)]
    parts.append(stale_marker_label() if stale else "")
    parts.append(open_now_label(row.open_now))
    return ", ".join(p for p in parts if p)
