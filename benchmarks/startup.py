"""Start-up benchmark of the desktop app: process start → usable window → first search result, vs a bare window.

Run (offscreen, no display needed)::

    .venv/bin/python benchmarks/startup.py            # 7 runs of each, demo catalog, query "schuld"
    .venv/bin/python benchmarks/startup.py --runs 15 --query "sch" --json

Every run is a fresh Python process, timed from just before it is spawned (so interpreter start and all imports
count). Three figures per run:

* ``bare``: a bare PySide6 window (QMainWindow with a QLineEdit) is shown and has processed its events;
* ``window``: the app's main window is shown with the search field focused (typing is possible from here);
* ``result``: the first search result for the query is in the result list (catalog opened, index built).

Targets (issue 4): ``result`` ≤ 1.5 s, and ``window`` ≤ 1.5 × ``bare``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Both children report the moment the focused search field is first painted: from then on the user can type.
PAINT_PROBE = r"""
from PySide6.QtCore import QEvent, QObject


class PaintProbe(QObject):
    def __init__(self, target):
        super().__init__()
        self.done = False
        target.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("window", time.time(), flush=True)
        return False
"""

BARE = (
    r"""
import sys, time
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
"""
    + PAINT_PROBE
    + r"""
app = QApplication(sys.argv)
w = QMainWindow()
edit = QLineEdit()
probe = PaintProbe(edit)
w.setCentralWidget(edit)
w.show()
edit.setFocus()
while not probe.done:
    app.processEvents()
"""
)

APP = (
    r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from socialekaart.ui.app import SocialeKaartApp, make_application
"""
    + PAINT_PROBE
    + r"""
db, query = Path(sys.argv[1]), sys.argv[2]
app = make_application([])
ui = SocialeKaartApp(db)
probe = PaintProbe(ui.window.search_edit)
ui.start()
ui.window.search_edit.setText(query)  # typed at once: the result comes as soon as the index is ready


def shown(count):
    if count and ui.window.search_edit.text() == query:
        print("result", time.time(), count, flush=True)
        app.quit()


def wired():
    ui.search.results_shown.connect(shown)


ui.wired.connect(wired)
QTimer.singleShot(20000, app.quit)
app.exec()
ui.shutdown()
heavy = [m for m in ("PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineCore", "geopandas", "folium", "pandas")
         if m in sys.modules]
print("heavy", ",".join(heavy), flush=True)
"""
)


def _run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float | str]:
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    end = time.time()
    out: dict[str, float | str] = {"exit": end - start}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("window", "result"):
            out[parts[0]] = float(parts[1]) - start
        elif parts and parts[0] == "heavy":
            out["heavy"] = parts[1] if len(parts) > 1 else ""
    if proc.returncode != 0 or "window" not in out:
        raise SystemExit(f"benchmark child failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return out


def prepare_demo(folder: Path) -> Path:
    """A demo catalog file, loaded through the ordinary `socialekaart demo` command."""
    db = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "socialekaart", "--db", str(db), "demo"], check=True, capture_output=True, text=True
    )
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="schuld")
    parser.add_argument("--db", type=Path, help="catalog to open (default: a fresh copy of the demo catalog)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db or prepare_demo(folder)
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "SOCIALEKAART_HOME": str(folder / "home")})
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
        # One warm-up of each, so every measured run sees the same (warm) file cache.
        _run(BARE, [], env)
        _run(APP, [str(db), args.query], env)
        bare: list[float] = []
        window: list[float] = []
        result: list[float] = []
        heavy: set[str] = set()
        for _ in range(args.runs):
            bare.append(float(_run(BARE, [], env)["window"]))
            out = _run(APP, [str(db), args.query], env)
            window.append(float(out["window"]))
            if "result" not in out:
                raise SystemExit("the app showed no result for the query")
            result.append(float(out["result"]))
            heavy.update(h for h in str(out.get("heavy", "")).split(",") if h)

    med = {name: statistics.median(values) for name, values in (("bare", bare), ("window", window),
                                                                 ("result", result))}  # fmt: skip
    report = {
        "runs": args.runs,
        "query": args.query,
        "python": sys.version.split()[0],
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "max_s": {"bare": round(max(bare), 3), "window": round(max(window), 3), "result": round(max(result), 3)},
        "window_vs_bare": round(med["window"] / med["bare"], 2),
        "result_vs_bare": round(med["result"] / med["bare"], 2),
        "targets_met": {
            "result_le_1.5s": med["result"] <= 1.5,
            "window_le_1.5x_bare": med["window"] <= 1.5 * med["bare"],
        },
        "heavy_modules_loaded": sorted(heavy),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"start-up, {args.runs} runs, query {args.query!r}, Python {report['python']} (median / max, s)")
        for name, label in (("bare", "bare PySide6 window"), ("window", "app window usable"),
                            ("result", "first search result")):  # fmt: skip
            print(f"  {label:22s} {med[name]:6.3f} / {report['max_s'][name]:6.3f}")
        print(f"  window / bare          {report['window_vs_bare']:6.2f}x")
        print(f"  result / bare          {report['result_vs_bare']:6.2f}x")
        print(f"  targets met            {report['targets_met']}")
        print(f"  heavy modules loaded   {report['heavy_modules_loaded'] or 'none'}")
    return 0 if all(report["targets_met"].values()) else 1  # type: ignore[union-attr]


if __name__ == "__main__":
    raise SystemExit(main())
