"""Start-up: the first frame needs only Qt and the views; heavy modules are never loaded for searching."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from socialekaart.ui.app import SocialeKaartApp, make_application

app = make_application([])
ui = SocialeKaartApp(Path(sys.argv[1]))
before_window = set(sys.modules)
ui.start()
report = {"stage1": sorted(m for m in ("sqlalchemy", "alembic", "numpy", "rapidfuzz", "socialekaart.search.engine",
                                          "socialekaart.catalog.store") if m in before_window)}

def shown(count):
    if count and ui.window.search_edit.text() == "schuld":
        heavy = ("PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineCore", "geopandas", "folium", "pandas",
                 "pyogrio", "pyproj")
        report["heavy"] = sorted(m for m in heavy if m in sys.modules)
        report["count"] = count
        app.quit()

ui.wired.connect(lambda: ui.search.results_shown.connect(shown))
ui.window.search_edit.setText("schuld")
QTimer.singleShot(30000, app.quit)
app.exec()
ui.shutdown()
print(json.dumps(report))
"""


@pytest.fixture
def child_env(user_home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "SOCIALEKAART_HOME": str(user_home)})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
    return env


def test_heavy_modules_stay_unloaded(demo_db: Path, child_env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_db)], env=child_env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["count"] > 0
    assert report["heavy"] == []  # no QtWebEngine, geopandas, folium, pandas before they are needed
    assert report["stage1"] == []  # the first frame waits for none of the catalog or search machinery


def test_cli_entry_point_runs_the_real_app(demo_db: Path, child_env: dict[str, str]) -> None:
    """`socialekaart --db FILE` opens the real main window (closed by a timer here)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from socialekaart.ui.app import make_application\n"
        "app = make_application([])\n"
        "QTimer.singleShot(2500, app.quit)\n"
        "from socialekaart.cli.main import main\n"
        "sys.exit(main(['--db', sys.argv[1]]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(demo_db)], env=child_env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_window_at_scale(scale: str, demo_db: Path, child_env: dict[str, str], tmp_path: Path) -> None:
    """At 125% and 150% the window renders at the scaled size and the list still shows results."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from socialekaart.ui.app import SocialeKaartApp, make_application\n"
        "app = make_application([])\n"
        "ui = SocialeKaartApp(Path(sys.argv[1]))\n"
        "ui.window.resize(1000, 700)\n"
        "ui.start()\n"
        "ui.window.search_edit.setText('eenzaam')\n"
        "def done(n):\n"
        "    if n and ui.window.search_edit.text() == 'eenzaam':\n"
        "        QTimer.singleShot(200, lambda: (ui.window.grab().save(sys.argv[2]), app.quit()))\n"
        "ui.wired.connect(lambda: ui.search.results_shown.connect(done))\n"
        "QTimer.singleShot(30000, app.quit)\n"
        "app.exec()\n"
        "ui.shutdown()\n"
    )
    shot = tmp_path / "shot.png"
    # A 1920×1200 screen: the window (kept inside the screen since it can come back larger) fits at both scales.
    screen = tmp_path / "screen.json"
    screen.write_text(
        '{"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96, '
        '"logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    env = dict(child_env, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    proc = subprocess.run(
        [sys.executable, "-c", code, str(demo_db), str(shot)], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() == round(1000 * float(scale))
