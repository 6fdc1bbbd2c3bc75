"""The skmap:// URL scheme: registration (before QApplication) and the handler that serves pages and map assets."""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from socialekaart.mapview.page import SCHEME, asset_path, externalize_inline, page_csp
from socialekaart.mapview.tiles import TileStore

SCHEME_BYTES = SCHEME.encode("ascii")
HOST = "app"
_PAGE_RE = re.compile(r"^/page/(?P<id>[A-Za-z0-9_-]{1,64})\.html$")
_PAGE_FILE_RE = re.compile(r"^/page/(?P<id>[A-Za-z0-9_-]{1,64})/(?P<name>s\d{1,4}\.(js|css))$")
_TILE_RE = re.compile(r"^/tiles/(?P<z>\d{1,2})/(?P<x>\d{1,7})/(?P<y>\d{1,7})\.png$")
_QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
_MIME = {".js": b"text/javascript", ".css": b"text/css", ".png": b"image/png", ".html": b"text/html"}


def register_map_scheme() -> None:
    """Register skmap:// with QtWebEngine. Must run before the QApplication is created; safe to call twice."""
    if QWebEngineUrlScheme.schemeByName(SCHEME_BYTES).name() == QByteArray(SCHEME_BYTES):
        return
    scheme = QWebEngineUrlScheme(SCHEME_BYTES)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves skmap://app/page/<id>.html (pages set by the widgets) and skmap://app/assets/<file> (read only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: dict[str, tuple[bytes, bytes]] = {}
        self._page_files: dict[str, dict[str, tuple[bytes, bytes]]] = {}
        self._tiles: TileStore | None = None
        self.served: list[str] = []

    def set_tile_store(self, path: Path | None) -> None:
        """Serve skmap://app/tiles/{z}/{x}/{y}.png from this MBTiles file (None: no tiles)."""
        if self._tiles is not None:
            if path is not None and self._tiles.path == path:
                return
            self._tiles.close()
            self._tiles = None
        if path is not None and path.exists():
            self._tiles = TileStore(path)

    def set_page(self, page_id: str, html: str) -> str:
        """Store a page; returns its URL. The CSP of the page is also sent as a response header."""
        if not _PAGE_RE.match(f"/page/{page_id}.html"):
            raise ValueError(f"bad page id: {page_id!r}")
        base = f"{SCHEME}://{HOST}/page/{page_id}/"
        page_html, files = externalize_inline(html, base)
        csp = page_csp(page_html)
        self._pages[page_id] = (page_html.encode("utf-8"), csp.encode("utf-8"))
        self._page_files[page_id] = {
            name: (mime.encode(), text.encode("utf-8")) for name, (mime, text) in files.items()
        }
        return f"{SCHEME}://{HOST}/page/{page_id}.html"

    def remove_page(self, page_id: str) -> None:
        self._pages.pop(page_id, None)
        self._page_files.pop(page_id, None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path()
        self.served.append(url.toString())
        if bytes(job.requestMethod().data()) != b"GET" or url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        page = _PAGE_RE.match(path)
        if page:
            stored = self._pages.get(page.group("id"))
            if stored is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            body, csp = stored
            # PySide maps the QMultiMap to a dict of lists: one list of values per header name.
            headers: Any = {
                QByteArray(b"Content-Security-Policy"): [QByteArray(csp)],
                QByteArray(b"Cache-Control"): [QByteArray(b"no-store")],
            }
            job.setAdditionalResponseHeaders(headers)
            self._reply(job, b"text/html", body)
            return
        tile = _TILE_RE.match(path)
        if tile:
            z, x, y = (int(tile.group(k)) for k in ("z", "x", "y"))
            data = self._tiles.get(z, x, y) if self._tiles is not None else None
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            self._reply(job, b"image/png", data)
            return
        part = _PAGE_FILE_RE.match(path)
        if part:
            found_part = self._page_files.get(part.group("id"), {}).get(part.group("name"))
            if found_part is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            self._reply(job, *found_part)
            return
        if not path.startswith("/assets/"):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        relative = path[len("/assets/") :]
        if relative == "qwebchannel.js":
            file = QFile(_QWEBCHANNEL_JS)
            if not file.open(QIODevice.OpenModeFlag.ReadOnly):
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                return
            data = bytes(file.readAll().data())
            file.close()
            self._reply(job, b"text/javascript", data)
            return
        found = asset_path(relative)
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = _MIME.get(found.suffix) or (mimetypes.guess_type(found.name)[0] or "application/octet-stream").encode()
        self._reply(job, mime, found.read_bytes())

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, body: bytes) -> None:
        buffer = QBuffer(job)  # owned by the job: freed when the engine deletes the job
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buffer)
