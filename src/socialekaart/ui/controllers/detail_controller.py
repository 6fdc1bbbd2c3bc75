"""Loads the detail of the current result off the UI thread and hands it to the detail pane."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from socialekaart.ui.errors import reason
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.detail_view import DetailView
from socialekaart.workspace.session import CatalogSession

# Walking through results with the arrow keys loads the detail only when the keys rest this long.
DETAIL_DELAY_MS = 60

log = logging.getLogger(__name__)


class DetailController(QObject):
    """Shows one service; a newer request supersedes an older one, so arrowing fast never shows a stale pane."""

    # The pane shows this service now.
    shown = Signal(str)

    def __init__(self, view: DetailView, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.runner = runner
        self.session: CatalogSession | None = None
        self.today: date | None = None  # fixed in tests and screenshots; None = the real today
        self._wanted = ""
        self._focus_after = False
        self._count_shown = False  # the load under way is a look-up to count (not a reload after an edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DETAIL_DELAY_MS)
        self._timer.timeout.connect(self._load)

    def set_session(self, session: CatalogSession) -> None:
        self.session = session
        self._wanted = ""
        self.view.show_message(self.tr("Kies een resultaat om de details te zien."))

    def request(self, service_id: str, immediate: bool = False, focus: bool = False, listed: bool = True) -> None:
        """Show `service_id` ("" clears the pane: `listed` says whether the list has entries to choose from);
        `focus` moves the keyboard into the pane when shown."""
        self._focus_after = focus
        if not service_id:
            self._timer.stop()
            self.runner.cancel_key("detail")
            self._wanted = ""
            if listed:
                self.view.show_message(self.tr("Kies een resultaat om de details te zien (↓ of een klik)."))
            else:
                self.view.show_message(self.tr("Niets gekozen. Probeer andere woorden of haal een filter weg."))
            return
        current = self.view.detail
        if current is not None and current.id == service_id and self._wanted == service_id:
            if focus:
                self._focus()
            return
        self._wanted = service_id
        if immediate:
            self._load()
        else:
            self._timer.start()

    def reload(self) -> None:
        """Read the shown service again (after it was edited or checked here)."""
        current = self.view.detail
        if current is not None:
            self._wanted = current.id
            self._load(count=False)

    def _load(self, count: bool = True) -> None:
        """Read the wanted service on a worker; `count`: one more anonymous look-up of it (the review queue puts the
        most looked-up entries first), not for a reload after an edit."""
        self._timer.stop()
        session, service_id = self.session, self._wanted
        if session is None or not service_id:
            return
        today = self.today or date.today()

        def fn(_work: object) -> object:
            from socialekaart.catalog.queries import service_detail

            return service_detail(session.catalog, service_id, today=today)

        self._count_shown = count
        self.runner.run(fn, on_result=self._show, on_error=self._failed, key="detail")

    def _show(self, detail: object) -> None:
        from socialekaart.catalog.queries import ServiceDetail

        assert isinstance(detail, ServiceDetail)
        if detail.id != self._wanted:
            return
        self.view.show_detail(detail, self.today or date.today())
        self.shown.emit(detail.id)
        if self._count_shown:
            self._count_look_up(detail.id)
        if self._focus_after:
            self._focus()

    def _count_look_up(self, service_id: str) -> None:
        """One more anonymous look-up of the shown entry (a number per entry, never who), written after the pane is
        shown so it never delays it; a read-only or busy catalog file only loses the count."""
        session = self.session
        if session is None:
            return

        def fn(_work: object) -> None:
            from socialekaart.workspace.review import record_lookup

            record_lookup(session.catalog, "service", service_id)

        self.runner.run(fn, on_error=lambda exc: log.warning("could not count a look-up: %r", exc))

    def _focus(self) -> None:
        self._focus_after = False
        # Widgets of a pane rendered just now become visible on the next turn of the event loop; focus then.
        QTimer.singleShot(0, self._focus_now)

    def _focus_now(self) -> None:
        self.view.focus_first()

    def _failed(self, exc: BaseException) -> None:
        from socialekaart.catalog.queries import ServiceNotFound

        if isinstance(exc, ServiceNotFound):
            self.view.show_message(self.tr("Deze dienst staat niet (meer) in de catalogus."))
        else:
            self.view.show_message(self.tr("De details konden niet worden gelezen: %1").replace("%1", reason(exc)))
