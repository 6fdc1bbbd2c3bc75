"""No resident data anywhere: text about a resident typed everywhere in the app (a search, a lijstje note, an
address, the matching screen) leaves no trace in any file the app wrote — catalog, WAL, settings, logs, caches or
temporary files. Only counts (a handout given, a koppeling made) are written."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import wait_results

MARKERS = ("Kwikstaart", "Zwaluwhof 99", "4921 ZZ")
NOTE = "mevrouw Kwikstaart, Zwaluwhof 99, 4921 ZZ: vraag naar Ans"


def _files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.is_dir():
            yield from (p for p in root.rglob("*") if p.is_file())


def _traces(path: Path) -> list[str]:
    data = path.read_bytes()
    found = []
    for marker in MARKERS:
        for encoded in (marker.encode("utf-8"), marker.lower().encode("utf-8"), marker.encode("utf-16-le")):
            if encoded in data:
                found.append(marker)
    return found


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's temporary folder, watched by the test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_nothing_typed_about_a_resident_is_written(
    qtbot: QtBot,
    make_app: Any,
    demo_catalog_file: Path,
    tmp_path: Path,
    user_home: Path,
    private_temp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "catalog.sqlite"
    shutil.copy(demo_catalog_file, db)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user_home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_home / "cache"))
    ui = make_app(db)
    window = ui.window

    # a search in the resident's words, with their address, and Enter (which records an unmatched need)
    query = "ik zit de hele dag alleen"
    qtbot.keyClicks(window.search_edit, query)
    wait_results(qtbot, ui, query)
    assert ui.search.model.rowCount() > 0
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    # the address in the near field: refused as a place, never stored
    window.filter_bar.near_edit.setText("Zwaluwhof 99, 4921 ZZ")
    window.filter_bar.near_edit.editingFinished.emit()
    qtbot.wait(300)
    window.filter_bar.near_edit.clear()
    window.filter_bar.near_edit.editingFinished.emit()

    # the lijstje with a note, made into a PDF the worker saves where they choose (outside the scanned folders)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = ui.lijstje_panel
    panel.list.setCurrentRow(0)
    panel.note_edit.setText(NOTE)
    panel.note_edit.editingFinished.emit()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr(panel, "ask_path", lambda suffix: chosen / f"lijstje{suffix}")
    panel.pdf_button.click()
    qtbot.waitUntil((chosen / "lijstje.pdf").exists, timeout=60000)

    # the matching screen with the resident's address and a koppeling counted
    ui.lijstje_actions.match.trigger()
    dialog = ui.matching_dialog
    dialog.need_combo.setCurrentIndex(dialog.need_combo.findData("ontmoeting"))
    dialog.use_moment.setChecked(False)
    dialog.place_edit.setText("Zwaluwhof 99 Kwikstaart")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: "onbekende plek" in dialog.status.text(), timeout=10000)
    dialog.place_edit.setText("Dorst")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10000)
    dialog.direct_button.click()
    qtbot.waitUntil(lambda: "geteld" in dialog.status.text() or dialog.status.text() == "", timeout=10000)
    qtbot.wait(500)
    panel.clear_button.click()

    window.close()
    ui.shutdown()

    with sqlite3.connect(db) as conn:  # the counts are there, and nothing else was written about the conversation
        kinds = {r[0] for r in conn.execute("select kind from connection_count")}
    assert kinds == {"handout", "koppeling"}
    written = list(_files(data, user_home, private_temp))
    names = {p.name for p in written}
    assert "catalog.sqlite" in names and any(n.endswith(".ini") for n in names), names
    leaks = {str(p): _traces(p) for p in written if _traces(p)}
    assert leaks == {}
