"""Fixtures of the workspace tests: the demo catalog (a private copy, tests/conftest.py) opened as a session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.progress import Work
from socialekaart.workspace.session import CatalogSession, load_session


@pytest.fixture
def demo_session(demo_db: Path) -> Iterator[CatalogSession]:
    session = load_session(demo_db, False, Work())
    yield session
    session.close()


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Catalog]:
    """The demo catalog (a private copy) opened for use cases that write to it."""
    catalog = open_catalog(demo_db)
    yield catalog
    catalog.close()
