"""A QWebEngineView for the map page: own off-the-record profile, skmap:// handler, offline interceptor, bridge."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from socialekaart.ui.map.bridge import MapBridge
from socialekaart.ui.map.interceptor import OfflineInterceptor
from socialekaart.ui.map.scheme import SCHEME_BYTES, MapSchemeHandler

_profile: QWebEngineProfile | None = None
_handler: MapSchemeHandler | None = None
_page_ids = itertools.count(1)


def map_profile() -> tuple[QWebEngineProfile, MapSchemeHandler]:
    """The shared off-the-record profile of all map pages (no disk cache, no cookies kept) and its handler."""
    global _profile, _handler
    if _profile is None or _handler is None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication first (and call register_map_scheme() before that)")
        _profile = QWebEngineProfile(app)  # no storage name: off the record
        _profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        _profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        _handler = MapSchemeHandler(_profile)
        _profile.installUrlSchemeHandler(SCHEME_BYTES, _handler)
        settings = _profile.settings()
        off = QWebEngineSettings.WebAttribute
        for attribute in (
            off.LocalContentCanAccessRemoteUrls,
            off.LocalContentCanAccessFileUrls,
            off.JavascriptCanOpenWindows,
            off.JavascriptCanAccessClipboard,
            off.JavascriptCanPaste,
            off.PluginsEnabled,
            off.AutoLoadIconsForPage,
            off.DnsPrefetchEnabled,
            off.HyperlinkAuditingEnabled,
            off.LocalStorageEnabled,
            off.PdfViewerEnabled,
            off.NavigateOnDropEnabled,
        ):
            settings.setAttribute(attribute, False)
    return _profile, _handler


class MapPage(QWebEnginePage):
    """Stays on its own skmap:// page: any navigation elsewhere (a link in a popup, a script) is refused."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.console: list[str] = []

    def acceptNavigationRequest(
        self, url: QUrl | str, navigation_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        target = QUrl(url)
        return target.scheme() == "skmap" and target.host() == "app" and target.path().startswith("/page/")

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str
    ) -> None:
        self.console.append(f"{source}:{line}: {message}")


class MapView(QWebEngineView):
    """Shows one composed map page. `drawn` fires once the page has painted its polygons and markers."""

    drawn = Signal()

    def __init__(self, parent: QWidget | None = None, *, allowed_hosts: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        profile, self._handler = map_profile()
        self.interceptor = OfflineInterceptor(allowed_hosts, self)
        self.map_page = MapPage(profile, self)
        self.map_page.setUrlRequestInterceptor(self.interceptor)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self.map_page)
        self._channel.registerObject("skBridge", self.bridge)
        self.map_page.setWebChannel(self._channel)
        self.setPage(self.map_page)
        self._page_id = f"map{next(_page_ids)}"
        self.is_drawn = False
        self._after_draw: list[Callable[[], None]] = []

    def show_html(self, html: str) -> None:
        """Serve `html` (from compose_map_html) as this view's page and load it."""
        self.is_drawn = False
        url = self._handler.set_page(self._page_id, html)
        self.map_page.load(QUrl(url))

    def mark_drawn(self) -> None:
        self.is_drawn = True
        self.drawn.emit()

    def closeEvent(self, event: object) -> None:
        self._handler.remove_page(self._page_id)
        super().closeEvent(event)  # type: ignore[arg-type]
