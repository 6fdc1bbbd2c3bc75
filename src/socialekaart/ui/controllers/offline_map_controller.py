"""Streets offline: "Straten offline ophalen" plans the gemeente's tiles, says how much, fetches them on a worker
with progress and a stop, then remakes the map on the local store. No request leaves unless online is switched on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from socialekaart.ui.controllers.map_controller import MapController
from socialekaart.ui.errors import reason
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.main_window import MainWindow
from socialekaart.workspace.session import CatalogSession

if TYPE_CHECKING:
    from socialekaart.workspace.offline_map import OfflineMapPlan, OfflineMapResult, TileSourceConfig


class OfflineMapController(QObject):
    """Owns the "fetch streets" stream of work (task keys "tiles-plan" and "tiles-fetch")."""

    # The plan is ready and the worker is asked to confirm: (the message box, for tests).
    confirm_asked = Signal(object)
    # Fetching ended: (True when the store was filled, False when stopped or failed).
    finished = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        settings: AppSettings,
        maps: MapController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.settings = settings
        self.maps = maps
        self.session: CatalogSession | None = None
        window.offline_map_action.triggered.connect(self.start)
        window.stop_offline_map_action.triggered.connect(self.stop)

    def set_session(self, session: CatalogSession) -> None:
        self.session = session
        self.window.offline_map_action.setEnabled(session.path is not None)

    def source(self) -> TileSourceConfig:
        from socialekaart.workspace.offline_map import TileSourceConfig

        url, attribution = self.settings.tile_source
        if not url:
            return TileSourceConfig()
        return TileSourceConfig(url, attribution or url)

    def start(self) -> None:
        """Plan (off the UI thread), then ask before anything is fetched."""
        session = self.session
        if session is None or session.path is None:
            return
        source = self.source()
        if not self.settings.online_map:
            self._tell(
                self.tr(
                    "Straten ophalen gebruikt internet (%1). Zet eerst ‘Online achtergrondkaart’ aan bij Instellingen."
                ).replace("%1", source.host)
            )
            return
        from socialekaart.workspace.offline_map import DEFAULT_ZOOMS, plan_offline_map, tile_store_path

        store = tile_store_path(session.path)
        zooms = self.settings.offline_zooms or DEFAULT_ZOOMS
        self.runner.run(
            lambda _work: plan_offline_map(session.catalog, store, zooms),
            on_result=lambda plan: self._confirm(plan, source),
            on_error=self._failed,
            key="tiles-plan",
        )

    def _confirm(self, plan: OfflineMapPlan | None, source: TileSourceConfig) -> None:
        if plan is None:
            self._tell(self.tr("Deze catalogus heeft geen wijk- of buurtgrenzen: er is geen gebied om op te halen."))
            return
        megabytes = max(0.1, plan.estimated_bytes / 1_000_000)
        box = QMessageBox(self.window)
        box.setObjectName("offlineMapConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Straten offline ophalen"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("De achtergrondkaart van de gemeente ophalen voor gebruik zonder internet?")
            + "\n\n"
            + self.tr("%1 kaarttegels (zoomniveau %2 tot %3), ongeveer %4 MB, van %5.")
            .replace("%1", str(plan.tiles - plan.stored))
            .replace("%2", str(min(plan.zooms)))
            .replace("%3", str(max(plan.zooms)))
            .replace("%4", f"{megabytes:.1f}")
            .replace("%5", source.host)
            + ("\n" + self.tr("Al aanwezig: %1 tegels.").replace("%1", str(plan.stored)) if plan.stored else "")
            + "\n"
            + self.tr("Bron: %1").replace("%1", source.attribution)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._fetch(plan, source))
        box.open()
        self.confirm_asked.emit(box)

    def _fetch(self, plan: OfflineMapPlan, source: TileSourceConfig) -> None:
        session = self.session
        if session is None or session.path is None:
            return
        from socialekaart.workspace.offline_map import fetch_offline_map, tile_store_path

        store = tile_store_path(session.path)
        self._busy(True)
        self.runner.run(
            lambda work: fetch_offline_map(plan, store, source, work),
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            key="tiles-fetch",
        )

    def stop(self) -> None:
        self.runner.cancel_key("tiles-fetch")
        self._busy(False)
        self.window.statusBar().showMessage(self.tr("Ophalen gestopt; wat er al is, blijft bewaard."), 8000)
        self.maps.rebuild()
        self.finished.emit(False)

    def _progress(self, _stage: str, done: int, total: int) -> None:
        bar = self.window.progress
        bar.setRange(0, max(1, total))
        bar.setValue(done)
        self.window.statusBar().showMessage(
            self.tr("Straten ophalen: %1 van %2 tegels").replace("%1", str(done)).replace("%2", str(total))
        )

    def _done(self, result: OfflineMapResult) -> None:
        self._busy(False)
        text = self.tr("Straten offline: %1 tegels bewaard (%2 nieuw).")
        text = text.replace("%1", str(result.stored)).replace("%2", str(result.fetched))
        if result.failed:
            text += " " + self.tr("%1 tegels kwamen niet.").replace("%1", str(result.failed))
        self.window.statusBar().showMessage(text, 10000)
        self.maps.rebuild()
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._tell(self.tr("Straten ophalen lukte niet: %1").replace("%1", reason(exc)))
        self.finished.emit(False)

    def _busy(self, on: bool) -> None:
        self.window.offline_map_action.setEnabled(not on)
        self.window.stop_offline_map_action.setEnabled(on)
        self.window.progress.setVisible(on)
        if not on:
            self.window.statusBar().clearMessage()

    def _tell(self, text: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("offlineMapMessage")
        box.setWindowTitle(self.tr("Straten offline ophalen"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirm_asked.emit(box)
