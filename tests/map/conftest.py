"""Map tests run a real QtWebEngine offscreen: environment and skmap:// registration happen at import time."""

from __future__ import annotations

import os

# Before any Qt import: offscreen platform, and Chromium's sandbox off (CI runs as root in a container).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)
import pytest

from socialekaart.ui.map.scheme import register_map_scheme

# pytest-qt creates the QApplication later, in its qapp fixture; the scheme must be known before that.
register_map_scheme()

from socialekaart.catalog.store import Catalog, open_catalog  # noqa: E402
from tests.mapview.helpers import have_geodata, seed_map_catalog  # noqa: E402


@pytest.fixture(scope="session")
def map_catalog_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not have_geodata():
        pytest.skip("../shared/geodata is not next to the repository")
    path = tmp_path_factory.mktemp("mapcat") / "map.sqlite"
    cat = open_catalog(path)
    seed_map_catalog(cat)
    cat.close()
    return path


@pytest.fixture
def map_catalog(map_catalog_file: Path) -> Iterator[Catalog]:
    cat = open_catalog(map_catalog_file)
    yield cat
    cat.close()


@pytest.fixture
def run_js(qtbot: Any) -> Callable[[Any, str], Any]:
    """Run JavaScript in a QWebEngineView's page and return its result (waits up to 5 s)."""

    def run(view: Any, code: str) -> Any:
        box: list[Any] = []
        view.page().runJavaScript(code, 0, box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=5000)
        return box[0]

    return run


@pytest.fixture(autouse=True)
def _delete_pages_now(qapp: Any) -> Iterator[None]:
    """After each test, really delete the closed views, so no page outlives the shared map profile at exit."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
