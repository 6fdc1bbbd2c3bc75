"""The matching screen: werkgebied, place and moment in; the volunteers who fit, why, how to reach them, and the
shortage signal (available against asked) out."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui import theme
from socialekaart.ui.views.widgets import plain_label


class MatchingDialog(QDialog):
    """Layout only; the MatchingController fills it."""

    search_requested = Signal()
    koppeling_requested = Signal(str)  # "direct" or "coordinator"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchingDialog")
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.need_combo = QComboBox()
        self.place_edit = QLineEdit()
        self.use_moment = QCheckBox()
        self.use_moment.setChecked(True)
        self.moment_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.moment_edit.setCalendarPopup(True)
        self.moment_edit.setDisplayFormat("dddd d MMMM yyyy HH:mm")
        self.use_moment.toggled.connect(self.moment_edit.setEnabled)
        moment_row = QHBoxLayout()
        moment_row.addWidget(self.use_moment)
        moment_row.addWidget(self.moment_edit, 1)
        self.languages_edit = QLineEdit()
        self.need_label, self.place_label, self.moment_label, self.languages_label = (QLabel() for _ in range(4))
        form.addRow(self.need_label, self.need_combo)
        form.addRow(self.place_label, self.place_edit)
        form.addRow(self.moment_label, moment_row)
        form.addRow(self.languages_label, self.languages_edit)
        self.search_button = QPushButton()
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search_requested)
        self.place_edit.returnPressed.connect(self.search_requested)
        self.shortage = plain_label(selectable=False)
        self.summary = plain_label(wrap=False, selectable=False)
        self.results = QListWidget()
        self.results.setObjectName("matchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        buttons = QHBoxLayout()
        self.direct_button = QPushButton()
        self.coordinator_button = QPushButton()
        self.direct_button.clicked.connect(lambda: self.koppeling_requested.emit("direct"))
        self.coordinator_button.clicked.connect(lambda: self.koppeling_requested.emit("coordinator"))
        buttons.addWidget(self.direct_button)
        buttons.addWidget(self.coordinator_button)
        buttons.addStretch(1)
        self.status = plain_label(wrap=False, selectable=False)
        layout.addLayout(form)
        layout.addWidget(self.search_button)
        layout.addWidget(self.shortage)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vrijwilliger zoeken"))
        self.need_label.setText(self.tr("Werkgebied"))
        self.place_label.setText(self.tr("Plek (postcode, buurt of kern)"))
        self.moment_label.setText(self.tr("Moment"))
        self.use_moment.setText(self.tr("op"))
        self.languages_label.setText(self.tr("Talen van de inwoner (bijv. nl, tr)"))
        self.search_button.setText(self.tr("Zoek vrijwilligers"))
        self.direct_button.setText(self.tr("Koppeling gemaakt (direct)"))
        self.coordinator_button.setText(self.tr("Koppeling gemaakt (via coördinator)"))
        self.direct_button.setToolTip(self.tr("Telt alleen: werkgebied, wijk, week. Niets over de inwoner."))
        self.coordinator_button.setToolTip(self.direct_button.toolTip())

    def set_needs(self, needs: list[tuple[str, str]]) -> None:
        self.need_combo.clear()
        for code, name in needs:
            self.need_combo.addItem(name, code)

    def show_matches(self, summary: str, items: list[str]) -> None:
        self.summary.setText(summary)
        self.results.clear()
        self.results.addItems(items)
        if items:
            self.results.setCurrentRow(0)
        for button in (self.direct_button, self.coordinator_button):
            button.setEnabled(bool(items))

    def show_shortage(self, text: str, short: bool) -> None:
        self.shortage.setText(text)
        self.shortage.setStyleSheet(theme.shortage_style(short))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
