"""Opens catalogs in the background (seeding the demo on first start) and turns bad files into a way out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from socialekaart.progress import Work
from socialekaart.ui.errors import reason
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.catalog_error_dialog import CatalogErrorDialog, Choice
from socialekaart.workspace.session import CatalogSession, OpenStep, load_session, restore_demo, start_again_path

log = logging.getLogger(__name__)


def step_text(stage: str) -> str:
    """A progress stage in the UI language: the session's own steps are worded here, others (the importer's) are
    shown as they come."""
    if stage == OpenStep.OPEN_CATALOG:
        return QCoreApplication.translate("CatalogController", "Catalogus openen…")
    if stage == OpenStep.BUILD_INDEX:
        return QCoreApplication.translate("CatalogController", "Zoekindex opbouwen…")
    return stage


class CatalogController(QObject):
    """Opens a catalog through the task runner; on failure shows CatalogErrorDialog and follows the choice."""

    # A catalog is open and searchable.
    opened = Signal(object)  # CatalogSession
    # Progress while opening or seeding: (stage in the UI language, see step_text; done; total).
    progress = Signal(str, int, int)
    # Opening started (True) or ended (False).
    busy = Signal(bool)
    # The user chose to quit from the error dialog.
    quit_requested = Signal()
    # An error dialog is showing (tests and screenshots use it).
    dialog_shown = Signal(object)

    def __init__(self, runner: TaskRunner, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._runner = runner
        self._parent = parent_widget
        self.session: CatalogSession | None = None
        self.dialog: CatalogErrorDialog | None = None
        self.ask_open_path: Callable[[], Path | None] = self._ask_open_path
        self._last_request: tuple[Path | None, bool] = (None, False)
        self.set_aside_paths: list[Path] = []
        self.loading = False
        self.busy.connect(self._set_loading)

    def _set_loading(self, on: bool) -> None:
        self.loading = on

    # --- opening ----------------------------------------------------------------------------------------------

    def open(self, path: Path | None, seed_if_empty: bool = False) -> None:
        """Open `path` in the background; the current catalog stays usable until the new one is ready."""
        self._last_request = (path, seed_if_empty)
        self.busy.emit(True)
        self._runner.run(
            lambda work: load_session(path, seed_if_empty, work),
            on_result=self._on_opened,
            on_error=lambda exc: self._on_error(path, exc),
            on_progress=self._progress,
            key="open-catalog",
        )

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(step_text(stage), done, total)

    def _on_opened(self, session: CatalogSession) -> None:
        old = self.session
        self.session = session
        self.busy.emit(False)
        self.opened.emit(session)
        if old is not None and old.catalog is not session.catalog:
            old.close()

    def _on_error(self, path: Path | None, exc: BaseException) -> None:
        self.busy.emit(False)
        from socialekaart.catalog.store import (
            CatalogError,
            CatalogLockedError,
            CatalogMissingError,
            CatalogReadOnlyError,
            CatalogTooNewError,
        )

        shown_path = path if path is not None else Path(":memory:")
        if not isinstance(exc, CatalogError):
            log.error("opening the catalog failed", exc_info=exc)
            message = self.tr("De catalogus %1 kon niet worden geopend: %2.")
            message = message.replace("%1", str(shown_path)).replace("%2", reason(exc))
            kind = "other"
        else:
            message = exc.message
            kind = {
                CatalogLockedError: "locked",
                CatalogReadOnlyError: "readonly",
                CatalogTooNewError: "toonew",
                CatalogMissingError: "missing",
            }.get(type(exc), "corrupt")
        self.show_error(shown_path, message, kind)

    def show_error(self, path: Path, message: str, kind: str) -> None:
        """Show the dialog for an unusable catalog; `kind` picks the advice and the ways out."""
        advice = {
            "locked": self.tr(
                "Sluit het andere programma (of de andere Sociale Kaart) dat dit bestand gebruikt en probeer het "
                "opnieuw, of open een ander bestand."
            ),
            "readonly": self.tr(
                "U hebt geen schrijfrechten op dit bestand of de map. Open een ander bestand, of begin met een "
                "nieuwe catalogus in uw eigen map."
            ),
            "toonew": self.tr(
                "Werk Sociale Kaart bij om dit bestand te gebruiken. U kunt ook een ander bestand openen of "
                "opnieuw beginnen; het bestand wordt dan apart bewaard en niet gewist."
            ),
            "missing": self.tr("Open een ander bestand of begin opnieuw."),
            "corrupt": self.tr(
                "Het bestand is beschadigd of is geen catalogus. Open een ander bestand of begin opnieuw; het "
                "beschadigde bestand wordt apart bewaard en niet gewist."
            ),
        }.get(kind, self.tr("Open een ander bestand of begin opnieuw."))
        choices: list[tuple[Choice, str]] = []
        if kind == "locked":
            choices.append((Choice.RETRY, self.tr("&Opnieuw proberen")))
        choices.append((Choice.OPEN_OTHER, self.tr("&Ander bestand openen…")))
        if kind != "locked":
            choices.append((Choice.START_EMPTY, self.tr("&Leeg beginnen")))
            choices.append((Choice.RESTORE_DEMO, self.tr("&Demo-catalogus herstellen")))
        choices.append((Choice.QUIT, self.tr("Af&sluiten")))
        dialog = CatalogErrorDialog(self.tr("Catalogus niet bruikbaar"), message, advice, choices, self._parent)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._on_choice(path, kind, dialog.choice))
        dialog.open()
        self.dialog_shown.emit(dialog)

    def _on_choice(self, path: Path, kind: str, choice: Choice) -> None:
        self.dialog = None
        if choice == Choice.RETRY:
            self.open(*self._last_request)
        elif choice == Choice.OPEN_OTHER:
            other = self.ask_open_path()
            if other is None:
                self.show_error(path, self.tr("Er is geen catalogus gekozen."), kind)
            else:
                self.open(other)
        elif choice in (Choice.START_EMPTY, Choice.RESTORE_DEMO):
            self.open(self.fresh_path(path), seed_if_empty=choice == Choice.RESTORE_DEMO)
        elif self.session is None:
            self.quit_requested.emit()

    def fresh_path(self, bad: Path) -> Path:
        """Where to start again: the bad file's own place after setting it aside, else the user's folder."""
        path, moved = start_again_path(bad)
        if moved is not None:
            self.set_aside_paths.append(moved)
        return path

    def _ask_open_path(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Catalogus openen"),
            str(Path.home()),
            self.tr("Catalogus (*.sqlite *.db);;Alle bestanden (*)"),
        )
        return Path(name) if name else None

    # --- restore the demo into the open catalog -----------------------------------------------------------------

    def restore_demo(self) -> None:
        """Import the demo catalog again into the open catalog (demo entries get their original content)."""
        session = self.session
        if session is None:
            return
        self.busy.emit(True)

        def work_fn(work: Work) -> CatalogSession:
            return restore_demo(session, work)

        self._runner.run(
            work_fn,
            on_result=self._on_opened,
            on_error=lambda exc: self._on_error(session.path, exc),
            on_progress=self._progress,
            key="open-catalog",
        )
