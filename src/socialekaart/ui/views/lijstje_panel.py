"""The lijstje panel: the entries for the resident in order, a note per entry, and print, PDF and e-mail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialekaart.ui import labels
from socialekaart.ui.views.widgets import plain_label


class LijstjePanel(QDockWidget):
    """Layout only: the controller fills it and listens to its signals."""

    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()
    clear_requested = Signal()
    note_edited = Signal(str)
    current_changed = Signal(int)
    print_requested = Signal()
    pdf_requested = Signal()
    email_requested = Signal()
    sender_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lijstjePanel")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.count_label = plain_label(selectable=False)
        self.list = QListWidget()
        self.list.setObjectName("lijstjeList")
        self.list.currentRowChanged.connect(self.current_changed)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("lijstjeNote")
        self.note_edit.setMaxLength(200)
        self.note_edit.editingFinished.connect(lambda: self.note_edited.emit(self.note_edit.text()))
        order = QHBoxLayout()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.remove_button = QPushButton()
        self.clear_button = QPushButton()
        for button in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            order.addWidget(button)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove_button.clicked.connect(self.remove_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        out = QHBoxLayout()
        self.language_combo = QComboBox()
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        self.print_button = QPushButton()
        self.pdf_button = QPushButton()
        self.email_button = QPushButton()
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.email_button.clicked.connect(self.email_requested)
        for widget in (self.language_combo, self.print_button, self.pdf_button, self.email_button):
            out.addWidget(widget)
        self.sender_box = QGroupBox()
        form = QFormLayout(self.sender_box)
        self.sender_edits = [QLineEdit() for _ in range(4)]
        self.sender_labels = [QLabel() for _ in range(4)]
        for label, edit in zip(self.sender_labels, self.sender_edits, strict=True):
            form.addRow(label, edit)
            edit.editingFinished.connect(self.sender_edited)
        self.status = plain_label(selectable=False)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        self.note_label = QLabel()
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(order)
        layout.addLayout(out)
        layout.addWidget(self.sender_box)
        layout.addWidget(self.status)
        self.setWidget(body)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lijstje voor de inwoner"))
        self.note_label.setText(self.tr("Notitie bij de gekozen ingang (bijv. „vraag naar Ans”):"))
        self.up_button.setText(self.tr("Omhoog"))
        self.down_button.setText(self.tr("Omlaag"))
        self.remove_button.setText(self.tr("Weghalen"))
        self.clear_button.setText(self.tr("Leegmaken"))
        self.print_button.setText(self.tr("Afdrukken…"))
        self.print_button.setToolTip(self.tr("Afdrukvoorbeeld en afdrukken (Ctrl+Shift+P)"))
        self.pdf_button.setText(self.tr("PDF…"))
        self.email_button.setText(self.tr("E-mail…"))
        self.email_button.setToolTip(self.tr("Opent een concept in uw eigen mailprogramma (Ctrl+Shift+E)"))
        self.sender_box.setTitle(self.tr("Onderaan het lijstje (uw gegevens, niet die van de inwoner)"))
        for label, text in zip(
            self.sender_labels,
            (self.tr("Organisatie"), self.tr("Uw naam"), self.tr("Telefoon"), self.tr("E-mail")),
            strict=True,
        ):
            label.setText(text)

    def show_entries(self, items: list[tuple[str, str]], current: int) -> None:
        """(name, note) per entry, in order; the row `current` is selected."""
        self.list.blockSignals(True)
        self.list.clear()
        for n, (name, note) in enumerate(items, start=1):
            self.list.addItem(labels.lijstje_item_label(n, name, note))
        self.list.blockSignals(False)
        self.count_label.setText(labels.lijstje_count_label(len(items)))
        if items:
            self.list.setCurrentRow(max(0, min(current, len(items) - 1)))
            self.note_edit.setText(items[self.list.currentRow()][1])
        else:
            self.note_edit.clear()
        for widget in (self.print_button, self.pdf_button, self.email_button, self.clear_button):
            widget.setEnabled(bool(items))

    def current_row(self) -> int:
        return self.list.currentRow()

    def show_note(self, note: str) -> None:
        self.note_edit.setText(note)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def sender_details(self) -> tuple[str, str, str, str]:
        a, b, c, d = (e.text() for e in self.sender_edits)
        return a, b, c, d

    def set_sender(self, values: tuple[str, str, str, str]) -> None:
        for edit, value in zip(self.sender_edits, values, strict=True):
            edit.setText(value)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def preview(self, document: QTextDocument, printer: QPrinter) -> None:
        """The print preview; printing from it prints the document."""
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Afdrukvoorbeeld lijstje"))
        dialog.paintRequested.connect(document.print_)
        dialog.exec()

    def ask_path(self, suffix: str) -> Path | None:
        """Where to save the PDF or e-mail draft; None when the user cancels."""
        name = "lijstje" + suffix
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("E-mailconcept (*.eml)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lijstje opslaan"), name, filters)
        return Path(path) if path else None


class LijstjeActions(QObject):
    """The lijstje's and the matching's menu and shortcuts. Ctrl+P stays presentation mode (F11 too), so printing
    the lijstje is Ctrl+Shift+P. They follow the window's language switch like the window's own actions."""

    def __init__(self, window: QWidget) -> None:
        from PySide6.QtGui import QKeySequence

        super().__init__(window)
        self.menu: QMenu | None = None
        window.installEventFilter(self)

        self.add = QAction(window)
        self.add.setShortcut(QKeySequence("Ctrl+D"))
        self.show = QAction(window)
        self.show.setShortcut(QKeySequence("Ctrl+L"))
        self.print = QAction(window)
        self.print.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pdf = QAction(window)
        self.email = QAction(window)
        self.email.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.clear = QAction(window)
        self.match = QAction(window)
        self.match.setShortcut(QKeySequence("Ctrl+Shift+V"))
        for action in self.all():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        self.retranslate()

    def all(self) -> tuple[QAction, ...]:
        return (self.add, self.show, self.print, self.pdf, self.email, self.clear, self.match)

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.add.setText(QCoreApplication.translate("LijstjeActions", "Op het lijstje zetten"))
        self.show.setText(QCoreApplication.translate("LijstjeActions", "Lijstje tonen"))
        self.print.setText(QCoreApplication.translate("LijstjeActions", "Lijstje afdrukken…"))
        self.pdf.setText(QCoreApplication.translate("LijstjeActions", "Lijstje als PDF…"))
        self.email.setText(QCoreApplication.translate("LijstjeActions", "Lijstje e-mailen…"))
        self.clear.setText(QCoreApplication.translate("LijstjeActions", "Lijstje leegmaken"))
        self.match.setText(QCoreApplication.translate("LijstjeActions", "Vrijwilliger zoeken…"))
        if self.menu is not None:
            self.menu.setTitle(QCoreApplication.translate("LijstjeActions", "&Lijstje"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def add_menu(self, menu_bar: object) -> object:
        """A "Lijstje" menu in the window's menu bar."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMenuBar

        assert isinstance(menu_bar, QMenuBar)
        menu = menu_bar.addMenu(QCoreApplication.translate("LijstjeActions", "&Lijstje"))
        self.menu = menu
        for action in (self.add, self.show, None, self.print, self.pdf, self.email, self.clear, None, self.match):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu
