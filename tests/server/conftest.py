"""Fixtures for server and sync tests: SQLite and PostgreSQL servers, and fast client catalogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from socialekaart.catalog.store import Catalog, open_catalog
from socialekaart.server.store import ServerStore, open_server_store
from tests.server.harness import LiveServer, pg_database, seed

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    with pg_database() as url:
        yield url


@pytest.fixture(scope="session")
def pg_store(pg_url: str) -> Iterator[tuple[ServerStore, dict[str, str]]]:
    store = open_server_store(pg_url)
    tokens = seed(store)
    yield store, tokens
    store.close()


@pytest.fixture(scope="session")
def template_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_catalog(path).close()
    return path


@pytest.fixture
def new_catalog(template_catalog: Path, tmp_path: Path) -> Iterator[Callable[[str], Catalog]]:
    """Makes empty client catalogs fast (a copy of a migrated template)."""
    opened: list[Catalog] = []

    def make(name: str) -> Catalog:
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(template_catalog, path)
        cat = open_catalog(path)
        opened.append(cat)
        return cat

    yield make
    for cat in opened:
        cat.close()


def _sqlite_server(path: Path) -> tuple[ServerStore, dict[str, str]]:
    store = open_server_store(f"sqlite:///{path}")
    return store, seed(store)


@pytest.fixture(params=BACKENDS)
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A running server on SQLite (fresh file) or PostgreSQL (the session's database)."""
    if request.param == "sqlite":
        store, tokens = _sqlite_server(tmp_path / "server.sqlite")
    else:
        store, tokens = request.getfixturevalue("pg_store")
    server = LiveServer(store=store, tokens=tokens).start()
    yield server
    server.stop()
    if request.param == "sqlite":
        store.close()


@pytest.fixture
def live_sqlite(tmp_path: Path) -> Iterator[LiveServer]:
    store, tokens = _sqlite_server(tmp_path / "server.sqlite")
    server = LiveServer(store=store, tokens=tokens).start()
    yield server
    server.stop()
    store.close()
