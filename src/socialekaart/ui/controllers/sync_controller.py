"""Sync in the app: a SyncScheduler per open catalog, the status bar line, "Nu synchroniseren" and the conflicts.

The scheduler (socialekaart.sync.scheduler, no Qt) runs every sync on its own thread and calls back from that
thread; the callback only emits `_finished`, which Qt queues to the UI thread. Nothing here waits for the network,
the disk or the keyring: reading and storing the token, the status and the conflicts run on the TaskRunner.
"""

from __future__ import annotations

import getpass
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from socialekaart.progress import Work
from socialekaart.ui.controllers.search_controller import SearchController
from socialekaart.ui.errors import reason
from socialekaart.ui.labels import sync_line
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.theme import failure_text_style
from socialekaart.ui.views.main_window import MainWindow
from socialekaart.workspace.session import CatalogSession

if TYPE_CHECKING:
    from socialekaart.sync.scheduler import SyncScheduler
    from socialekaart.sync.status import SyncStatus
    from socialekaart.ui.controllers.conflicts_controller import ConflictsController
    from socialekaart.ui.views.conflicts_window import ConflictsWindow

log = logging.getLogger(__name__)


def _read_status(session: CatalogSession, _work: Work) -> SyncStatus:
    from socialekaart.sync.status import sync_status

    return sync_status(session.catalog)


