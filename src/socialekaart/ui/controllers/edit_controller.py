"""Opens editing screens, checks each field as typed, saves off the UI thread and records "klopt nog"."""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from socialekaart.ui.errors import reason
from socialekaart.ui.labels import choice_label, field_label, problem_label
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.edit_window import EditWindow
from socialekaart.ui.views.result_delegate import ResultDelegate
from socialekaart.workspace.editing import (
    SCHEDULE_COLUMNS,
    Choices,
    Entry,
    PhoneLine,
    ScheduleLine,
    has_hours,
    has_phones,
)
from socialekaart.workspace.entry_form import FieldSpec, field_specs, line_specs, parse_text, value_text
from socialekaart.workspace.entry_kinds import EntryKind
from socialekaart.workspace.session import CatalogSession

if TYPE_CHECKING:
    from socialekaart.catalog.validation import Problem
    from socialekaart.ui.controllers.catalog_controller import CatalogController
    from socialekaart.ui.controllers.detail_controller import DetailController
    from socialekaart.ui.controllers.search_controller import SearchController
    from socialekaart.ui.views.main_window import MainWindow

PHONE_COLUMNS = ("number", "description")


@dataclass(frozen=True)
class _Opened:
    """What a worker reads before an editing screen opens."""

    entry: Entry
    choices: Choices
    allowed: bool


def actor() -> str:
    """Who edits on this laptop (the login name), as the outbox records it."""
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"


