"""Search as you type: every keystroke or filter change supersedes the running search; results fill the list."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QToolButton

from socialekaart.ui.controllers.filter_controller import FilterController
from socialekaart.ui.errors import reason
from socialekaart.ui.labels import mnemonic_safe
from socialekaart.ui.models.results_model import ResultsModel
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.main_window import MainWindow
from socialekaart.ui.views.widgets import clear_layout
from socialekaart.workspace.searching import SearchOutcome, run_search
from socialekaart.workspace.session import CatalogSession

log = logging.getLogger(__name__)

# Wait this long after a keystroke before searching (a fast typist's next key usually comes sooner).
DEBOUNCE_MS = 30
# A query unchanged this long counts as finished (then a search without results is counted, anonymously).
PAUSE_MS = 2500


class SearchController(QObject):
    """Owns the result model; talks to the search service only through the task runner."""

    # Results are in the list: (number of rows).
    results_shown = Signal(int)
    # The current result changed: (service id, or "" when the list is empty).
    current_changed = Signal(str)
    # The user asked to open the current result (Enter, double-click).
    open_requested = Signal(str)
    # Enter on a question without results counted it as a need not found: (the question).
    need_counted = Signal(str)

    def __init__(
        self, window: MainWindow, runner: TaskRunner, filters: FilterController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.filters = filters
        self.model = ResultsModel(self)
        self.session: CatalogSession | None = None
        self.last_outcome: SearchOutcome | None = None
        # Arrow keys pressed while the list still shows an older question: walked once the new list is shown.
        self._pending_moves: list[int] = []
        self.now: datetime | None = None  # fixed in tests and screenshots ("open now"); None = the clock
        self._offered_area: str | None = None
        view = window.result_list
        view.setModel(self.model)
        selection = view.selectionModel()
        assert selection is not None
        selection.currentChanged.connect(self._current_changed)
        view.doubleClicked.connect(lambda _i: self.open_current())
        view.activated_current.connect(self.open_current)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._query_finished)

        edit = window.search_edit
        edit.textChanged.connect(self._text_changed)
        edit.navigate.connect(self.move)
        edit.activated.connect(self._enter_in_search)
        edit.escape.connect(self.escape)
        filters.changed.connect(self.search_now)
        self._show_info(self.tr("Catalogus wordt geladen…"))

    # --- searching ----------------------------------------------------------------------------------------------

    def pending_text(self) -> None:
        """Text typed before this controller existed (during start-up) counts as typed now."""
        if self.window.search_edit.text():
            self._pause.start()

    def set_session(self, session: CatalogSession) -> None:
        self.session = session
        self.search_now()

    def _text_changed(self, _text: str) -> None:
        self._pending_moves.clear()  # keys pressed before more typing were meant for a question no longer asked
        self._debounce.start()
        self._pause.start()

    def search_now(self, record_unmatched: bool = False, confirm: bool = False) -> None:
        """Search for the current text and filters now (supersedes any running search); `confirm`: say when the
        question was counted as not found."""
        self._debounce.stop()
        session = self.session
        if session is None:
            return
        query = self.window.search_edit.text()
        state = self.filters.state
        now = self.now
        self.runner.run(
            lambda work: run_search(session.search, query, state, work, record_unmatched=record_unmatched, now=now),
            on_result=(lambda outcome: self._show(outcome, confirm)) if confirm else self._show,
            on_error=self._failed,
            key="search",
            pool="search",
        )

    def _query_finished(self) -> None:
        outcome = self.last_outcome
        if outcome is not None and outcome.unmatched and outcome.query.strip():
            self.search_now(record_unmatched=True)

    def _failed(self, exc: BaseException) -> None:
        log.error("search failed", exc_info=exc)
        self._show_info(self.tr("Zoeken lukte niet: %1").replace("%1", reason(exc)))

    def _show(self, outcome: SearchOutcome, confirm: bool = False) -> None:
        if outcome.query != self.window.search_edit.text() or outcome.state != self.filters.state:
            return  # a newer question is on its way
        if confirm and outcome.unmatched and outcome.query.strip() and not outcome.rows:
            self.need_counted.emit(outcome.query.strip())
        before = self.last_outcome
        # The same question again (a sync or an index refresh) keeps the entry the worker is reading; a new question
        # selects nothing until the user moves, and its list starts at the top: the same keys give the same row.
        same_question = before is not None and (before.query, before.state) == (outcome.query, outcome.state)
        previous = self.current_id() if same_question else ""
        self.last_outcome = outcome
        self.model.set_rows(outcome.rows)
        self._show_summary(outcome)
        row = self.model.index_of(previous) if previous else -1
        if row >= 0:
            self.select_row(row)
        else:
            self.clear_selection()
            self.window.result_list.scrollToTop()
            moves, self._pending_moves = self._pending_moves, []
            for step in moves:  # keys pressed before this list arrived count on this list, as if it had been there
                self.move(step)
        self.results_shown.emit(len(outcome.rows))

    def _show_summary(self, outcome: SearchOutcome) -> None:
        n = len(outcome.rows)
        if n == 0:
            if outcome.query.strip():
                text = self.tr("Geen resultaten voor ‘%1’.").replace("%1", outcome.query.strip())
            else:
                text = self.tr("Geen resultaten met deze filters.")
            if outcome.without_filters == 1:
                text += " " + self.tr("Zonder filters: 1 resultaat.")
            elif outcome.without_filters > 1:
                text += " " + self.tr("Zonder filters: %1 resultaten.").replace("%1", str(outcome.without_filters))
            elif not outcome.state.is_empty():
                text += " " + self.tr("Haal een filter weg om meer te vinden.")
        elif n == 1:
            text = self.tr("1 resultaat")
        else:
            text = self.tr("%1 resultaten").replace("%1", str(n))
        if outcome.total > n:
            text += " " + self.tr("(de beste %1 van %2)").replace("%1", str(n)).replace("%2", str(outcome.total))
        if n and outcome.nearest_first:
            text += " " + self.tr("· dichtstbij eerst")
        if outcome.near_unknown:
            text += " · " + self.tr("Postcode %1 is niet bekend in deze catalogus.").replace(
                "%1", outcome.state.near_text
            )
        self._show_info(text)
        self._show_suggestions(outcome.suggestions if n == 0 else [])
        self._offer_area(outcome.named_area)

    def _offer_area(self, code: str | None) -> None:
        """A place the question names ("ik woon in Dorst") is offered as the area filter, taken with one key."""
        self._offered_area = code
        self.window.offer_area(self.filters.area_label(code) if code else "")

    def take_offered_area(self) -> None:
        if self._offered_area:
            self.filters.set_area(self._offered_area)

    def _show_info(self, text: str) -> None:
        self.window.result_info.setText(text)

    def _show_suggestions(self, suggestions: list[str]) -> None:
        box = self.window.suggestion_box
        clear_layout(self.window.suggestion_flow)
        if suggestions:
            label = QToolButton(box)
            label.setText(self.tr("Bedoelde u:"))
            label.setEnabled(False)
            label.setAutoRaise(True)
            self.window.suggestion_flow.addWidget(label)
        for word in suggestions:
            button = QToolButton(box)
            button.setText(mnemonic_safe(word))
            button.setObjectName(f"suggestion_{word}")
            button.setAccessibleName(self.tr("Zoek op %1").replace("%1", word))
            button.clicked.connect(lambda _c=False, w=word: self.window.search_edit.setText(w))
            self.window.suggestion_flow.addWidget(button)
        box.setVisible(bool(suggestions))

    # --- keyboard -----------------------------------------------------------------------------------------------

    def current_id(self) -> str:
        row = self.model.row_at(self.window.result_list.currentIndex().row())
        return row.id if row is not None else ""

    def select_row(self, row: int) -> None:
        view = self.window.result_list
        count = self.model.rowCount()
        if count == 0:
            return
        row = min(max(0, row), count - 1)
        index = self.model.index(row, 0)
        selection = view.selectionModel()
        assert selection is not None
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index)

    def clear_selection(self) -> None:
        """No entry is chosen: the detail pane says so (it always shows the list's chosen entry)."""
        selection = self.window.result_list.selectionModel()
        assert selection is not None
        selection.clear()
        self.current_changed.emit("")

    def move(self, step: int) -> None:
        """Arrow keys in the search field walk through the results; the focus stays in the field. While the list
        still shows an older question the key is kept for the new list, so a fast typist's keys land where meant."""
        shown = self.last_outcome
        asked = (self.window.search_edit.text(), self.filters.state)
        if self.session is not None and (shown is None or (shown.query, shown.state) != asked):
            self._pending_moves.append(step)
            return
        current = self.window.result_list.currentIndex().row()
        self.select_row(0 if current < 0 else current + step)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        self.current_changed.emit(row.id if row is not None else "")

    def _enter_in_search(self) -> None:
        if self._debounce.isActive():
            self.search_now()
        if self.model.rowCount() == 0:
            outcome = self.last_outcome
            if outcome is not None and outcome.unmatched and outcome.query.strip():
                self.search_now(record_unmatched=True, confirm=True)
            return
        if self.window.result_list.currentIndex().row() < 0:
            self.select_row(0)
        self.open_current()

    def open_current(self) -> None:
        service_id = self.current_id()
        if service_id:
            self.open_requested.emit(service_id)

    def escape(self) -> None:
        """Esc: clear the search text (the filters stay: they are cleared with their chips or Ctrl+Shift+Backspace)."""
        edit = self.window.search_edit
        edit.clear()
        edit.setFocus()
