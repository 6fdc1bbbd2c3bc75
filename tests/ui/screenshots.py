"""Saves screenshots of the app's main states (offscreen) for docs/screenshots/ and the README.

    .venv/bin/python tests/ui/screenshots.py                 # → docs/screenshots/*.png (100% and 150%)
    .venv/bin/python tests/ui/screenshots.py --out /tmp/shots --only main

Runs on a fresh copy of the demo catalog with a fixed moment (Tuesday 24 November 2026, 10:30), so the shots
are reproducible.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
STATES = (
    "main",
    "presentation",
    "filters",
    "no_results",
    "english",
    "hostile",
    "error_dialog",
    "map_in_app",
    "conflicts",
    "small",
    "editor",
    "editor_refused",
    "lijstje",
    "matching",
)
#: Small laptop screens (device pixels) and the scalings the small-screen shots are made at.
SMALL_SCREENS = ((1366, 768), (1280, 720))
SMALL_SCALES = (1.25, 1.5)
#: The editing screen is shot at the size of a common work laptop.
EDITOR_SIZE = (1366, 768)


def _setup_env(home: Path) -> None:
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["SOCIALEKAART_HOME"] = str(home)
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium (the map) refuses to run as root with a sandbox
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def make_screenshots(out: Path, only: tuple[str, ...] = STATES, suffix: str = "") -> list[Path]:
    """Build the app per state, drive it like a user, and save PNGs; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _setup_env(work / "home")
        from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

        from socialekaart.catalog.store import open_catalog
        from socialekaart.ui.app import SocialeKaartApp, make_application
        from socialekaart.workspace.demo import seed_demo

        app = make_application([])
        demo = work / "demo.sqlite"
        catalog = open_catalog(demo)
        seed_demo(catalog)
        catalog.close()
        written: list[Path] = []

        def pump(ms: int = 50) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def wait(cond: Callable[[], bool], timeout_ms: int = 20000) -> None:
            waited = 0
            while not cond():
                pump(25)
                waited += 25
                if waited > timeout_ms:
                    raise TimeoutError("screenshot state not reached")

        def start(db: Path) -> SocialeKaartApp:
            (work / "home").mkdir(exist_ok=True)
            ui = SocialeKaartApp(db)
            ui.window.resize(*SIZE)
            ui.start()
            wait(lambda: ui._wired)
            ui.window.resize(*SIZE)
            ui.detail.today = TODAY
            ui.search.now = NOW
            return ui

        def settle(ui: SocialeKaartApp) -> None:
            wait(lambda: ui.catalogs.session is not None and ui.search.last_outcome is not None)
            wait(
                lambda: (
                    ui.search.last_outcome is not None
                    and ui.search.last_outcome.query == ui.window.search_edit.text()
                    and ui.runner.active_count() == 0
                )
            )
            pump(150)

        def search(ui: SocialeKaartApp, text: str) -> None:
            ui.window.search_edit.setText(text)
            settle(ui)

        def open_first(ui: SocialeKaartApp, name_part: str | None = None) -> None:
            rows = ui.search.model.rows()
            row = next((i for i, r in enumerate(rows) if name_part and name_part in r.name), 0)
            ui.search.select_row(row)
            wanted = rows[row].id
            wait(lambda: ui.window.detail_view.detail is not None and ui.window.detail_view.detail.id == wanted)
            pump(150)

        def save(ui_widget: object, name: str) -> None:
            path = out / f"{name}{suffix}.png"
            ui_widget.grab().save(str(path))  # type: ignore[attr-defined]
            written.append(path)

        def close(ui: SocialeKaartApp) -> None:
            ui.window.close()
            ui.shutdown()
            shutil.rmtree(work / "home", ignore_errors=True)

        def copy_demo() -> Path:
            path = work / "copy.sqlite"
            shutil.copy(demo, path)
            return path

        if "main" in only:
            ui = start(copy_demo())
            search(ui, "sch")
            ui.window.filter_bar.kern_buttons["KN0826_DORST"].click()
            settle(ui)
            open_first(ui, "SchuldHulpMaatje")
            ui.window.result_list.scrollToTop()
            ui.window.search_edit.setFocus()
            pump()
            save(ui.window, "main")
            if "presentation" in only:
                ui.main.set_presentation(True)
                pump(200)
                save(ui.window, "presentation")
            close(ui)
        if "filters" in only:
            ui = start(copy_demo())
            settle(ui)
            bar = ui.window.filter_bar
            bar.near_edit.setText("4849")
            ui.filters._near_from_edit()
            bar.free_check.setChecked(True)
            bar.target_combo.setCurrentIndex(bar.target_combo.findData("ouderen"))
            search(ui, "eenzaam")
            open_first(ui)
            save(ui.window, "filters")
            close(ui)
        if "no_results" in only:
            ui = start(copy_demo())
            search(ui, "skwqrt")
            save(ui.window, "no_results")
            close(ui)
        if "english" in only:
            ui = start(copy_demo())
            ui.main.set_language("en")
            pump(100)
            search(ui, "mantelzorg")
            open_first(ui)
            save(ui.window, "english")
            ui.main.set_language("nl")
            close(ui)
        if "hostile" in only:
            hostile = work / "hostile.sqlite"
            _hostile_catalog(hostile)
            ui = start(hostile)
            settle(ui)
            open_first(ui, "<b>")
            save(ui.window, "hostile")
            close(ui)
        if "error_dialog" in only:
            bad = work / "kapot.sqlite"
            bad.write_bytes(b"dit is geen database " * 100)
            ui = start(bad)
            wait(lambda: ui.catalogs.dialog is not None and ui.catalogs.dialog.isVisible())
            pump(150)
            save(ui.catalogs.dialog, "error_dialog")
            ui.catalogs.dialog.reject()
            close(ui)
        if "map_in_app" in only:
            ui = start(copy_demo())
            search(ui, "eenzaam")
            open_first(ui, "Pastorie")
            ui.window.show_map_action.trigger()
            wait(lambda: ui.maps.map is not None and ui.maps.map.is_ready)
            settle(ui)
            combo = ui.window.map_pane.coverage_combo
            wait(lambda: combo.count() > 1)
            combo.setCurrentIndex(max(1, combo.findData("eenzaamheid")))
            pump(1500)  # markers and coverage drawn
            save(ui.window, "map_in_app")
            close(ui)
        if "small" in only:
            # The window as a maximised one on the (small) screen: its whole available area, whatever was saved.
            ui = start(copy_demo())
            screen = ui.window.screen().availableGeometry()
            ui.window.setGeometry(screen)
            search(ui, "sch")
            ui.window.filter_bar.kern_buttons["KN0826_DORST"].click()
            settle(ui)
            open_first(ui, "SchuldHulpMaatje")
            ui.window.result_list.scrollToTop()
            pump(150)
            save(ui.window, "small")
            ui.window.show_map_action.trigger()
            wait(lambda: ui.maps.map is not None and ui.maps.map.is_ready)
            settle(ui)
            pump(1500)
            save(ui.window, "small_map")
        for state in ("editor", "editor_refused"):
            if state not in only:
                continue
            ui = start(copy_demo())
            settle(ui)
            search(ui, "maatschappelijk werk Dorst")
            open_first(ui, "Dorst")
            ui.window.resize(*EDITOR_SIZE)
            ui.window.edit_action.trigger()
            wait(lambda ui=ui: ui.edit.window is not None and ui.edit.window.isVisible())
            editor = ui.edit.window
            assert editor is not None
            editor.resize(*EDITOR_SIZE)
            if state == "editor":
                editor.show_tab("wanneer")
            else:
                postcode = editor.fields["service.email"]
                postcode.set_text("amw-dorst@")
                ui.edit._field_edited("service.email")
                editor.save_requested.emit()
            pump(300)
            save(editor, state)
            editor.close()
        if "lijstje" in only:
            ui = start(copy_demo())
            search(ui, "ik zit de hele dag alleen, ik woon in Dorst")
            for row, note in ((0, "vraag naar Ans"), (1, ""), (2, "elke dinsdag")):
                open_first(ui, ui.search.model.rows()[row].name)
                ui.window.result_list.setFocus()
                ui.lijstje_actions.add.trigger()
                if note:
                    ui.lijstje_panel.note_edit.setText(note)
                    ui.lijstje_panel.note_edit.editingFinished.emit()
            ui.lijstje_panel.set_sender(("Surplus Welzijn", "Fatima de Wit", "0162-000 000", ""))
            pump(200)
            save(ui.window, "lijstje")
            close(ui)
        if "matching" in only:
            from PySide6.QtCore import QDateTime

            ui = start(copy_demo())
            settle(ui)
            ui.lijstje_actions.match.trigger()
            dialog = ui.matching_dialog
            dialog.need_combo.setCurrentIndex(dialog.need_combo.findData("vervoer"))
            dialog.place_edit.setText("Oosteind")
            dialog.moment_edit.setDateTime(QDateTime(datetime(2026, 12, 10, 14, 0)))
            dialog.search_button.click()
            wait(lambda: dialog.results.count() > 0 and bool(dialog.shortage.text()))
            pump(200)
            save(dialog, "matching")
            dialog.close()
            close(ui)
        if "conflicts" in only:
            ui, server = _conflict_app(work, start, wait)
            ui.window.conflicts_action.trigger()
            window = ui.sync.conflicts_window
            assert window is not None
            wait(lambda: not window.panel.busy and window.panel.list.count() == 1)
            pump(300)
            save(window, "conflicts")
            window.close()
            close(ui)
            server.stop()
            server.store.close()
        QCoreApplication.processEvents()
        del app
    return written


