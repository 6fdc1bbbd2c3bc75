"""The widgets of an editing screen: one field with its reason under it, a table of lines, a list to tick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui.theme import problem_text_style
from socialekaart.ui.views.widgets import plain_label


class FieldEditor(QWidget):
    """One field: its input (a line, a text box, a list or a tick box) and, under it, why its value is refused."""

    edited = Signal(str)  # the field's key

    def __init__(self, key: str, label: str, input_kind: str, choices: Sequence[tuple[str, str]] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.key = key
        self.input_kind = input_kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.input: QLineEdit | QPlainTextEdit | QComboBox | QCheckBox
        if input_kind == "flag":
            box = QCheckBox(label)
            box.toggled.connect(lambda _on: self.edited.emit(key))
            self.input = box
        elif input_kind == "multiline":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * 4 + 12)
            text.textChanged.connect(lambda: self.edited.emit(key))
            self.input = text
        elif choices or input_kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            for code, name in choices:
                combo.addItem(name, code)
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit(key))
            self.input = combo
        else:
            line = QLineEdit()
            line.textEdited.connect(lambda _t: self.edited.emit(key))
            self.input = line
        self.input.setObjectName(f"edit_{key.replace('.', '_')}")
        self.input.setAccessibleName(label)
        layout.addWidget(self.input)
        self.problem = plain_label("", name=f"problem_{key.replace('.', '_')}", selectable=False)
        self.problem.setStyleSheet(problem_text_style())
        self.problem.hide()
        layout.addWidget(self.problem)

    def text(self) -> str:
        """The value as typed: text, a choice's code, or "ja"/"" for a tick box."""
        widget = self.input
        if isinstance(widget, QCheckBox):
            return "ja" if widget.isChecked() else ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        return widget.text()

    def set_text(self, text: str) -> None:
        widget = self.input
        widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(text))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            index = widget.findData(text)
            if index < 0 and text:
                widget.addItem(text, text)
                index = widget.count() - 1
            widget.setCurrentIndex(max(0, index))
        else:
            widget.setText(text)
        widget.blockSignals(False)

    def set_problem(self, reason: str) -> None:
        """Show why the value is refused ("" hides it); the input says so to a screen reader too."""
        self.problem.setText(reason)
        self.problem.setVisible(bool(reason))
        self.input.setAccessibleDescription(reason)
        self.input.setProperty("refused", bool(reason))


class LinesTable(QWidget):
    """Rows of a child table (opening hours, phones) edited in cells, with buttons to add and remove a row."""

    edited = Signal(int, int)  # row, column

    def __init__(self, name: str, headers: Sequence[str], add_text: str, remove_text: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 or typing edits a cell
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.itemChanged.connect(lambda item: self.edited.emit(item.row(), item.column()))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName(f"{name}Remove")
        self.add_button.clicked.connect(lambda: self.add_row([]))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.problem = plain_label("", name=f"problem_{name}", selectable=False)
        self.problem.setStyleSheet(problem_text_style())
        self.problem.hide()
        layout.addWidget(self.problem)
        self._ids: list[str | None] = []

    def add_row(self, texts: Sequence[str], row_id: str | None = None) -> None:
        """Append a row (row_id None: a new one); a new empty row gets the keyboard in its first cell."""
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = texts[column] if column < len(texts) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self._ids.append(row_id)
        if not texts:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]
            self.edited.emit(row, -1)

    def rows(self) -> list[tuple[str | None, list[str]]]:
        """(id, cell texts) of every row, in order."""
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                cells.append(item.text() if item is not None else "")
            out.append((self._ids[row], cells))
        return out

    def set_problem(self, reason: str, row: int = -1) -> None:
        """Show why a row is refused under the table ("" hides it) and select the row."""
        self.problem.setText(reason)
        self.problem.setVisible(bool(reason))
        self.table.setAccessibleDescription(reason)
        if reason and row >= 0:
            self.table.selectRow(row)


class CheckList(QListWidget):
    """Codes to tick (needs, areas); each shown by its name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)

    def set_items(self, items: Sequence[tuple[str, str]], ticked: Sequence[str]) -> None:
        self.clear()
        wanted = set(ticked)
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
            self.addItem(item)

    def ticked(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


def section_label(text: str) -> QLabel:
    """A heading inside a group of an editing screen."""
    label = plain_label(text, selectable=False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
