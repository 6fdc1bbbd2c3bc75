"""The matching screen's logic: runs a volunteer match off the UI thread, words it, and counts a koppeling."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject

from socialekaart.ui import labels
from socialekaart.ui.controllers.catalog_controller import CatalogController
from socialekaart.ui.errors import reason
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.matching_dialog import MatchingDialog
from socialekaart.workspace.connections import Shortage, record_koppeling, shortage
from socialekaart.workspace.matching import MatchOutcome, MatchRequest, match_volunteers, werkgebieden


class MatchingController(QObject):
    """Listens to the matching dialog; the last outcome decides the werkgebied and wijk a koppeling counts for."""

    def __init__(self, dialog: MatchingDialog, runner: TaskRunner, catalogs: CatalogController) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.runner = runner
        self.catalogs = catalogs
        self.outcome: MatchOutcome | None = None
        dialog.search_requested.connect(self.search)
        dialog.koppeling_requested.connect(self.record)

    def open(self) -> None:
        session = self.catalogs.session
        if session is not None and self.dialog.need_combo.count() == 0:
            self.dialog.set_needs(werkgebieden(session.catalog))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.need_combo.setFocus()

    def request(self) -> MatchRequest:
        d = self.dialog
        moment: datetime | None = d.moment_edit.dateTime().toPython() if d.use_moment.isChecked() else None  # type: ignore[assignment]
        languages = tuple(p.strip().lower() for p in d.languages_edit.text().replace(";", ",").split(",") if p.strip())
        return MatchRequest(
            str(d.need_combo.currentData() or ""), d.place_edit.text().strip() or None, moment, languages
        )

    def search(self) -> None:
        session = self.catalogs.session
        if session is None:
            return
        request = self.request()
        catalog, search = session.catalog, session.search

        def fn(_work: object) -> tuple[MatchOutcome, Shortage]:
            outcome = match_volunteers(catalog, request, pc4=search.postcodes())
            day = request.moment.date() if request.moment else date.today()
            return outcome, shortage(catalog, outcome.need, outcome.wijk_code, day)

        self.dialog.show_status(self.tr("Zoeken…"))
        self.runner.run(fn, lambda r: self._show(*r), self._failed, key="volunteer-match")

    def _show(self, outcome: MatchOutcome, signal: Shortage) -> None:
        self.outcome = outcome
        items = []
        for n, m in enumerate(outcome.matches, start=1):
            why = "; ".join(labels.match_reason_label(r.kind, r.value, r.number) for r in m.reasons)
            contact = labels.match_contact_label(m.contact.route, m.contact.name, m.contact.phone, m.contact.email)
            items.append(labels.match_item_label(n, m.name, m.area_name, m.availability, why, contact))
        self.dialog.show_matches(labels.matches_count_label(len(items)), items)
        self.dialog.show_shortage(
            labels.shortage_label(outcome.need_name, signal.available, signal.asked, signal.weeks), signal.short
        )
        self.dialog.show_status("")

    def record(self, via: str) -> None:
        """Count one koppeling for the last search's werkgebied and wijk (no person, no volunteer)."""
        session = self.catalogs.session
        if session is None or self.outcome is None:
            return
        catalog, need, wijk = session.catalog, self.outcome.need, self.outcome.wijk_code

        def fn(_work: object) -> None:
            record_koppeling(catalog, need, wijk, "direct" if via == "direct" else "coordinator", date.today())

        self.runner.run(fn, lambda _r: self._recorded(), self._failed, key="koppeling-count")

    def _recorded(self) -> None:
        self.dialog.show_status(self.tr("Koppeling geteld (alleen werkgebied, wijk en week)."))
        self.search()

    def _failed(self, exc: BaseException) -> None:
        self.dialog.show_status(reason(exc))
