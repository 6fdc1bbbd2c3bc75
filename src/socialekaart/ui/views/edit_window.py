"""The editing screen of one entry: its fields in tabs as a person thinks (Wat, Voor wie, Waar, Wanneer, ...)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui.labels import edit_group_label, entry_kind_name, field_label
from socialekaart.ui.theme import NoticeKind, notice_style
from socialekaart.ui.views.edit_fields import CheckList, FieldEditor, LinesTable, section_label
from socialekaart.ui.views.widgets import plain_label
from socialekaart.workspace.entry_form import FieldSpec
from socialekaart.workspace.entry_kinds import GROUPS


class EditWindow(QDialog):
    """Layout only: fields in tabs, opening hours and phones as tables, needs and areas to tick, Save and Cancel.

    Signals say what the user did; the controller checks, saves and hands reasons back (`set_problem`, ...).
    """

    edited = Signal(str)  # a field's key ("service.name", "address.postal_code")
    line_edited = Signal(str, int)  # "hours" or "phones", row
    save_requested = Signal()
    postcode_requested = Signal()  # take the coordinates from the address's postcode

    def __init__(
        self,
        kind: str,
        specs: Sequence[FieldSpec],
        choices: Mapping[str, Sequence[tuple[str, str]]],
        hours_columns: Sequence[str] = (),
        phones: bool = False,
        links: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editWindow")
        self.setModal(False)
        self.resize(900, 680)
        self.kind = kind
        layout = QVBoxLayout(self)
        self.message = plain_label("", name="editMessage")
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editTabs")
        layout.addWidget(self.tabs, 1)
        self.fields: dict[str, FieldEditor] = {}
        forms: dict[str, QFormLayout] = {}
        pages: dict[str, QVBoxLayout] = {}
        for group in GROUPS:
            page = QWidget()
            page.setObjectName(f"editPage_{group}")
            column = QVBoxLayout(page)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            column.addLayout(form)
            forms[group], pages[group] = form, column
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, edit_group_label(group))
        for spec in specs:
            key = f"{spec.entity}.{spec.name}"
            label = field_label(spec.name) + (" *" if spec.required else "")
            editor = FieldEditor(key, label, spec.input, choices.get(spec.name, ()))
            editor.edited.connect(self.edited)
            self.fields[key] = editor
            forms[spec.group].addRow("" if spec.input == "flag" else label, editor)
        self.postcode_button: QPushButton | None = None
        if kind == "location":
            self.postcode_button = QPushButton(self.tr("Coördinaten uit de &postcode"))
            self.postcode_button.setObjectName("editPostcodeCoordinates")
            self.postcode_button.clicked.connect(self.postcode_requested)
            forms["waar"].addRow("", self.postcode_button)
        self.hours: LinesTable | None = None
        if hours_columns:
            pages["wanneer"].addWidget(section_label(self.tr("Openingstijden")))
            pages["wanneer"].addWidget(plain_label(self.tr(
                "Herhaling WEEKLY of MONTHLY; dagen MO, TU, WE, TH, FR, SA, SU (maandelijks ook 1WE of -1FR); "
                "een uitzondering of feestdag: alleen Vanaf en Tot en met met een omschrijving."
            ), selectable=False))  # fmt: skip
            headers = [field_label(c) for c in hours_columns]
            self.hours = LinesTable("hours", headers, self.tr("Regel &toevoegen"), self.tr("Regel &verwijderen"))
            self.hours.edited.connect(lambda row, _c: self.line_edited.emit("hours", row))
            pages["wanneer"].addWidget(self.hours, 1)
        self.phones: LinesTable | None = None
        if phones:
            pages["contact"].addWidget(section_label(self.tr("Telefoonnummers")))
            headers = [field_label("number"), field_label("description")]
            self.phones = LinesTable("phones", headers, self.tr("Nummer toevoegen"), self.tr("Nummer verwijderen"))
            self.phones.edited.connect(lambda row, _c: self.line_edited.emit("phones", row))
            pages["contact"].addWidget(self.phones, 1)
        self.needs: CheckList | None = None
        self.areas: CheckList | None = None
        if links:
            pages["voor_wie"].addWidget(section_label(field_label("needs")))
            self.needs = CheckList("editNeeds")
            self.needs.setAccessibleName(field_label("needs"))
            pages["voor_wie"].addWidget(self.needs, 1)
            pages["waar"].addWidget(section_label(field_label("areas")))
            self.areas = CheckList("editAreas")
            self.areas.setAccessibleName(field_label("areas"))
            pages["waar"].addWidget(self.areas, 1)
        for column in pages.values():
            column.addStretch(1)

        buttons = QHBoxLayout()
        self.status = plain_label("", name="editStatus", selectable=False)
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("&Opslaan"))
        self.save_button.setObjectName("editSave")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("editCancel")
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save_requested)

    # --- what the controller calls ------------------------------------------------------------------------------

    def set_title(self, name: str, new: bool) -> None:
        what = entry_kind_name(self.kind)
        if new:
            self.setWindowTitle(self.tr("Nieuw: %1").replace("%1", what))
        else:
            self.setWindowTitle(self.tr("Bewerken: %1 — %2").replace("%1", name).replace("%2", what))

    def show_message(self, text: str, kind: NoticeKind = "warn") -> None:
        """A notice above the tabs ("" hides it): why nothing can be saved, or that the entry was refused."""
        self.message.setText(text)
        self.message.setStyleSheet(notice_style(kind))
        self.message.setVisible(bool(text))

    def set_problem(self, key: str, reason: str) -> None:
        editor = self.fields.get(key)
        if editor is not None:
            editor.set_problem(reason)

    def show_field(self, key: str) -> None:
        """Bring the tab of a field forward and put the keyboard in it (the first refused field after Save)."""
        editor = self.fields.get(key)
        if editor is None:
            return
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(editor):
                self.tabs.setCurrentIndex(i)
        editor.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tab(self, group: str) -> None:
        self.tabs.setCurrentIndex(GROUPS.index(group))  # type: ignore[arg-type]

    def set_busy(self, busy: bool, text: str = "") -> None:
        """While saving: Save is off and the status says so."""
        self.save_button.setEnabled(not busy)
        self.status.setText(text)

    def set_read_only(self, reason: str) -> None:
        """The user may not edit this entry: everything is shown, nothing can be saved."""
        self.show_message(reason)
        self.save_button.setEnabled(False)
        for editor in self.fields.values():
            editor.input.setEnabled(False)
