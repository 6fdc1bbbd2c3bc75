"""Small building blocks shared by the views; catalog text always goes through `plain_label`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QToolButton, QWidget

from socialekaart.ui.labels import mnemonic_safe


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True, name: str = "") -> QLabel:
    """A QLabel that shows its text literally (Qt would otherwise guess rich text from a '<')."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of a layout (nested layouts included)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            child = item.layout()
            assert child is not None
            clear_layout(child)


class ChipBar(QWidget):
    """The active filters as removable chips: 'Dorst ✕'. Clicking (or Space/Enter on) a chip removes it."""

    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from socialekaart.ui.views.flow_layout import FlowLayout

        self.flow = FlowLayout(self, spacing=6)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self._chips: dict[str, QToolButton] = {}
        self.setAccessibleName(self.tr("Actieve filters"))

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        """Show (key, label) chips, in this order."""
        clear_layout(self.flow)
        self._chips.clear()
        for key, label in chips:
            button = QToolButton(self)
            button.setObjectName(f"chip_{key}")
            button.setText(f"{mnemonic_safe(label)}  ✕")
            button.setAccessibleName(self.tr("Filter %1 verwijderen").replace("%1", label))
            button.setToolTip(self.tr("Filter verwijderen"))
            button.setProperty("chip", True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, k=key: self.removed.emit(k))
            self.flow.addWidget(button)
            self._chips[key] = button
        self.setVisible(bool(chips))

    def chip(self, key: str) -> QToolButton | None:
        return self._chips.get(key)

    def keys(self) -> list[str]:
        return list(self._chips)

    def buttons(self) -> list[QToolButton]:
        return list(self._chips.values())
