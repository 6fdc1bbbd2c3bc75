"""The layers contract (pyproject.toml, import-linter) holds, and it would catch an import that runs back up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports on the package under `project`/src, with the contract of `project`/pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_layers_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_import_that_runs_back_up_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    package = tmp_path / "src" / "socialekaart"
    shutil.copytree(ROOT / "src" / "socialekaart", package, ignore=shutil.ignore_patterns("__pycache__"))
    geo = package / "geo" / "distance.py"
    geo.write_text(geo.read_text(encoding="utf-8") + "\nimport socialekaart.workspace.session\n", encoding="utf-8")
    (package / "stray.py").write_text('"""A module outside every layer."""\n', encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "socialekaart.geo.distance -> socialekaart.workspace.session" in result.stdout
    assert "stray" in result.stdout  # every module of the package must sit in a layer
