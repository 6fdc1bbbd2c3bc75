"""Renders a composed map page to PNG offscreen with QtWebEngine, after the page reports it has drawn."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from socialekaart.mapview.page import TILE_SOURCES
from socialekaart.ui.map.scheme import register_map_scheme


class RenderError(Exception):
    """The page did not draw in time; the message is Dutch."""


def ensure_application() -> QApplication:
    """The running QApplication, or a new offscreen one (with skmap:// registered first)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    register_map_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)

    return QApplication([])


def render_png(
    html: str,
    out: Path,
    *,
    width: int = 1280,
    height: int = 900,
    timeout_s: float = 30.0,
    allowed_tiles: str = "none",
) -> Path:
    """Load `html` (composed with bridge=True) offscreen, wait until it has drawn, and save a PNG.

    `allowed_tiles` names the tile source the page may fetch from ("none": nothing leaves the process).
    """
    ensure_application()
    from socialekaart.ui.map.view import MapView

    hosts = frozenset({TILE_SOURCES[allowed_tiles].host}) if allowed_tiles in TILE_SOURCES else frozenset()
    view = MapView(allowed_hosts=hosts)
    view.resize(width, height)
    view.bridge.connect_handlers(lambda _id: None, lambda _code: None, view.mark_drawn)
    loop = QEventLoop()
    view.drawn.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    view.show()
    view.show_html(html)
    timer.start(int(timeout_s * 1000))
    if not view.is_drawn:
        loop.exec()
    if not view.is_drawn:
        _dispose(view)
        raise RenderError(f"De kaart is niet binnen {timeout_s:.0f} seconden getekend.")
    # Let the compositor present the last frame before grabbing. (Not processEvents(flags, ms): in PySide6 6.12
    # that overload drops a reference to None on every call and eventually aborts the interpreter.)
    _wait(300)
    image = view.grab().toImage()
    for _attempt in range(25):  # a freshly started Chromium may present its first frame a little later
        if not _uniform(image):
            break
        _wait(200)
        image = view.grab().toImage()
    _dispose(view)
    out.parent.mkdir(parents=True, exist_ok=True)
    # PySide6 takes the format as str at run time although its stubs say bytes (bytes raises ValueError).
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        raise RenderError(f"Kan {out} niet schrijven.")
    return out


def _dispose(view: QWidget) -> None:
    """Close and delete the view now, so its page is gone before the shared profile is released at exit."""
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _uniform(image: QImage, step: int = 16) -> bool:
    """True when the sampled pixels all have one colour (nothing drawn yet)."""
    first = image.pixel(0, 0)
    return all(
        image.pixel(x, y) == first for y in range(0, image.height(), step) for x in range(0, image.width(), step)
    )
