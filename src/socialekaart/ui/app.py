"""Composition root of the desktop app: builds settings, task runner, window and controllers, then opens the catalog.

Start-up is staged so the window is usable as soon as possible:

1. the window (views only) is shown with the search field focused: the user can type from here;
2. on the first turn of the event loop the controllers are built and the catalog is opened on a worker thread
   (SQLAlchemy, the search engine and the index load there); whatever was typed meanwhile is searched as soon
   as the index is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from socialekaart import APP_NAME
from socialekaart.ui.i18n import install_language
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.views.main_window import MainWindow

# Stage 1 imports only what the first frame needs (not even the `Qt` namespace, whose enums cost ~17 ms).
if TYPE_CHECKING:
    from socialekaart.ui.controllers.catalog_controller import CatalogController
    from socialekaart.ui.controllers.detail_controller import DetailController
    from socialekaart.ui.controllers.edit_controller import EditController
    from socialekaart.ui.controllers.filter_controller import FilterController
    from socialekaart.ui.controllers.lijstje_controller import LijstjeController
    from socialekaart.ui.controllers.main_controller import MainController
    from socialekaart.ui.controllers.map_controller import MapController
    from socialekaart.ui.controllers.matching_controller import MatchingController
    from socialekaart.ui.controllers.offline_map_controller import OfflineMapController
    from socialekaart.ui.controllers.search_controller import SearchController
    from socialekaart.ui.controllers.sync_controller import SyncController
    from socialekaart.ui.tasks import TaskRunner


class SocialeKaartApp(QObject):
    """Everything the running app consists of; tests and the start-up benchmark build it too."""

    # The controllers are built and the catalog is being opened (stage 2 of the start-up).
    wired = Signal()

    runner: TaskRunner
    catalogs: CatalogController
    filters: FilterController
    search: SearchController
    detail: DetailController
    maps: MapController
    offline_map: OfflineMapController
    sync: SyncController
    edit: EditController
    main: MainController
    lijstje: LijstjeController
    matching: MatchingController

    def __init__(self, db: Path | None, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or AppSettings()
        install_language(self.settings.language)
        self.window = MainWindow()
        self.window.set_catalog_title("")
        self._wired = False

    def start(self, show: bool = True) -> None:
        """Show the window with the search field focused; build the rest on the event loop's first turn.

        Without --db the user's own catalog is opened and, when empty (first start), seeded with the demo.
        """
        geometry = self.settings.geometry
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        self.window.fit_to_screen()
        self.window.search_edit.setFocus()
        if show:
            # Stage 2 starts once the first frame is painted (or after 100 ms, should no paint come).
            self.window.search_edit.installEventFilter(self)
            self.window.show()
            self.window.activateWindow()
            QTimer.singleShot(100, self.wire)
        else:
            QTimer.singleShot(0, self.wire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._wired:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.wire)
        return False

    def wire(self) -> None:
        """Stage 2: controllers, then open the catalog in the background (idempotent; tests may call it)."""
        if self._wired:
            return
        self._wired = True
        from PySide6.QtGui import QIcon

        from socialekaart.paths import default_catalog_path, resources_dir
        from socialekaart.ui.controllers.catalog_controller import CatalogController
        from socialekaart.ui.controllers.detail_controller import DetailController
        from socialekaart.ui.controllers.edit_controller import EditController
        from socialekaart.ui.controllers.filter_controller import FilterController
        from socialekaart.ui.controllers.main_controller import MainController
        from socialekaart.ui.controllers.map_controller import MapController
        from socialekaart.ui.controllers.offline_map_controller import OfflineMapController
        from socialekaart.ui.controllers.search_controller import SearchController
        from socialekaart.ui.controllers.sync_controller import SyncController
        from socialekaart.ui.tasks import TaskRunner

        # The catalog opens first: its worker imports SQLAlchemy and the search engine while the rest of the
        # window is built here.
        self.runner = TaskRunner(self)
        window = self.window
        self.catalogs = CatalogController(self.runner, window)
        path = self.db if self.db is not None else default_catalog_path()
        self.catalogs.open(path, seed_if_empty=self.db is None)

        window.complete()
        window.fit_to_screen()  # now the filters exist: fold them away on a small screen
        icon = resources_dir() / "icons" / "socialekaart.svg"
        if icon.exists():
            window.setWindowIcon(QIcon(str(icon)))
        self.filters = FilterController(window.filter_bar, window.chip_bar, self.settings, self)
        self.search = SearchController(window, self.runner, self.filters, self)
        self.detail = DetailController(window.detail_view, self.runner, self)
        self.maps = MapController(window, self.runner, self.settings, self.filters, self.search, self)
        self.offline_map = OfflineMapController(window, self.runner, self.settings, self.maps, self)
        self.catalogs.opened.connect(self.offline_map.set_session)
        self.sync = SyncController(window, self.runner, self.settings, self.search, self)
        self.main = MainController(
            window,
            self.settings,
            self.runner,
            self.catalogs,
            self.filters,
            self.search,
            self.detail,
            self.maps,
            self.sync,
        )
        self.edit = EditController(window, self.runner, self.settings, self)
        self.edit.connect_app(window, self.catalogs, self.detail, self.search)
        self._wire_connecting()
        splitter = self.settings.splitter_state
        if splitter is not None:
            window.splitter.restoreState(splitter)
        self.search.pending_text()
        self.wired.emit()

    def _wire_connecting(self) -> None:
        """The lijstje panel and the volunteer matching screen, with their menu and shortcuts."""
        from PySide6.QtCore import Qt

        from socialekaart.ui.controllers.lijstje_controller import LijstjeController
        from socialekaart.ui.controllers.matching_controller import MatchingController
        from socialekaart.ui.views.lijstje_panel import LijstjeActions, LijstjePanel
        from socialekaart.ui.views.matching_dialog import MatchingDialog

        window = self.window
        self.lijstje_panel = LijstjePanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lijstje_panel)
        self.lijstje_panel.hide()
        self.lijstje_actions = LijstjeActions(window)
        self.lijstje_actions.add_menu(window.menuBar())
        self.lijstje = LijstjeController(
            self.lijstje_panel,
            self.lijstje_actions,
            self.runner,
            self.catalogs,
            self.search,
            window.detail_view,
            self.settings,
            self,
        )
        self.matching_dialog = MatchingDialog(window)
        self.matching = MatchingController(self.matching_dialog, self.runner, self.catalogs)
        self.lijstje_actions.match.triggered.connect(self.matching.open)

    def shutdown(self) -> None:
        """Stop background work and release the catalog (after the window closed)."""
        if self._wired:
            self.sync.stop()
            self.runner.shutdown()
            if self.catalogs.session is not None:
                self.catalogs.session.close()
        self.settings.sync()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once); the font, palette and scaling are the system's."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # The map's QtWebEngine is loaded lazily, after the application exists; Qt WebEngine then needs OpenGL
    # contexts to be shareable, which can only be switched on before the application is created (and is cheap).
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    return app


def run(db: Path | None) -> int:
    """Start the desktop app on `db` (or the user's own catalog) and run until the window closes."""
    app = make_application()
    ui = SocialeKaartApp(db)
    ui.start()
    try:
        return app.exec()
    finally:
        ui.shutdown()
