"""The one object the map page sees over QWebChannel: three validated slots in, four JSON signals out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, Slot

from socialekaart.mapview.mapdata import is_area_code

MAX_ID_LENGTH = 200


class MapBridge(QObject):
    """Page → Python: `markerClicked`, `areaClicked`, `pageReady`, `markersDrawn`; Python → page: four signals.

    Arguments from the page are untrusted: a service id must be one of the markers shown, an area code must match
    ^(GM|WK|BU)\\d+$ and be one of the areas on the map. Anything else is dropped.
    """

    resultsChanged = Signal(str)
    nearChanged = Signal(str)
    coverageChanged = Signal(str)
    highlightRequested = Signal(str)
    wordsChanged = Signal(str)  # the page's own words (legend, popups) in the UI language, as JSON
    areasFitRequested = Signal(str)  # JSON list of wijk and buurt codes to fit the map to
    areaSelected = Signal(str)  # the area outlined as selected ("" for none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known_ids: frozenset[str] = frozenset()
        self._known_areas: frozenset[str] = frozenset()
        self._on_marker: Callable[[str], None] = lambda _id: None
        self._on_area: Callable[[str], None] = lambda _code: None
        self._on_ready: Callable[[], None] = lambda: None
        self._on_markers: Callable[[int], None] = lambda _count: None
        self.rejected: list[str] = []

    # Python-side wiring (plain methods: not visible to the page) -------------------------------------------

    def connect_handlers(
        self, on_marker: Callable[[str], None], on_area: Callable[[str], None], on_ready: Callable[[], None]
    ) -> None:
        self._on_marker, self._on_area, self._on_ready = on_marker, on_area, on_ready

    def connect_markers_drawn(self, on_markers: Callable[[int], None]) -> None:
        self._on_markers = on_markers

    def set_known_ids(self, ids: frozenset[str]) -> None:
        self._known_ids = ids

    def set_known_areas(self, codes: frozenset[str]) -> None:
        self._known_areas = codes

    def known_id(self, value: object) -> bool:
        return isinstance(value, str) and len(value) <= MAX_ID_LENGTH and value in self._known_ids

    # Slots the page may call ------------------------------------------------------------------------------

    @Slot(str)
    def markerClicked(self, service_id: str) -> None:
        if not self.known_id(service_id):
            self.rejected.append(f"markerClicked:{str(service_id)[:MAX_ID_LENGTH]}")
            return
        self._on_marker(service_id)

    @Slot(str)
    def areaClicked(self, code: str) -> None:
        if not (is_area_code(code) and code in self._known_areas):
            self.rejected.append(f"areaClicked:{str(code)[:MAX_ID_LENGTH]}")
            return
        self._on_area(code)

    @Slot(str)
    def markersDrawn(self, count: str) -> None:
        if not (isinstance(count, str) and count.isdigit() and len(count) <= 7):
            self.rejected.append(f"markersDrawn:{str(count)[:20]}")
            return
        self._on_markers(int(count))

    def event(self, event: QEvent) -> bool:
        """Ignore deferred deletion: QObject.deleteLater is a slot, so the page could call it over QWebChannel.

        The bridge is deleted with its parent view (a direct delete, which does not go through here).
        """
        if event.type() == QEvent.Type.DeferredDelete:
            self.rejected.append("deleteLater")
            return True
        return super().event(event)

    @Slot(str)
    def pageReady(self, _stage: str) -> None:
        self._on_ready()