def _conflict_app(work: Path, start: Callable[[Path], Any], wait: Callable[..., None]) -> tuple[Any, Any]:
    """A loopback server, a second laptop and the app, both changing one service: the app gets a conflict."""
    from socialekaart.catalog.editing import update_service
    from socialekaart.catalog.store import open_catalog
    from socialekaart.server.store import open_server_store
    from socialekaart.sync.client import sync_once
    from socialekaart.sync.tokens import save_token
    from socialekaart.ui.settings import AppSettings
    from tests.server.harness import LiveServer, seed
    from tests.sync.helpers import new_service

    store = open_server_store(f"sqlite:///{work / 'server.sqlite'}")
    server = LiveServer(store=store, tokens=seed(store)).start()
    token = server.tokens["wijkmakelaar"]
    other = open_catalog(work / "anna.sqlite")
    sync_once(other, server.url, token)
    sid = new_service(other, "Inloop De Pastorie")
    update_service(other, sid, {"email": "inloop@pastorie.example"}, "anna")
    sync_once(other, server.url, token)
    (work / "home").mkdir(exist_ok=True)
    settings = AppSettings()
    settings.sync_server = server.url
    settings.sync()
    save_token(server.url, token)
    ui = start(work / "app.sqlite")
    wait(lambda: ui.sync._last_status is not None and ui.sync._last_status.last_sync is not None)
    update_service(other, sid, {"name": "Inloop De Pastorie (Anna)", "email": "anna@pastorie.example"}, "anna")
    sync_once(other, server.url, token)
    other.close()
    catalog = ui.catalogs.session.catalog
    update_service(catalog, sid, {"name": "Inloop De Pastorie (Bram)", "email": "bram@pastorie.example"}, "bram")
    ui.window.sync_now_action.trigger()
    wait(lambda: ui.sync._last_status is not None and ui.sync._last_status.conflicts == 1)
    return ui, server


