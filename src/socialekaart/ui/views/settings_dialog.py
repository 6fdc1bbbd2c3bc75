"""The settings dialog: the UI language (the area is remembered by itself)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from socialekaart.ui.views.widgets import plain_label


class SettingsDialog(QDialog):
    """Layout only; the caller reads `language` after accept()."""

    def __init__(self, language: str, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settingsLanguage")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setAccessibleName(self.tr("Taal van de app"))
        label = QLabel(self.tr("&Taal van de app:"))
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        layout.addLayout(form)
        note = plain_label(self.tr("De gegevens in de catalogus blijven in het Nederlands."))
        layout.addWidget(note)
        where = plain_label(self.tr("Instellingen worden bewaard in: %1").replace("%1", settings_file))
        where.setEnabled(False)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())