class EditController(QObject):
    """One editing screen at a time; loads, checks and saves through workspace.editing on the task runner."""

    saved = Signal(str, str)  # kind, id
    verified = Signal(str)  # service id
    message = Signal(str)  # for the status bar

    def __init__(self, parent_widget: QWidget, runner: TaskRunner, settings: AppSettings,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.parent_widget = parent_widget
        self.runner = runner
        self.settings = settings
        self.session: CatalogSession | None = None
        self.today: date | None = None  # fixed in tests; None = the real today
        self.window: EditWindow | None = None
        self._before: Entry | None = None
        self._specs: dict[str, FieldSpec] = {}

    def connect_app(self, window: MainWindow, catalogs: CatalogController, detail: DetailController,
                    search: SearchController) -> None:  # fmt: skip
        """Where editing enters the app: the Bewerken menu, the detail pane's buttons, the status bar; after a save
        or "klopt nog" the result list and the detail pane show the new values."""

        def shown_id() -> str:
            return detail.view.detail.id if detail.view.detail is not None else ""

        window.edit_action.triggered.connect(lambda: self.open_entry("service", shown_id() or search.current_id()))
        window.verify_action.triggered.connect(lambda: self.verify(shown_id()))
        for kind, action in window.new_actions.items():
            action.triggered.connect(lambda _c=False, k=kind: self.open_entry(k, None))
        window.detail_view.edit_requested.connect(lambda sid: self.open_entry("service", sid))
        window.detail_view.verify_requested.connect(self.verify)
        window.detail_view.edit_location.connect(lambda lid: self.open_entry("location", lid))
        catalogs.opened.connect(self.set_session)
        if catalogs.session is not None:
            self.set_session(catalogs.session)
        self.message.connect(lambda text: window.statusBar().showMessage(text, 6000))

        def refresh(kind: str, entry_id: str) -> None:
            search.search_now()
            if (kind == "service" and entry_id == shown_id()) or kind != "service":
                detail.reload()

        self.saved.connect(refresh)
        self.verified.connect(lambda sid: refresh("service", sid))
        window.set_stale_months(self.settings.stale_months)
        delegate = window.result_list.itemDelegate()
        if isinstance(delegate, ResultDelegate):
            search.model.is_stale = delegate.is_stale

    def set_session(self, session: CatalogSession) -> None:
        self.session = session
        self.close()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    # --- opening ------------------------------------------------------------------------------------------------

    def open_entry(self, kind: EntryKind, entry_id: str | None) -> None:
        """Open the editing screen of an entry (None: a new one); reads it on a worker first."""
        session = self.session
        if session is None:
            return
        catalog, synced = session.catalog, bool(self.settings.sync_server)

        def fn(_work: object) -> _Opened:
            from socialekaart.workspace.editing import choices, load_entry, new_entry
            from socialekaart.workspace.permissions import entry_areas, laptop_role, may_edit

            entry = load_entry(catalog, kind, entry_id) if entry_id else new_entry(kind)
            role, own = laptop_role(catalog, synced)
            areas = entry_areas(catalog, kind, entry_id) if entry_id else ()
            return _Opened(entry, choices(catalog), may_edit(role, kind, areas, own))

        self.runner.run(fn, on_result=self._opened, on_error=self._failed, key="edit-load")

    def _opened(self, result: object) -> None:
        assert isinstance(result, _Opened)
        self.close()
        entry = result.entry
        specs = field_specs(entry.kind)
        self._specs = {f"{s.entity}.{s.name}": s for s in specs}
        window = self.window = EditWindow(
            entry.kind,
            specs,
            self._choice_lists(specs, result.choices),
            hours_columns=SCHEDULE_COLUMNS if has_hours(entry.kind) else (),
            phones=has_phones(entry.kind),
            links=entry.kind == "service",
            parent=self.parent_widget,
        )
        self._before = entry if entry.id is not None else None
        window.set_title(entry.name, entry.id is None)
        for key, spec in self._specs.items():
            source = entry.address if spec.entity == "address" else entry.values
            window.fields[key].set_text(value_text(spec, source.get(spec.name)))
        if window.hours is not None:
            hour_specs = line_specs("schedule", SCHEDULE_COLUMNS)
            for line in entry.schedules:
                window.hours.add_row([value_text(s, line.values.get(s.name)) for s in hour_specs], line.id)
        if window.phones is not None:
            for phone in entry.phones:
                window.phones.add_row([phone.number, phone.description], phone.id)
        if window.needs is not None and window.areas is not None:
            window.needs.set_items([(c.code, c.name) for c in result.choices.needs], entry.needs)
            window.areas.set_items([(c.code, f"{c.name} ({c.code})") for c in result.choices.areas], entry.areas)
        window.edited.connect(self._field_edited)
        window.line_edited.connect(self._line_edited)
        window.save_requested.connect(self.save)
        window.postcode_requested.connect(self._postcode)
        window.finished.connect(lambda _r, w=window: self._finished(w))
        if not result.allowed:
            window.set_read_only(self.tr("U mag deze gegevens niet bewerken: dat mag de wijkmakelaar van deze wijk "
                                         "of een beheerder."))  # fmt: skip
        window.show()
        window.raise_()
        window.activateWindow()
        first = next(iter(window.fields.values()), None)
        if first is not None:
            first.input.setFocus()

    def _finished(self, window: EditWindow) -> None:
        if self.window is window:
            self.window = None
            window.deleteLater()

    @staticmethod
    def _choice_lists(specs: Sequence[FieldSpec], choices: Choices) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for spec in specs:
            if spec.choices:
                out[spec.name] = [(c, choice_label(spec.name, c)) for c in spec.choices]
            elif spec.foreign_table == "organization":
                out[spec.name] = [(c.code, c.name) for c in choices.organizations]
            elif spec.foreign_table == "service":
                out[spec.name] = [(c.code, c.name) for c in choices.services]
            elif spec.name in ("area_code", "wijk_code"):
                out[spec.name] = [(c.code, f"{c.name} ({c.code})") for c in choices.areas]
        return out

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(self.tr("Het bewerken kon niet beginnen: %1").replace("%1", reason(exc)))

    # --- checking as the user types -----------------------------------------------------------------------------

    def _context(self, spec: FieldSpec) -> dict[str, Any]:
        """Other values of the same row a rule needs: the country for a postcode, the ages for each other."""
        window = self.window
        assert window is not None
        out: dict[str, Any] = {}
        for name in ("country", "minimum_age", "maximum_age"):
            other = self._specs.get(f"{spec.entity}.{name}")
            if other is not None and name != spec.name:
                value, problem = parse_text(other, window.fields[f"{spec.entity}.{name}"].text())
                if problem is None and value is not None:
                    out[name] = value
        return out

    def _field_edited(self, key: str) -> None:
        from socialekaart.workspace.entry_form import check_field

        window, spec = self.window, self._specs.get(key)
        if window is None or spec is None:
            return
        problem = check_field(spec, window.fields[key].text(), self._context(spec))
        window.set_problem(key, problem_label(problem) if problem else "")

    def _line_edited(self, which: str, row: int) -> None:
        window = self.window
        if window is None:
            return
        problems = self._line_problems(which)
        table = window.hours if which == "hours" else window.phones
        if table is not None:
            first = problems[0] if problems else None
            table.set_problem(self._line_reason(first[1], first[0]) if first else "", first[0] if first else -1)

    def _line_reason(self, problem: Problem, row: int) -> str:
        return self.tr("Regel %1, %2: %3").replace("%1", str(row + 1)).replace("%2", field_label(problem.field)) \
            .replace("%3", problem_label(problem))  # fmt: skip

    def _lines(self, which: str) -> tuple[list[ScheduleLine], list[tuple[int, Problem]]]:
        """The rows of a table as child lines, with the problems of text that is no value."""
        window = self.window
        assert window is not None
        table = window.hours if which == "hours" else window.phones
        if table is None:
            return [], []
        specs = line_specs("schedule", SCHEDULE_COLUMNS) if which == "hours" else line_specs("phone", PHONE_COLUMNS)
        lines: list[ScheduleLine] = []
        problems: list[tuple[int, Problem]] = []
        for row, (row_id, cells) in enumerate(table.rows()):
            values: dict[str, Any] = {}
            for spec, text in zip(specs, cells, strict=True):
                value, problem = parse_text(spec, text)
                if problem is not None:
                    problems.append((row, problem))
                elif value is not None:
                    values[spec.name] = value
            if values:
                lines.append(ScheduleLine(row_id, values))
        return lines, problems

    def _line_problems(self, which: str) -> list[tuple[int, Problem]]:
        from socialekaart.catalog.validation import validate

        lines, problems = self._lines(which)
        name = "schedule" if which == "hours" else "phone"
        for row, line in enumerate(lines):
            problems += [(row, p) for p in validate(name, line.values)]
        return problems

    # --- saving -------------------------------------------------------------------------------------------------

    def edited_entry(self) -> tuple[Entry, list[tuple[str, str]]]:
        """The entry as the screen holds it now, and (key, reason) for each field whose text is no value."""
        window = self.window
        assert window is not None
        before = self._before
        kind: EntryKind = window.kind  # type: ignore[assignment]
        values: dict[str, Any] = {}
        address: dict[str, Any] = {}
        refused: list[tuple[str, str]] = []
        for key, spec in self._specs.items():
            text = window.fields[key].text()
            if spec.input == "flag":
                was = (before.address if spec.entity == "address" else before.values).get(spec.name) if before else None
                value: Any = True if text else (False if was is not None else None)
            else:
                value, problem = parse_text(spec, text)
                if problem is not None:
                    refused.append((key, problem_label(problem)))
                    continue
            (address if spec.entity == "address" else values)[spec.name] = value
        hours, _ = self._lines("hours")
        phone_lines, _ = self._lines("phones")
        phones = [PhoneLine(p.id, str(p.values.get("number", "")), str(p.values.get("description") or ""))
                  for p in phone_lines]  # fmt: skip
        base = before or Entry(kind, None)
        entry = replace(
            base,
            values=values,
            address=address,
            schedules=tuple(hours),
            phones=tuple(phones),
            needs=tuple(window.needs.ticked()) if window.needs is not None else base.needs,
            areas=tuple(window.areas.ticked()) if window.areas is not None else base.areas,
        )
        return entry, refused

    def save(self) -> None:
        """Check everything; when nothing is refused, save on a worker (the screen stays usable meanwhile)."""
        from socialekaart.workspace.editing import problems_of

        window, session = self.window, self.session
        if window is None or session is None or not window.save_button.isEnabled():
            return
        entry, refused = self.edited_entry()
        problems = [(f"{p.entity}.{p.field}", problem_label(p)) for p in problems_of(entry)]
        problems = refused + [p for p in problems if p[0] not in {k for k, _ in refused}]
        if self._show_problems(problems):
            return
        catalog, before, who = session.catalog, self._before, actor()
        window.set_busy(True, self.tr("Opslaan…"))

        def fn(_work: object) -> str:
            from socialekaart.workspace.editing import save_entry

            return save_entry(catalog, before, entry, who)

        self.runner.run(fn, on_result=lambda new_id: self._saved(window, entry.kind, str(new_id)),
                        on_error=lambda exc: self._not_saved(window, exc), key="edit-save")  # fmt: skip

    def _show_problems(self, problems: list[tuple[str, str]]) -> bool:
        """Show each refused value under its field (or under its table); True when there was any."""
        window = self.window
        assert window is not None
        for key in window.fields:
            window.set_problem(key, "")
        hours, phones = self._line_problems("hours"), self._line_problems("phones")
        for which, found in (("hours", hours), ("phones", phones)):
            table = window.hours if which == "hours" else window.phones
            if table is not None:
                first = found[0] if found else None
                table.set_problem(self._line_reason(first[1], first[0]) if first else "", first[0] if first else -1)
        shown = [(k, r) for k, r in problems if k in window.fields]
        for key, text in shown:
            window.set_problem(key, text)
        if not (shown or hours or phones):
            window.show_message("")
            return False
        count = len(shown) + len(hours) + len(phones)
        window.show_message(self.tr("Niet opgeslagen: %1 waarde(n) kloppen niet. De reden staat bij het veld.")
                            .replace("%1", str(count)))  # fmt: skip
        if shown:
            window.show_field(shown[0][0])
        elif hours:
            window.show_tab("wanneer")
        else:
            window.show_tab("contact")
        return True

    def _saved(self, window: EditWindow, kind: str, entry_id: str) -> None:
        window.set_busy(False)
        if self.window is window:
            window.accept()
        self.message.emit(self.tr("Opgeslagen; gaat mee met de volgende synchronisatie."))
        self.saved.emit(kind, entry_id)

    def _not_saved(self, window: EditWindow, exc: BaseException) -> None:
        from socialekaart.catalog.editing import EditError

        window.set_busy(False)
        if isinstance(exc, EditError) and exc.problems and self.window is window:
            self._show_problems([(f"{p.entity}.{p.field}", problem_label(p)) for p in exc.problems])
            return
        window.show_message(self.tr("Niet opgeslagen: %1").replace("%1", reason(exc)))

    def _postcode(self) -> None:
        window, session = self.window, self.session
        if window is None or session is None:
            return
        postcode = window.fields["address.postal_code"].text()
        catalog = session.catalog

        def fn(_work: object) -> object:
            from socialekaart.workspace.editing import coordinates_for_postcode

            return coordinates_for_postcode(catalog, postcode)

        self.runner.run(fn, on_result=lambda where: self._coordinates(window, where), key="edit-postcode")

    def _coordinates(self, window: EditWindow, where: object) -> None:
        if self.window is not window:
            return
        if not isinstance(where, tuple):
            window.show_message(
                self.tr("De catalogus kent deze postcode nog niet: vul de coördinaten zelf in."), "info"
            )
            return
        window.show_message("")
        for name, value in zip(("latitude", "longitude"), where, strict=True):
            window.fields[f"location.{name}"].set_text(f"{value:.6f}")
            self._field_edited(f"location.{name}")

    # --- klopt nog ----------------------------------------------------------------------------------------------

    def verify(self, service_id: str) -> None:
        """ "Klopt nog": record on a worker that the user checked this service today."""
        session = self.session
        if session is None or not service_id:
            return
        catalog, who, today = session.catalog, self.settings.user_email or actor(), self.today or date.today()
        synced = bool(self.settings.sync_server)

        def fn(_work: object) -> None:
            from socialekaart.catalog.editing import EditError
            from socialekaart.workspace.permissions import entry_areas, laptop_role, may_edit
            from socialekaart.workspace.review import verify

            role, own = laptop_role(catalog, synced)
            if not may_edit(role, "service", entry_areas(catalog, "service", service_id), own):
                raise EditError("dat mag de wijkmakelaar van deze wijk of een beheerder")
            verify(catalog, "service", service_id, who, on=today)

        self.runner.run(fn, on_result=lambda _r: self._verified(service_id), on_error=self._verify_failed,
                        key="verify")  # fmt: skip

    def _verified(self, service_id: str) -> None:
        self.message.emit(self.tr("Vastgelegd: klopt nog."))
        self.verified.emit(service_id)

    def _verify_failed(self, exc: BaseException) -> None:
        self.message.emit(self.tr("Niet vastgelegd: %1").replace("%1", reason(exc)))
