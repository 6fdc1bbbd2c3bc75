"""The dialog shown when a catalog file cannot be used: a clear Dutch message and the ways out."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from socialekaart.ui.views.widgets import plain_label


class Choice(Enum):
    RETRY = "retry"
    OPEN_OTHER = "open_other"
    START_EMPTY = "start_empty"
    RESTORE_DEMO = "restore_demo"
    QUIT = "quit"


class CatalogErrorDialog(QDialog):
    """Message (plain text: file names are shown as they are) plus one button per way out."""

    def __init__(
        self,
        title: str,
        message: str,
        advice: str,
        choices: list[tuple[Choice, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogErrorDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.choice: Choice = Choice.QUIT
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        texts = QVBoxLayout()
        self.message_label = plain_label(message, name="errorMessage")
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.advice_label = plain_label(advice, name="errorAdvice")
        width = self.fontMetrics().averageCharWidth() * 70
        self.message_label.setFixedWidth(width)
        self.advice_label.setFixedWidth(width)
        texts.addWidget(self.message_label)
        texts.addWidget(self.advice_label)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[Choice, QPushButton] = {}
        for choice, text in choices:
            button = QPushButton(text)
            button.setObjectName(f"choice_{choice.value}")
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
            buttons.addWidget(button)
            self.buttons[choice] = button
        layout.addLayout(buttons)
        if choices:
            first = self.buttons[choices[0][0]]
            first.setDefault(True)
            first.setFocus()
        # Fit the wrapped texts and all buttons: a dialog that cuts off its own advice helps nobody.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button
        self.choice = Choice.QUIT if Choice.QUIT in self.buttons else next(iter(self.buttons), Choice.QUIT)
        super().reject()