def _hostile_catalog(path: Path) -> None:
    from datetime import time

    from socialekaart.catalog.models import Address, Location, Organization, Phone, Schedule, Service
    from socialekaart.catalog.models import ServiceAtLocation as Sal
    from socialekaart.catalog.store import open_catalog

    catalog = open_catalog(path)
    with catalog.write() as s:
        s.add_all(
            [
                Organization(id="o1", name="<i>Stichting</i> & Partners", description="x"),
                Service(
                    id="h1",
                    organization_id="o1",
                    name='<b>x</b><img src="http://evil.invalid/a.png"> & Zn',
                    description="<script>alert(1)</script> <a href='x'>klik</a> — shown as typed, never as markup.",
                    status="active",
                    access_type="vrij_toegankelijk",
                    url="javascript:alert(1)",
                    last_verified=date(2020, 1, 1),
                ),
                Service(id="h2", organization_id="o1", name="Koffie & <u>Praat</u>", status="active"),
                Location(id="l1", location_type="physical", name="<h1>Buurthuis</h1>"),
                Address(id="a1", location_id="l1", address_1="<b>Straat</b> 1", city="Dorst",
                        state_province="NB", postal_code="4849 XX", country="NL", address_type="physical"),
                Sal(id="sal1", service_id="h1", location_id="l1"),
                Sal(id="sal2", service_id="h2", location_id="l1"),
                Phone(id="p1", service_id="h1", number="<b>0162</b>"),
                Schedule(id="sc1", service_at_location_id="sal1", freq="WEEKLY", byday="MO,WE,FR",
                         opens_at=time(9, 0), closes_at=time(12, 0), notes="<i>Inloop</i>"),
            ]
        )  # fmt: skip
    catalog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", choices=STATES, default=list(STATES))
    parser.add_argument("--suffix", default="")
    parser.add_argument("--no-scaled", action="store_true", help="skip the 150%% run")
    args = parser.parse_args(argv)
    only = tuple(args.only)
    if "small" in only and not args.suffix:
        only = tuple(state for state in only if state != "small")
        for width, height in SMALL_SCREENS:
            for scale in SMALL_SCALES:
                _small_screen_run(args.out, width, height, scale)
    for path in make_screenshots(args.out, only, args.suffix):
        print(path)
    if not args.no_scaled and not args.suffix and "main" in only:
        # Qt reads the scale factor once, at start: the 150% shot needs its own process.
        env = dict(os.environ, QT_SCALE_FACTOR="1.5")
        subprocess.run(
            [sys.executable, __file__, "--out", str(args.out), "--only", "main", "--suffix", "_150", "--no-scaled"],
            env=env,
            check=True,
        )
    return 0


def _small_screen_run(out: Path, width: int, height: int, scale: float) -> None:
    """The small-screen shots in their own process: an offscreen screen of width×height device pixels at `scale`
    (Qt reads both once, at start)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "screen.json"
        config.write_text(
            f'{{"screens": [{{"name": "laptop", "x": 0, "y": 0, "width": {width}, "height": {height}, '
            '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
            encoding="utf-8",
        )
        env = dict(os.environ, QT_SCALE_FACTOR=str(scale), QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        suffix = f"_{width}x{height}_{round(scale * 100)}"
        subprocess.run(
            [sys.executable, __file__, "--out", str(out), "--only", "small", "--suffix", suffix, "--no-scaled"],
            env=env,
            check=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