class SyncController(QObject):
    """Owns the scheduler and the sync line in the status bar; opens the conflicts window."""

    # Emitted from the scheduler's thread; connected (queued) to _on_finished on the UI thread.
    _finished = Signal(object, object)
    # The status bar's sync line changed: (text). Tests and screenshots wait for it.
    status_shown = Signal(str)
    # A sync attempt ended: (report or None, error or None), on the UI thread.
    synced = Signal(object, object)
    # "Nu synchroniseren" without a server: the settings dialog should open.
    settings_needed = Signal()
    # A new token was stored (on a worker): (where, Dutch, from sync.tokens).
    token_saved = Signal(str)
    # Storing a new token failed: (Dutch message).
    token_save_failed = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        settings: AppSettings,
        search: SearchController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.settings = settings
        self.search = search
        self.session: CatalogSession | None = None
        self.scheduler: SyncScheduler | None = None
        self.syncing = False
        self.conflicts_window: ConflictsWindow | None = None  # for the open catalog, with its controller:
        self._conflicts: ConflictsController | None = None
        self._saving_token_for: str | None = None  # the server whose new token is being stored
        self._token_error: str | None = None  # why the stored token could not be read, if it could not
        self.network_backend: str | None = None
        self._last_status: SyncStatus | None = None
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        window.sync_now_action.triggered.connect(self.sync_now)
        window.conflicts_action.triggered.connect(self.show_conflicts)
        self._network_watched = False
        self._show_text()

    # --- setting up -------------------------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        return self.scheduler is not None

    def set_session(self, session: CatalogSession) -> None:
        self.stop()
        self.session = session
        self._last_status = None
        self._close_conflicts()
        self.restart()

    def restart(self) -> None:
        """(Re)start the scheduler with the current settings; sync once right away when a server is set.

        The token is read from the keyring on a worker: a keyring can take seconds (or ask the user) to answer.
        """
        from socialekaart.sync.tokens import load_token

        self.stop()
        session = self.session
        server = self.settings.sync_server
        if server and server == self._saving_token_for:
            self._show_text()  # a new token is being stored; the scheduler starts when it is
            return
        if session is None or not server:
            self._show_text()
            if session is not None:
                self.refresh_status()
            return
        self.runner.run(  # stop() above cleared any earlier token error
            lambda _work: load_token(server),
            on_result=lambda token: self._start(session, server, token),
            on_error=lambda exc: self._token_unreadable(session, server, exc),
            key="sync-token",
        )

    def _token_unreadable(self, session: CatalogSession, server: str, exc: BaseException) -> None:
        """The stored token could not be read: the status line says why; there is no sync until it is entered."""
        if session is not self.session or server != self.settings.sync_server:
            return
        log.warning("reading the sync token failed", exc_info=exc)
        self._token_error = reason(exc)
        self._show_text()
        self.refresh_status()

    def _start(self, session: CatalogSession, server: str, token: str | None) -> None:
        if session is not self.session or server != self.settings.sync_server:
            return  # the catalog or the settings changed while the token was being read
        if not token:
            self._show_text()
            self.refresh_status()
            return
        from socialekaart.sync.client import sync_once
        from socialekaart.sync.scheduler import SyncScheduler

        self.stop()
        catalog = session.catalog
        self.scheduler = SyncScheduler(
            lambda: sync_once(catalog, server, token),
            interval=self.settings.sync_minutes * 60.0,
            on_done=self._finished.emit,
        )
        self.syncing = True
        self._show_text()
        self.scheduler.start(run_now=True)
        self._watch_network()

    def stop(self) -> None:
        """Stop the scheduler; a sync in progress finishes on its own thread (its result is ignored)."""
        scheduler, self.scheduler = self.scheduler, None
        self.syncing = False
        self._token_error = None
        if scheduler is not None:
            scheduler.stop(timeout=0.2)

    def apply_settings(self, server: str, token: str, minutes: int) -> None:
        """Store new sync settings and restart. A new token goes to the keyring or its fallback file (never to the
        settings file) on a worker: the status bar says "token opslaan…" meanwhile, then `token_saved(where)` or
        `token_save_failed(message)` fires and the scheduler starts with the new token."""
        self.settings.sync_server = server
        self.settings.sync_minutes = minutes
        self.settings.sync()
        if server and token:
            self._save_token(server, token)
            return
        self.restart()

    def _save_token(self, server: str, token: str) -> None:
        from socialekaart.sync.tokens import save_token

        self.stop()
        self.runner.cancel_key("sync-token")  # a token read still under way would be the old one
        self._saving_token_for = server
        self._show_text()
        self.runner.run(
            lambda _work: save_token(server, token),
            on_result=lambda where: self._token_saved(server, token, where),
            on_error=lambda exc: self._token_not_saved(server, exc),
            key="sync-token-save",
        )

    def _token_saved(self, server: str, token: str, where: str) -> None:
        self._saving_token_for = None
        self.token_saved.emit(where)
        if server != self.settings.sync_server:
            self.restart()  # the settings changed again meanwhile
            return
        if self.session is None:
            self._show_text()
            return
        self._start(self.session, server, token)  # the token is in hand: no need to read it back

    def _token_not_saved(self, server: str, exc: BaseException) -> None:
        self._saving_token_for = None
        log.warning("storing the sync token failed", exc_info=exc)
        self.token_save_failed.emit(
            self.tr("Het token voor %1 kon niet worden opgeslagen: %2. Vul het opnieuw in bij Instellingen.")
            .replace("%1", server)
            .replace("%2", reason(exc))
        )
        self.restart()  # with the token stored before, if there is one

    def _watch_network(self) -> None:
        """Sync when the network comes back (QNetworkInformation), if a backend for this platform loads.

        Done once, when a server is first configured: without sync the app never loads QtNetwork."""
        if self._network_watched:
            return
        self._network_watched = True
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                log.info("no network-information backend: sync runs on its timer and on demand only")
                return
            info = QNetworkInformation.instance()
        except Exception:  # pragma: no cover - depends on the platform's plug-ins
            log.info("network information unavailable", exc_info=True)
            return
        if info is None:
            return
        self.network_backend = info.backendName()
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.scheduler is not None:
            self.sync_now()

    # --- syncing ------------------------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """The "Nu synchroniseren" action (Ctrl+Shift+S)."""
        if self.scheduler is None:
            if self.session is not None and not self.settings.sync_server:
                self.settings_needed.emit()
            self._show_text()
            return
        self.syncing = True
        self._show_text()
        self.scheduler.sync_now()

    def _on_finished(self, report: Any, error: BaseException | None) -> None:
        if self.scheduler is None:
            return  # stopped meanwhile (another catalog, new settings)
        self.syncing = False
        if error is not None:
            log.info("sync failed: %s", error)
        elif report is not None and (report.pulled or report.pushed or report.new_conflicts):
            self.search.search_now()  # CatalogSearch sees the change counter move and refreshes its index
        self.refresh_status()
        if self.conflicts_window is not None and self.conflicts_window.isVisible() and self._conflicts is not None:
            self._conflicts.refresh()
        self.synced.emit(report, error)

    def refresh_status(self) -> None:
        session = self.session
        if session is None:
            return
        self.runner.run(lambda work: _read_status(session, work), on_result=self._status_read, key="sync-status")

    def _status_read(self, status: SyncStatus) -> None:
        self._last_status = status
        self._show_text()

    # --- status bar ---------------------------------------------------------------------------------------------

    def status_text(self) -> str:
        """The status bar's sync line, in the UI language (server messages stay Dutch)."""
        return sync_line(
            self._last_status,
            server=bool(self.settings.sync_server),
            running=self.scheduler is not None,
            syncing=self.syncing,
            saving_token=self._saving_token_for is not None,
            token_error=self._token_error,
        )

    def _show_text(self) -> None:
        text = self.status_text()
        label = self.window.sync_status
        label.setText(text)
        status = self._last_status
        failed = status is not None and bool(status.last_error) and not self.syncing
        failed = failed or (
            self.scheduler is None and bool(self.settings.sync_server) and self._token_error is not None
        )
        label.setStyleSheet(failure_text_style(failed))
        label.setAccessibleDescription(text)
        self.status_shown.emit(text)

    def retranslate(self) -> None:
        self._show_text()

    # --- conflicts ----------------------------------------------------------------------------------------------

    def show_conflicts(self) -> None:
        """Open (or raise) the conflicts window for the open catalog."""
        session = self.session
        if session is None:
            return
        window, controller = self.conflicts_window, self._conflicts
        if window is None or controller is None:
            from socialekaart.ui.controllers.conflicts_controller import ConflictsController
            from socialekaart.ui.views.conflicts_window import ConflictsWindow

            window = self.conflicts_window = ConflictsWindow(self.window)
            window.panel.resolved.connect(lambda _op: self._resolved())
            controller = self._conflicts = ConflictsController(
                window.panel, self.runner, session.catalog, _actor(), self
            )
        controller.refresh()  # on a worker; the panel says "Conflicten laden…" meanwhile
        window.show()
        window.raise_()
        window.activateWindow()

    @property
    def conflicts(self) -> ConflictsController | None:
        """The controller of the open conflicts window, if there is one."""
        return self._conflicts

    def _close_conflicts(self) -> None:
        """Another catalog: the window goes, and whatever it was reading or writing is no longer delivered."""
        window, self.conflicts_window = self.conflicts_window, None
        controller, self._conflicts = self._conflicts, None
        if controller is not None:
            controller.close()
            controller.deleteLater()
        if window is not None:
            window.close()
            window.deleteLater()

    def _resolved(self) -> None:
        self.refresh_status()
        self.search.search_now()
        if self.scheduler is not None:
            self.sync_now()  # send the decision


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"
