"""The map beside the detail pane: made the first time it is shown, then kept in step with results and filters.

QtWebEngine is never loaded at start-up. The first time the map is shown, folium and the map-data code are
imported on a worker thread; then, on the UI thread, the skmap:// scheme is registered and the MapWidget is made.
Registering the scheme after the QApplication exists works because Qt WebEngine only locks its scheme list when
its first object is made (see docs/ui.md, "The map").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from socialekaart.progress import Work
from socialekaart.ui.controllers.filter_controller import FilterController
from socialekaart.ui.controllers.search_controller import SearchController
from socialekaart.ui.errors import reason
from socialekaart.ui.labels import map_words
from socialekaart.ui.settings import AppSettings
from socialekaart.ui.tasks import TaskRunner
from socialekaart.ui.views.main_window import MainWindow
from socialekaart.workspace.filters import areas_within
from socialekaart.workspace.searching import ResultRow
from socialekaart.workspace.session import CatalogSession

if TYPE_CHECKING:
    from socialekaart.mapview.page import Coverage, PreparedMap
    from socialekaart.ui.map.widget import MapWidget

log = logging.getLogger(__name__)

# (service id, name, lat, lon, access type, open now): one row per location, as MapWidget.show_results takes it.
MapRow = tuple[str, str, float, float, str | None, bool | None]


def _prepare(session: CatalogSession, online_tiles: bool, _work: Work) -> PreparedMap:
    """Import the map's pure-Python parts (folium ≈ 0.35 s), read the areas and compose the page, off the UI
    thread; only the QtWebEngine widget itself is made on it. Streets come from the local tile store when one was
    prepared (no network), else live from PDOK when online tiles are on, else there are none."""
    from socialekaart.mapview.page import prepare_map
    from socialekaart.mapview.tiles import TileStore
    from socialekaart.workspace.offline_map import tile_store_path

    store = tile_store_path(session.path) if session.path is not None else None
    if store is not None and store.exists():
        with TileStore(store) as opened:
            meta = opened.metadata() if opened.count() else None
        if meta is not None:
            max_zoom = int(meta.get("maxzoom", "16") or 16)
            return prepare_map(
                session.catalog, tiles="local", tile_attribution=meta.get("attribution", ""), tile_max_zoom=max_zoom
            )
    return prepare_map(session.catalog, tiles="pdok" if online_tiles else "none")


def map_rows(session: CatalogSession, rows: list[ResultRow], work: Work) -> list[MapRow]:
    """The result rows as map markers, from the search documents' points (runs on a worker)."""
    out: list[MapRow] = []
    for row in rows:
        work.cancel.raise_if_cancelled()
        document = session.search.document(row.id)
        if document is None:
            continue
        access = document.access_type or row.access_type
        for lat, lon in document.points:
            out.append((row.id, row.name, float(lat), float(lon), str(access) if access else None, row.open_now))
    return out


