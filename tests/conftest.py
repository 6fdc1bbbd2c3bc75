"""Shared fixtures: real catalog files in a temporary folder, and the shared HSDS and geodata material."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialekaart.catalog.store import Catalog, open_catalog

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user's catalog or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SOCIALEKAART_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not next to the repository")
    return SHARED


@pytest.fixture
def hsds_examples(shared: Path) -> Path:
    return shared / "hsds-3.0" / "examples"


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    cat = open_catalog(tmp_path / "catalog.sqlite")
    yield cat
    cat.close()


@pytest.fixture(scope="session")
def demo_catalog_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog file with the demo catalog loaded once per test session (copy it before writing to it)."""
    from socialekaart.workspace.demo import seed_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    cat = open_catalog(path)
    seed_demo(cat)
    cat.close()
    return path


@pytest.fixture
def demo_db(demo_catalog_file: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo catalog, so a test may change it."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_catalog_file, path)
    return path


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
