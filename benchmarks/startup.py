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

With ``--compare`` (issue 18) every figure is measured twice in the same run: with the index stored beside the
catalog (``stored``, the default since issue 18; a warm-up run writes it) and with the stored index turned off
(``memory``: ``SOCIALEKAART_SEARCH_INDEX=memory``, the engine of before, which reads the catalog and builds the
index at every start). ``--command`` adds a one-query ``socialekaart search`` command (wall clock and peak RSS)::

    .venv/bin/python benchmarks/startup.py --db big.sqlite --compare --command --runs 5
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
QTimer.singleShot(120000, app.quit)
app.exec()
ui.shutdown()
heavy = [m for m in ("PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineCore", "geopandas", "folium", "pandas")
         if m in sys.modules]
print("heavy", ",".join(heavy), flush=True)
"""
)


def _command(db: Path, query: str, env: dict[str, str]) -> tuple[float, float]:
    """One `socialekaart search` command in a fresh process: wall-clock seconds and peak RSS in MB."""
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "socialekaart", "--db", str(db), "search", query, "--limit", "5"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.time() - start
    if status != 0:
        raise SystemExit(f"search command failed ({status})")
    return elapsed, usage.ru_maxrss / 1024


def _run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float | str]:
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=300, check=False
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


def _measure(db: Path, query: str, runs: int, env: dict[str, str], command: bool) -> dict[str, list[float]]:
    # One warm-up of each, so every measured run sees the same (warm) file cache (and a stored index exists).
    _run(BARE, [], env)
    _run(APP, [str(db), query], env)
    out: dict[str, list[float]] = {"bare": [], "window": [], "result": [], "command": [], "command_rss": []}
    heavy: set[str] = set()
    if command:
        _command(db, query, env)
    for _ in range(runs):
        out["bare"].append(float(_run(BARE, [], env)["window"]))
        run = _run(APP, [str(db), query], env)
        out["window"].append(float(run["window"]))
        if "result" not in run:
            raise SystemExit("the app showed no result for the query")
        out["result"].append(float(run["result"]))
        heavy.update(h for h in str(run.get("heavy", "")).split(",") if h)
        if command:
            seconds, rss = _command(db, query, env)
            out["command"].append(seconds)
            out["command_rss"].append(rss)
    out["heavy"] = sorted(heavy)  # type: ignore[assignment]
    return out


def _report(args: argparse.Namespace, mode: str, m: dict[str, list[float]]) -> dict[str, object]:
    med = {k: statistics.median(m[k]) for k in ("bare", "window", "result")}
    report: dict[str, object] = {
        "mode": mode,
        "runs": args.runs,
        "query": args.query,
        "python": sys.version.split()[0],
        "median_s": {k: round(v, 3) for k, v in med.items()},
        "max_s": {k: round(max(m[k]), 3) for k in ("bare", "window", "result")},
        "window_vs_bare": round(med["window"] / med["bare"], 2),
        "result_vs_bare": round(med["result"] / med["bare"], 2),
        "targets_met": {
            "result_le_1.5s": med["result"] <= 1.5,
            "window_le_1.5x_bare": med["window"] <= 1.5 * med["bare"],
        },
        "heavy_modules_loaded": m["heavy"],
    }
    if m["command"]:
        report["command_s"] = round(statistics.median(m["command"]), 3)
        report["command_peak_rss_mb"] = round(max(m["command_rss"]))
    return report


def _print(report: dict[str, object]) -> None:
    med: dict[str, float] = report["median_s"]  # type: ignore[assignment]
    mx: dict[str, float] = report["max_s"]  # type: ignore[assignment]
    print(f"start-up [{report['mode']}], {report['runs']} runs, query {report['query']!r}, Python {report['python']}")
    print("  (median / max, s)")
    for name, label in (("bare", "bare PySide6 window"), ("window", "app window usable"),
                        ("result", "first search result")):  # fmt: skip
        print(f"  {label:22s} {med[name]:6.3f} / {mx[name]:6.3f}")
    print(f"  window / bare          {report['window_vs_bare']:6.2f}x")
    print(f"  result / bare          {report['result_vs_bare']:6.2f}x")
    if "command_s" in report:
        print(f"  search command         {report['command_s']:6.3f} s, peak RSS {report['command_peak_rss_mb']} MB")
    print(f"  targets met            {report['targets_met']}")
    print(f"  heavy modules loaded   {report['heavy_modules_loaded'] or 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="schuld")
    parser.add_argument("--db", type=Path, help="catalog to open (default: a fresh copy of the demo catalog)")
    parser.add_argument("--compare", action="store_true", help="also measure with the stored index turned off")
    parser.add_argument("--command", action="store_true", help="also time a one-query `search` command")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db or prepare_demo(folder)
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "SOCIALEKAART_HOME": str(folder / "home")})
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p)
        env.pop("SOCIALEKAART_SEARCH_INDEX", None)
        modes = ("memory", "stored") if args.compare else ("stored",)
        for mode in modes:
            mode_env = dict(env, SOCIALEKAART_SEARCH_INDEX=mode) if mode == "memory" else env
            reports.append(_report(args, mode, _measure(db, args.query, args.runs, mode_env, args.command)))
    if args.json:
        print(json.dumps(reports if args.compare else reports[0], indent=2))
    else:
        for report in reports:
            _print(report)
    met = reports[-1]["targets_met"]
    return 0 if all(met.values()) else 1  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