class MapController(QObject):
    """Creates the map lazily and wires it: results → markers, list ↔ marker, area click → area filter,
    postcode → the resident's point, coverage chooser → coverage layer."""

    # The MapWidget exists (it may still be loading its page).
    created = Signal()
    # Markers for the current results were sent to the map: (number of markers).
    markers_sent = Signal(int)

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        settings: AppSettings,
        filters: FilterController,
        search: SearchController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.runner = runner
        self.settings = settings
        self.filters = filters
        self.search = search
        self.session: CatalogSession | None = None
        self.map: MapWidget | None = None
        self._creating = False
        self._near_text = ""
        self._near_radius: float | None = None
        self._area_code: str | None = None  # the area filter the map was last fitted to
        self._selected_area = ""  # the area last clicked on the map (selected, not yet a filter)
        # A new result list chooses nothing, or (the same question again) keeps the chosen row: no zooming then.
        self._fresh_results = False
        self._list_sizes: list[int] = []
        self.pane = window.map_pane
        search.model.modelReset.connect(self._results_reset)
        window.map_shown.connect(self._shown)
        search.results_shown.connect(lambda _n: self._send_results())
        search.current_changed.connect(self._highlight)
        filters.changed.connect(self._send_near)
        filters.changed.connect(self._fit_area)
        self.pane.coverage_combo.currentIndexChanged.connect(lambda _i: self._send_coverage())
        self.pane.area_filter_button.clicked.connect(self._filter_on_selected_area)
        self.pane.area_pin_button.clicked.connect(self._pin_area)

    # --- catalog ------------------------------------------------------------------------------------------------

    def set_session(self, session: CatalogSession) -> None:
        """A catalog was opened: new coverage choices; a map of another catalog is made again when shown."""
        self.session = session
        self._near_text = ""
        self._near_radius = None
        self._area_code = None
        self._selected_area = ""
        self.pane.show_area("", offer_filter=False, offer_pin=False)
        self.runner.run(lambda _w: session.search.needs(), on_result=self._needs, key="map-needs")
        if self.map is not None:
            old, self.map = self.map, None
            self.pane.map = None
            old.setParent(None)
            old.deleteLater()
            if self.window.map_visible:
                self.ensure_map()

    def _needs(self, needs: list[tuple[str, str]]) -> None:
        self.pane.set_needs(needs)

    # --- creating the map ---------------------------------------------------------------------------------------

    def _shown(self, on: bool) -> None:
        """The map gets half the width beside the detail pane; the list gets its own width back."""
        splitter = self.window.splitter
        if on:
            self.ensure_map()
            self._list_sizes = splitter.sizes()
            total = sum(self._list_sizes)
            if total > 0:
                splitter.setSizes([total // 2, total - total // 2])
        elif self._list_sizes:
            splitter.setSizes(self._list_sizes)

    def ensure_map(self) -> None:
        """Make the map if it is not there yet (asynchronously; `created` fires when it is)."""
        if self.map is not None or self._creating:
            return
        if self.session is None:
            self.pane.show_status(self.tr("De kaart verschijnt zodra de catalogus geladen is."))
            return
        self._creating = True
        self.pane.show_status(self.tr("Kaart wordt geladen…"))
        session, online = self.session, self.settings.online_map
        self.runner.run(
            lambda work: _prepare(session, online, work),
            on_result=self._build,
            on_error=self._failed,
            key="map-load",
        )

    def _failed(self, exc: BaseException) -> None:
        self._creating = False
        log.error("map failed", exc_info=exc)
        self.pane.show_status(self.tr("De kaart kon niet worden geladen: %1").replace("%1", reason(exc)))

    def _build(self, prepared: PreparedMap) -> None:
        self._creating = False
        session = self.session
        if session is None or self.map is not None:
            return
        from socialekaart.ui.map.scheme import register_map_scheme

        register_map_scheme()  # before the first QtWebEngine object; a no-op once registered
        from socialekaart.ui.map.widget import MapWidget
        from socialekaart.workspace.offline_map import tile_store_path

        local = prepared.tiles == "local" and session.path is not None
        store = tile_store_path(session.path) if local and session.path is not None else None
        widget = MapWidget(
            session.catalog, self.pane, online_tiles=prepared.tiles == "pdok", prepared=prepared, tile_store=store
        )
        widget.setObjectName("mapWidget")
        widget.service_clicked.connect(self._marker_clicked)
        widget.area_clicked.connect(self._area_clicked)
        self.map = widget
        self.pane.set_map(widget)
        self.pane.retranslate()
        self.window.refresh_tab_order()
        self._near_text = ""
        self._near_radius = None
        self._area_code = None
        widget.set_words(map_words())
        self._send_results()
        self._send_near()
        self._send_coverage()
        self._fit_area()
        self.created.emit()

    def rebuild(self) -> None:
        """Make the map again (its background changed: streets were fetched); shown again at once if visible."""
        if self.map is not None and self.session is not None:
            self.set_session(self.session)

    def retranslate(self) -> None:
        """The UI language changed: the map page's own words follow."""
        if self.map is not None:
            self.map.set_words(map_words())
        self._show_selected_area()

    # --- Python → map -------------------------------------------------------------------------------------------

    def _send_results(self) -> None:
        session = self.session
        if self.map is None or session is None:
            return
        rows = self.search.model.rows()
        self.runner.run(
            lambda work: map_rows(session, rows, work), on_result=self._show_rows, key="map-results", pool="search"
        )

    def _show_rows(self, rows: list[MapRow]) -> None:
        if self.map is None:
            return
        self.map.show_results(rows)
        self.markers_sent.emit(len(rows))

    def _results_reset(self) -> None:
        self._fresh_results = True

    def _highlight(self, service_id: str) -> None:
        """The user chose an entry in the list (or on the map): centre the map on it and open its popup."""
        if self._fresh_results:
            self._fresh_results = False
            return
        if self.map is not None and service_id:
            self.map.highlight(service_id)

    def _send_near(self) -> None:
        session = self.session
        text = self.filters.state.near_text
        radius = self.filters.state.radius_km
        if self.map is None or session is None or (text, radius) == (self._near_text, self._near_radius):
            return
        self._near_text = text
        self._near_radius = radius
        if not text:
            self.map.clear_near()
            return

        def resolve(_work: Work) -> tuple[float, float] | None:
            from socialekaart.search.places import PlaceError

            try:
                return session.search.resolve_near(text)
            except PlaceError:
                return None

        self.runner.run(resolve, on_result=self._show_near, key="map-near")

    def _show_near(self, point: tuple[float, float] | None) -> None:
        if self.map is None:
            return
        if point is None:
            self.map.clear_near()
        else:
            # The resident's point, with the search radius when one was chosen (0: the point only).
            self.map.set_near(point[0], point[1], self.filters.state.radius_km or 0.0)

    def _send_coverage(self) -> None:
        if self.map is None:
            return
        code: Any = self.pane.coverage_combo.currentData()
        session = self.session
        if not code or session is None:
            self.map.show_coverage(None)
            return
        label = self.pane.coverage_combo.currentText()

        def count(_work: Work) -> Coverage:
            from socialekaart.mapview.page import coverage_for

            return coverage_for(session.catalog, str(code), label)

        self.runner.run(count, on_result=self._show_coverage, key="map-coverage")

    def _show_coverage(self, coverage: Coverage) -> None:
        if self.map is not None and self.pane.coverage_combo.currentData() == coverage.need:
            self.map.show_coverage(coverage)

    # --- map → window -------------------------------------------------------------------------------------------

    def _marker_clicked(self, service_id: str) -> None:
        """Select the entry in the result list; the detail pane follows the list's current entry."""
        row = self.search.model.index_of(service_id)
        if row >= 0:
            self.search.select_row(row)

    def _area_clicked(self, code: str) -> None:
        """A click on a wijk or buurt selects it (outlined, named above the map); filtering on it is a deliberate
        step (the button "Filter op dit gebied"), so a stray click never narrows the list."""
        if self.session is None or code not in self.session.area_names:
            return
        self._selected_area = code
        self._show_selected_area()

    def _show_selected_area(self) -> None:
        code = self._selected_area
        if not code:
            self.pane.show_area("", offer_filter=False, offer_pin=False)
            return
        filtered = self.filters.state.area_code == code
        self.pane.show_area(
            self.filters.area_label(code),
            offer_filter=not filtered,
            offer_pin=filtered and not self.filters.area_pinned,
        )
        self.window.refresh_tab_order()

    def _filter_on_selected_area(self) -> None:
        """The area chosen on the map becomes the area filter for now (not at the next start, unless pinned)."""
        if self._selected_area:
            self.filters.set_area(self._selected_area, remember=False)
            self._show_selected_area()

    def _pin_area(self) -> None:
        self.filters.pin_area()
        self._show_selected_area()

    def _fit_area(self) -> None:
        """A kern, wijk or buurt chosen as the filter: the map shows all of it."""
        session, code = self.session, self.filters.state.area_code
        if self.map is None or session is None or code == self._area_code:
            return
        self._area_code = code
        if self._selected_area and code != self._selected_area:
            self._selected_area = ""
            self.map.select_area("")
        self._show_selected_area()
        if not code:
            return
        self.runner.run(
            lambda _w: areas_within(session.search, code),
            on_result=lambda codes: self.map.fit_areas(codes) if self.map is not None else None,
            key="map-fit",
        )
