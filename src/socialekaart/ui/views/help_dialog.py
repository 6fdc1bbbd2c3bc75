"""Help → Woordenlijst and Sneltoetsen: a two-column list of words (or keys) and what they mean, to read and close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from socialekaart.ui.views.widgets import plain_label


class HelpDialog(QDialog):
    """Layout only: a title, rows of (term, explanation) as plain text that wraps, and a Close button."""

    def __init__(self, title: str, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        grid.setHorizontalSpacing(16)
        self.terms: list[str] = []
        for i, (term, text) in enumerate(rows):
            left = plain_label(term, name=f"helpTerm{i}")
            font = left.font()
            font.setBold(True)
            left.setFont(font)
            left.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            right = plain_label(text, name=f"helpText{i}")
            right.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(left, i, 0)
            grid.addWidget(right, i, 1)
            self.terms.append(term)
        grid.setRowStretch(len(rows), 1)
        scroll.setWidget(content)
        scroll.setAccessibleName(title)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # A sensible size that a small screen can still hold (the window manager keeps it on screen).
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 640, 520
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
