"""MapWidget: the map of wijken, buurten, search results, the resident's radius and need coverage, for the app."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from socialekaart.catalog.store import Catalog
from socialekaart.mapview.mapdata import (
    MapMarker,
    markers_feature_collection,
)
from socialekaart.mapview.page import (
    TILE_SOURCES,
    Coverage,
    Near,
    PreparedMap,
    TileChoice,
    compose_map_html,
    coverage_for,
    prepare_map,
)
from socialekaart.ui.map.view import MapView

EMPTY: dict[str, Any] = {"type": "FeatureCollection", "features": []}


class MapWidget(QWidget):
    """The map. Offline by default; `online_tiles=True` adds a background map (PDOK BRT or OSM) with attribution.

    Signals: `service_clicked(service_id)` when a marker is clicked, `area_clicked(code)` when a wijk or buurt is
    clicked, `ready()` once the page has drawn, `markers_drawn(count)` once results sent later are painted.
    Slots may be called before the page is ready: the latest state is sent when it is.
    """

    service_clicked = Signal(str)
    area_clicked = Signal(str)
    ready = Signal()
    markers_drawn = Signal(int)

    def __init__(
        self,
        catalog: Catalog | None = None,
        parent: QWidget | None = None,
        *,
        area_code: str | None = None,
        online_tiles: bool = False,
        tile_source: TileChoice = "pdok",
        prepared: PreparedMap | None = None,
        tile_store: Path | None = None,
    ) -> None:
        """`prepared` is the page made off the UI thread (mapview.page.prepare_map); without it the catalog is read
        here, which is fine for scripts and exports."""
        super().__init__(parent)
        self._catalog = catalog
        tiles: TileChoice = tile_source if online_tiles else ("local" if tile_store is not None else "none")
        hosts = frozenset({TILE_SOURCES[tiles].host}) if tiles not in ("none", "local") else frozenset()
        self.view = MapView(self, allowed_hosts=hosts)
        if tiles == "local":
            from socialekaart.ui.map.view import map_profile

            map_profile()[1].set_tile_store(tile_store)  # streets offline: served by skmap://, nothing leaves
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._markers: list[MapMarker] = []
        self._pending: dict[str, str] = {}
        self._pending_highlight: str | None = None
        self._accessible_name = ""
        if prepared is None or prepared.tiles != tiles:
            prepared = (
                prepare_map(catalog, area_code=area_code, tiles=tiles)
                if catalog is not None
                else PreparedMap(EMPTY, compose_map_html(EMPTY, tiles=tiles, bridge=True), tiles)
            )
        self._area_codes = frozenset(str(f["properties"]["code"]) for f in prepared.areas["features"])
        self.view.bridge.set_known_areas(self._area_codes)
        self.view.bridge.connect_handlers(self.service_clicked.emit, self.area_clicked.emit, self._on_page_ready)
        self.view.bridge.connect_markers_drawn(self.markers_drawn.emit)
        self.view.show_html(prepared.html)

    # ------------------------------------------------------------------------------------------- state

    @property
    def is_ready(self) -> bool:
        return self.view.is_drawn

    @property
    def interceptor(self) -> Any:
        """The request interceptor (its `outside` and `blocked` lists show what the page tried to fetch)."""
        return self.view.interceptor

    def grab_image(self) -> QImage:
        """The map as it is drawn now."""
        return self.view.grab().toImage()

    # ------------------------------------------------------------------------------------------- slots

    @Slot(list)
    def show_results(self, results: Sequence[Sequence[Any]]) -> None:
        """Show search results: rows of (service_id, name, lat, lon, access_type, open_now); bad rows are skipped."""
        markers: list[MapMarker] = []
        for row in results:
            try:
                markers.append(MapMarker.from_tuple(row))
            except (TypeError, ValueError):
                continue
        self._markers = markers
        self.view.bridge.set_known_ids(frozenset(m.service_id for m in markers))
        self._send("resultsChanged", json.dumps(markers_feature_collection(markers), ensure_ascii=False))

    @Slot(str)
    def highlight(self, service_id: str) -> None:
        """Centre the map on a shown service, highlight its marker and open its popup."""
        if not self.view.bridge.known_id(service_id):
            return
        if self.is_ready:
            self.view.bridge.highlightRequested.emit(service_id)
        else:
            self._pending_highlight = service_id

    @Slot(float, float, float)
    def set_near(self, lat: float, lon: float, radius_km: float) -> None:
        """Show the resident's point (from the postcode) and the search radius in km (0: the point only)."""
        near = Near(float(lat), float(lon), max(0.0, float(radius_km)))
        self._send("nearChanged", json.dumps(near.as_json()))

    def set_words(self, words: dict[str, Any]) -> None:
        """The page's own words (legend, popups, tooltips) in the UI language (ui/labels.map_words)."""
        self._send("wordsChanged", json.dumps(words, ensure_ascii=False))

    def fit_areas(self, codes: Sequence[str]) -> None:
        """Fit the map to these wijken and buurten (a chosen kern, wijk or buurt); unknown codes are left out."""
        known = [c for c in codes if c in self._area_codes]
        if known:
            self._send("areasFitRequested", json.dumps(known))

    def select_area(self, code: str) -> None:
        """Outline one area as selected ("" for none)."""
        self._send("areaSelected", code if code in self._area_codes else "")

    def name_for_screen_readers(self, name: str) -> None:
        """The map's accessible name, on the widget and on the web view's own child that takes the keyboard."""
        self._accessible_name = name
        self.setAccessibleName(name)
        self.view.setAccessibleName(name)
        for child in self.view.findChildren(QWidget):
            child.setAccessibleName(name)

    def clear_near(self) -> None:
        self._send("nearChanged", "null")

    @Slot(object)
    def set_coverage(self, need_code: str | None) -> None:
        """Colour the buurten by how many services serve `need_code`; None switches the coverage layer off."""
        if need_code is None or self._catalog is None:
            self.show_coverage(None)
            return
        self.show_coverage(coverage_for(self._catalog, need_code))

    def show_coverage(self, coverage: Coverage | None) -> None:
        """Show coverage counted elsewhere (the app counts on a worker); None switches the layer off."""
        payload = "null" if coverage is None else json.dumps(coverage.as_json(), ensure_ascii=False)
        self._send("coverageChanged", payload)

    # ------------------------------------------------------------------------------------------- internals

    def _send(self, signal_name: str, payload: str) -> None:
        if self.is_ready:
            getattr(self.view.bridge, signal_name).emit(payload)
        else:
            self._pending[signal_name] = payload

    def _on_page_ready(self) -> None:
        if self.view.is_drawn:
            return
        self.view.mark_drawn()
        if self._accessible_name:
            self.name_for_screen_readers(self._accessible_name)  # the view's child exists by now
        pending, self._pending = self._pending, {}
        for signal_name in (
            "wordsChanged",
            "coverageChanged",
            "resultsChanged",
            "nearChanged",
            "areaSelected",
            "areasFitRequested",
        ):
            if signal_name in pending:
                getattr(self.view.bridge, signal_name).emit(pending[signal_name])
        if self._pending_highlight is not None:
            self.view.bridge.highlightRequested.emit(self._pending_highlight)
            self._pending_highlight = None
        self.ready.emit()
