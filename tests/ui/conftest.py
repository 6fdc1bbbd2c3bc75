"""Fixtures of the desktop-app tests: offscreen Qt, an isolated user folder, and small real catalogs."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, and the same rendering everywhere.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")
# The map (real QtWebEngine) runs as root in CI containers: Chromium's sandbox must be off.
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user folder (catalog and settings), so nothing leaks between tests."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SOCIALEKAART_HOME", str(home))
    yield home


from collections.abc import Callable  # noqa: E402
from datetime import date, time  # noqa: E402

from pytestqt.qtbot import QtBot  # noqa: E402

HOSTILE_NAME = '<b>x</b><img src="http://evil.invalid/a.png"> & Zn'


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A tiny catalog whose texts look like markup, to check that the UI shows them as plain text."""
    from socialekaart.catalog.models import (
        Address,
        Location,
        Organization,
        Phone,
        Schedule,
        Service,
        ServiceAtLocation,
    )
    from socialekaart.catalog.store import open_catalog

    path = tmp_path / "hostile.sqlite"
    catalog = open_catalog(path)
    with catalog.write() as s:
        s.add_all(
            [
                Organization(id="o1", name="<i>Stichting</i> & Partners", description="x"),
                Service(
                    id="h1",
                    organization_id="o1",
                    name=HOSTILE_NAME,
                    description="<script>alert(1)</script> <a href='x'>klik</a>",
                    status="active",
                    access_type="vrij_toegankelijk",
                    url="javascript:alert(1)",
                    last_verified=date(2020, 1, 1),
                ),
                Service(id="h2", organization_id="o1", name="Koffie & <u>Praat</u>", status="active"),
                Location(id="l1", location_type="physical", name="<h1>Buurthuis</h1>"),
                Address(
                    id="a1",
                    location_id="l1",
                    address_1="<b>Straat</b> 1",
                    city="Dorst",
                    state_province="NB",
                    postal_code="4849 XX",
                    country="NL",
                    address_type="physical",
                ),
                ServiceAtLocation(id="sal1", service_id="h1", location_id="l1"),
                ServiceAtLocation(id="sal2", service_id="h2", location_id="l1"),
                Phone(id="p1", service_id="h1", number="<b>0162</b>"),
                Schedule(
                    id="sc1",
                    service_at_location_id="sal1",
                    freq="WEEKLY",
                    byday="MO,TU,WE,TH,FR,SA,SU",
                    opens_at=time(9, 0),
                    closes_at=time(12, 0),
                    notes="<i>Inloop</i>",
                ),
            ]
        )
    catalog.close()
    return path


@pytest.fixture
def make_app(qtbot: QtBot) -> Iterator[Callable[..., object]]:
    """Build and start the whole app on a catalog; waits until the first search result list is in."""
    from socialekaart.ui.app import SocialeKaartApp

    apps: list[SocialeKaartApp] = []

    def make(db: Path | None, wait: bool = True) -> SocialeKaartApp:
        ui = SocialeKaartApp(db)
        qtbot.addWidget(ui.window)
        ui.start(show=True)
        qtbot.waitUntil(lambda: ui._wired, timeout=5000)
        if wait:
            qtbot.waitUntil(
                lambda: ui.catalogs.session is not None and ui.search.last_outcome is not None, timeout=20000
            )
        apps.append(ui)
        return ui

    yield make
    for ui in apps:
        ui.window.close()
        ui.shutdown()
