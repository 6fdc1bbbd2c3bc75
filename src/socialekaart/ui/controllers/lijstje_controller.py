"""The lijstje in the app: adds the current entry, keeps order and notes in memory, and prints, saves or mails the
handout through Qt; only the count of handouts given is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from socialekaart.ui.controllers.catalog_controller import CatalogController
from socialekaart.ui.controllers.search_controller import SearchController
from socialekaart.ui.errors import reason
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.detail_view import DetailView
from socialekaart.ui.views.lijstje_panel import LijstjeActions, LijstjePanel
from socialekaart.workspace.handout import Handout, Sender, build_handout, notes_for
from socialekaart.workspace.lijstje import Lijstje


class LijstjeController(QObject):
    """Owns the conversation's Lijstje (memory only) and turns it into a handout on request."""

    def __init__(
        self,
        panel: LijstjePanel,
        actions: LijstjeActions,
        runner: TaskRunner,
        catalogs: CatalogController,
        search: SearchController,
        detail_view: DetailView,
        settings: AppSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.runner = runner
        self.catalogs = catalogs
        self.search = search
        self.detail_view = detail_view
        self.settings = settings
        self.lijstje = Lijstje()
        panel.set_sender(settings.handout_sender)
        panel.move_requested.connect(self.move)
        panel.remove_requested.connect(self.remove)
        panel.clear_requested.connect(self.clear)
        panel.note_edited.connect(self.set_note)
        panel.current_changed.connect(self._current_changed)
        panel.print_requested.connect(lambda: self.make("print"))
        panel.pdf_requested.connect(lambda: self.make("pdf"))
        panel.email_requested.connect(lambda: self.make("email"))
        panel.sender_edited.connect(self._sender_edited)
        actions.add.triggered.connect(self.add_current)
        actions.show.triggered.connect(self.show_panel)
        actions.print.triggered.connect(lambda: self.make("print"))
        actions.pdf.triggered.connect(lambda: self.make("pdf"))
        actions.email.triggered.connect(lambda: self.make("email"))
        actions.clear.triggered.connect(self.clear)
        self._refresh(0)

    # --- the list ---------------------------------------------------------------------------------------------

    def current_entry(self) -> tuple[str, str] | None:
        """(id, name) of the entry in the detail pane when it has the focus, else of the selected result (a click
        on the map selects its result too), else of the detail shown."""
        from PySide6.QtWidgets import QApplication

        detail = self.detail_view.detail
        focus = QApplication.focusWidget()
        if detail is not None and focus is not None and self.detail_view.isAncestorOf(focus):
            return detail.id, detail.name
        service_id = self.search.current_id()
        row = next((r for r in self.search.model.rows() if r.id == service_id), None)
        if row is not None:
            return row.id, row.name
        return (detail.id, detail.name) if detail is not None else None

    def add_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.panel.show_status(self.tr("Kies eerst een ingang in de lijst of op de kaart."))
            return
        added = self.lijstje.add(*entry)
        self._refresh(len(self.lijstje) - 1)
        self.show_panel(focus=False)
        text = self.tr("„%1” staat op het lijstje.") if added else self.tr("„%1” stond al op het lijstje.")
        self.panel.show_status(text.replace("%1", entry[1]))

    def show_panel(self, focus: bool = True) -> None:
        self.panel.show()
        self.panel.raise_()
        if focus:
            self.panel.list.setFocus()

    def move(self, offset: int) -> None:
        row = self.panel.current_row()
        if row >= 0:
            self._refresh(self.lijstje.move(row, offset))

    def remove(self) -> None:
        row = self.panel.current_row()
        if row >= 0:
            self.lijstje.remove(row)
            self._refresh(row)

    def clear(self) -> None:
        """Forget the conversation's lijstje (and every note on it)."""
        self.lijstje.clear()
        self._refresh(0)
        self.panel.show_status(self.tr("Het lijstje is leeg."))

    def set_note(self, note: str) -> None:
        row = self.panel.current_row()
        if row >= 0 and self.lijstje.entries[row].note != note:
            self.lijstje.set_note(row, note)
            self._refresh(row)

    def _current_changed(self, row: int) -> None:
        if 0 <= row < len(self.lijstje):
            self.panel.show_note(self.lijstje.entries[row].note)

    def _refresh(self, current: int) -> None:
        self.panel.show_entries([(e.name, e.note) for e in self.lijstje], current)

    def _sender_edited(self) -> None:
        self.settings.handout_sender = self.panel.sender_details()

    # --- the handout ------------------------------------------------------------------------------------------

    def make(self, how: str) -> None:
        """Build the handout off the UI thread, then print (preview), save as PDF or open an e-mail draft."""
        session = self.catalogs.session
        if session is None or not len(self.lijstje):
            self.panel.show_status(self.tr("Zet eerst iets op het lijstje (Ctrl+D)."))
            return
        target: Path | None = None
        if how in ("pdf",):
            target = self.panel.ask_path(".pdf")
            if target is None:
                return
        items = notes_for([e.service_id for e in self.lijstje], self.lijstje.notes())
        sender = Sender(*self.panel.sender_details())
        lang: Any = self.panel.language()
        catalog = session.catalog

        def fn(_work: object) -> tuple[Handout, dict[str, str]]:
            from socialekaart.workspace.handout_maps import handout_map_pages  # folium: only when a handout is made

            handout = build_handout(catalog, items, sender, lang)
            return handout, handout_map_pages(catalog, handout)

        self.panel.show_status(self.tr("Lijstje maken…"))
        self.runner.run(fn, lambda result: self._deliver(how, target, *result), self._failed, key="handout")

    def _deliver(self, how: str, target: Path | None, handout: Handout, pages: dict[str, str]) -> None:
        from socialekaart.ui.handout_print import a4_printer, handout_document, render_maps, write_pdf
        from socialekaart.workspace.handout_format import handout_eml, mailto_url
        from socialekaart.workspace.handout_maps import MAP_HEIGHT, MAP_WIDTH

        if how == "email":
            url = mailto_url(handout)
            if url is not None:
                QDesktopServices.openUrl(QUrl(url))
                self._count()
                self.panel.show_status(self.tr("Het e-mailconcept staat in uw mailprogramma."))
                return
            target = self.panel.ask_path(".eml")
            if target is None:
                return
        maps = render_maps(pages, MAP_WIDTH, MAP_HEIGHT) if pages else {}
        if how == "print":
            self.panel.preview(handout_document(handout, maps), a4_printer())
            self._count()
            return
        assert target is not None
        try:
            if how == "pdf":
                write_pdf(handout, target, maps)
            else:
                target.write_bytes(handout_eml(handout, maps))
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        except OSError as exc:
            self._failed(exc)
            return
        self._count()
        self.panel.show_status(self.tr("Lijstje opgeslagen: %1").replace("%1", str(target)))

    def _count(self) -> None:
        """Count one handout given (per week and the wijk the worker looks in); nothing about the resident."""
        session = self.catalogs.session
        if session is None:
            return
        area = self.settings.area_code or ""
        wijk = area if area.startswith("WK") else ""
        catalog = session.catalog

        def fn(_work: object) -> None:
            from socialekaart.workspace.connections import record_handout

            record_handout(catalog, wijk, date.today())

        self.runner.run(fn, None, self._failed, key="handout-count")

    def _failed(self, exc: BaseException) -> None:
        self.panel.show_status(self.tr("Het lijstje is niet gelukt: %1").replace("%1", reason(exc)))
